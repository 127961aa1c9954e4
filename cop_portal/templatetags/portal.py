"""Template tags shared by every app of the portal."""

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cop_portal import sharing
from cop_portal.addresses import absolute_url
from cop_portal.languages import portal_language
from cop_portal.structured_data import json_ld, organization
from cop_portal.translated_fields import SOURCE_LANGUAGE, translated_value

register = template.Library()


@register.simple_tag
def translated(obj, field, html=False, block=False):
    """Show ``obj.field`` in the reader's language, marking an English fallback.

    ``html=True`` for rich-text fields (already sanitised on save). ``block=True`` wraps
    a fallback in a ``<div>`` with the full note above it, for bodies and introductions;
    otherwise the fallback is an inline ``<span lang="en">`` with a short marker.
    """
    value, language = translated_value(obj, field)
    text = mark_safe(value) if html else value
    reader = get_language() or SOURCE_LANGUAGE
    if language is None or language == reader:
        return format_html("{}", text)
    source = portal_language(language)
    if block:
        note = _("Not yet available in %(language)s; shown in English.") % {
            "language": portal_language(reader).native_name
        }
        return format_html(
            '<div class="fallback" lang="{}" dir="{}">'
            '<p class="fallback-note" lang="{}" dir="{}">{}</p>{}</div>',
            source.hreflang,
            source.direction,
            portal_language(reader).hreflang,
            portal_language(reader).direction,
            note,
            text,
        )
    return format_html(
        '<span lang="{}" dir="{}">{}</span> <small class="fallback-note">{}</small>',
        source.hreflang,
        source.direction,
        text,
        _("(in English)"),
    )


@register.filter
def is_fallback(obj, field):
    """True when ``obj.field`` is shown in English to a reader of another language."""
    _value, language = translated_value(obj, field)
    return language is not None and language != (get_language() or SOURCE_LANGUAGE)


@register.simple_tag
def language_attrs(code):
    """``lang`` and ``dir`` attributes for content written in language ``code``."""
    language = portal_language(code)
    return format_html('lang="{}" dir="{}"', language.hreflang, language.direction)


class CaptureNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, variable):
        self.nodelist = nodelist
        self.variable = variable

    def render(self, context):
        # Rendered output is escaped HTML; without its tags and extra white space it is
        # safe in an attribute and in <title>.
        text = " ".join(strip_tags(self.nodelist.render(context)).split())
        context[self.variable] = mark_safe(text)
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}``: render the content once (blocks inside
    may be overridden as usual), keep it as text in ``name``, output nothing.

    base.html uses it to show a page's title block in ``<title>`` and in the Open Graph
    and Twitter tags alike.
    """
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as variable %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.simple_tag(takes_context=True)
def absolute_static(context, path):
    """The absolute URL of a static file (Open Graph and schema.org want absolute URLs)."""
    return absolute_url(context["request"], static(path))


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """The portal as a schema.org Organization (for the home page)."""
    return json_ld(organization(context["request"]))


@register.filter
def machine_datetime(value):
    """A date-time for ``<time datetime>``: ISO 8601 to the second, in the local zone
    (the ``c`` date format adds microseconds, which HTML does not allow)."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")


@register.simple_tag(takes_context=True)
def absolute_url_of(context, url_name, *args):
    """The absolute address of the portal's page ``url_name`` (for a printed page)."""
    return absolute_url(context["request"], reverse(url_name, args=args))


@register.simple_tag(takes_context=True)
def webcal_url(context, url_name, *args):
    """The ``webcal://`` address of the calendar feed ``url_name``: the same address with
    the scheme replaced, which calendar apps open as a subscription, not a download."""
    address = absolute_url(context["request"], reverse(url_name, args=args))
    return "webcal://" + address.split("://", 1)[1]


@register.inclusion_tag("includes/share_links.html", takes_context=True)
def share_links(context, url, title):
    """Links sharing the page at ``url`` (a path of the portal or an absolute address)
    titled ``title``: ``{% share_links item.get_absolute_url item.title %}``."""
    if url.startswith("/"):
        url = absolute_url(context["request"], url)
    return {"share_links": sharing.share_links(url, title)}
