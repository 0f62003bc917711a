"""Line-level reading shared by the text and PDF parsers: bullets, labels, headings.

A "label" is the left side of an "Etikett: värde" line, or a line that is only
"Etikett:"; what counts as one is kept narrow so that prose with a colon stays prose.
"""
from __future__ import annotations

import re
import unicodedata

BULLET_RE = re.compile(r"^\s*(?:[•●▪■◦‣∙·\-–—*»]|\d{1,2}[.)]|[a-h][)])\s+(?=\S)")
# The colon ends a label only before a space or the line's end: "EU:s fond" and "2024:1" are no labels.
LABEL_RE = re.compile(r"^(?P<key>[A-ZÅÄÖÉÜ][^:.!?;]{0,58}?)\s*:(?:\s+|$)(?!//)(?P<value>.*)$")
SENTENCE_END = (".", "!", ";", ",")


def clean_line(line: str) -> str:
    """NFC, no control or zero-width characters, single spaces."""
    line = unicodedata.normalize("NFC", line)
    line = line.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    line = re.sub(r"[\u00a0\u2007\u202f\t]", " ", line)
    return re.sub(r" {2,}", " ", line).strip()


def strip_bullet(line: str) -> str | None:
    """The item text when the line is a bullet or numbered list item, else None."""
    m = BULLET_RE.match(line)
    if not m:
        return None
    rest = line[m.end():].strip()
    return rest or None


def split_label(line: str) -> tuple[str, str] | None:
    """("Projektägare", "Region X") for "Projektägare: Region X"; ("Syfte", "") for "Syfte:"."""
    m = LABEL_RE.match(line)
    if not m:
        return None
    key = m.group("key").strip()
    if len(key.split()) > 6 or key.endswith(("-", "–")):
        return None
    return key, m.group("value").strip()


def looks_like_heading(line: str) -> bool:
    """A short line without sentence punctuation: a heading when it stands alone."""
    words = line.split()
    if not words or len(line) > 90 or len(words) > 12:
        return False
    if line.endswith(SENTENCE_END) or line.endswith(":"):
        return False
    first = line.lstrip("\"'”“»0123456789- ")[:1]
    return bool(first) and (first.isupper() or first.isdigit())

