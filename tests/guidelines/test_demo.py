"""The demo content loads, reloads in place, and every set has its PDFs made from its text."""

import re
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from cop_portal import demo_data
from guidelines.demo import languages_of
from guidelines.models import Audience, Document, GuidelineSet, Section
from guidelines.validators import validate_pdf
from tests.guidelines.pdf_tools import comparable, pdf_fonts, pdf_text

pytestmark = pytest.mark.django_db

GUIDELINE_SETS = demo_data.read("guidelines")["guideline_set"]
# (record, language) for each document the demo has: every set, in each language it is
# written in.
DOCUMENT_RECORDS = [(record, code) for record in GUIDELINE_SETS for code in languages_of(record)]
DOCUMENT_IDS = [f"{record['slug']}-{code}" for record, code in DOCUMENT_RECORDS]
# A glyph of the font and the Arabic letter it stands for, in a ToUnicode CMap.
ARABIC_GLYPH = re.compile(r"<([0-9A-F]{4})> <(06[2-4][0-9A-F])>", re.IGNORECASE)


def stored_documents(media_root):
    return sorted((media_root / "guidelines" / "documents").iterdir())


def test_load_demo_is_complete_and_idempotent(media_root):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = {document.pk: document.file.name for document in Document.objects.all()}
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
    assert documents.count() == len(DOCUMENT_RECORDS)
    # The text has not changed: the second load keeps the files the first one made.
    assert {document.pk: document.file.name for document in documents} == first
    for document in documents:
        assert document.generated
        with document.file.open("rb") as file:
            content = file.read()
        assert content.startswith(b"%PDF-1.")
        assert document.size == len(content)
        validate_pdf(SimpleUploadedFile("x.pdf", content))
    assert len(stored_documents(media_root)) == len(DOCUMENT_RECORDS)


def expected_words(record, code):
    """What a set's PDF must give back as text: its title and section headings whole, the
    summary (which may wrap) word by word. In Arabic every part word by word: poppler
    gives the pieces of a right-to-left line out of order (the last word of a heading
    that ends with a tanween comes out on a line of its own)."""
    headings = [record["title"][code], *(section["title"][code] for section in record["section"])]
    summary = record["summary"][code].split()
    if code == "ar":
        return [word for heading in headings for word in heading.split()] + summary
    return [*headings, *summary]


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


class TestTheLoadedDemo:
    """Tests that only read the demo: it is loaded once for all of them (demo_content)."""

    @pytest.fixture
    def documents(self, demo_content, settings):
        settings.MEDIA_ROOT = demo_content.media_root
        return {
            (document.guideline_set.slug, document.language): document
            for document in Document.objects.select_related("guideline_set")
        }

    def test_every_set_has_a_generated_pdf_in_each_of_its_languages(self, documents):
        assert sorted(documents) == sorted(
            (record["slug"], code) for record, code in DOCUMENT_RECORDS
        )
        assert all(document.generated for document in documents.values())
        # Small enough for a parent on a poor connection (Chinese embeds the most glyphs).
        assert max(document.size for document in documents.values()) < 500 * 1024

    def test_the_load_reports_each_sets_pdfs(self, demo_content):
        lines = [line for line in demo_content.output.splitlines() if "PDF documents" in line]
        assert len(lines) == len(GUIDELINE_SETS)
        assert lines[0].startswith("-   PDF documents made from its text: ar ")

    @pytest.mark.parametrize(
        "record",
        [record for record, code in DOCUMENT_RECORDS if code == "ar"],
        ids=lambda record: record["slug"],
    )
    def test_arabic_documents_are_shaped(self, documents, record):
        """Letters are drawn in their joined forms: the same letter by several glyphs
        (isolated, initial, medial, final), each mapped back to the letter itself."""
        with documents[record["slug"], "ar"].file.open("rb") as file:
            maps = "\n".join(to_unicode_maps(file.read()))
        glyphs_per_letter = {}
        for glyph, letter in ARABIC_GLYPH.findall(maps):
            glyphs_per_letter.setdefault(letter.lower(), set()).add(glyph.lower())
        joined = [letter for letter, glyphs in glyphs_per_letter.items() if len(glyphs) >= 2]
        assert len(joined) >= 10, glyphs_per_letter

    @pytest.mark.parametrize(("record", "code"), DOCUMENT_RECORDS, ids=DOCUMENT_IDS)
    def test_documents_carry_their_text_in_their_language(self, documents, record, code):
        """The title, summary and every section heading of the set, in the document's
        language, come out of the PDF as text, and every font is embedded."""
        path = documents[record["slug"], code].file.path
        text = pdf_text(path)
        for part in expected_words(record, code):
            assert comparable(part) in comparable(text), part
        fonts = pdf_fonts(path)
        assert fonts and all(embedded for _name, embedded in fonts), fonts
