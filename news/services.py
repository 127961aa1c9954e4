"""Changes of a news item's publication state, shared by the admin's actions."""

from news.models import NewsItem


def news_item_publish(*, item):
    """Publish ``item``: now, or at its publication time if one is set (scheduling it).

    Raises ValidationError, leaving the stored item untouched, when the English title,
    summary or body is missing (see ``NewsItem.clean``).
    """
    item.status = NewsItem.Status.PUBLISHED
    item.full_clean()
    item.save()
    return item


def news_item_unpublish(*, item):
    """Take ``item`` back to draft: it disappears from every public page and feed."""
    item.status = NewsItem.Status.DRAFT
    item.full_clean()
    item.save()
    return item
