"""manage.py housekeeping removes what has expired, and keeps everything else."""

from datetime import timedelta
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.sessions.backends.cached_db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cop_portal.housekeeping import HousekeepingJob, housekeeping_jobs
from cop_portal.tasks import send_email

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("housekeeping", *args, stdout=out)
    return out.getvalue().splitlines()


def make_session(*, expires_in):
    store = SessionStore()
    store["visits"] = 1
    store.set_expiry(expires_in)
    store.create()
    return store.session_key


def make_login_records(*, days_ago, username):
    at = timezone.now() - timedelta(days=days_ago)
    attempt = AccessAttempt.objects.create(
        username=username, ip_address="192.0.2.1", user_agent="test", failures_since_start=2
    )
    log = AccessLog.objects.create(username=username, ip_address="192.0.2.1", user_agent="test")
    failure = AccessFailureLog.objects.create(
        username=username, ip_address="192.0.2.1", user_agent="test", locked_out=False
    )
    # attempt_time is set on creation: move it into the past.
    for model, record in ((AccessAttempt, attempt), (AccessLog, log), (AccessFailureLog, failure)):
        model.objects.filter(pk=record.pk).update(attempt_time=at)


def make_task_result(*, finished_days_ago, status="SUCCESSFUL"):
    result = DBTaskResult.objects.create(
        task_path=send_email.module_path,
        args_kwargs={"args": [], "kwargs": {"subject": "s", "body": "b", "to": ["a@b.c"]}},
        status=status,
        backend_name="default",
        queue_name="default",
        priority=0,
        finished_at=timezone.now() - timedelta(days=finished_days_ago),
    )
    return result.pk


def test_the_jobs_are_listed():
    assert run("--list") == [
        "expired-sessions: sessions past their expiry date",
        "expired-login-attempts: failed-login counters whose lock-out time has passed",
        "old-login-records: login and login-failure records older than AXES_RETENTION_DAYS",
        "old-task-results: finished task results older than TASK_RESULTS_RETENTION_DAYS",
        "old-contact-messages: contact messages older than CONTACT_RETENTION_DAYS",
    ]


def test_everything_expired_goes_and_nothing_else(settings):
    settings.AXES_RETENTION_DAYS = 90
    settings.TASK_RESULTS_RETENTION_DAYS = 30
    live = make_session(expires_in=3600)
    expired = make_session(expires_in=3600)
    Session.objects.filter(session_key=expired).update(
        expire_date=timezone.now() - timedelta(minutes=1)
    )
    make_login_records(days_ago=120, username="old")
    make_login_records(days_ago=10, username="recent")
    AccessAttempt.objects.filter(username="recent").update(attempt_time=timezone.now())
    old_result = make_task_result(finished_days_ago=45)
    recent_result = make_task_result(finished_days_ago=2)

    assert run() == [
        "expired-sessions: removed 1",
        "expired-login-attempts: removed 1",
        "old-login-records: removed 2",
        "old-task-results: removed 1",
        "old-contact-messages: removed 0",
    ]
    assert list(Session.objects.values_list("session_key", flat=True)) == [live]
    # The counter of a failure a moment ago still locks (cool-off of an hour); the
    # 120-day-old one has expired. Logs within the retention (10 days old) stay.
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["recent"]
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["recent"]
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["recent"]
    assert list(DBTaskResult.objects.values_list("pk", flat=True)) == [recent_result]
    assert old_result != recent_result
    # A second run finds nothing more.
    assert run() == [
        "expired-sessions: removed 0",
        "expired-login-attempts: removed 0",
        "old-login-records: removed 0",
        "old-task-results: removed 0",
        "old-contact-messages: removed 0",
    ]


def test_each_job_runs_alone():
    expired = make_session(expires_in=3600)
    Session.objects.filter(session_key=expired).update(
        expire_date=timezone.now() - timedelta(minutes=1)
    )
    make_login_records(days_ago=120, username="old")
    assert run("expired-sessions") == ["expired-sessions: removed 1"]
    assert AccessLog.objects.count() == 1
    assert run("old-login-records") == ["old-login-records: removed 2"]


def test_an_unknown_job_is_refused():
    with pytest.raises(CommandError) as error:
        run("contact-messages")
    assert str(error.value) == (
        "unknown job contact-messages; the jobs are: expired-sessions, expired-login-attempts, "
        "old-login-records, old-task-results, old-contact-messages"
    )


# A job of another app, as the contact form adds one (see docs/operations.md).
removed_by_extra_job = []
extra_job = HousekeepingJob(
    "old-example-records",
    "example records past their retention",
    lambda: removed_by_extra_job.append("ran") or 3,
)


def test_an_app_adds_its_job_in_settings(settings):
    settings.HOUSEKEEPING_JOBS = [
        *settings.HOUSEKEEPING_JOBS,
        "tests.cop_portal.test_housekeeping.extra_job",
    ]
    assert [job.name for job in housekeeping_jobs()][-1] == "old-example-records"
    assert run("old-example-records") == ["old-example-records: removed 3"]
    assert removed_by_extra_job == ["ran"]
