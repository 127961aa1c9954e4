"""Contact messages in the admin: editors read, search, filter, assign and handle them,
and cannot change what the visitor wrote; partner representatives never see them."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from cop_portal.contact.models import ContactMessage
from cop_portal.roles import EDITORS_GROUP
from tests.factories import UserFactory
from tests.partners.factories import PartnerFactory, make_representative

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/contact/contactmessage/"


def make_message(**fields):
    values = {
        "name": "Lucía Pérez",
        "email": "lucia@example.org",
        "subject": ContactMessage.Subject.MEDIA,
        "message": "Quisiera entrevistar a alguien del equipo.",
        "language": "es",
        **fields,
    }
    return ContactMessage.objects.create(**values)


@pytest.fixture
def editor(client):
    user = UserFactory(username="editor", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client.force_login(user)
    return user


@pytest.fixture
def messages_():
    return [
        make_message(),
        make_message(
            name="Karim Haddad",
            email="karim@example.org",
            subject=ContactMessage.Subject.SITE,
            language="ar",
            message="الصفحة لا تعمل على هاتفي.",
            created_at=timezone.now() - timedelta(days=40),
        ),
    ]


def listed_names(response):
    return sorted(message.name for message in response.context["cl"].result_list)


def test_editors_hold_the_contact_permissions_and_no_add():
    group = Group.objects.get(name=EDITORS_GROUP)
    codenames = set(
        group.permissions.filter(content_type__app_label="contact").values_list(
            "codename", flat=True
        )
    )
    assert codenames == {"view_contactmessage", "change_contactmessage", "delete_contactmessage"}


def test_the_list_for_an_editor(client, editor, messages_):
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    assert listed_names(response) == ["Karim Haddad", "Lucía Pérez"]
    assert 'href="/admin/contact/contactmessage/add/"' not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status__exact": "new"}, ["Karim Haddad", "Lucía Pérez"]),
        ({"status__exact": "handled"}, []),
        ({"subject__exact": "site"}, ["Karim Haddad"]),
        ({"language__exact": "es"}, ["Lucía Pérez"]),
        ({"q": "هاتفي"}, ["Karim Haddad"]),
        ({"q": "lucia@example"}, ["Lucía Pérez"]),
    ],
)
def test_filters_and_search(client, editor, messages_, query, expected):
    response = client.get(CHANGELIST, query)
    assert response.status_code == 200
    assert listed_names(response) == expected


def test_the_date_filter(client, editor, messages_):
    since = (timezone.now() - timedelta(days=7)).isoformat()
    response = client.get(CHANGELIST, {"created_at__gte": since})
    assert listed_names(response) == ["Lucía Pérez"]


def test_garbage_in_the_list_query_is_no_server_error(client, editor, messages_, settings):
    settings.DEBUG = False
    for query in ({"status__exact": "nonsense"}, {"created_at__gte": "yesterday"}, {"o": "x"}):
        assert client.get(CHANGELIST, query).status_code in (200, 302, 400)


def test_nobody_adds_a_message_in_the_admin(client, editor):
    assert client.get(CHANGELIST + "add/").status_code == 403


def test_the_visitors_text_is_read_only(client, editor, messages_):
    message = messages_[0]
    url = reverse("admin:contact_contactmessage_change", args=[message.pk])
    page = client.get(url).content.decode()
    assert "Quisiera entrevistar a alguien del equipo." in page
    assert 'name="message"' not in page
    assert 'name="email"' not in page
    assert 'name="staff_note"' in page
    response = client.post(
        url,
        {
            "message": "Changed by staff",
            "email": "other@example.org",
            "name": "Someone else",
            "status": "handled",
            "assigned_to": "",
            "staff_note": "Answered by phone.",
        },
    )
    assert response.status_code == 302
    message.refresh_from_db()
    assert (message.message, message.email, message.name) == (
        "Quisiera entrevistar a alguien del equipo.",
        "lucia@example.org",
        "Lucía Pérez",
    )
    assert (message.status, message.staff_note) == ("handled", "Answered by phone.")
    assert message.handled_at is not None


def test_assign_to_me_then_mark_handled(client, editor, messages_):
    pks = [message.pk for message in messages_]
    response = client.post(
        CHANGELIST, {"action": "assign_to_me", "_selected_action": pks}, follow=True
    )
    assert "2 messages are assigned to you." in response.content.decode()
    assert set(ContactMessage.objects.values_list("status", "assigned_to")) == {
        ("assigned", editor.pk)
    }
    response = client.post(
        CHANGELIST, {"action": "mark_handled", "_selected_action": pks[:1]}, follow=True
    )
    assert "1 message is marked handled." in response.content.decode()
    handled = ContactMessage.objects.get(pk=pks[0])
    assert handled.status == "handled"
    assert handled.handled_at is not None
    assert ContactMessage.objects.get(pk=pks[1]).status == "assigned"


def test_the_admin_in_the_editors_language(client, editor, messages_):
    from cop_portal.models import AdminPreference

    AdminPreference.objects.create(user=editor, language="ru")
    page = client.get(CHANGELIST).content.decode()
    assert "Назначить выбранные сообщения мне" in page
    assert "Сообщения через форму связи" in page


def test_a_partner_representative_sees_no_message(client, messages_):
    client.force_login(make_representative(PartnerFactory()))
    assert client.get(CHANGELIST).status_code == 403
    change = reverse("admin:contact_contactmessage_change", args=[messages_[0].pk])
    assert client.get(change).status_code == 403
    assert "contactmessage" not in client.get("/admin/").content.decode()


def test_the_list_costs_the_same_for_many_messages(client, editor, messages_):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(CHANGELIST).status_code == 200
        return len(captured)

    few = queries()
    for number in range(10):
        make_message(name=f"Sender {number}", assigned_to=editor, status="assigned")
    assert queries() == few


def test_only_message_handlers_can_be_assigned(client, editor, messages_):
    representative = make_representative(PartnerFactory())
    UserFactory(username="former-editor", is_staff=True, is_active=False).groups.add(
        Group.objects.get(name=EDITORS_GROUP)
    )
    UserFactory(username="visitor")
    url = reverse("admin:contact_contactmessage_change", args=[messages_[0].pk])
    choices = client.get(url).context["adminform"].form.fields["assigned_to"].queryset
    assert [user.username for user in choices] == ["editor"]
    assert representative not in choices
