"""Loading extracted projects: one document is one transaction, upserts on natural keys.

The same document twice changes nothing; a changed document replaces what it said
before. A project is one row across documents: by case number where there is one,
else by normalised name and owner. Each value keeps the document it came from.
"""
from __future__ import annotations

import calendar
import json
from collections import namedtuple
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, event, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from db import corrections
from db import models as m
from extractors.dates import PartialDate
from extractors.orgs import fold, gazetteer, normalise_org, org_kind
from extractors.records import ProjectRecord, Value, merge_records, value_payload


@dataclass
class LoadInfo:
    project_ids: set[int] = field(default_factory=set)
    """The projects the document describes."""
    added_ids: set[int] = field(default_factory=set)
    """Of those, the ones this document created."""
    updated_ids: set[int] = field(default_factory=set)
    """Of those, the ones that existed and this document now also describes."""
    projects_removed: int = 0
    values_written: int = 0

    @property
    def projects_added(self) -> int:
        return len(self.added_ids)

    @property
    def projects_updated(self) -> int:
        return len(self.updated_ids)


def table(model: type[m.Base]) -> Table:
    """The table a model maps, for statements that need no ORM objects."""
    return cast(Table, model.__table__)


PROJECTS = table(m.Project)
VALUES = table(m.FieldValue)
ORGS = table(m.Organisation)
# Statements built once, their values passed as parameters: compiled once, then found in the cache.
ORG_BY_NR = select(ORGS.c.id, ORGS.c.orgnr).where(ORGS.c.orgnr == bindparam("orgnr"))
ORG_BY_KEY = select(ORGS.c.id, ORGS.c.orgnr).where(ORGS.c.norm_name == bindparam("key"))
INSERT_ORG = insert(ORGS).returning(ORGS.c.id)
SET_ORGNR = update(ORGS).where(ORGS.c.id == bindparam("org_id")).values(orgnr=bindparam("new_orgnr"))
INSERT_PROJECT = insert(PROJECTS).returning(PROJECTS.c.id)
FIND_PROJECTS = select(PROJECTS.c.id, PROJECTS.c.project_key, PROJECTS.c.name_key, PROJECTS.c.case_number,
                       PROJECTS.c.owner_key).where(or_(PROJECTS.c.project_key.in_(bindparam("keys", expanding=True)),
                                                       PROJECTS.c.name_key.in_(bindparam("names", expanding=True)),
                                                       PROJECTS.c.case_number.in_(bindparam("cases", expanding=True)))) \
    .order_by(PROJECTS.c.id)


def _earliest(d: PartialDate | None) -> date | None:
    if d is None:
        return None
    return date(d.year, d.month or 1, d.day or 1)


def _latest(d: PartialDate | None) -> date | None:
    if d is None:
        return None
    month = d.month or 12
    return date(d.year, month, d.day or calendar.monthrange(d.year, month)[1])


def _case_key(case: str) -> str:
    return "".join(case.split()).upper()


