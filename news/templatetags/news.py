"""Template tags of the news pages."""

from django import template
from django.conf import settings

from cop_portal.addresses import absolute_file_url, absolute_url
from cop_portal.languages import portal_language
from cop_portal.structured_data import json_ld
from cop_portal.translated_fields import translated_value

register = template.Library()


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, item):
    """schema.org NewsArticle for ``item``, in the language its headline is shown in."""
    request = context["request"]
    headline, language = translated_value(item, "title")
    description, _description_language = translated_value(item, "summary")
    publisher = {"@type": "Organization", "name": str(settings.PORTAL_NAME)}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline[:110],
        "description": description,
        "inLanguage": portal_language(language).hreflang,
        "datePublished": item.published_at.isoformat() if item.published_at else None,
        "dateModified": item.updated_at.isoformat(),
        "url": absolute_url(request, item.get_absolute_url()),
        "mainEntityOfPage": absolute_url(request, item.get_absolute_url()),
        "author": publisher,
        "publisher": publisher,
        "keywords": [tag.name for tag in item.tags.all()],
    }
    if item.image:
        data["image"] = absolute_file_url(request, item.image.url)
    return json_ld({key: value for key, value in data.items() if value not in (None, [])})
