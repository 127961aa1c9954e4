import datetime

import factory
from django.conf import settings
from django.contrib.auth.models import Group
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname

from cop_portal.roles import EDITORS_GROUP
from news.models import NewsItem, NewsTag
from tests.factories import ModelFactory, UserFactory, related

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PAST = datetime.datetime(2020, 1, 1, 9, 0, tzinfo=datetime.UTC)


class NewsItemFactory(ModelFactory):
    """A public item with English text only, published on 1 January 2020 + n hours."""

    class Meta:
        model = NewsItem

    title_en = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    summary_en = factory.Sequence(lambda n: f"Summary of news item {n}.")
    body_en = factory.Sequence(lambda n: f"<p>Body of news item {n}.</p>")
    status = NewsItem.Status.PUBLISHED
    published_at = factory.Sequence(lambda n: PAST + datetime.timedelta(hours=n))

    # tags=["privacy"]: tags by English name, created (English only) if new.
    tags = related("tags", lambda name: news_tag(name))


def news_tag(name, **names):
    """The tag with English ``name`` (created if new), with other languages' ``names``."""
    tag, _created = NewsTag.objects.get_or_create(
        slug=slugify(name), defaults={"name": name, "name_en": name, **names}
    )
    return tag


def translated_texts(item_number, languages):
    """Title, summary and body fields for ``languages``, marked with the language code."""
    fields = {}
    for code in languages:
        fields[build_localized_fieldname("title", code)] = f"Title {item_number} [{code}]"
        fields[build_localized_fieldname("summary", code)] = f"Summary {item_number} [{code}]"
        fields[build_localized_fieldname("body", code)] = f"<p>Body {item_number} [{code}]</p>"
    return fields


def make_editor(username="editor"):
    """A staff user in the Editors group (created by the news migrations)."""
    editor = UserFactory(username=username, is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return editor
