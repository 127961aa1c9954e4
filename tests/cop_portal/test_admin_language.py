"""The admin is named after the portal and speaks each user's own admin language.

A user's choice (``AdminPreference``) comes first, then the browser's Accept-Language
among the six languages, then English; Arabic is right to left. Only the admin is
concerned: public pages keep the language of their address.
"""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.auth.tokens import default_token_generator
from django.db import OperationalError
from django.test import RequestFactory
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from cop_portal import admin_language
from cop_portal.languages import portal_language
from cop_portal.models import AdminPreference
from tests.news.factories import NewsItemFactory, UserFactory, make_editor

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MY_LANGUAGE = "/admin/my-language/"
# Django's own string (a name, so that makemessages does not copy it into our catalogues).
LOG_IN = "Log in"


def texts(code):
    with translation.override(code):
        return {
            "site_title": translation.gettext("COP Portal"),
            "site_header": translation.gettext("COP Portal administration"),
            "index_title": translation.gettext("Publishing desk"),
        }


def html_element(page):
    return re.search(r"<html[^>]*>", page).group(0)


def assert_admin_page_in(response, code):
    page = response.content.decode()
    expected = texts(code)
    language = portal_language(code)
    assert response.status_code == 200
    assert f'<html lang="{code}" dir="{language.direction}">' == html_element(page)
    assert response["Content-Language"] == code
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert title.strip().endswith(f"| {expected['site_title']}")
    assert f'<a href="/admin/">{expected["site_header"]}</a>' in page
    assert "Django" not in title
    if code != "en":
        assert expected["site_title"] != "COP Portal", f"'COP Portal' is not translated in {code}"
    return page


def set_preference(user, code):
    AdminPreference.objects.update_or_create(user=user, defaults={"language": code})


@pytest.fixture
def news_item():
    return NewsItemFactory(title_en="Safer Internet Day", slug="safer-internet-day")


def admin_pages(news_item):
    return {
        "index": "/admin/",
        "changelist": "/admin/news/newsitem/",
        "change form": f"/admin/news/newsitem/{news_item.pk}/change/",
        "my language": MY_LANGUAGE,
    }


@pytest.mark.parametrize("page_name", ["index", "changelist", "change form", "my language"])
def test_admin_pages_are_in_the_users_chosen_language(client, language, page_name, news_item):
    editor = make_editor()
    set_preference(editor, language)
    client.force_login(editor)

    # The choice wins over the browser's language.
    response = client.get(admin_pages(news_item)[page_name], headers={"Accept-Language": "fr"})

    page = assert_admin_page_in(response, language)
    if page_name == "index":
        assert f"<h1>{texts(language)['index_title']}</h1>" in page


@pytest.mark.parametrize("page_name", ["index", "changelist", "change form"])
def test_without_a_choice_the_admin_follows_the_browser(client, language, page_name, news_item):
    client.force_login(make_editor())

    response = client.get(
        admin_pages(news_item)[page_name], headers={"Accept-Language": f"{language},en;q=0.5"}
    )

    assert_admin_page_in(response, language)


def test_the_login_page_is_in_the_browsers_language(client, language):
    response = client.get("/admin/login/", headers={"Accept-Language": language})

    page = assert_admin_page_in(response, language)
    with translation.override(language):
        assert translation.gettext(LOG_IN) in page


def test_the_login_page_has_the_portals_name_in_english(client):
    page = assert_admin_page_in(client.get("/admin/login/"), "en")
    assert "<title>Log in | COP Portal</title>" in page
    assert '<a href="/admin/">COP Portal administration</a>' in page


