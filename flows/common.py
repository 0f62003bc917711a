"""Set-up shared by the flows: settings to a stage Context, and the runs table."""
from __future__ import annotations

from sqlalchemy.orm import sessionmaker

from db import writes
from db.loader import share_organisations
from db.runlock import RunLock, RunLockedError
from db.session import ensure_schema, make_engine
from extractors.nlp import pipeline_name
from flows.report import RunReport
from pipeline import PIPELINE_VERSION
from pipeline.config import Settings
from pipeline.rawstore import RawStore
from flows.stages import Context


def open_context(settings: Settings, kind: str) -> Context:
    engine = make_engine(settings.database_url)
    ensure_schema(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    share_organisations(sessions)
    nlp_name = pipeline_name(settings.nlp_model)
    run_id = writes.start_run(sessions, kind, PIPELINE_VERSION, nlp_name)
    lock = RunLock(sessions, run_id, wait_seconds=settings.lock_wait_seconds)
    try:
        lock.acquire()
    except RunLockedError as exc:
        writes.set_run_status(sessions, run_id, "failed", report=str(exc))
        engine.dispose()
        raise
    writes.set_run_status(sessions, run_id, "running")
    ctx = Context(settings=settings, sessions=sessions, store=RawStore(settings.raw_dir), nlp_name=nlp_name,
                  run_id=run_id, lock=lock)
    _worker_contexts[(repr(settings), run_id)] = ctx  # tasks run in this process reuse it
    return ctx


# Contexts of the processes that run tasks (Dask workers), one per run: an engine, the NLP
# pipeline and fetchers are built once per process, not once per document.
_worker_contexts: dict[tuple[str, int | None], Context] = {}


def worker_context(settings: Settings, run_id: int | None) -> Context:
    key = (repr(settings), run_id)
    ctx = _worker_contexts.get(key)
    if ctx is None:
        for old_key in [k for k in _worker_contexts if k[0] == key[0]]:  # an earlier run's
            _worker_contexts.pop(old_key).close()
        engine = make_engine(settings.database_url)
        sessions = sessionmaker(engine, expire_on_commit=False)
        share_organisations(sessions)
        ctx = Context(settings=settings, sessions=sessions,
                      store=RawStore(settings.raw_dir), nlp_name=pipeline_name(settings.nlp_model), run_id=run_id)
        _worker_contexts[key] = ctx
    return ctx


def close_run(ctx: Context, report: RunReport, status: str) -> None:
    report.run_id = ctx.run_id
    if ctx.run_id is not None:
        writes.finish_run(ctx.sessions, ctx.run_id, status, report.counts, report.markdown())
    ctx.close()
    if ctx.lock is not None:
        ctx.lock.release()
    _worker_contexts.pop((repr(ctx.settings), ctx.run_id), None)
    ctx.sessions.kw["bind"].dispose()