def share_organisations(sessions: sessionmaker) -> None:
    """Organisation ids known to every session of `sessions` once a transaction that wrote them commits: the
    same kommun named by a thousand documents is looked up once."""
    known: dict[str, tuple[int, str | None]] = {}
    sessions.configure(info={"known_organisations": known})

    @event.listens_for(sessions, "after_commit")
    def _remember(session: Session) -> None:
        known.update(session.info.pop("organisations", {}))

    @event.listens_for(sessions, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop("organisations", None)


def upsert_organisation(session: Session, name: str, orgnr: str | None = None) -> int:
    """The id of the organisation by this name (or organisation number), made when it is new."""
    key = normalise_org(name) or fold(name)
    mine: dict[str, tuple[int, str | None]] = session.info.setdefault("organisations", {})
    cached = mine.get(key) or session.info.get("known_organisations", {}).get(key)
    if cached is not None and (not orgnr or cached[1] == orgnr):
        return cached[0]
    conn = session.connection()
    found = None
    if orgnr:
        found = conn.execute(ORG_BY_NR, {"orgnr": orgnr}).first()
    if found is None:
        found = conn.execute(ORG_BY_KEY, {"key": key}).first()
    if found is None:
        info = gazetteer().lookup(name)
        org_id = conn.execute(INSERT_ORG, dict(
            name=info.name if info and info.kind in ("kommun", "region") else name, norm_name=key, orgnr=orgnr,
            kind=org_kind(name), kommunkod=info.kommunkod if info else None)).scalar_one()
        org_nr = orgnr
    else:
        org_id, org_nr = found
        if orgnr and not org_nr:
            conn.execute(SET_ORGNR, {"org_id": org_id, "new_orgnr": orgnr})
            org_nr = orgnr
    mine[key] = (org_id, org_nr)
    return org_id


def find_projects(session: Session, records: list[ProjectRecord]) -> list[Any]:
    """The rows of the projects these records may be about (by case number, key or name): one query for
    a whole document."""
    if not records:
        return []
    for rec in records:
        assert rec.name is not None, "a record without a name is no project"
    return list(session.connection().execute(FIND_PROJECTS, {
        "keys": [project_key(rec) for rec in records], "names": [fold(rec.name.value) for rec in records if rec.name],
        "cases": [_case_key(rec.case_number.value) for rec in records if rec.case_number]}).all())


def match_project(rec: ProjectRecord, candidates: list[Any]) -> int | None:
    """The id of the project a record is about, among `candidates`: by case number, else by its key, else
    by name with the same owner or none."""
    assert rec.name is not None, "a record without a name is no project"
    name_key = fold(rec.name.value)
    owner_key = normalise_org(rec.owner.value) if rec.owner else None
    case = _case_key(rec.case_number.value) if rec.case_number else None
    key = project_key(rec)
    by_case = next((p for p in candidates if case and p.case_number == case), None)
    by_key = next((p for p in candidates if p.project_key == key), None)
    found = by_case or by_key
    if found is not None:
        return found.id
    for p in candidates:
        if p.name_key == name_key and (p.owner_key == owner_key or p.owner_key is None or owner_key is None):
            if case and p.case_number and p.case_number != case:
                continue
            return p.id
    return None


_Candidate = namedtuple("_Candidate", "id project_key name_key case_number owner_key")


@dataclass(frozen=True)
class _Stated:
    """A scalar value as refresh_projects reads it, for a project made by the document loading now."""
    field: str
    value_json: Any
    confidence: float


def project_key(rec: ProjectRecord) -> str:
    if rec.case_number:
        return "case:" + _case_key(rec.case_number.value)
    owner = normalise_org(rec.owner.value) if rec.owner else ""
    return f"name:{fold(rec.name.value) if rec.name else ''}|owner:{owner}"


def _value_rows(rec: ProjectRecord, store_contacts: bool):
    for name in ProjectRecord.SCALARS:
        v = getattr(rec, name)
        if v is not None:
            yield name, 0, v
    for name in ProjectRecord.LISTS:
        if name == "contacts" and not store_contacts:
            continue
        for i, v in enumerate(getattr(rec, name)):
            yield name, i, v


def _text(v: Value) -> str:
    payload = value_payload(v.value)
    return payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False, sort_keys=True)


