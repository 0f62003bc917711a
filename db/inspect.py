"""What an analyst looks up: a project by id, case number or name, with every value, where it was read and
how; the runs and their failures."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db import corrections
from db import models as m
from extractors.contacts import EMAIL_RE
from extractors.orgs import fold


# Characters of the document's text shown on each side of a value.
CONTEXT_CHARS = 90


@dataclass
class Statement:
    """One document's value of a field, with its provenance: the text around the span it was read from."""
    field: str
    value: str
    url: str
    before: str
    evidence: str
    after: str
    extractor: str
    confidence: float


@dataclass
class ProjectView:
    project: m.Project
    owner: str | None
    statements: list[Statement] = field(default_factory=list)
    corrections: dict[str, m.Correction] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)


PERSONAL_MASK = "‹personal data›"


def _personal_strings(contact_values: list[m.FieldValue]) -> list[str]:
    """The names, e-mails and phone numbers of a project's contact persons, to keep out of what is shown."""
    out = []
    for fv in contact_values:
        value = fv.value_json if isinstance(fv.value_json, dict) else {}
        out += [str(value[k]) for k in ("name", "email", "phone") if value.get(k)]
    return sorted(set(out), key=len, reverse=True)


def _masked(text: str, personal: list[str]) -> str:
    """The text with contact persons' names, e-mails and phone numbers masked (they sit beside the facts);
    the character positions stay, so spans still point at the same words."""
    for item in personal:
        text = text.replace(item, "\0" * len(item)) if len(item) > 2 else text
    return EMAIL_RE.sub(lambda mo: "\0" * len(mo.group(0)), text)


def _shown(text: str) -> str:
    return " ".join(re.sub("\0+", PERSONAL_MASK, text).split())


def find_projects(session: Session, query: str) -> list[m.Project]:
    """Projects by id ("12"), case number ("2031-00477", spaces and case ignored) or a part of the name."""
    query = query.strip()
    if query.isdigit():
        found = session.get(m.Project, int(query))
        if found is not None:
            return [found]
    case = "".join(query.split()).upper()
    by_case = session.scalars(select(m.Project).where(m.Project.case_number == case)).all()
    if by_case:
        return list(by_case)
    pattern = f"%{fold(query)}%"
    return list(session.scalars(select(m.Project).where(or_(m.Project.name_key.like(pattern),
                                                              func.lower(m.Project.name).like(pattern)))
                                .order_by(m.Project.name)))


def project_view(session: Session, project: m.Project, include_personal: bool = False) -> ProjectView:
    organisation = session.get(m.Organisation, project.owner_id) if project.owner_id else None
    owner = organisation.name if organisation else None
    view = ProjectView(project, owner, corrections=corrections.latest(session, project.id))
    rows = session.execute(select(m.FieldValue, m.Document.url).join(m.Document, m.Document.id == m.FieldValue.document_id)
                           .where(m.FieldValue.project_id == project.id)
                           .order_by(m.FieldValue.field, m.FieldValue.position, m.Document.url)).all()
    texts = dict(session.execute(select(m.DocumentVersion.id, m.DocumentVersion.text)
                                 .where(m.DocumentVersion.id.in_({fv.version_id for fv, _ in rows}))).all())
    personal = [] if include_personal else _personal_strings([fv for fv, _ in rows if fv.field == "contacts"])
    for fv, url in rows:
        if fv.field == "contacts" and not include_personal:
            continue
        text = _masked(texts.get(fv.version_id) or "", personal)
        s, e = fv.span_start, fv.span_end
        found = text[s:e] if 0 <= s < e <= len(text) else ""
        before, after = (text[max(0, s - CONTEXT_CHARS):s], text[e:e + CONTEXT_CHARS]) if found else ("", "")
        view.statements.append(Statement(fv.field, fv.value_text, url, _shown(before), _shown(found or fv.evidence),
                                         _shown(after), fv.extractor, fv.confidence))
    view.sources = list(session.scalars(select(m.Document.url).join(m.ProjectSource,
                                                                    m.ProjectSource.document_id == m.Document.id)
                                        .where(m.ProjectSource.project_id == project.id).order_by(m.Document.url)))
    return view


def recent_runs(session: Session, limit: int = 20) -> list[m.Run]:
    return list(session.scalars(select(m.Run).order_by(m.Run.id.desc()).limit(limit)))


def run_failures(session: Session, run_id: int | None = None, limit: int = 200) -> list[m.Failure]:
    query = select(m.Failure).order_by(m.Failure.id.desc()).limit(limit)
    if run_id is not None:
        query = query.where(m.Failure.run_id == run_id)
    return list(session.scalars(query))
