import re

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import RequestFactory
from django.utils import translation

from cop_portal.roles import REPRESENTATIVES_GROUP
from partners.models import Partner, Representative
from partners.services import representative_invite
from tests.factories import UserFactory
from tests.partners.factories import (
    FocusTagFactory,
    HelpServiceFactory,
    PartnerFactory,
    make_representative,
)
from tests.partners.forms import CHANGELIST, LANGUAGE_SUFFIXES, change_url, representative_form

pytestmark = pytest.mark.django_db


def changelist_names(client, query=""):
    response = client.get(f"{CHANGELIST}{query}")
    return [partner.name for partner in response.context["cl"].result_list]


def test_representative_change_is_recorded_and_filterable(client, admin_client):
    alpha = PartnerFactory(name="Alpha", slug="alpha")
    PartnerFactory(name="Bravo", slug="bravo")
    representative = make_representative(alpha, username="alpha-rep")
    client.force_login(representative)

    response = client.post(
        change_url(alpha),
        representative_form(
            alpha,
            website="https://new.example.org/",
            description_fr="<p>Nouveau texte.</p>",
            description_ar="<p>نص جديد.</p>",
        ),
    )
    assert response.status_code == 302

    alpha.refresh_from_db()
    assert alpha.website == "https://new.example.org/"
    assert alpha.description_ar == "<p>نص جديد.</p>"
    assert alpha.profile_updated_by == representative
    assert alpha.representative_changed_at == alpha.profile_updated_at
    entry = LogEntry.objects.get(object_id=str(alpha.pk))
    assert entry.user == representative
    assert entry.action_flag == CHANGE
    # (In the order of the representative's form: the profile's text first.)
    assert entry.get_change_message() == ("Changed Description [ar], Description [fr] and Website.")

    unreviewed = "?representative_changes=unreviewed"
    assert changelist_names(admin_client, unreviewed) == ["Alpha"]
    assert changelist_names(admin_client, "?representative_changes=reviewed") == ["Bravo"]
    change_page = admin_client.get(change_url(alpha)).content.decode()
    assert "alpha-rep · Changed Description [ar], Description [fr] and Website." in change_page

    # Staff mark it reviewed: it leaves the filter...
    admin_client.post(
        CHANGELIST,
        {"action": "mark_reviewed", "_selected_action": [alpha.pk]},
    )
    alpha.refresh_from_db()
    assert alpha.reviewed_at is not None
    assert alpha.reviewed_by.username == "admin"
    assert changelist_names(admin_client, unreviewed) == []

    # ...and comes back with the next change by a representative.
    client.post(
        change_url(alpha),
        representative_form(alpha, website="https://newer.example.org/"),
    )
    assert changelist_names(admin_client, unreviewed) == ["Alpha"]


def test_change_of_a_service_by_a_representative_is_recorded(client):
    alpha = PartnerFactory(name="Alpha")
    service = HelpServiceFactory(partner=alpha, name_en="Alpha line", countries=["FR"])
    client.force_login(make_representative(alpha))
    data = representative_form(
        alpha,
        **{
            "services-TOTAL_FORMS": "1",
            "services-INITIAL_FORMS": "1",
            "services-0-id": str(service.pk),
            "services-0-partner": str(alpha.pk),
            "services-0-name_en": "Alpha line",
            "services-0-kind": "helpline",
            "services-0-countries": ["FR", "BE"],
            "services-0-phone": "+33 1 23 45 67 89",
            "services-0-opening_hours_en": "Every day, 9:00 to 21:00",
            "services-0-languages": ["fr", "en"],
            "services-0-order": "0",
        },
    )
    response = client.post(change_url(alpha), data)
    assert response.status_code == 302, [
        formset.formset.errors for formset in response.context["inline_admin_formsets"]
    ]
    service.refresh_from_db()
    assert [country.code for country in service.countries] == ["BE", "FR"]
    alpha.refresh_from_db()
    assert alpha.representative_changed_at is not None
    message = LogEntry.objects.get(object_id=str(alpha.pk)).get_change_message()
    assert message == "Changed Countries served for help service “Alpha line”."


def test_unchanged_save_records_nothing(client):
    alpha = PartnerFactory(name="Alpha")
    client.force_login(make_representative(alpha))
    client.post(change_url(alpha), representative_form(alpha))
    alpha.refresh_from_db()
    assert alpha.representative_changed_at is None


