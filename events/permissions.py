"""Who may publish events: editors (and superusers). Anyone else saving an event in the
admin, a partner's representative included, makes a proposal (see events/admin.py)."""

PUBLISH_PERMISSION = "events.publish_event"


def can_publish_events(user):
    """Editors: staff allowed to publish events (superusers included)."""
    return bool(user and user.is_active and user.has_perm(PUBLISH_PERMISSION))
