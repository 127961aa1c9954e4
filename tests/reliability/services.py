"""The servers the live reliability suite starts for itself, on loopback only.

PostgreSQL (initdb into a temporary directory), Redis and the portal under gunicorn
with production settings, each on a free port of its own, so that stopping one of
them in the middle of a test disturbs nothing else on the machine. Everything is
bounded in time and removed again by ``PortalStack.close()``.

The module has no pytest in it: ``make bench`` or a developer's script can build the
same stack (``with PortalStack() as stack: ...``).
"""

import contextlib
import glob
import http.client
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


class ServiceError(RuntimeError):
    pass


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def close(self):
        self.stop()


def production_environment(
    *,
    database_url,
    redis_url,
    static_root,
    media_root,
    https=False,
    secret_key=None,
    extra=None,
):
    """The environment of the portal in production, for loopback.

    Debug off, a generated secret key, PostgreSQL and Redis. ``https=False`` because
    the traffic is plain HTTP on 127.0.0.1; ``https=True`` with requests carrying
    ``X-Forwarded-Proto: https`` is what a TLS-terminating balancer sends.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "COP_"))
        and key not in {"DATABASE_URL", "REDIS_URL", "PYTEST_CURRENT_TEST"}
    }
    env.update(
        {
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": secret_key or secrets.token_urlsafe(50),
            "DJANGO_HTTPS": "true" if https else "false",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "DJANGO_STATIC_ROOT": str(static_root),
            "DJANGO_MEDIA_ROOT": str(media_root),
            "DJANGO_LOG_LEVEL": "ERROR",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra or {})
    return env


def manage(env, *args, timeout=300):
    """Run ``manage.py`` with ``env``; raise with its output when it fails."""
    result = subprocess.run(
        [PYTHON, "manage.py", *map(str, args)],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise ServiceError(
            f"manage.py {' '.join(map(str, args))} failed ({result.returncode}):\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return result


def _setting(names, default):
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            return int(value)
    return default


class PortalServer:
    """The portal under gunicorn (gthread workers), listening on 127.0.0.1 only.

    The repository's gunicorn.conf.py, when there is one, is read as gunicorn always
    does (from the working directory); the bind address, the worker counts and the log
    settings given here win over it. The worker counts default to the deployed ones
    (GUNICORN_WORKERS or 2 x CPUs + 1, GUNICORN_THREADS or 2); COP_RELIABILITY_WORKERS
    and COP_RELIABILITY_THREADS override them for this suite only.
    """

    def __init__(self, env, root, name="portal", port=None, workers=None, threads=None):
        self.env = dict(env)
        # No access log (a hundred thousand lines cost CPU the portal should get).
        self.env.setdefault("GUNICORN_ACCESSLOG", "")
        self.root = Path(root)
        self.name = name
        self.port = port or free_port()
        self.workers = workers or _setting(
            ["COP_RELIABILITY_WORKERS", "GUNICORN_WORKERS"], 2 * (os.cpu_count() or 1) + 1
        )
        self.threads = threads or _setting(["COP_RELIABILITY_THREADS", "GUNICORN_THREADS"], 2)
        self.log = self.root / f"{name}-gunicorn.log"
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=60):
        self.root.mkdir(parents=True, exist_ok=True)
        log = open(self.log, "ab")  # noqa: SIM115 (handed to the child process)
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "cop_portal.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--worker-class",
                "gthread",
                "--threads",
                str(self.threads),
                "--backlog",
                "2048",
                "--timeout",
                "60",
                "--graceful-timeout",
                "10",
                "--keep-alive",
                "5",
                "--error-logfile",
                "-",
                "--log-level",
                "warning",
                "--name",
                f"cop-{self.name}",
                *self._control_socket_option(),
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServiceError(f"gunicorn {self.name} exited:\n{_tail(self.log)}")
            if self._healthy():
                return self
            time.sleep(0.2)
        raise ServiceError(f"gunicorn {self.name} did not become healthy:\n{_tail(self.log)}")

    @staticmethod
    def _control_socket_option():
        """gunicorn 24+ opens a control socket in the home directory; several servers
        on one machine would share its path."""
        import gunicorn

        return ["--no-control-socket"] if gunicorn.version_info >= (24,) else []

    def _healthy(self):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
            connection.request("GET", "/healthz")
            status = connection.getresponse().status
            connection.close()
            return status == 200
        except OSError:
            return False

    def log_text(self):
        return Path(self.log).read_text(errors="replace") if self.log.exists() else ""

    def stop(self):
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()  # gunicorn's master stops its workers gracefully on TERM
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            # Our own child's process group: the master and the workers it forked.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def close(self):
        self.stop()


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

    def environment(self, database="cop", redis_db=0, https=False, media_root=None, extra=None):
        return production_environment(
            database_url=self.postgres.url(database),
            redis_url=self.redis.url(redis_db),
            static_root=self.static_root,
            media_root=media_root or self.media_root,
            https=https,
            secret_key=self.secret_key,
            extra=extra,
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

    def start_portal(self, name, env=None, **kwargs):
        server = PortalServer(env or self.environment("cop"), self.root / "logs", name, **kwargs)
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
