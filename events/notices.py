"""Notices about events proposed by partners (cop_portal/notices.py): staff are told of
a new proposal, the proposing partner's representatives of its publication or decline."""

from cop_portal.addresses import absolute_url
from cop_portal.notices import admin_change_url, notify, staff_recipients
from partners.notices import representative_recipients


def notify_event_proposed(*, event, request):
    """Tell staff that a partner proposed ``event``, with the review's address."""
    notify(
        staff_recipients(),
        template="events/email/proposed",
        context=lambda: {
            "event": event,
            "partner": event.proposed_by,
            "review_url": admin_change_url(request, event),
            "preview_url": absolute_url(request, event.get_preview_url()),
        },
    )


def notify_proposal_published(*, event, request):
    """Tell the proposing partner's representatives that ``event`` is public."""
    notify(
        representative_recipients(event.proposed_by),
        template="events/email/published",
        context=lambda: {"event": event, "url": absolute_url(request, event.get_absolute_url())},
    )


def notify_proposal_declined(*, event, request):
    """Tell the proposing partner's representatives that ``event`` was declined, and why."""
    notify(
        representative_recipients(event.proposed_by),
        template="events/email/declined",
        context=lambda: {"event": event, "url": admin_change_url(request, event)},
    )
