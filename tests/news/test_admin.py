import datetime

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from cop_portal.roles import EDITORS_GROUP
from cop_portal.time_zones import OFFICE_ZONE
from news.models import NewsItem
from tests.news.factories import LANGUAGE_CODES, NewsItemFactory, make_editor, translated_texts

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/news/newsitem/"


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


def form_data(item=None, **changes):
    """The change form's fields, as the browser would post them."""
    data = {"slug": "", "status": "draft", "published_at_0": "", "published_at_1": "", "tags": []}
    for field in ("title", "summary", "body", "image_alt"):
        for code in LANGUAGE_CODES:
            name = build_localized_fieldname(field, code)
            data[name] = (getattr(item, name, None) or "") if item else ""
    if item:
        data.update(slug=item.slug, status=item.status)
        if item.published_at:
            # The admin shows (and reads) times in the office's zone.
            shown = timezone.localtime(item.published_at, OFFICE_ZONE)
            data["published_at_0"] = shown.strftime("%Y-%m-%d")
            data["published_at_1"] = shown.strftime("%H:%M:%S")
        data["tags"] = [tag.pk for tag in item.tags.all()]
        data["partners"] = [partner.pk for partner in item.partners.all()]
        data["events"] = [event.pk for event in item.events.all()]
    data.update(changes)
    return data


def test_changelist_shows_state_missing_translations_and_preview(editor_client):
    NewsItemFactory(**translated_texts(1, LANGUAGE_CODES))
    NewsItemFactory(title_en="English only", slug="english-only")
    NewsItemFactory(
        title_en="Later", published_at=timezone.now() + datetime.timedelta(days=2), slug="later"
    )
    NewsItemFactory(title_en="Unfinished", status=NewsItem.Status.DRAFT, slug="unfinished")

    response = editor_client.get(CHANGELIST)

    page = response.content.decode()
    assert response.status_code == 200
    assert '<td class="field-missing_translations">ar, zh-hans, fr, ru, es</td>' in page
    assert '<td class="field-missing_translations">—</td>' in page
    assert "Scheduled for" in page
    assert '<td class="field-publication_state">Draft</td>' in page
    assert '<a href="/en/news/unfinished/preview/">Preview</a>' in page


@pytest.mark.parametrize(
    ("publication", "titles"),
    [
        ("draft", ["Unfinished"]),
        ("scheduled", ["Later"]),
        ("public", ["Out"]),
    ],
)
def test_publication_filter(editor_client, publication, titles):
    NewsItemFactory(title_en="Out", slug="out")
    NewsItemFactory(
        title_en="Later", published_at=timezone.now() + datetime.timedelta(days=2), slug="later"
    )
    NewsItemFactory(title_en="Unfinished", status=NewsItem.Status.DRAFT, slug="unfinished")

    response = editor_client.get(CHANGELIST, {"publication": publication})

    assert [item.title_en for item in response.context["cl"].result_list] == titles


def test_search_finds_any_language(editor_client):
    NewsItemFactory(title_en="Privacy", title_fr="Vie privée")
    NewsItemFactory(title_en="Something else")
    response = editor_client.get(CHANGELIST, {"q": "privée"})
    assert [item.title_en for item in response.context["cl"].result_list] == ["Privacy"]


def test_add_form_has_language_tabs_served_locally(editor_client):
    response = editor_client.get(CHANGELIST + "add/")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="title_zh_hans"' in page
    assert "/static/cop_portal/vendor/jquery-ui/jquery-ui.min." in page
    assert "modeltranslation/js/tabbed_translation_fields." in page
    assert "googleapis" not in page and "//code.jquery" not in page


