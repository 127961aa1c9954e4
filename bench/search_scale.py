"""Search with the demo content and with ten times as much: ``make bench-search``.

``make bench`` measures the search page over HTTP against Django's floor on the demo
content. This measures what grows with the content: the search itself (for each kind,
the count and the first page of ranked, highlighted results, as the search page asks
them) for a common and a rarer word in each language,

1. on the demo content,
2. on ten times the demo content (every searchable row copied nine times),
3. on PostgreSQL, the same without the full-text search indexes,

in a fresh database (PostgreSQL when ``DATABASE_URL`` names one, else SQLite) that is
dropped afterwards. It prints milliseconds per search (median of ``REPEAT`` runs) and
writes bench/search_scale.json.
"""

import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

from bench.on_demo import run_on_demo, setup_django

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "search_scale.json"
REPEAT = int(os.environ.get("BENCH_SEARCH_REPEAT", "5"))
FACTOR = 10
# (language, a word most items have, a rarer word). Same shape as tests/browser/test_admin.py
# ENHANCEMENTS: a table of tuples, data not logic.
QUERIES = [
    ("ar", "الأطفال", "الاستدراج"),
    ("zh-hans", "儿童", "欺凌"),
    ("en", "children", "bullying"),
    ("fr", "enfants", "harcèlement"),
    ("ru", "детей", "кибербуллинг"),
    ("es", "niños", "acoso"),
]


def main():
    run_on_demo("bench.search_scale", "search")


def measure():
    setup_django()
    from django.core.paginator import Paginator
    from django.db import connection
    from django.utils import translation

    from cop_portal.search import build_results, run_search, search_sources
    from cop_portal.search_indexes import index_name
    from cop_portal.search_views import RESULTS_PER_KIND

    sources = search_sources()

    def one_search(language, query):
        found, more = 0, False
        with translation.override(language):
            for source in sources:
                matches = run_search(source, query, language)
                paginator = Paginator(matches.results, RESULTS_PER_KIND)
                paginator.count = matches.count
                page = paginator.page(1)
                build_results(source, page.object_list, query, language)
                found += paginator.count
                more = more or matches.more
        return f"{found}+" if more else str(found)

    def timings():
        rows = {}
        for language, *words in QUERIES:
            for word in words:
                one_search(language, word)  # warm up
                times = []
                for _ in range(REPEAT):
                    start = time.perf_counter()
                    found = one_search(language, word)
                    times.append((time.perf_counter() - start) * 1000)
                rows[f"{language} {word}"] = {"ms": statistics.median(times), "found": found}
        return rows

    def analyze():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def counts():
        return {source.kind: source.queryset().model.objects.count() for source in sources}

    phases = {}
    analyze()
    phases["demo"] = (counts(), timings())
    multiply(sources, FACTOR)
    analyze()
    phases[f"demo × {FACTOR}"] = (counts(), timings())
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for source in sources:
                model = source.queryset().model
                for language in ("ar", "en", "fr", "ru", "es"):
                    cursor.execute(f'DROP INDEX IF EXISTS "{index_name(model, language)}"')
        analyze()
        phases[f"demo × {FACTOR}, no search index"] = (counts(), timings())

    report(connection.vendor, phases)


def multiply(sources, factor):
    """Copy every row of the searchable models ``factor - 1`` times (unique values made
    unique again; relations and translations kept)."""
    for source in sources:
        model = source.queryset().model
        originals = list(model.objects.all())
        copies = []
        for number in range(1, factor):
            for original in originals:
                values = {}
                for field in model._meta.concrete_fields:
                    if field.primary_key:
                        continue
                    value = getattr(original, field.attname)
                    if field.unique and isinstance(value, uuid.UUID):
                        value = uuid.uuid4()
                    elif field.unique and isinstance(value, str):
                        value = f"{value}-{number}"[: field.max_length]
                    values[field.attname] = value
                if any(f.name == "slug" and not f.unique for f in model._meta.fields):
                    values["slug"] = f"{values['slug']}-{number}"
                copies.append(model(**values))
        model.objects.bulk_create(copies, batch_size=200)


def report(vendor, phases):
    names = list(phases)
    print(f"\nbench-search on {vendor}: milliseconds per search (median of {REPEAT})")
    for name, (counts, _rows) in phases.items():
        print(f"  {name}: {', '.join(f'{kind} {count}' for kind, count in counts.items())}")
    header = f"{'query':<26}" + "".join(f"{name:>32}" for name in names)
    print(header)
    first_rows = phases[names[0]][1]
    for query in first_rows:
        cells = []
        for name in names:
            row = phases[name][1][query]
            cells.append(f"{row['ms']:>10.1f} ms {row['found']:>5} found")
        print(f"{query:<26}" + "".join(f"{cell:>32}" for cell in cells))
    RESULTS.write_text(
        json.dumps(
            {
                "database": vendor,
                "repeat": REPEAT,
                "phases": {name: {"rows": c, "searches": r} for name, (c, r) in phases.items()},
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"\nwritten to {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    if "--measure" in sys.argv:
        measure()
    else:
        main()