def load_document(session: Session, document_id: int, version_id: int, records: list[ProjectRecord],
                  store_contacts: bool = True, new_document: bool = False) -> LoadInfo:
    """Replace everything this document said with `records`. The caller commits (one transaction).
    `new_document`: the document was made in this transaction, so it said nothing before. Written with
    SQL statements, not ORM objects: a document's rows are many and alike."""
    info = LoadInfo()
    now = m.utcnow()
    conn = session.connection()
    old_values: dict[tuple[int, str, str], tuple] = {}
    field_first_seen: dict[tuple[int, str], datetime] = {}  # a scalar field's first statement, whatever its value
    old_projects: set[int] = set()
    if not new_document:
        for fv in conn.execute(select(VALUES.c.project_id, VALUES.c.field, VALUES.c.value_text,
                                      VALUES.c.first_seen, VALUES.c.changed_at)
                               .where(VALUES.c.document_id == document_id)):
            old_values[(fv.project_id, fv.field, fv.value_text)] = (fv.first_seen, fv.changed_at or fv.first_seen)
            key = (fv.project_id, fv.field)
            field_first_seen[key] = min(fv.first_seen, field_first_seen.get(key, fv.first_seen))
        old_projects = set(conn.scalars(select(m.ProjectSource.project_id)
                                        .where(m.ProjectSource.document_id == document_id)))
        for written in (m.FieldValue, m.Funding, m.Goal, m.Contact, m.ProjectOrganisation, m.ProjectSource):
            conn.execute(delete(table(written)).where(table(written).c.document_id == document_id))

    records = _one_record_per_project(records)
    candidates = find_projects(session, records)
    touched: set[int] = set()
    changed: set[int] = set()
    fresh: set[int] = set()  # projects made now, their own columns written whole: nothing to refresh
    # The bulk of a document's rows, per table: one multi-row INSERT each, not an object each.
    rows: dict[type, list[dict]] = {t: [] for t in (m.ProjectSource, m.FieldValue, m.ProjectOrganisation, m.Funding,
                                                     m.Goal, m.Contact)}
    value_rows = rows[m.FieldValue]
    ids = dict(document_id=document_id, version_id=version_id)
    for rec in records:
        project_id = match_project(rec, candidates)
        assert rec.name is not None  # match_project asks the same
        if project_id is None:
            # its own columns from the record in hand: its values are all it has, and no analyst has corrected it
            stated = [_Stated(f, value_payload(v.value), v.prov.confidence)
                      for f in ProjectRecord.SCALARS if (v := getattr(rec, f)) is not None]
            new_row = dict(_columns(session, rec.name.value, stated), project_key=project_key(rec),
                           name_key=fold(rec.name.value))
            project_id = conn.execute(INSERT_PROJECT, dict(new_row, first_seen=now, last_seen=now,
                                                           last_changed=now)).scalar_one()
            candidates.append(_Candidate(id=project_id, **{k: new_row[k] for k in _Candidate._fields if k != "id"}))
            info.added_ids.add(project_id)
            fresh.add(project_id)
        elif project_id not in old_projects:
            info.updated_ids.add(project_id)
        info.project_ids.add(project_id)
        if project_id in touched:
            continue  # merged into the first record of this project below
        touched.add(project_id)
        rows[m.ProjectSource].append(dict(ids, project_id=project_id))
        for fname, pos, v in _value_rows(rec, store_contacts):
            text = _text(v)
            before = old_values.pop((project_id, fname, text), None)
            if before is not None:
                first, changed_at = before
            else:
                changed.add(project_id)
                scalar = fname in ProjectRecord.SCALARS
                first = field_first_seen.get((project_id, fname), now) if scalar else now
                changed_at = now
            value_rows.append(dict(ids, project_id=project_id, field=fname, position=pos, value_text=text,
                                   value_json=value_payload(v.value), span_start=v.prov.start, span_end=v.prov.end,
                                   evidence=v.prov.evidence[:2000], extractor=v.prov.rule,
                                   confidence=v.prov.confidence, nlp_pipeline=rec.nlp_pipeline, first_seen=first,
                                   last_seen=now, changed_at=changed_at))
            info.values_written += 1
        _typed_rows(session, rows, project_id, document_id, rec, store_contacts)
    changed |= {pid for pid, _, _ in old_values} & touched  # a value the document no longer states
    for model, model_rows in rows.items():
        if model_rows:
            conn.execute(insert(table(model)), model_rows)
    stamps = {pid: {"last_seen": now, **({"last_changed": now} if pid in changed else {})} for pid in touched}
    info.projects_removed = refresh_projects(session, (touched | old_projects) - fresh, described=touched, stamps=stamps)
    return info


def _one_record_per_project(records: list[ProjectRecord]) -> list[ProjectRecord]:
    """A document that states one project twice (two names under one case number) gives one record."""
    return merge_records(records, lambda r: "case:" + _case_key(r.case_number.value) if r.case_number else project_key(r))


def _typed_rows(session: Session, rows: dict[type, list[dict]], project_id: int, document_id: int,
                rec: ProjectRecord, store_contacts: bool) -> None:
    roles: list[tuple[str, str, str | None]] = []
    if rec.owner:
        roles.append(("owner", rec.owner.value, rec.owner_orgnr.value if rec.owner_orgnr else None))
    roles += [("funder", v.value, None) for v in rec.funders]
    roles += [("partner", v.value, None) for v in rec.partners]
    seen = set()
    ids = dict(project_id=project_id, document_id=document_id)
    for role, name, orgnr in roles:
        org_id = upsert_organisation(session, name, orgnr)
        if (org_id, role) in seen:
            continue
        seen.add((org_id, role))
        rows[m.ProjectOrganisation].append(dict(ids, organisation_id=org_id, role=role, name_as_written=name))
    for v in rec.funding:
        f = v.value
        rows[m.Funding].append(dict(ids, amount=f.money.amount, currency=f.money.currency, kind=f.kind,
                                    funder=f.funder))
    for i, v in enumerate(rec.goals):
        g = v.value
        rows[m.Goal].append(dict(ids, position=i, text=g.text, kind=g.kind, target_number=g.target_number,
                                 target_unit=g.target_unit))
    if store_contacts:
        for v in rec.contacts:
            c = v.value
            rows[m.Contact].append(dict(ids, name=c.name, title=c.title, email=c.email, phone=c.phone))


