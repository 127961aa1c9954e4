"""Uploaded raster images (partner logos, news images), checked and re-encoded.

An upload is accepted only if Pillow decodes it as PNG, JPEG or WebP within a byte
and a pixel limit. SVG (which can carry scripts) and anything else are refused. The
image is then re-encoded from its pixels alone, which drops metadata (EXIF, GPS, XMP,
ICC profiles, comments, text chunks) and anything appended to the file, scaled down to
a maximum size, and stored under a generated name: the uploader's file name and bytes
are never kept.

Use ``RasterImageField`` on a model (its form field does all of this), or call
``reencode_image`` directly.
"""

import io
import uuid
import warnings
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# Pillow's format name -> (file extension, save options)
FORMATS = {
    "PNG": ("png", {"optimize": True}),
    "JPEG": ("jpg", {"quality": 85, "optimize": True, "progressive": True}),
    "WEBP": ("webp", {"quality": 85, "method": 4}),
}
ACCEPT = "image/png,image/jpeg,image/webp"

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
# Decoded size, checked from the header before any pixel is decoded (a decompression
# bomb is a small file that claims a huge canvas).
DEFAULT_MAX_PIXELS = 16_000_000
DEFAULT_MAX_DIMENSION = 800


# What Pillow raises on a damaged file, and on one beyond its own pixel limit.
UNREADABLE = (OSError, ValueError, SyntaxError)
DECOMPRESSION_BOMB = (Image.DecompressionBombWarning, Image.DecompressionBombError)


def _damaged():
    return ValidationError(
        _("This image could not be read; it may be damaged."), code="invalid_image"
    )


@dataclass(frozen=True)
class ImageLimits:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_pixels: int = DEFAULT_MAX_PIXELS
    max_dimension: int = DEFAULT_MAX_DIMENSION


@dataclass(frozen=True)
class ReencodedImage:
    file: ContentFile
    width: int
    height: int
    format: str


def reencode_image(upload, limits=ImageLimits()):
    """Check ``upload`` (a Django File) and return it re-encoded as a ReencodedImage.

    Raises ValidationError with a message for the person who uploaded it.
    """
    size = getattr(upload, "size", None)
    if size is None or size > limits.max_bytes:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s."),
            code="too_large",
            params={
                "size": filesizeformat(size or 0),
                "limit": filesizeformat(limits.max_bytes),
            },
        )
    upload.seek(0)
    head = upload.read(512)
    upload.seek(0)
    if _looks_like_markup(head):
        raise ValidationError(
            _("SVG and other vector or text files are not accepted: upload a PNG, JPEG or WebP."),
            code="not_raster",
        )
    with warnings.catch_warnings():
        # Pillow warns (and then raises) on images beyond its own pixel limit.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(upload, formats=list(FORMATS))
        except (UnidentifiedImageError, *DECOMPRESSION_BOMB):
            raise ValidationError(
                _("This file is not a PNG, JPEG or WebP image."), code="invalid_image"
            ) from None
        except UNREADABLE:
            raise _damaged() from None
        with image:
            width, height = image.size
            if width < 1 or height < 1 or width * height > limits.max_pixels:
                raise ValidationError(
                    _(
                        "The image is %(width)s × %(height)s pixels, more than the limit "
                        "of %(limit)s million pixels."
                    ),
                    code="too_many_pixels",
                    params={
                        "width": width,
                        "height": height,
                        "limit": limits.max_pixels // 1_000_000,
                    },
                )
            source_format = image.format
            try:
                image.load()
                image = ImageOps.exif_transpose(image)
                image = _normalise_mode(image, source_format)
                image.thumbnail(
                    (limits.max_dimension, limits.max_dimension), Image.Resampling.LANCZOS
                )
            except (*UNREADABLE, *DECOMPRESSION_BOMB):
                raise _damaged() from None
    extension, options = FORMATS[source_format]
    output = io.BytesIO()
    # Saved from the pixels only, in a new image: Pillow writes back what it read into
    # ``info`` (a JPEG's comment, a PNG's ICC profile, WebP's EXIF and XMP), so the
    # decoded image itself would carry the uploader's bytes into the stored file.
    pixels_only = Image.frombytes(image.mode, image.size, image.tobytes())
    pixels_only.save(output, format=source_format, **options)
    name = f"{uuid.uuid4().hex}.{extension}"
    return ReencodedImage(ContentFile(output.getvalue(), name=name), *image.size, source_format)


def _looks_like_markup(head):
    """SVG or other XML: refused with its own message (Pillow would not read it anyway)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<?xml", b"<svg", b"<!doctype svg")) or b"<svg" in text


def _normalise_mode(image, source_format):
    if source_format == "JPEG":
        return image.convert("RGB") if image.mode not in ("RGB", "L") else image
    if image.mode in ("RGBA", "RGB", "L", "LA"):
        return image
    if image.mode == "P" and "transparency" not in image.info:
        return image.convert("RGB")
    return image.convert("RGBA")


class RasterImageFormField(forms.FileField):
    """An upload field that accepts only PNG, JPEG and WebP and re-encodes them."""

    def __init__(self, *, limits=ImageLimits(), **kwargs):
        self.limits = limits
        kwargs.setdefault("widget", forms.ClearableFileInput(attrs={"accept": ACCEPT}))
        super().__init__(**kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        return reencode_image(upload, self.limits).file

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs.setdefault("accept", ACCEPT)
        return attrs


class RasterImageField(models.ImageField):
    """An ImageField whose form field checks and re-encodes the upload."""

    def __init__(self, *args, limits=ImageLimits(), **kwargs):
        self.limits = limits
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        kwargs["form_class"] = RasterImageFormField
        kwargs.setdefault("limits", self.limits)
        # The admin passes its own widget; keep it (it still gets ``accept``).
        return super(models.ImageField, self).formfield(**kwargs)
