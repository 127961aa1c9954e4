"""The editorial pages for the demo: their first texts (initial_pages.toml).

Idempotent, and it never overwrites staff's work: a page is created if it is missing
(after a test flushed the database) and brought up to date with the file only while it
has no version in its history, i.e. no one has saved it in the admin (every admin save
keeps a version: cop_portal/history_admin.py).
"""

from cop_portal.history import versions_of
from cop_portal.pages.initial import initial_pages, page_fields
from cop_portal.pages.models import Page


def load(command):
    for record in initial_pages():
        page = Page.objects.filter(key=record["key"]).first()
        if page is not None and versions_of(Page, page.pk).exists():
            command.step(f"kept page '{record['key']}' as staff edited it")
            continue
        page = page or Page(key=record["key"])
        for name, value in page_fields(record).items():
            setattr(page, name, value)
        created = page.pk is None
        page.save()
        command.step(f"{'created' if created else 'updated'} page '{record['key']}'")
    return []