def test_the_set_password_pages_have_the_portals_name(client, language):
    """An invited representative sets a password on the admin's templates."""
    user = UserFactory(username="invited", is_staff=True)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    headers = {"Accept-Language": language}

    response = client.get(f"/admin/set-password/{uid}/{token}/", headers=headers, follow=True)
    assert "new_password1" in response.content.decode()
    assert_admin_page_in(response, language)

    assert_admin_page_in(client.get("/admin/set-password/done/", headers=headers), language)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("", "en"),
        ("de-CH, de;q=0.9", "en"),  # none of the six: English
        ("de, ru;q=0.8, fr;q=0.5", "ru"),  # the first of the six, by quality
        ("zh-CN,zh;q=0.9", "zh-hans"),
        ("zh-TW", "zh-hans"),
        ("es-419", "es"),
        ("ar-EG", "ar"),
        ("*", "en"),
        ("fr;q=0, xx-invalid-$$$", "en"),
    ],
)
def test_the_browsers_language(accept_language, expected):
    request = RequestFactory().get("/admin/", headers={"Accept-Language": accept_language})
    assert admin_language.browser_language(request) == expected


def test_the_language_cookie_is_not_what_the_admin_follows(client):
    client.force_login(make_editor())
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"

    response = client.get("/admin/", headers={"Accept-Language": "es"})

    assert_admin_page_in(response, "es")


def test_a_blank_choice_means_the_browsers_language(client):
    editor = make_editor()
    set_preference(editor, "")
    client.force_login(editor)

    assert_admin_page_in(client.get("/admin/", headers={"Accept-Language": "ru"}), "ru")


def test_a_database_error_falls_back_to_the_browsers_language(monkeypatch):
    def unavailable(user):
        raise OperationalError("connection refused")

    monkeypatch.setattr(admin_language, "preferred_language", unavailable)
    request = RequestFactory().get("/admin/", headers={"Accept-Language": "ar"})
    request.user = UserFactory.build()

    assert admin_language.admin_language(request) == "ar"


def test_arabic_admin_is_right_to_left_with_djangos_rtl_styles(client, news_item):
    editor = make_editor()
    set_preference(editor, "ar")
    client.force_login(editor)

    page = client.get(f"/admin/news/newsitem/{news_item.pk}/change/").content.decode()

    assert html_element(page) == '<html lang="ar" dir="rtl">'
    assert re.search(r'<link rel="stylesheet" href="/static/admin/css/rtl\.[0-9a-f]+\.css">', page)


def test_public_pages_keep_the_language_of_their_address(client):
    editor = make_editor()
    set_preference(editor, "ar")
    client.force_login(editor)

    for code in ("fr", "en", "zh-hans"):
        response = client.get(f"/{code}/", headers={"Accept-Language": "ar"})
        assert response.status_code == 200
        assert html_element(response.content.decode()).startswith(
            f'<html lang="{portal_language(code).hreflang}"'
        )
        assert response["Content-Language"] == code


def test_the_page_cache_never_serves_the_admin(client):
    for _attempt in range(2):
        response = client.get("/admin/login/", headers={"Accept-Language": "ar"})
        assert response.status_code == 200
        assert response.get("X-Cache") != "hit"
    # A different language for the next visitor, never the first one's page.
    assert_admin_page_in(client.get("/admin/login/", headers={"Accept-Language": "ru"}), "ru")


# --- choosing one's own admin language ---------------------------------------------------


def test_my_admin_language_is_linked_from_the_user_tools(client):
    client.force_login(make_editor())

    page = client.get("/admin/").content.decode()

    user_tools = re.search(r'<div id="user-tools">.*?</div>', page, re.S).group(0)
    assert f'<a href="{MY_LANGUAGE}">My admin language</a>' in user_tools


def test_the_language_choices_are_named_and_marked_in_their_own_language(client):
    client.force_login(make_editor())

    page = client.get(MY_LANGUAGE).content.decode()

    assert '<option value="" selected>The browser&#x27;s language</option>' in page
    assert '<option value="ar" lang="ar" dir="rtl">العربية</option>' in page
    assert '<option value="zh-hans" lang="zh-Hans" dir="ltr">中文</option>' in page


