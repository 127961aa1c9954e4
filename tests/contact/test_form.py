"""The contact form: in six languages, stored and mailed once, its spam checks refusing
with a clear message in the visitor's language, CSRF enforced, no cookie for readers."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext

from cop_portal.contact.forms import FILL_TIME_ERRORS
from cop_portal.contact.models import MESSAGE_MAX_LENGTH, ContactMessage
from cop_portal.contact.spam import FillTime
from cop_portal.roles import EDITORS_GROUP
from tests.conftest import LANGUAGE_CODES
from tests.contact.helpers import contact_url, form_data, post, shown_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

RATE_LIMITED = (
    "We have received several messages from you in the last hour, so we cannot take "
    "another one now. Please try again in an hour."
)


@pytest.fixture(params=[True, False], ids=["debug", "no-debug"])
def debug(request, settings):
    settings.DEBUG = request.param
    return request.param


@pytest.fixture
def editor():
    user = UserFactory(username="editor", email="editor@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def text(response):
    """The page's text, tags and runs of white space collapsed (to find sentences)."""
    html = response.content.decode()
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def said(language, message):
    with translation.override(language):
        return str(gettext(message))


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_form_in_each_language(client, language):
    response = client.get(contact_url(language))
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override(language):
        direction = "rtl" if translation.get_language_bidi() else "ltr"
        help_url = reverse("partners:help")
    assert f'dir="{direction}"' in html
    page = text(response)
    assert said(language, "Contact us") in page
    emergency = said(
        language,
        "This form is not for emergencies, and we cannot answer at once. If a child is in "
        "danger now, call your local emergency number.",
    )
    assert emergency in page
    link = said(language, "Find a helpline or emergency number in your country")
    assert f'<a href="{help_url}">{link}</a>' in html
    assert said(language, "Your e-mail address") in page
    if language != "en":
        assert "Your e-mail address" not in page
    # The limit is said; the browser keeps to it too.
    with translation.override(language):
        count = number_format(MESSAGE_MAX_LENGTH, force_grouping=True)
        limit = gettext("At most %(count)s characters.") % {"count": count}
    assert " ".join(limit.split()) in page  # (a no-break space groups the digits in some)
    if language == "en":
        assert "At most 5,000 characters." in page
    assert f'maxlength="{MESSAGE_MAX_LENGTH}"' in html


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client):
    html = client.get(contact_url()).content.decode()
    [trap] = re.findall(r'<div class="contact-form__trap" aria-hidden="true">(.*?)</div>', html)
    assert "Leave this field empty" in trap
    [field] = re.findall(r"<input[^>]*name=\"website\"[^>]*>", trap)
    assert 'tabindex="-1"' in field
    assert 'autocomplete="off"' in field


def test_the_form_page_is_private_and_the_only_one_with_a_cookie(client):
    response = client.get(contact_url())
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control
    assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}
    assert "X-Cache" not in response


