"""Engines, schema upgrades and the run lock, from one database URL."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from pipeline.errors import SystemicError

DB_DIR = Path(__file__).parent


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _):  # foreign keys and concurrent readers
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA foreign_keys=ON")
            try:  # WAL is a property of the file: a concurrent first connection may be setting it
                cur.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError:
                pass
            cur.execute("PRAGMA synchronous=NORMAL")  # in WAL: no corruption on a crash, one fsync per checkpoint
            cur.close()
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config() -> Config:
    cfg = Config(str(DB_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(DB_DIR / "migrations"))
    return cfg


def upgrade(engine: Engine) -> str:
    """Create or migrate the schema to the newest revision; returns it."""
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # two runs starting on an empty database: one migrates
                conn.execute(text("SELECT pg_advisory_xact_lock(4711)"))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise SystemicError(f"database unreachable or unwritable: {exc.orig}") from exc
    return ScriptDirectory.from_config(cfg).get_current_head() or ""


def needs_upgrade(engine: Engine) -> bool:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise SystemicError(f"database unreachable: {exc.orig}") from exc
    return current != head


def ensure_schema(engine: Engine) -> None:
    """Upgrade when behind. SQLite has no advisory lock: a run that loses the race to create the
    schema finds it made by the other once the other commits."""
    attempts = 8
    for attempt in range(attempts):
        try:
            if not needs_upgrade(engine):
                return
            upgrade(engine)
            return
        except (SystemicError, DatabaseError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.5 + attempt)


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()
