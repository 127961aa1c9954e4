"""The editorial pages' first texts (initial_pages.toml), for the data migration that
creates the pages and for the demo loader.

The file has the shape of the apps' demo.toml files (cop_portal/demo_data.py): one
``[[page]]`` table per page, each translated field a table keyed by language code.
"""

import tomllib
from pathlib import Path

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

INITIAL_PAGES_FILE = Path(__file__).with_name("initial_pages.toml")
TRANSLATED_FIELDS = ("title", "summary", "body")
LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)


def initial_pages():
    """The records of initial_pages.toml, one per page."""
    with INITIAL_PAGES_FILE.open("rb") as file:
        return tomllib.load(file)["page"]


def page_fields(record):
    """The field values of one record: each translated field in every language
    (``title_en``, ``title_zh_hans``...), and whether the page is published. Every page
    is written in the six languages: a missing one is an error, not a blank page."""
    values = {"published": record["published"]}
    for field in TRANSLATED_FIELDS:
        texts = record[field]
        if sorted(texts) != sorted(LANGUAGE_CODES):
            raise ValueError(f"{record['key']}, {field}: languages {sorted(texts)}")
        for code in LANGUAGE_CODES:
            values[build_localized_fieldname(field, code)] = texts[code].strip()
    return values


def create_missing_pages(Page):
    """Create each page that does not exist yet from its first texts (``Page`` may be a
    migration's historical model); an existing page is left as it is. Returns the keys
    of the pages created."""
    created = []
    for record in initial_pages():
        fields = page_fields(record)
        # The untranslated column mirrors English, as modeltranslation keeps it.
        english = {
            field: fields[build_localized_fieldname(field, "en")] for field in TRANSLATED_FIELDS
        }
        _page, was_created = Page.objects.get_or_create(
            key=record["key"], defaults={**english, **fields}
        )
        if was_created:
            created.append(record["key"])
    return created
