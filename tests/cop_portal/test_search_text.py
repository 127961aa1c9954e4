"""The parts of search that work on text alone: cleaning queries, marking matches."""

import pytest

from cop_portal.search import (
    MAX_QUERY_LENGTH,
    START_MARK,
    STOP_MARK,
    clean_query,
    excerpt,
    mark_terms,
    plain_text,
    query_terms,
    render_marked,
)


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("", ""),
        (None, ""),
        ("  cyber   bullying \n", "cyber bullying"),
        ("null\x00byte", "null byte"),
        ("bell\x07 and\x1b[31m escape", "bell and [31m escape"),
        ("tab\tand\r\nnewline", "tab and newline"),
        (f"marker{START_MARK}inside{STOP_MARK}", "marker inside"),
        ("网络欺凌", "网络欺凌"),
        ("التنمر الإلكتروني", "التنمر الإلكتروني"),
    ],
)
def test_clean_query(raw, cleaned):
    assert clean_query(raw) == cleaned


def test_clean_query_caps_the_length():
    assert clean_query("a" * 10_000) == "a" * MAX_QUERY_LENGTH
    assert len(clean_query("word " * 2_000)) <= MAX_QUERY_LENGTH


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("Cyberbullying", ["cyberbullying"]),
        ('"online safety" for children', ["online safety", "for", "children"]),
        ("grooming OR sexting", ["grooming", "sexting"]),
        ("-privacy, (help)!", ["privacy", "help"]),
        ("a b cd", ["cd"]),
        ("网络欺凌 欺", ["网络欺凌", "欺"]),
        ("«harcèlement»", ["harcèlement"]),
        ("*** ''' ---", []),
        ("one two one", ["one", "two"]),
    ],
)
def test_query_terms(query, terms):
    assert query_terms(query) == terms


def test_query_terms_are_bounded():
    assert len(query_terms(" ".join(f"word{n}" for n in range(100)))) == 10


def test_marking_escapes_the_text_first():
    text = 'Bullying <script>alert("x")</script> & bullies'
    marked = render_marked(mark_terms(text, ["bull"]))
    assert marked == (
        "<mark>Bull</mark>ying &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        "<mark>bull</mark>ies"
    )


def test_a_query_cannot_inject_markup():
    query = "<img src=x onerror=alert(1)>"
    text = f"Someone wrote {query} here"
    marked = render_marked(mark_terms(text, query_terms(query)))
    assert "<img" not in marked
    assert "&lt;<mark>img</mark>" in marked


def test_markers_in_the_text_itself_are_not_trusted():
    text = f"{START_MARK}not a match{STOP_MARK} and {START_MARK}dangling"
    assert render_marked(mark_terms(text, ["zzz"])) == "not a match and dangling"


def test_unbalanced_marks_from_a_cut_passage_are_dropped():
    assert render_marked(f"… end of a {STOP_MARK}word and {START_MARK}start") == (
        "… end of a word and start"
    )


def test_marking_chinese_inside_a_sentence():
    marked = render_marked(mark_terms("网络欺凌是一个严重的问题。", ["欺凌"]))
    assert marked == "网络<mark>欺凌</mark>是一个严重的问题。"


def test_marking_ignores_case_in_every_script():
    assert render_marked(mark_terms("Кибербуллинг опасен", ["кибербуллинг"])) == (
        "<mark>Кибербуллинг</mark> опасен"
    )


def test_plain_text_of_rich_text():
    assert plain_text("<p>Fish &amp; chips</p><p>and&nbsp;more</p>", rich=True) == (
        "Fish & chips and more"
    )
    assert plain_text("<b>kept as typed</b>", rich=False) == "<b>kept as typed</b>"


def test_excerpt_is_cut_around_the_first_match():
    words = " ".join(f"word{n}" for n in range(200))
    text = mark_terms(words, ["word150"])
    passage = excerpt(text)
    assert passage.startswith("… ")
    assert passage.endswith(" …")
    assert f"{START_MARK}word150{STOP_MARK}" in passage
    assert len(passage) <= 250
    # Cut at word boundaries.
    assert passage.split()[1].startswith("word")


def test_excerpt_of_a_short_text_is_the_text():
    assert excerpt("Short text.") == "Short text."


def test_excerpt_without_a_match_is_the_start():
    passage = excerpt("x" * 500)
    assert passage.startswith("x")
    assert passage.endswith(" …")


def test_arabic_marks_are_optional():
    assert query_terms("التنمّر") == ["التنمر"]
    marked = render_marked(mark_terms("التنمّر على الإنترنت", query_terms("تنمر")))
    assert marked == "ال<mark>تنمّر</mark> على الإنترنت"
