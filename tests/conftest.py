"""Shared fixtures: paths, databases (SQLite always, PostgreSQL when configured), a fresh context."""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
NEGATIVE = SHARED / "corpus" / "negative"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).parent / "fixtures"
PG_ENV = "KOMPETENS_TEST_DATABASE_URL"
# Tests that run flow tasks outside a harness start Prefect's temporary API once per worker; on a busy machine
# it takes longer than Prefect's default 20 s to answer, which is no failure of ours.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV)


@pytest.fixture(scope="session")
def nlp():
    from extractors.nlp import build_nlp

    return build_nlp()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@contextmanager
def fresh_postgres_database(admin: str):
    """A new, empty PostgreSQL database on the server of `admin`, dropped afterwards; its URL."""
    admin = admin.replace("postgresql://", "postgresql+psycopg://", 1)
    name = f"kompetens_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:  # unreachable server: the test fails, as CI must notice
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.rsplit("/", 1)[0] + "/" + name
    finally:
        with engine.connect() as conn:
            conn.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        engine.dispose()


@pytest.fixture
def postgres_url():
    """A fresh PostgreSQL database for this test; skipped when KOMPETENS_TEST_DATABASE_URL is unset."""
    admin = _pg_admin_url()
    if not admin:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (CI sets it to the server on 127.0.0.1:5432)")
    with fresh_postgres_database(admin) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def settings(tmp_path, db_url):
    from pipeline.config import Settings

    return Settings(database_url=db_url, raw_dir=tmp_path / "raw")


def pytest_collection_modifyitems(config, items):
    """Tests marked shared_corpus read the shared corpus; without it they are skipped, saying why."""
    if DEV.is_dir() and NEGATIVE.is_dir():
        return
    skip = pytest.mark.skip(reason=f"needs the shared corpus at {SHARED} (../shared beside the repository)")
    for item in items:
        if item.get_closest_marker("shared_corpus"):
            item.add_marker(skip)


def pytest_unconfigure(config):
    """Stop the temporary Prefect API that flows run in this process started, while output is still open:
    stopped at exit instead, it logs to a closed stream."""
    import sys

    if "prefect.server.api.server" in sys.modules:
        from prefect.server.api.server import SubprocessASGIServer

        SubprocessASGIServer().stop()
