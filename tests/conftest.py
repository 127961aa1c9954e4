import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="session", autouse=True)
def collected_static():
    """Collect static files once, so pages render with hashed names as in production."""
    call_command("collectstatic", interactive=False, verbosity=0)


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
