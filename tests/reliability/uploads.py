"""Hostile files for upload fields, and what a field is meant to accept.

``hostile_files(kind, limit)`` gives, for an image field, a document (PDF) field, a
video field or a caption (WebVTT) field:
an oversize file that is otherwise valid, files of the wrong type under the right
name, polyglots (the right magic bytes, markup or a script behind them) and a
decompression bomb. ``valid_file(kind)`` gives one small file the field must accept,
to prove the form really takes uploads.
"""

import functools
import io
import struct
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.db import models

from guidelines.validators import validate_video, validate_webvtt

PAYLOAD = b"<html><body><script>cop_probe()</script><?php system($_GET['c']); ?></body></html>"
DEFAULT_LIMIT = 25 * 1024 * 1024
# Beyond this, the oversize case is not sent (a video's limit is 200 MB); the video
# validator's own tests check the limit (tests/guidelines/test_publication_admin.py).
LARGEST_OVERSIZE_SENT = 32 * 1024 * 1024
WEBM_HEAD = b"\x1a\x45\xdf\xa3"
WEBVTT = b"WEBVTT\n\n00:00.000 --> 00:01.000\nA caption.\n"


@dataclass
class HostileFile:
    label: str
    name: str
    content: bytes
    content_type: str
    # Refused outright; or, for a valid image carrying a payload, never stored with it.
    must_refuse: bool = True


def _png_chunk(kind, data):
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png(width=2, height=2, extra_chunk=b""):
    """A real RGB PNG, optionally with a large private ancillary chunk."""
    raw = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    chunks = _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    if extra_chunk:
        chunks += _png_chunk(b"cpRb", extra_chunk)
    chunks += _png_chunk(b"IDAT", zlib.compress(raw)) + _png_chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


