"""Parsing bytes into a ParsedDocument (see pipeline.blocks): HTML, PDF or plain text.

The type comes from the bytes as well as the name and header: a PDF served as
text/html is still a PDF.
"""
from __future__ import annotations

from typing import Literal

from pipeline.blocks import ParsedDocument
from pipeline.errors import ParseError
from pipeline.parse.encoding import decode

DocType = Literal["html", "pdf", "text"]
SUPPORTED_SUFFIXES: dict[str, DocType] = {".html": "html", ".htm": "html", ".pdf": "pdf", ".txt": "text"}


def sniff_type(data: bytes, name: str = "", content_type: str | None = None) -> DocType | None:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-") or data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    low = head[:512].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in low or b"<body" in low or b"<div" in low \
            or b"<p>" in low or b"<head" in low:
        return "html"
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype == "application/pdf":
        return None  # claims PDF but the bytes are not one
    lower = name.lower().split("?")[0]
    for suffix, kind in SUPPORTED_SUFFIXES.items():
        if lower.endswith(suffix):
            return kind if kind != "pdf" else None
    if ctype.startswith("text/") or not ctype:
        return "text"
    return None


def header_charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip()
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 4 KB: an image, an archive, not a page or text."""
    head = data[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def parse_bytes(data: bytes, name: str, content_type: str | None = None, max_pdf_pages: int = 300) -> ParsedDocument:
    if not data.strip():
        raise ParseError(name, "empty file (0 bytes)" if not data else "empty file (only white space)")
    kind = sniff_type(data, name, content_type)
    if kind is None:
        raise ParseError(name, f"unsupported or mismatched content type ({content_type or 'unknown'})")
    if kind in ("html", "text") and looks_binary(data):
        raise ParseError(name, f"binary content, not {'HTML' if kind == 'html' else 'text'} "
                               f"({len(data)} bytes; is the file what its name says?)")
    # the parsers are imported when a document needs them: a run that finds nothing changed loads none
    if kind == "pdf":
        from pipeline.parse.pdf import parse_pdf

        return parse_pdf(data, name=name, max_pages=max_pdf_pages)
    from pipeline.parse.html import parse_html
    from pipeline.parse.text import parse_text

    text, _ = decode(data, header_charset(content_type), is_html=kind == "html")
    base_url = name if name.startswith(("http://", "https://")) else None
    try:
        return parse_html(text, base_url) if kind == "html" else parse_text(text)
    except RecursionError as exc:  # thousands of nested elements: no page of a project is built so
        raise ParseError(name, "elements nested too deeply to read") from exc
