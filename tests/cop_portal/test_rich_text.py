"""Rich text: the sanitiser keeps what the editor offers, and nothing else."""

import base64
import hashlib
import re
from pathlib import Path

import django_prose_editor
import pytest
from django.conf import settings
from django.contrib import admin
from django.core import checks
from django.test import RequestFactory
from django_prose_editor.config import allowlist_from_extensions
from django_prose_editor.widgets import ProseEditorWidget

from cop_portal.rich_text import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    EDITOR_EXTENSIONS,
    check_stored_rich_text,
    rich_text_fields,
    sanitize_html,
    stored_markup_changes,
)
from cop_portal.translation_admin import innermost_widget
from news.models import NewsItem
from tests.news.factories import NewsItemFactory, make_editor
from tests.news.test_admin import CHANGELIST, form_data


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Safe <strong>text</strong></p>", "<p>Safe <strong>text</strong></p>"),
        ("<p>Hi</p><script>alert(1)</script>", "<p>Hi</p>"),
        ('<p onclick="alert(1)">Hi</p>', "<p>Hi</p>"),
        ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<p style="color:red" class="x">Hi</p>', "<p>Hi</p>"),
        ('<img src="x" onerror="alert(1)" alt="a">', ""),
        ("<iframe src='https://evil.example'></iframe>ok", "ok"),
        ("<!-- note --><p>Hi</p>", "<p>Hi</p>"),
        (
            '<a href="https://example.org" target="_blank" title="More">x</a>',
            '<a href="https://example.org" title="More" rel="noopener noreferrer">x</a>',
        ),
        (
            '<a href="mailto:info@example.org">x</a>',
            '<a href="mailto:info@example.org" rel="noopener noreferrer">x</a>',
        ),
        ('<p lang="ar" dir="rtl">مرحبا</p>', "<p>مرحبا</p>"),
        ('<ol start="3" type="a"><li>c</li></ol>', '<ol start="3"><li>c</li></ol>'),
        ("<table><tr><td>cell</td></tr></table>", "cell"),
        ("", ""),
    ],
)  # fmt: skip
def test_sanitize_html(dirty, clean):
    assert sanitize_html(dirty) == clean


def test_the_sanitiser_keeps_exactly_the_elements_the_editor_offers():
    offered = allowlist_from_extensions(EDITOR_EXTENSIONS)
    assert offered["tags"] == ALLOWED_TAGS
    assert {
        "p", "br", "h2", "h3", "h4", "strong", "em", "ul", "ol", "li", "blockquote", "a",
    } == ALLOWED_TAGS  # fmt: skip
    # Of each element's attributes, the sanitiser keeps those the editor lets one set:
    # a link's address and title (rel is the portal's own), a numbered list's start.
    for tag, attributes in ALLOWED_ATTRIBUTES.items():
        if tag != "*":
            assert attributes <= offered["attributes"][tag]
    assert offered["attributes"]["a"] - ALLOWED_ATTRIBUTES["a"] == {"rel"}


# What the editor writes for each thing it offers (Tiptap's HTML: the numbered list
# always says it is decimal, the only kind offered).
EDITOR_HTML = (
    "<h2>Heading</h2><h3>Sub</h3><h4>Minor</h4>"
    "<p>Text <strong>bold</strong> <em>italic</em><br>next line "
    '<a href="https://example.org/a" title="Example">link</a></p>'
    "<ul><li><p>one</p></li></ul>"
    '<ol type="1" data-type="decimal" start="2"><li><p>two</p></li></ol>'
    "<blockquote><p>quoted</p></blockquote>"
)


def test_nothing_the_editor_makes_is_dropped_on_save():
    kept = sanitize_html(EDITOR_HTML)
    assert kept == (
        "<h2>Heading</h2><h3>Sub</h3><h4>Minor</h4>"
        "<p>Text <strong>bold</strong> <em>italic</em><br>next line "
        '<a href="https://example.org/a" title="Example" rel="noopener noreferrer">link</a></p>'
        "<ul><li><p>one</p></li></ul>"
        '<ol start="2"><li><p>two</p></li></ol>'
        "<blockquote><p>quoted</p></blockquote>"
    )
    # Stable: saving again changes nothing.
    assert sanitize_html(kept) == kept


# As a word processor puts it on the clipboard: classes, styles, spans, its own tags.
WORD_PROCESSOR_HTML = """
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><style>p.MsoNormal{margin:0}</style></head>
<body lang="EN-GB" style="tab-interval:36.0pt">
<!--StartFragment-->
<h2 class="MsoHeading2" style="mso-outline-level:2">
<span style="font-family:Calibri">Keeping children safe</span></h2>
<p class="MsoNormal" style="margin-bottom:0"><span style="color:#1F3864">Talk to your
child <b>early</b> and <i>often</i>, see
<a href="https://example.org/advice" style="color:blue" target="_blank">the advice</a>.
</span><o:p></o:p></p>
<ul style="margin-top:0"><li class="MsoListParagraph" style="mso-list:l0 level1 lfo1">
<span>Agree rules</span></li></ul>
<table class="MsoTableGrid"><tr><td>Cell</td></tr></table>
<p><img src="file:///C:/Users/x/image001.png"><font face="Arial" size="5">Big</font></p>
<!--EndFragment-->
</body></html>
"""


