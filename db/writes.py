"""Every write a run makes to the database, each one unit of work (one transaction, one session).

The flows decide what happens and when; what is written, and how, is here: the runs table, failure and
fetch rows, documents seen again unchanged, a watched source's crawl, and a document with its projects
and values (whose details are db/loader.py's). Analysts' corrections are written by db/corrections.py
and the run lock by db/runlock.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from db import corrections
from db import models as m
from db.loader import LoadInfo, load_document, refresh_project, table
from extractors.records import ProjectRecord
from pipeline.blocks import ParsedDocument
from pipeline.document import Fetched


def start_run(sessions: sessionmaker, kind: str, pipeline_version: str, nlp_pipeline: str) -> int:
    with sessions.begin() as s:
        run = m.Run(kind=kind, pipeline_version=pipeline_version, nlp_pipeline=nlp_pipeline, status="waiting")
        s.add(run)
        s.flush()
        return run.id


def set_run_status(sessions: sessionmaker, run_id: int, status: str, report: str | None = None) -> None:
    finished = {"finished_at": m.utcnow()} if status != "running" else {}
    with sessions.begin() as s:
        s.execute(update(m.Run).where(m.Run.id == run_id)
                  .values(status=status, **({"report": report} if report is not None else {}), **finished))


def finish_run(sessions: sessionmaker, run_id: int, status: str, counts: dict, report: str) -> None:
    with sessions.begin() as s:
        s.execute(update(m.Run).where(m.Run.id == run_id)
                  .values(finished_at=m.utcnow(), status=status, counts=dict(counts), report=report))


def record_failure(sessions: sessionmaker, run_id: int | None, url: str, stage: str, error: str) -> None:
    with sessions.begin() as s:
        s.add(m.Failure(run_id=run_id, url=url, stage=stage, error=error[:4000]))


def save_rows(sessions: sessionmaker, rows: list) -> None:
    """Rows made whole by the caller (a fetch, a failure) in one transaction."""
    if rows:
        with sessions.begin() as s:
            s.add_all(rows)


@dataclass
class Seen:
    """A document fetched again and unchanged: when, with the validators the server sent this time."""
    url: str
    at: datetime
    etag: str | None
    last_modified: str | None


def save_seen(sessions: sessionmaker, rows: list) -> None:
    """What unchanged documents leave, a batch at a time: their fetch rows, and when each was last seen."""
    if not rows:
        return
    documents = table(m.Document)
    seen = [r for r in rows if isinstance(r, Seen)]
    fetches = [r for r in rows if isinstance(r, m.Fetch)]
    with sessions.begin() as s:
        s.add_all([r for r in rows if not isinstance(r, (Seen, m.Fetch))])
        if fetches:  # one plain insert for the lot: the ORM's unit of work would cost more than the rows
            s.connection().execute(insert(_FETCHES), [_fetch_values(r) for r in fetches])
        if seen:  # one statement for the lot; a validator the server did not send this time is kept
            s.connection().execute(
                update(documents).where(documents.c.url == bindparam("seen_url")).values(
                    last_seen=bindparam("seen_at"),
                    etag=func.coalesce(bindparam("seen_etag"), documents.c.etag),
                    last_modified=func.coalesce(bindparam("seen_last_modified"), documents.c.last_modified)),
                [{"seen_url": t.url, "seen_at": t.at, "seen_etag": t.etag, "seen_last_modified": t.last_modified}
                 for t in seen])


_FETCHES = table(m.Fetch)
_FETCH_COLUMNS = [c.key for c in _FETCHES.columns if c.key != "id"]


def _fetch_values(row: m.Fetch) -> dict:
    values = {key: getattr(row, key) for key in _FETCH_COLUMNS}
    values["fetched_at"] = values["fetched_at"] or m.utcnow()  # the column's default, as an ORM insert sets it
    return values


def mark_crawled(sessions: sessionmaker, name: str, config: dict, run_id: int | None, pages: int) -> None:
    with sessions.begin() as s:
        row = s.scalar(select(m.Source).where(m.Source.name == name))
        if row is None:
            row = m.Source(name=name)
            s.add(row)
        row.config = config
        row.last_crawled_at = m.utcnow()
        row.last_run_id = run_id
        row.pages_last_crawl = pages


# Built once: a statement whose values come as parameters is compiled once and found in the cache after,
# where one built with .values(...) per document costs more to build than to run.
_DOCUMENTS, _VERSIONS = table(m.Document), table(m.DocumentVersion)
FIND_DOCUMENT = select(_DOCUMENTS.c.id, _DOCUMENTS.c.etag, _DOCUMENTS.c.last_modified, _DOCUMENTS.c.parent_url) \
    .where(_DOCUMENTS.c.url == bindparam("url"))
INSERT_DOCUMENT = insert(_DOCUMENTS).returning(_DOCUMENTS.c.id)
FIND_VERSION = select(_VERSIONS.c.id).where(_VERSIONS.c.document_id == bindparam("doc_id"),
                                            _VERSIONS.c.sha256 == bindparam("sha"))
INSERT_VERSION = insert(_VERSIONS).returning(_VERSIONS.c.id)
UPDATE_DOCUMENT = update(_DOCUMENTS).where(_DOCUMENTS.c.id == bindparam("doc_id")).values(
    {c: bindparam(f"new_{c}") for c in ("etag", "last_modified", "parent_url", "current_sha256", "extracted_with",
                                        "last_seen")})


def load_fetched(sessions: sessionmaker, fetched: Fetched, parsed: ParsedDocument, records: list[ProjectRecord],
                 extracted_with: str, store_contacts: bool = True) -> LoadInfo:
    """A document, its new version and everything it says, in one transaction: what it said before is
    replaced, so the same document twice changes nothing."""
    return load_many(sessions, [(fetched, parsed, records)], extracted_with, store_contacts)[0]


def load_many(sessions: sessionmaker, documents: list[tuple[Fetched, ParsedDocument, list[ProjectRecord]]],
              extracted_with: str, store_contacts: bool = True) -> list[LoadInfo]:
    """Documents as load_fetched writes each, all in one transaction: one commit for the batch."""
    with sessions.begin() as s:
        return [_load(s, fetched, parsed, records, extracted_with, store_contacts)
                for fetched, parsed, records in documents]


def _load(s: Session, fetched: Fetched, parsed: ParsedDocument, records: list[ProjectRecord], extracted_with: str,
          store_contacts: bool) -> LoadInfo:
    """One document of a batch, within the caller's transaction."""
    conn = s.connection()
    now = m.utcnow()
    doc = conn.execute(FIND_DOCUMENT, {"url": fetched.url}).first()
    state = dict(current_sha256=fetched.sha256, extracted_with=extracted_with, last_seen=now)
    if doc is None:  # written whole at once: nothing to update after its projects
        doc_id = conn.execute(INSERT_DOCUMENT, dict(
            url=fetched.url, source_name=fetched.source_name, first_seen=now, etag=fetched.etag,
            last_modified=fetched.last_modified, parent_url=fetched.parent_url, **state)).scalar_one()
    else:
        doc_id = doc.id
    version_id = None if doc is None else conn.scalar(FIND_VERSION, {"doc_id": doc_id, "sha": fetched.sha256})
    if version_id is None:
        version_id = conn.execute(INSERT_VERSION, dict(
            document_id=doc_id, sha256=fetched.sha256,
            content_type=(fetched.content_type or parsed.content_type)[:100], size=len(fetched.data),
            raw_path=fetched.raw_path, title=(parsed.title or "")[:1000] or None, text=parsed.text,
            fetched_at=now)).scalar_one()
    info = load_document(s, doc_id, version_id, records, store_contacts=store_contacts,
                         new_document=doc is None)
    if doc is not None:
        conn.execute(UPDATE_DOCUMENT, {"doc_id": doc_id, **{f"new_{k}": v for k, v in dict(
            etag=fetched.etag or doc.etag, last_modified=fetched.last_modified or doc.last_modified,
            parent_url=fetched.parent_url or doc.parent_url, **state).items()}})
    return info


def correct(session: Session, project: m.Project, field: str, value: str, note: str | None,
            author: str) -> m.Correction:
    """An analyst's correction of one field, in force at once (the project's columns are refreshed) and kept
    by every later run."""
    fix = corrections.add_correction(session, project, field, value, note, author)
    refresh_project(session, project)
    session.commit()
    return fix
