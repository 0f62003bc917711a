"""Words of a PDF page from pdfium (pypdfium2): the fast path for pages without ruled tables.

pdfplumber (pdfminer) builds a Python object per character and lays the page out; pdfium does
that in C, about thirty times faster. This module turns pdfium's characters into the word
dicts pdfplumber's extract_words gives (text, x0, x1, top, bottom, size, fontname), so the rest
of pipeline/parse/pdf.py reads either the same way.
"""
from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

BOLD_WEIGHT = 600
MIN_TABLE_PATHS = 4
"""Pages with at least this many vector paths (ruled lines, cell borders) go to pdfplumber,
whose table finder needs them."""


def open_document(data: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(data)


def has_rules(page: pdfium.PdfPage) -> bool:
    paths = 0
    for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        paths += 1
        if paths >= MIN_TABLE_PATHS:
            return True
    return False


# A font's weight in its name: the standard fonts ("Helvetica-Bold") carry no weight of their own.
BOLD_NAME_RE = re.compile(r"bold|black|heavy|semibold", re.IGNORECASE)


def _font_name(raw, index: int) -> str:
    flags = ctypes.c_int(0)
    size = pdfium_c.FPDFText_GetFontInfo(raw, index, None, 0, ctypes.byref(flags))
    if size <= 0:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFText_GetFontInfo(raw, index, buffer, size, ctypes.byref(flags))
    return buffer.value.decode("latin-1", "replace")


MARK_SIZE_SHARE = 0.75  # of the word's type: digits this small after a word mark a footnote


def page_words(page: pdfium.PdfPage) -> list[dict]:
    """Words in content order, with pdfplumber's coordinates (top measured from the page top)."""
    height = page.get_height()
    textpage = page.get_textpage()
    raw = textpage.raw
    words: list[dict] = []
    current: dict | None = None
    chars: list[str] = []
    marked = False  # the word under way is followed by a footnote mark

    def close() -> None:
        nonlocal current
        if current is not None and chars:
            current["text"] = "".join(chars)
            words.append(current)
        current = None
        chars.clear()

    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        ch = "-" if code == 2 else chr(code) if code else ""  # pdfium marks a hyphen at a line end as 0x02
        if not ch or ch.isspace() or code == 0xFFFE:
            close()
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        size = round(pdfium_c.FPDFText_GetFontSize(raw, i), 1)
        if current is not None and ch.isdigit() and size <= current["size"] * MARK_SIZE_SHARE \
                and chars and (chars[-1].isalpha() or chars[-1] in ".,)" or marked):
            marked = True  # "kronor¹": a footnote's mark set small after a word, no part of it
            continue
        marked = False
        # pdfium's loose box spans the font's ascent and descent; pdfplumber's, whose gaps the
        # paragraph rules were tuned on, spans the font size: centre a box of that height.
        middle = height - (top + bottom) / 2
        word_top, word_bottom = middle - size / 2, middle + size / 2
        if current is not None and (abs(word_top - current["top"]) > max(2.0, size * 0.3)
                                    or left - current["x1"] > size * 0.25 or left < current["x0"] - 1):
            close()
        if current is None:
            weight = pdfium_c.FPDFText_GetFontWeight(raw, i)  # (0 or less: not stated, the name may say)
            bold = weight >= BOLD_WEIGHT or weight <= 0 and bool(BOLD_NAME_RE.search(_font_name(raw, i)))
            current = {"x0": left, "x1": right, "top": word_top, "bottom": word_bottom, "size": size,
                       "fontname": "Bold" if bold else "Regular"}
        else:
            current["x1"] = max(current["x1"], right)
            current["bottom"] = max(current["bottom"], word_bottom)
        chars.append(ch)
    close()
    textpage.close()
    return words
