from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from cop_portal import contributions
from cop_portal.page_dependencies import page_shows_only

RELATED_NEWS = 5


def _news_section(name, **about):
    """The latest public news items about something (``partners=``, ``events=``): the
    only news on the page (page_dependencies.page_shows_only)."""
    from news.models import NewsItem

    ((relation, obj),) = about.items()
    page_shows_only(NewsItem, **{relation: obj.pk})
    news_items = list(NewsItem.objects.published().filter(**about).newest_first()[:RELATED_NEWS])
    if not news_items:
        return None
    return {"template": "news/news_section.html", "name": name, "news_items": news_items}


class NewsConfig(contributions.PortalAppConfig):
    name = "news"
    verbose_name = _("News")
    section_position = 20
    # A partner's and an event's pages show the news about them only; an item's page,
    # that item and the items sharing one of its tags; a tag's page and feeds, its items.
    page_groups = {"newsitem": ("partners", "events", "pk", "tags")}

    def next_scheduled_change(self):
        """When the next scheduled item goes public (the page cache ends its pages then)."""
        from news.models import NewsItem

        return (
            NewsItem.objects.scheduled()
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )

    def home_section(self, request):
        """The three latest news items for the home page."""
        from news.models import NewsItem

        news_items = list(NewsItem.objects.published().newest_first()[:3])
        if not news_items:
            return None
        return {"template": "news/home_section.html", "news_items": news_items}

    def partner_section(self, partner):
        """The latest public news about ``partner``, for its profile page."""
        return _news_section("partner-news", partners=partner)

    def event_section(self, event):
        """Public news about ``event``, for the event's page."""
        return _news_section("event-news", events=event)

    def search_sources(self):
        """Published news items (never drafts nor scheduled ones)."""
        return [
            self.published_search_source(
                "NewsItem",
                text={"summary": "B", "body": "C"},
                describe=lambda item: date_format(item.published_at, "DATE_FORMAT"),
            )
        ]

    def site_map_section(self):
        """The news (each item is reached from the list: their number grows)."""
        from django.urls import reverse

        return contributions.SiteMapEntry(_("News"), reverse("news:index"))

    def sitemaps(self):
        from news.sitemaps import NewsPagesSitemap, NewsSitemap, NewsTagSitemap

        return {"news-pages": NewsPagesSitemap, "news": NewsSitemap, "news-tags": NewsTagSitemap}
