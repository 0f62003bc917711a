"""One document as the stages after the fetch see it: its bytes and what is known of where they came from.

The fetch (or a read of a local file, or the raw archive on a reprocess) makes it; parsing, extraction and
loading read it. What parsing and extraction make of it travels beside it (ParsedDocument, the records).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fetched:
    url: str
    data: bytes
    sha256: str
    """Of `data`: the raw archive's key and the document version's identity."""
    raw_path: str
    """Where the raw archive keeps the bytes."""
    content_type: str | None = None
    """As served (its charset too), so that a reprocess decodes alike."""
    source_name: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    parent_url: str | None = None
    """The project page a PDF was linked from."""
