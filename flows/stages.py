"""The stages for one document: acquire (read or fetch), parse, extract, load.

Flows wire these together; they hold no rules themselves. Each returns what it did,
and a failure is recorded with its stage and reason instead of stopping the run.
"""
from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import sessionmaker

from db import models as m
from db import writes
from db.loader import LoadInfo
from extractors import EXTRACTOR_VERSION
from extractors.records import ProjectRecord
from pipeline import PIPELINE_VERSION
from pipeline.blocks import ParsedDocument
from pipeline.budget import OverBudget, time_budget
from pipeline.config import Settings
from pipeline.document import Fetched
from pipeline.errors import FetchError, KompetensError, ParseError, SystemicError, TerminalFetchError
from pipeline.fetch import Fetcher
from pipeline.fetch.client import FetchResult
from pipeline.parse import parse_bytes, sniff_type
from pipeline.parse.links import Link
from pipeline.rawstore import SUFFIXES, RawStore
from pipeline.sources import SourceSpec, Target

if TYPE_CHECKING:
    from extractors.nlp import NLP
    from db.runlock import RunLock

log = logging.getLogger(__name__)
DocStatus = Literal["new", "changed", "unchanged", "failed"]
LOAD_ATTEMPTS = 3
DB_ATTEMPTS = 2  # a dropped connection is replaced by the pool: one more try
T = TypeVar("T")
FETCH_WINDOW = 16
"""Documents of a batch fetched at once (hosts concurrently) before they are parsed."""
PENDING_LIMIT = 200
"""Deferred rows of unchanged documents written at once (also at every heartbeat)."""


@dataclass
class DocOutcome:
    url: str
    status: DocStatus
    projects: int = 0
    stage: str | None = None
    error: str | None = None
    load: LoadInfo | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    raw_path: str | None = None
    """Where the document's current bytes lie (for link discovery, also when unchanged)."""
    kind: str | None = None
    content_type: str | None = None
    links: list[Link] | None = None
    """The page's links when it was parsed in this run; an unchanged page's are read from raw/."""


@dataclass
class Context:
    """What the stages share within one process of a run: settings, database, raw store, fetchers."""
    settings: Settings
    sessions: sessionmaker
    store: RawStore
    nlp_name: str
    """The NLP pipeline's name (extractors.nlp.pipeline_name); the pipeline itself is built on the
    first document that needs extraction, so a run that finds nothing changed never builds it."""
    run_id: int | None = None
    fetcher: Fetcher | None = None
    fetchers: dict[str, Fetcher] = field(default_factory=dict)
    lock: "RunLock | None" = None
    pending: list = field(default_factory=list)
    """Rows of unchanged documents (their fetch, their last_seen), written a batch at a time."""

    @property
    def version_tag(self) -> str:
        return f"pipeline-{PIPELINE_VERSION}/extractors-{EXTRACTOR_VERSION}/{self.nlp_name}"

    @property
    def nlp(self) -> NLP:
        return _loaded_rules(self.settings.nlp_model)

    def get_fetcher(self, spec: SourceSpec | None = None) -> Fetcher:
        """One fetcher per watched source (its domains, delay, private-host rule); one for loose URLs."""
        if spec is None:
            if self.fetcher is None:
                self.fetcher = Fetcher(self.settings)
            return self.fetcher
        if spec.name not in self.fetchers:
            settings = replace(self.settings, private_hosts=self.settings.private_hosts + spec.private_hosts)
            self.fetchers[spec.name] = Fetcher(settings, min_host_delay=spec.delay_seconds,
                                               allowed_domains=set(spec.allowed_domains))
        return self.fetchers[spec.name]

    def defer(self, *rows) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= PENDING_LIMIT:
            self.flush_pending()

    def flush_pending(self) -> None:
        """Write what unchanged documents left: fetch rows, and when each was last seen."""
        rows, self.pending = self.pending, []
        writes.save_seen(self.sessions, rows)

    def heartbeat(self) -> None:
        """Tell other runs this one is alive (the run lock goes stale without it); write what waits."""
        self.flush_pending()
        if self.lock is not None:
            self.lock.heartbeat()

    def close(self) -> None:
        self.flush_pending()
        for fetcher in [self.fetcher, *self.fetchers.values()]:
            if fetcher is not None:
                fetcher.close()


