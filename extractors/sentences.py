"""Sentence splitting that knows Swedish abbreviations ("t.ex.", "bl.a.", "ex.", "ca.")."""
from __future__ import annotations

import re

ABBREVIATIONS = {"t.ex", "ex", "bl.a", "m.m", "m.fl", "osv", "dvs", "d.v.s", "etc", "ca", "resp", "jfr", "st", "kl",
                 "nr", "fr.o.m", "t.o.m", "o.s.v", "s.k", "p.g.a", "pga", "mm", "mfl", "inkl", "exkl", "tel", "tfn",
                 "milj", "kr", "ang", "enl", "f.d", "fd", "obs", "prof", "dr", "mom", "kap", "s", "sek", "tkr", "mnkr"}
# "från sept. 2027 till aug. 2030": a month's short form before a year ends no sentence.
MONTH_ABBREVIATIONS = {"jan", "febr", "feb", "apr", "aug", "sept", "sep", "okt", "nov", "dec", "oct"}
BOUNDARY_RE = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"”“'(]?[A-ZÅÄÖÉ0-9])")


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for m in BOUNDARY_RE.finditer(text):
        before = text[start:m.start()].rstrip("\"”’)")
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        if word.rstrip(".").lower() in ABBREVIATIONS and word.endswith("."):
            continue
        if word.rstrip(".").lower() in MONTH_ABBREVIATIONS and word.endswith(".") and text[m.end():m.end() + 1].isdigit():
            continue
        if re.search(r"\b[A-ZÅÄÖ]\.$", before):  # an initial: "Peter B. Johansson"
            continue
        sentences.append(text[start:m.start()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def sentence_spans(text: str) -> list[tuple[str, int, int]]:
    out = []
    pos = 0
    for s in split_sentences(text):
        i = text.find(s, pos)
        out.append((s, i, i + len(s)))
        pos = i + len(s)
    return out