def test_a_user_sets_their_own_admin_language(client):
    editor = make_editor()
    client.force_login(editor)

    response = client.post(MY_LANGUAGE, {"language": "ar"}, follow=True)

    assert response.redirect_chain == [(MY_LANGUAGE, 302)]
    assert AdminPreference.objects.get(user=editor).language == "ar"
    page = assert_admin_page_in(response, "ar")
    with translation.override("ar"):
        assert translation.gettext("Your admin language is saved.") in page
    assert '<option value="ar" selected lang="ar" dir="rtl">العربية</option>' in page

    # And back to the browser's language.
    client.post(MY_LANGUAGE, {"language": ""})
    assert AdminPreference.objects.get(user=editor).language == ""
    assert_admin_page_in(client.get("/admin/", headers={"Accept-Language": "es"}), "es")


def test_a_partner_representative_sets_theirs_too(client):
    from tests.partners.factories import PartnerFactory, make_representative

    representative = make_representative(PartnerFactory())
    client.force_login(representative)

    client.post(MY_LANGUAGE, {"language": "fr"})

    assert AdminPreference.objects.get(user=representative).language == "fr"
    assert_admin_page_in(client.get("/admin/"), "fr")


def test_nobody_sets_another_users_language(client):
    editor = make_editor()
    other = make_editor(username="other-editor")
    set_preference(other, "ru")
    client.force_login(editor)

    client.post(MY_LANGUAGE, {"language": "es", "user": other.pk, "user_id": other.pk})

    assert AdminPreference.objects.get(user=editor).language == "es"
    assert AdminPreference.objects.get(user=other).language == "ru"


@pytest.mark.parametrize("code", ["xx", "de", "en-us", "ar" * 50, "\u0661"])
def test_an_unknown_language_is_a_form_error(client, code):
    editor = make_editor()
    client.force_login(editor)

    response = client.post(MY_LANGUAGE, {"language": code})

    assert response.status_code == 200
    assert response.context["form"].errors["language"]
    assert 'class="errorlist' in response.content.decode()
    assert not AdminPreference.objects.filter(user=editor).exists()


def test_my_admin_language_needs_a_login(client):
    response = client.get(MY_LANGUAGE)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")

    response = client.post(MY_LANGUAGE, {"language": "ar"})
    assert response.status_code == 302
    assert not AdminPreference.objects.exists()


def test_users_who_are_not_staff_cannot_use_it(client):
    user = UserFactory(username="reader")
    client.force_login(user)

    response = client.post(MY_LANGUAGE, {"language": "ar"})

    assert response.status_code == 302
    assert not AdminPreference.objects.exists()


# --- superusers set it in the users' admin -----------------------------------------------


def user_change_data(user, **changes):
    data = {
        "username": user.username,
        "first_name": "",
        "last_name": "",
        "email": user.email,
        "is_active": "on",
        "is_staff": "on",
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        "groups": [group.pk for group in user.groups.all()],
        "admin_preference-TOTAL_FORMS": "1",
        "admin_preference-INITIAL_FORMS": "0",
        "admin_preference-MIN_NUM_FORMS": "0",
        "admin_preference-MAX_NUM_FORMS": "1",
        "admin_preference-0-language": "",
        "admin_preference-0-user": str(user.pk),
        "_save": "Save",
    }
    data.update(changes)
    return data


def test_a_superuser_sets_a_users_admin_language(admin_client):
    editor = make_editor()
    url = f"/admin/auth/user/{editor.pk}/change/"

    page = admin_client.get(url).content.decode()
    assert 'name="admin_preference-0-language"' in page

    response = admin_client.post(
        url, user_change_data(editor, **{"admin_preference-0-language": "zh-hans"})
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert AdminPreference.objects.get(user=editor).language == "zh-hans"


def test_a_new_user_starts_with_the_browsers_language(admin_client):
    page = admin_client.get("/admin/auth/user/add/").content.decode()

    assert "admin_preference" not in page


def test_other_user_managers_do_not_see_the_admin_language(client):
    manager = UserFactory(username="manager", is_staff=True)
    manager.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="auth", codename__endswith="_user")
    )
    client.force_login(manager)
    editor = make_editor()

    page = client.get(f"/admin/auth/user/{editor.pk}/change/").content.decode()

    assert "admin_preference" not in page
