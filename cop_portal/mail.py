"""The portal's way to send e-mail: after the commit, by the task worker.

Call ``mail_enqueue`` instead of ``send_mail``: the message is handed to the task
``cop_portal.tasks.send_email`` when the current transaction commits (at once outside
one), so a slow or unavailable mail server never slows or fails the request, and a
rolled-back save sends nothing. The worker's log lines about the mail carry the id of
the request that asked for it. Render the message in the recipient's language before
enqueueing it (``translation.override``).
"""

from django.db import transaction


def mail_enqueue(*, subject, body, to, from_email=None, reply_to=None):
    """Send an e-mail outside the request once the transaction commits (module docstring).

    ``reply_to``: the addresses an answer goes to (e.g. a contact form's sender)."""
    from cop_portal.request_log import current_request_id
    from cop_portal.tasks import send_email

    recipients = list(to)
    request_id = current_request_id()
    transaction.on_commit(
        lambda: send_email.enqueue(
            subject=subject,
            body=body,
            to=recipients,
            from_email=from_email,
            reply_to=list(reply_to) if reply_to else None,
            request_id=request_id,
        ),
        robust=True,
    )
