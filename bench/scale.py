"""What grows with the content, at the demo and at many times it: ``make bench-scale``.

``make bench`` measures each kind of page on the demo content; ``make bench-search``
measures the search functions alone on ten copies of the searchable rows. This measures
whole pages as a reader gets them when there is far more content than the demo holds:

1. the demo content;
2. the demo plus ``BENCH_SCALE_PARTNERS`` partners (1,000), ``BENCH_SCALE_NEWS`` news
   items (3,000) and ``BENCH_SCALE_EVENTS`` events (1,000), all published: copies of the
   demo's published rows (texts, tags, organisers and related partners kept), news
   spread over the last ten years, events from ten years back to one year ahead.

For each: every list page (news, events, partners, guideline index, help), every feed
(news RSS and Atom, events RSS, events/feed.ics) and a search for a common and a rare
word in each of ``BENCH_SCALE_LANGUAGES`` (en, ar, zh-hans), then the sitemap index and
every sitemap section with its second page when the index lists one. Each is requested
in this process with Django's test client, page cache off
(``DJANGO_PAGE_CACHE_SECONDS=0``): milliseconds (median of ``BENCH_SCALE_REPEAT``, 5,
after one warm-up), bytes of the body and SQL queries.

In a fresh database (PostgreSQL when ``DATABASE_URL`` names one, else SQLite) that is
dropped afterwards. Prints one table and writes bench/scale.json.
"""

import copy
import json
import logging
import os
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote, urlsplit

from bench.on_demo import run_on_demo, setup_django

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "scale.json"
REPEAT = int(os.environ.get("BENCH_SCALE_REPEAT", "5"))
LANGUAGES = os.environ.get("BENCH_SCALE_LANGUAGES", "en ar zh-hans").split()
GROWTH = {
    "partners": int(os.environ.get("BENCH_SCALE_PARTNERS", "1000")),
    "news": int(os.environ.get("BENCH_SCALE_NEWS", "3000")),
    "events": int(os.environ.get("BENCH_SCALE_EVENTS", "1000")),
}
# The list pages and feeds, in every language measured.
PAGES = [
    "news/",
    "events/",
    "partners/",
    "guidelines/",
    "help/",
    "news/rss/",
    "news/atom/",
    "events/rss/",
    "events/feed.ics",
]
# (language, a word most items have, a rarer word): those of bench/search_scale.py.
SEARCH_WORDS = {
    "ar": ("الأطفال", "الاستدراج"),
    "zh-hans": ("儿童", "欺凌"),
    "en": ("children", "bullying"),
    "fr": ("enfants", "harcèlement"),
    "ru": ("детей", "кибербуллинг"),
    "es": ("niños", "acoso"),
}


def main():
    run_on_demo("bench.scale", "scale", collect_static=True, DJANGO_PAGE_CACHE_SECONDS="0")


def measure():
    setup_django()
    from django.conf import settings
    from django.db import connection

    assert settings.PAGE_CACHE_SECONDS <= 0, "the page cache must be off"
    # One log line per request would bury the table.
    logging.getLogger("cop_portal.requests").setLevel(logging.WARNING)
    phases = {}
    analyze(connection)
    phases["demo"] = {"rows": counts(), "pages": measure_pages()}
    print("bench-scale: adding " + ", ".join(f"{n} {kind}" for kind, n in GROWTH.items()))
    grow(**GROWTH)
    analyze(connection)
    phases["grown"] = {"rows": counts(), "pages": measure_pages()}
    report(connection.vendor, phases)


def analyze(connection):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def counts():
    from events.models import Event
    from news.models import NewsItem
    from partners.models import Partner

    return {
        "partners": Partner.objects.published().count(),
        "news": NewsItem.objects.published().count(),
        "events": Event.objects.published().count(),
    }


def paths():
    """``(row name, path)`` of everything measured, sitemaps last."""
    for language in LANGUAGES:
        for page in PAGES:
            yield f"{language} {page}", f"/{language}/{page}"
        for word in SEARCH_WORDS.get(language, ()):
            yield f"{language} search {word}", f"/{language}/search/?q={quote(word)}"


def measure_one(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path)  # warm-up (templates, translations, connection)
    times = []
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(path)
            body = response.content
            times.append((time.perf_counter() - start) * 1000)
    return {
        "path": path,
        "status": response.status_code,
        "ms": round(statistics.median(times), 1),
        "bytes": len(body),
        "queries": len(queries),
    }, body


def measure_pages():
    from django.test import Client

    client = Client()
    rows = {}
    for name, path in paths():
        rows[name], _body = measure_one(client, path)
    rows["sitemap.xml"], index = measure_one(client, "/sitemap.xml")
    for location in sitemap_locations(index):
        parts = urlsplit(location)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        name = path.lstrip("/")
        # Page 2 of a section, when there is one; the further pages are alike.
        if parts.query and parts.query != "p=2":
            continue
        rows[name], _body = measure_one(client, path)
    return rows


def sitemap_locations(index):
    from xml.etree import ElementTree

    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    return [element.text for element in ElementTree.fromstring(index).iter(f"{namespace}loc")]


# --- More content -----------------------------------------------------------------------


