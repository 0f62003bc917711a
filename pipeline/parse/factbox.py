"""Fact boxes without colons: a known label alone on its line, its value on the next.

    Projektägare
    Falu kommun

Parsers see two lines; only the label vocabulary (extractors/labels.py) can tell that the
first names the second, so this pass runs after parsing, on any document type.
"""
from __future__ import annotations

from dataclasses import replace

from extractors.labels import label_field
from pipeline.blocks import Block, ParsedDocument, assemble, key_value_block

MAX_LABEL_WORDS = 5
MAX_VALUE_CHARS = 300


def is_bare_label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and not text.endswith((".", "!", "?", ",", ";")) \
        and label_field(text) is not None


def pair_bare_labels(doc: ParsedDocument) -> ParsedDocument:
    blocks: list[Block] = []
    i, changed = 0, False
    while i < len(doc.blocks):
        b = doc.blocks[i]
        nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if b.kind == "line" and nxt is not None and nxt.kind == "line" and len(nxt.text) <= MAX_VALUE_CHARS \
                and is_bare_label(b.text) and not is_bare_label(nxt.text):
            blocks.append(key_value_block(b.text, nxt.text))
            i += 2
            changed = True
            continue
        blocks.append(b)
        i += 1
    if not changed:
        return doc
    rebuilt = assemble(blocks)
    return replace(doc, text=rebuilt.text, blocks=rebuilt.blocks)