@pytest.mark.parametrize(
    "path",
    ["/en/", "/ar/help/", "/fr/news/", "/es/contact/sent/", "/zh-hans/events/", "/ru/partners/"],
)
def test_readers_get_no_cookie(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.cookies == {}
    # Even after the contact form was shown to the same visitor.
    fresh = Client()
    fresh.get(contact_url())
    again = fresh.get(path)
    assert again.cookies == {}


@pytest.mark.parametrize("subject", ["general", "partnership", "media", "site"])
def test_a_subject_is_preselected(client, subject):
    html = client.get(contact_url(), {"subject": subject}).content.decode()
    checked = re.findall(r'<input type="radio" name="subject" value="(\w+)"[^>]*checked', html)
    assert checked == [subject]


@pytest.mark.parametrize("value", ["", "spam", "PARTNERSHIP", "general\n", "x" * 3000])
def test_an_unknown_subject_is_ignored(client, debug, value):
    response = client.get(contact_url(), {"subject": value})
    assert response.status_code == 200
    assert re.findall(r'name="subject"[^>]*checked', response.content.decode()) == []


def test_a_message_is_stored_and_mailed_once(client, committed, mailoutbox, editor, debug):
    with committed():
        response = post(client, "es")
    assert response.status_code == 302
    assert response["Location"] == contact_url("es", "contact:sent")
    [message] = ContactMessage.objects.all()
    assert (message.name, message.email, message.subject, message.language) == (
        "Lucía Pérez",
        "lucia@example.org",
        "media",
        "es",
    )
    assert message.status == ContactMessage.Status.NEW
    [mail] = mailoutbox
    assert mail.to == ["editor@example.org"]
    assert mail.reply_to == ["lucia@example.org"]
    assert mail.subject == "Contact form: Media and press, from Lucía Pérez"
    assert "Quisiera entrevistar a alguien del equipo" in mail.body
    assert f"/admin/contact/contactmessage/{message.pk}/change/" in mail.body
    # The "sent" page, in the visitor's language.
    sent = client.get(response["Location"])
    assert said("es", "Thank you: your message has been sent") in text(sent)


def test_the_recipients_setting_wins(client, committed, mailoutbox, editor, settings):
    settings.CONTACT_RECIPIENTS = ["team@example.org", "desk@example.org"]
    with committed():
        post(client, "ar")
    [mail] = mailoutbox
    assert mail.to == ["team@example.org", "desk@example.org"]
    assert ContactMessage.objects.get().language == "ar"


def test_each_editor_is_mailed_in_their_admin_language(client, committed, mailoutbox, editor):
    from cop_portal.models import AdminPreference

    AdminPreference.objects.create(user=editor, language="fr")
    with committed():
        post(client, "en", subject="site")
    [mail] = mailoutbox
    with translation.override("fr"):
        label = str(ContactMessage.Subject.SITE.label)
    assert label in mail.subject
    assert mail.subject.startswith(said("fr", "Contact form: %(subject)s, from %(name)s")[:5])


def test_a_new_line_in_the_name_stays_out_of_the_headers(client, committed, mailoutbox, editor):
    with committed():
        response = post(client, name="Eve\r\nBcc: victim@example.org\nX-Evil: 1")
    assert response.status_code == 302
    assert ContactMessage.objects.get().name == "Eve Bcc: victim@example.org X-Evil: 1"
    [mail] = mailoutbox
    headers = mail.message().as_bytes().split(b"\n\n", 1)[0]
    assert mail.bcc == []
    assert not re.search(rb"^(Bcc|X-Evil):", headers, re.MULTILINE | re.IGNORECASE)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_sent_page_in_each_language(client, language):
    response = client.get(contact_url(language, "contact:sent"))
    assert response.status_code == 200
    page = text(response)
    assert said(language, "Thank you: your message has been sent") in page
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def assert_refused(response, message, *, status=200):
    assert response.status_code == status
    assert str(message) in text(response)
    assert ContactMessage.objects.count() == 0


def test_a_filled_honeypot_is_refused_politely(client, committed, mailoutbox, editor, debug):
    with committed():
        response = post(client, "fr", website="https://spam.example/")
    assert_refused(response, said("fr", FILL_TIME_ERRORS[FillTime.INVALID]))
    assert mailoutbox == []
    html = response.content.decode()
    # Shown again with the visitor's text and an empty trap: a person can send again.
    assert "Quisiera entrevistar a alguien del equipo" in html
    assert re.search(r'<input[^>]*name="website"[^>]*value="[^"]', html) is None


def test_too_fast_is_refused_and_the_text_kept(client, committed, mailoutbox, editor, debug):
    with committed():
        response = post(client, "ru", started=shown_token(seconds_ago=1))
    assert_refused(response, said("ru", FILL_TIME_ERRORS[FillTime.TOO_FAST]))
    assert mailoutbox == []
    assert "Quisiera entrevistar a alguien del equipo" in response.content.decode()
    # A new token is in the form shown again: sent a little later, it goes through.
    token = re.search(r'name="started" value="([^"]+)"', response.content.decode())[1]
    assert token != form_data()["started"]


@pytest.mark.parametrize("token", ["", "garbage", None, "1700000000.000:abc:def"])
def test_a_forged_or_missing_token_is_refused(client, debug, token):
    response = post(client, "zh-hans", started=token)
    assert_refused(response, said("zh-hans", FILL_TIME_ERRORS[FillTime.INVALID]))


def test_a_tampered_token_is_refused(client, debug):
    value, timestamp, signature = shown_token().split(":")
    tampered = f"{float(value) - 3600:.3f}:{timestamp}:{signature}"
    response = post(client, started=tampered)
    assert_refused(response, FILL_TIME_ERRORS[FillTime.INVALID])


def test_an_expired_form_is_refused(client, debug, settings):
    response = post(client, "ar", started=shown_token(settings.CONTACT_FORM_MAX_AGE_SECONDS + 60))
    assert_refused(response, said("ar", FILL_TIME_ERRORS[FillTime.EXPIRED]))


def test_too_many_messages_from_one_address(client, committed, mailoutbox, editor, debug):
    limit = settings.CONTACT_RATE_LIMIT_PER_ADDRESS
    with committed():
        for number in range(limit):
            assert post(client, email=f"sender{number}@example.org").status_code == 302
        response = post(client, "es", email="another@example.org")
    assert response.status_code == 429
    assert said("es", RATE_LIMITED) in text(response)
    assert ContactMessage.objects.count() == limit
    assert len(mailoutbox) == limit
    # The text is kept for later; another address is not held up.
    assert "Quisiera entrevistar a alguien del equipo" in response.content.decode()
    other = Client(REMOTE_ADDR="198.51.100.7")
    assert post(other, email="another@example.org").status_code == 302


def test_too_many_messages_from_one_email_address(client, debug):
    limit = settings.CONTACT_RATE_LIMIT_PER_EMAIL
    for number in range(limit):
        sender = Client(REMOTE_ADDR=f"198.51.100.{number + 1}")
        assert post(sender, email="Same@Example.org").status_code == 302
    response = post(Client(REMOTE_ADDR="203.0.113.9"), "fr", email="same@example.org")
    assert response.status_code == 429
    assert said("fr", RATE_LIMITED) in text(response)
    assert ContactMessage.objects.count() == limit


def test_the_limits_are_counted_in_the_shared_cache(client):
    from django.core.cache import cache

    post(client)
    keys = [key for key in cache._cache if "contact:rate:" in key]  # locmem's own store
    assert len(keys) == 2
    assert not any("lucia" in key or "127.0.0.1" in key for key in keys)


def test_a_message_too_long_is_refused_with_its_length(client, debug):
    response = post(client, "es", message="a" * (MESSAGE_MAX_LENGTH + 1))
    with translation.override("es"):
        expected = gettext(
            "Your message is %(show_value)d characters long; at most %(limit_value)d "
            "fit. Please shorten it."
        ) % {"show_value": MESSAGE_MAX_LENGTH + 1, "limit_value": MESSAGE_MAX_LENGTH}
    assert_refused(response, expected)


def test_a_message_of_the_longest_length_in_chinese_is_accepted(client):
    response = post(client, "zh-hans", message="儿童在线保护" * (MESSAGE_MAX_LENGTH // 6))
    assert response.status_code == 302
    assert len(ContactMessage.objects.get().message) == MESSAGE_MAX_LENGTH // 6 * 6


def test_a_body_too_large_is_refused_unread(client, debug, settings):
    response = post(client, "ru", message="a" * (settings.CONTACT_MAX_BODY_BYTES + 1))
    message = (
        "What you sent was too large for us to receive. Please shorten your message and "
        "send it again."
    )
    assert_refused(response, said("ru", message), status=400)


def test_a_body_beyond_djangos_limit_is_a_bad_request(client, debug, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    settings.CONTACT_MAX_BODY_BYTES = 10_000
    response = post(client, message="a" * 2000)
    assert response.status_code == 400
    assert ContactMessage.objects.count() == 0


@pytest.mark.parametrize(
    "changes",
    [
        {"subject": "bogus"},
        {"subject": None},
        {"email": "not an address"},
        {"email": "a@b.c\nBcc: x@example.org"},
        {"name": ""},
        {"message": "   "},
        {"name": "x" * 5000},
        {"name": "\x00"},
    ],
)
def test_bad_input_is_a_form_error(client, debug, changes):
    response = post(client, **changes)
    assert response.status_code == 200
    assert said("en", "Your message has not been sent yet") in text(response)
    assert ContactMessage.objects.count() == 0


def test_other_methods_are_not_allowed(client, debug):
    assert client.put(contact_url()).status_code == 405
    assert client.post(contact_url("en", "contact:sent")).status_code == 405
    assert client.head(contact_url()).status_code == 200


def test_csrf_is_enforced(debug):
    browser = Client(enforce_csrf_checks=True)
    assert post(browser).status_code == 403
    assert ContactMessage.objects.count() == 0
    page = browser.get(contact_url()).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    response = browser.post(contact_url(), form_data(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert ContactMessage.objects.count() == 1


CSRF_REFUSED = (
    "Your browser did not send the form’s security cookie, so we could not accept the "
    "message. Your text is still here: please send it again. If this happens again, allow "
    "cookies for this site."
)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_a_refused_token_gives_the_form_back_with_the_text(language, settings):
    settings.DEBUG = False
    browser = Client(enforce_csrf_checks=True)
    response = post(browser, language)  # no cookie, no token: as with cookies blocked
    assert response.status_code == 403
    assert said(language, CSRF_REFUSED) in text(response)
    assert "Quisiera entrevistar a alguien del equipo" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert ContactMessage.objects.count() == 0
    # The page gave a cookie and a token: sent again, the message goes through.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
    again = browser.post(contact_url(language), form_data(csrfmiddlewaretoken=token[1]))
    assert again.status_code == 302
    assert ContactMessage.objects.get().language == language


def test_other_refused_posts_get_djangos_page(settings):
    settings.DEBUG = False
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/en/search/", {"q": "x"})
    assert response.status_code == 403
    assert "CSRF" in response.content.decode()


def test_the_form_page_reads_nothing_from_the_database(client, django_assert_num_queries):
    client.get(contact_url())  # the first request of a process primes the page cache
    with django_assert_num_queries(0):
        assert client.get(contact_url("fr")).status_code == 200
