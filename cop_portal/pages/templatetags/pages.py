from django import template

from cop_portal.pages.links import contact_url as _contact_url

register = template.Library()


@register.simple_tag
def contact_url(subject=None):
    """``{% contact_url "partnership" as url %}``: the contact form's address, or ""
    (cop_portal/pages/links.py)."""
    return _contact_url(subject)
