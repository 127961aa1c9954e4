import re
from html import unescape

from django.conf import settings

from cop_portal.pages.models import Page

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
FOOTER_NAV = re.compile(r'<nav class="footer-nav"[^>]*>(.*?)</nav>', re.DOTALL)
LINK = re.compile(r'<a href="([^"]+)"')


def footer_links(html):
    """The addresses the footer's navigation links to, in order."""
    (nav,) = FOOTER_NAV.findall(html)
    return [unescape(href) for href in LINK.findall(nav)]


def page(key):
    return Page.objects.get(key=key)
