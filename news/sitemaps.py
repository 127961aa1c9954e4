from django.db.models.functions import Greatest
from django.urls import reverse

from cop_portal.sitemaps import PortalSitemap
from news.models import NewsItem, NewsTag


class NewsPagesSitemap(PortalSitemap):
    def items(self):
        return ["news:index"]

    def location(self, name):
        return reverse(name)


class NewsSitemap(PortalSitemap):
    """Every public news item, in each of the portal's languages."""

    changefreq = "monthly"
    latest_lastmod_expression = Greatest("published_at", "updated_at")

    def items(self):
        return NewsItem.objects.published().newest_first()

    def lastmod(self, item):
        return max(item.published_at, item.updated_at)


class NewsTagSitemap(PortalSitemap):
    """The page of every tag that a public news item carries (a tag on drafts only is
    not revealed, as on its page)."""

    changefreq = "weekly"

    def items(self):
        public = NewsItem.objects.published()
        return NewsTag.objects.filter(tagged_news__content_object__in=public).distinct()