def test_editor_adds_a_draft_and_becomes_its_author(editor_client):
    response = editor_client.post(
        CHANGELIST + "add/",
        form_data(title_en="New item", slug="new-item", title_fr="Nouvel article"),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    item = NewsItem.objects.get(slug="new-item")
    assert item.status == NewsItem.Status.DRAFT
    assert item.author.username == "editor"
    assert item.title_fr == "Nouvel article"


def test_publishing_without_english_text_is_refused_in_the_form(editor_client):
    item = NewsItemFactory(status=NewsItem.Status.DRAFT, body_en="", summary_en="")
    response = editor_client.post(
        f"{CHANGELIST}{item.pk}/change/", form_data(item, status="published", body_fr="<p>Oui</p>")
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"summary_en", "body_en"}
    item.refresh_from_db()
    assert item.status == NewsItem.Status.DRAFT


def test_publishing_from_the_form_without_a_time_publishes_now(editor_client):
    item = NewsItemFactory(status=NewsItem.Status.DRAFT, published_at=None)
    response = editor_client.post(
        f"{CHANGELIST}{item.pk}/change/", form_data(item, status="published")
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.is_public


def test_image_without_description_is_refused(editor_client, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.news.test_models import png_bytes

    item = NewsItemFactory()
    data = form_data(item, image=SimpleUploadedFile("x.png", png_bytes(), "image/png"))
    response = editor_client.post(f"{CHANGELIST}{item.pk}/change/", data)
    assert response.status_code == 200
    assert "image_alt_en" in response.context["adminform"].form.errors


@pytest.mark.parametrize(
    ("filename", "content"),
    [("evil.svg", b"<svg onload='alert(1)'/>"), ("evil.png", b"<?php echo 1; ?>")],
)
def test_non_images_are_refused(editor_client, filename, content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    item = NewsItemFactory()
    data = form_data(item, image=SimpleUploadedFile(filename, content), image_alt_en="Alt")
    response = editor_client.post(f"{CHANGELIST}{item.pk}/change/", data)
    assert response.status_code == 200
    assert "image" in response.context["adminform"].form.errors
    item.refresh_from_db()
    assert not item.image


def test_publish_action_refuses_incomplete_items_and_logs_the_others(editor_client):
    ready = NewsItemFactory(status=NewsItem.Status.DRAFT, published_at=None, slug="ready")
    incomplete = NewsItemFactory(status=NewsItem.Status.DRAFT, body_en="", slug="incomplete")

    response = editor_client.post(
        CHANGELIST,
        {"action": "publish", "_selected_action": [ready.pk, incomplete.pk]},
        follow=True,
    )

    messages = [str(message) for message in response.context["messages"]]
    assert any("incomplete" not in m and "1 item changed." in m for m in messages)
    assert any("English" in m for m in messages)
    ready.refresh_from_db()
    incomplete.refresh_from_db()
    assert ready.is_public
    assert incomplete.status == NewsItem.Status.DRAFT
    entry = LogEntry.objects.get(object_id=str(ready.pk), action_flag=CHANGE)
    assert entry.get_change_message() == "Changed status and publication time."


def test_return_to_draft_action(editor_client):
    item = NewsItemFactory()
    editor_client.post(CHANGELIST, {"action": "return_to_draft", "_selected_action": [item.pk]})
    item.refresh_from_db()
    assert item.status == NewsItem.Status.DRAFT


def test_history_lists_the_changed_fields_per_language(editor_client):
    item = NewsItemFactory()
    response = editor_client.post(
        f"{CHANGELIST}{item.pk}/change/",
        form_data(item, title_fr="Titre", body_en="<p>Rewritten</p>"),
    )
    assert response.status_code == 302

    history = editor_client.get(f"{CHANGELIST}{item.pk}/history/")

    page = history.content.decode()
    assert history.status_code == 200
    assert "Changed Title [fr] and Body [en]." in page
    assert "editor" in page


def test_change_form_links_previews_in_six_languages_and_view_on_site(editor_client):
    item = NewsItemFactory(status=NewsItem.Status.DRAFT, slug="draft-item")
    page = editor_client.get(f"{CHANGELIST}{item.pk}/change/").content.decode()
    for code, hreflang in [("ar", "ar"), ("zh-hans", "zh-Hans"), ("es", "es")]:
        assert f'<a href="/{code}/news/draft-item/preview/" lang="{hreflang}">' in page
    assert 'href="/en/news/draft-item/preview/" class="viewsitelink"' in page


def test_editors_cannot_manage_users(editor_client):
    assert editor_client.get("/admin/auth/user/").status_code == 403
    assert editor_client.get("/admin/auth/group/").status_code == 403


def test_editors_group_holds_the_news_and_tag_permissions():
    codenames = set(
        Group.objects.get(name=EDITORS_GROUP).permissions.values_list("codename", flat=True)
    )
    assert {
        "add_newsitem", "change_newsitem", "delete_newsitem", "view_newsitem",
        "add_tag", "change_tag", "delete_tag", "view_tag",
    } <= codenames  # fmt: skip


def test_editor_links_partners_to_an_item(editor_client):
    from tests.news.test_related import make_partner

    partner = make_partner("Internet Watch Foundation")
    item = NewsItemFactory()
    response = editor_client.post(
        f"{CHANGELIST}{item.pk}/change/", form_data(item, partners=[partner.pk])
    )
    assert response.status_code == 302
    assert list(item.partners.all()) == [partner]


def test_editor_links_events_to_an_item(editor_client):
    from tests.events.factories import EventFactory

    event = EventFactory()
    item = NewsItemFactory()
    response = editor_client.post(
        f"{CHANGELIST}{item.pk}/change/", form_data(item, events=[event.pk])
    )
    assert response.status_code == 302
    assert list(item.events.all()) == [event]
