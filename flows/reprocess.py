"""The reprocess flow: re-extract every archived document from raw/ with the current rules, no network.

It ends with what changed: values added and removed per project, so an analyst sees
what a rule change did.
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow
from sqlalchemy import select

from db import models as m
from flows.common import close_run, open_context
from flows.report import RunReport
from pipeline.config import Settings
from pipeline.stages import extract_and_load


def _snapshot(ctx) -> set[tuple[str, str, str]]:
    with ctx.sessions() as s:
        rows = s.execute(select(m.Project.name, m.FieldValue.field, m.FieldValue.value_text)
                         .join(m.Project, m.Project.id == m.FieldValue.project_id)).all()
    return {tuple(r) for r in rows}


def run_reprocess(settings: Settings, url_filter: str | None = None) -> RunReport:
    ctx = open_context(settings, "reprocess")
    report = RunReport(run_id=ctx.run_id)
    before = _snapshot(ctx)
    status = "failed"
    try:
        with ctx.sessions() as s:
            rows = s.execute(select(m.Document.url, m.Document.source_name, m.DocumentVersion)
                             .join(m.DocumentVersion, (m.DocumentVersion.document_id == m.Document.id)
                                   & (m.DocumentVersion.sha256 == m.Document.current_sha256))).all()
        for url, source_name, version in rows:
            if url_filter and url_filter not in url:
                continue
            path = Path(version.raw_path)
            try:
                data = path.read_bytes()
            except OSError as exc:
                report.failures.append((url, "raw", f"raw file missing: {exc}"))
                report.counts["failed"] += 1
                continue
            outcome = extract_and_load(ctx, url, data, None, version.sha256, version.raw_path, source_name, None, None)
            outcome.status = "changed" if outcome.status != "failed" else "failed"
            report.add(outcome)
            ctx.heartbeat()
        status = "completed"
    finally:
        after = _snapshot(ctx)
        report.changes = [f"+ {p} · {f}: {v[:120]}" for p, f, v in sorted(after - before)] + \
                         [f"- {p} · {f}: {v[:120]}" for p, f, v in sorted(before - after)]
        close_run(ctx, report, status)
    return report


@flow(name="reprocess", log_prints=True)
def reprocess(database_url: str | None = None, raw_dir: str | None = None, url_filter: str | None = None) -> dict:
    report = run_reprocess(Settings.from_env(database_url=database_url, raw_dir=raw_dir), url_filter)
    return {"run_id": report.run_id, "counts": dict(report.counts), "changes": report.changes}
