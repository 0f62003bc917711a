"""Scale-out by configuration: the ingest flow on a two-worker local Dask cluster gets the same
rows as the default runner, on SQLite and PostgreSQL."""
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import DEV, EXAMPLES, ROOT
from tests.db.test_loading import _counts

pytest.importorskip("prefect_dask")


def _ingest(db, raw, cwd, *extra):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "flows.cli", "ingest", "--db", db, "--raw-dir", str(raw),
                           *extra, str(EXAMPLES), str(DEV)], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)


def _export(db, cwd):
    out = subprocess.run([sys.executable, "-m", "flows.cli", "export", "--db", db], cwd=cwd, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    projects = json.loads(out.stdout)["projects"]
    for p in projects:  # ids and the order of provenance may differ; the facts may not
        p.pop("id")
        p.pop("provenance")
        p["sources"] = sorted(p["sources"])
    return sorted(json.dumps(p, ensure_ascii=False, sort_keys=True) for p in projects)


@pytest.mark.shared_corpus
def test_dask_two_workers_matches_the_default_runner(db_url, sqlite_url, tmp_path):
    default = _ingest(sqlite_url, tmp_path / "raw-default", tmp_path)
    assert default.returncode == 0, default.stderr
    dask = _ingest(db_url if db_url != sqlite_url else f"sqlite:///{tmp_path / 'dask.db'}", tmp_path / "raw-dask",
                   tmp_path, "--task-runner", "dask", "--workers", "2")
    assert dask.returncode == 0, dask.stderr
    dask_url = db_url if db_url != sqlite_url else f"sqlite:///{tmp_path / 'dask.db'}"
    assert "15 new" in dask.stdout and "15 new" in default.stdout
    assert _counts(dask_url) == _counts(sqlite_url)
    assert _export(dask_url, tmp_path) == _export(sqlite_url, tmp_path)


WORKERS_SHARE_THE_API = """
import os, sys, urllib.request
from distributed import Client, LocalCluster
from flows.runners import share_temporary_api

share_temporary_api()
url = os.environ["PREFECT_API_URL"]
assert urllib.request.urlopen(url + "/health", timeout=10).status == 200
with LocalCluster(n_workers=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
    print(url, client.submit(lambda: os.environ.get("PREFECT_API_URL")).result())
"""


def test_local_cluster_workers_report_to_the_runs_temporary_api(tmp_path):
    """With no Prefect server configured, the run starts one temporary API and its Dask workers inherit its
    address: a worker that started its own would cost seconds and keep its task runs from the flow's record."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PYTHONPATH=str(ROOT), PREFECT_HOME=str(tmp_path / ".prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    (tmp_path / ".prefect").mkdir()
    done = subprocess.run([sys.executable, "-c", WORKERS_SHARE_THE_API], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    parent, worker = done.stdout.split()[-2:]
    assert parent.startswith("http://127.0.0.1:") and parent.endswith("/api")
    assert worker == parent


def test_batches_for_workers_hold_about_the_same_bytes_and_every_document_once(tmp_path):
    from flows.ingest import balanced_batches
    from pipeline.sources import Target

    sizes = [100] * 60 + [5000] * 6  # many small pages, then a run of long PDFs at the end of the folder
    targets = []
    for n, size in enumerate(sizes):
        path = tmp_path / f"d{n:03}.bin"
        path.write_bytes(b"x" * size)
        targets.append(Target(url=path.as_uri(), path=path))
    batches = balanced_batches(targets, 22)
    assert len(batches) == 3 and sorted(t.url for b in batches for t in b) == sorted(t.url for t in targets)
    weights = [sum(t.path.stat().st_size for t in b) for b in batches]
    assert max(weights) - min(weights) <= 100  # contiguous slices would give one batch all six PDFs
    web = [Target(url=f"https://example.org/{n}") for n in range(7)]
    assert sorted(len(b) for b in balanced_batches(web, 3)) == [2, 2, 3]  # sizes unknown: dealt out in turn
