"""The stages for one document: acquire (read or fetch), parse, extract, load.

Flows wire these together; they hold no rules themselves. Each returns what it did,
and a failure is recorded with its stage and reason instead of stopping the run.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import models as m
from db.loader import LoadInfo, load_document
from extractors.extract import EXTRACTOR_VERSION, extract_projects
from extractors.nlp import NLP
from pipeline import PIPELINE_VERSION
from pipeline.config import Settings
from pipeline.errors import FetchError, KompetensError, ParseError, SystemicError
from pipeline.fetch import Fetcher
from pipeline.parse import parse_bytes, sniff_type
from pipeline.rawstore import SUFFIXES, RawStore
from pipeline.sources import Target

log = logging.getLogger(__name__)
DocStatus = Literal["new", "changed", "unchanged", "failed"]


@dataclass
class DocOutcome:
    url: str
    status: DocStatus
    projects: int = 0
    stage: str | None = None
    error: str | None = None
    load: LoadInfo | None = None
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Context:
    settings: Settings
    sessions: sessionmaker
    store: RawStore
    nlp: NLP
    run_id: int | None = None
    fetcher: Fetcher | None = None

    @property
    def version_tag(self) -> str:
        return f"pipeline-{PIPELINE_VERSION}/extractors-{EXTRACTOR_VERSION}/{self.nlp.name}"

    def get_fetcher(self) -> Fetcher:
        if self.fetcher is None:
            self.fetcher = Fetcher(self.settings)
        return self.fetcher


def record_failure(ctx: Context, url: str, stage: str, error: str) -> None:
    with ctx.sessions.begin() as s:
        s.add(m.Failure(run_id=ctx.run_id, url=url, stage=stage, error=error[:4000]))


def process_target(ctx: Context, target: Target) -> DocOutcome:
    """Read or fetch one document and, when it is new or changed, parse, extract and load it."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    with ctx.sessions() as s:
        doc = s.scalar(select(m.Document).where(m.Document.url == target.url))
        known = (doc.current_sha256, doc.extracted_with, doc.etag, doc.last_modified) if doc else None
    content_type = None
    etag = last_modified = None
    try:
        if target.path is not None:
            data = target.path.read_bytes()
        else:
            result = ctx.get_fetcher().fetch(target.url, etag=known[2] if known else None,
                                             last_modified=known[3] if known else None)
            _record_fetch(ctx, result=result)
            if result.not_modified and known and known[1] == ctx.version_tag:
                _touch(ctx, target.url)
                return DocOutcome(target.url, "unchanged", seconds={"fetch": time.perf_counter() - t0})
            if result.not_modified:
                return DocOutcome(target.url, "unchanged")
            data, content_type = result.content or b"", result.content_type
            etag, last_modified = result.etag, result.last_modified
    except FetchError as exc:
        _record_fetch(ctx, url=target.url, error=exc.reason, status=exc.status)
        record_failure(ctx, target.url, "fetch", exc.reason)
        return DocOutcome(target.url, "failed", stage="fetch", error=exc.reason)
    except OSError as exc:
        record_failure(ctx, target.url, "read", str(exc))
        return DocOutcome(target.url, "failed", stage="read", error=f"cannot read file: {exc.strerror or exc}")
    timings["fetch"] = time.perf_counter() - t0
    kind = sniff_type(data, target.url, content_type) or "bin"
    digest, raw_path = ctx.store.put(data, SUFFIXES.get(kind, ""))
    if known and known[0] == digest and known[1] == ctx.version_tag:
        _touch(ctx, target.url, etag, last_modified)
        return DocOutcome(target.url, "unchanged", seconds=timings)
    status: DocStatus = "changed" if known else "new"
    outcome = extract_and_load(ctx, target.url, data, content_type, digest, str(raw_path.resolve()), target.source_name,
                               etag, last_modified, timings)
    if outcome.status != "failed":
        outcome.status = status
    return outcome


