"""Uploads on S3-compatible object storage (DJANGO_MEDIA_STORAGE=s3), against a local
s3rver (tests/s3_server.py): the real upload path, the safety headers, no overwrite,
and backup and restore through the storage API, also from a media directory into a
bucket."""

import hashlib
import io
import json
import subprocess
import sys
import uuid
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from cop_portal.media_storage import MediaS3Storage, media_object_headers
from partners.models import Partner
from tests.cop_portal.test_images import image_bytes
from tests.partners.factories import PartnerFactory, make_representative
from tests.partners.forms import representative_form
from tests.reliability.test_backup_restore import empty_the_database
from tests.s3_server import ACCESS_KEY, SECRET_KEY, S3Server, require_s3rver

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def s3_server(tmp_path_factory):
    binary = require_s3rver()
    with S3Server(binary, tmp_path_factory.mktemp("s3rver") / "data") as server:
        yield server


def use_bucket(settings, server):
    """Point the media storage at a new, empty bucket; return its name."""
    bucket = f"cop-media-{uuid.uuid4().hex[:12]}"
    server.client().create_bucket(Bucket=bucket)
    settings.MEDIA_STORAGE = "s3"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "cop_portal.media_storage.MediaS3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": server.endpoint_url,
                "region_name": "us-east-1",
                "access_key": ACCESS_KEY,
                "secret_key": SECRET_KEY,
                "addressing_style": "path",
            },
        },
    }
    return bucket


@pytest.fixture
def bucket(settings, s3_server):
    return use_bucket(settings, s3_server)


def objects(server, bucket):
    """{key: (sha256, Content-Type, Content-Disposition, Cache-Control)} of a bucket."""
    client = server.client()
    found = {}
    for item in client.list_objects_v2(Bucket=bucket).get("Contents", []):
        stored = client.get_object(Bucket=bucket, Key=item["Key"])
        found[item["Key"]] = (
            hashlib.sha256(stored["Body"].read()).hexdigest(),
            stored.get("ContentType"),
            stored.get("ContentDisposition"),
            stored.get("CacheControl"),
        )
    return found


def sha(content):
    return hashlib.sha256(content).hexdigest()


def test_the_setting_selects_the_s3_storage(bucket):
    assert isinstance(default_storage, MediaS3Storage)
    assert default_storage.bucket_name == bucket


def test_a_logo_uploaded_in_the_admin_lands_in_the_bucket(client, bucket, s3_server, media_root):
    partner = PartnerFactory(name="Alpha", slug="alpha")
    client.force_login(make_representative(partner))
    upload = io.BytesIO(image_bytes("PNG"))
    upload.name = "logo.png"
    response = client.post(
        f"/admin/partners/partner/{partner.pk}/change/", representative_form(partner, logo=upload)
    )
    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.logo.name.startswith("partners/logos/")
    stored = objects(s3_server, bucket)
    assert list(stored) == [partner.logo.name]
    assert stored[partner.logo.name][1:] == ("image/png", None, "public, max-age=604800")
    with partner.logo.open("rb") as logo:
        assert logo.read()[:8] == b"\x89PNG\r\n\x1a\n"
    # Nothing on the instance's disk; the page links the file where nginx serves it.
    assert not Path(media_root).exists() or not any(Path(media_root).rglob("*.png"))
    assert partner.logo.url == f"/media/{partner.logo.name}"
    html = client.get("/en/partners/alpha/").content.decode()
    assert f'src="/media/{partner.logo.name}"' in html


def test_objects_carry_the_safety_headers_whatever_the_uploader_claims(bucket, s3_server):
    pdf = ContentFile(b"%PDF-1.4 guidance", name="guide.pdf")
    pdf.content_type = "text/html"  # what a hostile browser may say
    html = ContentFile(b"<script>alert(1)</script>", name="page.html")
    html.content_type = "text/html"
    svg = ContentFile(b"<svg onload=alert(1)></svg>", name="drawing.svg")
    names = [
        default_storage.save("guidelines/documents/guide.pdf", pdf),
        default_storage.save("uploads/page.html", html),
        default_storage.save("uploads/drawing.svg", svg),
    ]
    stored = objects(s3_server, bucket)
    assert {name: stored[name][1:] for name in names} == {
        "guidelines/documents/guide.pdf": ("application/pdf", None, "public, max-age=604800"),
        "uploads/page.html": ("application/octet-stream", "attachment", "public, max-age=604800"),
        "uploads/drawing.svg": (
            "application/octet-stream",
            "attachment",
            "public, max-age=604800",
        ),
    }


@pytest.mark.parametrize(
    "name,content_type",
    [("a.png", "image/png"), ("a.jpg", "image/jpeg"), ("a.webp", "image/webp")]
    + [("a.pdf", "application/pdf"), ("a.mp4", "video/mp4"), ("a.webm", "video/webm")],
)
def test_published_types_are_shown_inline(name, content_type):
    assert media_object_headers(name) == {
        "ContentType": content_type,
        "CacheControl": "public, max-age=604800",
    }


