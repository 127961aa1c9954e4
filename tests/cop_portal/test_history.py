"""Versions of public content (cop_portal/history.py): change, compare, restore, recover."""

from io import StringIO

import pytest
import reversion
from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from reversion.models import Version

from cop_portal import history
from cop_portal.languages import portal_language
from cop_portal.pages.models import Page
from events.models import Event
from guidelines.models import Audience, Section
from news.models import NewsItem
from partners.models import Partner
from tests.events.factories import EventFactory, event_tag
from tests.factories import UserFactory
from tests.guidelines.factories import (
    DocumentFactory,
    GuidelineSetFactory,
    ResourceFactory,
    SectionFactory,
    TopicFactory,
)
from tests.news.factories import NewsItemFactory, news_tag
from tests.partners.factories import FocusTagFactory, HelpServiceFactory, PartnerFactory
from tests.reliability.test_backup_restore import empty_the_database

pytestmark = pytest.mark.django_db


def saved(obj, user, **changes):
    """Change ``obj`` and save it in a revision, as an admin save does."""
    for name, value in changes.items():
        setattr(obj, name, value)
    with reversion.create_revision():
        obj.save()
        reversion.set_user(user)
    return Version.objects.get_for_object(obj).first()


def admin_url(obj, name, *args):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{name}", args=args)


# Every kind of public content, with a translated text field to change (and where its
# text shows to the public, that page).
CONTENT = {
    "news item": (lambda: NewsItemFactory(), "title", lambda obj: obj.get_absolute_url()),
    "news tag": (lambda: news_tag("privacy"), "name", None),
    "event": (lambda: EventFactory(), "title", lambda obj: obj.get_absolute_url()),
    "event tag": (lambda: event_tag("privacy"), "name", None),
    "audience": (lambda: Audience.objects.get(slug="parents-educators"), "title", None),
    "guideline set": (
        lambda: GuidelineSetFactory(),
        "title",
        lambda obj: obj.get_absolute_url(),
    ),
    "section": (lambda: SectionFactory(), "title", None),
    "topic": (lambda: TopicFactory(), "name", None),
    "resource": (lambda: ResourceFactory(), "title", None),
    "partner": (lambda: PartnerFactory(), "description", lambda obj: obj.get_absolute_url()),
    "help service": (lambda: HelpServiceFactory(), "name", None),
    "focus tag": (lambda: FocusTagFactory(), "name", None),
    "editorial page": (
        lambda: Page.objects.get(key="about"),
        "title",
        lambda obj: obj.get_absolute_url(),
    ),
}


@pytest.mark.parametrize("kind", CONTENT)
def test_change_compare_and_restore(kind, admin_client, admin_user):
    make, field, public_url = CONTENT[kind]
    obj = make()
    first = saved(obj, admin_user, **{f"{field}_en": "Old words", f"{field}_ar": "نص قديم"})
    second = saved(obj, admin_user, **{f"{field}_en": "New words", f"{field}_ar": "نص جديد"})

    history_page = admin_client.get(admin_url(obj, "history", quote(obj.pk)))
    compare = admin_client.get(admin_url(obj, "compare", quote(obj.pk), second.pk))

    assert history_page.status_code == 200
    assert [row["version"] for row in history_page.context["versions"]] == [second, first]
    page = compare.content.decode()
    assert compare.status_code == 200
    assert "<del>Old</del> <ins>New</ins> <span>words</span>" in page
    assert '<span lang="ar" dir="rtl">العربية</span>' in page
    assert '<span lang="en" dir="ltr">English</span>' in page
    [change] = compare.context["changes"]
    assert [(row.language.code, row.old, row.new) for row in change.fields] == [
        ("ar", "نص قديم", "نص جديد"),
        ("en", "Old words", "New words"),
    ]

    response = admin_client.post(admin_url(obj, "restore", quote(obj.pk), first.pk))

    assert response.status_code == 302
    obj.refresh_from_db()
    assert (getattr(obj, f"{field}_en"), getattr(obj, f"{field}_ar")) == ("Old words", "نص قديم")
    newest = Version.objects.get_for_object(obj).first()
    assert newest.revision.get_comment().startswith("Restored the version of ")
    assert newest.revision.user == admin_user
    assert Version.objects.get_for_object(obj).count() == 3


