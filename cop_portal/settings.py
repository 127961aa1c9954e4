"""Settings for the COP Portal: one module, configured from the environment.

The defaults are the embedded set-up (SQLite file, local-memory cache, console e-mail)
so that ``make demo`` and ``make test`` need nothing else. Production sets
``DJANGO_SECRET_KEY``, ``DJANGO_ALLOWED_HOSTS``, ``DATABASE_URL`` and ``REDIS_URL``;
see the README's configuration table.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from cop_portal.environment import env_bool, env_int, env_list
from cop_portal.languages import PORTAL_LANGUAGES

BASE_DIR = Path(__file__).resolve().parent.parent


DEBUG = env_bool("DJANGO_DEBUG", False)

# Used only with debug on; production refuses it (and any other development key).
DEVELOPMENT_SECRET_KEY = "django-insecure-cop-portal-development-only"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "").strip()
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random value "
            "(or set DJANGO_DEBUG=true on a development machine)."
        )
    SECRET_KEY = DEVELOPMENT_SECRET_KEY
elif not DEBUG and (
    SECRET_KEY == DEVELOPMENT_SECRET_KEY or SECRET_KEY.startswith("django-insecure")
):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is a development key; production needs its own random key."
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
# Besides any IP address, the host names a health probe may use for /healthz only (e.g.
# a container's service name); they never reach a page. See HealthProbeMiddleware.
HEALTHZ_HOSTS = env_list("DJANGO_HEALTHZ_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before django.contrib.admin.
    "modeltranslation",
    # django.contrib.admin with the portal's admin site (cop_portal/admin_site.py).
    "cop_portal.admin_site.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "taggit",
    # Versions of public content: history, compare, restore, recover (cop_portal/history.py).
    "reversion",
    "django_countries",
    "axes",
    "csp",
    # The rich-text editor of the admin (cop_portal/rich_text.py), its scripts served
    # from the portal's own static files.
    "django_prose_editor",
    "django_tasks",
    "django_tasks_db",
    "cop_portal",
    "guidelines",
    "partners",
    "events",
    "news",
    # The editorial pages (about, privacy, accessibility, join) and the HTML site map.
    "cop_portal.pages",
    # The contact form (not content: its messages are never on a page).
    "cop_portal.contact",
]

MIDDLEWARE = [
    # First: the request id and the request's log line cover everything below,
    # cached pages and redirects included (cop_portal/request_log.py).
    "cop_portal.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cop_portal.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    # Before anything reads the Host: a probe by IP address gets /healthz, nothing else.
    "cop_portal.middleware.HealthProbeMiddleware",
    # After the header middleware (cached pages leave with the same headers), before the
    # session and locale middleware (a hit costs no query). See cop_portal/page_cache.py.
    "cop_portal.page_cache.AnonymousPageCacheMiddleware",
    # The sitemap and robots.txt do not vary on Accept-Language (cop_portal/middleware.py).
    "cop_portal.middleware.LanguageNeutralMiddleware",
    # Before SessionMiddleware: the language comes from the URL prefix, never from the
    # session, so anonymous pages do not vary on the cookie.
    "django.middleware.locale.LocaleMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin (only) in the user's own admin language (cop_portal/admin_language.py).
    "cop_portal.admin_language.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A NUL in the URL is a 400 before any view can pass it to PostgreSQL.
    "cop_portal.middleware.RejectNulMiddleware",
    "cop_portal.middleware.DatabaseUnavailableMiddleware",
    # Last: it must see failed logins after authentication has run.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cop_portal.urls"
WSGI_APPLICATION = "cop_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cop_portal.context_processors.portal",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
# Persistent connections with a health check, so a restarted PostgreSQL is picked up
# again without restarting the application.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions ---------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cop",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                # A Redis outage degrades to "uncached", never to an error page.
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "cop-portal",
            # Room for every page of the demo in six languages (864) and the versions;
            # Django's default of 300 would evict pages as fast as they are stored.
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }
# Anonymous pages are cached per URL for this long, and built again at once after a
# committed save of what they show (cop_portal/page_cache.py). 0 turns the cache off.
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 300)
PAGE_CACHE_ALIAS = "default"
# One request per URL rebuilds an out-of-date page (the others get the previous one);
# after this long another may try. With no page at all, the others wait this long for it.
PAGE_CACHE_LOCK_SECONDS = env_int("DJANGO_PAGE_CACHE_LOCK_SECONDS", 30)
PAGE_CACHE_COLD_WAIT_SECONDS = env_int("DJANGO_PAGE_CACHE_COLD_WAIT_SECONDS", 2)
# What anonymous pages tell browsers and shared caches (a CDN, deploy/nginx.conf): keep a
# page this long, serve it stale this long while asking again, and for a day when the
# portal is down. docs/quality.md ("HTTP caching") says why no purge is needed.
PAGE_CACHE_BROWSER_SECONDS = env_int("DJANGO_PAGE_CACHE_BROWSER_SECONDS", 60)
PAGE_CACHE_SHARED_SECONDS = env_int("DJANGO_PAGE_CACHE_SHARED_SECONDS", 60)
PAGE_CACHE_STALE_IF_ERROR_SECONDS = env_int("DJANGO_PAGE_CACHE_STALE_IF_ERROR_SECONDS", 86400)
# Sessions live in the database and are read through the cache: they survive a cache
# outage and are shared by every app instance.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Passwords and login --------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# django-axes keeps its counts in the database, shared by every app instance.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env_int("DJANGO_AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("DJANGO_AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Login records (who logged in or failed to, from which address) are kept this long,
# then removed by `manage.py housekeeping`.
AXES_RETENTION_DAYS = env_int("DJANGO_AXES_RETENTION_DAYS", 90)
# Behind a load balancer (DJANGO_BEHIND_PROXY=true) the client address is the one the
# balancer appends to X-Forwarded-For; elsewhere that header is the client's to forge.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
if BEHIND_PROXY:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    AXES_IPWARE_PROXY_COUNT = env_int("DJANGO_PROXY_COUNT", 1)
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)

# --- Languages ------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [(language.code, language.native_name) for language in PORTAL_LANGUAGES]
# Bidi languages are derived by Django from LANG_INFO; Arabic is the only one here.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# Slugs are made from the English title, whatever language the admin is shown in.
MODELTRANSLATION_PREPOPULATE_LANGUAGE = "en"
# The tabbed admin loads jQuery from these: Django admin's own jQuery and a vendored
# copy of jQuery UI, so the admin works offline and under the Content-Security-Policy.
JQUERY_URL = "admin/js/vendor/jquery/jquery.min.js"
JQUERY_UI_URL = "cop_portal/vendor/jquery-ui/jquery-ui.min.js"

# --- Static and media files -----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads (logos, images, documents, generated PDFs) on S3-compatible object storage,
# shared by every instance: DJANGO_MEDIA_STORAGE=s3 with DJANGO_S3_BUCKET (and
# DJANGO_S3_ENDPOINT_URL for a service other than AWS). Credentials come from
# DJANGO_S3_ACCESS_KEY_ID / DJANGO_S3_SECRET_ACCESS_KEY, or boto3's usual sources (an
# instance role, AWS_* variables). See cop_portal/media_storage.py.
MEDIA_STORAGE = (os.environ.get("DJANGO_MEDIA_STORAGE", "").strip() or "filesystem").lower()
if MEDIA_STORAGE == "s3":
    _bucket = os.environ.get("DJANGO_S3_BUCKET", "").strip()
    if not _bucket:
        raise ImproperlyConfigured("DJANGO_MEDIA_STORAGE=s3 needs DJANGO_S3_BUCKET.")
    STORAGES["default"] = {
        "BACKEND": "cop_portal.media_storage.MediaS3Storage",
        "OPTIONS": {
            "bucket_name": _bucket,
            "endpoint_url": os.environ.get("DJANGO_S3_ENDPOINT_URL", "").strip() or None,
            "region_name": os.environ.get("DJANGO_S3_REGION", "").strip() or None,
            "access_key": os.environ.get("DJANGO_S3_ACCESS_KEY_ID", "").strip() or None,
            "secret_key": os.environ.get("DJANGO_S3_SECRET_ACCESS_KEY", "").strip() or None,
            # Most S3-compatible servers (MinIO...) want the bucket in the path.
            "addressing_style": os.environ.get("DJANGO_S3_ADDRESSING_STYLE", "path").strip(),
        },
    }
elif MEDIA_STORAGE != "filesystem":
    raise ImproperlyConfigured("DJANGO_MEDIA_STORAGE must be 'filesystem' or 's3'.")
WHITENOISE_MAX_AGE = 31536000 if not DEBUG else 0

# --- E-mail ---------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "COP Portal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Mail is sent by a task (cop_portal/mail.py); a failed send is tried again after
# MAIL_RETRY_SECONDS, then 4 and 16 times as long..., MAIL_MAX_ATTEMPTS times in all.
MAIL_MAX_ATTEMPTS = env_int("DJANGO_MAIL_MAX_ATTEMPTS", 5)
MAIL_RETRY_SECONDS = env_int("DJANGO_MAIL_RETRY_SECONDS", 60)
# The group whose members are told when a partner proposes an event or changes its
# profile (cop_portal/notices.py); by default the editors (cop_portal.roles.EDITORS_GROUP).
NOTICE_STAFF_GROUP = os.environ.get("DJANGO_NOTICE_STAFF_GROUP", "").strip() or "Editors"

# --- Tasks ----------------------------------------------------------------------------
# Work outside the request (e-mail) goes through Django's tasks framework (the
# django-tasks backport). DJANGO_TASKS_BACKEND=database (production, docker-compose)
# keeps tasks in the database until `manage.py db_worker` runs them, so a slow mail
# server never holds up a request and a task survives a restart. The default,
# "immediate", runs each task in the same process right after the commit: `make demo`
# and the tests need no worker, and mail still leaves only for committed saves.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
_task_backend = os.environ.get("DJANGO_TASKS_BACKEND", "").strip() or "immediate"
if _task_backend not in TASK_BACKENDS:
    raise ImproperlyConfigured("DJANGO_TASKS_BACKEND must be 'immediate' or 'database'.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[_task_backend]}}
TASK_RESULTS_RETENTION_DAYS = env_int("DJANGO_TASK_RESULTS_RETENTION_DAYS", 30)

# --- Housekeeping ---------------------------------------------------------------------
# What `manage.py housekeeping` removes, in this order (cop_portal/housekeeping.py; the
# scheduler service of docker-compose runs it hourly). An app whose records expire
# (contact messages past their retention, say) adds its job here.
HOUSEKEEPING_JOBS = [
    "cop_portal.housekeeping.expired_sessions",
    "cop_portal.housekeeping.expired_login_attempts",
    "cop_portal.housekeeping.old_login_records",
    "cop_portal.housekeeping.old_task_results",
    "cop_portal.contact.housekeeping.old_contact_messages",
]

# --- Security -------------------------------------------------------------------------
# DJANGO_HTTPS defaults to on in production; the test suite and the loopback benchmark
# turn it off because they speak plain HTTP.
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS
# The load balancer probes /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A contact message refused for its token is shown again with the visitor's text
# (other posts get Django's own page).
CSRF_FAILURE_VIEW = "cop_portal.contact.views.csrf_failure"
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# The rich-text editor's one inline script, its import map, carries the request's nonce
# (the nonce is sent only on pages that use it: the admin's change forms), and the one
# style element its ProseMirror core inserts is allowed by its hash (the core's fixed
# CSS in django_prose_editor/editor.js; tests/cop_portal/test_rich_text_editor.py checks it).
RICH_TEXT_EDITOR_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", RICH_TEXT_EDITOR_STYLE_HASH],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# --- Logging --------------------------------------------------------------------------
# Logs go to stderr. DJANGO_LOG_FORMAT=json writes one JSON object per line for a log
# collector (production, docker-compose); the default is a readable line. Every line
# carries the request's id, and each request logs one line at INFO (logger
# cop_portal.requests; DJANGO_REQUEST_LOG_LEVEL=WARNING silences it), as does each mail
# the task worker sends and each housekeeping run. See
# cop_portal/request_log.py.
LOG_FORMAT = (os.environ.get("DJANGO_LOG_FORMAT", "").strip() or "plain").lower()
if LOG_FORMAT not in ("plain", "json"):
    raise ImproperlyConfigured("DJANGO_LOG_FORMAT must be 'plain' or 'json'.")
# The header in which the load balancer passes its request id (nginx: X-Request-ID).
REQUEST_ID_HEADER = os.environ.get("DJANGO_REQUEST_ID_HEADER", "X-Request-ID").strip()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "cop_portal.request_log.RequestIdFilter"}},
    "formatters": {
        "plain": {"()": "cop_portal.request_log.PlainFormatter"},
        "json": {"()": "cop_portal.request_log.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    "loggers": {
        "cop_portal.requests": {
            "level": os.environ.get("DJANGO_REQUEST_LOG_LEVEL", "INFO"),
        },
        # Each mail sent, retried or given up, and each housekeeping run.
        "cop_portal.tasks": {"level": "INFO"},
        "cop_portal.housekeeping": {"level": "INFO"},
        # A request for a host the portal does not serve is answered 400 and its request
        # line says so; Django would also log it as an ERROR with a traceback, which lets
        # anyone fill the error log (and the error reports) by forging a Host header.
        "django.security.DisallowedHost": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}

# --- Error reports --------------------------------------------------------------------
# Off unless SENTRY_DSN is set (Sentry, or a service that accepts its protocol): then
# unhandled errors are reported with the request id and without personal data
# (cop_portal/error_reporting.py). Without it nothing is sent anywhere.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "").strip()
if SENTRY_DSN:
    from cop_portal.error_reporting import sentry_init

    sentry_init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE", ""),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0") or 0),
    )

# --- Benchmark ------------------------------------------------------------------------
# COP_BENCHMARK=1 (make bench only) adds /bench/floor, a constant response that measures
# what the middleware stack and gunicorn cost before any page is built.
BENCHMARK = env_bool("COP_BENCHMARK", False)

# --- Portal ---------------------------------------------------------------------------
PORTAL_NAME = _("Child Online Protection")
# The portal's public address (scheme and host, no path): printed on what is made outside
# a request, such as each guideline set's PDF (guidelines/pdf.py).
PORTAL_ORIGIN = os.environ.get("DJANGO_PORTAL_ORIGIN", "").strip().rstrip("/") or (
    "http://localhost:8000"
)
# Where the "Exit this page" button of the children's guidance and the help page leads:
# a neutral site that gives nothing away on a shared screen (templates/includes/quick_exit.html).
QUICK_EXIT_URL = os.environ.get("DJANGO_QUICK_EXIT_URL", "").strip() or (
    "https://www.bbc.com/weather"
)
# Largest guideline document (PDF) an editor may upload, in bytes.
GUIDELINES_DOCUMENT_MAX_BYTES = env_int("DJANGO_GUIDELINES_DOCUMENT_MAX_BYTES", 20 * 1024 * 1024)
# Largest video file (WebM or MP4) of the library an editor may upload, in bytes.
GUIDELINES_VIDEO_MAX_BYTES = env_int("DJANGO_GUIDELINES_VIDEO_MAX_BYTES", 200 * 1024 * 1024)

# --- Contact form ---------------------------------------------------------------------
# Where the contact form's messages are mailed: these addresses, or, when empty, each
# member of NOTICE_STAFF_GROUP in their admin language (cop_portal/contact/services.py).
CONTACT_RECIPIENTS = env_list("DJANGO_CONTACT_RECIPIENTS")
# Messages are kept this long, then deleted by `manage.py housekeeping` (the privacy page
# says so).
CONTACT_RETENTION_DAYS = env_int("DJANGO_CONTACT_RETENTION_DAYS", 180)
# Spam checks (cop_portal/contact/spam.py): the least time between showing the form and
# sending it, how long a shown form stays valid, and how many messages one client
# address and one sender's e-mail address may send per window (counted in the cache).
CONTACT_MIN_FILL_SECONDS = env_int("DJANGO_CONTACT_MIN_FILL_SECONDS", 3)
CONTACT_FORM_MAX_AGE_SECONDS = env_int("DJANGO_CONTACT_FORM_MAX_AGE_SECONDS", 24 * 3600)
CONTACT_RATE_WINDOW_SECONDS = env_int("DJANGO_CONTACT_RATE_WINDOW_SECONDS", 3600)
CONTACT_RATE_LIMIT_PER_ADDRESS = env_int("DJANGO_CONTACT_RATE_LIMIT_PER_ADDRESS", 5)
CONTACT_RATE_LIMIT_PER_EMAIL = env_int("DJANGO_CONTACT_RATE_LIMIT_PER_EMAIL", 3)
# A form post larger than this is refused unread (the longest message, in Chinese,
# percent-encoded, is about 45 kB).
CONTACT_MAX_BODY_BYTES = env_int("DJANGO_CONTACT_MAX_BODY_BYTES", 128 * 1024)

# A directory where guideline PDFs are kept by the digest of what they are made from, so
# that the same text is laid out once (the test suite loads the demo many times); unset,
# every PDF is laid out when its text changes.
GUIDELINE_PDF_CACHE_DIR = os.environ.get("DJANGO_GUIDELINE_PDF_CACHE_DIR", "")
