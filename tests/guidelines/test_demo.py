"""The demo content loads, reloads in place, and its documents are the committed PDFs."""

import os
import re
import shutil
import subprocess
import unicodedata
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from cop_portal import demo_data
from guidelines.demo import DOCUMENTS, document_path, languages_of
from guidelines.models import Audience, Document, GuidelineSet, Section
from guidelines.validators import validate_pdf

pytestmark = pytest.mark.django_db

GUIDELINE_SETS = demo_data.read("guidelines")["guideline_set"]
# (record, language) for each document the demo has: the sets with documents = true, in
# each language they are written in.
DOCUMENT_RECORDS = [
    (record, code)
    for record in GUIDELINE_SETS
    if record["documents"]
    for code in languages_of(record)
]
# Arabic presentation forms: the glyphs of letters joined to their neighbours.
ARABIC_FORMS = re.compile(r"<(F[B-E][0-9A-F]{2}|FE[7-F][0-9A-F])>")
LAM_ALEF_LIGATURES = re.compile(r"<FEF[5-9A-C]>")


def test_load_demo_is_complete_and_idempotent(media_root):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Audience.objects.values_list("slug", flat=True)) == [
        "children",
        "parents-educators",
        "industry",
        "policy-makers",
    ]
    children_bands = GuidelineSet.objects.filter(audience__slug="children").values_list(
        "age_band", flat=True
    )
    assert list(children_bands) == ["under-9", "9-12", "13-18"]
    for guideline_set in GuidelineSet.objects.all():
        assert guideline_set.sections.count() >= 4
    drafts = GuidelineSet.objects.filter(published=False).values_list("slug", flat=True)
    assert list(drafts) == ["first-phone-family-agreement"]
    industry = GuidelineSet.objects.get(audience__slug="industry")
    assert industry.title_ru == "" and industry.title_es == ""
    assert Section.objects.filter(body_ru="").count() == 4
    documents = Document.objects.all()
    assert documents.values("guideline_set").distinct().count() >= 2
    assert documents.count() == 18
    for document in documents:
        with document.file.open("rb") as file:
            content = file.read()
        committed = DOCUMENTS / f"{document.guideline_set.slug}-{document.language}.pdf"
        assert content == committed.read_bytes()
        assert content.startswith(b"%PDF-1.")
        assert document.size == len(content)
        validate_pdf(SimpleUploadedFile("x.pdf", content))
    assert len(list((media_root / "guidelines" / "documents").iterdir())) == 18


class TestTheLoadedDemo:
    """Tests that only read the demo: it is loaded once for all of them (demo_content)."""

    def test_each_document_is_the_committed_file(self, demo_content, settings):
        settings.MEDIA_ROOT = demo_content.media_root
        stored = {
            (document.guideline_set.slug, document.language): document
            for document in Document.objects.select_related("guideline_set")
        }
        assert sorted(stored) == sorted((record["slug"], code) for record, code in DOCUMENT_RECORDS)
        for record, code in DOCUMENT_RECORDS:
            document = stored[record["slug"], code]
            with document.file.open("rb") as file:
                assert file.read() == document_path(record, code).read_bytes()


def test_every_committed_document_is_a_small_pdf_the_demo_uses():
    expected = {document_path(record, code).name for record, code in DOCUMENT_RECORDS}
    assert {path.name for path in DOCUMENTS.iterdir()} == expected
    for record, code in DOCUMENT_RECORDS:
        content = document_path(record, code).read_bytes()
        validate_pdf(SimpleUploadedFile("x.pdf", content))
        assert len(content) < 150 * 1024, (record["slug"], code, len(content))


def to_unicode_maps(content):
    """The ToUnicode CMaps of a PDF: what text each glyph drawn stands for."""
    maps = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", content, re.S):
        try:
            data = zlib.decompress(match.group(1))
        except zlib.error:
            continue
        if b"begincmap" in data:
            maps.append(data.decode("latin-1"))
    return maps


@pytest.mark.parametrize(
    "record", [record for record, code in DOCUMENT_RECORDS if code == "ar"], ids=lambda r: r["slug"]
)
def test_arabic_documents_are_shaped(record):
    """Letters are drawn in their joined forms, lam and alef as one ligature."""
    maps = "\n".join(to_unicode_maps(document_path(record, "ar").read_bytes()))
    assert len(set(ARABIC_FORMS.findall(maps))) >= 20
    assert LAM_ALEF_LIGATURES.search(maps)


def comparable(text):
    """Text as pdftotext gives it back, in a form comparable with the source: without
    white space, bidirectional controls and combining marks (vowel signs come out
    reordered), and without lam and the alefs, which poppler writes in reverse order when
    they were drawn as one ligature."""
    text = "".join(
        char
        for char in text
        if not char.isspace() and unicodedata.category(char) not in ("Mn", "Cf")
    )
    return re.sub("[\u0644\u0627\u0623\u0625\u0622\u0649]", "", text)


@pytest.fixture(scope="module")
def pdftotext():
    found = shutil.which("pdftotext")
    if found is None:
        message = "pdftotext is missing (Debian's poppler-utils)"
        if os.environ.get("COP_REQUIRE_PDFTOTEXT") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.mark.parametrize(
    ("record", "code"),
    DOCUMENT_RECORDS,
    ids=[f"{record['slug']}-{code}" for record, code in DOCUMENT_RECORDS],
)
def test_documents_carry_their_text_in_their_language(pdftotext, record, code):
    """The title, summary and every section heading of the set, in the document's
    language, come out of the PDF as text."""
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(document_path(record, code)), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    expected = [record["title"][code], record["summary"][code]]
    expected += [section["title"][code] for section in record["section"]]
    for part in expected:
        assert comparable(part) in comparable(text), part
