"""Bytes to text: the header's charset, then the page's own meta, then detection.

Older Swedish sites still serve windows-1252 and iso-8859-1; å, ä and ö must come out right.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    # Browsers read latin-1 labels as windows-1252, which is a superset.
    return "cp1252" if codec.name in ("latin_1", "iso8859-1", "ascii") else codec.name


def decode(data: bytes, header_charset: str | None = None, is_html: bool = False) -> tuple[str, str]:
    """The text and the encoding used to read it."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8"
    candidates = [_known(header_charset)]
    if is_html:
        m = META_CHARSET_RE.search(data[:4096])
        candidates.append(_known(m.group(1).decode("ascii", "ignore")) if m else None)
    for enc in candidates:
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        enc = _known(best.encoding) or best.encoding
        return data.decode(enc, errors="replace"), enc
    return data.decode("cp1252", errors="replace"), "cp1252"
