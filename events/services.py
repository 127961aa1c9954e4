"""Editors' answers to events proposed by partners: publish or decline, with a notice to
the proposing partner's representatives (events/notices.py)."""

from django.utils import timezone

from events.notices import notify_proposal_declined, notify_proposal_published


def event_set_published(*, event, published, request):
    """Publish or unpublish ``event``; a partner's proposal that becomes public is
    announced to the partner's representatives after the commit."""
    event.published = published
    event.save(update_fields=["published", "updated_at"])
    if published and event.proposed_by_id is not None:
        notify_proposal_published(event=event, request=request)


def event_proposal_decline(*, event, reason, request):
    """Decline a partner's proposal: it stays unpublished, the reason is kept, and the
    partner's representatives are told it after the commit."""
    event.declined_at = timezone.now()
    event.decline_reason = reason
    event.save(update_fields=["declined_at", "decline_reason", "updated_at"])
    notify_proposal_declined(event=event, request=request)
