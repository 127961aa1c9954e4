"""Uploading guideline documents: only real PDFs within the size limit are stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from guidelines.models import Document
from tests.guidelines.admin_helpers import editor_client
from tests.guidelines.factories import GuidelineSetFactory, minimal_pdf

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/guidelines/document/add/"


def stored_files(media_root):
    return [path for path in media_root.rglob("*") if path.is_file()]


def upload(client, guideline_set, content, name="guide.pdf", content_type="application/pdf"):
    return client.post(
        ADD_URL,
        {
            "guideline_set": guideline_set.pk,
            "language": "fr",
            "position": 1,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


def test_a_real_pdf_is_stored_under_a_generated_name(client, media_root):
    editor_client(client)
    guideline_set = GuidelineSetFactory()
    content = minimal_pdf(size=5000)
    response = upload(client, guideline_set, content, name="My guide (final).pdf")
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.size == 5000
    assert document.file.name.startswith("guidelines/documents/")
    assert "My guide" not in document.file.name
    assert len(document.file.name.rsplit("/", 1)[1]) == len("0" * 32 + ".pdf")
    assert [path.read_bytes() for path in stored_files(media_root)] == [content]


@pytest.mark.parametrize(
    "content",
    [
        b"Just some text pretending to be a PDF.\n",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,
        b"%PDF-1.4\n(truncated: no trailer)",
        b"",
    ],
    ids=["text", "png", "truncated", "empty"],
)
def test_a_non_pdf_renamed_pdf_is_refused(client, media_root, content):
    editor_client(client)
    response = upload(client, GuidelineSetFactory(), content)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "file" in errors
    assert not Document.objects.exists()
    assert stored_files(media_root) == []


def test_not_a_pdf_message(client):
    editor_client(client)
    response = upload(client, GuidelineSetFactory(), b"hello")
    assert "This file is not a PDF document." in response.content.decode()


def test_an_oversize_file_is_refused(client, media_root, settings):
    settings.GUIDELINES_DOCUMENT_MAX_BYTES = 4000
    editor_client(client)
    response = upload(client, GuidelineSetFactory(), minimal_pdf(size=4001))
    assert response.status_code == 200
    assert "The file is too large" in response.content.decode()
    assert not Document.objects.exists()
    assert stored_files(media_root) == []


def test_the_limit_defaults_to_20_megabytes():
    from guidelines.validators import DEFAULT_MAX_BYTES

    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_documents_uploaded_inline_with_the_set_are_checked_too(client, media_root):
    editor_client(client)
    guideline_set = GuidelineSetFactory()
    url = f"/admin/guidelines/guidelineset/{guideline_set.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {key: value for key, value in form.initial.items() if value is not None}
    data.update(
        {
            "audience": guideline_set.audience.pk,
            "edition_date": "2024-03-01",
            "sections-TOTAL_FORMS": 0,
            "sections-INITIAL_FORMS": 0,
            "documents-TOTAL_FORMS": 1,
            "documents-INITIAL_FORMS": 0,
            "documents-0-language": "ar",
            "documents-0-position": 1,
            "documents-0-file": SimpleUploadedFile("x.pdf", b"not a pdf"),
        }
    )
    data.pop("published", None)
    data["published"] = "on"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "This file is not a PDF document." in response.content.decode()
    assert stored_files(media_root) == []
