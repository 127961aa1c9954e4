"""E-mail notices about proposals: staff hear of a new one, the proposing partner's
representatives of its publication or decline; each in their own admin language, sent
only once the save commits."""

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext

from cop_portal.models import AdminPreference
from cop_portal.roles import EDITORS_GROUP
from events.models import Event
from events.services import event_proposal_decline
from tests.events.factories import EventFactory, OrganiserFactory
from tests.events.test_proposals import CHANGELIST, proposal_data
from tests.factories import UserFactory
from tests.news.factories import make_editor
from tests.partners.factories import make_representative

pytestmark = pytest.mark.django_db


def speaking(user, language):
    AdminPreference.objects.create(user=user, language=language)
    return user


@pytest.fixture
def people():
    alpha = OrganiserFactory(name="Alpha", slug="alpha")
    return {
        "alpha": alpha,
        "editor_fr": speaking(make_editor("editor-fr"), "fr"),
        "editor": make_editor("editor-en"),  # no choice: English
        "other_staff": UserFactory(username="other-staff", is_staff=True),
        "alpha_rep": speaking(make_representative(alpha, "alpha-rep"), "ar"),
    }


@pytest.fixture
def proposal(people):
    return EventFactory(
        title_en="Helpline open day",
        title_fr="Journée portes ouvertes",
        title_ar="يوم الأبواب المفتوحة",
        slug="helpline-open-day",
        published=False,
        proposed_by=people["alpha"],
    )


def by_recipient(mailoutbox):
    return {message.to[0]: message for message in mailoutbox}


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


def test_staff_hear_of_a_new_proposal_in_their_language(
    client, people, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(people["alpha_rep"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{CHANGELIST}add/", proposal_data())
        assert response.status_code == 302
        assert mailoutbox == []  # not before the commit
    event = Event.objects.get(slug="helpline-open-day")
    mails = by_recipient(mailoutbox)
    assert sorted(mails) == ["editor-en@example.org", "editor-fr@example.org"]
    french, english = mails["editor-fr@example.org"], mails["editor-en@example.org"]
    assert english.subject == "Event proposed by Alpha: Helpline open day"
    assert french.subject.startswith("Événement proposé par Alpha")
    review = f"http://testserver/admin/events/event/{event.pk}/change/"
    assert review in english.body and review in french.body
    assert "http://testserver/en/events/helpline-open-day/preview/" in english.body
    assert "http://testserver/fr/events/helpline-open-day/preview/" in french.body


def test_the_staff_group_is_a_setting(
    client, people, mailoutbox, django_capture_on_commit_callbacks
):
    reviewer = UserFactory(username="reviewer", is_staff=True)
    reviewer.groups.add(Group.objects.create(name="Reviewers"))
    client.force_login(people["alpha_rep"])
    with (
        override_settings(NOTICE_STAFF_GROUP="Reviewers"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        client.post(f"{CHANGELIST}add/", proposal_data())
    assert [message.to for message in mailoutbox] == [["reviewer@example.org"]]


def test_the_default_staff_group_is_the_editors(settings):
    assert settings.NOTICE_STAFF_GROUP == EDITORS_GROUP


def test_the_representative_hears_of_the_publication(
    client, people, proposal, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(people["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(CHANGELIST, {"action": "publish", "_selected_action": [proposal.pk]})
    [message] = mailoutbox
    assert message.to == ["alpha-rep@example.org"]
    assert message.subject.endswith("يوم الأبواب المفتوحة")
    assert "http://testserver/ar/events/helpline-open-day/" in message.body
    assert in_language("ar", "Thank you for your contribution.") in message.body


def test_the_representative_hears_of_a_decline_with_the_reason(
    client, people, proposal, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(people["editor_fr"])
    chosen = {"action": "decline", "_selected_action": [proposal.pk]}
    form_page = client.post(CHANGELIST, chosen)
    assert form_page.status_code == 200
    assert 'name="reason"' in form_page.content.decode()
    # Without a reason: the form says so, nothing is declined or sent.
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(CHANGELIST, {**chosen, "decline": "1", "reason": " "})
    assert again.status_code == 200 and again.context["form"].errors
    assert mailoutbox == []
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(CHANGELIST, {**chosen, "decline": "1", "reason": "Dates overlap."})
    assert done.status_code == 302
    proposal.refresh_from_db()
    assert (proposal.published, proposal.decline_reason) == (False, "Dates overlap.")
    assert proposal.declined_at is not None
    [message] = mailoutbox
    assert message.to == ["alpha-rep@example.org"]
    assert "Dates overlap." in message.body
    assert in_language("ar", "Your proposal stays in the admin:") in message.body
    # Declined proposals no longer wait for an answer.
    assert list(Event.objects.waiting_proposals()) == []


def test_no_mail_when_the_save_rolls_back(
    rf, people, proposal, mailoutbox, django_capture_on_commit_callbacks
):
    request = rf.get("/admin/")
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        event_proposal_decline(event=proposal, reason="No.", request=request)
        raise RuntimeError("the save fails after the notice was queued")
    assert mailoutbox == []
    proposal.refresh_from_db()
    assert proposal.declined_at is None


def test_an_editors_own_event_sends_nothing(
    client, people, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(people["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{CHANGELIST}add/", proposal_data(published="on"))
    assert Event.objects.get(slug="helpline-open-day").published
    assert mailoutbox == []
