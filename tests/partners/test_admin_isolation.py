"""A representative of partner A, against partner B, on every admin path.

None of these may succeed: B's objects answer 404 (or 403), its data appears in no
list, filter, select or autocomplete, and A's own restricted fields cannot be forged.
"""

import json

import pytest
from django.contrib.admin.models import LogEntry

from partners.models import HelpService, Partner, PartnerKind
from tests.factories import UserFactory
from tests.partners.factories import (
    FocusTagFactory,
    HelpServiceFactory,
    PartnerFactory,
    make_representative,
)
from tests.partners.forms import CHANGELIST, change_url, representative_form

pytestmark = pytest.mark.django_db

SECRET = "Bravo Secret Organisation"


@pytest.fixture
def partner_a():
    return PartnerFactory(
        name="Alpha Helpers",
        slug="alpha",
        kind=PartnerKind.CIVIL_SOCIETY,
        published=True,
        featured=False,
        country="FR",
    )


@pytest.fixture
def partner_b():
    partner = PartnerFactory(
        name=SECRET, slug="bravo", kind=PartnerKind.PRIVATE_SECTOR, published=False, country="BR"
    )
    HelpServiceFactory(partner=partner, name_en="Bravo line", countries=["BR"])
    return partner


@pytest.fixture
def rep_client(client, partner_a, partner_b):
    client.force_login(make_representative(partner_a))
    return client


def a_change_form(partner, **overrides):
    """A complete POST for A's change form, with its English description updated."""
    return representative_form(partner, **{"description_en": "<p>Updated.</p>", **overrides})


# --- B's URLs ---------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["change/", "history/", "delete/", ""])
def test_get_on_b_urls_is_not_found(rep_client, partner_b, suffix):
    response = rep_client.get(f"{CHANGELIST}{partner_b.pk}/{suffix}", follow=True)
    assert response.status_code in (403, 404)
    assert SECRET not in response.content.decode()


