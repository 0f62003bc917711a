"""SIGKILL at random points of a run, twenty times: nothing lost, nothing doubled, nothing half-written.

Each trial starts `kompetens ingest` over the bundled examples, kills its whole process group at a random
moment (while it starts, fetches, extracts or loads), checks that every document the database holds has all
its rows, runs the ingest again to the end and compares the database with one from a run never killed.
Trials alternate between SQLite and PostgreSQL (when KOMPETENS_TEST_DATABASE_URL is set).
"""
import os
import random
import signal
import time
from contextlib import nullcontext

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from db.export import export_projects
from db.session import make_engine
from tests.conftest import EXAMPLES, PG_ENV, fresh_postgres_database
from tests.db.test_concurrency import _ingest
from tests.db.test_loading import _counts

TRIALS = 20
SEED = 20261126  # the same kill points every run, so a failure can be replayed


def _exported(url: str) -> list[tuple]:
    engine = make_engine(url)
    with Session(engine) as s:
        projects = export_projects(s, include_contacts=True)
    engine.dispose()
    return sorted((p["name"], p["owner"], p["start_date"], p["end_date"], tuple(p["sources"]),
                   tuple(sorted(p["provenance"]))) for p in projects)


def _half_written(url: str) -> tuple[int, int, int]:
    """Documents whose version is missing, projects no document describes, values of no project's document."""
    engine = make_engine(url)
    with engine.connect() as conn:
        counts = tuple(conn.execute(text(sql)).scalar() for sql in (
            "SELECT COUNT(*) FROM documents d WHERE d.current_sha256 IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM document_versions v WHERE v.document_id = d.id AND v.sha256 = d.current_sha256)",
            "SELECT COUNT(*) FROM projects p WHERE NOT EXISTS "
            "(SELECT 1 FROM project_sources ps WHERE ps.project_id = p.id)",
            "SELECT COUNT(*) FROM field_values fv WHERE NOT EXISTS (SELECT 1 FROM project_sources ps "
            "WHERE ps.project_id = fv.project_id AND ps.document_id = fv.document_id)"))
    engine.dispose()
    return counts


@pytest.mark.slow
def test_twenty_runs_killed_at_random_points_lose_and_double_nothing(tmp_path):
    rng = random.Random(SEED)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    clean = _ingest(reference, tmp_path / "raw-reference", [EXAMPLES])
    t = time.monotonic()
    _, err = clean.communicate(timeout=300)
    assert clean.returncode == 0, err
    run_s = time.monotonic() - t
    want_counts, want_projects = _counts(reference), _exported(reference)
    assert want_projects, "the examples describe projects"
    admin = os.environ.get(PG_ENV)
    killed = 0
    for trial in range(TRIALS):
        on_pg = bool(admin) and trial % 2 == 1
        with fresh_postgres_database(admin) if on_pg else nullcontext(f"sqlite:///{tmp_path / f't{trial}.db'}") as url:
            raw = tmp_path / f"raw-{trial}"
            victim = _ingest(url, raw, [EXAMPLES], start_new_session=True)
            time.sleep(rng.uniform(0.2, run_s))  # anywhere from start-up to the last document
            if victim.poll() is None:
                os.killpg(victim.pid, signal.SIGKILL)
                killed += 1
            victim.communicate()
            if raw.exists() and (tmp_path / f"t{trial}.db").exists() or on_pg:
                try:
                    assert _half_written(url) == (0, 0, 0), f"trial {trial}"
                except Exception as exc:  # killed before the schema existed: nothing to check yet
                    if "no such table" not in str(exc) and "does not exist" not in str(exc):
                        raise
            again = _ingest(url, raw, [EXAMPLES])
            _, err = again.communicate(timeout=300)
            assert again.returncode == 0, f"trial {trial}: {err[-2000:]}"
            assert _counts(url) == want_counts, f"trial {trial}"
            assert _exported(url) == want_projects, f"trial {trial}"
    print(f"{TRIALS} trials, {killed} runs killed mid-way, each database equal to the clean run's")
    assert killed >= TRIALS // 2, "most trials must kill a run that is still working"
