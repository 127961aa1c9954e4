"""The pages in the admin: editors change their texts (with history and preview), nobody
adds a fifth page or deletes one of the four."""

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from modeltranslation.utils import build_localized_fieldname
from reversion.models import Version

from cop_portal.pages.initial import initial_pages
from cop_portal.pages.models import Page, PageKey
from tests.news.factories import make_editor
from tests.pages.helpers import LANGUAGE_CODES, page
from tests.partners.factories import PartnerFactory, make_representative

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/pages/page/"
INITIAL = {record["key"]: record for record in initial_pages()}


@pytest.fixture
def editor(client):
    user = make_editor()
    client.force_login(user)
    return user


def change_url(obj):
    return reverse("admin:pages_page_change", args=[obj.pk])


def form_data(obj, **changes):
    """The change form's fields, as the browser would post them."""
    data = {"published": "on" if obj.published else ""}
    for field in ("title", "summary", "body"):
        for code in LANGUAGE_CODES:
            name = build_localized_fieldname(field, code)
            data[name] = getattr(obj, name) or ""
    data.update(changes)
    return {name: value for name, value in data.items() if value != ""}


def test_the_editors_group_holds_the_pages_permissions(editor):
    assert editor.has_perms(["pages.view_page", "pages.change_page"])


def test_the_changelist_lists_the_four_pages(client, editor):
    response = client.get(CHANGELIST)

    assert response.status_code == 200
    assert [obj.key for obj in response.context["cl"].result_list] == sorted(PageKey.values)
    html = response.content.decode()
    assert '<td class="field-missing_translations">—</td>' in html
    assert "/admin/pages/page/add/" not in html


def test_an_edit_is_kept_in_the_history_and_shows_on_the_page(client, editor, settings):
    settings.PAGE_CACHE_SECONDS = 300
    about = page("about")
    assert "Our new words" not in client.get("/fr/about/").content.decode()

    response = client.post(
        change_url(about),
        form_data(about, title_fr="Nos nouveaux mots", body_fr="<p>Our new words</p>"),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    about.refresh_from_db()
    assert about.title_fr == "Nos nouveaux mots"
    # The state before the first edit is kept as a version too.
    edited, before = Version.objects.get_for_object(about)
    assert edited.revision.user == editor
    assert edited.field_dict["title_fr"] == "Nos nouveaux mots"
    assert before.field_dict["title_fr"] == INITIAL["about"]["title"]["fr"]
    history = client.get(reverse("admin:pages_page_history", args=[quote(about.pk)]))
    assert history.status_code == 200
    assert [row["version"] for row in history.context["versions"]] == [edited, before]
    client.logout()
    shown = client.get("/fr/about/").content.decode()
    assert "<h1>Nos nouveaux mots</h1>" in shown
    assert "<p>Our new words</p>" in shown


def test_the_body_is_sanitised_on_save(client, editor):
    about = page("about")
    body = '<p onclick="x()">Kept<script>alert(1)</script></p><img src="https://example.org/t.gif">'
    client.post(change_url(about), form_data(about, body_en=body))

    about.refresh_from_db()
    assert about.body_en == "<p>Kept</p>"


def test_publishing_wants_the_english_texts(client, editor):
    privacy = page("privacy")
    response = client.post(change_url(privacy), form_data(privacy, summary_en=" "))

    assert response.status_code == 200
    assert "summary_en" in response.context["adminform"].form.errors
    privacy.refresh_from_db()
    assert privacy.summary_en


def test_a_page_taken_off_line_is_previewed_by_its_editor_only(client, editor):
    join = page("join")
    response = client.post(change_url(join), form_data(join, published=""))
    assert response.status_code == 302
    assert client.get(change_url(join)).status_code == 200

    for language in LANGUAGE_CODES:
        with translation.override(language):
            preview, public = join.get_preview_url(), join.get_absolute_url()
            banner = gettext("Preview — not public.")
        shown = client.get(preview)
        assert shown.status_code == 200
        assert banner in shown.content.decode()
        assert {"private", "no-store"} <= {
            word.strip() for word in shown["Cache-Control"].split(",")
        }
        client.logout()
        assert client.get(preview).status_code == 404
        assert client.get(public).status_code == 404
        client.force_login(editor)


def test_the_change_form_links_to_the_preview_in_each_language(client, editor):
    html = client.get(change_url(page("accessibility"))).content.decode()
    for language in LANGUAGE_CODES:
        with translation.override(language):
            assert f'href="{page("accessibility").get_preview_url()}"' in html


def test_no_one_adds_a_fifth_page_or_deletes_one(admin_client):
    """Not even a superuser: the set is fixed."""
    about = page("about")

    assert admin_client.get("/admin/pages/page/add/").status_code == 403
    assert admin_client.post("/admin/pages/page/add/", {"key": "imprint"}).status_code == 403
    delete = reverse("admin:pages_page_delete", args=[about.pk])
    assert admin_client.get(delete).status_code == 403
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    changelist = admin_client.post(
        CHANGELIST, {"action": "delete_selected", "_selected_action": [about.pk], "post": "yes"}
    )
    assert changelist.status_code == 200
    assert Page.objects.count() == 4


def test_the_key_cannot_be_changed(client, editor):
    about = page("about")
    client.post(change_url(about), form_data(about, key="imprint"))
    about.refresh_from_db()
    assert about.key == "about"


def test_a_representative_has_no_access(client):
    client.force_login(make_representative(PartnerFactory()))
    assert client.get(CHANGELIST).status_code == 403
    assert client.get(change_url(page("about"))).status_code == 403
    with translation.override("en"):
        assert client.get(page("about").get_preview_url()).status_code == 404
