"""Each guideline set as a PDF in one language, and the checks on an uploaded PDF.

``render_guideline_set`` lays out templates/guidelines/guidelineset_pdf.html with
WeasyPrint: Pango and HarfBuzz shape Arabic (right to left) and every font used is
embedded as a subset. The fonts are the system's (Debian fonts-noto-core and
fonts-noto-cjk, see README.md), named in guidelines/pdf.css.

``document_warnings`` reads an uploaded PDF with pypdf and says what would make it
unreadable for the visitor: no text, fonts not embedded, text not in its language.
"""

import hashlib
import io
import os
import re
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

STYLESHEET = Path(__file__).with_name("pdf.css")

# The script each language is written in, as characters its text must contain.
SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]"),
    "zh-hans": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "en": re.compile(r"[A-Za-z]"),
    "fr": re.compile(r"[A-Za-zÀ-ÿ]"),
    "es": re.compile(r"[A-Za-zÀ-ÿ]"),
}
# Fewer characters of its script than this in the pages read, and a PDF has no text in its
# language (a scanned page, or another language's document).
MIN_SCRIPT_CHARACTERS = 20
PAGES_READ = 5


def guideline_set_html(guideline_set, sections, language):
    """The HTML of the set in ``language`` (also what its digest is computed from)."""
    from cop_portal.languages import portal_language

    with translation.override(language):
        path = guideline_set.get_absolute_url()
        return render_to_string(
            "guidelines/guidelineset_pdf.html",
            {
                "guideline_set": guideline_set,
                "audience": guideline_set.audience,
                "sections": sections,
                "language": portal_language(language),
                "portal_name": settings.PORTAL_NAME,
                "page_url": settings.PORTAL_ORIGIN + path,
            },
        )


def html_digest(html):
    return hashlib.sha256(html.encode()).hexdigest()


def _weasyprint():
    """The weasyprint module. Importing it loads Pango, and sets Pillow's process-wide
    ``LOAD_TRUNCATED_IMAGES``, which would let a damaged upload pass the portal's image
    checks (cop_portal/images.py): it is set back, as the PDFs hold no image."""
    from PIL import ImageFile

    truncated = ImageFile.LOAD_TRUNCATED_IMAGES
    import weasyprint

    ImageFile.LOAD_TRUNCATED_IMAGES = truncated
    return weasyprint


def engine_problem():
    """Why WeasyPrint cannot lay out PDFs here (its system libraries, Pango and HarfBuzz,
    are missing: see README.md), or None."""
    try:
        _weasyprint()
    except (ImportError, OSError) as error:
        return str(error).splitlines()[0] if str(error) else type(error).__name__
    return None


def render_pdf(html):
    """PDF bytes of ``html`` (a guideline set's, from ``guideline_set_html``); kept in
    ``GUIDELINE_PDF_CACHE_DIR``, when set, under the digest of the HTML, the stylesheet
    and the WeasyPrint version, and taken from there the next time."""
    weasyprint = _weasyprint()
    kept = None
    if settings.GUIDELINE_PDF_CACHE_DIR:
        source = html.encode() + STYLESHEET.read_bytes() + weasyprint.__version__.encode()
        kept = Path(settings.GUIDELINE_PDF_CACHE_DIR) / f"{hashlib.sha256(source).hexdigest()}.pdf"
        if kept.is_file():
            return kept.read_bytes()
    content = weasyprint.HTML(string=html, base_url=settings.PORTAL_ORIGIN).write_pdf(
        stylesheets=[weasyprint.CSS(filename=str(STYLESHEET))]
    )
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial = kept.with_name(f"{kept.name}.{os.getpid()}.partial")
        partial.write_bytes(content)
        partial.replace(kept)  # whole or not at all, for the other test processes
    return content


def _fonts_without_file(reader):
    """Names of the fonts the pages use whose program is not in the file."""
    missing = set()
    for page in reader.pages[:PAGES_READ]:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for font in fonts.get_object().values() if fonts else []:
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts") or []:
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
            descriptors = [d.get_object() for d in descriptors if d is not None]
            if font.get("/Subtype") == "/Type3":
                continue  # drawn by the PDF itself
            embedded = any(
                key in descriptor
                for descriptor in descriptors
                for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if not embedded:
                missing.add(str(font.get("/BaseFont", "?")).lstrip("/"))
    return sorted(missing)


def document_warnings(file, language):
    """What an editor should know about the uploaded PDF ``file`` meant for ``language``:
    a list of sentences, empty when the PDF has text in its language and embeds its fonts."""
    from pypdf import PdfReader

    position = file.tell()
    try:
        file.seek(0)
        content = file.read()
    finally:
        file.seek(position)
    try:
        reader = PdfReader(io.BytesIO(content))
        text = "".join(page.extract_text() or "" for page in reader.pages[:PAGES_READ])
        fonts_missing = _fonts_without_file(reader)
    except Exception:
        # Whatever a malformed file makes the reader raise, the editor gets a sentence,
        # never an error page: the check only warns.
        return [_("The PDF could not be read: check that it opens in a PDF reader.")]
    warnings = []
    if not text.strip():
        warnings.append(
            _(
                "The PDF has no text (a scan or an image?): it cannot be searched, read "
                "aloud or enlarged. Upload a PDF exported from the document."
            )
        )
    elif len(SCRIPTS[language].findall(text)) < MIN_SCRIPT_CHARACTERS:
        warnings.append(
            _("The PDF's text does not look like %(language)s: check that it is the right file.")
            % {"language": dict(settings.LANGUAGES)[language]}
        )
    if fonts_missing:
        warnings.append(
            _(
                "Fonts not embedded in the PDF: %(fonts)s. Readers without these fonts show "
                "blank pages or wrong letters; export the PDF with its fonts embedded."
            )
            % {"fonts": ", ".join(fonts_missing)}
        )
    return warnings
