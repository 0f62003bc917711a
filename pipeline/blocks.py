"""The contract between parsing and extraction: a document is a sequence of blocks.

Each block has a kind, its text, and its character span in the document's text,
so every value read from a block can point back to where it stood.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, get_args

BlockKind = Literal["heading", "paragraph", "list_item", "key_value", "table_row", "line"]
BLOCK_KINDS: tuple[str, ...] = get_args(BlockKind)

BLOCK_SEPARATOR = "\n\n"


@dataclass
class Block:
    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0
    level: int | None = None
    """Heading level, 1 (title) to 6."""
    key: str | None = None
    """For key_value blocks: the label ("Projektägare")."""
    value: str | None = None
    """For key_value blocks: the value ("Region Kronoberg")."""
    cells: list[str] | None = None
    """For table rows: the cells."""


@dataclass
class ParsedDocument:
    text: str
    blocks: list[Block]
    content_type: str = "text/plain"
    title: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    published: str | None = None
    modified: str | None = None
    needs_ocr: bool = False
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    links: list | None = None
    """An HTML page's links (pipeline.parse.links.Link), read with its blocks when its URL was given."""
    furniture: list[str] = field(default_factory=list)
    """The running headers and footers a PDF repeats on its pages, once each: dropped from the blocks, kept for who
    sent the document ("Projektkatalog 2042 · Leader X" under every page may be the only place it is said)."""


def assemble(blocks: list[Block], **meta) -> ParsedDocument:
    """Join block texts into the document text and give each block its span."""
    parts: list[str] = []
    pos = 0
    kept: list[Block] = []
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if parts:
            parts.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        block.text = text
        block.start, block.end = pos, pos + len(text)
        parts.append(text)
        pos += len(text)
        kept.append(block)
    return ParsedDocument(text="".join(parts), blocks=kept, **meta)


def key_value_block(key: str, value: str) -> Block:
    key, value = key.strip(), value.strip()
    if KICKER_RE.fullmatch(key) and value:
        return Block(kind="heading", text=f"{key}: {value}")  # "Nytt projekt: X": a headline, as a page sets it
    return Block(kind="key_value", text=f"{key}: {value}", key=key, value=value)


# The words a headline opens with to say what kind of news it is.
KICKER_RE = re.compile(r"(?i)(?:nytt|nya)\s+(?:projekt|projektet|förstudie|satsning)|new project")
