"""Hostile input: a fixed corpus of known-bad values and hypothesis strategies around it.

Every HTML fragment carries the marker ``cop_probe`` so that a page reflecting one
unescaped is recognised whatever surrounds it (``reflected_markup``).
"""

import os
import re
from urllib.parse import quote

from hypothesis import strategies as st

NUMBERS = [
    "0",
    "-1",
    "-0",
    "+1",
    "1.5",
    "1e308",
    "-1e308",
    "NaN",
    "inf",
    "-inf",
    "0x1F",
    "007",
    "2147483648",
    "-2147483649",
    "9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999999999999999999999",
    "1" * 400,
    "\uff11\uff12",  # full-width digits: int() accepts them, regexes do not
    "\u0661\u0662",  # Arabic-Indic digits
    " 1",
    "1 ",
    "0000",
    "9999",
    "10000",
    "-2024",
    "13",
    "00",
    "2024-02-30",
]
UNICODE = [
    "é",
    "مرحبا",
    "中文",
    "Привет",
    "😀",
    "\u202eevil",  # right-to-left override
    "\u200b",
    "e\u0301",
    "\ufeff",
    "\uffff",
    "\U0010ffff",
    "Ω" * 300,
]
CONTROL = ["\x00", "a\x00b", "%00", "\r\nSet-Cookie: probe=1", "\t", "\x1b[31m", "\x7f", "\x08"]
TRAVERSAL = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "....//....//etc/passwd",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "%2e%2e%2f",
    "..",
    ".",
    "~root",
    "file:///etc/passwd",
]
SQL = [
    "'",
    '"',
    "\\",
    "' OR '1'='1",
    "1; DROP TABLE auth_user; --",
    '" OR 1=1 --',
    "1' UNION SELECT NULL, NULL--",
    "%' AND 1=1 --",
    "1)) OR ((1=1",
    "$where: '1 == 1'",
    "admin'--",
]
HTML = [
    "<cop_probe>",
    '"><cop_probe x=1>',
    "'><script>cop_probe()</script>",
    "<img src=x onerror=cop_probe()>",
    '" autofocus onfocus="cop_probe()',
    "' onmouseover='cop_probe()",
    "<svg onload=cop_probe()>",
    "javascript:cop_probe()",
    "</title><cop_probe>",
    "</textarea><cop_probe>",
    "<!--<cop_probe>-->",
    "]]><cop_probe>",
]
TEMPLATES = ["{{ settings.SECRET_KEY }}", "{% debug %}", "${7*7}", "%s%s%s%n", "{0}", "%(x)s"]
SHAPES = [
    "",
    " ",
    "[]",
    "{}",
    "null",
    "None",
    "true",
    "undefined",
    "-",
    "_",
    "%",
    "%%",
    "%zz",
    "a" * 300,
    "A" * 10000,
    "é" * 5000,
    "-" * 3000 + "1",
]
CORPUS = NUMBERS + UNICODE + CONTROL + TRAVERSAL + SQL + HTML + TEMPLATES + SHAPES
# ``make test`` sends every third value of the corpus (a share of each kind) through the
# test client; ``make reliability`` sends all of it, in-process and over HTTP.
FULL = os.environ.get("COP_HOSTILE_FULL", "").lower() in {"1", "true", "yes"}
ALWAYS = ["\x00", "<cop_probe>", "' OR '1'='1", "../../../../etc/passwd", "A" * 10000, "-1"]
IN_PROCESS_CORPUS = CORPUS if FULL else list(dict.fromkeys(ALWAYS + CORPUS[::3]))

# Query strings sent as they are: broken encodings and odd shapes.
RAW_QUERIES = [
    "page=%ff%fe",
    "page=%",
    "%zz=1",
    "&&&",
    "=",
    "==",
    "a[b]=1",
    "page[]=1&page[]=2",
    "page=1&page=2&page=x",
    ";;;",
    "q=%00",
    "q=" + "%41" * 3000,
    "&".join(f"p{i}=1" for i in range(300)),
]

_REFLECTION = re.compile(
    r"<cop_probe|<script>cop_probe|<img[^>]*onerror=cop_probe|<svg[^>]*onload=cop_probe"
    r"|onfocus=\"cop_probe|onmouseover='cop_probe"
    # A javascript: address runs only where the browser follows it; in a form field's
    # value (a search box showing the query) it is text.
    r"|(?:href|src|action|formaction)=[\"']\s*javascript:cop_probe",
    re.IGNORECASE,
)


def reflected_markup(text):
    """The first unescaped hostile fragment in a response, or None."""
    match = _REFLECTION.search(text)
    if match is None:
        return None
    return text[max(0, match.start() - 80) : match.end() + 80]


_characters = st.characters(exclude_categories=("Cs",))

garbage = st.one_of(
    st.sampled_from(CORPUS),
    st.text(_characters, max_size=60),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.lists(st.sampled_from(CORPUS), min_size=2, max_size=4).map("".join),
    st.tuples(st.sampled_from(["a", "1", "é", "<", "'", "/"]), st.integers(1000, 12000)).map(
        lambda pair: pair[0] * pair[1]
    ),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)


def encode_query(pairs):
    """``name=value&...`` with everything percent-encoded (also '/' and '&')."""
    return "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in pairs)


def query_variants(name, value, valid=None):
    """The query strings one hostile value for ``name`` is sent as."""
    valid = valid or []
    yield encode_query([(name, value)])
    # Repeated parameter: a valid value first, the hostile one second, and the reverse.
    yield encode_query([(name, "1"), (name, value)])
    yield encode_query([(name, value)] + [(other, v) for other, v in valid if other != name])