def test_pasted_word_processor_html_keeps_its_structure_and_drops_the_rest():
    clean = re.sub(r">\s+", ">", sanitize_html(WORD_PROCESSOR_HTML))
    for kept in (
        "<h2>Keeping children safe</h2>",
        '<a href="https://example.org/advice" rel="noopener noreferrer">the advice</a>',
        "<ul><li>Agree rules</li></ul>",
        "<p>Big</p>",
    ):
        assert kept in clean
    for dropped in (
        "style",
        "class",
        "Mso",
        "<span",
        "<o:p",
        "<img",
        "<table",
        "<font",
        "StartFragment",
        "p.MsoNormal",
    ):
        assert dropped not in clean
    assert "Cell" in clean  # the text of what is dropped stays


def test_the_csp_allows_the_style_the_editor_core_inserts():
    # Tiptap inserts its fixed base CSS as a <style> element; the policy allows it by hash.
    script = Path(django_prose_editor.__file__).parent / "static/django_prose_editor/editor.js"
    css = re.search(r"=`(\.ProseMirror \{.*?)`", script.read_text(encoding="utf-8"), re.S)[1]
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"'sha256-{digest}'" == settings.RICH_TEXT_EDITOR_STYLE_HASH
    assert (
        settings.RICH_TEXT_EDITOR_STYLE_HASH
        in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    )


def admin_forms(request):
    """Every form of the admin with its model: each ModelAdmin's, each inline's."""
    for model, model_admin in admin.site._registry.items():
        yield model, model_admin.get_form(request)
        for inline in model_admin.get_inline_instances(request):
            yield inline.model, inline.get_formset(request).form


@pytest.mark.django_db
def test_every_rich_text_field_of_every_admin_has_the_editor_in_its_language(admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    rich_columns = {(model, field.name) for model, field in rich_text_fields()}
    seen = set()
    for model, form in admin_forms(request):
        for name, form_field in form.base_fields.items():
            if (model, name) not in rich_columns:
                continue
            seen.add((model, name))
            widget = innermost_widget(form_field.widget)
            assert isinstance(widget, ProseEditorWidget), (model, name)
            assert widget.config["extensions"] == EDITOR_EXTENSIONS
            language = name.rsplit("_", 1)[-1]
            if name.endswith(("_ar", "_zh_hans", "_en", "_fr", "_ru", "_es")):
                assert widget.attrs["dir"] == ("rtl" if language == "ar" else "ltr"), (model, name)
    # Each rich text column is edited somewhere: news, events, partners, guidelines.
    assert {model for model, _name in rich_columns} <= {model for model, _name in seen}
    assert len(seen) >= 6 * 6


@pytest.mark.django_db
def test_the_change_form_gives_the_import_map_the_requests_nonce(client):
    client.force_login(make_editor())
    response = client.get(CHANGELIST + "add/")
    html = response.content.decode()
    nonce = re.search(r'<script type="importmap" nonce="([^"]+)">', html)[1]
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    assert html.count('type="importmap"') == 1
    assert "data-django-prose-editor-configurable" in html
    assert 'id="id_body_ar"' in html and 'lang="ar"' in html


@pytest.mark.django_db
def test_public_pages_send_no_nonce(client):
    item = NewsItemFactory()
    response = client.get(item.get_absolute_url())
    assert "nonce-" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_without_javascript_the_text_area_saves_sanitised_html(client):
    client.force_login(make_editor())
    body = '<h2 style="color:red">Heading</h2><p class="x">Text <b>bold</b></p><img src="x">'
    response = client.post(
        CHANGELIST + "add/",
        form_data(title_en="Plain form", slug="plain-form", body_en=body, body_ar="<p>نص</p>"),
    )
    assert response.status_code == 302
    item = NewsItem.objects.get(slug="plain-form")
    assert item.body_en == "<h2>Heading</h2><p>Text bold</p>"
    assert item.body_ar == "<p>نص</p>"


@pytest.mark.django_db
def test_the_data_check_names_stored_markup_the_next_save_would_drop():
    kept = NewsItemFactory(body_en="<p>Fine <strong>text</strong></p>")
    older = NewsItemFactory()
    NewsItem.objects.filter(pk=older.pk).update(
        body_fr="<p>Old <table><tr><td>x</td></tr></table></p>"
    )
    warnings = check_stored_rich_text(databases=["default"])
    assert [(warning.id, warning.obj) for warning in warnings] == [
        ("cop_portal.W001", "news.NewsItem.body_fr")
    ]
    assert isinstance(warnings[0], checks.Warning)
    assert [(model, field.name, pks) for model, field, pks in stored_markup_changes()] == [
        (NewsItem, "body_fr", [older.pk])
    ]
    assert kept.pk != older.pk
