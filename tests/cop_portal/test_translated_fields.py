from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation

from cop_portal.translated_fields import available_languages, missing_languages, translated_value


def item(**texts):
    fields = {f"title_{code}": "" for code in ("ar", "zh_hans", "en", "fr", "ru", "es")}
    fields.update({f"title_{code}": text for code, text in texts.items()})
    return SimpleNamespace(**fields)


def render(obj, **options):
    args = " ".join(f"{key}={value}" for key, value in options.items())
    return Template(f'{{% load portal %}}{{% translated obj "title" {args} %}}').render(
        Context({"obj": obj})
    )


def test_own_language_is_shown_plainly():
    with translation.override("fr"):
        assert render(item(en="Privacy", fr="Vie privée")) == "Vie privée"


def test_fallback_is_marked_inline():
    with translation.override("ru"):
        html = render(item(en="Privacy <b>"))
    assert html == (
        '<span lang="en" dir="ltr">Privacy &lt;b&gt;</span> '
        '<small class="fallback-note">(на английском)</small>'
    )


def test_fallback_block_names_the_reader_language():
    with translation.override("fr"):
        html = render(item(en="<p>Body</p>"), html=True, block=True)
    assert html == (
        '<div class="fallback" lang="en" dir="ltr">'
        '<p class="fallback-note" lang="fr" dir="ltr">'
        "Pas encore disponible en Français ; affiché en anglais.</p><p>Body</p></div>"
    )


def test_arabic_reader_gets_an_rtl_note_around_ltr_english():
    with translation.override("ar"):
        html = render(item(en="Body"), block=True)
    assert '<p class="fallback-note" lang="ar" dir="rtl">' in html
    assert html.startswith('<div class="fallback" lang="en" dir="ltr">')


@pytest.mark.parametrize("code", ["zh-hans", "es"])
def test_translated_value_reports_the_real_language(code):
    obj = item(en="Privacy", zh_hans="隐私")
    assert translated_value(obj, "title", "zh-hans") == ("隐私", "zh-hans")
    assert translated_value(obj, "title", "es") == ("Privacy", "en")
    assert translated_value(item(), "title", code) == ("", None)


def test_missing_and_available_languages():
    obj = item(en="Privacy", fr="Vie privée")
    assert available_languages(obj, "title") == ["en", "fr"]
    assert missing_languages(obj, "title") == ["ar", "zh-hans", "ru", "es"]
