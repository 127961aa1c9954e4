"""Template tags of the news pages."""

import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cop_portal.languages import portal_language
from cop_portal.translated_fields import translated_value

register = template.Library()

# As Django's json_script: the data cannot close the <script> element or open another.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """A ``<script type="application/ld+json">`` data block (data, never executed)."""
    text = json.dumps(data, ensure_ascii=False, indent=None).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


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
        "url": request.build_absolute_uri(item.get_absolute_url()),
        "mainEntityOfPage": request.build_absolute_uri(item.get_absolute_url()),
        "author": publisher,
        "publisher": publisher,
        "keywords": [tag.name for tag in item.tags.all()],
    }
    if item.image:
        data["image"] = request.build_absolute_uri(item.image.url)
    return json_ld({key: value for key, value in data.items() if value not in (None, [])})
