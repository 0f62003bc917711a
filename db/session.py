"""Engines, schema upgrades and the run lock, from one database URL."""
from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from pipeline.errors import SystemicError, UserError

DB_DIR = Path(__file__).parent


# How long a PostgreSQL connection may take before the database counts as unreachable.
CONNECT_TIMEOUT_S = 10


def database_url(url: str) -> str:
    """The URL SQLAlchemy needs: "postgres://" (a common spelling) is PostgreSQL; anything that is no
    database URL is the user's mistake, said in one line."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    for spelling in ("postgres://", "postgresql://"):
        if url.startswith(spelling):
            url = "postgresql+psycopg://" + url[len(spelling):]
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UserError(f"--db {url!r} is not a database URL; give sqlite:///file.db or "
                        f"postgresql://user@host:5432/database") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise UserError(f"--db {url!r}: only SQLite and PostgreSQL are supported")
    return url


def existing_database(url: str) -> str:
    """For commands that only read: the database must be there already; a misspelt SQLite path is not
    silently created empty."""
    url = database_url(url)
    if url.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        path = make_url(url).database
        if path and path != ":memory:" and not Path(path).is_file():
            raise UserError(f"no database at {path}; run `kompetens ingest` first, or give --db")
    return url


def make_engine(url: str) -> Engine:
    url = database_url(url)
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
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})


def _one_line(error: object) -> str:
    return " ".join(str(error).split())


def alembic_config():
    from alembic.config import Config  # alembic is imported only when the schema has to change

    cfg = Config(str(DB_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(DB_DIR / "migrations"))
    return cfg


def upgrade(engine: Engine) -> str:
    """Create or migrate the schema to the newest revision; returns it."""
    from alembic import command

    cfg = alembic_config()
    try:
        with engine.connect() as conn, _ddl_transaction(conn):
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise SystemicError(f"database unreachable or unwritable: {_one_line(exc.orig)}") from exc
    return head_revision()


@contextmanager
def _ddl_transaction(conn: Connection) -> Iterator[None]:
    """One transaction around the whole migration, so a run killed halfway leaves the old schema, not
    half of the new. PostgreSQL: an advisory lock lets one of two first runs migrate. SQLite: the
    driver runs DDL outside any transaction unless told BEGIN itself; IMMEDIATE also makes a second
    first run wait for this one."""
    if conn.dialect.name != "sqlite":
        with conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(4711)"))
            yield
        return
    driver: Any = conn.connection.driver_connection
    implicit = driver.isolation_level
    driver.isolation_level = None  # no implicit BEGINs/COMMITs: the transaction below is the only one
    try:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
    finally:
        driver.isolation_level = implicit


def head_revision() -> str:
    """The newest migration's revision, read from the migration files (the one no other revises)."""
    revisions, revised = set(), set()
    for path in (DB_DIR / "migrations" / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = re.search(r'^revision\s*=\s*["\']([^"\']+)', source, re.M)
        down = re.search(r'^down_revision\s*=\s*["\']([^"\']+)', source, re.M)
        if rev:
            revisions.add(rev.group(1))
        if down:
            revised.add(down.group(1))
    heads = sorted(revisions - revised)
    return heads[-1] if heads else ""


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None without this project's tables); plain SQL, no alembic."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        raise SystemicError(f"database unreachable: {_one_line(exc.orig)}") from exc


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def ensure_schema(engine: Engine) -> None:
    """Upgrade when behind. SQLite has no advisory lock: a run that loses the race to create the
    schema finds it made by the other once the other commits."""
    attempts = 8 if engine.dialect.name == "sqlite" else 1  # PostgreSQL migrates under a lock: no race
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


def require_schema(engine: Engine) -> None:
    """For commands that only read: a database without this project's tables is named, not filled."""
    current = current_revision(engine)
    if current is None:
        raise UserError(f"the database {engine.url.render_as_string(hide_password=True)} holds no kompetens tables; "
                        f"run `kompetens ingest` or `kompetens db upgrade` first")
    ensure_schema(engine)  # an older revision is migrated


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()
