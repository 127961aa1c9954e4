"""The library in the admin, used by an editor: entries with their files and captions, the
checks on uploads, history and previews."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from cop_portal.roles import EDITORS_GROUP
from guidelines.models import Publication
from guidelines.validators import validate_video, validate_webvtt
from tests.guidelines import factories
from tests.guidelines.admin_helpers import editor_client

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/guidelines/publication/"


def form_data(**changes):
    data = {
        "title_en": "Child safety online",
        "title_fr": "La sécurité des enfants en ligne",
        "slug": "child-safety-online",
        "kind": "report",
        "year": 2011,
        "summary_en": "A global report.",
        "description_en": "<p>Details <script>x()</script></p>",
        "publisher_en": "UNICEF",
        "external_url": "",
        "audiences": [factories.audience("policy-makers").pk],
        "published": "on",
        "files-TOTAL_FORMS": 0,
        "files-INITIAL_FORMS": 0,
        "captions-TOTAL_FORMS": 0,
        "captions-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return data


def pdf_upload(name="report.pdf"):
    return SimpleUploadedFile(name, factories.minimal_pdf(size=2048), "application/pdf")


def vtt_upload(content, name="captions.vtt"):
    return SimpleUploadedFile(name, content, "text/vtt")


def test_editors_hold_the_library_permissions():
    codenames = set(
        Group.objects.get(name=EDITORS_GROUP).permissions.values_list("codename", flat=True)
    )
    for model in ("publication", "publicationfile", "caption"):
        assert {f"add_{model}", f"change_{model}", f"delete_{model}"} <= codenames


def test_changelist_filters_search_and_add_page(client):
    editor_client(client)
    factories.PublicationFactory(title_en="Mobile phones study", kind="report")
    factories.PublicationFactory(title_en="A letter", kind="letter")
    changelist = client.get(CHANGELIST, {"kind__exact": "letter"}).content.decode()
    assert "A letter" in changelist and "Mobile phones study" not in changelist
    search = client.get(CHANGELIST, {"q": "phones"}).content.decode()
    assert "Mobile phones study" in search and "A letter" not in search
    add = client.get(f"{CHANGELIST}add/")
    assert add.status_code == 200
    html = add.content.decode()
    assert 'name="files-TOTAL_FORMS"' in html and 'name="captions-TOTAL_FORMS"' in html
    assert "prose-editor" in html  # the rich-text editor for the description


def test_editor_adds_an_entry_with_a_file_per_language(client):
    editor_client(client)
    data = form_data(
        **{
            "files-TOTAL_FORMS": 2,
            "files-0-language": "en",
            "files-0-file": pdf_upload(),
            "files-1-language": "ar",
            "files-1-file": pdf_upload("تقرير.pdf"),
        }
    )
    response = client.post(f"{CHANGELIST}add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    publication = Publication.objects.get(slug="child-safety-online")
    assert publication.title_fr == "La sécurité des enfants en ligne"
    assert publication.description_en == "<p>Details </p>"
    assert [file.language for file in publication.files.order_by("language")] == ["ar", "en"]
    assert {file.size for file in publication.files.all()} == {2048}
    assert all(file.file.name.startswith("library/files/") for file in publication.files.all())


def test_a_file_that_is_not_a_pdf_is_refused(client):
    editor_client(client)
    fake = SimpleUploadedFile("report.pdf", b"<html>not a pdf</html>", "application/pdf")
    data = form_data(**{"files-TOTAL_FORMS": 1, "files-0-language": "en", "files-0-file": fake})
    response = client.post(f"{CHANGELIST}add/", data)
    assert response.status_code == 200
    assert not Publication.objects.exists()
    assert "This file is not a PDF document." in response.content.decode()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"1\n00:00.000 --> 00:01.000\nHello\n", "starts with the line “WEBVTT”"),
        (b"WEBVTTX\n\n00:00.000 --> 00:01.000\nHello\n", "starts with the line “WEBVTT”"),
        ("WEBVTT\n\n00:00.000 --> 00:01.000\nCaf\xe9\n".encode("latin-1"), "is not UTF-8"),
        (b"WEBVTT\n\n00:00.000 --> 00:61.000\nHello\n", "Line 3: the cue timing"),
        (b"WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nBackwards\n", "Line 3: the cue timing"),
        (b"WEBVTT\n\n0:00.5 --> 0:01.0\nHello\n", "Line 3: the cue timing"),
        (b"WEBVTT\n\nNo cue here.\n", "has no cues"),
    ],
)
def test_caption_files_are_checked_on_upload(client, content, message):
    editor_client(client)
    data = form_data(
        kind="video",
        **{
            "captions-TOTAL_FORMS": 1,
            "captions-0-language": "ar",
            "captions-0-file": vtt_upload(content),
        },
    )
    response = client.post(f"{CHANGELIST}add/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Publication.objects.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n",
        (
            "\ufeffWEBVTT - with a header\r\n\r\n01:00:00.000 --> 01:00:01.250 line:0\r\nمرحبا\r\n"
        ).encode(),
    ],
)
def test_good_caption_files_pass(content):
    validate_webvtt(vtt_upload(content))


def test_an_oversized_caption_file_is_refused():
    with pytest.raises(ValidationError, match="too large"):
        validate_webvtt(vtt_upload(b"WEBVTT\n" + b" " * (1024 * 1024 + 1)))


def test_editor_adds_a_video_with_captions(client):
    editor_client(client)
    webm = SimpleUploadedFile("clip.webm", b"\x1a\x45\xdf\xa3" + b"\x00" * 60, "video/webm")
    data = form_data(
        kind="video",
        slug="video-message",
        video=webm,
        transcript_en="A stand-in clip with a title card.",
        **{
            "captions-TOTAL_FORMS": 2,
            "captions-0-language": "en",
            "captions-0-file": vtt_upload(factories.webvtt("en")),
            "captions-1-language": "zh-hans",
            "captions-1-file": vtt_upload(factories.webvtt("zh-hans")),
        },
    )
    response = client.post(f"{CHANGELIST}add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    video = Publication.objects.get(slug="video-message")
    assert video.video.name.endswith(".webm")
    assert sorted(video.captions.values_list("language", flat=True)) == ["en", "zh-hans"]


def test_a_video_file_that_is_not_a_video_is_refused(client):
    editor_client(client)
    data = form_data(
        kind="video", video=SimpleUploadedFile("clip.webm", b"MZ\x90\x00", "video/webm")
    )
    response = client.post(f"{CHANGELIST}add/", data)
    assert response.status_code == 200
    assert "This file is not a WebM or MP4 video." in response.content.decode()


def test_only_a_video_has_a_video_file(client):
    editor_client(client)
    webm = SimpleUploadedFile("clip.webm", b"\x1a\x45\xdf\xa3" + b"\x00" * 60, "video/webm")
    response = client.post(f"{CHANGELIST}add/", form_data(kind="report", video=webm))
    assert response.status_code == 200
    assert "Only a video message has a video file and a poster." in response.content.decode()


def test_a_reserved_slug_is_refused(client):
    editor_client(client)
    response = client.post(f"{CHANGELIST}add/", form_data(slug="rss"))
    assert response.status_code == 200
    assert "is reserved for the library" in response.content.decode()


def test_history_lists_the_changes_and_preview_shows_a_draft(client):
    editor_client(client)
    publication = factories.PublicationFactory(slug="draft-entry", published=False)
    data = form_data(slug="draft-entry", published="", title_en="Renamed draft")
    response = client.post(f"{CHANGELIST}{publication.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    history = client.get(f"{CHANGELIST}{publication.pk}/history/").content.decode()
    assert "Title [en]" in history
    change = client.get(f"{CHANGELIST}{publication.pk}/change/").content.decode()
    assert '<a href="/ar/publications/draft-entry/preview/" lang="ar">' in change
    preview = client.get("/fr/publications/draft-entry/preview/")
    assert preview.status_code == 200
    assert "Cache-Control" in preview and "no-store" in preview["Cache-Control"]
    html = preview.content.decode()
    assert '<p class="preview-banner" role="status">' in html
    assert "La sécurité des enfants en ligne" in html
    assert client.get("/fr/publications/draft-entry/").status_code == 404


def test_preview_is_404_for_visitors(client, settings):
    settings.DEBUG = False
    factories.PublicationFactory(slug="draft-entry", published=False)
    assert client.get("/en/publications/draft-entry/preview/").status_code == 404


def test_a_video_over_the_limit_is_refused(settings):
    settings.GUIDELINES_VIDEO_MAX_BYTES = 1024
    webm = b"\x1a\x45\xdf\xa3" + b"\x00" * 1100
    with pytest.raises(ValidationError, match="too large"):
        validate_video(SimpleUploadedFile("clip.webm", webm, "video/webm"))
    validate_video(SimpleUploadedFile("clip.webm", webm[:1000], "video/webm"))


@pytest.mark.parametrize("head", [b"\x00\x00\x00\x18ftypmp42", b"\x1a\x45\xdf\xa3\x9f\x42\x86"])
def test_webm_and_mp4_are_recognised_by_their_content(head):
    validate_video(SimpleUploadedFile("clip.bin", head + b"\x00" * 32, "application/octet-stream"))
