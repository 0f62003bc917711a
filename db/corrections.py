"""Analysts' corrections: a value set by hand wins over what the documents say, in the project's columns,
the views and the exports, and no ingest or reprocess overwrites it (they recompute the project from its
documents and apply the corrections again)."""
from __future__ import annotations

import datetime
import re

from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from db import models as m
from extractors.dates import PartialDate
from extractors.orgnr import normalise_orgnr
from extractors.records import ProjectRecord
from pipeline.errors import UserError

CORRECTABLE = ProjectRecord.SCALARS
"""One value per project; list fields (funders, partners, ...) are not corrected by hand yet."""


def parse_value(field: str, text: str):
    """The JSON value a correction stores, in the shape extraction gives the field."""
    text = text.strip()
    if field not in CORRECTABLE:
        raise UserError(f"{field!r} cannot be corrected; fields that can: {', '.join(CORRECTABLE)}")
    if not text:
        raise UserError("a correction needs a value")
    if field in ("start_date", "end_date"):
        try:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
                raise ValueError
            date = PartialDate.from_iso(text)
            datetime.date(date.year, date.month or 1, date.day or 1)
        except ValueError:
            raise UserError(f"{text!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD") from None
        return {"date": date.iso(), "precision": date.precision}
    if field == "eu_cofinancing_rate":
        try:
            rate = float(text.rstrip(" %").replace(",", "."))
        except ValueError:
            raise UserError(f"{text!r} is not a percentage") from None
        if not 0 <= rate <= 100:
            raise UserError(f"{text!r} is not between 0 and 100")
        return rate
    if field == "owner_orgnr":
        orgnr = normalise_orgnr(text)
        if orgnr is None:
            raise UserError(f"{text!r} is not a valid Swedish organisation number")
        return orgnr
    return text


def add_correction(session: Session, project: m.Project, field: str, text: str, note: str | None,
                   author: str) -> m.Correction:
    correction = m.Correction(project_id=project.id, field=field, value_text=text.strip(),
                              value_json=parse_value(field, text), note=note, author=author)
    session.add(correction)
    session.flush()
    return correction


def latest(session: Session, project_id: int) -> dict[str, m.Correction]:
    """The correction in force for each field of a project: the newest."""
    return latest_all(session, project_id).get(project_id, {})


def latest_all(session: Session, project_ids: int | list[int] | None = None) -> dict[int, dict[str, m.Correction]]:
    """The corrections in force, per project and field (of one project, of some, or of all)."""
    query = select(m.Correction).order_by(m.Correction.created_at, m.Correction.id)
    if isinstance(project_ids, int):
        query = query.where(m.Correction.project_id == project_ids)
    elif project_ids is not None:
        query = query.where(m.Correction.project_id.in_(project_ids))
    out: dict[int, dict[str, m.Correction]] = {}
    for c in session.scalars(query):
        out.setdefault(c.project_id, {})[c.field] = c
    return out


def in_force(conn: Connection, project_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The value in force for each corrected field of these projects (the newest correction), for the loader."""
    table: Table = m.Correction.__table__  # type: ignore[assignment]
    out: dict[int, dict[str, Any]] = {}
    for pid, field, value in conn.execute(select(table.c.project_id, table.c.field, table.c.value_json)
                                          .where(table.c.project_id.in_(project_ids))
                                          .order_by(table.c.created_at, table.c.id)):
        out.setdefault(pid, {})[field] = value
    return out
