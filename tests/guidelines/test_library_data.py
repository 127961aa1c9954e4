"""The demo library's data (guidelines/library.toml) and its stand-in files, checked as files:
complete in the six languages, consistent with the other demo files, and every file what
its record says it is. No model is needed: the loader's own tests cover loading it."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image

from cop_portal import demo_data
from guidelines.pdf import SCRIPTS, document_warnings
from tests.guidelines.pdf_tools import pdf_fonts, pdf_text

GUIDELINES = Path(settings.BASE_DIR) / "guidelines"
DEMO_MEDIA = GUIDELINES / "demo_media"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PUBLICATIONS = demo_data.read_file(GUIDELINES / "library.toml")["publication"]
DOCUMENTS = [record for record in PUBLICATIONS if record["kind"] != "video"]
VIDEOS = [record for record in PUBLICATIONS if record["kind"] == "video"]

KINDS = {"report", "e-guide", "letter", "press-release", "toolkit", "video"}
# The initiative began in 2008, and the reference page that lists these documents was
# last updated in April 2014.
FIRST_YEAR, LAST_YEAR = 2008, 2014
REQUIRED = {"slug", "kind", "year", "publisher", "audiences", "title", "summary"}
OPTIONAL = {"partner", "topics", "external_url", "files"}
VIDEO_ONLY = {"video", "poster", "captions", "transcript"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# (record, language, path) for each stand-in PDF the library names.
PDF_FILES = [
    (record, language, GUIDELINES / path)
    for record in DOCUMENTS
    for language, path in record.get("files", {}).items()
]
CAPTION_FILES = sorted(
    {(language, path) for record in VIDEOS for language, path in record["captions"].items()}
)
# What a stand-in says, in its own language, besides the English "stand-in" all carry.
STAND_IN_HEADINGS = {"en": "Stand-in document", "es": "Documento sustituto"}

VIDEO_SIZE_LIMIT = 300 * 1024
POSTER_SIZE_LIMIT = 50 * 1024
PDF_SIZE_LIMIT = 30 * 1024
CLIP_SECONDS = (5, 8)

TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
CUE_TIMING = re.compile(rf"{TIMESTAMP} --> {TIMESTAMP}(?:[ \t].*)?")


def slugs(app_label, kind):
    return {record["slug"] for record in demo_data.read(app_label)[kind]}


def flattened(text):
    """Text with its runs of white space (line breaks of a PDF's layout) as one space."""
    return " ".join(text.split())


def seconds(hours, minutes, secs, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + int(millis) / 1000


def webvtt_cues(text):
    """``[(start, end, text), ...]`` of a WebVTT file's text; ValueError where it breaks the
    format: the signature line, blocks separated by blank lines, each cue an optional
    identifier, a timing line (start before end, in order) and at least one line of text."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        raise ValueError("carriage return: the demo files use LF line ends")
    header, *blocks = re.split(r"\n{2,}", text.strip("\n"))
    signature = header.split("\n")[0]
    if not (signature == "WEBVTT" or signature.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise ValueError(f"no WEBVTT signature: {signature!r}")
    cues = []
    for block in blocks:
        lines = block.split("\n")
        if lines[0].startswith(("NOTE", "STYLE", "REGION")) and not cues:
            continue
        if "-->" not in lines[0]:
            identifier, *lines = lines
            if not lines:
                raise ValueError(f"a cue identifier without timing: {identifier!r}")
        timing = CUE_TIMING.fullmatch(lines[0])
        if timing is None:
            raise ValueError(f"not a cue timing line: {lines[0]!r}")
        start, end = seconds(*timing.groups()[:4]), seconds(*timing.groups()[4:])
        if not start < end:
            raise ValueError(f"a cue that ends before it starts: {lines[0]!r}")
        if cues and start < cues[-1][0]:
            raise ValueError(f"cues out of order at {lines[0]!r}")
        cue_text = [line for line in lines[1:] if line.strip()]
        if not cue_text or any("-->" in line for line in cue_text):
            raise ValueError(f"a cue without proper text at {lines[0]!r}")
        cues.append((start, end, "\n".join(cue_text)))
    return cues


def stand_in_text(path):
    """The PDF's text, by pdftotext (Debian's poppler-utils) or, without it, by pypdf (what
    the portal reads uploads with)."""
    if shutil.which("pdftotext"):
        return pdf_text(path)
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def ffprobe(path):
    """ffprobe's description of a media file's streams and format, or a skip without it."""
    found = shutil.which("ffprobe")
    if found is None:
        pytest.skip("ffprobe is missing (Debian's ffmpeg)")
    output = subprocess.run(
        [found, "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return json.loads(output)


def test_the_library_has_the_reference_pages_documents_and_videos():
    assert demo_data.read_file(GUIDELINES / "library.toml").keys() == {"publication"}
    kinds = [record["kind"] for record in PUBLICATIONS]
    assert {kind: kinds.count(kind) for kind in sorted(set(kinds))} == {
        "e-guide": 2,
        "letter": 2,
        "press-release": 3,
        "report": 5,
        "video": 3,
    }
    assert set(kinds) <= KINDS


def test_slugs_are_unique_and_fit_a_slug_field():
    all_slugs = [record["slug"] for record in PUBLICATIONS]
    assert len(all_slugs) == len(set(all_slugs))
    for slug in all_slugs:
        assert SLUG.fullmatch(slug), slug
        assert len(slug) <= 50, slug


@pytest.mark.parametrize("record", PUBLICATIONS, ids=lambda record: record["slug"])
def test_record_has_the_keys_of_its_kind(record):
    keys = set(record)
    assert keys >= REQUIRED
    if record["kind"] == "video":
        assert keys <= REQUIRED | OPTIONAL | VIDEO_ONLY
        assert keys >= VIDEO_ONLY
        assert "files" not in keys
    else:
        assert keys <= REQUIRED | OPTIONAL
        assert record.get("files") or record.get("external_url")
    assert type(record["year"]) is int
    assert FIRST_YEAR <= record["year"] <= LAST_YEAR
    assert record["publisher"].strip() == record["publisher"] != ""
    if "external_url" in record:
        assert record["external_url"].startswith("https://")


@pytest.mark.parametrize("record", PUBLICATIONS, ids=lambda record: record["slug"])
def test_texts_are_complete_in_six_languages(record):
    fields = ["title", "summary"] + (["transcript"] if record["kind"] == "video" else [])
    for field in fields:
        texts = record[field]
        assert set(texts) == set(LANGUAGE_CODES), field
        for code, text in texts.items():
            assert text.strip() == text != "", (field, code)
            # Plain text: the loader does not sanitise HTML in these fields.
            assert "<" not in text, (field, code)
            assert "title in english" not in text.lower(), (field, code)
            # Arabic, Chinese and Russian are written in their own script.
            if code in ("ar", "zh-hans", "ru"):
                assert SCRIPTS[code].search(text), (field, code)
            if code != "en":
                assert text != texts["en"], (field, code)
        assert len(record["title"]["en"]) <= 200
    # A summary is one to three sentences ("H.E." may count as one more).
    sentences = re.findall(r"[.!?](?=\s+[A-Z]|$)", record["summary"]["en"])
    assert 1 <= len(sentences) <= 3, record["summary"]["en"]


@pytest.mark.parametrize("record", PUBLICATIONS, ids=lambda record: record["slug"])
def test_audiences_topics_and_partner_exist_in_the_other_demo_files(record):
    audiences = slugs("guidelines", "audience")
    assert audiences == {"children", "parents-educators", "industry", "policy-makers"}
    assert record["audiences"]
    assert len(record["audiences"]) == len(set(record["audiences"]))
    assert set(record["audiences"]) <= audiences
    assert set(record.get("topics", [])) <= slugs("guidelines", "topic")
    if "partner" in record:
        partners = {p["slug"]: p for p in demo_data.read("partners")["partner"]}
        assert record["partner"] in partners
        # The publisher shown is the partner linked to, by the name it is known by.
        assert record["publisher"] in partners[record["partner"]]["name"]


@pytest.mark.parametrize("record", PUBLICATIONS, ids=lambda record: record["slug"])
def test_referenced_files_exist_under_demo_media(record):
    paths = list(record.get("files", {}).values())
    if record["kind"] == "video":
        assert set(record["captions"]) == set(LANGUAGE_CODES)
        for language, path in record["captions"].items():
            assert Path(path).name == f"captions.{language}.vtt"
        paths += [record["video"], record["poster"], *record["captions"].values()]
    for language, path in record.get("files", {}).items():
        assert language in LANGUAGE_CODES
        assert path == f"demo_media/publications/{record['slug']}.{language}.pdf"
    for path in paths:
        assert not Path(path).is_absolute(), path
        full = (GUIDELINES / path).resolve()
        assert full.is_relative_to(DEMO_MEDIA), path
        assert full.is_file(), path


def test_every_media_file_is_used_and_described():
    used = {
        (GUIDELINES / path).resolve()
        for record in PUBLICATIONS
        for path in [
            *record.get("files", {}).values(),
            *record.get("captions", {}).values(),
            *[record[key] for key in ("video", "poster") if key in record],
        ]
    }
    readme = (DEMO_MEDIA / "README.md").read_text()
    files = {path.resolve() for path in DEMO_MEDIA.rglob("*") if path.is_file()}
    assert files - used == {(DEMO_MEDIA / "README.md").resolve()}
    for path in used:
        assert f"`{path.name}`" in readme, path.name


@pytest.mark.parametrize(
    ("record", "language", "path"),
    PDF_FILES,
    ids=[f"{record['slug']}-{language}" for record, language, _path in PDF_FILES],
)
def test_stand_in_pdf_says_what_it_stands_for(record, language, path):
    content = path.read_bytes()
    assert content.startswith(b"%PDF-1.")
    assert len(content) < PDF_SIZE_LIMIT
    text = flattened(stand_in_text(path))
    assert "stand-in" in text
    assert STAND_IN_HEADINGS[language] in text
    assert flattened(record["title"][language]) in text
    assert record["publisher"] in text
    assert str(record["year"]) in text
    if shutil.which("pdffonts"):
        fonts = pdf_fonts(path)
        assert fonts
        assert all(embedded for _name, embedded in fonts), fonts
    # The portal's own check of an uploaded PDF (pypdf: its text is in its language, its
    # fonts are embedded) finds nothing to warn its editor about.
    with path.open("rb") as file:
        assert document_warnings(file, language) == []


def test_stand_in_clip_is_a_short_silent_webm():
    path = DEMO_MEDIA / "video" / "stand-in.webm"
    content = path.read_bytes()
    assert len(content) < VIDEO_SIZE_LIMIT
    assert content.startswith(b"\x1a\x45\xdf\xa3")  # EBML, the container of WebM
    assert b"webm" in content[:64]
    probe = ffprobe(path)
    assert CLIP_SECONDS[0] <= float(probe["format"]["duration"]) <= CLIP_SECONDS[1]
    video = [stream for stream in probe["streams"] if stream["codec_type"] == "video"]
    assert [stream["codec_name"] for stream in video] in (["vp9"], ["vp8"])
    audio = [stream["codec_name"] for stream in probe["streams"] if stream["codec_type"] == "audio"]
    assert audio in ([], ["opus"])


def test_poster_is_a_small_png_of_the_clips_size():
    path = DEMO_MEDIA / "video" / "poster.png"
    assert path.stat().st_size < POSTER_SIZE_LIMIT
    with Image.open(path) as poster:
        assert poster.format == "PNG"
        poster.verify()
        size = poster.size
    video = next(
        stream
        for stream in ffprobe(DEMO_MEDIA / "video" / "stand-in.webm")["streams"]
        if stream["codec_type"] == "video"
    )
    assert size == (video["width"], video["height"])


@pytest.mark.parametrize(("language", "path"), CAPTION_FILES, ids=lambda value: value)
def test_captions_are_webvtt_in_their_language_within_the_clip(language, path):
    cues = webvtt_cues((GUIDELINES / path).read_text(encoding="utf-8"))
    assert 2 <= len(cues) <= 3
    clip_end = CLIP_SECONDS[1]
    if shutil.which("ffprobe"):
        clip_end = float(ffprobe(DEMO_MEDIA / "video" / "stand-in.webm")["format"]["duration"])
    assert cues[-1][1] <= clip_end
    for _start, _end, text in cues:
        assert SCRIPTS[language].search(text), text
    # The captions describe the stand-in, in the language the track is labelled with.
    english_file = DEMO_MEDIA / "video" / "captions.en.vtt"
    english = [text for _start, _end, text in webvtt_cues(english_file.read_text(encoding="utf-8"))]
    assert "stands in" in english[0]
    if language != "en":
        assert [text for _start, _end, text in cues] != english


@pytest.mark.parametrize(
    "text",
    [
        "1\n00:00:00.000 --> 00:00:02.000\nNo signature.\n",
        "WEBVTT\n\n00:00:00.000 -> 00:00:02.000\nA broken arrow.\n",
        "WEBVTT\n\n00:00:03.000 --> 00:00:02.000\nEnds before it starts.\n",
        "WEBVTT\n\n00:00:02.000 --> 00:00:03.000\nLater.\n\n"
        "00:00:00.000 --> 00:00:01.000\nEarlier.\n",
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n",
        "WEBVTT\n\n00:00:00,000 --> 00:00:02,000\nSubRip commas.\n",
        "WEBVTT\r\n\r\n00:00:00.000 --> 00:00:02.000\r\nWindows line ends.\r\n",
    ],
)
def test_webvtt_check_rejects_what_breaks_the_format(text):
    with pytest.raises(ValueError):
        webvtt_cues(text)


def test_webvtt_check_reads_identifiers_hours_and_settings():
    text = (
        "\ufeffWEBVTT - demo\n\nNOTE a comment\n\n"
        "intro\n00:01.500 --> 00:02.000 align:start\nOne\n\n"
        "01:00:00.000 --> 01:00:01.250\nTwo\nlines\n"
    )
    assert webvtt_cues(text) == [(1.5, 2.0, "One"), (3600.0, 3601.25, "Two\nlines")]
