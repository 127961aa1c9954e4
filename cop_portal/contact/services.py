"""What happens to a contact message: stored, staff told by e-mail (once, after the
commit, by the task worker), assigned, handled, and deleted after its retention."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from cop_portal.admin_language import preferred_language
from cop_portal.contact.models import ContactMessage
from cop_portal.mail import mail_enqueue
from cop_portal.notices import admin_change_url, staff_recipients


def contact_message_create(*, request, name, email, organisation, subject, message, language):
    """Store a visitor's message and queue one e-mail about it to staff."""
    contact_message = ContactMessage(
        name=name,
        email=email,
        organisation=organisation,
        subject=subject,
        message=message,
        language=language,
    )
    contact_message.full_clean()
    with transaction.atomic():
        contact_message.save()
        contact_message_notify_staff(request=request, contact_message=contact_message)
    return contact_message


def _recipients_by_language():
    """``[(language, [addresses])]``: ``CONTACT_RECIPIENTS`` in the portal's language if
    set, else each member of the staff notice group (the editors) in their own."""
    if settings.CONTACT_RECIPIENTS:
        return [(settings.LANGUAGE_CODE, list(settings.CONTACT_RECIPIENTS))]
    return [
        (preferred_language(user) or settings.LANGUAGE_CODE, [user.email])
        for user in staff_recipients()
    ]


def contact_message_notify_staff(*, request, contact_message):
    """Queue the e-mail about ``contact_message``; Reply-To is the sender's address."""
    for language, addresses in _recipients_by_language():
        with translation.override(language):
            context = {
                "contact_message": contact_message,
                "admin_url": admin_change_url(request, contact_message),
            }
            subject = render_to_string("contact/email/new_message_subject.txt", context)
            body = render_to_string("contact/email/new_message_body.txt", context)
        mail_enqueue(
            # One line whatever the sender typed (Django would refuse a new line anyway).
            subject=" ".join(subject.split()),
            body=body,
            to=addresses,
            reply_to=[contact_message.email],
        )


def contact_messages_assign(*, queryset, user):
    """Assign the messages to ``user``; those not handled yet become "assigned". How
    many were assigned."""
    with transaction.atomic():
        assigned = queryset.update(assigned_to=user)
        queryset.exclude(status=ContactMessage.Status.HANDLED).update(
            status=ContactMessage.Status.ASSIGNED
        )
    return assigned


def contact_messages_mark_handled(*, queryset):
    """Mark the messages handled, now (those handled already keep their time)."""
    return queryset.exclude(status=ContactMessage.Status.HANDLED).update(
        status=ContactMessage.Status.HANDLED, handled_at=timezone.now()
    )


def contact_messages_delete_old():
    """Delete the messages past ``CONTACT_RETENTION_DAYS``; how many went."""
    removed, _by_model = ContactMessage.objects.past_retention().delete()
    return removed
