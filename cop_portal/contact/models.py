"""Messages sent through the contact form, kept for ``CONTACT_RETENTION_DAYS``."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The longest message a visitor may write, in characters (the form says so).
MESSAGE_MAX_LENGTH = 5000


class ContactMessageQuerySet(models.QuerySet):
    def past_retention(self, now=None):
        """Messages older than ``CONTACT_RETENTION_DAYS`` (the privacy page's promise)."""
        limit = (now or timezone.now()) - timedelta(days=settings.CONTACT_RETENTION_DAYS)
        return self.filter(created_at__lt=limit)


class ContactMessage(models.Model):
    class Subject(models.TextChoices):
        GENERAL = "general", _("A general question")
        PARTNERSHIP = "partnership", _("Partnership and joining the initiative")
        MEDIA = "media", _("Media and press")
        SITE = "site", _("A problem with the site")

    class Status(models.TextChoices):
        NEW = "new", _("new")
        ASSIGNED = "assigned", _("assigned")
        HANDLED = "handled", _("handled")

    # What the visitor wrote (read-only in the admin).
    name = models.CharField(_("sender’s name"), max_length=200)
    email = models.EmailField(_("e-mail address"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    subject = models.CharField(_("subject"), max_length=20, choices=Subject)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    # What staff do with it.
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.NEW)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"is_staff": True, "is_active": True},
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    staff_note = models.TextField(
        _("note for staff"),
        blank=True,
        help_text=_("Seen by staff only, never by the sender."),
    )

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="handled", handled_at__isnull=False)
                | ~models.Q(status="handled"),
                name="contact_message_handled_has_time",
            )
        ]

    def __str__(self):
        return f"{self.get_subject_display()}: {self.name}"
