"""Staff are told by e-mail, in their language, when a representative changes their
partner's profile; not when staff change it."""

import pytest
from django.test import Client

from cop_portal.models import AdminPreference
from tests.news.factories import make_editor
from tests.partners.factories import PartnerFactory, make_representative
from tests.partners.forms import CHANGELIST, change_url, representative_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def alpha():
    return PartnerFactory(name="Alpha", slug="alpha")


def test_staff_hear_of_a_representatives_change(
    client, alpha, mailoutbox, django_capture_on_commit_callbacks
):
    editor = make_editor("editor-ru")
    AdminPreference.objects.create(user=editor, language="ru")
    client.force_login(make_representative(alpha, "alpha-rep"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            change_url(alpha),
            representative_form(alpha, website="https://new.example.org/"),
        )
        assert response.status_code == 302
        assert mailoutbox == []
    [message] = mailoutbox
    assert message.to == ["editor-ru@example.org"]
    assert message.subject == "Профиль изменен партнером: Alpha"
    assert f"http://testserver/admin/partners/partner/{alpha.pk}/change/" in message.body
    assert "http://testserver/ru/partners/alpha/preview/" in message.body
    assert "alpha-rep" in message.body


def test_no_mail_for_an_unchanged_form_or_a_staff_change(
    client, alpha, mailoutbox, django_capture_on_commit_callbacks
):
    editor = make_editor()
    client.force_login(make_representative(alpha, "alpha-rep"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(change_url(alpha), representative_form(alpha))
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        alpha.website = "https://staff.example.org/"
        alpha.save()
    assert mailoutbox == []


@pytest.mark.parametrize(
    ("decision", "language", "subject", "line"),
    [
        (
            "approve",
            "fr",
            "Votre modification du profil de Alpha est en ligne",
            "/fr/partners/alpha/",
        ),
        ("decline", "ar", "رُفض التغيير الذي اقترحته على الملف التعريفي لـ Alpha", "مصدر، من فضلك."),
    ],
)
def test_the_representative_hears_of_the_answer_to_a_waiting_change(
    client,
    admin_client,
    mailoutbox,
    django_capture_on_commit_callbacks,
    decision,
    language,
    subject,
    line,
):
    alpha = PartnerFactory(name="Alpha", slug="alpha", publishes_directly=False)
    representative = make_representative(alpha, "alpha-rep")
    AdminPreference.objects.create(user=representative, language=language)
    client.force_login(representative)
    client.post(
        change_url(alpha),
        representative_form(alpha, website="https://new.example.org/"),
    )
    [proposal] = alpha.proposals.all()
    review = f"{CHANGELIST}{alpha.pk}/proposal/{proposal.pk}/"
    mailoutbox.clear()  # the staff notice of the change

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(review, {"decision": decision, "reason": "مصدر، من فضلك."})
        assert response.status_code == 302
        assert mailoutbox == []  # not before the commit
    [message] = mailoutbox
    assert message.to == [representative.email]
    assert message.subject == subject
    assert line in message.body


def test_no_answer_is_mailed_when_the_decision_rolls_back(admin_client, mailoutbox):
    alpha = PartnerFactory(name="Alpha", slug="alpha", publishes_directly=False)
    representative = make_representative(alpha, "alpha-rep")
    client = Client()
    client.force_login(representative)
    client.post(
        change_url(alpha),
        representative_form(alpha, website="https://new.example.org/"),
    )
    [proposal] = alpha.proposals.all()
    mailoutbox.clear()
    # Without the commit (the test's transaction is rolled back), nothing is sent.
    admin_client.post(f"{CHANGELIST}{alpha.pk}/proposal/{proposal.pk}/", {"decision": "approve"})
    assert mailoutbox == []
