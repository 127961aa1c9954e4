"""The guidelines admin, used by an editor (staff with the guidelines permissions)."""

import pytest
from django.conf import settings

from guidelines.models import GuidelineSet, Topic
from tests.guidelines import factories
from tests.guidelines.admin_helpers import editor_client

pytestmark = pytest.mark.django_db


def objects():
    section = factories.SectionFactory(title_fr="Titre unique")
    return {
        "audience": factories.audience("children"),
        "guidelineset": section.guideline_set,
        "section": section,
        "document": factories.DocumentFactory(guideline_set=section.guideline_set),
        "resource": factories.ResourceFactory(),
        "topic": factories.TopicFactory(),
    }


@pytest.mark.parametrize(
    "model", ["audience", "guidelineset", "section", "document", "resource", "topic"]
)
def test_changelist_search_and_change(client, model):
    editor_client(client)
    obj = objects()[model]
    base = f"/admin/guidelines/{model}/"
    changelist = client.get(base)
    assert changelist.status_code == 200
    assert f"{base}{obj.pk}/change/" in changelist.content.decode()
    search = client.get(base, {"q": "Titre unique" if model == "section" else str(obj)[:6]})
    assert search.status_code == 200
    assert f"{base}{obj.pk}/change/" in search.content.decode()
    change = client.get(f"{base}{obj.pk}/change/")
    assert change.status_code == 200


@pytest.mark.parametrize("model", ["guidelineset", "section", "document", "resource", "topic"])
def test_add_page(client, model):
    editor_client(client)
    assert client.get(f"/admin/guidelines/{model}/add/").status_code == 200


def test_the_four_audiences_cannot_be_added_or_deleted(client):
    editor_client(client)
    children = factories.audience("children")
    assert client.get("/admin/guidelines/audience/add/").status_code == 403
    assert client.get(f"/admin/guidelines/audience/{children.pk}/delete/").status_code == 403


def test_editor_adds_a_set_with_tabs_per_language(client):
    editor_client(client)
    html = client.get("/admin/guidelines/guidelineset/add/").content.decode()
    # modeltranslation's tabs, with the tabs script from our own static files (no CDN);
    # the manifest storage adds a hash before the extension.
    assert "modeltranslation/js/tabbed_translation_fields." in html
    assert settings.JQUERY_UI_URL.removesuffix(".js") in html and "googleapis" not in html
    for suffix in ("ar", "zh_hans", "en", "fr", "ru", "es"):
        assert f'name="title_{suffix}"' in html


def test_editor_creates_a_set_with_sections(client):
    editor_client(client)
    topic = factories.TopicFactory()
    data = {
        "audience": factories.audience("industry").pk,
        "slug": "new-set",
        "position": 1,
        "age_band": "",
        "edition_date": "2024-05-01",
        "published": "on",
        "title_en": "New set",
        "title_fr": "Nouveau guide",
        "summary_en": "",
        "introduction_en": "<p>Intro <script>x()</script></p>",
        "sections-TOTAL_FORMS": 1,
        "sections-INITIAL_FORMS": 0,
        "sections-0-position": 1,
        "sections-0-title_en": "First",
        "sections-0-slug": "first",
        "sections-0-body_en": "<p>Body</p>",
        "sections-0-topics": [topic.pk],
        "documents-TOTAL_FORMS": 0,
        "documents-INITIAL_FORMS": 0,
    }
    response = client.post("/admin/guidelines/guidelineset/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    created = GuidelineSet.objects.get(slug="new-set")
    assert created.title_fr == "Nouveau guide"
    assert created.introduction_en == "<p>Intro </p>"
    assert [section.slug for section in created.sections.all()] == ["first"]
    assert list(created.sections.get().topics.all()) == [topic]


def test_age_band_only_for_children(client):
    editor_client(client)
    response = client.post(
        "/admin/guidelines/guidelineset/add/",
        {
            "audience": factories.audience("industry").pk,
            "slug": "aged",
            "position": 1,
            "age_band": "9-12",
            "edition_date": "2024-05-01",
            "title_en": "Aged",
            "sections-TOTAL_FORMS": 0,
            "sections-INITIAL_FORMS": 0,
            "documents-TOTAL_FORMS": 0,
            "documents-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert "age_band" in response.context["adminform"].form.errors


def test_change_lists_show_missing_languages(client):
    editor_client(client)
    complete = factories.GuidelineSetFactory(title_en="Complete set")
    partial = factories.GuidelineSetFactory(title_en="Partial set")
    factories.SectionFactory(guideline_set=partial, body_ru="", body_es="")
    html = client.get("/admin/guidelines/guidelineset/").content.decode()
    row = html.split("Partial set</a>")[1].split("</tr>")[0]
    assert '<td class="field-missing_languages">ru, es</td>' in row
    row = html.split(f"{complete.title_en}</a>")[1].split("</tr>")[0]
    assert '<td class="field-missing_languages">—</td>' in row


def test_topic_names_may_be_missing_in_several_languages():
    Topic.objects.create(slug="one", name_en="One", name_fr=None)
    Topic.objects.create(slug="two", name_en="Two", name_fr=None)
    assert Topic.objects.filter(name_fr__isnull=True).count() == 2


def test_translation_status_page(client):
    editor_client(client)
    partial = factories.GuidelineSetFactory(title_en="Partial set", title_ru="", summary_es="")
    factories.DocumentFactory(guideline_set=partial, language="ar")
    changelist = client.get("/admin/guidelines/guidelineset/").content.decode()
    assert 'href="/admin/guidelines/guidelineset/translation-status/"' in changelist
    response = client.get("/admin/guidelines/guidelineset/translation-status/")
    assert response.status_code == 200
    rows = {row["object"]: row for row in response.context["rows"]}
    assert len([row for row in rows.values() if not row["is_set"]]) == 4
    cells = {cell["language"]: cell for cell in rows[partial]["cells"]}
    assert [str(item["field"]) for item in cells["ru"]["missing"]] == ["title"]
    assert [str(item["field"]) for item in cells["es"]["missing"]] == ["summary"]
    assert cells["fr"]["missing"] == []
    assert cells["ar"]["has_document"] is True and cells["fr"]["has_document"] is False
    html = response.content.decode()
    assert "1 text missing" in html


def test_translation_status_needs_permission(client, django_user_model):
    user = django_user_model.objects.create_user("visitor", password="x" * 12, is_staff=True)
    client.force_login(user)
    assert client.get("/admin/guidelines/guidelineset/translation-status/").status_code == 403
    client.logout()
    response = client.get("/admin/guidelines/guidelineset/translation-status/")
    assert response.status_code == 302
