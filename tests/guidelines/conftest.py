import pytest
from django.contrib.staticfiles import finders


@pytest.fixture(autouse=True)
def admin_static_without_jquery_ui(settings):
    """Until jQuery UI is vendored (settings.JQUERY_UI_URL), the manifest lacks it.

    The tabbed admin would then fail to render with the manifest storage; plain storage
    lets these tests exercise the admin meanwhile. Once the file exists this does nothing.
    """
    if not finders.find(settings.JQUERY_UI_URL):
        settings.STORAGES = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
