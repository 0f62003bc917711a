"""Task runners by configuration: in-process by default, Dask to scale out.

`dask` with an address joins an existing cluster (a scheduler the team runs, e.g.
tcp://scheduler:8786); without one it starts a local cluster of `workers` processes.
Dask workers open their own database connections, so point them at PostgreSQL (or a
SQLite file on a disk they share) and at a raw store they can all write.
"""
from __future__ import annotations

import os


def make_task_runner(kind: str = "default", address: str | None = None, workers: int = 2):
    if kind in ("default", "thread", None):
        return None
    if kind != "dask":
        raise ValueError(f"unknown task runner {kind!r} (default or dask)")
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")  # the cluster's chatter is not our report
    # Dask's own sampling profiler runs in every worker by default: time the documents' work needs
    os.environ.setdefault("DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED", "False")
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:  # an optional extra: pip install -e '.[dask]'
        raise RuntimeError("the dask task runner needs prefect-dask: pip install -e '.[dask]'") from exc
    if address:
        return DaskTaskRunner(address=address)
    share_temporary_api()
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None})


def share_temporary_api() -> None:
    """With no Prefect server configured, start the temporary API now and name it in the environment, so
    the local cluster's worker processes (which inherit it) report to this one instead of each starting
    its own: that cost ten seconds a worker and left their task runs out of the flow's record."""
    if os.environ.get("PREFECT_API_URL"):
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
