"""Rich text written by editors and partners: edited with django-prose-editor, sanitised
with nh3 before it is stored.

One vocabulary for both: ``EDITOR_EXTENSIONS`` is what the editor offers (headings,
paragraphs, lists, links, bold, italic, blockquote, line breaks) and the allow-list keeps
exactly those elements, so nothing an editor makes is dropped on save, and whatever a
paste or a hand-written textarea (JavaScript off) brings beyond them is. Scripts, event
handlers, ``style`` and ``class`` attributes and any URL scheme other than http, https,
mailto and tel are removed; the text of a removed element stays.
"""

import html

import nh3
from django.apps import apps
from django.core import checks
from django.db import DatabaseError, connections, models, transaction
from django.utils.html import strip_tags
from django_prose_editor.fields import ProseEditorFormField

# The levels below the page's own title (h1) and a section's title (h2 on a guideline
# page); h4 as well, so that no heading stored before the editor is lost.
HEADING_LEVELS = (2, 3, 4)
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

# django-prose-editor's extensions (its "configurable" preset).
EDITOR_EXTENSIONS = {
    "Heading": {"levels": list(HEADING_LEVELS)},
    "Bold": True,
    "Italic": True,
    "BulletList": True,
    # Numbered only: the list-style dialog would write a ``type`` the page does not use.
    "OrderedList": {"enableListAttributes": False},
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    # A link opens in the same window: no target to choose.
    "Link": {"enableTarget": False, "protocols": sorted(ALLOWED_URL_SCHEMES)},
}

ALLOWED_TAGS = {
    "p", "br", *(f"h{level}" for level in HEADING_LEVELS), "strong", "em",
    "ul", "ol", "li", "blockquote", "a",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "ol": {"start"},
    # None on every element, not even nh3's default lang and title: the editor keeps neither.
    "*": set(),
}


def sanitize_html(value):
    """Return ``value`` with everything outside the allow-list removed."""
    if not value:
        return value
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def plain_text(rich_html):
    """The text of sanitised HTML, its entities decoded (``&amp;`` is ``&`` again), for
    places that escape it themselves: meta descriptions, feeds, calendars."""
    return html.unescape(strip_tags(rich_html or "")).strip()


class RichTextField(models.TextField):
    """A TextField whose HTML is sanitised on every save (each translation included),
    edited with the portal's rich-text editor in every form, the admin's included."""

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        return super().formfield(
            **{
                "form_class": ProseEditorFormField,
                "config": {"extensions": dict(EDITOR_EXTENSIONS)},
                "sanitize": sanitize_html,
                **kwargs,
            }
        )


def rich_text_fields():
    """``(model, field)`` for every rich-text column, each language's included."""
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, RichTextField):
                yield model, field


def stored_markup_changes(using="default"):
    """``(model, field, primary keys)`` of stored rich text that the editor and the
    allow-list would change on its next save (markup stored before they narrowed)."""
    tables = set(connections[using].introspection.table_names())
    for model, field in rich_text_fields():
        if model._meta.db_table not in tables:
            continue  # not created yet (a first migrate): nothing stored
        rows = model._base_manager.using(using).exclude(**{f"{field.attname}__in": ["", None]})
        changed = [
            pk
            for pk, value in rows.values_list("pk", field.attname).iterator()
            if sanitize_html(value) != value
        ]
        if changed:
            yield model, field, changed


@checks.register(checks.Tags.database)
def check_stored_rich_text(app_configs=None, databases=None, **kwargs):
    """Run by ``migrate`` and ``check --database``: says which stored texts hold markup
    that the next save would drop, so that it is rewritten by hand first."""
    warnings = []
    for using in databases or ():
        try:
            # In a transaction of its own: on PostgreSQL a failed query would otherwise
            # leave the connection unusable for what runs next (migrate itself).
            with transaction.atomic(using=using):
                changes = list(stored_markup_changes(using))
        except DatabaseError:
            continue  # a database that cannot answer now: the check says nothing
        warnings.extend(
            checks.Warning(
                f"{len(pks)} stored text(s) hold markup that the rich-text editor does not "
                f"offer and the next save removes (primary keys {', '.join(map(str, pks[:20]))}).",
                hint="Rewrite them with headings, paragraphs, lists, links, bold, italic "
                "and quotations only (cop_portal/rich_text.py).",
                obj=f"{model._meta.label}.{field.name}",
                id="cop_portal.W001",
            )
            for model, field, pks in changes
        )
    return warnings
