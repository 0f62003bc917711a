"""The ingest flow: sources in; fetch or read, parse, extract, load; a run report out.

One task per document. An unchanged document (same SHA-256, or a 304) skips parsing
and extraction; a failing document is recorded and the run goes on; only systemic
faults (database, raw store) fail the run.
"""
from __future__ import annotations

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.common import close_run, open_context
from flows.report import RunReport
from pipeline.config import Settings
from pipeline.errors import SourceError, SystemicError
from pipeline.sources import Target, resolve
from pipeline.stages import Context, DocOutcome, process_target, record_failure


@task(name="process-document", cache_policy=NO_CACHE, retries=0)
def process_document(ctx: Context, target: Target) -> DocOutcome:
    return process_target(ctx, target)


def run_ingest(sources: list[str], settings: Settings, use_tasks: bool = True) -> RunReport:
    """The flow's body; `use_tasks=False` calls the stages directly (benchmarks, Prefect-free tests)."""
    ctx = open_context(settings, "ingest")
    report = RunReport(run_id=ctx.run_id)
    status = "failed"
    try:
        targets: list[Target] = []
        for source in sources:
            try:
                targets.extend(resolve(source))
            except SourceError as exc:
                record_failure(ctx, source, "source", exc.reason)
                report.counts["failed"] += 1
                report.failures.append((source, "source", exc.reason))
        for target in targets:
            outcome = process_document(ctx, target) if use_tasks else process_target(ctx, target)
            report.add(outcome)
        status = "completed"
    except SystemicError:
        raise
    finally:
        close_run(ctx, report, status)
    return report


@flow(name="ingest", log_prints=True)
def ingest(sources: list[str], database_url: str | None = None, raw_dir: str | None = None) -> dict:
    settings = Settings.from_env(database_url=database_url, raw_dir=raw_dir)
    report = run_ingest(sources, settings)
    _artifact(report)
    return {"run_id": report.run_id, "counts": dict(report.counts), "failures": report.failures}


def _artifact(report: RunReport) -> None:
    try:
        from prefect.artifacts import create_markdown_artifact

        create_markdown_artifact(markdown=report.markdown(), key="ingest-report", description=report.summary())
    except Exception:  # reporting must never fail the run
        pass
