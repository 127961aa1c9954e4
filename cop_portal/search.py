"""One search over everything the public may see, in the reader's language.

What is searched comes from the content apps' ``search_sources()``
(cop_portal/contributions.py); how each database and language matches, ranks and
falls back to English is in the README ("Search, sitemap and previews").

Highlighting never trusts text: matches are delimited by two private-use characters
(stripped from queries and texts first), the text is escaped, and only then are the
delimiters turned into ``<mark>`` elements.
"""

import functools
import html
import re
import unicodedata
from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connection
from django.db.models import Case, F, FloatField, Func, Q, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.lookups import Contains
from django.db.models.sql import Query
from django.utils.html import escape
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname

from cop_portal.contributions import portal_apps
from cop_portal.rich_text import RichTextField
from cop_portal.translated_fields import SOURCE_LANGUAGE

# PostgreSQL's text-search configurations for the portal's languages (all five ship with
# PostgreSQL 12 and later). Chinese has none; it is matched by substring.
TEXT_SEARCH_CONFIGS = {
    "ar": "arabic",
    "en": "english",
    "fr": "french",
    "ru": "russian",
    "es": "spanish",
}

# Longer queries are cut: no one types more, and it bounds the work a request can ask for.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 10

# Each kind ranks at most this many of its matches, the newest (the last added): the
# rank and the highlights read a candidate's whole text, so a word most items contain
# would otherwise cost more with every item added. The search page says when more
# match ("more than 100"). Every search of the demo content has fewer.
MAX_CANDIDATES = 100

# ts_rank's default weights, used for substring matches too so both rank alike.
WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}

# Private-use characters that delimit a match until the text has been escaped.
START_MARK = "\ue000"
STOP_MARK = "\ue001"
_MARKED = re.compile(f"{START_MARK}(.*?){STOP_MARK}", re.DOTALL)

