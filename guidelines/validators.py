"""Checks on uploaded guideline documents: a real PDF, within the size limit.

The check reads the file's content, not its name or the browser's content type: a file
renamed to ``.pdf`` is refused. It is a minimal structural check (header, a cross-reference
pointer and the end-of-file marker near the end), not a full parse.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
PDF_HEADER = re.compile(rb"^%PDF-[12]\.\d")
# Writers may append a few bytes (line ends, padding) after the last %%EOF.
TRAILER_WINDOW = 2048


def document_max_bytes():
    return getattr(settings, "GUIDELINES_DOCUMENT_MAX_BYTES", DEFAULT_MAX_BYTES)


def check_size(file, limit):
    """Refuse ``file`` (an upload) when it is larger than ``limit`` bytes."""
    if file.size is not None and file.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
        )


def read_parts(file, *parts):
    """The bytes of ``file`` at each ``(offset, length)`` of ``parts``, leaving its read
    position where it was."""
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        read = []
        for offset, length in parts:
            file.seek(offset)
            read.append(file.read(length) or b"")
        return read
    finally:
        file.seek(position)


def validate_pdf(file):
    if getattr(file, "_committed", False):
        return  # stored earlier, and checked then
    check_size(file, document_max_bytes())
    head, tail = read_parts(file, (0, 16), (max(0, file.size - TRAILER_WINDOW), TRAILER_WINDOW))
    if not PDF_HEADER.match(head) or b"%%EOF" not in tail or b"startxref" not in tail:
        raise ValidationError(
            _("This file is not a PDF document. Upload the guideline set as a PDF."),
            code="not_pdf",
        )


# Captions: small text files; a longer one is not a caption file.
CAPTION_MAX_BYTES = 1024 * 1024
# "WEBVTT" alone or followed by a space or tab and a free text (the WebVTT specification).
WEBVTT_SIGNATURE = re.compile(r"^\ufeff?WEBVTT(?:[ \t].*)?$")
CUE_TIME = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
CUE_TIMING = re.compile(rf"^{CUE_TIME}[ \t]+-->[ \t]+{CUE_TIME}(?:[ \t].*)?$")


def _seconds(hours, minutes, seconds, milliseconds):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(milliseconds) / 1000


def validate_webvtt(file):
    """A caption file: UTF-8 text that starts with "WEBVTT", whose every cue timing parses
    and ends after it starts. The error names the first line at fault."""
    if getattr(file, "_committed", False):
        return  # stored earlier, and checked then
    check_size(file, CAPTION_MAX_BYTES)
    (content,) = read_parts(file, (0, CAPTION_MAX_BYTES + 1))
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            _("This caption file is not UTF-8 text. Save it as UTF-8 and upload it again."),
            code="not_utf8",
        ) from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not WEBVTT_SIGNATURE.match(lines[0]):
        raise ValidationError(
            _("A WebVTT caption file starts with the line “WEBVTT”; this one does not."),
            code="not_webvtt",
        )
    cues = 0
    for number, line in enumerate(lines[1:], start=2):
        if "-->" not in line:
            continue
        timing = CUE_TIMING.match(line.strip())
        if timing is None or _seconds(*timing.groups()[4:]) < _seconds(*timing.groups()[:4]):
            raise ValidationError(
                _("Line %(line)s: the cue timing “%(timing)s” cannot be read."),
                code="bad_cue_timing",
                params={"line": number, "timing": line.strip()[:80]},
            )
        cues += 1
    if not cues:
        raise ValidationError(_("This caption file has no cues."), code="no_cues")


def video_max_bytes():
    return getattr(settings, "GUIDELINES_VIDEO_MAX_BYTES", 200 * 1024 * 1024)


# The first bytes of each accepted container: WebM (EBML) and MP4 (an ``ftyp`` box).
VIDEO_SIGNATURES = {"webm": lambda head: head.startswith(b"\x1a\x45\xdf\xa3")}
VIDEO_SIGNATURES["mp4"] = lambda head: head[4:8] == b"ftyp"


def video_format(head):
    """``"webm"`` or ``"mp4"`` as the file's first bytes say, or None."""
    return next((name for name, test in VIDEO_SIGNATURES.items() if test(head)), None)


def validate_video(file):
    """A WebM or MP4 video, recognised by its content (not its name)."""
    if getattr(file, "_committed", False):
        return
    check_size(file, video_max_bytes())
    (head,) = read_parts(file, (0, 16))
    if video_format(head) is None:
        raise ValidationError(
            _("This file is not a WebM or MP4 video."),
            code="not_video",
        )
