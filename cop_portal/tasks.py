"""Work done outside the request by the task worker (Django's tasks framework).

With the database backend (``DJANGO_TASKS_BACKEND=database``, production) tasks wait
in the database until ``manage.py db_worker`` runs them; with the default immediate
backend (``make demo``, tests) they run at once in the same process. Either way a task
is enqueued only when the transaction that asked for it commits
(``cop_portal.mail.mail_enqueue``), so a rolled-back save sends nothing.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import task

from cop_portal.request_log import request_id_var

logger = logging.getLogger(__name__)

# A refused recipient stays refused; everything else (no connection, a timeout, a
# temporary 4xx answer) may work on a later attempt.
PERMANENT_MAIL_ERRORS = (smtplib.SMTPRecipientsRefused,)
RETRIED_MAIL_ERRORS = (smtplib.SMTPException, OSError)


def mail_retry_delay(attempt):
    """Seconds to wait after failed attempt number ``attempt`` (1, 2, ...): 1, 4, 16...
    times ``MAIL_RETRY_SECONDS``."""
    return settings.MAIL_RETRY_SECONDS * 4 ** (attempt - 1)


@task()
def send_email(*, subject, body, to, from_email=None, attempt=1, request_id=None, reply_to=None):
    """Send one e-mail; when the mail server fails, try again later, with growing
    pauses, up to ``MAIL_MAX_ATTEMPTS`` attempts in all.

    ``request_id`` is the id of the request that asked for the mail: the worker's log
    lines about it carry that id, so they are found with the request's.

    The backport of the tasks framework does not retry by itself: a failed attempt
    enqueues the next one (to run after the pause, where the backend can defer) and then
    fails, so each attempt is recorded with its error.
    """
    token = request_id_var.set(request_id)
    try:
        return _send(subject, body, to, from_email, attempt, request_id, reply_to)
    finally:
        request_id_var.reset(token)


def _send(subject, body, to, from_email, attempt, request_id, reply_to):
    message = EmailMessage(
        subject=subject, body=body, from_email=from_email, to=to, reply_to=reply_to
    )
    try:
        message.send()
    except PERMANENT_MAIL_ERRORS:
        logger.error("E-mail %r refused by the mail server; not retried", subject)
        raise
    except RETRIED_MAIL_ERRORS as error:
        if attempt >= settings.MAIL_MAX_ATTEMPTS:
            logger.error("E-mail %r failed %d times; giving up: %s", subject, attempt, error)
            raise
        retry = send_email
        when = "now"  # a backend that cannot defer (immediate) runs the retry at once
        if send_email.get_backend().supports_defer:
            delay = mail_retry_delay(attempt)
            retry = send_email.using(run_after=timezone.now() + timedelta(seconds=delay))
            when = f"in {delay}s"
        logger.warning(
            "E-mail %r failed (attempt %d of %d), retried %s: %s",
            subject,
            attempt,
            settings.MAIL_MAX_ATTEMPTS,
            when,
            error,
        )
        retry.enqueue(
            subject=subject,
            body=body,
            to=to,
            from_email=from_email,
            attempt=attempt + 1,
            request_id=request_id,
            reply_to=reply_to,
        )
        raise
    logger.info("E-mail %r sent (attempt %d)", subject, attempt)
    return attempt
