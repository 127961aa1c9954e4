import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from news.demo import NEWS_ITEMS
from news.models import NewsItem
from tests.news.factories import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


class TestTheLoadedDemo:
    """Tests that only read the demo: it is loaded once for all of them (demo_content)."""

    @pytest.fixture
    def demo(self, demo_content):
        return demo_content.output

    def test_demo_news_are_public_translated_and_dated(self, demo, client):
        public = NewsItem.objects.published()
        assert public.count() == len(NEWS_ITEMS) >= 15
        for item in NewsItem.objects.all():
            for field in ("title", "summary", "body"):
                for code in LANGUAGE_CODES:
                    assert getattr(item, build_localized_fieldname(field, code)), (
                        item.slug,
                        field,
                        code,
                    )
        launch = public.get(slug="cop-global-initiative-launched")
        assert launch.published_at.date().isoformat() == "2010-11-17"
        assert launch.image and launch.image_alt_ar
        assert "editor" in demo and "cop-demo-editor" in demo

    def test_demo_has_a_scheduled_item_and_a_draft_that_stay_hidden(self, demo, client):
        scheduled = NewsItem.objects.scheduled().get()
        draft = NewsItem.objects.drafts().get()
        assert scheduled.published_at > timezone.now()
        assert scheduled.published_at.astimezone().weekday() == 1  # a Tuesday in February
        assert scheduled.published_at.month == 2
        for item in (scheduled, draft):
            assert client.get(f"/en/news/{item.slug}/").status_code == 404
            assert item.slug.encode() not in client.get("/en/news/rss/").content

    def test_demo_news_appear_on_their_events_and_partners_pages(self, demo, client):
        cwg = client.get("/en/events/council-working-group-cop-2013-10/").content.decode()
        assert 'href="/en/news/council-working-group/"' in cwg
        kampala = client.get("/en/events/africa-cop-summit-kampala/").content.decode()
        assert "africa-summit-new-dates" not in kampala
        iwf = NewsItem.objects.get(slug="country-assessment-pilot-uganda").partners.get()
        assert (
            'href="/en/news/country-assessment-pilot-uganda/"'
            in client.get(f"/en/partners/{iwf.slug}/").content.decode()
        )


def test_every_estimated_date_says_how_it_was_estimated():
    for data in NEWS_ITEMS:
        assert isinstance(data["date_is_estimate"], bool)
        assert bool(data.get("date_note")) == data["date_is_estimate"], data["slug"]


def test_demo_loads_twice_without_duplicates(demo):
    count = NewsItem.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert NewsItem.objects.count() == count
    assert NewsItem.objects.filter(image__gt="").count() == 1
