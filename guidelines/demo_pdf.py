"""A minimal PDF writer for the demo documents: real, valid PDFs of the demo guidance.

It writes A4 pages of text (a title, headings and paragraphs) in any of the six
languages, with no dependency:

- French, English and Spanish use the standard Helvetica font (WinAnsi encoding), which
  every PDF reader has.
- Chinese uses the standard Adobe CJK font STSong-Light with the predefined UniGB-UCS2-H
  encoding; readers supply the glyphs (Adobe Reader, pdf.js, Poppler do).
- Arabic and Russian use a font that is named but not embedded (DejaVu Sans), with the
  glyphs named in the encoding and a ToUnicode map; the reader substitutes a font that
  has them. Arabic is shaped here (presentation forms, lam-alef ligatures) and laid out
  right to left, since a PDF holds glyphs in visual order.

The fonts are not embedded, to keep the demo documents small and the code short; a
published document would embed its fonts. Widths come from DejaVu Sans when the font file
is installed, otherwise from an average.
"""

import struct
import unicodedata
import zlib
from functools import cache
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4, in points
MARGIN = 56
STYLES = {"title": (18, 28), "heading": (13, 22), "text": (10.5, 15)}  # size, leading
DEJAVU_PATHS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
)
MIRRORED = {"(": ")", ")": "(", "«": "»", "»": "«", "[": "]", "]": "["}


# --- Arabic shaping ---------------------------------------------------------------------


def _presentation_form(char, form):
    try:
        return unicodedata.lookup(f"{unicodedata.name(char)} {form} FORM")
    except (KeyError, ValueError):
        return None


def _is_arabic_letter(char):
    return "\u0621" <= char <= "\u064a"


def _joins_both_ways(char):
    return _is_arabic_letter(char) and _presentation_form(char, "INITIAL") is not None


LAM = "\u0644"
ALEFS = {"\u0627", "\u0622", "\u0623", "\u0625"}


def shape_arabic(text):
    """Arabic letters in logical order → presentation forms, still in logical order.

    Vowel marks (shadda, tanwin…) are left out: drawn right to left without a shaping
    engine they would sit on the wrong letter, and Arabic reads well without them.
    """
    text = "".join(char for char in text if unicodedata.category(char) != "Mn")
    shaped = []
    i = 0
    while i < len(text):
        char = text[i]
        if not _is_arabic_letter(char):
            shaped.append(char)
            i += 1
            continue
        previous = text[i - 1] if i > 0 else ""
        joins_previous = _joins_both_ways(previous)
        following = text[i + 1] if i + 1 < len(text) else ""
        if char == LAM and following in ALEFS:
            alef = unicodedata.name(following).removeprefix("ARABIC LETTER ")
            form = "FINAL" if joins_previous else "ISOLATED"
            shaped.append(unicodedata.lookup(f"ARABIC LIGATURE LAM WITH {alef} {form} FORM"))
            i += 2
            continue
        joins_next = _joins_both_ways(char) and _is_arabic_letter(following)
        form = {
            (True, True): "MEDIAL",
            (True, False): "FINAL",
            (False, True): "INITIAL",
            (False, False): "ISOLATED",
        }[(joins_previous, joins_next)]
        shaped.append(_presentation_form(char, form) or char)
        i += 1
    return "".join(shaped)


def visual_rtl(line):
    """A right-to-left line in the left-to-right order a PDF draws glyphs in."""
    return "".join(MIRRORED.get(char, char) for char in reversed(line))


# --- Font metrics -----------------------------------------------------------------------


