"""The demo content's data files and what the apps' demo modules share.

Each app with demo content keeps its texts in ``<app>/demo.toml``, read here with the
standard library's ``tomllib``. Every file has one shape: an array of tables per kind of
object and a table per object (a record). A record's plain keys are the object's fields
that are not translated; each translated field is a table keyed by language code, the
codes of ``settings.LANGUAGES``::

    [[guideline_set]]
    audience = "parents-educators"
    slug = "growing-up-online"

    [guideline_set.title]
    en = "Growing up online: a guide for families and schools"
    zh-hans = "在网络中成长：家庭与学校指南"

``translated`` turns such tables into model field values (``title_zh_hans``) with
modeltranslation's own naming. What only code can do stays in the app's ``demo.py``:
dates relative to the day the demo is loaded, relations, files, accounts, and saving
idempotently. ``load_demo`` runs those modules and prints the ``DemoLogin`` each returns.
"""

import tomllib
from functools import cache
from pathlib import Path
from typing import NamedTuple

import reversion
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname

from cop_portal.history import versions_of

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
# Shared by the news and events demos, which have a tag model each.
TAGS_FILE = Path(__file__).with_name("demo_tags.toml")


class DemoLogin(NamedTuple):
    """A demo account, as ``load_demo`` prints it at the end."""

    role: str
    username: str
    password: str
    note: str = ""
    # The account's admin language (cop_portal.models.AdminPreference); "" for the
    # browser's language.
    language: str = ""


def demo_account(username, password, *, superuser=False, groups=(), language="", **defaults):
    """The staff account ``username`` with ``password`` and admin ``language`` ("" for
    the browser's), created or reset to what the demo says; returns ``(user, created)``."""
    from cop_portal.models import AdminPreference

    User = get_user_model()
    defaults.setdefault("email", f"{username}@example.org")
    user, created = User.objects.get_or_create(username=username, defaults=defaults)
    user.is_staff = True
    user.is_superuser = superuser
    user.set_password(password)
    user.save()
    user.groups.add(*groups)
    AdminPreference.objects.update_or_create(user=user, defaults={"language": language})
    return user, created


def read(app_label):
    """The records of an app's ``demo.toml``: ``{"guideline_set": [record, ...], ...}``."""
    return read_file(Path(apps.get_app_config(app_label).path) / "demo.toml")


def read_file(path):
    with open(path, "rb") as file:
        return tomllib.load(file)


def translated(record, *fields, blank=""):
    """Model field values for the translated ``fields`` of ``record``: one per field and
    language (``title_en``, ``title_zh_hans``, ...), ``blank`` in a language the record has
    no text in. Saving them all means loading again also empties a text removed from the
    data. A language code that is not in settings.LANGUAGES is an error, not a text lost
    without a word."""
    values = {}
    for field in fields:
        texts = record.get(field, {})
        unknown = sorted(set(texts) - set(LANGUAGE_CODES))
        if unknown:
            raise ValueError(
                f"{record.get('slug', record)!r}, {field}: {', '.join(unknown)} "
                f"not among the languages ({', '.join(LANGUAGE_CODES)})"
            )
        for code in LANGUAGE_CODES:
            values[build_localized_fieldname(field, code)] = texts.get(code, blank)
    return values


def filled(record, **values):
    """``record`` with each ``{name}`` in its strings replaced by ``values[name]``: for the
    texts of objects that depend on the day the demo is loaded ("Safer Internet Day
    {year}"). Other braces are left as they are."""
    if isinstance(record, str):
        for name, value in values.items():
            record = record.replace("{" + name + "}", str(value))
        return record
    if isinstance(record, dict):
        return {key: filled(value, **values) for key, value in record.items()}
    if isinstance(record, list):
        return [filled(value, **values) for value in record]
    return record


@cache
def tag_records():
    """The demo tags (demo_tags.toml) by English name, the name the apps' data uses."""
    return {record["name"]["en"]: record for record in read_file(TAGS_FILE)["tag"]}


def save_tag(model, english):
    """The ``model`` tag named ``english``, created or updated with its six names; its slug
    is made from the English name."""
    record = tag_records()[english]
    tag, _created = model.objects.update_or_create(
        slug=slugify(english), defaults={"name": english, **translated(record, "name")}
    )
    return tag


def demo_history(obj, earlier_states, *, user):
    """Give ``obj`` a short history once: each of ``earlier_states`` (field values, oldest
    first) saved as a version, then its state as loaded. Nothing when it has versions."""
    if versions_of(type(obj), obj.pk).exists():
        return False
    loaded = {name: getattr(obj, name) for state in earlier_states for name in state}
    for state in [*earlier_states, loaded]:
        for name, value in state.items():
            setattr(obj, name, value)
        with reversion.create_revision():
            obj.save()
            reversion.set_user(user)
    return True
