"""gunicorn.conf.py takes its numbers from the environment (Docker, bench, tests)."""

import runpy
from pathlib import Path

CONFIG = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"


def test_defaults(monkeypatch):
    for name in ("GUNICORN_BIND", "GUNICORN_WORKERS", "GUNICORN_THREADS", "GUNICORN_ACCESSLOG"):
        monkeypatch.delenv(name, raising=False)
    config = runpy.run_path(str(CONFIG))
    assert config["bind"] == "0.0.0.0:8000"
    assert config["workers"] >= 3
    assert (config["worker_class"], config["threads"]) == ("gthread", 2)
    assert config["accesslog"] == "-"
    assert config["control_socket_disable"] is True


def test_environment_overrides(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    monkeypatch.setenv("GUNICORN_THREADS", "4")
    monkeypatch.setenv("GUNICORN_ACCESSLOG", "")
    monkeypatch.setenv("GUNICORN_MAX_REQUESTS", "1000")
    config = runpy.run_path(str(CONFIG))
    assert (config["workers"], config["threads"]) == (3, 4)
    assert config["accesslog"] is None
    assert (config["max_requests"], config["max_requests_jitter"]) == (1000, 100)
