"""Logo uploads through the representative's admin form: refused clearly, nothing stored."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.cop_portal.test_images import SVG_WITH_SCRIPT, image_bytes, png_claiming
from tests.partners.factories import PartnerFactory, make_representative
from tests.partners.forms import change_url, representative_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(client):
    partner = PartnerFactory(name="Alpha", slug="alpha")
    client.force_login(make_representative(partner))
    return partner


def post_logo(client, partner, name, content, content_type="image/png"):
    logo = SimpleUploadedFile(name, content, content_type=content_type)
    data = representative_form(partner, logo=logo)
    return client.post(change_url(partner), data)


def stored_files(media_root):
    return [path for path in media_root.rglob("*") if path.is_file()] if media_root.exists() else []


def noise_png(size):
    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "content_type", "message"),
    [
        (
            "logo.svg",
            SVG_WITH_SCRIPT,
            "image/svg+xml",
            "SVG and other vector or text files are not accepted: upload a PNG, JPEG or WebP.",
        ),
        (
            "logo.png",
            b"<?php system($_GET['c']); ?>",
            "image/png",
            "This file is not a PNG, JPEG or WebP image.",
        ),
        (
            "bomb.png",
            png_claiming(30000, 30000),
            "image/png",
            "This file is not a PNG, JPEG or WebP image.",
        ),
        (
            "big-canvas.png",
            png_claiming(6000, 6000),
            "image/png",
            "The image is 6000 × 6000 pixels, more than the limit of 16 million pixels.",
        ),
        (
            "huge.png",
            noise_png((1000, 1000)),
            "image/png",
            "The file is too large (2.9\xa0MB); the limit is 2.0\xa0MB.",
        ),
    ],
)
def test_refused_logos(client, partner, media_root, name, content, content_type, message):
    response = post_logo(client, partner, name, content, content_type)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["logo"] == [message]
    html = response.content.decode()
    assert "Please correct the error below." in html
    assert message in html.replace("&#x27;", "'")
    partner.refresh_from_db()
    assert not partner.logo
    assert stored_files(media_root) == []


def test_accepted_logo_is_reencoded_scaled_and_renamed(client, partner, media_root):
    exif = Image.Exif()
    exif[0x010E] = "internal note"
    buffer = io.BytesIO()
    Image.new("RGB", (2400, 1200), (0, 90, 160)).save(buffer, format="JPEG", exif=exif.tobytes())
    response = post_logo(client, partner, "../../etc/passwd.jpg", buffer.getvalue(), "image/jpeg")
    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.logo.name.startswith("partners/logos/")
    assert "passwd" not in partner.logo.name
    assert (partner.logo_width, partner.logo_height) == (800, 400)
    files = stored_files(media_root)
    assert len(files) == 1
    content = files[0].read_bytes()
    assert b"internal note" not in content
    assert Image.open(io.BytesIO(content)).size == (800, 400)


def test_png_transparency_is_kept(client, partner):
    content = image_bytes("PNG", size=(50, 50), mode="RGBA")
    assert post_logo(client, partner, "logo.png", content).status_code == 302
    partner.refresh_from_db()
    with partner.logo.open("rb") as stored:
        assert Image.open(stored).mode == "RGBA"


def test_logo_is_shown_with_its_alt_text(client, partner):
    post_logo(client, partner, "logo.webp", image_bytes("WEBP"), "image/webp")
    partner.refresh_from_db()
    html = client.get("/en/partners/alpha/").content.decode()
    assert f'src="{partner.logo.url}" alt="Alpha logo" width="40" height="20"' in html


def test_upload_field_advertises_the_accepted_types(client, partner):
    html = client.get(change_url(partner)).content.decode()
    assert 'accept="image/png,image/jpeg,image/webp"' in html
