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
