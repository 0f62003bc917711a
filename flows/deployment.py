"""The nightly deployment, read from prefect.yaml and served by `kompetens serve`.

prefect.yaml is the one place the schedule is written; serving it needs only a Prefect
server (PREFECT_API_URL), no work pool or worker.
"""
from __future__ import annotations

from pathlib import Path

import yaml

PREFECT_YAML = Path(__file__).resolve().parent.parent / "prefect.yaml"


def deployment_spec(name: str = "nightly", path: Path = PREFECT_YAML) -> dict:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in spec.get("deployments", []):
        if entry.get("name") == name:
            return entry
    raise KeyError(f"{path} declares no deployment named {name!r}")


def serve(name: str = "nightly", parameters: dict | None = None) -> None:
    """Register the deployment with its schedules and run its flow runs as they come (blocks)."""
    from prefect.schedules import Cron

    from flows.ingest import ingest

    entry = deployment_spec(name)
    params = {**entry.get("parameters", {}), **(parameters or {})}
    sources_file = params.get("sources_file")
    if sources_file and not Path(sources_file).is_absolute():  # relative to the project, wherever we run
        candidate = Path.cwd() / sources_file
        params["sources_file"] = str(candidate if candidate.exists() else PREFECT_YAML.parent / sources_file)
    schedules = [Cron(s["cron"], timezone=s.get("timezone", "UTC"), active=s.get("active", True))
                 for s in entry.get("schedules", [])]
    ingest.serve(name=entry["name"], description=entry.get("description"), schedules=schedules,
                 parameters=params)
