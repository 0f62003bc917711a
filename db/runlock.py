"""The run lock: one writing run (ingest or reprocess) per database at a time.

A row in `run_locks` is the lock, so it works the same on SQLite and PostgreSQL. A second
run waits for it; a lock whose holder died (same host, process gone) or stopped beating
for `stale_seconds` is taken over, so a killed run never blocks the next night, and that run's row
is closed with status "killed".
"""
from __future__ import annotations

import os
import socket
import time
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from db import models as m
from pipeline.errors import SystemicError

LOCK_NAME = "writer"


class RunLockedError(SystemicError):
    """Another run holds the lock and did not let go in time."""


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


HEARTBEATS_PER_STALE = 60


class RunLock:
    def __init__(self, sessions: sessionmaker, run_id: int, wait_seconds: float = 600.0,
                 stale_seconds: float = 3600.0, poll_seconds: float = 0.5):
        self.sessions = sessions
        self.run_id = run_id
        self.wait_seconds = wait_seconds
        self.stale_seconds = stale_seconds
        self.poll_seconds = poll_seconds
        self.host = socket.gethostname()[:200]
        self.pid = os.getpid()
        self._beaten = 0.0  # when the lock's row was last written as alive

    def acquire(self) -> None:
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                with self.sessions.begin() as s:
                    now = m.utcnow()
                    s.add(m.RunLock(name=LOCK_NAME, run_id=self.run_id, host=self.host, pid=self.pid,
                                    acquired_at=now, heartbeat_at=now))
                self._beaten = time.monotonic()
                return
            except IntegrityError:
                pass
            holder = self._holder()
            if holder is not None and self._stale(holder):
                with self.sessions.begin() as s:  # only the holder we judged stale, not a newer one
                    s.execute(delete(m.RunLock).where(m.RunLock.name == LOCK_NAME,
                                                      m.RunLock.run_id == holder.run_id))
                    self._close_as_killed(s, holder.run_id)
                continue
            if time.monotonic() >= deadline:
                who = f"run {holder.run_id} on {holder.host} since {holder.acquired_at:%Y-%m-%d %H:%M:%S} UTC" \
                    if holder else "another run"
                raise RunLockedError(f"the database is locked by {who}; waited {self.wait_seconds:.0f} s")
            time.sleep(self.poll_seconds)

    def _close_as_killed(self, s, run_id: int) -> None:
        """The run whose lock is taken over died without finishing: its row says so, not "running" forever."""
        s.execute(update(m.Run).where(m.Run.id == run_id, m.Run.status == "running")
                  .values(status="killed", finished_at=m.utcnow(),
                          report=f"killed: its process ended without finishing; run {self.run_id} took over the lock"))

    def _holder(self) -> m.RunLock | None:
        with self.sessions() as s:
            return s.scalar(select(m.RunLock).where(m.RunLock.name == LOCK_NAME))

    def _stale(self, holder: m.RunLock) -> bool:
        if holder.host == self.host and holder.pid != self.pid and not _process_alive(holder.pid):
            return True
        return m.utcnow() - holder.heartbeat_at > timedelta(seconds=self.stale_seconds)

    def heartbeat(self) -> None:
        """Tell waiting runs this one is alive: a write at most every sixtieth of the time after which the lock is
        taken over (a minute, by default), however often it is called (at every wave of a crawl)."""
        if time.monotonic() - self._beaten < self.stale_seconds / HEARTBEATS_PER_STALE:
            return
        self._beaten = time.monotonic()
        with self.sessions.begin() as s:
            s.execute(update(m.RunLock).where(m.RunLock.name == LOCK_NAME, m.RunLock.run_id == self.run_id)
                      .values(heartbeat_at=m.utcnow()))

    def release(self) -> None:
        with self.sessions.begin() as s:
            s.execute(delete(m.RunLock).where(m.RunLock.name == LOCK_NAME, m.RunLock.run_id == self.run_id))
