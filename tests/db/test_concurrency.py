"""Runs that overlap or die: the run lock, two runs at once, a run killed mid-document."""
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from db import models as m
from db.runlock import RunLock, RunLockedError
from db.session import ensure_schema, make_engine
from tests.conftest import DEV, EXAMPLES, ROOT
from tests.db.test_loading import _counts


def _ingest(db_url, raw, sources, **popen):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KOMPETENS_LOCK_WAIT": "120"}
    return subprocess.Popen([sys.executable, "-m", "flows.cli", "ingest", "--no-prefect", "--db", db_url,
                             "--raw-dir", str(raw), *map(str, sources)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


@pytest.mark.shared_corpus
def test_two_runs_at_once_neither_duplicate_nor_corrupt(db_url, tmp_path):
    first = _ingest(db_url, tmp_path / "raw", [DEV])
    second = _ingest(db_url, tmp_path / "raw", [DEV])
    outs = [p.communicate(timeout=300) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outs
    summaries = sorted(out for out, _ in outs)
    # the lock serialises them: one read everything, the other found it unchanged
    assert any("5 new" in s for s in summaries) and any("5 unchanged" in s for s in summaries)
    counts = _counts(db_url)
    assert counts["projects"] == 12 and counts["project_sources"] == 12
    engine = make_engine(db_url)
    with Session(engine) as s:
        runs = s.scalars(select(m.Run)).all()
        assert [r.status for r in runs] == ["completed", "completed"]
        assert s.scalar(select(func.count()).select_from(m.RunLock)) == 0
    engine.dispose()


def test_lock_held_by_a_live_run_makes_the_next_wait_then_fail_clearly(db_url):
    engine = make_engine(db_url)
    ensure_schema(engine)
    sessions = sessionmaker(engine)
    holder = RunLock(sessions, run_id=1)
    holder.acquire()
    with pytest.raises(RunLockedError, match="locked by run 1"):
        RunLock(sessions, run_id=2, wait_seconds=0.5, poll_seconds=0.1).acquire()
    holder.release()
    RunLock(sessions, run_id=2, wait_seconds=0.5).acquire()  # free again
    engine.dispose()


def test_a_live_runs_heartbeat_is_written_once_in_a_while_however_often_it_is_called(db_url):
    engine = make_engine(db_url)
    ensure_schema(engine)
    sessions = sessionmaker(engine)
    lock = RunLock(sessions, run_id=1, stale_seconds=30)  # written at most every half second
    lock.acquire()

    def beat_at():
        with Session(engine) as s:
            return s.scalar(select(m.RunLock.heartbeat_at))
    acquired = beat_at()
    time.sleep(0.05)
    lock.heartbeat()  # right after acquiring: nothing to tell yet
    assert beat_at() == acquired
    time.sleep(0.55)
    lock.heartbeat()
    assert beat_at() > acquired
    lock.release()
    engine.dispose()


def test_lock_of_a_dead_process_is_taken_over(db_url):
    engine = make_engine(db_url)
    ensure_schema(engine)
    sessions = sessionmaker(engine)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with sessions.begin() as s:
        s.add(m.Run(id=7, kind="ingest", status="running", pipeline_version="test"))
    stale = RunLock(sessions, run_id=7)
    stale.pid = dead.pid
    stale.acquire()
    RunLock(sessions, run_id=8, wait_seconds=0.5, poll_seconds=0.1).acquire()
    with Session(engine) as s:
        assert s.scalar(select(m.RunLock.run_id)) == 8
        assert s.get(m.Run, 7).status == "killed"  # not "running" forever
    engine.dispose()


def test_run_killed_mid_document_leaves_no_half_document_and_next_run_completes(db_url, tmp_path):
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    clean = _ingest(reference, tmp_path / "raw-ref", [EXAMPLES])
    clean.communicate(timeout=300)
    want = _counts(reference)

    victim = _ingest(db_url, tmp_path / "raw", [EXAMPLES], start_new_session=True)
    engine = make_engine(db_url)
    deadline = time.monotonic() + 120
    started = 0
    while time.monotonic() < deadline and victim.poll() is None:
        try:
            with engine.connect() as conn:  # the run has begun reading (its documents load in one batch)
                started = conn.execute(text("SELECT COUNT(*) FROM runs WHERE status = 'running'")).scalar()
        except Exception:
            started = 0  # schema not there yet
        if started:
            break
        time.sleep(0.05)
    time.sleep(0.3)  # into its documents
    assert victim.poll() is None, "the run ended before it could be killed"
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    with engine.connect() as conn:
        # every document the database says it read has all its rows: one transaction per document
        half = conn.execute(text(
            "SELECT COUNT(*) FROM documents d WHERE d.current_sha256 IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM document_versions v WHERE v.document_id = d.id AND v.sha256 = d.current_sha256)")).scalar()
        orphans = conn.execute(text("SELECT COUNT(*) FROM projects p WHERE NOT EXISTS "
                                    "(SELECT 1 FROM project_sources ps WHERE ps.project_id = p.id)")).scalar()
        assert half == 0 and orphans == 0
        assert conn.execute(text("SELECT status FROM runs")).scalar() == "running"  # died, as the runs table shows
    engine.dispose()

    again = _ingest(db_url, tmp_path / "raw", [EXAMPLES])
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert _counts(db_url) == want
    engine = make_engine(db_url)
    with Session(engine) as s:  # the run that took over the lock closed the dead one's row
        runs = s.scalars(select(m.Run).order_by(m.Run.id)).all()
        assert [r.status for r in runs] == ["killed", "completed"]
        assert runs[0].finished_at is not None and "killed" in runs[0].report
    engine.dispose()


def test_a_migration_dying_halfway_leaves_no_half_schema(db_url, monkeypatch):
    """A run killed while it creates the schema must leave the database as it found it, or the next
    run finds tables without a revision and cannot go on."""
    import alembic.command

    real_upgrade = alembic.command.upgrade

    def upgrade_then_die(cfg, revision):
        real_upgrade(cfg, revision)  # every table made, inside the migration's transaction
        raise KeyboardInterrupt

    engine = make_engine(db_url)
    monkeypatch.setattr(alembic.command, "upgrade", upgrade_then_die)
    with pytest.raises(KeyboardInterrupt):
        ensure_schema(engine)
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'") if engine.dialect.name == "sqlite"
                              else text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
    assert tables == []
    monkeypatch.undo()
    ensure_schema(engine)  # the next run migrates from nothing
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(m.Run)) == 0
    engine.dispose()
