"""Each guideline set as a PDF made by the portal from its text, and the checks on uploads."""

import subprocess

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.html import escape
from PIL import Image

from cop_portal import demo_data
from cop_portal.demo_data import translated
from guidelines.models import Document, GuidelineSet
from guidelines.pdf import document_warnings, guideline_set_html, render_pdf
from guidelines.services import guideline_set_documents_generate
from guidelines.tasks import generate_guideline_set_documents
from tests.guidelines.admin_helpers import editor_client
from tests.guidelines.factories import (
    LANGUAGE_CODES,
    GuidelineSetFactory,
    SectionFactory,
)
from tests.guidelines.pdf_tools import comparable, pdf_fonts, pdf_text, poppler_tool

pytestmark = pytest.mark.django_db

# A set of the demo written in the six languages: real headings in each script.
RECORD = next(
    record
    for record in demo_data.read("guidelines")["guideline_set"]
    if record["slug"] == "growing-up-online"
)


def six_language_set():
    guideline_set = GuidelineSetFactory(
        slug=RECORD["slug"], **translated(RECORD, "title", "summary", "introduction")
    )
    for position, section in enumerate(RECORD["section"], start=1):
        SectionFactory(
            guideline_set=guideline_set,
            position=position,
            slug=section["slug"],
            **translated(section, "title", "body", "key_points"),
        )
    return guideline_set


def dark_pixels(path, tmp_path):
    """How many dark pixels the first page of the PDF at ``path`` has, drawn at 40 dpi."""
    prefix = tmp_path / "page"
    subprocess.run(
        [poppler_tool("pdftoppm"), "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile"]
        + [str(path), str(prefix)],
        check=True,
        timeout=60,
    )
    with Image.open(f"{prefix}.png") as image:
        return sum(image.convert("L").histogram()[:100])


def test_the_pdfs_in_six_languages_carry_their_headings_in_embedded_fonts(media_root, tmp_path):
    documents = guideline_set_documents_generate(guideline_set=six_language_set())
    assert list(documents) == LANGUAGE_CODES
    for code, document in documents.items():
        assert document.generated and document.size == document.file.size
        text = comparable(pdf_text(document.file.path))
        headings = [section["title"][code] for section in RECORD["section"]]
        words = [word for heading in headings for word in heading.split()]
        for part in words if code == "ar" else headings:
            assert comparable(part) in text, (code, part)
        assert "http://localhost:8000/" in text  # the page's address
        fonts = pdf_fonts(document.file.path)
        assert fonts and all(embedded for _name, embedded in fonts), (code, fonts)
        assert dark_pixels(document.file.path, tmp_path) > 500, code


class Steps(list):
    """What load_demo's steps print, as a list."""

    def step(self, text):
        self.append(text)


def test_without_weasyprints_libraries_no_pdf_is_made_and_the_demo_says_so(
    media_root, monkeypatch, caplog
):
    from guidelines import demo, services

    problem = "cannot load library 'libpango-1.0-0'"
    monkeypatch.setattr(services, "engine_problem", lambda: problem)
    monkeypatch.setattr(demo, "engine_problem", lambda: problem)
    guideline_set = six_language_set()
    assert guideline_set_documents_generate(guideline_set=guideline_set) == {}
    assert not Document.objects.filter(guideline_set=guideline_set).exists()
    assert problem in caplog.text
    command = Steps()
    demo.load_documents(command, guideline_set)
    assert command == [f"  PDF documents not made: WeasyPrint cannot run here ({problem})"]


def test_the_pdf_names_the_portal_the_edition_and_the_page(media_root):
    guideline_set = six_language_set()
    html = guideline_set_html(guideline_set, list(guideline_set.sections.all()), "fr")
    assert '<html lang="fr" dir="ltr">' in html
    assert "http://localhost:8000/fr/guidelines/parents-educators/growing-up-online/" in html
    with translation.override("fr"):
        assert escape(str(settings.PORTAL_NAME)) in html
    assert "Édition du" in html
    arabic = guideline_set_html(guideline_set, list(guideline_set.sections.all()), "ar")
    assert '<html lang="ar" dir="rtl">' in arabic


def test_only_languages_whose_text_is_complete_get_a_pdf(media_root):
    guideline_set = GuidelineSetFactory(title_ru="", title_es="")
    SectionFactory(guideline_set=guideline_set, body_zh_hans="")
    documents = guideline_set_documents_generate(guideline_set=guideline_set)
    assert list(documents) == ["ar", "en", "fr"]


