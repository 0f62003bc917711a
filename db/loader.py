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

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

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


def upsert_organisation(session: Session, name: str, orgnr: str | None = None) -> m.Organisation:
    key = normalise_org(name) or fold(name)
    cache: dict = session.info.setdefault("organisations", {})  # one document names the same kommun often
    org = cache.get(key)
    if org is not None and (not orgnr or org.orgnr == orgnr):
        return org
    org = None
    if orgnr:
        org = session.scalar(select(m.Organisation).where(m.Organisation.orgnr == orgnr))
    if org is None:
        org = session.scalar(select(m.Organisation).where(m.Organisation.norm_name == key))
    if org is None:
        info = gazetteer().lookup(name)
        org = m.Organisation(name=info.name if info and info.kind in ("kommun", "region") else name, norm_name=key,
                             orgnr=orgnr, kind=org_kind(name), kommunkod=info.kommunkod if info else None)
        session.add(org)
        session.flush()
    elif orgnr and not org.orgnr:
        org.orgnr = orgnr
    cache[key] = org
    return org


def find_project(session: Session, rec: ProjectRecord) -> m.Project | None:
    assert rec.name is not None, "a record without a name is no project"
    name_key = fold(rec.name.value)
    owner_key = normalise_org(rec.owner.value) if rec.owner else None
    if rec.case_number:
        found = session.scalar(select(m.Project).where(m.Project.case_number == _case_key(rec.case_number.value)))
        if found:
            return found
    found = session.scalar(select(m.Project).where(m.Project.project_key == project_key(rec)))
    if found:  # created by this document a moment ago, its columns not yet refreshed
        return found
    candidates = session.scalars(select(m.Project).where(m.Project.name_key == name_key)).all()
    for p in candidates:
        if p.owner_key == owner_key or p.owner_key is None or owner_key is None:
            if rec.case_number and p.case_number and p.case_number != _case_key(rec.case_number.value):
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
                  records: list[ProjectRecord], store_contacts: bool = True) -> LoadInfo:
    """Replace everything this document said with `records`. The caller commits (one transaction)."""
    info = LoadInfo()
    now = m.utcnow()
    old_values: dict[tuple[int, str, str], tuple] = {}
    field_first_seen: dict[tuple[int, str], datetime] = {}  # a scalar field's first statement, whatever its value
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
    value_rows: list[dict] = []  # the bulk of a document's rows: one multi-row INSERT, not an object each
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
            session.add(m.ProjectSource(project_id=project.id, document_id=document.id, version_id=version.id))
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
            _typed_rows(session, project, document, rec, store_contacts)
            if changed:
                project.last_changed = now
    for pid in {pid for pid, _, _ in old_values} & touched:  # a value the document no longer states
        gone_from = session.get(m.Project, pid)
        if gone_from is not None:
            gone_from.last_changed = now
    session.flush()
    if value_rows:
        session.execute(insert(m.FieldValue), value_rows)
    for pid in touched | old_projects:
        project = session.get(m.Project, pid)
        if project is not None:
            info.projects_removed += refresh_project(session, project)
    return info


def _one_record_per_project(records: list[ProjectRecord]) -> list[ProjectRecord]:
    """A document that states one project twice (two names under one case number) gives one record."""
    return merge_records(records, lambda r: "case:" + _case_key(r.case_number.value) if r.case_number else project_key(r))


def _typed_rows(session: Session, project: m.Project, document: m.Document, rec: ProjectRecord,
                store_contacts: bool) -> None:
    roles: list[tuple[str, str, str | None]] = []
    if rec.owner:
        roles.append(("owner", rec.owner.value, rec.owner_orgnr.value if rec.owner_orgnr else None))
    roles += [("funder", v.value, None) for v in rec.funders]
    roles += [("partner", v.value, None) for v in rec.partners]
    seen = set()
    for role, name, orgnr in roles:
        org = upsert_organisation(session, name, orgnr)
        if (org.id, role) in seen:
            continue
        seen.add((org.id, role))
        session.add(m.ProjectOrganisation(project_id=project.id, organisation_id=org.id, role=role,
                                          name_as_written=name, document_id=document.id))
    for v in rec.funding:
        f = v.value
        session.add(m.Funding(project_id=project.id, document_id=document.id, amount=f.money.amount,
                              currency=f.money.currency, kind=f.kind, funder=f.funder))
    for i, v in enumerate(rec.goals):
        g = v.value
        session.add(m.Goal(project_id=project.id, document_id=document.id, position=i, text=g.text, kind=g.kind,
                           target_number=g.target_number, target_unit=g.target_unit))
    if store_contacts:
        for v in rec.contacts:
            c = v.value
            session.add(m.Contact(project_id=project.id, document_id=document.id, name=c.name, title=c.title,
                                  email=c.email, phone=c.phone))


def refresh_project(session: Session, project: m.Project) -> int:
    """Recompute a project's own columns from the values of all its documents; delete it if none remain."""
    values = session.scalars(select(m.FieldValue).join(m.Document, m.Document.id == m.FieldValue.document_id)
                             .where(m.FieldValue.project_id == project.id)
                             .where(m.FieldValue.field.in_(ProjectRecord.SCALARS))
                             .order_by(m.Document.url)).all()  # ties go the same way whatever the load order
    if not session.scalar(select(m.ProjectSource.id).where(m.ProjectSource.project_id == project.id).limit(1)):
        session.delete(project)
        return 1
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
    project.owner_id = upsert_organisation(session, owner, orgnr).id if owner else None
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
    apply_corrections(session, project)
    return 0


def apply_corrections(session: Session, project: m.Project) -> None:
    """What analysts set by hand wins over what the documents say (db/corrections.py)."""
    fixes = corrections.latest(session, project.id)
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
            project.owner_id = upsert_organisation(session, owner, value.get("owner_orgnr")).id
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