_TAG = re.compile(r"<[^>]*>")
# Arabic short vowels, shadda, sukun and the tatweel: optional in writing, so substring
# matching ignores them ("تنمر" finds "التنمّر").
_ARABIC_MARKS = "\u0640\u064b-\u065f\u0670"
_ARABIC_MARKS_RE = re.compile(f"[{_ARABIC_MARKS}]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Operators of PostgreSQL's web-search syntax that are not words to look for.
_OPERATORS = {"or"}


def search_sources():
    """Every app's searchable kinds, in the order of INSTALLED_APPS."""
    return [source for config in portal_apps() for source in config.search_sources()]


# --- The query --------------------------------------------------------------------------


def clean_query(raw):
    """The query as searched: no control or private-use characters, one space between
    words, at most MAX_QUERY_LENGTH characters."""
    if not raw:
        return ""
    kept = (
        " " if unicodedata.category(character) in {"Cc", "Cs", "Co", "Cn"} else character
        for character in raw[: MAX_QUERY_LENGTH * 4]
    )
    return " ".join("".join(kept).split())[:MAX_QUERY_LENGTH].strip()


def fold(text):
    """Text as substring matching compares it: lower case, without Arabic marks."""
    return _ARABIC_MARKS_RE.sub("", text.lower())


def _strip_punctuation(word):
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(word[end - 1])[0] in "PS":
        end -= 1
    return word[start:end]


def query_terms(query):
    """The words (or quoted phrases) of a query, folded, for substring matching.

    Single letters are left out (they would match nearly everything) except in Chinese
    and Japanese, where one character is a word.
    """
    terms = []
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', query):
        term = fold(" ".join(_strip_punctuation(phrase or word).split()))
        if not term or term in _OPERATORS or term in terms:
            continue
        if len(term) < 2 and not _CJK.search(term):
            continue
        terms.append(term)
    return terms[:MAX_TERMS]


# --- Fields in the reader's language --------------------------------------------------


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except Exception:  # FieldDoesNotExist
        return False
    return True


def is_translated(model, name):
    return _has_field(model, build_localized_fieldname(name, SOURCE_LANGUAGE))


def is_rich_text(model, name):
    return isinstance(model._meta.get_field(name), RichTextField)


def _empty(name):
    return Q(**{f"{name}__isnull": True}) | Q(**{name: ""})


def field_expressions(model, name, language):
    """``(own, fallback)`` expressions for field ``name`` as a reader of ``language`` sees it.

    ``own`` is the text in the reader's language (or the field itself if it is not
    translated); ``fallback`` is the English text where ``own`` is empty, else "" (None
    when there is no fallback: English readers, untranslated fields).
    """
    if not is_translated(model, name):
        return F(name), None
    own = build_localized_fieldname(name, language)
    if language == SOURCE_LANGUAGE:
        return F(own), None
    english = build_localized_fieldname(name, SOURCE_LANGUAGE)
    fallback = Case(When(_empty(own), then=F(english)), default=Value(""), output_field=TextField())
    return F(own), fallback


def has_full_text_search(language):
    return connection.vendor == "postgresql" and language in TEXT_SEARCH_CONFIGS


# --- PostgreSQL full-text search -------------------------------------------------------


def search_vector(model, fields, language):
    """The tsvector of ``fields`` ({name: weight}) for a reader of ``language``.

    The text in the reader's language goes through that language's configuration, the
    English fallback through English. ``cop_portal.search_indexes`` indexes exactly this
    expression, so keep the two in step (a test checks the planner uses the index).
    """
    config = TEXT_SEARCH_CONFIGS[language]
    vector = None
    for name, weight in fields.items():
        own, fallback = field_expressions(model, name, language)
        parts = [SearchVector(own, config=config, weight=weight)]
        if fallback is not None:
            parts.append(
                SearchVector(fallback, config=TEXT_SEARCH_CONFIGS[SOURCE_LANGUAGE], weight=weight)
            )
        for part in parts:
            vector = part if vector is None else vector + part
    return vector


def search_query(query, language):
    """The reader's words in their language's configuration, or in English's (for the
    English fallback text)."""
    tsquery = SearchQuery(query, config=TEXT_SEARCH_CONFIGS[language], search_type="websearch")
    if language != SOURCE_LANGUAGE:
        tsquery |= SearchQuery(
            query, config=TEXT_SEARCH_CONFIGS[SOURCE_LANGUAGE], search_type="websearch"
        )
    return tsquery


class RegexpReplace(Func):
    function = "regexp_replace"
    output_field = TextField()


def _plain(expression, rich):
    """Rich text without its tags, for ts_headline (entities are unescaped later)."""
    if not rich:
        return expression
    return RegexpReplace(expression, Value(_TAG.pattern), Value(" "), Value("g"))


def _headline(expression, config, tsquery, rich):
    # The whole text with every match marked: the passage around the first match is cut
    # in Python (ts_headline's own fragments drop the words around short texts' matches).
    return SearchHeadline(
        _plain(expression, rich),
        tsquery,
        config=config,
        start_sel=START_MARK,
        stop_sel=STOP_MARK,
        highlight_all=True,
    )


def _headline_annotation(model, name, language, tsquery):
    rich = is_rich_text(model, name)
    own, fallback = field_expressions(model, name, language)
    config = TEXT_SEARCH_CONFIGS[language]
    own_headline = _headline(own, config, tsquery, rich)
    if fallback is None:
        return own_headline
    english = F(build_localized_fieldname(name, SOURCE_LANGUAGE))
    return Case(
        When(
            _empty(own.name),
            then=_headline(english, TEXT_SEARCH_CONFIGS[SOURCE_LANGUAGE], tsquery, rich),
        ),
        default=own_headline,
        output_field=TextField(),
    )


def _headline_name(name):
    return f"search_headline_{name}"


# Where the reader's tsquery goes in the compiled SQL of a headline (see _compiled).
_TSQUERY_SLOT = "__portal_search_tsquery__"
_PLACEHOLDER = re.compile(r"%%|%s")


class _SqlTemplate:
    """Compiled SQL with slots for the tsquery's SQL, and the parameters between them."""

    def __init__(self, sql, params):
        self.chunks = sql.split(f"({_TSQUERY_SLOT})")
        self.params = []
        params = list(params)
        for chunk in self.chunks:
            count = sum(1 for found in _PLACEHOLDER.findall(chunk) if found == "%s")
            self.params.append(params[:count])
            params = params[count:]

    def render(self, tsquery_sql, tsquery_params):
        sql = f"({tsquery_sql})".join(self.chunks)
        params = list(self.params[0])
        for chunk_params in self.params[1:]:
            params += [*tsquery_params, *chunk_params]
        return sql, params


def _compile(model, expression):
    query = Query(model)
    compiler = query.get_compiler(connection=connection)
    return compiler.compile(expression.resolve_expression(query, allow_joins=False))


@functools.cache
def _compiled(model, fields, language, vendor):
    """The search vector and the headline of each field, compiled once per model and
    language: Django takes longer to resolve and compile these large expressions than
    PostgreSQL takes to run them (on the demo content, PostgreSQL, one search over every
    kind: median 33 ms with this, 60 ms compiling each time). The SQL is the expressions'
    own, so it still matches the indexes (a test checks the planner uses them)."""
    vector = _compile(model, search_vector(model, dict(fields), language))
    slot = RawSQL(_TSQUERY_SLOT, [])
    headlines = {
        name: _SqlTemplate(*_compile(model, _headline_annotation(model, name, language, slot)))
        for name, _weight in fields
    }
    return vector, headlines


def _full_text(source, query, language):
    """The public QuerySet with the search vector as an alias, the tsquery, and the
    fields' headline templates."""
    queryset = source.queryset()
    model = queryset.model
    (vector_sql, vector_params), headlines = _compiled(
        model, tuple(source.fields.items()), language, connection.vendor
    )
    vector = RawSQL(vector_sql, vector_params, output_field=SearchVectorField())
    return queryset.alias(search_vector=vector), search_query(query, language), headlines


def full_text_matching(source, query, language):
    queryset, tsquery, _headlines = _full_text(source, query, language)
    return queryset.filter(search_vector=tsquery)


def full_text_ranked(source, query, language, pks):
    queryset, tsquery, headlines = _full_text(source, query, language)
    tsquery_sql, tsquery_params = _compile(queryset.model, tsquery)
    annotations = {
        _headline_name(name): RawSQL(
            *template.render(tsquery_sql, tsquery_params), output_field=TextField()
        )
        for name, template in headlines.items()
    }
    return (
        queryset.filter(pk__in=pks)
        .annotate(search_rank=SearchRank(F("search_vector"), tsquery), **annotations)
        .order_by("-search_rank", "pk")
    )


# --- Substring matching (Chinese; SQLite) ------------------------------------------------


class Lower(Func):
    """Lower-cased text in every script. SQLite's own lower() knows only ASCII, so the
    portal registers ``portal_fold`` (:func:`fold`) on SQLite connections."""

    function = "LOWER"
    output_field = TextField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="portal_fold", **extra_context)


