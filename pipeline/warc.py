"""The raw archive as a WARC file (ISO 28500), for the tools web archives use.

raw/ keeps each body once, content-addressed, with `manifest.jsonl` saying what was read from where
and when; that is what a reprocess rebuilds from. `kompetens archive --warc FILE` writes the same as WARC
records on demand: a `response` record (with the HTTP headers the manifest kept) for every version read
over HTTP, a `resource` record for a local file, and a `revisit` record when the same body was read again
from another URL. Bodies are not stored twice in raw/ to have a WARC at hand.
"""
from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.errors import UserError
from pipeline.rawstore import RawStore


def write_warc(store: RawStore, out: Path) -> dict[str, int]:
    """Every version in the manifest, in the order it was read, as WARC records in `out` (gzipped per record).
    Returns the number of records of each type."""
    if not store.manifest_path.is_file():
        raise UserError(f"no archive manifest at {store.manifest_path}")
    counts = {"response": 0, "resource": 0, "revisit": 0, "missing": 0}
    first_url: dict[str, tuple[str, str | None]] = {}  # sha256 → (URL, date) of the record that holds the body
    with open(out, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(out).endswith(".gz"))
        for entry in store.entries():
            url, digest, file = entry["url"], entry.get("sha256"), entry["file"]
            if not digest:
                continue
            date = entry.get("read_at")
            headers = {"WARC-Date": _warc_date(date)} if date else {}
            if digest in first_url:
                target, target_date = first_url[digest]
                record = writer.create_revisit_record(url, digest=f"sha256:{digest}", refers_to_uri=target,
                                                      refers_to_date=_warc_date(target_date) if target_date else None,
                                                      warc_headers_dict=headers)
                writer.write_record(record)
                counts["revisit"] += 1
                continue
            path = store.root / file
            try:
                body = path.read_bytes()
            except OSError:
                counts["missing"] += 1
                continue
            content_type = entry.get("content_type") or "application/octet-stream"
            if url.startswith(("http://", "https://")):
                http = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
                http += [(k, entry[key]) for k, key in (("ETag", "etag"), ("Last-Modified", "last_modified"))
                         if entry.get(key)]
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                   http_headers=StatusAndHeaders("200 OK", http, protocol="HTTP/1.1"),
                                                   warc_headers_dict=headers)
                counts["response"] += 1
            else:
                record = writer.create_warc_record(url, "resource", payload=io.BytesIO(body), length=len(body),
                                                   warc_content_type=content_type, warc_headers_dict=headers)
                counts["resource"] += 1
            writer.write_record(record)
            first_url[digest] = (url, date)
    return counts


def _warc_date(iso: str) -> str:
    """WARC-Date: UTC, to the second, with a Z."""
    return iso[:19] + "Z"
