"""The Prefect `ingest` flow: the body of flows/ingest_run.py with each batch of documents a
task, run in process by default or on Dask workers (flows/runners.py)."""
from __future__ import annotations

import heapq

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.common import worker_context
from flows.ingest_run import WAVE_SIZE, Batch, direct_batches
from flows.ingest_run import run_ingest as _run_ingest
from flows.report import RunReport
from pipeline.config import Settings
from pipeline.sources import Target
from flows.stages import Context, DocOutcome, process_targets

PARALLEL_BATCH = 128
"""Documents per task on a parallel runner: enough that Prefect's bookkeeping of a task (its settings, a
client and a few API calls: about 0.2 s) is small beside its work, few enough to spread over the workers."""
PARALLEL_TASKS = 8
"""Tasks a wave is cut into at the least (smaller ones for a small run), so that every worker has some."""
MIN_PARALLEL_BATCH = 8
PARALLEL_WAVE = 1024
"""Documents handed to a parallel runner at once: its workers wait for each other only at the end of a wave."""


@task(name="process-documents", cache_policy=NO_CACHE, retries=0)
def process_documents(settings: Settings, run_id: int | None, targets: list[Target]) -> list[DocOutcome]:
    """Fetch or read, parse, extract and load a batch of documents in whatever process runs the
    task; each document's failure is recorded in its outcome and the batch goes on."""
    ctx = worker_context(settings, run_id)
    outcomes = process_targets(ctx, targets)
    ctx.flush_pending()  # a worker's context outlives the task: write what it deferred now
    return outcomes


def task_batches(parallel: bool):
    def factory(ctx: Context) -> Batch:
        if not parallel:
            return lambda targets: process_documents(ctx.settings, ctx.run_id, targets)

        def submit(targets: list[Target]) -> list[DocOutcome]:
            size = min(PARALLEL_BATCH, max(MIN_PARALLEL_BATCH, -(-len(targets) // PARALLEL_TASKS)))
            futures = [process_documents.submit(ctx.settings, ctx.run_id, batch)
                       for batch in balanced_batches(targets, size)]
            return [outcome for f in futures for outcome in f.result()]
        return submit
    return factory


def balanced_batches(targets: list[Target], size: int) -> list[list[Target]]:
    """Targets in batches of about `size` that cost about the same: local files by their size, the largest
    first into the lightest batch, so that a run of long PDFs is not one worker's alone while the others
    wait; documents to fetch, whose size is not known, dealt out in turn."""
    count = max(1, -(-len(targets) // size))
    batches: list[list[Target]] = [[] for _ in range(count)]
    weights = [(0, k) for k in range(count)]  # (bytes so far, batch), a heap
    for target in sorted(targets, key=_bytes, reverse=True):
        weight, k = heapq.heappop(weights)
        batches[k].append(target)
        heapq.heappush(weights, (weight + max(_bytes(target), 1), k))
    return [b for b in batches if b]


def _bytes(target: Target) -> int:
    try:
        return target.path.stat().st_size if target.path is not None else 0
    except OSError:
        return 0  # gone since it was listed: its task reports it


def run_ingest(sources: list[str], settings: Settings, use_tasks: bool = True, parallel: bool = False,
               **options) -> RunReport:
    """The flow's body with tasks (inside a flow) or without (`use_tasks=False`: tests, benchmark)."""
    if not use_tasks:
        return _run_ingest(sources, settings, batches=direct_batches, **options)
    return _run_ingest(sources, settings, batches=task_batches(parallel),
                       wave_size=PARALLEL_WAVE if parallel else WAVE_SIZE, **options)


@flow(name="ingest", log_prints=True)
def ingest(sources: list[str] | None = None, sources_file: str | None = None, only: list[str] | None = None,
           force: bool = False, database_url: str | None = None, raw_dir: str | None = None,
           parallel: bool = False, settings: dict | None = None) -> dict:
    """Nightly and on demand: `sources` (URLs, files, folders) and the watched sites of `sources_file`.
    `settings` (Settings.to_params) when the caller has them; else the environment, as a deployment runs."""
    settings_ = Settings.from_params(settings) if settings else Settings.from_env(database_url=database_url,
                                                                                  raw_dir=raw_dir)
    report = run_ingest(sources or [], settings_, sources_file=sources_file, only=only, force=force,
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
