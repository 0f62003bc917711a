"""What extraction produces: a project record whose every value carries its provenance."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from collections.abc import Callable
from typing import Any, ClassVar

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

    SCALARS: ClassVar[tuple[str, ...]] = ()  # set from PROJECT_FIELDS below
    LISTS: ClassVar[tuple[str, ...]] = ()

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
        """The project in the keys and shapes of GOLD_FORMAT.md (the export's, without its extra details)."""
        out: dict = {}
        for spec in PROJECT_FIELDS:
            value = getattr(self, spec.name)
            if spec.many:
                out[spec.name] = [spec.in_gold(value_payload(v.value)) for v in value]
            else:
                out[spec.name] = spec.in_gold(value_payload(value.value)) if value is not None else None
        return out


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


def _as_date(payload: Any) -> Any:
    return payload["date"] if isinstance(payload, dict) and "date" in payload else payload


def _as_whole(payload: Any) -> Any:
    return int(payload) if isinstance(payload, float) and payload.is_integer() else payload  # 40.0 is 40


def _as_funding(payload: dict) -> dict:
    money = payload["money"]
    return {"amount": money["amount"], "currency": money["currency"], "kind": payload.get("kind"),
            "funder": payload.get("funder")}


def _as_contact(payload: dict) -> dict:
    return {"name": payload["name"], "email": payload.get("email"), "phone": payload.get("phone"),
            "title": payload.get("title")}


def _as_goal(payload: dict) -> str:
    return payload["text"]


def _as_is(payload: Any) -> Any:
    return payload


@dataclass(frozen=True)
class FieldSpec:
    """One field of a project: its name (the record's attribute, the stored field, the export's key), whether it
    holds many values, and how a stored value (value_payload's JSON) reads in the export."""
    name: str
    many: bool = False
    exported: Callable[[Any], Any] = _as_is
    gold_keys: tuple[str, ...] = ()
    """Of an exported item that is a mapping, the keys GOLD_FORMAT.md has (the export has more)."""

    def in_gold(self, payload: Any) -> Any:
        item = self.exported(payload)
        return {k: item.get(k) for k in self.gold_keys} if self.gold_keys and isinstance(item, dict) else item


# The one declaration of a project's fields, in the export's order. ProjectRecord's attributes, the stored
# values' field names, the export's keys and shapes, and the fields an analyst may correct follow from it.
PROJECT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name"), FieldSpec("case_number"), FieldSpec("owner"), FieldSpec("owner_orgnr"),
    FieldSpec("start_date", exported=_as_date), FieldSpec("end_date", exported=_as_date),
    FieldSpec("funders", many=True), FieldSpec("funding", many=True, exported=_as_funding, gold_keys=("amount", "currency")),
    FieldSpec("eu_cofinancing_rate", exported=_as_whole), FieldSpec("partners", many=True),
    FieldSpec("contacts", many=True, exported=_as_contact, gold_keys=("name", "email")), FieldSpec("goals", many=True, exported=_as_goal),
)
FIELDS_BY_NAME = {spec.name: spec for spec in PROJECT_FIELDS}
ProjectRecord.SCALARS = tuple(spec.name for spec in PROJECT_FIELDS if not spec.many)
ProjectRecord.LISTS = tuple(spec.name for spec in PROJECT_FIELDS if spec.many)

