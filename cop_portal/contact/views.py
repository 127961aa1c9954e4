"""The contact form and its "sent" page (Post/Redirect/Get).

The form page is never cached (it carries a CSRF token and a fill-time token of its
own) and is the only public page that sets a cookie, the CSRF cookie; the "sent" page
is an ordinary page without one.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods
from django.views.generic import TemplateView

from cop_portal.contact.forms import ContactForm, preselected_subject
from cop_portal.contact.services import contact_message_create
from cop_portal.contact.spam import over_rate_limit

TEMPLATE = "contact/contactmessage_form.html"


def _visitor_language():
    """The language of the page the message was written on (the URL's prefix)."""
    language = translation.get_language()
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE


def _show(request, form, *, status=200, refusal=None):
    context = {
        "form": form,
        "refusal": refusal,
        "retention_days": settings.CONTACT_RETENTION_DAYS,
    }
    return render(request, TEMPLATE, context, status=status)


def _body_too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > settings.CONTACT_MAX_BODY_BYTES


@never_cache
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def contact_form(request):
    if request.method != "POST":
        initial = {}
        if subject := preselected_subject(request.GET.get("subject")):
            initial["subject"] = subject
        return _show(request, ContactForm(initial=initial))

    if _body_too_large(request):
        # Not read: far more than the longest message. Said plainly, on a fresh form.
        refusal = _(
            "What you sent was too large for us to receive. Please shorten your message "
            "and send it again."
        )
        return _show(request, ContactForm(), status=400, refusal=refusal)

    form = ContactForm(request.POST)
    if not form.is_valid():
        form.prepare_to_show_again()
        return _show(request, form)
    if over_rate_limit(request, form.cleaned_data["email"]):
        form.prepare_to_show_again()
        refusal = _(
            "We have received several messages from you in the last hour, so we cannot "
            "take another one now. Please try again in an hour."
        )
        return _show(request, form, status=429, refusal=refusal)

    contact_message_create(
        request=request,
        language=_visitor_language(),
        **{field: form.cleaned_data[field] for field in ContactForm.Meta.fields},
    )
    return redirect("contact:sent")


def csrf_failure(request, reason=""):
    """``CSRF_FAILURE_VIEW``: a contact message refused for its CSRF token (a cookie
    lost or blocked, a form kept open across a restart of the browser) comes back as the
    form, with the visitor's text and a message in their language, still a 403; nothing
    is stored. Every other refused post gets Django's own page, as before."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.view_name != "contact:form" or request.method != "POST":
        return django_csrf_failure(request, reason=reason)
    form = ContactForm(request.POST)
    form.prepare_to_show_again()
    refusal = _(
        "Your browser did not send the form’s security cookie, so we could not accept "
        "the message. Your text is still here: please send it again. If this happens "
        "again, allow cookies for this site."
    )
    response = _show(request, form, status=403, refusal=refusal)
    # The form page is never cached, also when it answers a refused post.
    add_never_cache_headers(response)
    return response


class ContactSentView(TemplateView):
    """Thanks, in the visitor's language: the same for everyone (so it may be cached)."""

    template_name = "contact/contactmessage_sent.html"
    http_method_names = ["get", "head"]