@pytest.mark.parametrize("kind", [kind for kind, case in CONTENT.items() if case[2]])
def test_restore_shows_on_the_public_page_at_once(
    kind, admin_client, admin_user, settings, committed
):
    settings.PAGE_CACHE_SECONDS = 300
    make, field, public_url = CONTENT[kind]
    obj = make()
    text = "<p>{}</p>" if field == "description" else "{}"
    first = saved(obj, admin_user, **{f"{field}_en": text.format("Kept text")})
    saved(obj, admin_user, **{f"{field}_en": text.format("Mistaken text")})
    visitor = Client()
    url = public_url(obj)
    assert "Mistaken text" in visitor.get(url).content.decode()
    assert visitor.get(url)["X-Cache"] == "hit"

    with committed():
        admin_client.post(admin_url(obj, "restore", quote(obj.pk), first.pk))

    page = visitor.get(url)
    assert page["X-Cache"] == "miss"
    assert "Kept text" in page.content.decode()
    assert "Mistaken text" not in page.content.decode()


def test_a_version_keeps_what_the_object_owns(admin_client, admin_user):
    guideline_set = GuidelineSetFactory()
    section = SectionFactory(guideline_set=guideline_set, title_en="Kept section")
    DocumentFactory(guideline_set=guideline_set)
    first = saved(guideline_set, admin_user)
    section.title_en = "Renamed section"
    section.save()
    SectionFactory(guideline_set=guideline_set, title_en="Added section")
    second = saved(guideline_set, admin_user)

    changes = history.compare_versions(first, second)

    assert sorted((change.kind, change.name) for change in changes) == [
        ("added", "Added section"),
        ("changed", "Renamed section"),
    ]
    admin_client.post(admin_url(guideline_set, "restore", guideline_set.pk, first.pk))
    assert list(Section.objects.filter(guideline_set=guideline_set).values_list("title_en")) == [
        ("Kept section",)
    ]
    assert guideline_set.documents.count() == 1


def test_tags_are_part_of_a_news_items_versions(admin_client, admin_user):
    item = NewsItemFactory(tags=["privacy"])
    first = saved(item, admin_user)
    item.tags.set([news_tag("gaming")])
    second = saved(item, admin_user)

    changes = history.compare_versions(first, second)

    assert sorted(change.kind for change in changes) == ["added", "removed"]
    admin_client.post(admin_url(item, "restore", item.pk, first.pk))
    assert [tag.slug for tag in NewsItem.objects.get(pk=item.pk).tags.all()] == ["privacy"]


def test_deleting_asks_first_and_the_deleted_object_can_be_recovered(admin_client, admin_user):
    event = EventFactory(title_en="Safer Internet Day")
    delete_url = admin_url(event, "delete", event.pk)

    confirmation = admin_client.get(delete_url)
    assert confirmation.status_code == 200
    assert Event.objects.filter(pk=event.pk).exists()

    admin_client.post(delete_url, {"post": "yes"})
    assert not Event.objects.filter(pk=event.pk).exists()
    recover_list = admin_client.get(reverse("admin:events_event_recoverlist"))
    [deleted] = recover_list.context["deleted"]
    assert deleted.object_repr == "Safer Internet Day"
    recover_url = reverse("admin:events_event_recover", args=[deleted.pk])
    assert f'<form method="post" action="{recover_url}" class="history-restore">' in (
        recover_list.content.decode()
    )
    assert (
        "Recover deleted"
        in admin_client.get(reverse("admin:events_event_changelist")).content.decode()
    )

    response = admin_client.post(recover_url)

    assert response.status_code == 302
    assert Event.objects.get(pk=event.pk).title_en == "Safer Internet Day"
    assert (
        admin_client.get(reverse("admin:events_event_recoverlist")).context["deleted"].count() == 0
    )


