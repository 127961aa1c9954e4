"""Pieces of ``make bench`` that can be checked quickly: the floor view, the Python
load generator and its mix of paths, the table; the full run is ``make bench`` itself."""

import importlib
import json
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import clear_url_caches

from bench import loadgen, run
from cop_portal import page_cache
from tests.portal_server import free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def benchmark_mode(settings):
    """The URLconf as it is built with COP_BENCHMARK=1."""
    import cop_portal.urls

    settings.BENCHMARK = True
    importlib.reload(cop_portal.urls)
    clear_url_caches()
    yield
    settings.BENCHMARK = False
    importlib.reload(cop_portal.urls)
    clear_url_caches()


def test_the_floor_exists_only_in_benchmark_mode(client):
    assert client.get("/bench/floor").status_code == 404


def test_the_floor_is_a_constant_response_through_the_whole_stack(
    client, benchmark_mode, django_assert_num_queries
):
    # The page cache's versions are made once (they ask the apps for their next
    # scheduled change); from then on the floor costs no query at all.
    page_cache.prime_versions()
    with django_assert_num_queries(0):
        first = client.get("/bench/floor")
        second = client.get("/bench/floor")
    assert first.content == second.content == b"floor\n"
    # The middleware ran (security headers) and the page cache did not keep it.
    assert "frame-ancestors 'none'" in second["Content-Security-Policy"]
    assert not second.has_header("X-Cache")


class KeepAliveHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = b"missing" if self.path == "/missing" else b"hello"
        self.send_response(404 if self.path == "/missing" else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def small_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), KeepAliveHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address
    server.shutdown()
    server.server_close()


def test_the_python_load_generator_reports_throughput_and_latency(small_server):
    host, port = small_server
    result = loadgen.load(host, port, "/", seconds=0.5, connections=2)
    assert result["requests"] > 10
    assert result["errors"] == result["status_errors"] == 0
    assert 0 < result["p50_ms"] <= result["p99_ms"]
    assert result["bytes"] == 5 * result["requests"]


def test_the_python_load_generator_counts_error_answers(small_server):
    host, port = small_server
    result = loadgen.load(host, port, "/missing", seconds=0.3, connections=1)
    assert result["status_errors"] == result["requests"] > 0


def test_the_python_load_generator_counts_refused_connections():
    result = loadgen.load("127.0.0.1", free_port(), "/", seconds=0.2, connections=1)
    assert result["requests"] == 0
    assert result["errors"] > 0


def test_a_default_run_fits_in_about_three_minutes():
    assert run.default_seconds(5) == 5
    assert run.default_seconds(60) == 2
    assert run.default_seconds(37) * 37 <= run.TOTAL_LOAD_SECONDS


def test_the_table_prints_every_page(capsys):
    case = {"rps": 900.0, "p50_ms": 1.0, "p99_ms": 5.0, "errors": 0, "floor_ratio": 0.9}
    results = {
        "database": "sqlite",
        "gunicorn": {"workers": 5, "threads": 2, "worker_class": "gthread"},
        "cpus": 2,
        "tool": "wrk",
        "connections": 8,
        "seconds": 2.0,
        "floor_rps": {"cached": 1000.0, "uncached": 1000.0},
        "rows": [
            {
                "page": "home",
                "path": "/en/",
                "bytes": 3000,
                "queries_uncached": 2,
                "queries_cached": 0,
                "cases": {"cached": dict(case, cache_hits="5/5"), "uncached": case},
            }
        ],
    }
    run.print_table(results)
    lines = capsys.readouterr().out.splitlines()
    home = next(line for line in lines if line.startswith("home"))
    cached, uncached = "900 0.90 1.0 5.0 0 5/5", "900 0.90 1.0 5.0 0"
    assert home.split() == f"home /en/ 3000 2/0 │ {cached} │ {uncached}".split()


# --- a mix of paths -------------------------------------------------------------------------


class RecordingHandler(KeepAliveHandler):
    """Answers every path, and notes which were asked."""

    seen = None

    def do_GET(self):
        self.seen.append(self.path)
        super().do_GET()


@pytest.fixture
def recording_server():
    seen = []
    handler = type("Handler", (RecordingHandler,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address, seen
    server.shutdown()
    server.server_close()


def test_the_python_load_generator_goes_through_a_mix_of_paths(recording_server):
    (host, port), seen = recording_server
    paths = ["/a", "/b", "/missing", "/c"]
    result = loadgen.load(host, port, paths, seconds=0.5, connections=3)
    assert set(seen) == set(paths)
    assert result["requests"] == sum(result["statuses"].values())
    assert result["status_errors"] == result["statuses"]["404"] == seen.count("/missing")
    # No X-Cache header from this server: counted as "-".
    assert result["x_cache"] == {"-": result["requests"]}


def test_each_connection_starts_the_round_elsewhere():
    paths = [f"/{n}" for n in range(6)]
    firsts = [next(loadgen.client_paths(paths, client, 3)) for client in range(3)]
    assert firsts == ["/0", "/2", "/4"]
    round_of_one = loadgen.client_paths(paths, 1, 3)
    assert [next(round_of_one) for _ in range(7)] == ["/2", "/3", "/4", "/5", "/0", "/1", "/2"]


def test_the_paths_file_has_one_path_a_line(tmp_path):
    paths_file = tmp_path / "mix.txt"
    paths_file.write_text("/en/\n\n# a comment\n  /fr/news/?page=2  \n")
    assert loadgen.read_paths(paths_file) == ["/en/", "/fr/news/?page=2"]
    (tmp_path / "empty.txt").write_text("\n")
    with pytest.raises(ValueError):
        loadgen.read_paths(tmp_path / "empty.txt")


def test_the_load_generator_command_reads_a_paths_file(recording_server, tmp_path):
    (host, port), seen = recording_server
    paths_file = tmp_path / "mix.txt"
    paths_file.write_text("/one\n/two\n")
    command = [sys.executable, "-m", "bench.loadgen", host, str(port)]
    command += ["--paths-file", str(paths_file), "--seconds", "0.3", "--connections", "2"]
    completed = subprocess.run(
        command, cwd=run.REPO, capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(completed.stdout)
    assert result["requests"] > 0 and result["errors"] == result["status_errors"] == 0
    assert set(seen) == {"/one", "/two"}


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed")
def test_wrk_goes_through_the_mix_of_paths(recording_server, tmp_path):
    (host, port), seen = recording_server
    paths_file = tmp_path / "mix.txt"
    paths_file.write_text("/one\n/two\n/three\n")

    class Server:
        def url(self, path):
            return f"http://{host}:{port}{path}"

    result = run.LoadGenerator("wrk", 2, tmp_path).run_mix(Server(), paths_file, 1)
    assert result["requests"] > 0 and result["errors"] == 0
    assert set(seen) == {"/one", "/two", "/three"}
