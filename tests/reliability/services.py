"""The servers the live reliability suite starts for itself, on loopback only.

PostgreSQL (initdb into a temporary directory) and Redis, each on a free port of its
own, so that stopping one of them in the middle of a test disturbs nothing else on the
machine, and the portal under gunicorn with production settings through the quality
gates' runner (tests/portal_server.py, the repository's gunicorn.conf.py). Everything
is bounded in time and removed again by ``PortalStack.close()``.

The module has no pytest in it: ``make bench`` or a developer's script can build the
same stack (``with PortalStack() as stack: ...``).
"""

import contextlib
import glob
import os
import pwd
import runpy
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.portal_server import (
    PortalServer,
    free_port,
    manage,
    production_environment,
    stop_process,
)

BASE_DIR = Path(__file__).resolve().parents[2]


class ServiceError(RuntimeError):
    pass


def wait_until(predicate, timeout, what, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise ServiceError(f"timed out after {timeout} s waiting for {what}")


def port_open(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _tail(path, lines=40):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def find_postgres_binary(name):
    """pg_ctl/initdb from the PATH, else from Debian's versioned directory."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda path: int(path.split("/")[4]) if path.split("/")[4].isdigit() else 0,
    )
    if not candidates:
        raise ServiceError(f"{name} not found (install PostgreSQL's server binaries)")
    return candidates[-1]


def postgres_os_user():
    """The account PostgreSQL runs as: initdb refuses to run as root.

    As root, the ``postgres`` account that Debian's package creates is used (or the one
    named by COP_RELIABILITY_PG_USER); failing both, ``nobody``. No account is created.
    """
    if os.geteuid() != 0:
        return None
    for name in (os.environ.get("COP_RELIABILITY_PG_USER"), "postgres", "nobody"):
        if not name:
            continue
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise ServiceError("running as root and neither 'postgres' nor 'nobody' exists")


class PostgresServer:
    """A throw-away PostgreSQL cluster: UTF-8, trust on 127.0.0.1, TCP only."""

    def __init__(self, root, port=None):
        self.root = Path(root)
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self.port = port or free_port()
        self.account = postgres_os_user()
        self.pg_ctl = find_postgres_binary("pg_ctl")
        self.initdb = find_postgres_binary("initdb")

    def _run(self, args, timeout):
        kwargs = {}
        if self.account is not None:
            kwargs = {"user": self.account.pw_uid, "group": self.account.pw_gid, "extra_groups": []}
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}
        result = subprocess.run(
            args,
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            **kwargs,
        )
        if result.returncode != 0:
            raise ServiceError(
                f"{' '.join(map(str, args))} failed:\n{result.stdout}\n{result.stderr}\n"
                f"{_tail(self.log)}"
            )
        return result

    def init(self):
        self.root.mkdir(parents=True, exist_ok=True)
        if self.account is not None:
            os.chown(self.root, self.account.pw_uid, self.account.pw_gid)
        self._run(
            [
                self.initdb,
                "--pgdata",
                self.data,
                "--username",
                "postgres",
                "--auth",
                "trust",
                "--encoding",
                "UTF8",
                "--locale",
                "C.UTF-8",
                "--no-sync",
            ],
            timeout=120,
        )
        # Loopback only, no Unix socket, no durability cost: the data lives as long as
        # the test run, and "stop -m fast" still writes everything out cleanly.
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                "\nlisten_addresses = '127.0.0.1'\n"
                f"port = {self.port}\n"
                "unix_socket_directories = ''\n"
                "fsync = off\n"
                "full_page_writes = off\n"
                "max_connections = 200\n"
            )
        return self

    def start(self):
        self._run(
            [
                self.pg_ctl,
                "--pgdata",
                self.data,
                "--log",
                self.log,
                "--wait",
                "--timeout",
                "60",
                "start",
            ],
            timeout=90,
        )
        wait_until(lambda: port_open(self.port), 30, "PostgreSQL to accept connections")
        return self

    def stop(self, mode="fast"):
        self._run(
            [
                self.pg_ctl,
                "--pgdata",
                self.data,
                "--mode",
                mode,
                "--wait",
                "--timeout",
                "60",
                "stop",
            ],
            timeout=90,
        )

    def running(self):
        return (self.data / "postmaster.pid").exists()

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def connect(self, database="postgres"):
        import psycopg2

        connection = psycopg2.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, connect_timeout=5
        )
        connection.autocommit = True
        return connection

    def execute(self, sql, params=None, database="postgres"):
        connection = self.connect(database)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def create_database(self, name, template="template0"):
        self.execute(
            f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\''
            " LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )

    def close(self):
        if self.running():
            with contextlib.suppress(Exception):
                self.stop(mode="immediate")


class RedisServer:
    """redis-server on a free loopback port, no persistence, in its own directory."""

    def __init__(self, root, port=None):
        self.root = Path(root)
        self.port = port or free_port()
        self.log = self.root / "redis.log"
        self.process = None
        self.binary = shutil.which("redis-server") or "/usr/bin/redis-server"

    def start(self):
        self.root.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.root),
                "--logfile",
                str(self.log),
                "--daemonize",
                "no",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_until(self.ping, 20, "Redis to answer PING")
        return self

    def ping(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def url(self, db=0):
        return f"redis://127.0.0.1:{self.port}/{db}"

    def client(self, db=0):
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, db=db, socket_timeout=2)

    def stop(self):
        stop_process(self.process, timeout=10)
        self.process = None

    def close(self):
        self.stop()


def gunicorn_settings(env):
    """Workers and threads gunicorn.conf.py gives with ``env`` (for the report)."""
    saved = dict(os.environ)
    try:
        os.environ.update({k: v for k, v in env.items() if k.startswith("GUNICORN_")})
        config = runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return {name: config[name] for name in ("workers", "threads", "worker_class")}


class Portal(PortalServer):
    """The quality gates' gunicorn runner (tests/portal_server.py), started and stopped
    by the suite at will rather than as a context manager."""

    def __init__(self, name, database_url, static_root, log_dir, **environment):
        Path(log_dir).mkdir(parents=True, exist_ok=True)
        super().__init__(database_url, static_root, Path(log_dir) / f"{name}.log", **environment)
        self.name = name
        self.settings = gunicorn_settings(self.env)

    def start(self):
        self.__enter__()
        return self

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.__exit__(None, None, None)

    close = stop


class PortalStack:
    """PostgreSQL + Redis + the portal with the demo content, in one temporary directory.

    ``start()`` creates a migrated, empty template database (``cop_empty``) and the
    portal's database ``cop`` as a copy of it, loads the demo content into ``cop`` and
    starts gunicorn. ``fresh_database(name)`` gives another empty migrated database
    (for restoring a backup into) without migrating again.
    """

    def __init__(self, root=None):
        self.own_root = root is None
        self.root = Path(root or tempfile.mkdtemp(prefix="cop-reliability-"))
        # PostgreSQL's account must be able to reach its directory inside the root.
        os.chmod(self.root, 0o711)
        self.postgres = PostgresServer(self.root / "postgres")
        self.redis = RedisServer(self.root / "redis")
        self.static_root = self.root / "static"
        self.media_root = self.root / "media"
        self.secret_key = secrets.token_urlsafe(50)
        self.portals = []
        self.timings = {}

    def portal_settings(self, redis_db=0, https=False, media_root=None):
        """What every app instance shares (key, cache, media), on top of the gates'
        production environment (tests/portal_server.py)."""
        return {
            "DJANGO_SECRET_KEY": self.secret_key,
            "REDIS_URL": self.redis.url(redis_db),
            "DJANGO_MEDIA_ROOT": str(media_root or self.media_root),
            "DJANGO_HTTPS": "true" if https else "false",
            "DJANGO_LOG_LEVEL": "ERROR",
            "GUNICORN_LOGLEVEL": "warning",
        }

    def environment(self, database="cop", **settings):
        """The environment of ``manage.py`` commands against ``database``."""
        return production_environment(
            self.postgres.url(database), self.static_root, **self.portal_settings(**settings)
        )

    def _timed(self, label, function, *args, **kwargs):
        started = time.monotonic()
        result = function(*args, **kwargs)
        self.timings[label] = round(time.monotonic() - started, 2)
        return result

    def start(self, demo=True):
        try:
            self._timed("initdb", self.postgres.init)
            self._timed("postgres start", self.postgres.start)
            self._timed("redis start", self.redis.start)
            self.postgres.create_database("cop_empty")
            env = self.environment("cop_empty")
            self._timed("collectstatic", manage, env, "collectstatic", "--noinput")
            self._timed("migrate", manage, env, "migrate", "--noinput")
            self.fresh_database("cop")
            if demo:
                self._timed("load_demo", manage, self.environment("cop"), "load_demo")
            self.portal = self.start_portal("portal")
        except BaseException:
            self.close()
            raise
        return self

    def fresh_database(self, name):
        """An empty, migrated database: a copy of ``cop_empty``."""
        self.postgres.create_database(name, template="cop_empty")
        return name

    def start_portal(self, name, database="cop", workers=None, threads=None, **settings):
        extra = self.portal_settings(**settings)
        if workers:
            extra["GUNICORN_WORKERS"] = workers
        if threads:
            extra["GUNICORN_THREADS"] = threads
        server = Portal(
            name, self.postgres.url(database), self.static_root, self.root / "logs", **extra
        )
        self.portals.append(server)
        self._timed(f"gunicorn {name} start", server.start)
        return server

    def close(self):
        for server in reversed(self.portals):
            with contextlib.suppress(Exception):
                server.close()
        self.redis.close()
        self.postgres.close()
        if self.own_root and not os.environ.get("COP_RELIABILITY_KEEP"):
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.close()
