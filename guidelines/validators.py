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


def validate_pdf(file):
    if getattr(file, "_committed", False):
        return  # stored earlier, and checked then
    limit = document_max_bytes()
    if file.size is not None and file.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        head = file.read(16)
        file.seek(max(0, file.size - TRAILER_WINDOW))
        tail = file.read(TRAILER_WINDOW)
    finally:
        file.seek(position)
    if not PDF_HEADER.match(head or b"") or b"%%EOF" not in tail or b"startxref" not in tail:
        raise ValidationError(
            _("This file is not a PDF document. Upload the guideline set as a PDF."),
            code="not_pdf",
        )
