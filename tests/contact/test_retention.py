"""Contact messages are deleted after CONTACT_RETENTION_DAYS by `manage.py housekeeping`."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from cop_portal.contact.models import ContactMessage

pytestmark = pytest.mark.django_db


def make_message(name):
    return ContactMessage.objects.create(
        name=name, email="a@example.org", subject="general", message="Hello", language="en"
    )


def housekeeping(*jobs):
    out = StringIO()
    call_command("housekeeping", *jobs, stdout=out)
    return out.getvalue().splitlines()


def test_the_retention_is_180_days():
    assert settings.CONTACT_RETENTION_DAYS == 180


def test_old_messages_are_deleted_and_counted():
    start = timezone.now()
    with time_machine.travel(start - timedelta(days=200), tick=False):
        make_message("two hundred days ago")
        make_message("also two hundred days ago")
    with time_machine.travel(start - timedelta(days=179), tick=False):
        make_message("179 days ago")
    make_message("today")
    with time_machine.travel(start, tick=False):
        assert housekeeping("old-contact-messages") == ["old-contact-messages: removed 2"]
    assert sorted(ContactMessage.objects.values_list("name", flat=True)) == [
        "179 days ago",
        "today",
    ]
    # Two days later the next one has passed its 180 days too.
    with time_machine.travel(start + timedelta(days=2), tick=False):
        assert housekeeping("old-contact-messages") == ["old-contact-messages: removed 1"]
    assert list(ContactMessage.objects.values_list("name", flat=True)) == ["today"]


def test_the_job_is_listed_and_runs_with_the_others():
    assert "old-contact-messages: contact messages older than CONTACT_RETENTION_DAYS" in (
        housekeeping("--list")
    )
    assert "old-contact-messages: removed 0" in housekeeping()
