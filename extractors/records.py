"""What extraction produces: a project record whose every value carries its provenance."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from extractors.contacts import Contact
from extractors.dates import PartialDate
from extractors.goals import Goal
from extractors.money import FundingKind, Money


@dataclass(frozen=True)
class Provenance:
    start: int
    """Character span in the document text (ParsedDocument.text)."""
    end: int
    evidence: str
    rule: str
    """The rule or model that produced the value, e.g. "label.owner" or "prose.owner.tilldelades"."""
    confidence: float


@dataclass(frozen=True)
class Funding:
    money: Money
    kind: FundingKind = "other"
    funder: str | None = None


@dataclass(frozen=True)
class Value:
    value: Any
    prov: Provenance


@dataclass
class ProjectRecord:
    name: Value | None = None
    case_number: Value | None = None
    owner: Value | None = None
    owner_orgnr: Value | None = None
    start_date: Value | None = None
    end_date: Value | None = None
    eu_cofinancing_rate: Value | None = None
    funders: list[Value] = field(default_factory=list)
    funding: list[Value] = field(default_factory=list)
    partners: list[Value] = field(default_factory=list)
    contacts: list[Value] = field(default_factory=list)
    goals: list[Value] = field(default_factory=list)
    nlp_pipeline: str = ""

    SCALARS = ("name", "case_number", "owner", "owner_orgnr", "start_date", "end_date", "eu_cofinancing_rate")
    LISTS = ("funders", "funding", "partners", "contacts", "goals")

    def absorb(self, other: ProjectRecord) -> None:
        """Take what another record of the same project adds: scalars this one lacks, list items it lacks."""
        for name in self.SCALARS:
            if getattr(self, name) is None:
                setattr(self, name, getattr(other, name))
        for name in self.LISTS:
            mine = getattr(self, name)
            known = {repr(v.value) for v in mine}
            mine += [v for v in getattr(other, name) if repr(v.value) not in known]

    def to_gold(self) -> dict:
        """The project in the keys of GOLD_FORMAT.md."""
        def v(name: str):
            val = getattr(self, name)
            if val is None:
                return None
            x = val.value
            return x.iso() if isinstance(x, PartialDate) else x

        return {
            "name": v("name"), "case_number": v("case_number"), "owner": v("owner"),
            "owner_orgnr": v("owner_orgnr"), "start_date": v("start_date"), "end_date": v("end_date"),
            "funders": [f.value for f in self.funders],
            "funding": [{"amount": f.value.money.amount, "currency": f.value.money.currency}
                        for f in self.funding],
            "eu_cofinancing_rate": v("eu_cofinancing_rate"),
            "partners": [p.value for p in self.partners],
            "contacts": [{"name": c.value.name, "email": c.value.email} for c in self.contacts],
            "goals": [g.value.text for g in self.goals],
        }


def merge_records(records: list[ProjectRecord], key) -> list[ProjectRecord]:
    """One record per key (`key(record)`): the first, with what the others add (ProjectRecord.absorb)."""
    merged: dict = {}
    for rec in records:
        k = key(rec)
        if k in merged:
            merged[k].absorb(rec)
        else:
            merged[k] = rec
    return list(merged.values())


def value_payload(value: Any) -> Any:
    """A JSON-able form of any extracted value."""
    if isinstance(value, PartialDate):
        return {"date": value.iso(), "precision": value.precision}
    if isinstance(value, (Funding, Contact, Goal, Money)):
        d = asdict(value)
        return d
    return value