@cache
def _loaded_rules(model: str) -> NLP:
    """The pipeline and the rules, loaded when a document first needs them, once per process, outside any
    document's time budget. They live as long as the process: the garbage collector is told to stop walking
    them (gc.freeze), which spares every later collection the thousands of patterns and compiled rules."""
    import extractors.extract  # noqa: F401 - the rules compile their patterns on import
    from extractors.nlp import build_nlp
    from extractors.orgs import gazetteer

    nlp = build_nlp(model)
    gazetteer()
    gc.freeze()
    return nlp


def _with_database(what: str, call: Callable[[], T]) -> T:
    """`call` once more when the database dropped the connection (a restart, a failover, an idle timeout: the
    pool hands out a fresh one); a database that stays away ends the run with one clear line."""
    for attempt in range(DB_ATTEMPTS):
        try:
            return call()
        except OperationalError as exc:
            if attempt + 1 == DB_ATTEMPTS:
                reason = " ".join(str(exc.orig).split())[:300]
                raise SystemicError(f"database error while {what}: {reason}") from exc
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def record_failure(ctx: Context, url: str, stage: str, error: str) -> None:
    _with_database(f"recording a failure of {url}",
                   lambda: writes.record_failure(ctx.sessions, ctx.run_id, url, stage, error))


@dataclass
class _Known:
    sha256: str | None
    extracted_with: str | None
    etag: str | None
    last_modified: str | None
    raw_path: str | None
    content_type: str | None
    projects: int


def known_documents(ctx: Context, urls: list[str]) -> dict[str, _Known]:
    """What the database knows of these URLs (their hash, validators, archived copy), in one query."""
    return _with_database(f"looking up {len(urls)} documents", lambda: _read_known(ctx, urls))


def _read_known(ctx: Context, urls: list[str]) -> dict[str, _Known]:
    with ctx.sessions() as s:
        projects = (select(func.count()).select_from(m.ProjectSource)
                    .where(m.ProjectSource.document_id == m.Document.id).scalar_subquery())
        rows = s.connection().execute(
            select(m.Document.url, m.Document.current_sha256, m.Document.extracted_with, m.Document.etag,
                   m.Document.last_modified, m.DocumentVersion.raw_path, m.DocumentVersion.content_type, projects)
            .outerjoin(m.DocumentVersion, (m.DocumentVersion.document_id == m.Document.id)
                       & (m.DocumentVersion.sha256 == m.Document.current_sha256))
            .where(m.Document.url.in_(urls))).all()
    return {row[0]: _Known(*row[1:]) for row in rows}


def process_targets(ctx: Context, targets: list[Target]) -> list[DocOutcome]:
    """A batch of documents: what the database knows of them all in one query, then each in turn, and what
    they say loaded in one transaction at the end."""
    known = known_documents(ctx, [t.url for t in targets]) if targets else {}
    loads: list[_Loadable] = []
    outcomes: list[DocOutcome] = []
    for i in range(0, len(targets), FETCH_WINDOW):  # fetched a window at a time: bodies wait in memory briefly
        window = targets[i:i + FETCH_WINDOW]
        fetched = _fetch_window(ctx, window, known)
        outcomes += [process_target(ctx, t, known.get(t.url), loads=loads, prefetched=fetched.get(id(t)))
                     for t in window]
    load_documents(ctx, loads)  # completes the outcomes of those it loads
    return outcomes


