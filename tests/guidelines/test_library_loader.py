"""The demo loader of the library (guidelines/demo.py ``load_library``), on a data file
written here: guidelines/library.toml and its media come from the demo data."""

import io
import textwrap

import pytest
from django.core.management.base import OutputWrapper
from PIL import Image

from cop_portal.management.commands.load_demo import Command
from guidelines.demo import load_library
from guidelines.models import Audience, Publication, Topic
from tests.guidelines import factories
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db

LIBRARY = """
[[publication]]
slug = "a-report"
kind = "report"
year = 2011
publisher = "UNICEF"
partner = "unicef"
audiences = ["policy-makers", "parents-educators"]
topics = ["privacy"]
external_url = "https://www.unicef.org/"
files = {{ en = "media/report.en.pdf", fr = "media/report.fr.pdf" }}
[publication.title]
{titles}
[publication.summary]
en = "A summary."
fr = "Un résumé."

[[publication]]
slug = "a-video"
kind = "video"
year = 2010
publisher = "ITU"
audiences = ["children"]
video = "media/clip.webm"
poster = "media/poster.png"
captions = {{ {captions} }}
[publication.title]
en = "A video message"
[publication.summary]
en = "A stand-in clip."
[publication.transcript]
en = "The clip shows a title card."
"""


def run(library_file):
    command = Command(stdout=OutputWrapper(io.StringIO()))
    audiences = {audience.slug: audience for audience in Audience.objects.all()}
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    load_library(command, audiences, topics, library_file=library_file)
    return command.stdout._out.getvalue()


@pytest.fixture
def library_file(tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    (media / "report.en.pdf").write_bytes(factories.minimal_pdf(size=1500))
    (media / "report.fr.pdf").write_bytes(factories.minimal_pdf(size=1600))
    (media / "clip.webm").write_bytes(b"\x1a\x45\xdf\xa3" + b"\x00" * 60)
    Image.new("RGB", (64, 36), "#224466").save(media / "poster.png")
    for code in factories.LANGUAGE_CODES:
        (media / f"captions.{code}.vtt").write_bytes(factories.webvtt(code))
    captions = ", ".join(
        f'{code} = "media/captions.{code}.vtt"' for code in factories.LANGUAGE_CODES
    )
    titles = "\n".join(f'{code} = "A report ({code})"' for code in factories.LANGUAGE_CODES)
    path = tmp_path / "library.toml"
    path.write_text(textwrap.dedent(LIBRARY.format(titles=titles, captions=captions)))
    factories.TopicFactory(slug="privacy")
    PartnerFactory(slug="unicef")
    return path


def test_the_loader_creates_the_entries_with_their_files_and_says_so(library_file):
    output = run(library_file)
    report = Publication.objects.get(slug="a-report")
    assert report.title_zh_hans == "A report (zh-hans)"
    assert report.publisher_ar == "UNICEF"
    assert report.partner.slug == "unicef"
    assert sorted(report.audiences.values_list("slug", flat=True)) == [
        "parents-educators",
        "policy-makers",
    ]
    assert {file.language: file.size for file in report.files.all()} == {"en": 1500, "fr": 1600}
    video = Publication.objects.get(slug="a-video")
    assert video.video.name.endswith(".webm") and video.poster_width == 64
    assert video.captions.count() == 6
    assert "library entry 'a-report' (Report, 2011; files: en 1500 bytes, fr 1600 bytes" in output
    assert "captions: ar, zh-hans, en, fr, ru, es" in output
    assert "2 library entries in library.toml" in output


def test_loading_again_changes_nothing_stored(library_file):
    run(library_file)
    video = Publication.objects.get(slug="a-video")
    names = (video.video.name, video.poster.name, *video.captions.values_list("file", flat=True))
    run(library_file)
    video.refresh_from_db()
    again = (video.video.name, video.poster.name, *video.captions.values_list("file", flat=True))
    assert again == names
    assert Publication.objects.count() == 2


def test_a_missing_file_or_an_unknown_audience_stops_the_load_with_its_name(library_file):
    (library_file.parent / "media" / "report.fr.pdf").unlink()
    with pytest.raises(FileNotFoundError, match="report.fr.pdf"):
        run(library_file)
    library_file.write_text(library_file.read_text().replace('"children"', '"parents"'))
    (library_file.parent / "media" / "report.fr.pdf").write_bytes(factories.minimal_pdf())
    with pytest.raises(ValueError, match="unknown audiences or topics \\['parents'\\]"):
        run(library_file)


def test_a_faulty_caption_file_stops_the_load(library_file):
    (library_file.parent / "media" / "captions.ru.vtt").write_bytes(b"not captions")
    with pytest.raises(Exception, match="WEBVTT"):
        run(library_file)


def test_without_a_library_file_the_loader_says_it_loaded_none(tmp_path):
    output = run(tmp_path / "library.toml")
    assert "library.toml not found, no publications or videos loaded" in output
    assert not Publication.objects.exists()
