"""E-mail leaves outside the request, after the commit, and is retried when the mail
server fails: in-process with the immediate backend (the default), and through the
database backend with a real ``manage.py db_worker`` process."""

import json
import logging

import pytest
from django.db import transaction

from cop_portal.mail import mail_enqueue
from cop_portal.tasks import mail_retry_delay
from tests.portal_server import DemoDatabase, manage, production_environment
from tests.smtp_server import SMTPServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp_settings(settings):
    def use(server):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_TIMEOUT = 5

    return use


def test_mail_waits_for_the_commit(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        mail_enqueue(subject="Welcome", body="Hello", to=["rep@example.org"])
        assert mailoutbox == []
    [message] = mailoutbox
    assert (message.subject, message.body, message.to) == ("Welcome", "Hello", ["rep@example.org"])


def test_no_mail_for_a_rolled_back_save(mailoutbox, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(ValueError),
        transaction.atomic(),
    ):
        mail_enqueue(subject="Never", body="Hello", to=["rep@example.org"])
        raise ValueError("the save failed")
    assert callbacks == []
    assert mailoutbox == []


def test_a_failed_send_is_retried_and_succeeds(
    smtp_settings, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level(logging.INFO, logger="cop_portal.tasks")
    with SMTPServer(refuse_first=2) as server:
        smtp_settings(server)
        with django_capture_on_commit_callbacks(execute=True):
            mail_enqueue(subject="Try again", body="Third time lucky", to=["rep@example.org"])
    assert server.connections == 3
    [(recipients, message)] = server.messages
    assert recipients == ["rep@example.org"]
    assert message["Subject"] == "Try again"
    assert message.get_content().strip() == "Third time lucky"
    warnings = [r.getMessage() for r in caplog.records if r.name == "cop_portal.tasks"]
    # The immediate backend cannot defer a task: the retries follow at once.
    assert warnings[0].startswith("E-mail 'Try again' failed (attempt 1 of 5), retried now: ")
    assert warnings[1].startswith("E-mail 'Try again' failed (attempt 2 of 5), retried now: ")
    assert warnings[2] == "E-mail 'Try again' sent (attempt 3)"


def test_retries_are_bounded(smtp_settings, settings, django_capture_on_commit_callbacks, caplog):
    settings.MAIL_MAX_ATTEMPTS = 3
    with SMTPServer(refuse_first=10) as server:
        smtp_settings(server)
        with django_capture_on_commit_callbacks(execute=True):
            mail_enqueue(subject="Lost", body="...", to=["rep@example.org"])
    assert server.connections == 3
    assert server.messages == []
    mail_lines = [r.getMessage() for r in caplog.records if r.name == "cop_portal.tasks"]
    assert len(mail_lines) == 3
    assert mail_lines[-1].startswith("E-mail 'Lost' failed 3 times; giving up")


def test_the_pause_grows_between_attempts(settings):
    settings.MAIL_RETRY_SECONDS = 60
    assert [mail_retry_delay(attempt) for attempt in (1, 2, 3, 4)] == [60, 240, 960, 3840]


# Run in the portal's process (manage.py shell): one mail for a committed save, one for a
# rolled-back save.
ENQUEUE = """
from django.db import transaction
from cop_portal.mail import mail_enqueue
from cop_portal.request_log import request_id_var
request_id_var.set("invite-request-0123")  # as during the admin request that invites
with transaction.atomic():
    mail_enqueue(subject="Invitation", body="Choose your password", to=["rep@example.org"])
try:
    with transaction.atomic():
        mail_enqueue(subject="Rolled back", body="Never sent", to=["ghost@example.org"])
        raise RuntimeError("rolled back")
except RuntimeError:
    pass
"""

RESULTS = """
import json
from django_tasks_db.models import DBTaskResult
print(json.dumps([
    [result.status, kwargs["subject"], kwargs.get("attempt", 1)]
    for result in DBTaskResult.objects.order_by("enqueued_at")
    for kwargs in [result.task_result.kwargs]
]))
"""


def test_the_worker_sends_the_mail_after_a_failure(tmp_path):
    """The database backend and a real db_worker: the first attempt meets a refusing
    mail server, the retry (one second later) is delivered; the rolled-back save's mail
    is never queued."""
    with DemoDatabase(tmp_path, name_suffix="tasks") as database, SMTPServer(1) as server:
        env = production_environment(
            database.url,
            tmp_path / "static",
            DJANGO_TASKS_BACKEND="database",
            DJANGO_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            DJANGO_EMAIL_HOST="127.0.0.1",
            DJANGO_EMAIL_PORT=server.port,
            DJANGO_MAIL_RETRY_SECONDS=1,
            DJANGO_LOG_FORMAT="json",
        )
        manage(env, "migrate", "--noinput")
        manage(env, "shell", "-v", "0", "-c", ENQUEUE)
        assert server.connections == 0  # queued, not sent by the process that saved
        worker_output = manage(
            env, "db_worker", "--interval", "0.2", "--no-startup-delay", "--max-tasks", "2"
        )
        results = json.loads(manage(env, "shell", "-v", "0", "-c", RESULTS))

    assert server.connections == 2
    [(recipients, message)] = server.messages
    assert recipients == ["rep@example.org"]
    assert message["Subject"] == "Invitation"
    assert message.get_content().strip() == "Choose your password"
    assert results == [["FAILED", "Invitation", 1], ["SUCCESSFUL", "Invitation", 2]]
    log = [json.loads(line) for line in worker_output.splitlines() if line.startswith("{")]
    mail_log = [line for line in log if line["logger"] == "cop_portal.tasks"]
    # Found with the request that asked for the mail, retry included.
    assert {line["request_id"] for line in mail_log} == {"invite-request-0123"}
    mail_lines = [line["message"] for line in mail_log]
    assert mail_lines[0].startswith("E-mail 'Invitation' failed (attempt 1 of 5), retried in 1s: ")
    assert mail_lines[-1] == "E-mail 'Invitation' sent (attempt 2)"
