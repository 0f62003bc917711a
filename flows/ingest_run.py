"""The ingest flow's body, free of Prefect: sources in; discover, fetch or read, parse,
extract, load; a run report out.

flows/ingest.py wraps it in the Prefect flow and hands it a batch runner that makes each
batch of documents a task; `kompetens ingest --no-prefect` and the benchmark call it as is.
An unchanged document (same SHA-256, or a 304) skips parsing and extraction; a failing
document is recorded and the run goes on; only systemic faults (database, raw store) fail
the run. Watched sources are crawled in waves: each wave's pages are processed, and their
links, read from the raw store, make the next wave.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from db import models as m
from db import writes
from flows import progress
from flows.common import close_run, open_context
from flows.report import RunReport
from pipeline.config import Settings
from pipeline.crawl import Frontier, links_from_html
from pipeline.errors import SourceError, SystemicError
from pipeline.parse.links import Link
from pipeline.sources import SourceSpec, Target, load_sources, resolve
from flows.stages import Context, DocOutcome, process_targets, record_failure

Batch = Callable[[list[Target]], list[DocOutcome]]
BatchFactory = Callable[[Context], Batch]
WAVE_SIZE = 64
"""Documents handed to the batch runner at once: enough to keep workers busy, few enough to stream."""


def direct_batches(ctx: Context) -> Batch:
    return lambda targets: process_targets(ctx, targets)


def run_ingest(sources: list[str], settings: Settings, sources_file: str | None = None,
               only: list[str] | None = None, force: bool = False,
               batches: BatchFactory = direct_batches, wave_size: int = WAVE_SIZE) -> RunReport:
    ctx = open_context(settings, "ingest")
    report = RunReport(run_id=ctx.run_id)
    run_batch = batches(ctx)
    status = "failed"
    try:
        if sources_file:
            try:
                specs = load_sources(sources_file, only)
            except SourceError as exc:
                _source_failed(ctx, report, exc)
                specs = []
            for spec in specs:
                crawl_source(ctx, spec, report, run_batch, force, wave_size)
        targets: list[Target] = []
        for source in sources:
            try:
                targets.extend(resolve(source))
            except SourceError as exc:
                _source_failed(ctx, report, exc)
        bar = progress.ACTIVE
        if bar and targets:
            bar.known(len(targets))
        for i in range(0, len(targets), wave_size):
            for outcome in run_batch(targets[i:i + wave_size]):
                report.add(outcome)
                if bar:
                    bar.done(outcome)
            ctx.heartbeat()
        status = "completed"
    except SystemicError:
        raise
    finally:
        close_run(ctx, report, status)
    return report


def crawl_source(ctx: Context, spec: SourceSpec, report: RunReport, run_batch: Batch, force: bool = False,
                 wave_size: int = WAVE_SIZE) -> int:
    """Walk one watched source breadth-first, a wave at a time; returns the pages processed
    (0 when the source was fetched within its minimum interval)."""
    if not force and not _due(ctx, spec):
        report.notes.append(f"source {spec.name}: fetched less than {spec.min_interval_hours} h ago, skipped")
        return 0
    frontier = Frontier(spec)
    pages = 0
    while frontier:
        wave = [t for _ in range(min(wave_size, len(frontier.queue))) if (t := frontier.pop()) is not None]
        bar = progress.ACTIVE
        if bar:
            bar.known(len(wave))
        for target, outcome in zip(wave, run_batch(wave)):
            report.add(outcome)
            if bar:
                bar.done(outcome)
            pages += 1
            if outcome.kind == "html" and (outcome.links is not None or outcome.raw_path):
                links = _links(ctx, target, outcome)
                if links is not None:
                    frontier.add_links(target, links, is_project_page=outcome.projects > 0)
        ctx.heartbeat()
    for url, reason in frontier.skipped:  # every link found is fetched, or kept with why it was not
        record_failure(ctx, url, "skipped", reason)
        report.notes.append(f"source {spec.name}: not fetched {url} ({reason})")
    _crawled(ctx, spec, pages)
    return pages


def _links(ctx: Context, target: Target, outcome: DocOutcome) -> list[Link] | None:
    """A page's links: read with its blocks when it was parsed in this run (each page is parsed once), else
    kept beside its archived copy, else read from that copy; None when the copy cannot be read."""
    raw = Path(outcome.raw_path) if outcome.raw_path else None
    links = outcome.links
    if links is None and raw is not None:
        links = ctx.store.kept_links(raw, target.url)
        if links is not None:
            return links
        try:
            links = links_from_html(raw.read_bytes(), target.url, outcome.content_type)
        except OSError as exc:
            record_failure(ctx, target.url, "discover", f"cannot read archived page: {exc}")
            return None
    if raw is not None and links is not None:
        ctx.store.keep_links(raw, target.url, links)
    return links


def _source_failed(ctx: Context, report: RunReport, exc: SourceError) -> None:
    record_failure(ctx, exc.source, "source", exc.reason)
    report.counts["failed"] += 1
    report.failures.append((exc.source, "source", exc.reason))


def _due(ctx: Context, spec: SourceSpec) -> bool:
    with ctx.sessions() as s:
        last = s.scalar(select(m.Source.last_crawled_at).where(m.Source.name == spec.name))
    return last is None or m.utcnow() - last >= timedelta(hours=spec.min_interval_hours)


def _crawled(ctx: Context, spec: SourceSpec, pages: int) -> None:
    writes.mark_crawled(ctx.sessions, spec.name, asdict(spec), ctx.run_id, pages)
