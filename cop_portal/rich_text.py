"""Rich text written by editors and partners, sanitised with nh3 before it is stored.

An allow-list, not a block-list: structural and inline text markup, links and images
with a few attributes. Scripts, event handlers, ``style`` attributes and any URL scheme
other than http, https, mailto and tel are removed.
"""

import html

import nh3
from django.db import models
from django.utils.html import strip_tags

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup",
    "blockquote", "q", "cite", "abbr", "code", "pre", "ul", "ol", "li", "dl", "dt", "dd",
    "a", "img", "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot",
    "tr", "th", "td", "hr", "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang", "lang"},
    "img": {"src", "alt", "width", "height"},
    "abbr": {"title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
    "*": {"lang", "dir"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(value):
    """Return ``value`` with everything outside the allow-list removed."""
    if not value:
        return value
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def plain_text(rich_html):
    """The text of sanitised HTML, its entities decoded (``&amp;`` is ``&`` again), for
    places that escape it themselves: meta descriptions, feeds, calendars."""
    return html.unescape(strip_tags(rich_html or "")).strip()


class RichTextField(models.TextField):
    """A TextField whose HTML is sanitised on every save (each translation included)."""

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
