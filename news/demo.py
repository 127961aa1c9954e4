"""Demo news: the reference page's news items, one scheduled item and one draft.

Idempotent: items are updated in place by slug. The texts are in news/demo.toml.
"""

import datetime
import io

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from cop_portal import demo_data
from cop_portal.demo_data import (
    DemoLogin,
    demo_account,
    demo_history,
    filled,
    save_tag,
    translated,
)
from cop_portal.roles import EDITORS_GROUP, ensure_editors_group
from cop_portal.time_zones import OFFICE_ZONE, in_zones
from events.models import Event
from news.models import NewsItem, NewsTag
from partners.models import Partner

DATA = demo_data.read("news")
NEWS_ITEMS = DATA["news_item"]
EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "cop-demo-editor"


def next_safer_internet_day(now):
    """08:00 in Geneva on the next Safer Internet Day (second Tuesday of February)."""
    year = now.year
    while True:
        first = datetime.date(year, 2, 1)
        second_tuesday = first + datetime.timedelta(days=(1 - first.weekday()) % 7 + 7)
        morning = datetime.datetime.combine(second_tuesday, datetime.time(8), tzinfo=OFFICE_ZONE)
        if morning > now:
            return morning
        year += 1


def network_picture():
    """A small picture drawn here (five joined circles), so the demo ships no image file."""
    image = Image.new("RGB", (640, 320), "#f2f5f9")
    draw = ImageDraw.Draw(image)
    points = [(120, 90), (320, 60), (520, 110), (220, 240), (440, 250)]
    for start in points:
        for end in points:
            draw.line([start, end], fill="#c9d2dc", width=3)
    for x, y in points:
        draw.ellipse([x - 34, y - 34, x + 34, y + 34], fill="#0b5394", outline="#073763", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return ContentFile(buffer.getvalue(), name="network.png")


def load_editor(command):
    editors = ensure_editors_group() or Group.objects.get(name=EDITORS_GROUP)
    editor, created = demo_account(
        EDITOR_USERNAME,
        EDITOR_PASSWORD,
        groups=[editors],
        email="editor@example.org",
        first_name="Demo",
        last_name="Editor",
    )
    command.step(
        f"{'created' if created else 'updated'} editor '{EDITOR_USERNAME}' (Editors group)"
    )
    return editor


def save_item(data, *, status, published_at, author):
    # An untranslated text stays NULL, as the model leaves it.
    fields = translated(data, "title", "summary", "body", "image_alt", blank=None)
    item, _created = NewsItem.objects.update_or_create(
        slug=data["slug"],
        defaults={**fields, "status": status, "published_at": published_at, "author": author},
    )
    item.tags.set([save_tag(NewsTag, name) for name in data["tags"]], clear=True)
    item.partners.set(
        [
            partner
            for name in data.get("partners", ())
            for partner in Partner.objects.filter(name__icontains=name)[:1]
        ]
    )
    item.events.set(Event.objects.filter(slug__in=data.get("events", ())))
    # (Re)drawn when missing, also when the file is gone from storage (a lost volume).
    if data.get("image") and not (item.image and item.image.storage.exists(item.image.name)):
        item.image.save(f"{item.slug}.png", network_picture(), save=False)
        item.save()
    item.full_clean()
    return item


def load(command):
    editor = load_editor(command)
    for data in NEWS_ITEMS:
        save_item(
            data,
            status=NewsItem.Status.PUBLISHED,
            published_at=data["published_at"],
            author=editor,
        )
    estimated = sum(1 for data in NEWS_ITEMS if data["date_is_estimate"])
    partner_links = NewsItem.partners.through.objects.count()
    event_links = NewsItem.events.through.objects.count()
    command.step(
        f"{len(NEWS_ITEMS)} news items from the reference page, in six languages "
        f"({estimated} with an estimated date, see news/demo.toml), "
        f"{partner_links} links to partners, {event_links} to events, "
        f"{NewsTag.objects.count()} tags named in six languages"
    )

    for record in DATA["news_history"]:
        item = NewsItem.objects.get(slug=record["slug"])
        earlier = [translated(state, "title") for state in record["earlier"]]
        if demo_history(item, earlier, user=editor):
            command.step(f"history of '{item.slug}': {len(earlier) + 1} versions")

    publish_at = next_safer_internet_day(timezone.now())
    (scheduled_item,) = DATA["scheduled_item"]
    scheduled = save_item(
        filled(scheduled_item, year=publish_at.year),
        status=NewsItem.Status.PUBLISHED,
        published_at=publish_at,
        author=editor,
    )
    # Said as the admin says it (cop_portal/time_zones.py).
    command.step(
        f"scheduled '{scheduled.slug}' for {in_zones(publish_at, OFFICE_ZONE)} (hidden until then)"
    )
    (draft_item,) = DATA["draft_item"]
    draft = save_item(draft_item, status=NewsItem.Status.DRAFT, published_at=None, author=editor)
    command.step(f"draft '{draft.slug}' (never public until published)")
    return [
        DemoLogin(
            "Editor (Editors group)",
            EDITOR_USERNAME,
            EDITOR_PASSWORD,
        )
    ]