class Fold(Lower):
    """Lower-cased text without Arabic marks (:func:`fold`), for Arabic terms."""

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return f"regexp_replace({sql}, %s, '', 'g')", (*params, f"[{_ARABIC_MARKS}]")


def _contains(expression, term):
    """``expression`` contains ``term`` (folded), comparing no more than the term needs:
    Chinese has no case, and only Arabic has marks to ignore."""
    if _ARABIC.search(term):
        return Contains(Fold(expression), term)
    if term != term.upper():
        return Contains(Lower(expression), term)
    return Contains(expression, term)


def sqlite_fold(value):
    return fold(value) if isinstance(value, str) else value


def register_sqlite_functions(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("portal_fold", 1, sqlite_fold, deterministic=True)


def _term_in_field(model, name, language, term):
    own, fallback = field_expressions(model, name, language)
    found = _contains(own, term)
    if fallback is not None:
        found = Q(found) | Q(_contains(fallback, term))
    return Q(found)


def _substring_matches(source, query, language):
    """``(match, rank)``: the condition that every term is in some field, and the sum of
    the weights of the fields each term is in; None when no term is left to look for."""
    model = source.queryset().model
    terms = query_terms(query)
    if not terms:
        return None
    match = Q()
    rank = Value(0.0)
    for term in terms:
        anywhere = Q()
        for name, weight in source.fields.items():
            found = _term_in_field(model, name, language, term)
            anywhere |= found
            rank = rank + Case(
                When(found, then=Value(WEIGHTS[weight])),
                default=Value(0.0),
                output_field=FloatField(),
            )
        match &= anywhere
    return match, rank


def substring_matching(source, query, language):
    matches = _substring_matches(source, query, language)
    if matches is None:
        return source.queryset().none()
    return source.queryset().filter(matches[0])


def substring_ranked(source, query, language, pks):
    matches = _substring_matches(source, query, language)
    if matches is None:
        return source.queryset().none()
    return (
        source.queryset()
        .filter(pk__in=pks)
        .annotate(search_rank=matches[1])
        .order_by("-search_rank", "pk")
    )


# --- Results ------------------------------------------------------------------------------


def matching(source, query, language):
    """The public objects of ``source`` that match ``query`` (a QuerySet, not ranked)."""
    if has_full_text_search(language):
        return full_text_matching(source, query, language)
    return substring_matching(source, query, language)


@dataclass
class Found:
    """What one kind holds for a query: ``results`` best first (a QuerySet with the rank
    and, in full-text search, the highlighted fields), ``count`` of them, and whether
    ``more`` match than were ranked (then ``count`` is MAX_CANDIDATES)."""

    results: object
    count: int
    more: bool


def run_search(source, query, language):
    """The matches of ``query`` in ``source``, the best first among the newest
    MAX_CANDIDATES (see there): two queries, the candidates' keys and then the results
    (which are read a page at a time)."""
    candidates = list(
        matching(source, query, language)
        .order_by("-pk")
        .values_list("pk", flat=True)[: MAX_CANDIDATES + 1]
    )
    more = len(candidates) > MAX_CANDIDATES
    candidates = candidates[:MAX_CANDIDATES]
    if candidates:
        results = ranked(source, query, language, candidates)
    else:
        results = source.queryset().none()
    return Found(results=results, count=len(candidates), more=more)


def ranked(source, query, language, pks):
    """The public objects of ``source`` among ``pks`` (keys, or a QuerySet of them),
    best first for ``query``, with what :func:`build_results` needs."""
    if has_full_text_search(language):
        return full_text_ranked(source, query, language, pks)
    return substring_ranked(source, query, language, pks)


@dataclass
class SearchResult:
    url: str
    title: str  # safe HTML: escaped text with <mark> around matches
    title_language: str | None  # the language the title is written in, if not the reader's
    excerpt: str
    excerpt_language: str | None
    description: str = ""


def render_marked(text):
    """Escape ``text`` and turn the match delimiters in it into ``<mark>`` elements."""
    escaped = escape(text)
    marked = _MARKED.sub(lambda match: f"<mark>{match.group(1)}</mark>", escaped)
    return mark_safe(marked.replace(START_MARK, "").replace(STOP_MARK, ""))


def _without_marks(text):
    return (text or "").replace(START_MARK, "").replace(STOP_MARK, "")


def plain_text(value, rich):
    """A field's text as a reader sees it: tags removed and entities decoded."""
    value = _without_marks(value)
    if rich:
        # Sanitised HTML: a tag is a word boundary, as in the SQL version (_plain).
        value = html.unescape(_TAG.sub(" ", value))
    return " ".join(value.split())


def _term_pattern(terms):
    if not terms:
        return None
    marks = f"[{_ARABIC_MARKS}]*"
    alternatives = "|".join(
        "".join(re.escape(character) + marks for character in term)
        for term in sorted(terms, key=len, reverse=True)
    )
    return re.compile(alternatives, re.IGNORECASE)


def mark_terms(text, terms):
    """``text`` with delimiters around every occurrence of ``terms`` (not yet escaped)."""
    pattern = _term_pattern(terms)
    text = _without_marks(text)
    if pattern is None:
        return text
    return pattern.sub(lambda match: f"{START_MARK}{match.group(0)}{STOP_MARK}", text)


def excerpt(text, length=240):
    """About ``length`` characters of ``text`` around its first marked match (or from its
    start when nothing is marked)."""
    if len(text) <= length:
        return text
    first = text.find(START_MARK)
    start = max(0, first - length // 3) if first != -1 else 0
    if start:
        # Start at a word boundary when the text has spaces (not in Chinese).
        space = text.find(" ", start, first if first != -1 else start + 30)
        if space != -1:
            start = space + 1
    end = start + length
    if end < len(text):
        space = text.rfind(" ", end - 30, end)
        if space != -1:
            end = space
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return f"{prefix}{text[start:end].strip()}{suffix}"


def _field_text(obj, name, language):
    """``(text, language)`` of ``obj.name`` as a reader of ``language`` sees it."""
    model = type(obj)
    if not is_translated(model, name):
        return getattr(obj, name) or "", None
    own = getattr(obj, build_localized_fieldname(name, language), None)
    if own:
        return own, language
    return getattr(obj, build_localized_fieldname(name, SOURCE_LANGUAGE), None) or "", (
        SOURCE_LANGUAGE
    )


def _fallback_language(written_in, reader):
    return written_in if written_in and written_in != reader else None


def build_results(source, objects, query, language):
    """Turn a page of objects from :func:`run_search` into what the template shows."""
    full_text = has_full_text_search(language)
    terms = [] if full_text else query_terms(query)
    results = []
    for obj in objects:
        model = type(obj)
        title_text, title_language = _field_text(obj, source.title, language)
        if full_text:
            title = getattr(obj, _headline_name(source.title)) or title_text
        else:
            title = mark_terms(plain_text(title_text, False), terms)

        chosen = None
        for name in source.text:
            text, written_in = _field_text(obj, name, language)
            if not text:
                continue
            rich = is_rich_text(model, name)
            if full_text:
                marked = plain_text_marked(getattr(obj, _headline_name(name)) or "", rich)
            else:
                marked = mark_terms(plain_text(text, rich), terms)
            passage = excerpt(marked)
            candidate = (passage, written_in)
            if chosen is None:
                chosen = candidate
            if START_MARK in passage:
                chosen = candidate
                break
        passage, passage_language = chosen or ("", None)
        results.append(
            SearchResult(
                url=source.get_url(obj),
                title=render_marked(title),
                title_language=_fallback_language(title_language, language),
                excerpt=render_marked(passage),
                excerpt_language=_fallback_language(passage_language, language),
                description=source.describe(obj) if source.describe else "",
            )
        )
    return results


def plain_text_marked(headline, rich):
    """A ts_headline result (tags stripped in SQL) with its entities decoded."""
    text = html.unescape(headline) if rich else headline
    return " ".join(text.split())
