"""Poppler's command-line tools (Debian poppler-utils) for the tests of guideline PDFs."""

import os
import re
import shutil
import subprocess
import unicodedata

import pytest


def poppler_tool(name):
    """The path of ``name``; a skip (a failure with COP_REQUIRE_PDFTOTEXT=1) without it."""
    found = shutil.which(name)
    if found is None:
        message = f"{name} is missing (Debian's poppler-utils)"
        if os.environ.get("COP_REQUIRE_PDFTOTEXT") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return found


def pdf_text(path):
    return subprocess.run(
        [poppler_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def pdf_fonts(path):
    """``[(name, embedded), ...]`` as pdffonts lists them."""
    output = subprocess.run(
        [poppler_tool("pdffonts"), str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    fonts = []
    for line in output.splitlines()[2:]:
        # The columns after the name and type: encoding, emb, sub, uni, object id.
        columns = line.split()
        fonts.append((columns[0], columns[-5] == "yes"))
    return fonts


def comparable(text):
    """Text as pdftotext gives it back, in a form comparable with the source: without
    white space, bidirectional controls and combining marks (vowel signs come out
    reordered), and without lam and the alefs, which poppler writes in reverse order when
    they were drawn as one ligature. Decomposed first: a font may draw a letter with a
    hamza (U+0626) as the bare letter and a hamza mark."""
    text = "".join(
        char
        for char in unicodedata.normalize("NFD", text)
        if not char.isspace() and unicodedata.category(char) not in ("Mn", "Cf")
    )
    return re.sub("[\u0644\u0627\u0623\u0625\u0622\u0649]", "", text)
