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


MARKER = "uploader-secret-9f2c"
# What a re-encoded image may still say about itself: its own encoding, not the upload's.
ENCODER_INFO = {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive",
                "progression", "adobe", "adobe_transform", "loop", "background", "duration",
                "timestamp", "gamma", "interlace", "aspect", "srgb"}  # fmt: skip


def exif_with_marker():
    exif = Image.Exif()
    exif[0x010E] = MARKER  # ImageDescription
    exif[0x013B] = MARKER  # Artist
    return exif.tobytes()


def xmp_with_marker():
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
        f'02/22-rdf-syntax-ns#"><rdf:Description>{MARKER}</rdf:Description></rdf:RDF>'
        "</x:xmpmeta>"
    ).encode()


def icc_with_marker():
    # An ICC profile is copied as bytes; Pillow does not parse it on save.
    return b"\x00\x00\x02\x0cICC " + MARKER.encode() * 8


def jpeg_with_metadata():
    return image_bytes(
        "JPEG",
        comment=MARKER.encode(),
        exif=exif_with_marker(),
        xmp=xmp_with_marker(),
        icc_profile=icc_with_marker(),
    )


def png_with_metadata():
    from PIL import PngImagePlugin

    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", MARKER)  # tEXt
    text.add_text("Author", MARKER, zip=True)  # zTXt
    text.add_itxt("Description", MARKER, lang="en", tkey="Description")  # iTXt
    text.add_itxt("XML:com.adobe.xmp", xmp_with_marker().decode())
    return image_bytes("PNG", pnginfo=text, exif=exif_with_marker(), icc_profile=icc_with_marker())


def webp_with_metadata():
    return image_bytes(
        "WEBP", exif=exif_with_marker(), xmp=xmp_with_marker(), icc_profile=icc_with_marker()
    )


@pytest.mark.parametrize(
    ("format", "make"),
    [("JPEG", jpeg_with_metadata), ("PNG", png_with_metadata), ("WEBP", webp_with_metadata)],
)
def test_only_pixels_survive_the_reencoding(format, make):
    content = make() + b"<?php echo '" + MARKER.encode() + b"'; ?>"
    # The upload really carries the marker in its metadata (else this test proves nothing).
    uploaded = Image.open(io.BytesIO(content))
    uploaded.load()
    assert set(uploaded.info) - ENCODER_INFO, uploaded.info.keys()
    assert content.count(MARKER.encode()) >= 3

    stored = reencode_image(upload(content, f"logo.{format.lower()}")).file.read()

    assert MARKER.encode() not in stored
    assert MARKER.encode("utf-16-le") not in stored
    assert b"<?php" not in stored
    image = Image.open(io.BytesIO(stored))
    image.load()
    assert image.format == format
    assert set(image.info) <= ENCODER_INFO, image.info
    assert not image.getexif()
    assert image.size == (40, 20)
    assert image.convert("RGB").getpixel((5, 5)) == pytest.approx((200, 30, 30), abs=8)