def test_an_upload_never_overwrites_another(bucket, s3_server):
    first = default_storage.save("news/images/photo.jpg", ContentFile(b"first"))
    second = default_storage.save("news/images/photo.jpg", ContentFile(b"second"))
    assert first == "news/images/photo.jpg"
    assert second != first and second.startswith("news/images/photo_")
    stored = objects(s3_server, bucket)
    assert (stored[first][0], stored[second][0]) == (sha(b"first"), sha(b"second"))


def make_content():
    partner = PartnerFactory(name="Alpha", slug="alpha")
    partner.logo.save("logo.png", ContentFile(image_bytes("PNG")), save=True)
    document = default_storage.save(
        "guidelines/documents/parents-fr.pdf", ContentFile(b"%PDF-1.4 fr")
    )
    return partner.logo.name, document


def test_backup_and_restore_go_through_the_bucket(settings, s3_server, tmp_path):
    source = use_bucket(settings, s3_server)
    logo, document = make_content()
    before = objects(s3_server, source)
    assert sorted(before) == sorted([logo, document])
    archive = tmp_path / "portal.tar.gz"
    out = StringIO()
    call_command("backup_portal", str(archive), stdout=out)
    assert "and 2 media files to" in out.getvalue()

    empty_the_database()
    target = use_bucket(settings, s3_server)
    call_command("restore_portal", str(archive), stdout=StringIO())
    # The same objects, byte for byte, with the same headers, in the new bucket.
    assert objects(s3_server, target) == before
    assert Partner.objects.get(slug="alpha").logo.name == logo


def test_a_media_directory_moves_into_a_bucket(settings, s3_server, tmp_path, media_root):
    """The way from a shared volume to object storage: back up, restore into S3."""
    logo, document = make_content()
    on_disk = {
        path.relative_to(media_root).as_posix(): sha(path.read_bytes())
        for path in Path(media_root).rglob("*")
        if path.is_file()
    }
    assert sorted(on_disk) == sorted([logo, document])
    archive = tmp_path / "portal.tar.gz"
    call_command("backup_portal", str(archive), stdout=StringIO())

    empty_the_database()
    bucket = use_bucket(settings, s3_server)
    call_command("restore_portal", str(archive), stdout=StringIO())
    stored = objects(s3_server, bucket)
    assert {name: digest for name, (digest, *_headers) in stored.items()} == on_disk
    assert stored[document][1] == "application/pdf"


def test_restore_refuses_a_bucket_holding_other_content(settings, s3_server, tmp_path):
    use_bucket(settings, s3_server)
    logo, document = make_content()
    archive = tmp_path / "portal.tar.gz"
    call_command("backup_portal", str(archive), stdout=StringIO())

    empty_the_database()
    bucket = use_bucket(settings, s3_server)
    default_storage.save(document, ContentFile(b"%PDF-1.4 another document"))
    with pytest.raises(CommandError, match=f"media file {document} exists with other content"):
        call_command("restore_portal", str(archive), stdout=StringIO())
    # Nothing restored: no users, and the bucket as it was.
    assert get_user_model().objects.count() == 0
    assert list(objects(s3_server, bucket)) == [document]


def _settings_in(env):
    """The settings a fresh interpreter reads from exactly ``env`` (debug on)."""
    script = (
        "import json, cop_portal.settings as s; "
        "print(json.dumps([s.MEDIA_STORAGE, s.STORAGES['default']]))"
    )
    return subprocess.run(
        [sys.executable, "-c", script],
        env={"PATH": "/usr/bin:/bin", "DJANGO_DEBUG": "true", **env},
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )


def test_the_filesystem_is_the_default():
    result = _settings_in({})
    assert json.loads(result.stdout) == [
        "filesystem",
        {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    ]


def test_the_environment_configures_the_bucket():
    result = _settings_in(
        {
            "DJANGO_MEDIA_STORAGE": "s3",
            "DJANGO_S3_BUCKET": "cop-media",
            "DJANGO_S3_ENDPOINT_URL": "http://minio:9000",
            "DJANGO_S3_ACCESS_KEY_ID": "portal",
            "DJANGO_S3_SECRET_ACCESS_KEY": "secret",
        }
    )
    assert json.loads(result.stdout) == [
        "s3",
        {
            "BACKEND": "cop_portal.media_storage.MediaS3Storage",
            "OPTIONS": {
                "bucket_name": "cop-media",
                "endpoint_url": "http://minio:9000",
                "region_name": None,
                "access_key": "portal",
                "secret_key": "secret",
                "addressing_style": "path",
            },
        },
    ]


@pytest.mark.parametrize(
    "env,message",
    [
        ({"DJANGO_MEDIA_STORAGE": "s3"}, "DJANGO_MEDIA_STORAGE=s3 needs DJANGO_S3_BUCKET."),
        ({"DJANGO_MEDIA_STORAGE": "ftp"}, "DJANGO_MEDIA_STORAGE must be 'filesystem' or 's3'."),
    ],
)
def test_a_wrong_storage_setting_is_refused_clearly(env, message):
    result = _settings_in(env)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1].endswith(message)
