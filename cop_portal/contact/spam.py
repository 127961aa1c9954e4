"""What holds spam off the contact form, without a third-party request and without a
puzzle for people who use assistive technology (no CAPTCHA, no script needed):

- a honeypot field (``HONEYPOT_FIELD``), hidden from sight, from the keyboard and from
  screen readers, that only a robot fills in (forms.py refuses the message politely, so
  a person who filled it anyway can send again);
- a minimum fill time: the form carries a signed time (``fill_token``); a message sent
  sooner than ``CONTACT_MIN_FILL_SECONDS`` after the form was shown, or with a token
  that is forged or older than ``CONTACT_FORM_MAX_AGE_SECONDS``, is refused with a
  request to send it again;
- rate limits per client address and per sender's e-mail address, counted in the
  default cache (Redis in production), so every app instance counts together.
"""

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from cop_portal.addresses import client_address

HONEYPOT_FIELD = "website"
_FILL_SALT = "cop_portal.contact.fill-time"
_RATE_PREFIX = "contact:rate:"


def fill_token():
    """A signed token saying when the form was shown."""
    return signing.TimestampSigner(salt=_FILL_SALT).sign(f"{time.time():.3f}")


class FillTime:
    """How the check of a fill token came out."""

    OK = "ok"
    TOO_FAST = "too_fast"
    INVALID = "invalid"  # forged, damaged or missing
    EXPIRED = "expired"


def check_fill_token(token):
    """``FillTime.OK`` if ``token`` is ours, not expired, and old enough."""
    signer = signing.TimestampSigner(salt=_FILL_SALT)
    try:
        shown_at = float(signer.unsign(token or "", max_age=settings.CONTACT_FORM_MAX_AGE_SECONDS))
    except signing.SignatureExpired:
        return FillTime.EXPIRED
    except (signing.BadSignature, ValueError):
        return FillTime.INVALID
    if time.time() - shown_at < settings.CONTACT_MIN_FILL_SECONDS:
        return FillTime.TOO_FAST
    return FillTime.OK


def _rate_key(kind, value):
    # Hashed: no address in the cache's keys, and a fixed key length.
    digest = hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()
    return f"{_RATE_PREFIX}{kind}:{digest}"


def _count(key, window):
    """Add one to ``key``'s count (created for ``window`` seconds); the new count.

    ``add`` then ``incr`` is atomic in Redis and in the local-memory cache, so two
    instances counting at once both count. The window starts with the first message.
    If the cache is unreachable (Redis ignores errors and answers None), nobody is
    refused: the form keeps working, without the limit.
    """
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # gone between add and incr (expired or evicted): count afresh
        cache.add(key, 1, timeout=window)
        return 1


def over_rate_limit(request, email):
    """Count one message from ``request``'s client address and from ``email``; True if
    either has now sent more than its limit within ``CONTACT_RATE_WINDOW_SECONDS``."""
    window = settings.CONTACT_RATE_WINDOW_SECONDS
    address = client_address(request) or "unknown"
    by_address = _count(_rate_key("ip", address), window)
    if by_address is not None and by_address > settings.CONTACT_RATE_LIMIT_PER_ADDRESS:
        return True
    by_email = _count(_rate_key("email", email.strip().lower()), window)
    return by_email is not None and by_email > settings.CONTACT_RATE_LIMIT_PER_EMAIL
