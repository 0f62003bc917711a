"""Exports for downstream tools: the JSON of GOLD_FORMAT.md (plus sources and provenance),
CSV, and the list-of-operations shape of Regulation (EU) 2021/1060, Article 49(3)."""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import corrections
from db import models as m
from extractors.orgs import gazetteer, normalise_org
from extractors.records import FIELDS_BY_NAME, PROJECT_FIELDS, ProjectRecord

EXPORT_KEYS = [spec.name for spec in PROJECT_FIELDS]


def _item_key(field: str, value) -> str:
    if field in ("funders", "partners"):
        return normalise_org(value)
    if field == "contacts":
        return (value.get("email") or value.get("name") or "").lower()
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def export_projects(session: Session, include_contacts: bool = True) -> list[dict]:
    projects = session.scalars(select(m.Project).order_by(m.Project.id)).all()
    urls = {d.id: d.url for d in session.scalars(select(m.Document))}
    values = defaultdict(list)
    # By URL, not by row id: the result must not depend on the order documents were loaded in
    # (parallel workers load them in any order).
    for fv in session.scalars(select(m.FieldValue).join(m.Document, m.Document.id == m.FieldValue.document_id)
                              .order_by(m.Document.url, m.FieldValue.field, m.FieldValue.position)):
        values[fv.project_id].append(fv)
    sources = defaultdict(list)
    for ps in session.scalars(select(m.ProjectSource).join(m.Document, m.Document.id == m.ProjectSource.document_id)
                              .order_by(m.Document.url)):
        sources[ps.project_id].append(urls[ps.document_id])
    fixes = corrections.latest_all(session)
    out = []
    for p in projects:
        record: dict = {spec.name: [] if spec.many else None for spec in PROJECT_FIELDS}
        provenance: dict = defaultdict(list)
        best: dict[str, m.FieldValue] = {}
        seen: dict[str, set] = defaultdict(set)
        for fv in values[p.id]:
            prov = {"source": urls[fv.document_id], "span": [fv.span_start, fv.span_end], "evidence": fv.evidence,
                    "extractor": fv.extractor, "confidence": fv.confidence, "nlp_pipeline": fv.nlp_pipeline}
            if fv.field in ProjectRecord.SCALARS:
                if fv.field not in best or fv.confidence > best[fv.field].confidence:
                    best[fv.field] = fv
                provenance[fv.field].append(prov)
                continue
            if fv.field == "contacts" and not include_contacts:
                continue
            item = FIELDS_BY_NAME[fv.field].exported(fv.value_json)
            key = _item_key(fv.field, item)
            if key in seen[fv.field]:
                continue
            seen[fv.field].add(key)
            record[fv.field].append(item)
            provenance[fv.field].append(prov)
        for field, fv in best.items():
            record[field] = FIELDS_BY_NAME[field].exported(fv.value_json)
        for field, fix in fixes.get(p.id, {}).items():  # an analyst's value wins
            record[field] = FIELDS_BY_NAME[field].exported(fix.value_json)
            provenance[field].insert(0, {"source": "analyst", "extractor": "analyst", "author": fix.author,
                                         "note": fix.note, "at": fix.created_at.isoformat(timespec="seconds")})
        record["sources"] = sources[p.id]
        record["provenance"] = dict(provenance)
        record["id"] = p.id
        out.append(record)
    return out


def to_json(projects: list[dict]) -> str:
    return json.dumps({"projects": projects}, ensure_ascii=False, indent=2)


def to_csv(projects: list[dict]) -> str:
    buf = io.StringIO()
    cols = ["id", *EXPORT_KEYS, "sources"]
    writer = csv.DictWriter(buf, fieldnames=cols)
    writer.writeheader()
    for p in projects:
        row = {}
        for c in cols:
            v = p.get(c)
            if c == "funding":
                v = "; ".join(f"{f['amount']} {f['currency']}" for f in v or [])
            elif c == "contacts":
                v = "; ".join(f"{x['name']} <{x['email']}>" if x.get("email") else x["name"] for x in v or [])
            elif isinstance(v, list):
                v = "; ".join(str(x) for x in v)
            row[c] = "" if v is None else v
        writer.writerow(row)
    return buf.getvalue()


def to_operations(session: Session, projects: list[dict]) -> list[dict]:
    """One record per operation in the shape of the list of operations (CPR Art. 49(3))."""
    orgs = {o.norm_name: o for o in session.scalars(select(m.Organisation))}
    ops = []
    for p in projects:
        owner = orgs.get(normalise_org(p["owner"])) if p.get("owner") else None
        totals: defaultdict[str, int] = defaultdict(int)
        for f in p["funding"]:
            if f.get("kind") in ("total_budget",):
                totals[f["currency"]] += f["amount"]
        funds = [f for f in p["funders"] if _is_fund(f)]
        ops.append({
            "beneficiary_name": p.get("owner"),
            "beneficiary_id": p.get("owner_orgnr"),
            "operation_name": p["name"],
            "operation_unique_code": p.get("case_number"),
            "purpose_and_achievements": " ".join(p["goals"]) or None,
            "start_date": p.get("start_date"),
            "end_date": p.get("end_date"),
            "total_cost": dict(totals) or None,
            "fund": funds or None,
            "specific_objective": None,
            "union_cofinancing_rate": p.get("eu_cofinancing_rate"),
            "location_kommunkod": owner.kommunkod if owner else None,
            "location_nuts": gazetteer().nuts_for(p["owner"]) if p.get("owner") else None,
            "type_of_intervention": None,
            "sources": p["sources"],
        })
    return ops


def _is_fund(name: str) -> bool:
    info = gazetteer().lookup(name)
    return bool(info and info.kind.startswith("eu"))