def extract_and_load(ctx: Context, url: str, data: bytes, content_type: str | None, digest: str, raw_path: str,
                     source_name: str | None, etag: str | None, last_modified: str | None,
                     timings: dict[str, float] | None = None) -> DocOutcome:
    timings = timings if timings is not None else {}
    t = time.perf_counter()
    try:
        parsed = parse_bytes(data, url, content_type, max_pdf_pages=ctx.settings.max_pdf_pages)
    except ParseError as exc:
        record_failure(ctx, url, "parse", exc.reason)
        return DocOutcome(url, "failed", stage="parse", error=exc.reason)
    timings["parse"] = time.perf_counter() - t
    if parsed.needs_ocr:
        record_failure(ctx, url, "parse", "no text layer: needs OCR")
    t = time.perf_counter()
    try:
        records = extract_projects(parsed, ctx.nlp)
    except Exception as exc:  # a rule that trips on odd text must not sink the run
        log.exception("extraction failed for %s", url)
        record_failure(ctx, url, "extract", f"{type(exc).__name__}: {exc}")
        return DocOutcome(url, "failed", stage="extract", error=f"{type(exc).__name__}: {exc}")
    timings["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    try:
        with ctx.sessions.begin() as s:
            info = _load(s, ctx, url, parsed, records, data, content_type, digest, raw_path, source_name, etag,
                         last_modified)
    except SystemicError:
        raise
    except KompetensError as exc:
        record_failure(ctx, url, "load", str(exc))
        return DocOutcome(url, "failed", stage="load", error=str(exc))
    timings["load"] = time.perf_counter() - t
    return DocOutcome(url, "new", projects=len(records), load=info, seconds=timings)


def _load(s: Session, ctx: Context, url, parsed, records, data, content_type, digest, raw_path, source_name,
          etag, last_modified) -> LoadInfo:
    now = m.utcnow()
    doc = s.scalar(select(m.Document).where(m.Document.url == url))
    if doc is None:
        doc = m.Document(url=url, source_name=source_name, first_seen=now)
        s.add(doc)
        s.flush()
    version = s.scalar(select(m.DocumentVersion).where(m.DocumentVersion.document_id == doc.id,
                                                       m.DocumentVersion.sha256 == digest))
    if version is None:
        version = m.DocumentVersion(document_id=doc.id, sha256=digest, content_type=parsed.content_type,
                                    size=len(data), raw_path=raw_path, title=(parsed.title or "")[:1000] or None,
                                    text=parsed.text, fetched_at=now)
        s.add(version)
        s.flush()
    info = load_document(s, doc, version, records, store_contacts=ctx.settings.store_contacts)
    doc.current_sha256 = digest
    doc.extracted_with = ctx.version_tag
    doc.last_seen = now
    doc.etag = etag or doc.etag
    doc.last_modified = last_modified or doc.last_modified
    return info


def _touch(ctx: Context, url: str, etag: str | None = None, last_modified: str | None = None) -> None:
    with ctx.sessions.begin() as s:
        doc = s.scalar(select(m.Document).where(m.Document.url == url))
        if doc is not None:
            doc.last_seen = m.utcnow()
            doc.etag = etag or doc.etag
            doc.last_modified = last_modified or doc.last_modified


def _record_fetch(ctx: Context, result=None, url: str | None = None, error: str | None = None,
                  status: int | None = None) -> None:
    from pipeline.rawstore import sha256

    with ctx.sessions.begin() as s:
        if result is not None:
            s.add(m.Fetch(run_id=ctx.run_id, url=result.url, final_url=result.final_url, status=result.status,
                          etag=result.etag, last_modified=result.last_modified, content_type=result.content_type,
                          size=len(result.content) if result.content is not None else None,
                          sha256=sha256(result.content) if result.content is not None else None))
        else:
            s.add(m.Fetch(run_id=ctx.run_id, url=url or "", status=status, error=error))