@functools.cache
def png_bomb(side=30000):
    """A 1-bit PNG of side x side pixels: about 100 KB that decodes to 900 megapixels."""
    compressor = zlib.compressobj(9)
    rows = (b"\x00" * (1 + (side + 7) // 8)) * 1000
    data = b"".join(compressor.compress(rows) for _ in range(side // 1000)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )


def pdf(padding=0):
    """A small valid one-page PDF (with a correct cross-reference table)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
    ]
    stream = b"BT /F1 12 Tf 20 100 Td (Reliability) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    if padding:
        # Comment lines are ignored by readers: a valid file of any size.
        line = b"%" + b"0" * 98 + b"\n"
        out.write(line * (padding // len(line) + 1))
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


@functools.cache
def gzip_bomb(members=32):
    """Half a gigabyte of zeros as gzip: one 16 MB member repeated (gzip allows that)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    member = compressor.compress(b"\x00" * (16 * 1024 * 1024)) + compressor.flush()
    return member * members


def field_kind(field):
    if isinstance(field, models.ImageField):
        return "image"
    if validate_video in field.validators:
        return "video"
    if validate_webvtt in field.validators:
        return "captions"
    for validator in field.validators:
        extensions = getattr(validator, "allowed_extensions", None) or []
        if any(ext.lower() in ("png", "jpg", "jpeg", "webp", "gif") for ext in extensions):
            return "image"
        if any(ext.lower() == "pdf" for ext in extensions):
            return "pdf"
    text = f"{field.name} {field.verbose_name} {field.help_text}".lower()
    if any(word in text for word in ("logo", "image", "photo", "picture")):
        return "image"
    return "pdf"


def size_limit(field):
    """The largest upload the field should take, from its validators or the settings."""
    for validator in field.validators:
        for attribute in ("limit_value", "max_size", "max_bytes", "limit"):
            value = getattr(validator, attribute, None)
            if isinstance(value, int) and value > 1024:
                return value
    app = field.model._meta.app_label.upper()
    candidates = {}
    for name in dir(settings):
        if not name.isupper() or name.startswith(("DATA_UPLOAD", "FILE_UPLOAD")):
            continue
        if "MAX" in name and ("SIZE" in name or "BYTES" in name):
            value = getattr(settings, name)
            if isinstance(value, int) and 1024 < value < 2**31:
                candidates[name] = value
    own = [value for name, value in candidates.items() if name.startswith(app)]
    for word in (field.name.upper(), "LOGO", "IMAGE", "DOCUMENT"):
        for name, value in candidates.items():
            if name.startswith(app) and word in name:
                return value
    if own:
        return max(own)
    return max(candidates.values(), default=DEFAULT_LIMIT)


def hostile_files(kind, limit):
    oversize = limit + 4096
    if kind == "video":
        files = [
            HostileFile("html named .webm", "clip.webm", PAYLOAD, "video/webm"),
            HostileFile("pdf named .mp4", "clip.mp4", pdf(), "video/mp4"),
            HostileFile("executable named .webm", "clip.webm", b"MZ\x90\x00" * 16, "video/webm"),
            HostileFile("png named .webm", "clip.webm", png(), "video/webm"),
            HostileFile("empty", "clip.webm", b"", "video/webm"),
        ]
        if oversize <= LARGEST_OVERSIZE_SENT:
            content = WEBM_HEAD + b"\x00" * oversize
            files.append(HostileFile("oversize", "clip.webm", content, "video/webm"))
        return files
    if kind == "captions":
        return [
            HostileFile("oversize", "c.vtt", WEBVTT + b" " * oversize, "text/vtt"),
            HostileFile("html named .vtt", "c.vtt", PAYLOAD, "text/vtt"),
            HostileFile("png named .vtt", "c.vtt", png(), "text/vtt"),
            HostileFile("not UTF-8", "c.vtt", WEBVTT.replace(b"A caption", b"Caf\xe9"), "text/vtt"),
            HostileFile(
                "unreadable cue timing",
                "c.vtt",
                WEBVTT.replace(b"00:01.000", b"00:99.000"),
                "text/vtt",
            ),
            HostileFile("empty", "c.vtt", b"", "text/vtt"),
        ]
    if kind == "image":
        return [
            HostileFile("oversize", "logo.png", png(4, 4, b"\x00" * oversize), "image/png"),
            HostileFile("php named .png", "logo.png", b"<?php system($_GET['c']); ?>", "image/png"),
            HostileFile("html named .jpg", "logo.jpg", PAYLOAD, "image/jpeg"),
            HostileFile(
                "svg with a script",
                "logo.svg",
                b'<svg xmlns="http://www.w3.org/2000/svg" onload="cop_probe()">'
                b"<script>cop_probe()</script></svg>",
                "image/svg+xml",
            ),
            HostileFile("pdf named .png", "logo.png", pdf(), "image/png"),
            HostileFile("gif header + script", "logo.gif", b"GIF89a" + PAYLOAD, "image/gif"),
            HostileFile("png header + script", "logo.png", png()[:16] + PAYLOAD, "image/png"),
            HostileFile(
                "png with markup appended",
                "logo.png",
                png() + PAYLOAD,
                "image/png",
                must_refuse=False,
            ),
            HostileFile("decompression bomb", "logo.png", png_bomb(), "image/png"),
            HostileFile("empty", "logo.png", b"", "image/png"),
        ]
    return [
        HostileFile("oversize", "guide.pdf", pdf(padding=oversize), "application/pdf"),
        HostileFile("html named .pdf", "guide.pdf", PAYLOAD, "application/pdf"),
        HostileFile("png named .pdf", "guide.pdf", png(), "application/pdf"),
        HostileFile(
            "windows executable named .pdf",
            "guide.pdf",
            b"MZ\x90\x00" + b"\x00" * 60,
            "application/pdf",
        ),
        HostileFile(
            "pdf header + html",
            "guide.pdf",
            b"%PDF-1.4\n" + PAYLOAD + b"\n%%EOF\n",
            "application/pdf",
        ),
        HostileFile("pdf named .html", "guide.html", pdf(), "text/html", must_refuse=False),
        HostileFile("gzip bomb named .pdf", "guide.pdf", gzip_bomb(), "application/pdf"),
        HostileFile("empty", "guide.pdf", b"", "application/pdf"),
    ]


def valid_file(kind):
    if kind == "video":
        return HostileFile("valid webm", "clip.webm", WEBM_HEAD + b"\x00" * 60, "video/webm")
    if kind == "captions":
        return HostileFile("valid captions", "c.vtt", WEBVTT, "text/vtt")
    if kind == "image":
        return HostileFile("valid png", "logo.png", png(64, 64), "image/png")
    return HostileFile("valid pdf", "guide.pdf", pdf(), "application/pdf")
