"""The partner change form as a representative's browser posts it."""

LANGUAGE_SUFFIXES = ("ar", "zh_hans", "en", "fr", "ru", "es")
CHANGELIST = "/admin/partners/partner/"


def change_url(partner):
    """The admin change page of ``partner``."""
    return f"{CHANGELIST}{partner.pk}/change/"


def representative_form(partner, **changes):
    """A complete POST of ``partner``'s change form as its representative sees it: the
    current website and descriptions, no inline rows; then ``changes``."""
    data = {
        "website": partner.website,
        "services-TOTAL_FORMS": "0",
        "services-INITIAL_FORMS": "0",
        "contacts-TOTAL_FORMS": "0",
        "contacts-INITIAL_FORMS": "0",
    }
    for code in LANGUAGE_SUFFIXES:
        data[f"description_{code}"] = getattr(partner, f"description_{code}") or ""
    data.update(changes)
    return data
