"""The reprocess flow (Prefect): the body of flows.reprocess_run, for deployments and servers."""
from __future__ import annotations

from datetime import datetime

from prefect import flow

from flows.reprocess_run import run_reprocess
from pipeline.config import Settings


@flow(name="reprocess", log_prints=True)
def reprocess(document: str | None = None, source: str | None = None, since: datetime | None = None,
              database_url: str | None = None, raw_dir: str | None = None, settings: dict | None = None) -> dict:
    chosen = Settings.from_params(settings) if settings else Settings.from_env(database_url=database_url,
                                                                                raw_dir=raw_dir)
    report = run_reprocess(chosen, document, source, since)
    print(report.summary())
    return report.as_dict()
