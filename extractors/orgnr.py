"""Swedish organisation numbers, validated with python-stdnum (Luhn); invalid ones rejected."""
from __future__ import annotations

import re
from functools import lru_cache

from stdnum.se import orgnr as se_orgnr

# 556095-0825, 5560950825, 16-556095-0825, 16556095-0825 (the century/"16" prefix is dropped)
ORGNR_RE = re.compile(r"(?<![\d-])(?:(?:16|19|20|1\d)-?)?(\d{6})\s?[-–]?\s?(\d{4})(?![\d-])")


def normalise_orgnr(text: str) -> str | None:
    """Ten digits when the text holds one valid organisation number, else None."""
    found = find_orgnrs(text)
    return found[0][0] if found else None


def find_orgnrs(text: str) -> list[tuple[str, int, int]]:
    """Every valid organisation number in the text, with its span. Each project of a long list looks for its
    owner's number in the whole document's footer, so the answers are remembered."""
    return list(_orgnrs(text))


@lru_cache(maxsize=8192)
def _orgnrs(text: str) -> tuple[tuple[str, int, int], ...]:
    out = []
    for m in ORGNR_RE.finditer(text):
        digits = m.group(1) + m.group(2)
        if se_orgnr.is_valid(digits):
            out.append((digits, m.start(), m.end()))
    return tuple(out)
