"""Loading extracted projects: one document is one transaction, upserts on natural keys.

The same document twice changes nothing; a changed document replaces what it said
before. A project is one row across documents: by case number where there is one,
else by normalised name and owner. Each value keeps the document it came from.
"""
from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, event, insert, or_, select, update
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
    found = None
    if orgnr:
        found = session.execute(select(m.Organisation.id, m.Organisation.orgnr)
                                .where(m.Organisation.orgnr == orgnr)).first()
    if found is None:
        found = session.execute(select(m.Organisation.id, m.Organisation.orgnr)
                                .where(m.Organisation.norm_name == key)).first()
    if found is None:
        info = gazetteer().lookup(name)
        org = m.Organisation(name=info.name if info and info.kind in ("kommun", "region") else name, norm_name=key,
                             orgnr=orgnr, kind=org_kind(name), kommunkod=info.kommunkod if info else None)
        session.add(org)
        session.flush()
        org_id, org_nr = org.id, orgnr
    else:
        org_id, org_nr = found
        if orgnr and not org_nr:
            session.execute(update(m.Organisation).where(m.Organisation.id == org_id).values(orgnr=orgnr))
            org_nr = orgnr
    mine[key] = (org_id, org_nr)
    return org_id


def find_project(session: Session, rec: ProjectRecord) -> m.Project | None:
    """The project a record is about: by case number, else by its key (made by this document a moment ago),
    else by name with the same owner or none. One query for all three."""
    assert rec.name is not None, "a record without a name is no project"
    name_key = fold(rec.name.value)
    owner_key = normalise_org(rec.owner.value) if rec.owner else None
    case = _case_key(rec.case_number.value) if rec.case_number else None
    key = project_key(rec)
    wanted = [m.Project.project_key == key, m.Project.name_key == name_key]
    if case:
        wanted.append(m.Project.case_number == case)
    candidates = session.scalars(select(m.Project).where(or_(*wanted)).order_by(m.Project.id)).all()
    by_case = next((p for p in candidates if case and p.case_number == case), None)
    by_key = next((p for p in candidates if p.project_key == key), None)
    if by_case or by_key:
        return by_case or by_key
    for p in candidates:
        if p.name_key == name_key and (p.owner_key == owner_key or p.owner_key is None or owner_key is None):
            if case and p.case_number and p.case_number != case:
                continue
            return p
    return None


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


def load_document(session: Session, document: m.Document, version: m.DocumentVersion,
                  records: list[ProjectRecord], store_contacts: bool = True, new_document: bool = False) -> LoadInfo:
    """Replace everything this document said with `records`. The caller commits (one transaction).
    `new_document`: the document was made in this transaction, so it said nothing before."""
    info = LoadInfo()
    now = m.utcnow()
    old_values: dict[tuple[int, str, str], tuple] = {}
    field_first_seen: dict[tuple[int, str], datetime] = {}  # a scalar field's first statement, whatever its value
    old_projects: set[int] = set()
    if not new_document:
        for fv in session.scalars(select(m.FieldValue).where(m.FieldValue.document_id == document.id)):
            old_values[(fv.project_id, fv.field, fv.value_text)] = (fv.first_seen, fv.changed_at or fv.first_seen)
            key = (fv.project_id, fv.field)
            field_first_seen[key] = min(fv.first_seen, field_first_seen.get(key, fv.first_seen))
        old_projects = set(session.scalars(select(m.ProjectSource.project_id)
                                           .where(m.ProjectSource.document_id == document.id)))
        for table in (m.FieldValue, m.Funding, m.Goal, m.Contact, m.ProjectOrganisation, m.ProjectSource):
            session.execute(delete(table).where(table.document_id == document.id))
        session.flush()

    records = _one_record_per_project(records)
    touched: set[int] = set()
    # The bulk of a document's rows, per table: one multi-row INSERT each, not an object each.
    rows: dict[type, list[dict]] = {t: [] for t in (m.ProjectSource, m.FieldValue, m.ProjectOrganisation, m.Funding,
                                                     m.Goal, m.Contact)}
    value_rows = rows[m.FieldValue]
    # Rows are flushed in one go at the end; a lookup must not flush half a project first.
    with session.no_autoflush:
        for rec in records:
            project = find_project(session, rec)
            assert rec.name is not None  # find_project asks the same
            if project is None:
                project = m.Project(project_key=project_key(rec), name=rec.name.value, name_key=fold(rec.name.value),
                                    case_number=_case_key(rec.case_number.value) if rec.case_number else None,
                                    first_seen=now, last_seen=now, last_changed=now)
                session.add(project)
                session.flush()
                info.added_ids.add(project.id)
            elif project.id not in old_projects:
                info.updated_ids.add(project.id)
            info.project_ids.add(project.id)
            if project.id in touched:
                continue  # merged into the first record of this project below
            touched.add(project.id)
            project.last_seen = now
            rows[m.ProjectSource].append(dict(project_id=project.id, document_id=document.id, version_id=version.id))
            changed = False
            for field, pos, v in _value_rows(rec, store_contacts):
                text = _text(v)
                before = old_values.pop((project.id, field, text), None)
                changed |= before is None
                if before is not None:
                    first, changed_at = before
                else:
                    scalar = field in ProjectRecord.SCALARS
                    first = field_first_seen.get((project.id, field), now) if scalar else now
                    changed_at = now
                value_rows.append(dict(project_id=project.id, document_id=document.id, version_id=version.id,
                                       field=field, position=pos, value_text=text, value_json=value_payload(v.value),
                                       span_start=v.prov.start, span_end=v.prov.end, evidence=v.prov.evidence[:2000],
                                       extractor=v.prov.rule, confidence=v.prov.confidence,
                                       nlp_pipeline=rec.nlp_pipeline, first_seen=first, last_seen=now,
                                       changed_at=changed_at))
                info.values_written += 1
            _typed_rows(session, rows, project.id, document.id, rec, store_contacts)
            if changed:
                project.last_changed = now
    for pid in {pid for pid, _, _ in old_values} & touched:  # a value the document no longer states
        gone_from = session.get(m.Project, pid)
        if gone_from is not None:
            gone_from.last_changed = now
    session.flush()
    for model, model_rows in rows.items():
        if model_rows:
            session.execute(insert(model), model_rows)
    info.projects_removed = refresh_projects(session, touched | old_projects)
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