def test_an_edit_rebuilds_the_pdf_and_the_page_shows_its_size(
    client, media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        guideline_set = GuidelineSetFactory()
        section = SectionFactory(guideline_set=guideline_set)
    before = Document.objects.get(guideline_set=guideline_set, language="fr")
    url = f"/fr/guidelines/parents-educators/{guideline_set.slug}/"
    with translation.override("fr"):
        size_before = filesizeformat(before.size)
    assert size_before in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        # Within the title's 160 characters (PostgreSQL holds it to them), and a longer text.
        section.title_fr = "Un titre bien plus long, écrit après la première édition"
        section.body_fr += "<p>Un paragraphe ajouté après la première édition.</p>" * 40
        section.save()
    after = Document.objects.get(guideline_set=guideline_set, language="fr")
    assert after.pk == before.pk and after.file.name != before.file.name
    assert after.size > before.size
    assert "Un titre bien plus long" in pdf_text(after.file.path)
    with translation.override("fr"):
        size_after = filesizeformat(after.size)
    assert size_before != size_after
    assert size_after in client.get(url).content.decode()
    # The English PDF's text did not change: it was kept, not made again.
    english = Document.objects.get(guideline_set=guideline_set, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        section.save()
    assert Document.objects.get(pk=english.pk).file.name == english.file.name


def test_the_task_of_a_deleted_set_makes_nothing(media_root):
    guideline_set = GuidelineSetFactory()
    set_id = guideline_set.pk
    GuidelineSet.objects.filter(pk=set_id).delete()
    result = generate_guideline_set_documents.enqueue(guideline_set_id=set_id)
    assert result.return_value == []
    assert Document.objects.count() == 0


def change_url(document):
    return f"/admin/guidelines/document/{document.pk}/change/"


def upload_to(client, document, content):
    return client.post(
        change_url(document),
        {
            "guideline_set": document.guideline_set_id,
            "language": document.language,
            "position": document.position,
            "file": SimpleUploadedFile("guide.pdf", content, content_type="application/pdf"),
        },
        follow=True,
    )


def french_pdf(guideline_set):
    return render_pdf(guideline_set_html(guideline_set, list(guideline_set.sections.all()), "fr"))


def test_an_upload_takes_precedence_over_the_generated_pdf(
    client, media_root, django_capture_on_commit_callbacks
):
    editor_client(client)
    with django_capture_on_commit_callbacks(execute=True):
        guideline_set = GuidelineSetFactory()
        section = SectionFactory(guideline_set=guideline_set)
    generated = Document.objects.get(guideline_set=guideline_set, language="fr")
    content = french_pdf(six_language_set())
    with django_capture_on_commit_callbacks(execute=True):
        response = upload_to(client, generated, content)
    assert response.status_code == 200
    levels = [message.level_tag for message in response.context["messages"]]
    assert levels == ["success"]
    uploaded = Document.objects.get(pk=generated.pk)
    assert not uploaded.generated
    with django_capture_on_commit_callbacks(execute=True):
        section.title_fr = "Un autre titre"
        section.save()
    kept = Document.objects.get(guideline_set=guideline_set, language="fr")
    with kept.file.open("rb") as file:
        assert file.read() == content
    # Removing the upload brings the generated PDF back.
    with django_capture_on_commit_callbacks(execute=True):
        kept.delete()
    back = Document.objects.get(guideline_set=guideline_set, language="fr")
    assert back.generated and "Un autre titre" in pdf_text(back.file.path)


def hand_made_pdf(stream, resources=b"<< >>"):
    """A one-page PDF drawing ``stream``, with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        + resources
        + b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    content = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(content))
        content += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(content)
    content += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    content += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    content += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    content += b"startxref\n%d\n%%%%EOF\n" % xref
    return content


def pdf_of_a_scan():
    """A page with a grey rectangle and no text, as a scanned page has."""
    return hand_made_pdf(b"0.5 g 50 50 495 742 re f")


def pdf_with_a_font_not_embedded():
    """English text drawn in Helvetica, named but not embedded."""
    text = b"Talk early and often with your children about what they do online. " * 2
    return hand_made_pdf(
        b"BT /F1 10 Tf 20 800 Td (" + text + b") Tj ET", b"<< /Font << /F1 5 0 R >> >>"
    )


@pytest.mark.parametrize(
    ("language", "content", "expected"),
    [
        ("fr", pdf_of_a_scan, "The PDF has no text"),
        ("ar", lambda: french_pdf(six_language_set()), "does not look like العربية"),
        ("en", pdf_with_a_font_not_embedded, "Fonts not embedded in the PDF: Helvetica."),
    ],
    ids=["no-text", "wrong-language", "fonts-not-embedded"],
)
def test_a_doubtful_upload_is_stored_with_a_warning(
    client, media_root, language, content, expected
):
    editor_client(client)
    guideline_set = GuidelineSetFactory()
    data = content()
    response = client.post(
        "/admin/guidelines/document/add/",
        {
            "guideline_set": guideline_set.pk,
            "language": language,
            "position": 1,
            "file": SimpleUploadedFile("guide.pdf", data, content_type="application/pdf"),
        },
        follow=True,
    )
    assert response.status_code == 200
    warnings = [str(m) for m in response.context["messages"] if m.level_tag == "warning"]
    assert len(warnings) == 1 and expected in warnings[0], warnings
    document = Document.objects.get(guideline_set=guideline_set, language=language)
    assert not document.generated and document.size == len(data)


def test_an_unreadable_pdf_gets_a_clear_warning():
    broken = SimpleUploadedFile("x.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n")
    assert document_warnings(broken, "en") == [
        "The PDF could not be read: check that it opens in a PDF reader."
    ]


def test_laying_out_a_pdf_leaves_the_portals_image_checks_strict():
    """WeasyPrint lets Pillow load truncated images in the whole process; the portal
    sets that back, so a damaged upload is still refused after a PDF was made."""
    from django.core.exceptions import ValidationError

    from cop_portal.images import reencode_image
    from tests.cop_portal.test_images import image_bytes, upload

    render_pdf("<p>A page</p>")
    with pytest.raises(ValidationError) as error:
        reencode_image(upload(image_bytes()[:60]))
    assert "This image could not be read; it may be damaged." in " ".join(error.value.messages)
