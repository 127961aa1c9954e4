"""Versions of the portal's public content (django-reversion): what is kept, how two
versions differ, and restoring one.

Each content model is registered from its app's ``translation.py`` (after
modeltranslation has added the language columns, so a version holds every language)
with the relations it owns (sections, documents, help services, tagged items): one
admin save is one revision of the object and what it follows. The admin side is
``cop_portal.history_admin``.
"""

import difflib
import re
from dataclasses import dataclass, field

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import models, transaction
from django.utils import formats, timezone
from django.utils.html import format_html_join, strip_tags
from django.utils.translation import gettext
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from reversion.models import Revision, Version

from cop_portal.languages import portal_language

# model -> the fields its versions hold.
FIELDS = {}
# model -> names of the reverse relations whose objects belong to its versions.
FOLLOWED = {}
# owned model -> its foreign keys to its owner (not worth showing in a difference).
OWNER_LINKS = {}


def _relation(model, accessor):
    """The reverse relation that ``model``'s objects reach through ``accessor``."""
    return next(
        relation
        for relation in model._meta.related_objects
        if relation.get_accessor_name() == accessor
    )


def register(model, *, follow=()):
    """Keep versions of ``model`` with every language column, following ``follow``.

    The untranslated original of a translated field is left out: it only mirrors one
    language, and restoring it would write that text into the active language. So are
    many-to-many relations through a model of their own (tags): follow that model.
    """
    try:
        originals = tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        originals = ()
    through_own_model = tuple(
        relation.name
        for relation in model._meta.local_many_to_many
        if not relation.remote_field.through._meta.auto_created
    )
    excluded = originals + through_own_model
    opts = model._meta
    FIELDS[model] = tuple(
        model_field.name
        for model_field in opts.local_fields + opts.local_many_to_many
        if model_field.name not in excluded
    )
    FOLLOWED[model] = tuple(follow)
    for name in follow:
        relation = _relation(model, name)
        OWNER_LINKS.setdefault(relation.related_model, set()).add(relation.field.name)
    reversion.register(model, fields=FIELDS[model], follow=follow)


def versions_of(model, object_id):
    """The versions of one object, newest first, with who saved them.

    A revision that holds a change only proposed (a partners.ProfileProposal) is not a
    version of the object: it never was its state.
    """
    return (
        Version.objects.get_for_object_reference(model, object_id)
        .filter(revision__profile_proposal__isnull=True)
        .select_related("revision__user")
        .order_by("-revision__date_created", "-pk")
    )


# --- what belongs to a version -------------------------------------------------------


def _owned_versions(model, object_id, versions):
    """The versions among ``versions`` that belong to the object (recursively)."""
    for name in FOLLOWED.get(model, ()):
        relation = _relation(model, name)
        for version in versions:
            if version._model is relation.related_model and str(
                version.field_dict.get(relation.field.attname)
            ) == str(object_id):
                yield version
                yield from _owned_versions(version._model, version.object_id, versions)


def owned_versions(version):
    """The versions saved with ``version`` of what its object owns (its sections...)."""
    others = list(version.revision.version_set.exclude(pk=version.pk).order_by("pk"))
    return list(_owned_versions(version._model, version.object_id, others))


def _owned_objects(obj):
    for name in FOLLOWED.get(type(obj), ()):
        for child in getattr(obj, name).all():
            yield child
            yield from _owned_objects(child)


def restore_version(version, *, user, comment, keep=()):
    """Make ``version`` of an object (and of what it owned) the current state again,
    but for the fields named in ``keep``, which keep their current values.

    Works for a deleted object too. The restore is saved as a new version; the saves
    send the usual signals, so the page cache starts a new generation.
    """
    kept = [version, *owned_versions(version)]
    kept_keys = {(item._model, str(item.object_id)) for item in kept}
    with transaction.atomic(), reversion.create_revision():
        current = version._model._base_manager.filter(pk=version.object_id).first()
        kept_values = {name: getattr(current, name) for name in keep} if current else {}
        if current is not None:
            # Owned objects added since go first (a tag link re-created with its old id
            # would collide with its newer twin).
            for child in list(_owned_objects(current)):
                if (type(child), str(child.pk)) not in kept_keys:
                    child.delete()
        for item in kept:
            item.revert()
        restored = version._model._base_manager.get(pk=version.object_id)
        if kept_values:
            for name, value in kept_values.items():
                setattr(restored, name, value)
            restored.save(update_fields=list(kept_values))
        reversion.add_to_revision(restored)
        reversion.set_user(user)
        reversion.set_comment(comment)
    return restored


def unsaved_versions(obj):
    """Versions of ``obj`` and of what it owns as they are now, not saved anywhere yet
    (to keep a state the database is about to roll back: see ``save_revision``)."""
    return [
        Version(
            content_type=ContentType.objects.get_for_model(item),
            object_id=str(item.pk),
            db=item._state.db or "default",
            format="json",
            serialized_data=serializers.serialize("json", [item], fields=FIELDS[type(item)]),
            object_repr=str(item),
        )
        for item in [obj, *_owned_objects(obj)]
    ]