def _fetch_window(ctx: Context, targets: list[Target], known: dict[str, _Known]) -> dict[int, object]:
    """The web targets' fetches, hosts asked concurrently (Fetcher.fetch_many), by target."""
    by_fetcher: dict[int, tuple[Fetcher, list[Target]]] = {}
    for t in targets:
        if t.path is None:
            fetcher = ctx.get_fetcher(t.spec)
            by_fetcher.setdefault(id(fetcher), (fetcher, []))[1].append(t)
    out: dict[int, object] = {}
    for fetcher, web in by_fetcher.values():
        if len(web) < 2:
            continue  # one request: fetched in turn, as before
        asks = [(t.url, k.etag if (k := known.get(t.url)) else None, k.last_modified if k else None) for t in web]
        out.update({id(t): r for t, r in zip(web, fetcher.fetch_many(asks))})
    return out


NOT_LOOKED_UP = _Known(None, None, None, None, None, None, 0)


def process_target(ctx: Context, target: Target, known: _Known | None = NOT_LOOKED_UP,
                   loads: list | None = None, prefetched: object = None) -> DocOutcome:
    """Read or fetch one document and, when it is new or changed, parse, extract and load it. `known`: what
    the database knew of it, when a batch looked it up (None: nothing); `loads`: where a batch collects what
    to load at its end (its outcome is then completed by load_documents); `prefetched`: its fetch's result
    or FetchError, when the batch fetched it already."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    if known is NOT_LOOKED_UP:
        known = known_documents(ctx, [target.url]).get(target.url)
    content_type = None
    etag = last_modified = None
    fetch_rows: list[m.Fetch] = []  # written with the document's own rows: one transaction when unchanged
    try:
        if target.path is not None:
            data = target.path.read_bytes()
        else:
            if isinstance(prefetched, FetchError):
                raise prefetched
            result = prefetched if isinstance(prefetched, FetchResult) else ctx.get_fetcher(target.spec).fetch(
                target.url, etag=known.etag if known else None, last_modified=known.last_modified if known else None)
            t0 -= result.seconds if result is prefetched else 0.0  # fetched before its turn: its time counts here
            fetch_rows.append(_fetch_row(ctx, target, result=result, seconds=result.seconds))
            if result.not_modified and known and known.extracted_with == ctx.version_tag:
                _touch(ctx, target.url, rows=fetch_rows)
                return DocOutcome(target.url, "unchanged", projects=known.projects,
                                  seconds={"fetch": time.perf_counter() - t0}, raw_path=known.raw_path,
                                  kind=sniff_type(b"", target.url, known.content_type), content_type=known.content_type)
            if result.not_modified:  # 304 but the rules changed: re-extract from the archived bytes
                if not known or not known.raw_path:
                    raise TerminalFetchError(target.url, "304 Not Modified for a document not in the raw store")
                data, content_type = Path(known.raw_path).read_bytes(), known.content_type
            else:
                data, content_type = result.content or b"", result.content_type
            etag, last_modified = result.etag, result.last_modified
    except FetchError as exc:
        _save(ctx, _fetch_row(ctx, target, error=exc.reason, status=exc.status, seconds=exc.seconds,
                              attempts=exc.attempts),
              m.Failure(run_id=ctx.run_id, url=target.url, stage="fetch", error=exc.reason[:4000]))
        return DocOutcome(target.url, "failed", stage="fetch", error=exc.reason)
    except OSError as exc:
        record_failure(ctx, target.url, "read", str(exc))
        return DocOutcome(target.url, "failed", stage="read", error=f"cannot read file: {exc.strerror or exc}")
    timings["fetch"] = time.perf_counter() - t0
    kind = sniff_type(data, target.url, content_type) or "bin"
    digest, raw_path = ctx.store.put(data, SUFFIXES.get(kind, ""))  # SystemicError when unwritable
    for row in fetch_rows:
        row.sha256 = row.sha256 or (digest if row.size is not None else None)
    raw = str(raw_path.resolve())
    if known and known.sha256 == digest and known.extracted_with == ctx.version_tag:
        _touch(ctx, target.url, etag, last_modified, rows=fetch_rows)
        return DocOutcome(target.url, "unchanged", projects=known.projects, seconds=timings, raw_path=raw, kind=kind,
                          content_type=content_type)
    status: DocStatus = "changed" if known else "new"
    ctx.store.record({"url": target.url, "source": target.source_name, "parent_url": target.parent_url,
                      "content_type": content_type, "etag": etag, "last_modified": last_modified, "sha256": digest,
                      "file": str(raw_path.relative_to(ctx.store.root)), "read_at": m.utcnow().isoformat()})
    _save(ctx, *fetch_rows)
    fetched = Fetched(url=target.url, data=data, sha256=digest, raw_path=raw, content_type=content_type,
                      source_name=target.source_name, etag=etag, last_modified=last_modified,
                      parent_url=target.parent_url)
    ready = parse_and_extract(ctx, fetched, timings)
    if isinstance(ready, _Loadable) and loads is not None:
        loads.append(ready)
        outcome = ready.outcome
    else:
        outcome = ready if isinstance(ready, DocOutcome) else load_documents(ctx, [ready])[0]
    if outcome.status != "failed":
        outcome.status = status
    outcome.raw_path, outcome.kind, outcome.content_type = raw, kind, content_type
    return outcome


@dataclass
class _Loadable:
    """A document parsed and extracted, its rows not yet written: loaded alone or with its batch."""
    doc: Fetched
    parsed: ParsedDocument
    records: list[ProjectRecord]
    outcome: DocOutcome


def extract_and_load(ctx: Context, doc: Fetched, timings: dict[str, float] | None = None) -> DocOutcome:
    """Parse, extract and load one document; its failure, at whichever stage, is a row with the reason."""
    ready = parse_and_extract(ctx, doc, timings)
    return ready if isinstance(ready, DocOutcome) else load_documents(ctx, [ready])[0]


def parse_and_extract(ctx: Context, doc: Fetched, timings: dict[str, float] | None = None) -> DocOutcome | _Loadable:
    """Parse and extract one document: what to load, or the outcome of its failure (recorded with the reason)."""
    url = doc.url
    timings = timings if timings is not None else {}
    t = time.perf_counter()
    budget = ctx.settings.max_seconds_per_document
    try:
        with time_budget(budget, "parsing"):
            parsed = parse_bytes(doc.data, url, doc.content_type, max_pdf_pages=ctx.settings.max_pdf_pages)
    except (ParseError, OverBudget) as exc:
        record_failure(ctx, url, "parse", exc.reason)
        return DocOutcome(url, "failed", stage="parse", error=exc.reason)
    timings["parse"] = time.perf_counter() - t
    if parsed.needs_ocr:
        record_failure(ctx, url, "parse", "no text layer: needs OCR")
    if len(parsed.text) > ctx.settings.max_text_chars:
        reason = (f"text of {len(parsed.text):,} characters is over the extraction budget "
                  f"({ctx.settings.max_text_chars:,}; max_text_chars)")
        record_failure(ctx, url, "extract", reason)
        return DocOutcome(url, "failed", stage="extract", error=reason)
    nlp = ctx.nlp  # built once per process, outside any one document's budget and time
    t = time.perf_counter()
    try:
        with time_budget(max(budget - timings["parse"], 0.01) if budget else None, "parsing and extraction", budget):
            from extractors.extract import extract_projects  # imported by Context.nlp, when a document first changed

            records = extract_projects(parsed, nlp)
    except OverBudget as exc:
        record_failure(ctx, url, "extract", exc.reason)
        return DocOutcome(url, "failed", stage="extract", error=exc.reason)
    except Exception as exc:  # a rule that trips on odd text must not sink the run
        log.exception("extraction failed for %s", url)
        record_failure(ctx, url, "extract", f"{type(exc).__name__}: {exc}")
        return DocOutcome(url, "failed", stage="extract", error=f"{type(exc).__name__}: {exc}")
    timings["extract"] = time.perf_counter() - t
    return _Loadable(doc, parsed, records, DocOutcome(url, "new", projects=len(records), seconds=timings,
                                                      links=parsed.links))


def load_documents(ctx: Context, batch: list[_Loadable]) -> list[DocOutcome]:
    """Write a batch of extracted documents in one transaction, each its own unit within it; when the batch
    fails as a whole (a document the database refuses, a concurrent writer), each is loaded alone, so one
    bad document costs only itself. A crash before the commit loses no input: the batch is read again."""
    if len(batch) > 1:
        t = time.perf_counter()
        try:
            infos = writes.load_many(ctx.sessions, [(b.doc, b.parsed, b.records) for b in batch], ctx.version_tag,
                                     store_contacts=ctx.settings.store_contacts)
        except SystemicError:
            raise
        except (KompetensError, DBAPIError):
            pass  # rolled back whole: one at a time below
        else:
            share = (time.perf_counter() - t) / len(batch)
            for b, info in zip(batch, infos):
                b.outcome.load, b.outcome.seconds["load"] = info, share
            return [b.outcome for b in batch]
    return [_load_one(ctx, b) for b in batch]


def _load_one(ctx: Context, item: _Loadable) -> DocOutcome:
    url, outcome = item.doc.url, item.outcome
    t = time.perf_counter()
    for attempt in range(LOAD_ATTEMPTS):
        try:
            info = writes.load_fetched(ctx.sessions, item.doc, item.parsed, item.records, ctx.version_tag,
                                       store_contacts=ctx.settings.store_contacts)
            break
        except SystemicError:
            raise
        except KompetensError as exc:
            return _load_failed(ctx, outcome, str(exc))
        except (IntegrityError, OperationalError) as exc:
            # Another worker created the same project or organisation first, or a deadlock: the
            # transaction rolled back whole, so loading again sees the other's rows.
            if attempt + 1 < LOAD_ATTEMPTS:
                time.sleep(0.2 * (attempt + 1))
                continue
            if isinstance(exc, OperationalError):
                raise SystemicError(f"database error while loading {url}: {exc.orig}") from exc
            return _load_failed(ctx, outcome, f"integrity error: {exc.orig}")
        except DBAPIError as exc:  # a value the database refuses (out of range, a character it cannot store)
            return _load_failed(ctx, outcome, f"refused by the database: {' '.join(str(exc.orig).split())[:300]}")
    outcome.load, outcome.seconds["load"] = info, time.perf_counter() - t
    return outcome


def _load_failed(ctx: Context, outcome: DocOutcome, reason: str) -> DocOutcome:
    record_failure(ctx, outcome.url, "load", reason)
    outcome.status, outcome.stage, outcome.error, outcome.projects = "failed", "load", reason, 0
    return outcome


def _touch(ctx: Context, url: str, etag: str | None = None, last_modified: str | None = None,
           rows: list | None = None) -> None:
    """An unchanged document: seen now, its fetch recorded; written with the next batch."""
    ctx.defer(*(rows or []), writes.Seen(url, m.utcnow(), etag, last_modified))


def _save(ctx: Context, *rows) -> None:
    _with_database("saving fetch rows", lambda: writes.save_rows(ctx.sessions, list(rows)))


def _fetch_row(ctx: Context, target: Target, result=None, error: str | None = None, status: int | None = None,
               seconds: float | None = None, attempts: int | None = None) -> m.Fetch:
    row = m.Fetch(run_id=ctx.run_id, url=target.url, source_name=target.source_name, status=status, error=error,
                  attempts=attempts, elapsed_ms=int(seconds * 1000) if seconds is not None else None)
    if result is not None:
        row.final_url, row.status, row.attempts = result.final_url, result.status, result.attempts
        row.etag, row.last_modified, row.content_type = result.etag, result.last_modified, result.content_type
        if result.content is not None:
            row.size = len(result.content)  # its SHA-256 is set when the raw store has hashed it
    return row
