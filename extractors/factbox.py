"""Fact-box lines the parsers cannot pair without the label vocabulary.

    Projektägare              Beviljat: 480 000 kr | Projektperiod: 2021-03-01 – 2022-12-31
    Falu kommun

A known label alone on its line names the line below it; several "Label: value" pairs
on one line, between bars, are one fact each. Only the vocabulary (extractors.labels)
can tell, so this runs on any document type before roles and segments. Every block it
makes keeps its span in the document's text, so provenance still points at the source.
"""
from __future__ import annotations

import re

from extractors.labels import label_field
from pipeline.blocks import Block
from pipeline.parse.lines import split_label

MAX_LABEL_WORDS = 5
MAX_VALUE_CHARS = 300
ROW_SEPARATOR_RE = re.compile(r"\s+\|\s+")


def is_bare_label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and not text.endswith((".", "!", "?", ",", ";")) \
        and label_field(text) is not None


def _pair(label: Block, value: Block, text: str) -> Block:
    return Block(kind="key_value", text=text[label.start:value.end], start=label.start, end=value.end,
                 key=label.text.strip().rstrip(":"), value=value.text.strip())


def _row_pairs(block: Block) -> list[Block] | None:
    """"Beviljat: 480 000 kr | Projektperiod: 2021" as one key_value block per pair."""
    if block.kind not in ("line", "paragraph", "key_value") or " | " not in block.text:
        return None
    out: list[Block] = []
    pos = 0
    for part in ROW_SEPARATOR_RE.split(block.text):
        i = block.text.find(part, pos)
        pos = i + len(part)
        pair = split_label(part.strip())
        if not pair or not pair[1] or label_field(pair[0]) is None:
            return None
        start = block.start + i
        out.append(Block(kind="key_value", text=part, start=start, end=start + len(part), key=pair[0], value=pair[1]))
    return out if len(out) >= 2 else None


def read_fact_lines(blocks: list[Block], text: str) -> list[Block]:
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.kind in ("line", "heading") and nxt is not None and nxt.kind == "line" \
                and len(nxt.text) <= MAX_VALUE_CHARS and is_bare_label(b.text) and not is_bare_label(nxt.text):
            out.append(_pair(b, nxt, text))
            i += 2
            continue
        out += _row_pairs(b) or [_inline_label(b) or _as_fact(b)]
        i += 1
    return out


def _inline_label(block: Block) -> Block | None:
    """"Beneficiary Lindesbergs kommun": a short line that opens with a known label and no colon."""
    words = block.text.split()
    if block.kind not in ("line", "paragraph") or not 2 <= len(words) <= 9 or block.text.rstrip().endswith("."):
        return None
    for n in (3, 2, 1):
        key = " ".join(words[:n])
        if not all(re.fullmatch(r"[^\W\d_][\w-]*", w) for w in words[:n]):
            continue
        if len(words) > n and label_field(key) in INLINE_LABEL_FIELDS and key.casefold() not in AMBIGUOUS_LABELS \
                and len(key) >= 7 and label_field(" ".join(words[:n + 1])) is None:
            key = " ".join(words[:n])
            value = block.text[block.text.index(words[n], len(key)):]
            return Block(kind="key_value", text=block.text, start=block.start, end=block.end, key=key, value=value)
    return None


INLINE_LABEL_FIELDS = {"owner", "case_number", "period", "start_date", "end_date", "owner_orgnr"}
# Label words that open ordinary sentences too ("Till sist ...", "Ärendet gäller ...").
AMBIGUOUS_LABELS = {"projektet", "projekt", "project", "ärende", "ärendet", "sökande", "period", "perioden", "tidplan",
                    "startar", "avslutas", "projektet startar", "projektet avslutas"}


def _as_fact(block: Block) -> Block:
    """A heading "Projekttid: 1 feb 2024 - 31 jan 2027" is a fact line set in large type."""
    if block.kind != "heading" or len(block.text) > MAX_VALUE_CHARS:
        return block
    pair = split_label(block.text)
    if not pair or not pair[1]:
        return block
    return Block(kind="key_value", text=block.text, start=block.start, end=block.end, key=pair[0], value=pair[1])