def test_deleting_from_the_list_keeps_the_last_versions(admin_client):
    partner = PartnerFactory(name="Deleted partner")
    HelpServiceFactory(partner=partner, name_en="Its helpline")

    admin_client.post(
        reverse("admin:partners_partner_changelist"),
        {"action": "delete_selected", "_selected_action": [partner.pk], "post": "yes"},
    )

    assert not Partner.objects.filter(pk=partner.pk).exists()
    [deleted] = Version.objects.get_deleted(Partner)
    admin_client.post(reverse("admin:partners_partner_recover", args=[deleted.pk]))
    assert [service.name_en for service in Partner.objects.get(pk=partner.pk).services.all()] == [
        "Its helpline"
    ]


@pytest.mark.parametrize("name", ["compare", "restore"])
def test_versions_of_another_object_or_garbage_are_not_found(admin_client, admin_user, name):
    item, other = NewsItemFactory(), NewsItemFactory()
    other_version = saved(other, admin_user)
    saved(item, admin_user)

    for url in (
        admin_url(item, name, item.pk, other_version.pk),
        admin_url(item, name, "no-such-item", other_version.pk),
        admin_url(item, name, item.pk, 999999),
    ):
        response = admin_client.post(url) if name == "restore" else admin_client.get(url)
        assert response.status_code == 404, url


def test_restore_wants_a_post_and_the_old_form_view_leads_to_compare(admin_client, admin_user):
    item = NewsItemFactory()
    version = saved(item, admin_user)

    assert admin_client.get(admin_url(item, "restore", item.pk, version.pk)).status_code == 405
    response = admin_client.get(admin_url(item, "revision", item.pk, version.pk))
    assert response.url == admin_url(item, "compare", item.pk, version.pk)


def test_an_editor_without_change_permission_cannot_restore(client, admin_user):
    item = NewsItemFactory(title_en="Before")
    first = saved(item, admin_user)
    saved(item, admin_user, title_en="After")
    viewer = UserFactory(username="viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_newsitem"))
    client.force_login(viewer)

    assert client.get(admin_url(item, "compare", item.pk, first.pk)).status_code == 200
    assert client.post(admin_url(item, "restore", item.pk, first.pk)).status_code == 403
    item.refresh_from_db()
    assert item.title_en == "After"


def test_a_backup_keeps_the_versions_and_they_restore_after_it(admin_client, admin_user, tmp_path):
    item = NewsItemFactory(tags=["privacy"])
    first = saved(item, admin_user, title_en="Before the backup")
    saved(item, admin_user, title_en="Mistake")
    archive = tmp_path / "portal.tar.gz"
    call_command("backup_portal", str(archive), stdout=StringIO())

    empty_the_database()
    call_command("restore_portal", str(archive), stdout=StringIO())

    assert Version.objects.get_for_object_reference(NewsItem, item.pk).count() == 2
    admin_client.force_login(get_user_model().objects.get(username=admin_user.username))
    admin_client.post(admin_url(item, "restore", item.pk, first.pk))
    assert NewsItem.objects.get(pk=item.pk).title_en == "Before the backup"


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_history_pages_speak_the_admin_language(code, admin_client, admin_user):
    item = NewsItemFactory()
    first = saved(item, admin_user, title_en="Old words")
    saved(item, admin_user, title_en="New words")
    headers = {"HTTP_ACCEPT_LANGUAGE": code}

    history_page = admin_client.get(admin_url(item, "history", item.pk), **headers)
    compare = admin_client.get(admin_url(item, "compare", item.pk, first.pk), **headers)

    with translation.override(code):
        restore, what_changed = gettext("Restore this version"), gettext("What changed")
    assert restore in history_page.content.decode()
    assert what_changed in history_page.content.decode()
    assert restore in compare.content.decode()
    assert f'dir="{portal_language(code).direction}"' in compare.content.decode()[:200]
