"""The contact app's housekeeping job (``settings.HOUSEKEEPING_JOBS``)."""

from cop_portal.housekeeping import HousekeepingJob


def _remove_old_contact_messages():
    from cop_portal.contact.services import contact_messages_delete_old

    return contact_messages_delete_old()


old_contact_messages = HousekeepingJob(
    "old-contact-messages",
    "contact messages older than CONTACT_RETENTION_DAYS",
    _remove_old_contact_messages,
)
