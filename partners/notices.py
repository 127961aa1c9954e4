"""Notices about partners (cop_portal/notices.py): staff are told of profile changes, the
representative who proposed a change waiting for review of its approval or decline."""

from django.contrib.auth import get_user_model

from cop_portal.addresses import absolute_url
from cop_portal.notices import admin_change_url, notify, staff_recipients


def representative_recipients(partner):
    """The active representatives of ``partner`` who have an e-mail address."""
    return (
        get_user_model()
        .objects.filter(representative__partner=partner, is_active=True)
        .exclude(email="")
        .order_by("pk")
    )


def notify_profile_changed(*, partner, user, request):
    """Tell staff that ``user`` changed ``partner``'s profile, with the review's address."""
    notify(
        staff_recipients(),
        template="partners/email/profile_changed",
        context=lambda: {
            "partner": partner,
            "user": user,
            "review_url": admin_change_url(request, partner),
            "preview_url": absolute_url(request, partner.get_preview_url()),
        },
    )


def notify_profile_proposal_decided(*, proposal, request):
    """Tell the representative who proposed ``proposal`` that staff approved it (with the
    public profile's address) or declined it (with their reason)."""
    recipients = (
        [proposal.proposed_by] if proposal.proposed_by and proposal.proposed_by.email else []
    )
    partner = proposal.partner
    notify(
        recipients,
        template=f"partners/email/proposal_{proposal.status}",
        context=lambda: {
            "proposal": proposal,
            "partner": partner,
            "url": absolute_url(request, partner.get_absolute_url()),
            "profile_url": admin_change_url(request, partner),
        },
    )
