"""The language of the admin: each user's own choice, else their browser's.

Public pages take their language from the address (``/ar/…``); the admin lives outside
the language prefix, at ``/admin/``, and speaks the language its user chose on "My admin
language" (an ``AdminPreference``), or with no choice the first of the browser's
Accept-Language languages the portal has, else English. The language cookie is not
read: the portal never sets one.

``AdminLanguageMiddleware`` sits after the authentication middleware (it needs the
user) and touches only requests under the admin's address, so the public pages and the
anonymous page cache, which never serves ``/admin/``, are not affected.
"""

from django import forms
from django.conf import settings
from django.db import DatabaseError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation.trans_real import language_code_re, parse_accept_lang_header

from cop_portal.languages import portal_language
from cop_portal.models import AdminPreference
from cop_portal.time_zones import OFFICE_ZONE

LANGUAGE_CODES = frozenset(code for code, _name in settings.LANGUAGES)


def browser_language(request):
    """The first language of the request's Accept-Language the portal has, else English."""
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        if not language_code_re.search(code):
            continue
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def preferred_language(user):
    """The admin language ``user`` chose, or None (no choice, or not logged in)."""
    if not user.is_authenticated:
        return None
    language = AdminPreference.objects.filter(user=user).values_list("language", flat=True).first()
    return language if language in LANGUAGE_CODES else None


def admin_language(request):
    try:
        preferred = preferred_language(request.user)
    except DatabaseError:
        # The view will answer 503 (DatabaseUnavailableMiddleware), in the browser's language.
        preferred = None
    return preferred or browser_language(request)


def is_admin_request(request):
    return request.path.startswith(reverse("admin:index"))


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_admin_request(request):
            return self.get_response(request)
        language = admin_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        # The admin shows and reads times in the office's zone (and says so).
        timezone.activate(OFFICE_ZONE)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class LanguageSelect(forms.Select):
    """Each language's option is named in its own script and marked with its language."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            language = portal_language(str(value))
            option["attrs"].update(lang=language.hreflang, dir=language.direction)
        return option


class AdminLanguageForm(forms.ModelForm):
    """A user's own admin language. The user is never a field: the view saves the
    preference of whoever is logged in, so nobody can change another user's."""

    class Meta:
        model = AdminPreference
        fields = ("language",)
        widgets = {"language": LanguageSelect}