def refresh_projects(session: Session, project_ids: set[int]) -> int:
    """Recompute the projects' own columns from the values of all their documents, deleting those no document
    describes any more; the number deleted. Three queries for the lot, not three per project."""
    if not project_ids:
        return 0
    ids = sorted(project_ids)
    values: dict[int, list[m.FieldValue]] = {}
    for fv in session.scalars(select(m.FieldValue).join(m.Document, m.Document.id == m.FieldValue.document_id)
                              .where(m.FieldValue.project_id.in_(ids))
                              .where(m.FieldValue.field.in_(ProjectRecord.SCALARS))
                              .order_by(m.Document.url)):  # ties go the same way whatever the load order
        values.setdefault(fv.project_id, []).append(fv)
    described = set(session.scalars(select(m.ProjectSource.project_id).where(m.ProjectSource.project_id.in_(ids))))
    fixes = corrections.latest_all(session, ids)
    removed = 0
    for project in session.scalars(select(m.Project).where(m.Project.id.in_(ids))):
        if project.id not in described:
            session.delete(project)
            removed += 1
            continue
        _refresh_columns(session, project, values.get(project.id, []))
        apply_corrections(session, project, fixes.get(project.id, {}))
    return removed


def refresh_project(session: Session, project: m.Project) -> int:
    """Recompute one project's own columns; 1 when no document describes it any more and it was deleted."""
    return refresh_projects(session, {project.id})


def _refresh_columns(session: Session, project: m.Project, values: list[m.FieldValue]) -> None:
    best: dict[str, m.FieldValue] = {}
    for fv in values:
        if fv.field not in best or fv.confidence > best[fv.field].confidence:
            best[fv.field] = fv
    get = lambda f: best[f].value_json if f in best else None  # noqa: E731
    project.name = get("name") or project.name
    case = get("case_number")
    project.case_number = _case_key(case) if case else None
    owner = get("owner")
    orgnr = get("owner_orgnr")
    project.owner_id = upsert_organisation(session, owner, orgnr) if owner else None
    project.owner_key = normalise_org(owner) if owner else None
    project.region = gazetteer().lan_for(owner) if owner else None
    project.nuts = gazetteer().nuts_for(owner) if owner else None
    for which in ("start", "end"):
        d = get(f"{which}_date")
        pd = PartialDate.from_iso(d["date"]) if d else None
        setattr(project, f"{which}_date", pd.iso() if pd else None)
        setattr(project, f"{which}_precision", pd.precision if pd else None)
        setattr(project, f"{which}_on", (_earliest if which == "start" else _latest)(pd))
    project.eu_cofinancing_rate = get("eu_cofinancing_rate")


def apply_corrections(session: Session, project: m.Project, fixes: dict[str, m.Correction]) -> None:
    """What analysts set by hand wins over what the documents say (db/corrections.py)."""
    if not fixes:
        return
    value = {field: c.value_json for field, c in fixes.items()}
    if "name" in value:
        project.name = value["name"]
    if "case_number" in value:
        project.case_number = _case_key(value["case_number"])
    if "owner" in value or "owner_orgnr" in value:
        current = session.get(m.Organisation, project.owner_id) if project.owner_id else None
        owner = value.get("owner") or (current.name if current else None)
        if owner:
            project.owner_id = upsert_organisation(session, owner, value.get("owner_orgnr"))
            project.owner_key = normalise_org(owner)
            project.region = gazetteer().lan_for(owner)
            project.nuts = gazetteer().nuts_for(owner)
    for which in ("start", "end"):
        if f"{which}_date" in value:
            pd = PartialDate.from_iso(value[f"{which}_date"]["date"])
            setattr(project, f"{which}_date", pd.iso())
            setattr(project, f"{which}_precision", pd.precision)
            setattr(project, f"{which}_on", (_earliest if which == "start" else _latest)(pd))
    if "eu_cofinancing_rate" in value:
        project.eu_cofinancing_rate = value["eu_cofinancing_rate"]