def refresh_projects(session: Session, project_ids: set[int], described: set[int] | None = None,
                     stamps: dict[int, dict] | None = None) -> int:
    """Recompute the projects' own columns from the values of all their documents, deleting those no document
    describes any more; the number deleted. `described`: of them, those known to have a document; `stamps`:
    more columns to set per project (when it was last seen, last changed). A few statements for the lot."""
    if not project_ids:
        return 0
    conn = session.connection()
    ids = sorted(project_ids)
    documents, sources = table(m.Document), table(m.ProjectSource)
    values: dict[int, list] = {}
    for fv in conn.execute(select(VALUES.c.project_id, VALUES.c.field, VALUES.c.value_json, VALUES.c.confidence)
                           .join(documents, documents.c.id == VALUES.c.document_id)
                           .where(VALUES.c.project_id.in_(ids))
                           .where(VALUES.c.field.in_(ProjectRecord.SCALARS))
                           .order_by(documents.c.url)):  # ties go the same way whatever the load order
        values.setdefault(fv.project_id, []).append(fv)
    unsure = [pid for pid in ids if described is None or pid not in described]
    have = set(conn.execute(select(sources.c.project_id).where(sources.c.project_id.in_(unsure))).scalars()) \
        if unsure else set()
    gone = [pid for pid in unsure if pid not in have]
    if gone:
        conn.execute(delete(PROJECTS).where(PROJECTS.c.id.in_(gone)))
    kept = [pid for pid in ids if pid not in gone]
    fixes = corrections.in_force(conn, kept) if kept else {}
    unnamed = [pid for pid in kept if not any(fv.field == "name" for fv in values.get(pid, []))]
    names = dict(conn.execute(select(PROJECTS.c.id, PROJECTS.c.name).where(PROJECTS.c.id.in_(unnamed))).all()) \
        if unnamed else {}
    updates: dict[tuple, list[dict]] = {}  # one UPDATE for every project whose columns are the same set
    for pid in kept:
        columns = _columns(session, names.get(pid, ""), values.get(pid, []))
        apply_corrections(session, columns, fixes.get(pid, {}))
        columns.update((stamps or {}).get(pid, {}))
        updates.setdefault(tuple(sorted(columns)), []).append({"pid": pid, **{f"new_{k}": v for k, v in columns.items()}})
    for names_set, rows in updates.items():
        conn.execute(update(PROJECTS).where(PROJECTS.c.id == bindparam("pid"))
                     .values({k: bindparam(f"new_{k}") for k in names_set}), rows)
    return len(gone)


def refresh_project(session: Session, project: m.Project) -> int:
    """Recompute one project's own columns; 1 when no document describes it any more and it was deleted."""
    session.flush()
    removed = refresh_projects(session, {project.id})
    if not removed:
        session.expire(project)  # its columns were written beside the ORM: read them again
    return removed


def _columns(session: Session, name: str, values: list) -> dict:
    """A project's own columns from its documents' values: for each field the most confident value."""
    best: dict[str, Any] = {}
    for fv in values:
        if fv.field not in best or fv.confidence > best[fv.field].confidence:
            best[fv.field] = fv
    get = lambda f: best[f].value_json if f in best else None  # noqa: E731
    case, owner = get("case_number"), get("owner")
    columns = dict(name=get("name") or name, case_number=_case_key(case) if case else None,
                   owner_id=upsert_organisation(session, owner, get("owner_orgnr")) if owner else None,
                   eu_cofinancing_rate=get("eu_cofinancing_rate"))
    _set_owner_place(columns, owner)
    for which in ("start", "end"):
        d = get(f"{which}_date")
        _set_date(columns, which, PartialDate.from_iso(d["date"]) if d else None)
    return columns


def _set_owner_place(columns: dict, owner: str | None) -> None:
    columns.update(owner_key=normalise_org(owner) if owner else None,
                   region=gazetteer().lan_for(owner) if owner else None,
                   nuts=gazetteer().nuts_for(owner) if owner else None)


def _set_date(columns: dict, which: str, pd: PartialDate | None) -> None:
    columns[f"{which}_date"] = pd.iso() if pd else None
    columns[f"{which}_precision"] = pd.precision if pd else None
    columns[f"{which}_on"] = (_earliest if which == "start" else _latest)(pd)


def apply_corrections(session: Session, columns: dict, value: dict[str, Any]) -> None:
    """What analysts set by hand (field → value in force, db/corrections.py) wins over what the documents say."""
    if not value:
        return
    if "name" in value:
        columns["name"] = value["name"]
    if "case_number" in value:
        columns["case_number"] = _case_key(value["case_number"])
    if "owner" in value or "owner_orgnr" in value:
        current = session.get(m.Organisation, columns["owner_id"]) if columns.get("owner_id") else None
        owner = value.get("owner") or (current.name if current else None)
        if owner:
            columns["owner_id"] = upsert_organisation(session, owner, value.get("owner_orgnr"))
            _set_owner_place(columns, owner)
    for which in ("start", "end"):
        if f"{which}_date" in value:
            _set_date(columns, which, PartialDate.from_iso(value[f"{which}_date"]["date"]))
    if "eu_cofinancing_rate" in value:
        columns["eu_cofinancing_rate"] = value["eu_cofinancing_rate"]
