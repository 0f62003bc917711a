"""Splitting a parsed document into one segment per project.

A page that lists several projects gives each its own fact lines ("Projektägare:",
"Projektperiod:") under a heading of the form "Län - Projektnamn" or "Län:
Projektnamn"; a press release lists granted projects one per bullet. The page's
introduction is kept as context (a funder stated once at the top), not as a project.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.labels import label_field
from extractors.money import find_amounts
from pipeline.blocks import Block, ParsedDocument

GRANT_LINE_RE = re.compile(r"\b(får|beviljas|beviljades|har beviljats|tilldelas|tilldelades|erhåller|har fått)\b.*"
                           r"\b(till|för)\s+(projektet|förstudien|satsningen|projekt)\b", re.IGNORECASE)


@dataclass
class Segment:
    blocks: list[Block]
    title: Block | None = None
    context: list[Block] = field(default_factory=list)
    kind: str = "page"
    """"page" (one project, or none), "listed" (one of several under headings), "grant_line" (a press-release bullet)."""


def _is_anchor(block: Block) -> bool:
    return block.kind == "key_value" and label_field(block.key or "") == "owner"


def _title_before(blocks: list[Block], start: int, floor: int) -> int | None:
    """The heading-like block just above a fact cluster."""
    for i in range(start - 1, max(floor, start - 3) - 1, -1):
        b = blocks[i]
        if b.kind == "heading" and label_field(b.text) not in ("goals", "contact", "section", "period"):
            return i
        if b.kind in ("line", "paragraph") and len(b.text.split()) <= 16 and not b.text.endswith((".", ":")):
            return i
        if b.kind == "key_value" and label_field(b.key or "") is None and len((b.key or "").split()) <= 3 \
                and len((b.value or "").split()) <= 14 and not (b.value or "").endswith("."):
            return i
    return None


def segment(doc: ParsedDocument) -> list[Segment]:
    blocks = doc.blocks
    if not blocks:
        return []
    anchors = [i for i, b in enumerate(blocks) if _is_anchor(b)]
    if len(anchors) >= 2:
        starts: list[int] = []
        floor = 0
        for a in anchors:
            cluster = a
            while cluster - 1 >= floor and blocks[cluster - 1].kind == "key_value" \
                    and label_field(blocks[cluster - 1].key or "") not in (None, "goals"):
                cluster -= 1
            title = _title_before(blocks, cluster, floor)
            start = title if title is not None else cluster
            if starts and start <= starts[-1]:
                continue
            starts.append(start)
            floor = a + 1
        if len(starts) >= 2:
            context = blocks[: starts[0]]
            segments = []
            for n, s in enumerate(starts):
                end = starts[n + 1] if n + 1 < len(starts) else len(blocks)
                seg_blocks = blocks[s:end]
                title = blocks[s] if blocks[s].kind != "key_value" or label_field(blocks[s].key or "") is None else None
                segments.append(Segment(blocks=seg_blocks, title=title, context=context, kind="listed"))
            return segments
    grant_lines = [b for b in blocks if b.kind in ("list_item", "paragraph", "line")
                   and GRANT_LINE_RE.search(b.text) and find_amounts(b.text)]
    if len(grant_lines) >= 2 and not anchors:
        first = blocks.index(grant_lines[0])
        return [Segment(blocks=[b], title=None, context=blocks[:first], kind="grant_line") for b in grant_lines]
    return [Segment(blocks=list(blocks), title=None, context=[], kind="page")]
