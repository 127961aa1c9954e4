"""Help in every country: partners/country_help.toml turned into ``CountryHelp`` rows.

Run by migration partners 0007 (so every country has its entry on a fresh database) and
by the demo loader (which restores them after a test flushes the database). Idempotent:
a country without an entry gets one; an entry is brought up to date with the file only
while it still holds what the file last wrote (``data_fingerprint``): an entry staff
have edited since is left as they made it.
"""

import hashlib
import json
import tomllib
from functools import cache
from pathlib import Path

from django.conf import settings
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname

DATA_FILE = Path(__file__).with_name("country_help.toml")
LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
PLAIN_FIELDS = (
    "emergency_numbers",
    "child_helpline_number",
    "child_helpline_url",
    "report_url",
)
TRANSLATED_FIELDS = ("child_helpline_name", "report_name", "note")
EU_GROUP = "eu"
EU_CHILD_HELPLINE_GROUP = "eu-116111"


@cache
def read_data():
    with DATA_FILE.open("rb") as data_file:
        return tomllib.load(data_file)


def _translated(value):
    """A plain string is a helpline's own name, the same in every language."""
    if isinstance(value, str):
        return dict.fromkeys(LANGUAGE_CODES, value)
    return {code: value.get(code, "") for code in LANGUAGE_CODES}


def managed_fields():
    """The model fields the data file writes."""
    return (
        *PLAIN_FIELDS,
        *(
            build_localized_fieldname(name, code)
            for name in TRANSLATED_FIELDS
            for code in LANGUAGE_CODES
        ),
        "source",
        "checked_on",
    )


def _record_values(code, record, data):
    """The values of ``code``'s entry: its groups' (those that list it as a member, then
    those its record names), then its record's own."""
    names = [name for name, group in data["group"].items() if code in group.get("countries", ())]
    names += [name for name in record.get("groups", ()) if name not in names]
    values = {}
    sources = []
    for part in [*(data["group"][name] for name in names), record]:
        for name in PLAIN_FIELDS:
            if name in part:
                values[name] = part[name]
        for name in TRANSLATED_FIELDS:
            if name in part:
                for language, text in _translated(part[name]).items():
                    values[build_localized_fieldname(name, language)] = text
        sources.extend(part.get("source", ()))
    if not sources:
        return {}
    values["source"] = "\n".join(sources)
    values["checked_on"] = record.get("checked_on")
    return values


def entry_values():
    """``{country code: field values}`` for every country of django-countries' list; a
    country the file gives nothing for has every field empty (no checked number)."""
    data = read_data()
    empty = dict.fromkeys(managed_fields(), "")
    empty["checked_on"] = None
    listed = {record["code"]: record for record in data["country"]}
    known = {code for code, _name in countries}
    members = {code for group in data["group"].values() for code in group.get("countries", ())}
    unknown = (set(listed) | members) - known
    if unknown:
        raise ValueError(f"{DATA_FILE.name}: unknown country codes {sorted(unknown)}")
    return {
        code: {**empty, **_record_values(code, listed.get(code, {}), data)}
        for code, _name in countries
    }


def eu_states():
    return frozenset(read_data()["group"][EU_GROUP]["countries"])


def fingerprint(values):
    """A digest of the managed fields' ``values`` (a dict, or a row's attributes)."""
    if not isinstance(values, dict):
        values = {name: getattr(values, name) for name in managed_fields()}
    normalised = {
        name: value.isoformat() if hasattr(value, "isoformat") else (value or "")
        for name, value in values.items()
    }
    return hashlib.sha256(json.dumps(normalised, sort_keys=True).encode()).hexdigest()


def country_help_load(model):
    """Create or update the entries of ``model`` (``CountryHelp``, or a migration's
    historical copy) from the data file; returns ``(created, updated, kept_as_edited)``."""
    existing = {str(row.country): row for row in model._default_manager.all()}
    created, updated, kept = [], 0, 0
    for code, values in entry_values().items():
        digest = fingerprint(values)
        row = existing.get(code)
        if row is None:
            created.append(model(country=code, data_fingerprint=digest, **values))
            continue
        current = fingerprint(row)
        if current == digest:
            continue  # as the file says
        if current == row.data_fingerprint:  # as the file last wrote it: not edited
            for name, value in values.items():
                setattr(row, name, value)
            row.data_fingerprint = digest
            row.save()
            updated += 1
        else:
            kept += 1
    model._default_manager.bulk_create(created)
    return len(created), updated, kept
