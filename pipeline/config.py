"""Typed settings, read once at the edge (CLI, flow parameters) and passed down.

Every field has a default that works on a laptop with nothing configured; the
environment variables named below override them, and CLI flags override those.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

DEFAULT_DATABASE_URL = "sqlite:///kompetens.db"
DEFAULT_USER_AGENT = "kompetens/0.1 (+https://github.com/kompetens/kompetens; open data research crawler)"


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() not in ("0", "false", "no", "off", "")


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    """SQLAlchemy URL of the database (KOMPETENS_DATABASE_URL). SQLite file by default."""

    raw_dir: Path = Path("raw")
    """Folder of the content-addressed raw store (KOMPETENS_RAW_DIR)."""

    nlp_model: str = "sv_core_news_sm"
    """spaCy pipeline to load when installed (KOMPETENS_NLP_MODEL); else the project's own rule pipeline."""

    store_contacts: bool = True
    """Store contact persons' names, e-mails and phones (KOMPETENS_STORE_CONTACTS=0 turns it off)."""

    user_agent: str = DEFAULT_USER_AGENT
    """User-Agent sent with every request (KOMPETENS_USER_AGENT)."""

    timeout_seconds: float = 20.0
    """Read timeout of one HTTP request (connect: at most 10 s)."""

    total_timeout_seconds: float = 120.0
    """Longest time spent reading one response body."""

    max_body_bytes: int = 50 * 1024 * 1024
    """Largest response body read; larger ones are recorded as failures."""

    max_retries: int = 3
    """Retries of one request on transient faults (timeouts, 429, 5xx)."""

    private_hosts: tuple[str, ...] = ()
    """Private hosts that may be fetched, "host" or "host:port" (KOMPETENS_PRIVATE_HOSTS=a,b:8080): local
    mirrors and tests. Every other loopback, private, link-local or otherwise non-global address is refused."""

    max_pdf_pages: int = 300
    """PDF pages parsed at most; later pages are skipped and the document flagged."""

    max_text_chars: int = 2_000_000
    """Longest document text extracted (about 600 pages); a longer one is a failure with its reason, so that
    one huge or hostile document cannot hold a run."""

    max_seconds_per_document: float = 120.0
    """Longest time parsing and extracting one document may take; past it the document is a failure with its
    reason and the run goes on (in the main thread; see pipeline/budget.py)."""

    lock_wait_seconds: float = 600.0
    """How long a run waits for another run on the same database to finish (KOMPETENS_LOCK_WAIT)."""

    extra: dict = field(default_factory=dict)

    def to_params(self) -> dict:
        """The settings as plain values, for a flow's parameters (a run in another process reads the same)."""
        return {f.name: (str(v) if isinstance(v, Path) else list(v) if isinstance(v, tuple) else v)
                for f in fields(self) for v in [getattr(self, f.name)]}

    @classmethod
    def from_params(cls, params: dict) -> "Settings":
        known = {f.name: f for f in fields(cls)}
        values = {k: v for k, v in params.items() if k in known}
        if "raw_dir" in values:
            values["raw_dir"] = Path(values["raw_dir"])
        if "private_hosts" in values:
            values["private_hosts"] = tuple(values["private_hosts"])
        return cls(**values)

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = os.environ
        base = cls(
            database_url=env.get("KOMPETENS_DATABASE_URL", DEFAULT_DATABASE_URL),
            raw_dir=Path(env.get("KOMPETENS_RAW_DIR", "raw")),
            nlp_model=env.get("KOMPETENS_NLP_MODEL", "sv_core_news_sm"),
            store_contacts=_env_bool("KOMPETENS_STORE_CONTACTS", True),
            user_agent=env.get("KOMPETENS_USER_AGENT", DEFAULT_USER_AGENT),
            private_hosts=tuple(h.strip() for h in env.get("KOMPETENS_PRIVATE_HOSTS", "").split(",") if h.strip()),
            lock_wait_seconds=float(env.get("KOMPETENS_LOCK_WAIT", 600)),
        )
        clean = {k: v for k, v in overrides.items() if v is not None}
        if "raw_dir" in clean:
            clean["raw_dir"] = Path(clean["raw_dir"])
        return replace(base, **clean)
