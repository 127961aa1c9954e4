"""Housekeeping: records the portal no longer needs, removed on a schedule.

``manage.py housekeeping`` runs every job in ``settings.HOUSEKEEPING_JOBS`` (or only the
ones named: ``manage.py housekeeping expired-sessions``; ``--list`` shows them). In
docker-compose the ``scheduler`` service runs it every hour. Each job is a
``HousekeepingJob``: a name, a line saying what it removes, and a function that
removes it and returns how many records went.

To add one (a future contact form's messages past their retention, for instance),
write the function in the app that owns the records, wrap it in a ``HousekeepingJob``
and add its dotted path to ``HOUSEKEEPING_JOBS`` in settings.py; docs/operations.md
has an example.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class HousekeepingJob:
    name: str
    description: str
    run: object  # a callable without arguments returning the number of records removed

    def __call__(self):
        removed = self.run()
        logger.info("housekeeping %s: removed %d", self.name, removed)
        return removed


def housekeeping_jobs():
    """The jobs of ``settings.HOUSEKEEPING_JOBS``, in that order."""
    jobs = [import_string(path) for path in settings.HOUSEKEEPING_JOBS]
    names = [job.name for job in jobs]
    if len(set(names)) != len(names):
        raise ImproperlyConfigured(f"HOUSEKEEPING_JOBS has two jobs of one name: {names}")
    return jobs


def _remove_expired_sessions():
    """What ``clearsessions`` does, counted: sessions past their expiry date."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store, "get_model_class"):
        # Not kept in the database (cache or signed-cookie sessions): the engine
        # expires its own entries, if it has any to expire.
        store.clear_expired()
        return 0
    # The database-backed engines (db, cached_db): clear_expired() without the count.
    removed, _by_model = (
        store.get_model_class().objects.filter(expire_date__lt=timezone.now()).delete()
    )
    return removed


def _remove_expired_login_attempts():
    """django-axes' failed-login counters whose cool-off has passed (they lock nobody).

    axes' own ``clean_expired_user_attempts`` needs a request; this is its rule
    without one.
    """
    from axes.helpers import get_cool_off
    from axes.models import AccessAttempt

    cool_off = get_cool_off()
    if cool_off is None:  # lock-outs that never end: the counters are kept
        return 0
    removed, _by_model = AccessAttempt.objects.filter(
        attempt_time__lte=timezone.now() - cool_off
    ).delete()
    return removed


def _remove_old_login_records():
    """django-axes' login and failure logs older than ``AXES_RETENTION_DAYS``."""
    from axes.handlers.database import AxesDatabaseHandler

    handler = AxesDatabaseHandler()
    days = settings.AXES_RETENTION_DAYS
    return handler.reset_logs(age_days=days) + handler.reset_failure_logs(age_days=days)


def _remove_old_task_results():
    """Finished task results (sent mail, ...) older than ``TASK_RESULTS_RETENTION_DAYS``."""
    from django_tasks_db.models import DBTaskResult

    limit = timezone.now() - timedelta(days=settings.TASK_RESULTS_RETENTION_DAYS)
    removed, _by_model = DBTaskResult.objects.finished().filter(finished_at__lte=limit).delete()
    return removed


expired_sessions = HousekeepingJob(
    "expired-sessions", "sessions past their expiry date", _remove_expired_sessions
)
expired_login_attempts = HousekeepingJob(
    "expired-login-attempts",
    "failed-login counters whose lock-out time has passed",
    _remove_expired_login_attempts,
)
old_login_records = HousekeepingJob(
    "old-login-records",
    "login and login-failure records older than AXES_RETENTION_DAYS",
    _remove_old_login_records,
)
old_task_results = HousekeepingJob(
    "old-task-results",
    "finished task results older than TASK_RESULTS_RETENTION_DAYS",
    _remove_old_task_results,
)
