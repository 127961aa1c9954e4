"""Links to the contact form, which its own app provides (``contact:form``).

Guarded while the portal may run without that app: without it the links are left out
instead of failing the page. Once the contact app is always installed these become plain
``{% url 'contact:form' %}`` links.
"""

from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse


def contact_url(subject=None):
    """The contact form's address, with ``subject`` chosen (``?subject=partnership``);
    "" when the portal has no contact form."""
    try:
        url = reverse("contact:form")
    except NoReverseMatch:
        return ""
    return f"{url}?{urlencode({'subject': subject})}" if subject else url
