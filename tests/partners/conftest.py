import pytest


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Logins are part of these tests; a slow hash would only make them slow."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
