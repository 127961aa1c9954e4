import fcntl
import hashlib
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import translation

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="session")
def collected_static(request):
    """Static files collected, so pages render with hashed names as in production.

    Not for every test: whatever renders or serves pages asks for it (the test client
    fixtures below, the portals under gunicorn, modules that render by other means).
    Once per run: under pytest-xdist the first worker to need them collects them while
    the others wait, then they read its manifest.
    """
    root = Path(settings.STATIC_ROOT)
    run = getattr(request.config, "workerinput", {}).get("testrunuid")
    digest = hashlib.sha256(str(root).encode()).hexdigest()[:16]
    with (Path(tempfile.gettempdir()) / f"cop-portal-static-{digest}.lock").open("a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lock.seek(0)
        if run is not None and lock.read() == run:
            storage = staticfiles_storage
            storage.hashed_files, storage.manifest_hash = storage.load_manifest()
            return root
        call_command("collectstatic", interactive=False, verbosity=0)
        lock.truncate(0)
        lock.write(run or "")
    return root


@pytest.fixture
def client(collected_static, client):
    """pytest-django's test client: the pages it gets name collected static files."""
    return client


@pytest.fixture
def admin_client(collected_static, admin_client):
    """pytest-django's client logged in as a superuser, with static files collected."""
    return admin_client


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashing():
    """Tests make users and log in all the time; the production hash (PBKDF2, a million
    iterations) would only make them slow. The servers tests start keep the real one."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads of a test go to a directory of its own and disappear with it."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache (pages are cached per URL)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed(): ...``: what the block saves is committed as far as the page
    cache can tell (the test's transaction never commits, so the ``on_commit`` callbacks
    the block registered run at its end, as they would after a real commit)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in English: a request through LocaleMiddleware leaves its
    language active in the thread, which a later test would otherwise inherit."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def demo_portal(collected_static, tmp_path_factory):
    """The portal under gunicorn in production settings, on a database of its own holding
    the demo content, for tests that need every page (browser tests, security headers).

    See tests/portal_server.py; its database is separate from the tests' database.
    """
    from tests.portal_server import DemoDatabase, PortalServer

    workdir = tmp_path_factory.mktemp("demo-portal")
    with DemoDatabase(workdir, name_suffix="demo") as database:
        with (workdir / "demo.log").open("w") as log:
            database.load(settings.STATIC_ROOT, log=log)
        with PortalServer(
            database.url, settings.STATIC_ROOT, workdir / "gunicorn.log", GUNICORN_WORKERS=2
        ) as server:
            server.database_url = database.url
            yield server


@dataclass(frozen=True)
class DemoContent:
    media_root: Path  # where the demo's files (documents, pictures) are stored
    output: str  # what load_demo printed


@pytest.fixture(scope="class")
def demo_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content of every app, loaded once into the tests' database for the tests
    of one class, and rolled back after them: for tests that only read it through the ORM
    or the test client (``demo_portal`` serves it from a database of its own instead).

    Each test still runs in a savepoint of its own, so one that writes by mistake does not
    disturb the next. The scope is a class, not the session, so that the demo is in no
    other test's database: a test that loads the demo itself (again, to check it loads
    in place) stays outside the class and starts from an empty database. During the
    tests the media root is a test's own; the demo's files are in ``media_root``.
    """
    media_root = tmp_path_factory.mktemp("demo-content-media")
    output = io.StringIO()
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=output)
        yield DemoContent(media_root, output.getvalue())
        transaction.set_rollback(True)


@pytest.fixture(scope="session")
def demo_discovery(demo_portal):
    """The pages of the demo portal, found by following links (tests/discovery.py)."""
    from tests.discovery import discover, http_fetcher

    return discover(
        http_fetcher(demo_portal.host, demo_portal.port), f"{demo_portal.host}:{demo_portal.port}"
    )


@pytest.fixture(params=LANGUAGE_CODES)
def language(request):
    """Run a test once in each of the six languages."""
    return request.param


@pytest.fixture
def query_budget(client):
    """Assert a page's query count is constant in its object count and within a budget.

    See tests/query_budget.py.
    """
    from tests.query_budget import check_query_budget

    def check(url, make, budget, n=3, client=client):
        return check_query_budget(client, url, make, budget, n=n)

    return check