def _copies(originals, count, number_from):
    """``count`` unsaved copies of ``originals`` taken in turn, with unique slugs."""
    copies = []
    for number in range(count):
        original = originals[number % len(originals)]
        item = copy.copy(original)
        item.__dict__ = dict(original.__dict__)
        item.pk = None
        item.id = None
        item._state = copy.copy(original._state)
        item._state.adding = True
        item._state.fields_cache = {}
        suffix = number_from + number
        for field in type(item)._meta.concrete_fields:
            value = getattr(item, field.attname)
            if not field.unique or field.primary_key:
                continue
            if isinstance(value, uuid.UUID):
                setattr(item, field.attname, uuid.uuid4())
            elif isinstance(value, str):
                separator = "-" if field.get_internal_type() == "SlugField" else " "
                keep = field.max_length - len(f"{separator}{suffix}")
                setattr(item, field.attname, f"{value[:keep]}{separator}{suffix}")
        copies.append((original, item))
    return copies


def _copy_relations(model, pairs):
    """Give each copy the many-to-many rows (tags included) of its original."""
    for field in [*model._meta.many_to_many, *model._meta.private_fields]:
        through = getattr(getattr(field, "remote_field", None), "through", None)
        if through is None:
            continue
        own = next(
            f for f in through._meta.concrete_fields if f.is_relation and f.related_model is model
        )
        rows = {}
        for row in through.objects.filter(**{f"{own.name}__in": [o for o, _c in pairs]}):
            rows.setdefault(getattr(row, own.attname), []).append(row)
        new_rows = []
        for original, item in pairs:
            for row in rows.get(original.pk, []):
                values = {
                    f.attname: getattr(row, f.attname)
                    for f in through._meta.concrete_fields
                    if not f.primary_key
                }
                values[own.attname] = item.pk
                new_rows.append(through(**values))
        through.objects.bulk_create(new_rows, batch_size=500)


def grow(partners, news, events):
    from django.utils import timezone

    from events.models import Event
    from news.models import NewsItem
    from partners.models import Partner

    randomness = random.Random(15)
    now = timezone.now()

    pairs = _copies(list(Partner.objects.published().order_by("pk")), partners, 1)
    for _original, partner in pairs:
        partner.featured = False
    Partner.objects.bulk_create([item for _o, item in pairs], batch_size=500)
    _copy_relations(Partner, pairs)

    pairs = _copies(list(NewsItem.objects.published().order_by("pk")), news, 1)
    for _original, item in pairs:
        item.published_at = now - timedelta(seconds=randomness.randrange(10 * 365 * 86400))
    NewsItem.objects.bulk_create([item for _o, item in pairs], batch_size=500)
    _copy_relations(NewsItem, pairs)

    pairs = _copies(list(Event.objects.published().order_by("pk")), events, 1)
    for _original, event in pairs:
        shift = timedelta(days=randomness.randrange(-10 * 365, 365)) - (
            event.first_day - now.date()
        )
        for name in ("start_date", "end_date", "starts_at", "ends_at"):
            value = getattr(event, name)
            if value is not None:
                setattr(event, name, value + shift)
        event.first_day, event.last_day = event.local_days()
    Event.objects.bulk_create([item for _o, item in pairs], batch_size=500)
    _copy_relations(Event, pairs)


# --- The report ---------------------------------------------------------------------------


def _size(count):
    return f"{count / 1024:.0f} KB" if count >= 10240 else f"{count / 1024:.1f} KB"


def report(vendor, phases):
    demo, grown = phases["demo"], phases["grown"]
    print(
        f"\nbench-scale on {vendor}, page cache off, in-process: ms (median of {REPEAT}), "
        "body size, SQL queries"
    )
    for name, phase in phases.items():
        print(f"  {name}: " + ", ".join(f"{count} {kind}" for kind, count in phase["rows"].items()))
    header = (
        f"{'page':<36}{'demo ms':>9}{'size':>10}{'q':>4}"
        f"{'grown ms':>10}{'size':>10}{'q':>4}{'× ms':>7}"
    )
    print(header)
    failures = []
    names = list(demo["pages"]) + [n for n in grown["pages"] if n not in demo["pages"]]
    for name in names:
        cells = []
        for phase in (demo, grown):
            row = phase["pages"].get(name)
            if row is None:
                cells.append(f"{'—':>9}{'':>10}{'':>4}")
                continue
            if row["status"] != 200:
                failures.append(f"{name}: {row['status']}")
            cells.append(f"{row['ms']:>9.1f}{_size(row['bytes']):>10}{row['queries']:>4}")
        before, after = demo["pages"].get(name), grown["pages"].get(name)
        ratio = f"{after['ms'] / before['ms']:>7.1f}" if before and after and before["ms"] else ""
        print(f"{name:<36}{cells[0]}{' ' + cells[1]}{ratio}")
    RESULTS.write_text(
        json.dumps(
            {"database": vendor, "repeat": REPEAT, "growth": GROWTH, "phases": phases},
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"\nwritten to {RESULTS.relative_to(REPO)}")
    if failures:
        print("not 200: " + ", ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    if "--measure" in sys.argv:
        measure()
    else:
        main()
