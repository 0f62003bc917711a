"""Bytes to text as browsers do: a byte-order mark, the header's charset, the page's own meta, UTF-8, then
detection with windows-1252 preferred over the other single-byte codecs.

Older Swedish sites still serve windows-1252 and iso-8859-1; å, ä and ö must come out right.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

MULTI_BYTE = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "shift_jis", "euc_jp", "gb2312", "gbk", "gb18030",
              "big5", "euc_kr", "cp949", "iso2022_jp"}
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
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc
    candidates = [_known(header_charset)]
    if is_html:
        m = META_CHARSET_RE.search(data[:4096])
        candidates.append(_known(m.group(1).decode("ascii", "ignore")) if m else None)
    for candidate in candidates:
        if candidate:
            try:
                return data.decode(candidate), candidate
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    guess = (_known(best.encoding) or best.encoding) if best is not None and best.encoding else None
    enc = guess or ""
    if guess is None or codecs.lookup(enc).name not in MULTI_BYTE:
        # Detection guesses wildly on a short page ("Västerĺs" as windows-1250); of the single-byte codecs,
        # a Swedish page is windows-1252 whenever its bytes allow it, as browsers assume.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if enc:
        return data.decode(enc, errors="replace"), enc
    return data.decode("cp1252", errors="replace"), "cp1252"