@cache
def _dejavu_widths():
    """{code point: advance width per 1000 em} read from DejaVu Sans, or {} if absent."""
    path = next((path for path in DEJAVU_PATHS if path.exists()), None)
    if path is None:
        return {}
    data = path.read_bytes()
    tables = {}
    (count,) = struct.unpack(">H", data[4:6])
    for index in range(count):
        tag, _checksum, offset, _length = struct.unpack(
            ">4sIII", data[12 + 16 * index : 28 + 16 * index]
        )
        tables[tag] = offset
    units_per_em = struct.unpack(">H", data[tables[b"head"] + 18 : tables[b"head"] + 20])[0]
    metrics = struct.unpack(">H", data[tables[b"hhea"] + 34 : tables[b"hhea"] + 36])[0]
    advances = [
        struct.unpack(">H", data[tables[b"hmtx"] + 4 * i : tables[b"hmtx"] + 4 * i + 2])[0]
        for i in range(metrics)
    ]
    cmap = tables[b"cmap"]
    (subtables,) = struct.unpack(">H", data[cmap + 2 : cmap + 4])
    widths = {}
    for index in range(subtables):
        platform, encoding, offset = struct.unpack(
            ">HHI", data[cmap + 4 + 8 * index : cmap + 12 + 8 * index]
        )
        start = cmap + offset
        if (platform, encoding) != (3, 1) or struct.unpack(">H", data[start : start + 2])[0] != 4:
            continue
        segments = struct.unpack(">H", data[start + 6 : start + 8])[0] // 2
        ends = struct.unpack(f">{segments}H", data[start + 14 : start + 14 + 2 * segments])
        base = start + 16 + 2 * segments
        starts = struct.unpack(f">{segments}H", data[base : base + 2 * segments])
        deltas = struct.unpack(f">{segments}h", data[base + 2 * segments : base + 4 * segments])
        range_base = base + 4 * segments
        offsets = struct.unpack(f">{segments}H", data[range_base : range_base + 2 * segments])
        for segment in range(segments):
            for code in range(starts[segment], ends[segment] + 1):
                if code == 0xFFFF:
                    continue
                if offsets[segment] == 0:
                    glyph = (code + deltas[segment]) & 0xFFFF
                else:
                    address = (
                        range_base + 2 * segment + offsets[segment] + 2 * (code - starts[segment])
                    )
                    glyph = struct.unpack(">H", data[address : address + 2])[0]
                    if glyph:
                        glyph = (glyph + deltas[segment]) & 0xFFFF
                if glyph:
                    advance = advances[min(glyph, metrics - 1)]
                    widths[code] = round(advance * 1000 / units_per_em)
        break
    return widths


# Helvetica's widths for the most common characters; others count as an average.
HELVETICA_NARROW = set("iljtfI.,;:'!| ")
HELVETICA_WIDE = set("mwMW@")


def helvetica_width(char):
    if char in HELVETICA_NARROW:
        return 278
    if char in HELVETICA_WIDE:
        return 833
    if char.isupper():
        return 667
    return 556


# --- Fonts for each script --------------------------------------------------------------


class LatinFont:
    """Helvetica, WinAnsi encoding: French, English, Spanish."""

    def width(self, char):
        return helvetica_width(char)

    def encode(self, text):
        return text.encode("cp1252", errors="replace").hex().encode()

    def objects(self, pdf):
        return pdf.add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        )


class ChineseFont:
    """Adobe's standard STSong-Light: the reader supplies the glyphs."""

    def width(self, char):
        return 500 if ord(char) < 0x7F else 1000

    def encode(self, text):
        return text.encode("utf-16-be").hex().encode()

    def objects(self, pdf):
        descriptor = pdf.add(
            b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
            b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
            b"/CapHeight 880 /StemV 93 >>"
        )
        cid_font = pdf.add(
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
            b"/FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>" % descriptor
        )
        return pdf.add(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H "
            b"/Encoding /UniGB-UCS2-H /DescendantFonts [%d 0 R] >>" % cid_font
        )


def _unicode_of(glyph, right_to_left):
    """What a reader's copy or search finds for a glyph (a ligature in visual order when
    right to left, since readers reverse the line to restore the logical order)."""
    text = unicodedata.normalize("NFKC", glyph)
    if right_to_left:
        text = text[::-1]
    return text.encode("utf-16-be").hex().encode()


class NamedGlyphFont:
    """A simple font whose 8-bit codes are assigned to the glyphs the text uses."""

    def __init__(self, texts, right_to_left=False):
        self.right_to_left = right_to_left
        characters = sorted({char for text in texts for char in text} - {" "})
        if len(characters) > 255 - 33:
            raise ValueError("Too many different characters for one simple font.")
        self.codes = {" ": 32}
        self.codes.update({char: 33 + index for index, char in enumerate(characters)})
        self.widths = _dejavu_widths()

    def width(self, char):
        return self.widths.get(ord(char), 600)

    def encode(self, text):
        return bytes(self.codes[char] for char in text).hex().encode()

    def objects(self, pdf):
        by_code = {code: char for char, code in self.codes.items()}
        last = max(by_code)
        differences = b" ".join(
            b"%d /uni%04X" % (code, ord(char)) for code, char in sorted(by_code.items())
        )
        widths = b" ".join(
            b"%d" % (self.width(by_code[code]) if code in by_code else 0)
            for code in range(32, last + 1)
        )
        to_unicode = pdf.add_stream(
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def "
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            + b"%d beginbfchar\n" % len(by_code)
            + b"\n".join(
                b"<%02X> <%s>" % (code, _unicode_of(char, self.right_to_left))
                for code, char in sorted(by_code.items())
            )
            + b"\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
        )
        descriptor = pdf.add(
            b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 "
            b"/FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 "
            b"/CapHeight 729 /StemV 80 >>"
        )
        return pdf.add(
            b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans "
            b"/Encoding << /Type /Encoding /Differences [" + differences + b"] >> "
            b"/FirstChar 32 /LastChar %d /Widths ["
            % last
            + widths
            + b"] /FontDescriptor %d 0 R /ToUnicode %d 0 R >>" % (descriptor, to_unicode)
        )


