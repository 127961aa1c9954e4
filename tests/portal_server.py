"""The portal as production runs it, on loopback: gunicorn, debug off, demo content.

Used by the browser tests (tests/browser/) and by ``make bench`` (bench/run.py)::

    with DemoDatabase(workdir) as database:
        with PortalServer(database.url, static_root) as server:
            server.url("/en/")

``DemoDatabase`` makes a fresh database with the demo content (``migrate`` then
``load_demo``, whatever the apps' demo modules add): an SQLite file in ``workdir``, or,
when ``DATABASE_URL`` names a PostgreSQL server, a new database on that server which is
dropped afterwards. ``PortalServer`` runs gunicorn with the repository's
``gunicorn.conf.py`` on a free loopback port, in production settings over plain HTTP.
"""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent


def production_environment(database_url, static_root, **extra):
    """Environment variables for the portal in production settings on loopback."""
    env = dict(os.environ)
    # Test-run leftovers must not leak into the server (its own database and cache).
    for name in ("REDIS_URL", "DJANGO_SETTINGS_MODULE", "PYTEST_CURRENT_TEST"):
        env.pop(name, None)
    env.update(
        {
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": "loopback-" + secrets.token_urlsafe(48),
            # Plain HTTP on loopback: no HTTPS redirect, no secure-only cookies.
            "DJANGO_HTTPS": "false",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DATABASE_URL": database_url,
            "DJANGO_STATIC_ROOT": str(static_root),
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update({name: str(value) for name, value in extra.items()})
    return env


def run_python(env, *arguments, log=None, timeout=600):
    """Run ``python *arguments`` in the repository with the given environment; fail
    loudly with its output (stdout and stderr together), else return that output."""
    completed = subprocess.run(
        [sys.executable, *arguments],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
    )
    if log is not None:
        log.write(completed.stdout)
    if completed.returncode != 0:
        raise RuntimeError(f"python {' '.join(arguments)} failed:\n{completed.stdout}")
    return completed.stdout


def manage(env, *arguments, log=None):
    """Run ``manage.py`` with the given environment; fail loudly with its output."""
    return run_python(env, "manage.py", *arguments, log=log)


def run_in_fresh_process(code, tmp_path, drop=("PYTEST",), **environment):
    """Run Python ``code`` in a fresh process configured by its environment only, as
    deployed: the tests' environment less the variables starting with ``drop``, plus
    ``environment``, and a database in ``tmp_path`` that is named so that none is made
    elsewhere (the code is not meant to read it). Fails with its stderr unless it exits 0.
    """
    env = {name: value for name, value in os.environ.items() if not name.startswith(drop)}
    env.update(
        DJANGO_SETTINGS_MODULE="cop_portal.settings",
        DATABASE_URL=f"sqlite:///{Path(tmp_path) / 'unused.sqlite3'}",
        **environment,
    )
    completed = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    return completed


class DemoDatabase:
    """A fresh database holding the demo content, removed again on exit."""

    def __init__(self, workdir, name_suffix="live", base_url=None):
        self.workdir = Path(workdir)
        self.base_url = base_url if base_url is not None else os.environ.get("DATABASE_URL", "")
        self.name_suffix = name_suffix
        self.url = None
        self._postgres = None

    def __enter__(self):
        scheme = urlsplit(self.base_url).scheme if self.base_url else ""
        if scheme.startswith("postgres"):
            self._postgres = _PostgresDatabase(self.base_url, self.name_suffix)
            self.url = self._postgres.create()
        else:
            self.url = f"sqlite:///{self.workdir / 'portal.sqlite3'}"
        return self

    def load(self, static_root, log=None):
        env = production_environment(self.url, static_root)
        manage(env, "migrate", "--noinput", log=log)
        return manage(env, "load_demo", log=log)

    def __exit__(self, *exc_info):
        if self._postgres is not None:
            self._postgres.drop()


class _PostgresDatabase:
    def __init__(self, base_url, suffix):
        parts = urlsplit(base_url)
        base_name = parts.path.lstrip("/") or "postgres"
        # Parallel test processes (pytest-xdist) each get a database of their own.
        worker = os.environ.get("PYTEST_XDIST_WORKER")
        self.name = f"{base_name}_{suffix}" + (f"_{worker}" if worker else "")
        self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
        # Administrative connection: to the server's "postgres" database.
        self.admin_url = urlunsplit(parts._replace(path="/postgres"))

    def _execute(self, statement):
        import psycopg2

        connection = psycopg2.connect(self.admin_url)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement)
        finally:
            connection.close()

    def create(self):
        self.drop()
        self._execute(f"CREATE DATABASE \"{self.name}\" ENCODING 'UTF8' TEMPLATE template0")
        return self.url

    def drop(self):
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def stop_process(process, timeout):
    """Ask ``process`` to stop (SIGTERM); kill it if it has not within ``timeout`` s."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PortalServer:
    """gunicorn serving the portal on 127.0.0.1 (see the module docstring)."""

    def __init__(self, database_url, static_root, log_path, **environment):
        self.host = "127.0.0.1"
        self.port = free_port()
        self.log_path = Path(log_path)
        self.env = production_environment(database_url, static_root, **environment)
        self.env.setdefault("GUNICORN_ACCESSLOG", "")
        self.process = None

    @property
    def origin(self):
        return f"http://{self.host}:{self.port}"

    def url(self, path):
        return self.origin + path

    def __enter__(self):
        self._log = self.log_path.open("a")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                str(REPO / "gunicorn.conf.py"),
                "--bind",
                f"{self.host}:{self.port}",
                "cop_portal.wsgi:application",
            ],
            cwd=REPO,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        try:
            self._wait_until_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_until_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"gunicorn exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            try:
                connection = http.client.HTTPConnection(self.host, self.port, timeout=2)
                connection.request("GET", "/healthz")
                status = connection.getresponse().status
                connection.close()
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer /healthz in {timeout}s:\n{self.log_tail()}")

    def log_tail(self, lines=40):
        self._log.flush()
        return "\n".join(self.log_path.read_text().splitlines()[-lines:])

    def __exit__(self, *exc_info):
        stop_process(self.process, timeout=15)
        self._log.close()
