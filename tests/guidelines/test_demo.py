"""The demo content loads, reloads in place, and its documents are real PDFs."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from guidelines.demo_pdf import guideline_pdf, shape_arabic
from guidelines.models import Audience, Document, GuidelineSet, Section
from guidelines.validators import validate_pdf

pytestmark = pytest.mark.django_db


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
    industry = GuidelineSet.objects.get(audience__slug="industry")
    assert industry.title_ru == "" and industry.title_es == ""
    assert Section.objects.filter(body_ru="").count() == 4
    documents = Document.objects.all()
    assert documents.values("guideline_set").distinct().count() >= 2
    assert documents.count() == 18
    for document in documents:
        with document.file.open("rb") as file:
            content = file.read()
        assert content.startswith(b"%PDF-1.7")
        assert document.size == len(content)
        validate_pdf(SimpleUploadedFile("x.pdf", content))
    assert len(list((media_root / "guidelines" / "documents").iterdir())) == 18


@pytest.mark.parametrize("language", ["ar", "zh-hans", "en", "fr", "ru", "es"])
def test_generated_pdf_is_valid(language):
    content = guideline_pdf(language, [("title", "Titre"), ("text", "Текст 文本 نص")][:1])
    validate_pdf(SimpleUploadedFile("x.pdf", content))
    assert content.rstrip().endswith(b"%%EOF")


def test_arabic_is_shaped():
    # "سلام": seen initial, lam-alef final ligature, meem isolated.
    assert shape_arabic("سلام") == "\ufeb3\ufefc\ufee1"
