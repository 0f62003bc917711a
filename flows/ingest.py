"""The ingest flow: sources in; discover, fetch or read, parse, extract, load; a run report out.

One task per document. An unchanged document (same SHA-256, or a 304) skips parsing
and extraction; a failing document is recorded and the run goes on; only systemic
faults (database, raw store) fail the run. Watched sources (sources.toml) are crawled in
waves: each wave's pages are processed (in parallel on a Dask runner), and their links,
read from the raw store, make the next wave.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Callable

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from sqlalchemy import select

from db import models as m
from flows.common import close_run, open_context, worker_context
from flows.report import RunReport
from pipeline.config import Settings
from pipeline.crawl import Frontier, links_from_html
from pipeline.errors import SourceError, SystemicError
from pipeline.sources import SourceSpec, Target, load_sources, resolve
from pipeline.stages import Context, DocOutcome, process_target, record_failure

Batch = Callable[[list[Target]], list[DocOutcome]]
WAVE_SIZE = 64
"""Documents handed to the task runner at once: enough to keep workers busy, few enough to stream."""


@task(name="process-document", cache_policy=NO_CACHE, retries=0)
def process_document(settings: Settings, run_id: int, target: Target) -> DocOutcome:
    """Fetch or read, parse, extract and load one document, in whatever process runs the task."""
    return process_target(worker_context(settings, run_id), target)


def _batch_runner(ctx: Context, use_tasks: bool, parallel: bool) -> Batch:
    if not use_tasks:
        return lambda targets: [process_target(ctx, t) for t in targets]
    if not parallel:
        return lambda targets: [process_document(ctx.settings, ctx.run_id, t) for t in targets]

    def submit(targets: list[Target]) -> list[DocOutcome]:
        futures = [process_document.submit(ctx.settings, ctx.run_id, t) for t in targets]
        return [f.result() for f in futures]
    return submit


def run_ingest(sources: list[str], settings: Settings, use_tasks: bool = True, sources_file: str | None = None,
               only: list[str] | None = None, force: bool = False, parallel: bool = False) -> RunReport:
    """The flow's body. `use_tasks=False` calls the stages directly (benchmarks, Prefect-free tests);
    `parallel` submits each wave of documents to the flow's task runner (Dask)."""
    ctx = open_context(settings, "ingest")
    report = RunReport(run_id=ctx.run_id)
    run_batch = _batch_runner(ctx, use_tasks, parallel)
    status = "failed"
    try:
        if sources_file:
            try:
                specs = load_sources(sources_file, only)
            except SourceError as exc:
                _source_failed(ctx, report, exc)
                specs = []
            for spec in specs:
                crawl_source(ctx, spec, report, run_batch, force)
        targets: list[Target] = []
        for source in sources:
            try:
                targets.extend(resolve(source))
            except SourceError as exc:
                _source_failed(ctx, report, exc)
        for i in range(0, len(targets), WAVE_SIZE):
            for outcome in run_batch(targets[i:i + WAVE_SIZE]):
                report.add(outcome)
            ctx.heartbeat()
        status = "completed"
    except SystemicError:
        raise
    finally:
        close_run(ctx, report, status)
    return report


def crawl_source(ctx: Context, spec: SourceSpec, report: RunReport, run_batch: Batch, force: bool = False) -> int:
    """Walk one watched source breadth-first, a wave at a time; returns the pages processed
    (0 when the source was fetched within its minimum interval)."""
    if not force and not _due(ctx, spec):
        report.notes.append(f"source {spec.name}: fetched less than {spec.min_interval_hours} h ago, skipped")
        return 0
    frontier = Frontier(spec)
    pages = 0
    while frontier:
        wave = [frontier.pop() for _ in range(min(WAVE_SIZE, len(frontier.queue)))]
        for target, outcome in zip(wave, run_batch(wave)):
            report.add(outcome)
            pages += 1
            if outcome.kind == "html" and outcome.raw_path:
                try:
                    links = links_from_html(Path(outcome.raw_path).read_bytes(), target.url, outcome.content_type)
                except OSError as exc:
                    record_failure(ctx, target.url, "discover", f"cannot read archived page: {exc}")
                    continue
                frontier.add_links(target, links, is_project_page=outcome.projects > 0)
        ctx.heartbeat()
    for url, reason in frontier.skipped:
        report.notes.append(f"source {spec.name}: not fetched {url} ({reason})")
    _crawled(ctx, spec, pages)
    return pages


def _source_failed(ctx: Context, report: RunReport, exc: SourceError) -> None:
    record_failure(ctx, exc.source, "source", exc.reason)
    report.counts["failed"] += 1
    report.failures.append((exc.source, "source", exc.reason))


def _due(ctx: Context, spec: SourceSpec) -> bool:
    with ctx.sessions() as s:
        last = s.scalar(select(m.Source.last_crawled_at).where(m.Source.name == spec.name))
    return last is None or m.utcnow() - last >= timedelta(hours=spec.min_interval_hours)


def _crawled(ctx: Context, spec: SourceSpec, pages: int) -> None:
    with ctx.sessions.begin() as s:
        row = s.scalar(select(m.Source).where(m.Source.name == spec.name))
        if row is None:
            row = m.Source(name=spec.name)
            s.add(row)
        row.config = asdict(spec)
        row.last_crawled_at = m.utcnow()
        row.last_run_id = ctx.run_id
        row.pages_last_crawl = pages


@flow(name="ingest", log_prints=True)
def ingest(sources: list[str] | None = None, sources_file: str | None = None, only: list[str] | None = None,
           force: bool = False, database_url: str | None = None, raw_dir: str | None = None,
           parallel: bool = False) -> dict:
    """Nightly and on demand: `sources` (URLs, files, folders) and the watched sites of `sources_file`."""
    settings = Settings.from_env(database_url=database_url, raw_dir=raw_dir)
    report = run_ingest(sources or [], settings, sources_file=sources_file, only=only, force=force,
                        parallel=parallel)
    _artifact(report)
    print(report.summary())
    return report.as_dict()


def _artifact(report: RunReport) -> None:
    try:
        from prefect.artifacts import create_markdown_artifact

        create_markdown_artifact(markdown=report.markdown(), key="ingest-report", description=report.summary())
    except Exception:  # reporting must never fail the run
        pass
