"""cop_portal.images: only PNG, JPEG and WebP, checked, re-encoded and scaled down."""

import io
import os
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cop_portal.images import ImageLimits, reencode_image

SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)


def image_bytes(format="PNG", size=(40, 20), mode="RGB", **save):
    buffer = io.BytesIO()
    Image.new(mode, size, (200, 30, 30) if mode == "RGB" else None).save(
        buffer, format=format, **save
    )
    return buffer.getvalue()


def png_claiming(width, height):
    """A small valid PNG whose header claims ``width`` × ``height`` (a decompression bomb)."""
    data = bytearray(image_bytes(size=(1, 1)))
    header = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + header) & 0xFFFFFFFF)
    return bytes(data)


def upload(content, name="file.png"):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize("format", ["PNG", "JPEG", "WEBP"])
def test_accepted_formats_are_reencoded_under_a_generated_name(format):
    result = reencode_image(upload(image_bytes(format), name="My Logo (final).exe"))
    assert result.format == format
    assert (result.width, result.height) == (40, 20)
    extension = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}[format]
    name, _dot, suffix = result.file.name.partition(".")
    assert suffix == extension
    assert len(name) == 32 and int(name, 16) >= 0
    assert Image.open(io.BytesIO(result.file.read())).format == format


def test_large_images_are_scaled_down():
    result = reencode_image(upload(image_bytes(size=(3000, 1000))), ImageLimits(max_dimension=600))
    assert (result.width, result.height) == (600, 200)


def test_metadata_and_trailing_data_are_dropped():
    exif = Image.Exif()
    exif[0x010E] = "secret description"  # ImageDescription
    exif[0x8825] = {1: "N"}  # GPS
    content = image_bytes("JPEG", exif=exif.tobytes()) + b"<?php system($_GET['c']); ?>"
    result = reencode_image(upload(content, "photo.jpg"))
    stored = result.file.read()
    assert b"secret description" not in stored
    assert b"<?php" not in stored
    assert not Image.open(io.BytesIO(stored)).getexif()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (SVG_WITH_SCRIPT, "SVG and other vector or text files are not accepted"),
        (b"<svg onload='alert(1)'/>", "SVG and other vector or text files are not accepted"),
        (b"<?php echo 'hi'; ?>", "This file is not a PNG, JPEG or WebP image."),
        (b"GIF89a" + b"\x00" * 100, "This file is not a PNG, JPEG or WebP image."),
        (image_bytes("GIF"), "This file is not a PNG, JPEG or WebP image."),
        (image_bytes("BMP"), "This file is not a PNG, JPEG or WebP image."),
        (b"", "This file is not a PNG, JPEG or WebP image."),
        (image_bytes()[:60], "This image could not be read; it may be damaged."),
        (png_claiming(5000, 5000), "more than the limit of 16 million pixels"),
        (png_claiming(60000, 60000), "This file is not a PNG, JPEG or WebP image."),
        (png_claiming(0, 10), "This file is not a PNG, JPEG or WebP image."),
    ],
)
def test_refused_files(content, message):
    with pytest.raises(ValidationError) as error:
        reencode_image(upload(content))
    assert message in " ".join(error.value.messages)


def test_pixel_limit_is_checked_before_decoding(monkeypatch):
    # The header alone decides: the pixels of a bomb are never decoded.
    bomb = upload(png_claiming(5000, 5000))

    def fail(*args, **kwargs):
        raise AssertionError("decoded")

    monkeypatch.setattr(Image.Image, "load", fail)
    monkeypatch.setattr("PIL.ImageFile.ImageFile.load", fail)
    with pytest.raises(ValidationError):
        reencode_image(bomb)


def test_byte_limit():
    content = os.urandom(2_100_000)
    with pytest.raises(ValidationError) as error:
        reencode_image(upload(content))
    assert "The file is too large (2.0\xa0MB); the limit is 2.0\xa0MB." in error.value.messages
