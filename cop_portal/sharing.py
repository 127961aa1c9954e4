"""Links that share a page by e-mail or on a social network.

The share links are plain links to each service's own sharing address: the portal loads
nothing from those services (no script, no button image, no counter), so a reader who
never follows one never contacts them. ``templates/includes/share_links.html`` shows them.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ShareLink:
    service: str  # a short name for the CSS class and tests: "email", "whatsapp"...
    label: str
    href: str


def _query(**parameters):
    # %20 for spaces, not "+": mail programs show a "+" literally (RFC 6068).
    return urlencode(parameters, quote_via=quote, safe="")


def share_links(url, title):
    """The ways to share the page at the absolute address ``url`` titled ``title``."""
    title = str(title)
    mail_body = f"{title}\n{url}"
    return [
        ShareLink(
            "email",
            _("Share by e-mail"),
            f"mailto:?{_query(subject=title, body=mail_body)}",
        ),
        ShareLink(
            "whatsapp", _("Share on WhatsApp"), f"https://wa.me/?{_query(text=f'{title} {url}')}"
        ),
        ShareLink(
            "telegram",
            _("Share on Telegram"),
            f"https://t.me/share/url?{_query(url=url, text=title)}",
        ),
        ShareLink("x", _("Share on X"), f"https://x.com/intent/post?{_query(url=url, text=title)}"),
        ShareLink(
            "facebook",
            _("Share on Facebook"),
            f"https://www.facebook.com/sharer/sharer.php?{_query(u=url)}",
        ),
        ShareLink(
            "linkedin",
            _("Share on LinkedIn"),
            f"https://www.linkedin.com/sharing/share-offsite/?{_query(url=url)}",
        ),
    ]