def save_revision(versions, *, user, comment):
    """Save ``unsaved_versions`` as one revision; returns it."""
    revision = Revision.objects.create(date_created=timezone.now(), user=user, comment=comment)
    for version in versions:
        version.revision = revision
    Version.objects.bulk_create(versions)
    return revision


def save_version(obj, *, user, comment):
    """Keep the current state of ``obj`` as a version (before deleting it, say)."""
    with reversion.create_revision():
        reversion.add_to_revision(obj)
        reversion.set_user(user)
        reversion.set_comment(comment)


# --- differences ---------------------------------------------------------------------

BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


@dataclass
class FieldChange:
    label: str
    language: object  # a PortalLanguage, or None for a field that is not translated
    old: str
    new: str

    @property
    def diff(self):
        """The new text with removed words in <del> and added words in <ins>."""
        old_words, new_words = self.old.split(" "), self.new.split(" ")
        parts = []
        matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
        for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
            if tag == "equal":
                parts.append(("span", " ".join(old_words[old_start:old_end])))
                continue
            if old_end > old_start:
                parts.append(("del", " ".join(old_words[old_start:old_end])))
            if new_end > new_start:
                parts.append(("ins", " ".join(new_words[new_start:new_end])))
        return format_html_join(" ", "<{0}>{1}</{0}>", parts)


@dataclass
class ObjectChange:
    """One object of a version: added, removed or changed, with its changed fields."""

    kind: str  # "added", "removed" or "changed"
    model_name: str
    name: str
    fields: list = field(default_factory=list)

    @property
    def kind_label(self):
        return {
            "added": gettext("Added"),
            "removed": gettext("Removed"),
            "changed": gettext("Changed"),
        }[self.kind]


def _text(model_field, value):
    """A field's stored value as a reader would say it."""
    if value is None or value == "":
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(filter(None, (_text(model_field, item) for item in value)))
    if hasattr(value, "code") and hasattr(value, "name"):  # a country
        return str(value.name)
    if model_field.is_relation:
        related = model_field.related_model._base_manager.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}"
    if model_field.choices and model_field.flatchoices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, str) and "<" in value:
        return " ".join(strip_tags(BLOCK_END.sub(" ¶ ", value)).split()).strip(" ¶")
    if hasattr(value, "isoformat"):
        return formats.localize(value)
    return str(value)


def _compared_fields(model, ignore):
    for model_field in model._meta.concrete_fields + model._meta.many_to_many:
        if model_field.name in ignore or model_field.primary_key:
            continue
        if not model_field.editable or getattr(model_field, "auto_now_add", False):
            continue
        yield model_field


def field_changes(model, old, new, ignore=()):
    """The fields that differ between two field dicts (``{}`` for "nothing yet")."""
    changes = []
    for model_field in _compared_fields(model, ignore):
        key = model_field.attname
        if key not in old and key not in new:
            continue
        old_text, new_text = _text(model_field, old.get(key)), _text(model_field, new.get(key))
        if old_text == new_text:
            continue
        if isinstance(model_field, TranslationField):
            label = model_field.translated_field.verbose_name
            language = portal_language(model_field.language)
        else:
            label, language = model_field.verbose_name, None
        changes.append(FieldChange(str(label), language, old_text, new_text))
    return changes


def _object_change(kind, version, fields=()):
    return ObjectChange(kind, str(version._model._meta.verbose_name), str(version), list(fields))


def compare_versions(old, new, ignore=()):
    """How ``new`` differs from ``old`` (None: from nothing): the object, then what it
    owns (sections, services, tags...), each with its changed fields."""
    changes = []
    root = field_changes(new._model, old.field_dict if old else {}, new.field_dict, ignore)
    if root:
        changes.append(_object_change("changed" if old else "added", new, root))
    old_owned = {(v._model, v.object_id): v for v in (owned_versions(old) if old else [])}
    new_owned = {(v._model, v.object_id): v for v in owned_versions(new)}
    for key, version in new_owned.items():
        before = old_owned.get(key)
        ignored = OWNER_LINKS.get(version._model, ())
        fields = field_changes(
            version._model, before.field_dict if before else {}, version.field_dict, ignored
        )
        if before is None or fields:
            changes.append(_object_change("changed" if before else "added", version, fields))
    changes.extend(
        _object_change("removed", version)
        for key, version in old_owned.items()
        if key not in new_owned
    )
    return changes


def previous_version(version):
    """The version of the same object saved just before ``version``, or None."""
    return (
        versions_of(version._model, version.object_id)
        .filter(
            models.Q(revision__date_created__lt=version.revision.date_created)
            | models.Q(revision__date_created=version.revision.date_created, pk__lt=version.pk)
        )
        .first()
    )
