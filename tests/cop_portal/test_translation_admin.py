"""Every model with translated fields is edited in language tabs, and every input of a
translated field carries the ``lang`` and ``dir`` of its language, in every language of
the admin."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib import admin
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from cop_portal.languages import portal_language
from cop_portal.models import AdminPreference
from cop_portal.pages.models import Page
from cop_portal.translation_admin import (
    LanguageAttributes,
    PortalTranslationAdmin,
    PortalTranslationStackedInline,
    PortalTranslationTabularInline,
)
from guidelines.models import Audience
from partners.models import CountryHelp

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def translated_models():
    return [model for model in admin.site._registry if model in translator.get_registered_models()]


def test_every_translated_model_has_the_portals_translation_admin():
    models = translated_models()
    assert {model._meta.label for model in models} >= {
        "news.NewsItem",
        "news.NewsTag",
        "events.Event",
        "events.EventTag",
        "guidelines.Audience",
        "guidelines.GuidelineSet",
        "guidelines.Section",
        "guidelines.Resource",
        "guidelines.Topic",
        "partners.Partner",
        "partners.HelpService",
        "partners.FocusTag",
        "partners.CountryHelp",
    }
    for model in models:
        model_admin = admin.site._registry[model]
        assert isinstance(model_admin, PortalTranslationAdmin), model._meta.label


def test_every_inline_of_a_translated_model_has_the_portals_translation_inline():
    inlines = [
        inline
        for model_admin in admin.site._registry.values()
        for inline in model_admin.inlines
        if inline.model in translator.get_registered_models()
    ]
    assert {inline.model._meta.label for inline in inlines} >= {
        "guidelines.Section",
        "partners.HelpService",
        "partners.Contact",
    }
    for inline in inlines:
        assert issubclass(
            inline, PortalTranslationStackedInline | PortalTranslationTabularInline
        ), inline
        assert issubclass(inline, LanguageAttributes)


class FormElements(HTMLParser):
    """The input, textarea and select elements of a page, with their attributes."""

    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        if tag in ("input", "textarea", "select"):
            self.elements.append(dict(attrs))


def form_elements(page):
    parser = FormElements()
    parser.feed(page)
    return parser.elements


def translated_field_names(model):
    if model not in translator.get_registered_models():
        return set()
    return set(translator.get_options_for_model(model).all_fields)


def language_of(name, model):
    """The language of a form field's name ("sections-0-title_zh_hans" -> "zh-hans")."""
    base = name.rsplit("-", 1)[-1]
    for field in translated_field_names(model):
        for code in LANGUAGE_CODES:
            if base == build_localized_fieldname(field, code):
                return code
    return None


def form_url(model):
    """The add form, or for the audiences, the countries' help entries and the editorial
    pages (never added) an existing one's change form."""
    if model in (Audience, CountryHelp, Page):
        opts = model._meta
        return f"/admin/{opts.app_label}/{opts.model_name}/{model.objects.first().pk}/change/"
    return f"/admin/{model._meta.app_label}/{model._meta.model_name}/add/"


def models_of_the_form(model):
    model_admin = admin.site._registry[model]
    return [model, *(inline.model for inline in model_admin.inlines)]


@pytest.mark.parametrize("admin_language", LANGUAGE_CODES)
def test_translated_inputs_carry_their_languages_lang_and_dir(
    admin_client, admin_user, admin_language
):
    AdminPreference.objects.create(user=admin_user, language=admin_language)
    for model in translated_models():
        response = admin_client.get(form_url(model))
        assert response.status_code == 200, model
        page = response.content.decode()
        assert f'<html lang="{admin_language}"' in page

        checked = set()
        for element in form_elements(page):
            name = element.get("name", "")
            languages = {language_of(name, form_model) for form_model in models_of_the_form(model)}
            languages.discard(None)
            if not languages:
                # (Django's autocomplete selects have a lang of their own, for select2.)
                assert "dir" not in element, (model, name)
                continue
            [code] = languages
            language = portal_language(code)
            assert (element.get("lang"), element.get("dir")) == (
                language.hreflang,
                language.direction,
            ), (model, name)
            checked.add(code)
        assert checked == set(LANGUAGE_CODES), model


def test_arabic_and_chinese_inputs_in_an_english_admin(admin_client):
    page = admin_client.get("/admin/news/newsitem/add/").content.decode()

    assert re.search(r'<input type="text" name="title_ar"[^>]* lang="ar" dir="rtl"', page)
    assert re.search(r'<textarea name="body_ar"[^>]* lang="ar" dir="rtl"', page)
    assert re.search(r'<input type="text" name="title_zh_hans"[^>]* lang="zh-Hans" dir="ltr"', page)
    assert re.search(r'<input type="text" name="title_en"[^>]* lang="en" dir="ltr"', page)


@pytest.mark.parametrize("model", translated_models(), ids=lambda model: model._meta.label)
def test_each_translated_models_form_has_language_tabs(admin_client, model):
    page = admin_client.get(form_url(model)).content.decode()

    scripts = re.findall(r'<script src="([^"]+)"([^>]*)>', page)
    sources = [source for source, _attributes in scripts]
    tabs = [index for index, source in enumerate(sources) if "tabbed_translation_fields" in source]
    ours = [
        index
        for index, source in enumerate(sources)
        if "cop_portal/admin/translation_tabs" in source
    ]
    jquery_ui = [index for index, source in enumerate(sources) if "jquery-ui" in source]
    assert len(tabs) == len(ours) == len(jquery_ui) == 1, sources
    # jQuery UI from the portal's own static files, our marks after the tabs are made.
    assert sources[jquery_ui[0]].startswith("/static/cop_portal/vendor/jquery-ui/")
    assert jquery_ui[0] < tabs[0] < ours[0]
    assert all(source.startswith("/") and not source.startswith("//") for source in sources)
    assert 'data-missing-label="(missing)"' in scripts[ours[0]][1]
    assert re.search(
        r'<link href="/static/cop_portal/admin/translation_tabs\.[0-9a-f]+\.css"', page
    )
    # modeltranslation's classes, which its script makes the tabs from.
    assert re.search(r'class="[^"]*\bmt mt-field-\w+-ar\b', page)


def test_the_missing_marker_is_in_the_admins_language(admin_client, admin_user):
    AdminPreference.objects.create(user=admin_user, language="fr")

    page = admin_client.get("/admin/news/newsitem/add/").content.decode()

    assert 'data-missing-label="(manquant)"' in page
    assert 'data-missing-title="Pas encore de texte dans cette langue"' in page


def test_slugs_are_made_from_the_english_title_in_any_admin_language(admin_client, admin_user):
    AdminPreference.objects.create(user=admin_user, language="ar")

    page = admin_client.get("/admin/news/newsitem/add/").content.decode()

    prepopulated = re.search(r'data-prepopulated-fields="([^"]+)"', page).group(1)
    assert "#id_title_en" in prepopulated
    assert "#id_title_ar" not in prepopulated