@pytest.mark.parametrize("suffix", ["change/", "delete/", "history/"])
def test_post_on_b_urls_changes_nothing(rep_client, partner_b, suffix):
    response = rep_client.post(
        f"{CHANGELIST}{partner_b.pk}/{suffix}",
        {
            "post": "yes",
            "name": "Hacked",
            "website": "https://evil.example/",
            "description_en": "<p>Hacked</p>",
            "published": "on",
            "services-TOTAL_FORMS": "0",
            "services-INITIAL_FORMS": "0",
            "contacts-TOTAL_FORMS": "0",
            "contacts-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code in (403, 404)
    partner_b.refresh_from_db()
    assert partner_b.name == SECRET
    assert partner_b.website == "https://partner.example.org/"
    assert partner_b.published is False
    assert not LogEntry.objects.filter(object_id=str(partner_b.pk)).exists()


def test_b_help_service_urls_are_refused(rep_client, partner_b):
    service = partner_b.services.get()
    for url in [
        "/admin/partners/helpservice/",
        f"/admin/partners/helpservice/{service.pk}/change/",
        f"/admin/partners/helpservice/{service.pk}/delete/",
        "/admin/partners/helpservice/add/",
    ]:
        assert rep_client.get(url).status_code == 403, url
    delete_url = f"/admin/partners/helpservice/{service.pk}/delete/"
    assert rep_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert HelpService.objects.filter(pk=service.pk).exists()


def test_add_and_unknown_ids(rep_client):
    assert rep_client.get(f"{CHANGELIST}add/").status_code == 403
    assert rep_client.post(f"{CHANGELIST}add/", {"name": "New"}).status_code == 403
    for object_id in ["999999", "abc", "1%20OR%201=1"]:
        response = rep_client.get(f"{CHANGELIST}{object_id}/change/")
        assert response.status_code == 404, object_id


# --- A's own form: only the allowed fields --------------------------------------------


# Same shape as test_admin_moderation's first test (post the form, reload, check fields):
# there the fields change, here they must not.
def test_forged_post_cannot_change_a_restricted_fields(rep_client, partner_a):
    response = rep_client.post(
        change_url(partner_a),
        a_change_form(
            partner_a,
            name="Renamed",
            slug="renamed",
            kind=PartnerKind.GOVERNMENT,
            published="",  # unticked: would unpublish
            featured="on",
            country="US",
            worldwide="on",
            reviewed_at="2030-01-01 00:00:00",
            representative_changed_at="",
        ),
    )
    assert response.status_code == 302
    partner_a.refresh_from_db()
    assert partner_a.description_en == "<p>Updated.</p>"
    assert partner_a.name == "Alpha Helpers"
    assert partner_a.slug == "alpha"
    assert partner_a.kind == PartnerKind.CIVIL_SOCIETY
    assert partner_a.published is True
    assert partner_a.featured is False
    assert partner_a.country == "FR"
    assert partner_a.worldwide is False
    assert partner_a.reviewed_at is None
    assert partner_a.representative_changed_at is not None


def test_change_form_offers_only_the_allowed_fields(rep_client, partner_a):
    response = rep_client.get(change_url(partner_a))
    form = response.context["adminform"].form
    assert sorted(form.fields) == sorted(
        ["website", "logo", "tags"]
        + [f"description_{code}" for code in ("ar", "zh_hans", "en", "fr", "ru", "es")]
    )
    html = response.content.decode()
    assert 'name="kind"' not in html
    assert 'name="published"' not in html
    assert SECRET not in html


def test_forged_inline_cannot_touch_b_services(rep_client, partner_a, partner_b):
    b_service = partner_b.services.get()
    data = a_change_form(
        partner_a,
        **{
            "services-TOTAL_FORMS": "1",
            "services-INITIAL_FORMS": "1",
            "services-0-id": str(b_service.pk),
            "services-0-partner": str(partner_b.pk),
            "services-0-name_en": "Hijacked",
            "services-0-kind": "helpline",
            "services-0-countries": ["FR"],
            "services-0-phone": "+33 1 00 00 00 00",
            "services-0-order": "0",
        },
    )
    response = rep_client.post(change_url(partner_a), data)
    b_service.refresh_from_db()
    assert b_service.name_en != "Hijacked"
    assert b_service.partner_id == partner_b.pk
    assert response.status_code in (200, 400)


def test_new_service_cannot_be_given_to_b(rep_client, partner_a, partner_b):
    service = {
        "services-TOTAL_FORMS": "1",
        "services-0-name_en": "Alpha line",
        "services-0-kind": "helpline",
        "services-0-countries": ["FR"],
        "services-0-phone": "+33 1 00 00 00 00",
        "services-0-order": "0",
    }
    forged = rep_client.post(
        change_url(partner_a),
        a_change_form(partner_a, **service, **{"services-0-partner": str(partner_b.pk)}),
    )
    assert forged.status_code == 200
    services_formset = forged.context["inline_admin_formsets"][0].formset
    assert services_formset.errors == [
        {"partner": ["The inline value did not match the parent instance."]}
    ]
    assert not HelpService.objects.filter(name_en="Alpha line").exists()

    response = rep_client.post(change_url(partner_a), a_change_form(partner_a, **service))
    assert response.status_code == 302
    assert HelpService.objects.get(name_en="Alpha line").partner_id == partner_a.pk
    assert list(partner_b.services.values_list("name_en", flat=True)) == ["Bravo line"]


# --- lists, filters, search, bulk actions, autocomplete --------------------------------


def test_changelist_shows_only_a(rep_client, partner_a, partner_b):
    response = rep_client.get(CHANGELIST)
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [partner_a]
    html = response.content.decode()
    assert SECRET not in html
    assert "Brazil" not in html  # no country filter listing B's country
    assert "1 partner" in html


@pytest.mark.parametrize(
    "query",
    [
        "?q=Bravo",
        f"?q={SECRET}",
        "?kind__exact=private-sector",
        "?published__exact=0",
        "?country=BR",
        "?representative_changes=unreviewed",
        "?id__exact=2",
        "?o=1",
    ],
)
def test_changelist_queries_never_reveal_b(rep_client, partner_b, query):
    response = rep_client.get(f"{CHANGELIST}{query}", follow=True)
    assert response.status_code == 200
    assert partner_b not in response.context["cl"].result_list
    # The search box repeats the visitor's own words; nothing else may name B.
    html = response.content.decode().replace(f'value="{SECRET}"', "")
    assert SECRET not in html


@pytest.mark.parametrize("action", ["delete_selected", "publish", "unpublish", "mark_reviewed"])
def test_bulk_actions_do_nothing(rep_client, partner_a, partner_b, action):
    response = rep_client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [partner_a.pk, partner_b.pk], "post": "yes"},
    )
    assert response.status_code in (200, 302, 403)
    for partner, published in ((partner_a, True), (partner_b, False)):
        partner.refresh_from_db()
        assert partner.published is published
        assert partner.reviewed_at is None
    assert Partner.objects.count() == 2


