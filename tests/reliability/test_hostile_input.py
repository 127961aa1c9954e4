"""Garbage in every path parameter and every query parameter of every public page.

The patterns come from the URL resolver, the query parameters from the pages' own
links and GET forms, the views' declarations and a few that every page may be sent.
Each request must answer below 500 and must not reflect hostile markup unescaped.
The fixed corpus (tests/reliability/hostile.py; a third of it in ``make test``, all of
it with COP_HOSTILE_FULL=1 as ``make reliability`` sets) is always sent; hypothesis adds
``COP_HOSTILE_EXAMPLES`` generated values per pattern (default 8, or 25 in full).
"""

import itertools
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability import report
from tests.reliability.discovery import LANGUAGE_CODES, public_patterns, query_parameters_for
from tests.reliability.hostile import (
    FULL,
    IN_PROCESS_CORPUS,
    RAW_QUERIES,
    encode_query,
    garbage,
    query_variants,
    reflected_markup,
)

pytestmark = pytest.mark.django_db

PUBLIC = public_patterns()
WITH_PARAMETERS = [pattern for pattern in PUBLIC if pattern.parameters]
EXAMPLES = int(os.environ.get("COP_HOSTILE_EXAMPLES", "25" if FULL else "8"))
HYPOTHESIS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def check(client, path, section):
    """GET ``path``: below 500, and no hostile markup reflected."""
    response = client.get(path)
    report.count("hostile input (in-process)", section)
    assert response.status_code < 500, f"{path!r} answered {response.status_code}"
    if not getattr(response, "streaming", False):
        reflected = reflected_markup(response.content.decode(errors="replace"))
        assert reflected is None, f"{path!r} reflects markup: {reflected!r}"
    return response


def sample_values(site, pattern, language):
    page = site.sample(pattern.key, language)
    return {name: str(value) for name, value in (page.kwargs if page else {}).items()}


def base_path(site, pattern, language):
    page = site.sample(pattern.key, language)
    if page is not None:
        return page.path.split("?")[0]
    return pattern.build({}, language)


@pytest.mark.parametrize("pattern", WITH_PARAMETERS, ids=lambda p: p.key)
def test_path_parameters_with_the_corpus(client, demo_portal, site, pattern):
    languages = itertools.cycle(LANGUAGE_CODES)
    for name, _converter in pattern.parameters:
        for value in IN_PROCESS_CORPUS:
            language = next(languages)
            values = sample_values(site, pattern, language) | {name: value}
            check(client, pattern.build(values, language), "path parameter values")
            # The same with '/' left as it is: traversal that spans segments.
            if "/" in value:
                check(
                    client, pattern.build(values, language, encode=False), "path parameter values"
                )


@pytest.mark.parametrize("pattern", WITH_PARAMETERS, ids=lambda p: p.key)
@HYPOTHESIS
@given(data=st.data())
def test_path_parameters_with_generated_garbage(client, demo_portal, site, pattern, data):
    language = data.draw(st.sampled_from(LANGUAGE_CODES), label="language")
    values = sample_values(site, pattern, language)
    for name, _converter in pattern.parameters:
        if data.draw(st.booleans(), label=f"garble {name}") or name not in values:
            values[name] = data.draw(garbage, label=name)
    check(client, pattern.build(values, language), "path parameter values")


@pytest.mark.parametrize("pattern", PUBLIC, ids=lambda p: p.key)
def test_query_parameters_with_the_corpus(client, demo_portal, site, pattern):
    parameters = query_parameters_for(site, pattern)
    names = sorted(parameters)
    valid = [(name, sorted(values)[0]) for name, values in sorted(parameters.items()) if values]
    languages = itertools.cycle(LANGUAGE_CODES)
    variants = itertools.cycle(range(3))
    # Every corpus value goes to one parameter; every parameter gets a share of them,
    # the parameters the pages really use first.
    ordered = sorted(names, key=lambda name: (not parameters[name], name))
    for index, value in enumerate(IN_PROCESS_CORPUS):
        name = ordered[index % len(ordered)]
        language = next(languages)
        query = list(query_variants(name, value, valid))[next(variants)]
        check(client, f"{base_path(site, pattern, language)}?{query}", "query parameter values")
    for query in RAW_QUERIES if FULL else RAW_QUERIES[::2]:
        check(
            client, f"{base_path(site, pattern, next(languages))}?{query}", "query parameter values"
        )
    report.count("hostile input (in-process)", "query parameters tried", len(names))


@pytest.mark.parametrize("pattern", PUBLIC, ids=lambda p: p.key)
@HYPOTHESIS
@given(data=st.data())
def test_query_parameters_with_generated_garbage(client, demo_portal, site, pattern, data):
    parameters = query_parameters_for(site, pattern)
    language = data.draw(st.sampled_from(LANGUAGE_CODES), label="language")
    names = st.one_of(st.sampled_from(sorted(parameters)), garbage)
    pairs = data.draw(st.lists(st.tuples(names, garbage), min_size=1, max_size=4), label="query")
    check(
        client,
        f"{base_path(site, pattern, language)}?{encode_query(pairs)}",
        "query parameter values",
    )


@HYPOTHESIS
@given(
    language=st.sampled_from(LANGUAGE_CODES + [""]),
    segments=st.lists(garbage, min_size=1, max_size=3),
)
def test_unknown_paths(client, demo_portal, language, segments):
    from urllib.parse import quote

    prefix = f"/{language}/" if language else "/"
    check(client, prefix + "/".join(quote(s, safe="") for s in segments), "unknown paths")


@pytest.mark.parametrize("pattern", PUBLIC, ids=lambda p: p.key)
def test_a_nul_in_the_url_is_a_bad_request(client, demo_portal, site, pattern):
    """PostgreSQL refuses NUL in text: every page refuses it first, in any parameter."""
    base = base_path(site, pattern, "en")
    parameters = sorted(query_parameters_for(site, pattern))
    for name in parameters:
        query = encode_query([(name, "a\x00b")])
        response = check(client, f"{base}?{query}", "NUL bytes")
        assert response.status_code == 400, (base, name, response.status_code)
    values = sample_values(site, pattern, "en")
    for name, _converter in pattern.parameters:
        response = check(client, pattern.build(values | {name: "a\x00b"}, "en"), "NUL bytes")
        assert response.status_code == 400, (pattern.key, name, response.status_code)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_page_without_parameters_answers(client, demo_portal, site, language):
    """Patterns no link reaches are requested directly, in every language."""
    for pattern in PUBLIC:
        if not pattern.parameters and (pattern.localized or language == "en"):
            check(client, pattern.build({}, language), "pages without parameters")
    report.record(
        "hostile input (in-process)",
        url_patterns=len(PUBLIC),
        url_patterns_with_path_parameters=len(WITH_PARAMETERS),
        patterns_without_a_crawled_page=sorted(
            p.key for p in PUBLIC if p.key not in site.by_pattern
        ),
    )
