"""Loaded by pytest (``-p tests.environment``) before Django reads its settings.

The suite runs with debug off, as production does, but over plain HTTP and with a
throw-away secret key. Values already in the environment win, so CI can point the
same suite at PostgreSQL with ``DATABASE_URL``.
"""

import os
import secrets

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-" + secrets.token_urlsafe(48))
os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_HTTPS", "false")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
# Tests must not depend on a Redis server being up unless they ask for one.
os.environ.pop("REDIS_URL", None)
# Static files go to a directory of their own, collected once per run by the tests that
# render or serve pages (``collected_static`` in tests/conftest.py).
# Guideline PDFs laid out once per text for the whole run, in every process (the demo
# is loaded many times); kept between runs, keyed by what they are made from.
os.environ.setdefault(
    "DJANGO_GUIDELINE_PDF_CACHE_DIR",
    os.path.join(os.path.dirname(os.path.dirname(__file__)), ".test-pdf-cache"),
)
os.environ.setdefault(
    "DJANGO_STATIC_ROOT", os.path.join(os.path.dirname(os.path.dirname(__file__)), ".test-static")
)
