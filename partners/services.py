"""Writes to partners that involve more than one step: change records, review, invites."""

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from cop_portal.addresses import absolute_url
from cop_portal.history import compare_versions, versions_of
from cop_portal.mail import mail_enqueue
from cop_portal.roles import REPRESENTATIVES_GROUP, representatives_group_apply
from partners.models import Partner, Representative
from partners.permissions import is_representative_of, is_restricted_to_own_partner


def partner_record_change(*, partner, user, at=None):
    """Record that ``user`` changed ``partner``'s profile (or its services or contacts).

    Sets "profile last updated at/by"; when the user is the partner's representative,
    also the marker that staff filter on ("changed by representatives since last
    review"). Which fields changed is in the admin's LogEntry for the change.
    """
    at = at or timezone.now()
    fields = {"profile_updated_at": at, "profile_updated_by": user}
    if is_representative_of(user, partner) and is_restricted_to_own_partner(user):
        fields["representative_changed_at"] = at
    for name, value in fields.items():
        setattr(partner, name, value)
    # save(), not update(): the page cache is invalidated by the save signal.
    partner.save(update_fields=list(fields))


def partners_set_published(*, partners, published):
    """Publish or unpublish ``partners`` (a queryset); returns how many changed."""
    changed = 0
    # One save per partner (not update()) so the save signals reach the page cache.
    for partner in partners.exclude(published=published):
        partner.published = published
        partner.save(update_fields=["published"])
        changed += 1
    return changed


def partners_mark_reviewed(*, partners, user, at=None):
    """Mark ``partners`` (a queryset) reviewed by ``user`` now; returns how many."""
    return partners.update(reviewed_at=at or timezone.now(), reviewed_by=user)


def representative_changes(partner):
    """Admin log entries of changes by the partner's representatives since its review."""
    entries = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Partner),
        object_id=str(partner.pk),
        user__representative__partner=partner,
    ).select_related("user")
    if partner.reviewed_at:
        entries = entries.filter(action_time__gt=partner.reviewed_at)
    return list(entries.order_by("-action_time")[:50])


# Who changed or reviewed a profile, and when: not part of what a review compares.
MODERATION_RECORD_FIELDS = (
    "profile_updated_at",
    "profile_updated_by",
    "representative_changed_at",
    "reviewed_at",
    "reviewed_by",
)


def partner_changes_since_review(partner):
    """How ``partner`` (with its services and contacts) differs from the version staff
    last reviewed (the first version kept, if never reviewed), as ``compare_versions``
    gives it; empty when nothing changed."""
    versions = versions_of(Partner, partner.pk)
    latest = versions.first()
    reviewed = None
    if partner.reviewed_at:
        reviewed = versions.filter(revision__date_created__lte=partner.reviewed_at).first()
    reviewed = reviewed or versions.last()
    if latest is None or reviewed.pk == latest.pk:
        return []
    return compare_versions(reviewed, latest, ignore=MODERATION_RECORD_FIELDS)


def representative_invite(
    *, partner, email, invited_by, request, first_name="", last_name="", language=""
):
    """Create a representative of ``partner`` and e-mail them a link to set a password.

    The e-mail is written in ``language`` (the inviting user's language when none is
    given) and leaves when the transaction commits, by the task worker.

    The user is staff (to log into the admin), in the representatives group, with no
    usable password until they follow the link (Django's password-reset token: it
    expires after PASSWORD_RESET_TIMEOUT and once the password is set). Re-inviting an
    existing representative of the same partner sends a fresh link.
    """
    User = get_user_model()
    email = User.objects.normalize_email(email).strip()
    user = (
        User.objects.filter(email__iexact=email).first()
        or User.objects.filter(username__iexact=email).first()
    )
    if user is None:
        user = User(username=email, email=email, first_name=first_name, last_name=last_name)
        user.is_staff = True
        user.set_unusable_password()
        user.full_clean()
        user.save()
    else:
        existing = Representative.objects.filter(user=user).select_related("partner").first()
        if existing is None or existing.partner_id != partner.pk or user.is_superuser:
            raise ValidationError(
                _(
                    "A user with this e-mail address already exists; link them to the partner "
                    "by hand if they should represent it."
                )
            )
    group = (
        Group.objects.filter(name=REPRESENTATIVES_GROUP).first() or representatives_group_apply()
    )
    user.groups.add(group)
    representative, _created = Representative.objects.update_or_create(
        user=user,
        defaults={"partner": partner, "invited_at": timezone.now(), "invited_by": invited_by},
    )
    send_set_password_email(user=user, partner=partner, request=request, language=language)
    return representative


def set_password_url(*, user, request):
    path = reverse(
        "set-password",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return absolute_url(request, path)


def send_set_password_email(*, user, partner, request, language=""):
    """Queue the invitation, rendered in ``language``, to leave after the commit."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "user": user,
            "partner": partner,
            "url": set_password_url(user=user, request=request),
            "login_url": absolute_url(request, reverse("admin:index")),
        }
        subject = render_to_string("partners/email/invite_subject.txt", context).strip()
        body = render_to_string("partners/email/invite_body.txt", context)
    mail_enqueue(subject=subject, body=body, to=[user.email])
