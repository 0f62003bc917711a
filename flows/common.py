"""Set-up shared by the flows: settings to a stage Context, and the runs table."""
from __future__ import annotations

from sqlalchemy.orm import sessionmaker

from db import models as m
from db.session import ensure_schema, make_engine
from extractors.nlp import build_nlp
from flows.report import RunReport
from pipeline import PIPELINE_VERSION
from pipeline.config import Settings
from pipeline.rawstore import RawStore
from pipeline.stages import Context


def open_context(settings: Settings, kind: str) -> Context:
    engine = make_engine(settings.database_url)
    ensure_schema(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    nlp = build_nlp(settings.nlp_model)
    with sessions.begin() as s:
        run = m.Run(kind=kind, pipeline_version=PIPELINE_VERSION, nlp_pipeline=nlp.name, status="running")
        s.add(run)
        s.flush()
        run_id = run.id
    return Context(settings=settings, sessions=sessions, store=RawStore(settings.raw_dir), nlp=nlp, run_id=run_id)


def close_run(ctx: Context, report: RunReport, status: str) -> None:
    report.run_id = ctx.run_id
    with ctx.sessions.begin() as s:
        run = s.get(m.Run, ctx.run_id)
        run.finished_at = m.utcnow()
        run.status = status
        run.counts = dict(report.counts)
        run.report = report.markdown()
    ctx.close()
    ctx.sessions.kw["bind"].dispose()
