"""Writes to partners that involve more than one step: change records, review, invites."""

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from reversion.models import Revision

from cop_portal import history
from cop_portal.addresses import absolute_url
from cop_portal.history import (
    compare_versions,
    restore_version,
    save_revision,
    versions_of,
)
from cop_portal.mail import mail_enqueue
from cop_portal.roles import REPRESENTATIVES_GROUP, representatives_group_apply
from cop_portal.translated_fields import localized_field_names
from partners.models import Partner, ProfileProposal, Representative
from partners.permissions import is_representative_of, is_restricted_to_own_partner
from partners.signals import profile_proposal_changed


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


# What a representative may change on their partner (the rest is read-only for them).
REPRESENTATIVE_EDITABLE_FIELDS = frozenset(
    ["website", "logo", "tags", *localized_field_names("description")]
)


def _staff_fields():
    """The partner's fields a representative's proposal leaves as they are."""
    proposed = {*REPRESENTATIVE_EDITABLE_FIELDS, "logo_width", "logo_height"}
    return [
        name
        for name in history.FIELDS[Partner]
        if name not in proposed
        and not Partner._meta.get_field(name).many_to_many
        and not Partner._meta.get_field(name).primary_key
    ]


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


def partner_holds_changes_for_review(*, partner, user):
    """Do ``user``'s changes to ``partner`` wait for staff? (A representative's, when
    the partner does not publish directly.)"""
    return (
        not partner.publishes_directly
        and is_restricted_to_own_partner(user)
        and is_representative_of(user, partner)
    )


def _announce(proposal):
    transaction.on_commit(
        lambda: profile_proposal_changed.send(sender=ProfileProposal, proposal=proposal)
    )


def profile_proposal_submit(*, partner, user, versions):
    """Keep ``versions`` (``history.unsaved_versions`` of the partner as the
    representative left it) as a change waiting for review; it replaces a waiting one,
    whose revision goes with it (it never was a state of the partner)."""
    waiting = partner.proposals.filter(status=ProfileProposal.Status.WAITING)
    Revision.objects.filter(profile_proposal__in=waiting).delete()
    revision = save_revision(
        versions, user=user, comment=_("Change proposed by %(user)s") % {"user": user}
    )
    proposal = ProfileProposal.objects.create(partner=partner, revision=revision, proposed_by=user)
    _announce(proposal)
    return proposal


def waiting_proposal(partner):
    """The change to ``partner`` waiting for review, or None."""
    return partner.proposals.filter(status=ProfileProposal.Status.WAITING).first()


def with_waiting_change(partner):
    """``partner`` (unsaved) as its waiting change left its own fields: what the
    representative's form starts from, so that saving again keeps what they proposed
    before. Tags and help services are shown as they are public."""
    proposal = waiting_proposal(partner)
    if proposal is None:
        return partner
    proposed = proposal_partner_version(proposal).field_dict
    for name in REPRESENTATIVE_EDITABLE_FIELDS:
        field = Partner._meta.get_field(name)
        if name in proposed and not field.many_to_many:
            setattr(partner, field.attname, proposed[name])
    return partner


def proposal_partner_version(proposal):
    """The partner's version in ``proposal``."""
    return proposal.revision.version_set.get_for_object(proposal.partner).get()


def proposal_changes(proposal):
    """How ``proposal`` differs from the partner's newest version (``compare_versions``)."""
    proposed = proposal_partner_version(proposal)
    current = versions_of(Partner, proposal.partner_id).first()
    return compare_versions(current, proposed, ignore=MODERATION_RECORD_FIELDS)


def _decide(proposal, *, user, status, reason=""):
    proposal.status = status
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.reason = reason
    proposal.full_clean()
    proposal.save()
    _announce(proposal)


@transaction.atomic
def profile_proposal_approve(*, proposal, user):
    """Make the proposed change live, as a new version of the partner."""
    proposed = proposal_partner_version(proposal)
    comment = _("Approved the change proposed by %(user)s on %(date)s.") % {
        "user": proposal.proposed_by,
        "date": formats.localize(timezone.localtime(proposal.proposed_at)),
    }
    # The partner as proposed, and as it is now in what a representative cannot change.
    partner = restore_version(proposed, user=user, comment=comment, keep=_staff_fields())
    partners_mark_reviewed(partners=Partner.objects.filter(pk=partner.pk), user=user)
    _decide(proposal, user=user, status=ProfileProposal.Status.APPROVED)
    return partner


@transaction.atomic
def profile_proposal_decline(*, proposal, user, reason):
    """Decline the proposed change (the public profile stays as it is)."""
    _decide(proposal, user=user, status=ProfileProposal.Status.DECLINED, reason=reason)
    partners_mark_reviewed(partners=Partner.objects.filter(pk=proposal.partner_id), user=user)


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
