"""Checks on translation catalogues that polib's compiler does not make.

A translation must keep the English string's placeholders: ``%(name)s`` or ``%s`` that
is missing, extra or misspelt in one language raises a ``KeyError`` or ``TypeError``
when that language formats it, a server error in that language only. Used by
``manage.py compile_translations`` (which refuses such a catalogue) and by the tests.

Rules, for Python's ``%`` formatting and ``str.format`` braces alike:
- a singular entry keeps exactly the English named placeholders (in any order) and the
  English positional placeholders (in the same order, with the same conversions);
- each plural form uses only named placeholders of the English singular or plural (a
  form may leave out the number: Arabic's "one" form says "a partner"), all the forms
  together use every one of them, and positional placeholders are as in English (a
  ``%`` with a tuple fails when the count differs).
"""

import re

# %(name)s, %s, %d, %5.2f ... (flags, width and precision allowed); %% is a literal.
PERCENT = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?(?P<spec>[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?)"
    r"(?P<conversion>[diouxXeEfFgGcrsa%])"
)
# {name}, {0}, {} and {name!r:>10}; {{ and }} are literals.
BRACE = re.compile(r"(?<!\{)\{(?P<field>[A-Za-z_][A-Za-z0-9_]*|\d*)(?:![rsa])?(?::[^{}]*)?\}")


def placeholders(text):
    """``(named, positional)``: the set of named and the list of positional ones."""
    named, positional = set(), []
    for match in PERCENT.finditer(text):
        if match["conversion"] == "%":
            continue
        if match["name"] is not None:
            named.add(f"%({match['name']}){match['conversion']}")
        else:
            positional.append(f"%{match['conversion']}")
    for match in BRACE.finditer(text.replace("{{", "").replace("}}", "")):
        field = match["field"]
        if field == "" or field.isdigit():
            positional.append("{" + field + "}")
        else:
            named.add("{" + field + "}")
    return named, positional


def _describe(named, positional):
    return ", ".join(sorted(named) + positional) or "none"


def entry_problems(entry):
    """What is wrong with the placeholders of one polib entry (a list of sentences)."""
    if entry.obsolete or not entry.msgid:
        return []
    problems = []
    english_named, english_positional = placeholders(entry.msgid)
    if not entry.msgid_plural:
        if entry.msgstr:
            named, positional = placeholders(entry.msgstr)
            if named != english_named or positional != english_positional:
                problems.append(
                    f"{entry.msgid!r}: the translation has {_describe(named, positional)}, "
                    f"English has {_describe(english_named, english_positional)}"
                )
        return problems
    plural_named, plural_positional = placeholders(entry.msgid_plural)
    allowed = english_named | plural_named
    used = set()
    for index, text in sorted(entry.msgstr_plural.items()):
        if not text:
            continue
        named, positional = placeholders(text)
        used |= named
        if not named <= allowed:
            problems.append(
                f"{entry.msgid!r}: plural form {index} has {', '.join(sorted(named - allowed))}, "
                f"which English does not ({_describe(allowed, [])})"
            )
        if positional not in (english_positional, plural_positional):
            problems.append(
                f"{entry.msgid!r}: plural form {index} has positional "
                f"{_describe(set(), positional)}, English has "
                f"{_describe(set(), plural_positional)}"
            )
    if any(entry.msgstr_plural.values()) and not allowed <= used:
        problems.append(f"{entry.msgid!r}: no plural form uses {', '.join(sorted(allowed - used))}")
    return problems


def catalogue_problems(catalogue):
    """Placeholder problems of every entry of a polib catalogue."""
    return [problem for entry in catalogue for problem in entry_problems(entry)]