def test_invite_action_is_refused(rep_client, partner_b, mailoutbox):
    rep_client.post(
        CHANGELIST,
        {
            "action": "invite_representative",
            "_selected_action": [partner_b.pk],
            "invite": "1",
            "email": "intruder@example.org",
        },
    )
    assert mailoutbox == []
    assert not UserFactory._meta.model.objects.filter(email="intruder@example.org").exists()


@pytest.mark.parametrize("term", ["", "Bravo", "Secret", "a"])
def test_autocomplete_offers_only_a(rep_client, partner_a, term):
    response = rep_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "partners",
            "model_name": "helpservice",
            "field_name": "partner",
            "term": term,
        },
    )
    assert response.status_code == 200
    results = json.loads(response.content)["results"]
    expected = [{"id": str(partner_a.pk), "text": "Alpha Helpers"}]
    assert results == (expected if "alpha helpers".find(term.lower()) >= 0 else [])
    assert SECRET not in response.content.decode()


def test_admin_index_shows_only_what_a_may_use(rep_client):
    from cop_portal.contributions import portal_apps

    response = rep_client.get("/admin/")
    assert response.status_code == 200
    models = {
        (app["app_label"], model["object_name"])
        for app in response.context["app_list"]
        for model in app["models"]
    }
    # Partners: their own partner only. Other apps may offer representatives a model
    # of their own (events: proposals) by declaring representative_permissions.
    offering = {config.label for config in portal_apps() if config.representative_permissions}
    assert ("partners", "Partner") in models
    assert {model for model in models if model[0] == "partners"} == {("partners", "Partner")}
    assert {label for label, _name in models} <= {"partners"} | offering
    html = response.content.decode()
    for hidden in (
        "/admin/auth/user/",
        "/admin/auth/group/",
        "/admin/partners/helpservice/",
        "/admin/partners/focustag/",
        "/admin/partners/representative/",
        "/admin/axes/",
        "/admin/taggit/",
    ):
        assert hidden not in html
    for url in (
        "/admin/auth/user/",
        "/admin/auth/group/",
        "/admin/partners/focustag/",
        "/admin/partners/representative/",
        "/admin/axes/accessattempt/",
        "/admin/taggit/tag/",
    ):
        assert rep_client.get(url).status_code == 403, url


def test_history_of_own_partner_is_visible(rep_client, partner_a):
    rep_client.post(change_url(partner_a), a_change_form(partner_a))
    response = rep_client.get(f"{CHANGELIST}{partner_a.pk}/history/")
    assert response.status_code == 200
    assert "Changed Description [en]." in response.content.decode()


def test_user_representing_no_partner_sees_nothing(client, partner_a):
    user = UserFactory(username="orphan", is_staff=True)
    from cop_portal.roles import representatives_group_apply

    user.groups.add(representatives_group_apply())
    client.force_login(user)
    assert client.get(CHANGELIST).status_code == 403
    assert client.get(change_url(partner_a)).status_code in (403, 404)
    assert client.get("/admin/").context["app_list"] == []


def test_tags_select_is_not_partner_data(rep_client, partner_a):
    FocusTagFactory(slug="x", name_en="Some subject")
    html = rep_client.get(change_url(partner_a)).content.decode()
    assert "Some subject" in html
    assert SECRET not in html


def test_moderator_sees_every_partner(admin_client, partner_a, partner_b):
    response = admin_client.get(CHANGELIST)
    assert set(response.context["cl"].result_list) == {partner_a, partner_b}
    assert admin_client.get(change_url(partner_b)).status_code == 200


def test_view_on_site_redirect_only_for_own_partner(rep_client, partner_a, partner_b):
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(Partner).pk
    own = rep_client.get(f"/admin/r/{content_type}/{partner_a.pk}/")
    assert own.status_code == 302
    assert own.url.endswith("/partners/alpha/")
    # Django's own shortcut would redirect to B's (unpublished) address.
    other = rep_client.get(f"/admin/r/{content_type}/{partner_b.pk}/")
    assert other.status_code == 404
    assert "bravo" not in other.get("Location", "")
    for path in (f"{content_type}/abc", "99999/1"):
        assert rep_client.get(f"/admin/r/{path}/").status_code == 404, path


def test_view_on_site_still_works_for_staff(admin_client, partner_b):
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(Partner).pk
    response = admin_client.get(f"/admin/r/{content_type}/{partner_b.pk}/")
    assert response.status_code == 302
    assert response.url.endswith("/partners/bravo/")
