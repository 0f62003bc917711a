"""Reprocessing: re-extract archived documents from raw/ with the current rules, no network.

Filtered by source, by when documents were last read, or by document (URL or part of one).
It ends with what changed, so an analyst sees what a rule change did: projects added and
removed, and per project the values added, removed or changed.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from db import models as m
from db.changes import describe_changes, snapshot
from flows.common import close_run, open_context
from flows.report import RunReport
from pipeline.config import Settings
from pipeline.rawstore import RawStore, sha256
from flows.stages import extract_and_load
from pipeline.document import Fetched

def rebuildable(settings: Settings) -> bool:
    """The raw store lists document versions to rebuild a database from."""
    return bool(RawStore(settings.raw_dir).versions())


def _rebuild_from_raw(ctx, report: RunReport, document: str | None) -> None:
    """Every document version the raw store's manifest lists, read into the (empty) database with its URL,
    source, linking page, content type and validators, as the run that fetched it read it."""
    report.notes.append(f"the database held no documents: rebuilt from {ctx.store.manifest_path}")
    for entry in ctx.store.versions():
        url = entry["url"]
        if document and document not in url:
            continue
        path = ctx.store.root / entry["file"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.failures.append((url, "raw", f"raw file unreadable: {exc}"))
            report.counts["failed"] += 1
            continue
        outcome = extract_and_load(ctx, Fetched(
            url=url, data=data, sha256=entry.get("sha256") or sha256(data), raw_path=str(path.resolve()),
            content_type=entry.get("content_type"), source_name=entry.get("source"), etag=entry.get("etag"),
            last_modified=entry.get("last_modified"), parent_url=entry.get("parent_url")))
        outcome.status = "new" if outcome.status != "failed" else "failed"
        report.add(outcome)
        ctx.heartbeat()


def run_reprocess(settings: Settings, document: str | None = None, source: str | None = None,
                  since: datetime | None = None, show_personal: bool = False) -> RunReport:
    ctx = open_context(settings, "reprocess")
    report = RunReport(run_id=ctx.run_id)
    before = snapshot(ctx.sessions)
    status = "failed"
    try:
        query = (select(m.Document.url, m.Document.source_name, m.Document.parent_url, m.DocumentVersion)
                 .join(m.DocumentVersion, (m.DocumentVersion.document_id == m.Document.id)
                       & (m.DocumentVersion.sha256 == m.Document.current_sha256))
                 .order_by(m.Document.url))
        if source:
            query = query.where(m.Document.source_name == source)
        if since:
            query = query.where(m.Document.last_seen >= since)
        with ctx.sessions() as s:
            rows = s.execute(query).all()
            empty = not s.scalar(select(m.Document.id).limit(1))
        if empty:  # a new database: raw/ alone rebuilds it
            _rebuild_from_raw(ctx, report, document)
        for url, source_name, parent_url, version in rows:
            if document and document not in url:
                continue
            try:
                data = Path(version.raw_path).read_bytes()
            except OSError as exc:
                report.failures.append((url, "raw", f"raw file missing: {exc}"))
                report.counts["failed"] += 1
                continue
            outcome = extract_and_load(ctx, Fetched(url=url, data=data, sha256=version.sha256,
                                                    raw_path=version.raw_path, content_type=version.content_type,
                                                    source_name=source_name, parent_url=parent_url))
            outcome.status = "changed" if outcome.status != "failed" else "failed"
            report.add(outcome)
            ctx.heartbeat()
        status = "completed"
    finally:
        report.changes, counts = describe_changes(before, snapshot(ctx.sessions), show_personal)
        for key, value in counts.items():  # what changed overall, not added to what the documents counted
            report.counts[key] = value
        close_run(ctx, report, status)
    return report
