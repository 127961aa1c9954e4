"""Country names in the reader's language, in that language's order, and the narrowing
of the list by what a visitor types (the help page's ``?q=``).

The names are django-countries' own translations. The order is the Unicode Collation
Algorithm (pyuca, the default table: accents are secondary, so "Égypte" sorts among the
E; Arabic and Cyrillic letters in their alphabets' order), and for Chinese the names'
pinyin (pypinyin), the order Chinese readers expect of a list of names.
"""

import unicodedata
from functools import cache

import pyuca
from django.utils import translation
from django_countries import countries
from pypinyin import Style, lazy_pinyin


@cache
def _collator():
    return pyuca.Collator()


def _is_chinese(language):
    return language.lower().startswith("zh")


def collation_key(name, language):
    """A sort key for ``name`` in ``language``."""
    if _is_chinese(language):
        return (tuple(lazy_pinyin(name, style=Style.TONE3)), _collator().sort_key(name))
    return _collator().sort_key(name)


@cache
def _sorted_names(language):
    with translation.override(language):
        names = [(country.code, str(country.name).strip()) for country in countries]
    return tuple(sorted(names, key=lambda item: collation_key(item[1], language)))


def sorted_country_names(language=None):
    """``(code, name)`` of every country, named and sorted in ``language`` (the active
    one by default)."""
    return _sorted_names(language or translation.get_language() or "en")


def folded(text):
    """``text`` without case or accents (hamza and vowel marks in Arabic), for matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@cache
def _search_texts(language):
    """``{code: what a query may match}``: the name in ``language`` and in English, the
    code, and in Chinese the pinyin of the name."""
    english = dict(_sorted_names("en"))
    texts = {}
    for code, name in _sorted_names(language):
        parts = [name, english[code], code]
        if _is_chinese(language):
            parts.append("".join(lazy_pinyin(name)))
        texts[code] = " | ".join(folded(part) for part in parts)
    return texts


def matching_country_names(query, language=None):
    """The countries of ``sorted_country_names(language)`` whose name (in that language
    or in English), code or, in Chinese, pinyin contains ``query``."""
    language = language or translation.get_language() or "en"
    needle = folded(query.strip())
    if not needle:
        return list(sorted_country_names(language))
    texts = _search_texts(language)
    return [(code, name) for code, name in sorted_country_names(language) if needle in texts[code]]