def test_staff_changes_are_not_representative_changes(admin_client):
    alpha = PartnerFactory(name="Alpha", slug="alpha")
    response = admin_client.get(change_url(alpha))
    form = response.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields if name not in ("logo", "tags")}
    data.update(
        name="Alpha renamed",
        published="on",
        **{
            f"{prefix}-{suffix}": "0"
            for prefix in ("services", "contacts", "representative_set")
            for suffix in ("TOTAL_FORMS", "INITIAL_FORMS")
        },
    )
    data["representatives-TOTAL_FORMS"] = "0"
    data["representatives-INITIAL_FORMS"] = "0"
    response = admin_client.post(change_url(alpha), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    alpha.refresh_from_db()
    assert alpha.name == "Alpha renamed"
    assert alpha.profile_updated_by.username == "admin"
    assert alpha.representative_changed_at is None


def test_publish_and_unpublish_actions(admin_client):
    alpha = PartnerFactory(published=False)
    admin_client.post(CHANGELIST, {"action": "publish", "_selected_action": [alpha.pk]})  # noqa: E501
    alpha.refresh_from_db()
    assert alpha.published is True
    admin_client.post(CHANGELIST, {"action": "unpublish", "_selected_action": [alpha.pk]})  # noqa: E501
    alpha.refresh_from_db()
    assert alpha.published is False


# --- invitations --------------------------------------------------------------------------


def invite(admin_client, partner, **fields):
    return admin_client.post(
        CHANGELIST,
        {
            "action": "invite_representative",
            "_selected_action": [partner.pk],
            "invite": "1",
            **fields,
        },
    )


def test_invite_form_is_shown_first(admin_client, mailoutbox):
    alpha = PartnerFactory(name="Alpha")
    response = admin_client.post(
        CHANGELIST,
        {"action": "invite_representative", "_selected_action": [alpha.pk]},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Invite a representative of Alpha" in html
    assert 'name="email"' in html
    assert mailoutbox == []


def test_invite_sends_one_email_with_a_working_set_password_link(
    admin_client, client, mailoutbox, django_capture_on_commit_callbacks
):
    alpha = PartnerFactory(name="Alpha", slug="alpha")
    # The e-mail leaves when the invitation's transaction commits (cop_portal/mail.py).
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(admin_client, alpha, email="New.Person@Example.org", first_name="New")
    assert response.status_code == 302

    user = get_user_model().objects.get(email="New.Person@example.org")
    assert user.is_staff and not user.is_superuser
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == [REPRESENTATIVES_GROUP]
    representative = Representative.objects.get(user=user)
    assert representative.partner == alpha
    assert representative.invited_by.username == "admin"

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["New.Person@example.org"]
    assert "Alpha" in message.subject
    links = re.findall(r"http://testserver(/admin/set-password/[^/\s]+/[^/\s]+/)", message.body)
    assert len(links) == 1

    # The link leads to a form (Django moves the token into the session first)...
    response = client.get(links[0], follow=True)
    assert response.status_code == 200
    assert response.context["validlink"] is True
    set_password_url = response.redirect_chain[-1][0]
    # ...which sets the password...
    response = client.post(
        set_password_url,
        {
            "new_password1": "a-fresh-long-passphrase-7",
            "new_password2": "a-fresh-long-passphrase-7",
        },  # noqa: E501
    )
    assert response.status_code == 302
    assert response.url == "/admin/set-password/done/"
    user.refresh_from_db()
    assert user.check_password("a-fresh-long-passphrase-7")
    # ...once: the link no longer works.
    assert client.get(links[0], follow=True).context["validlink"] is False

    # The new representative logs in and sees their partner only.
    login = client.post(
        "/admin/login/",
        {"username": user.username, "password": "a-fresh-long-passphrase-7", "next": "/admin/"},
    )
    assert login.status_code == 302
    assert changelist_names(client) == ["Alpha"]


INVITATION_SUBJECTS = {
    "ar": "وصولك إلى بوابة حماية الأطفال على الإنترنت بصفتك ممثلًا لـ Alpha",
    "zh-hans": "您代表 Alpha 访问儿童在线保护门户的权限",
    "en": "Your access to the Child Online Protection portal for Alpha",
    "fr": "Votre accès au portail Protection en ligne des enfants pour Alpha",
    "ru": "Ваш доступ к порталу «Защита детей в интернете» от имени Alpha",
    "es": "Su acceso al portal de Protección de la infancia en línea para Alpha",
}


def test_the_invitation_is_written_in_the_chosen_language(
    admin_client, mailoutbox, django_capture_on_commit_callbacks, language
):
    alpha = PartnerFactory(name="Alpha", slug="alpha")
    with django_capture_on_commit_callbacks(execute=True):
        invite(admin_client, alpha, email="lang@example.org", language=language)
    [message] = mailoutbox
    assert message.subject == INVITATION_SUBJECTS[language]
    with translation.override(language):
        closing = translation.gettext("If you did not expect this message, you can ignore it.")
    assert closing in message.body
    assert ("If you did not expect this message" in message.body) == (language == "en")


def test_the_invitation_defaults_to_the_inviters_language(
    admin_client, mailoutbox, django_capture_on_commit_callbacks
):
    alpha = PartnerFactory(name="Alpha", slug="alpha")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            CHANGELIST,
            {
                "action": "invite_representative",
                "_selected_action": [alpha.pk],
                "invite": "1",
                "email": "default-lang@example.org",
            },
            headers={"Accept-Language": "es"},
        )
    [message] = mailoutbox
    assert message.subject == INVITATION_SUBJECTS["es"]


def test_no_invitation_leaves_when_the_transaction_is_rolled_back(
    admin_client, mailoutbox, django_capture_on_commit_callbacks
):
    alpha = PartnerFactory(name="Alpha", slug="alpha")
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        representative_invite(
            partner=alpha,
            email="rolled-back@example.org",
            invited_by=None,
            request=RequestFactory().get("/admin/"),
        )
        raise RuntimeError("the save fails after the invitation")
    assert callbacks == []
    assert mailoutbox == []
    assert not get_user_model().objects.filter(email="rolled-back@example.org").exists()


def test_invite_refuses_someone_else(admin_client, mailoutbox):
    alpha = PartnerFactory(name="Alpha")
    bravo = PartnerFactory(name="Bravo")
    make_representative(bravo, username="bravo-rep")
    get_user_model().objects.filter(username="bravo-rep").update(email="bravo@example.org")
    response = invite(admin_client, alpha, email="bravo@example.org")
    assert response.status_code == 200
    assert response.context["form"].errors["email"][0].startswith("A user with this e-mail")
    assert mailoutbox == []
    assert Representative.objects.get(user__username="bravo-rep").partner == bravo


def test_invite_needs_exactly_one_partner(admin_client, mailoutbox):
    alpha, bravo = PartnerFactory(), PartnerFactory()
    response = admin_client.post(
        CHANGELIST,
        {"action": "invite_representative", "_selected_action": [alpha.pk, bravo.pk]},
        follow=True,
    )
    assert "Select exactly one partner" in response.content.decode()
    assert mailoutbox == []


def test_invite_with_a_bad_address_is_a_form_error(admin_client, mailoutbox):
    alpha = PartnerFactory()
    response = invite(admin_client, alpha, email="not an address")
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert mailoutbox == []


@pytest.mark.parametrize("path", ["abc/def/", "MQ/not-a-token/", "x" * 300 + "/y/"])
def test_garbage_set_password_links(client, path):
    response = client.get(f"/admin/set-password/{path}", follow=True)
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert response.context["validlink"] is False


# --- smoke tests for every ModelAdmin (as a superuser) ------------------------------------


@pytest.mark.parametrize("model", ["partner", "helpservice", "focustag", "representative"])
def test_admin_changelist_search_and_add(admin_client, model):
    alpha = PartnerFactory(name="Alpha")
    HelpServiceFactory(partner=alpha)
    FocusTagFactory()
    make_representative(alpha)
    assert admin_client.get(f"/admin/partners/{model}/").status_code == 200
    assert admin_client.get(f"/admin/partners/{model}/?q=alpha").status_code == 200
    assert admin_client.get(f"/admin/partners/{model}/add/").status_code == 200


def test_admin_change_pages(admin_client):
    alpha = PartnerFactory(name="Alpha")
    service = HelpServiceFactory(partner=alpha)
    tag = FocusTagFactory()
    make_representative(alpha)
    representative = Representative.objects.get()
    for url in (
        change_url(alpha),
        f"/admin/partners/helpservice/{service.pk}/change/",
        f"/admin/partners/focustag/{tag.pk}/change/",
        f"/admin/partners/representative/{representative.pk}/change/",
    ):
        assert admin_client.get(url).status_code == 200, url


def test_partner_filters_for_staff(admin_client):
    PartnerFactory(name="Alpha", country="KE")
    html = admin_client.get(CHANGELIST).content.decode()
    assert "Changed by representatives since last review" in html
    assert "Kenya" in html


def test_staff_may_add_a_partner(admin_client):
    data = {
        "name": "New Partner",
        "slug": "new-partner",
        "kind": "civil-society",
        "country": "FR",
        "website": "",
        "description_en": "<p>Hello <script>alert(1)</script></p>",
        **{f"description_{code}": "" for code in LANGUAGE_SUFFIXES if code != "en"},
        **{
            f"{prefix}-{suffix}": "0"
            for prefix in ("services", "contacts", "representatives")
            for suffix in ("TOTAL_FORMS", "INITIAL_FORMS")
        },
    }
    response = admin_client.post(f"{CHANGELIST}add/", data)
    assert response.status_code == 302
    partner = Partner.objects.get(slug="new-partner")
    assert partner.description_en == "<p>Hello </p>"
    assert partner.published is False


def test_worldwide_partner_cannot_have_a_country():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        PartnerFactory(country="FR", worldwide=True)


def test_users_cannot_see_user_management(client):
    alpha = PartnerFactory()
    client.force_login(make_representative(alpha))
    other = UserFactory(username="someone-else")
    assert client.get(f"/admin/auth/user/{other.pk}/change/").status_code == 403
