from django.contrib.sitemaps import Sitemap

from news.models import NewsItem


class NewsSitemap(Sitemap):
    """Every public news item, in each of the portal's languages."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return NewsItem.objects.published().newest_first()

    def lastmod(self, item):
        return max(item.published_at, item.updated_at)