# --- The document -----------------------------------------------------------------------


class PdfObjects:
    def __init__(self):
        self.bodies = []

    def add(self, body):
        self.bodies.append(body)
        return len(self.bodies)

    def add_stream(self, data):
        compressed = zlib.compress(data)
        return self.add(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed)
            + compressed
            + b"\nendstream"
        )

    def reserve(self):
        return self.add(b"")

    def set(self, number, body):
        self.bodies[number - 1] = body

    def write(self, root, info):
        output = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.bodies, start=1):
            offsets.append(len(output))
            output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(output)
        output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.bodies) + 1)
        for offset in offsets:
            output += b"%010d 00000 n \n" % offset
        output += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.bodies) + 1,
            root,
            info,
            xref,
        )
        return bytes(output)


def _wrap(text, font, size, width, by_character):
    limit = width * 1000 / size
    lines, line, line_width = [], "", 0
    pieces = list(text) if by_character else text.split(" ")
    for piece in pieces:
        separator = "" if by_character or not line else " "
        piece_width = sum(font.width(char) for char in separator + piece)
        if line and line_width + piece_width > limit:
            lines.append(line)
            line, line_width = piece.lstrip(), sum(font.width(char) for char in piece.lstrip())
        else:
            line += separator + piece
            line_width += piece_width
    if line:
        lines.append(line)
    return lines


def _pdf_text(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def guideline_pdf(language, blocks, title="", author="Child Online Protection"):
    """A PDF of ``blocks`` (``[(style, text), ...]``, style: title, heading or text)."""
    right_to_left = language == "ar"
    if right_to_left:
        blocks = [(style, shape_arabic(text)) for style, text in blocks]
    if language in ("en", "fr", "es"):
        font = LatinFont()
    elif language == "zh-hans":
        font = ChineseFont()
    else:
        font = NamedGlyphFont([text for _style, text in blocks], right_to_left)
    by_character = language == "zh-hans"

    pages, commands, y = [], [], PAGE_HEIGHT - MARGIN
    text_width = PAGE_WIDTH - 2 * MARGIN
    for style, text in blocks:
        size, leading = STYLES[style]
        if style != "text":
            y -= leading / 2
        for line in _wrap(text, font, size, text_width, by_character):
            if y < MARGIN + leading:
                pages.append(commands)
                commands, y = [], PAGE_HEIGHT - MARGIN
            y -= leading
            width = sum(font.width(char) for char in line) * size / 1000
            drawn = visual_rtl(line) if right_to_left else line
            x = PAGE_WIDTH - MARGIN - width if right_to_left else MARGIN
            commands.append(
                b"BT /F1 %.1f Tf %.2f %.2f Td <%s> Tj ET" % (size, x, y, font.encode(drawn))
            )
        y -= 6
    pages.append(commands)

    pdf = PdfObjects()
    catalog = pdf.reserve()
    page_tree = pdf.reserve()
    font_object = font.objects(pdf)
    page_numbers = []
    for page_commands in pages:
        content = pdf.add_stream(b"\n".join(page_commands))
        page_numbers.append(
            pdf.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (page_tree, PAGE_WIDTH, PAGE_HEIGHT, font_object, content)
            )
        )
    pdf.set(
        page_tree,
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % number for number in page_numbers), len(page_numbers)),
    )
    language_tag = {"zh-hans": "zh-Hans"}.get(language, language)
    pdf.set(
        catalog,
        b"<< /Type /Catalog /Pages %d 0 R /Lang (%s) >>" % (page_tree, language_tag.encode()),
    )
    info = pdf.add(
        b"<< /Title <FEFF%s> /Author (%s) /Producer (COP Portal demo) >>"
        % (title.encode("utf-16-be").hex().encode(), _pdf_text(author))
    )
    return pdf.write(catalog, info)
