"""The extraction stage: a parsed document's blocks into project records.

Fact lines are paired first (extractors.factbox), then every block gets a role and
chrome is set aside (extractors.roles), then the content is cut into segments, one per
project (extractors.segment), and each segment's fields are read with provenance
(extractors.project).
"""
from __future__ import annotations

from dataclasses import replace

from extractors.annotations import annotate
from extractors.factbox import read_fact_lines
from extractors.money import find_amounts, stated_unit, with_unit
from extractors.nlp import NLP
from extractors.document_facts import document_facts, with_letterhead_case
from extractors.project import build_record, is_project
from extractors.contacts import Contact, find_emails, find_phones, parse_person
from extractors.records import ProjectRecord, Provenance, Value, merge_records
from extractors.roles import content_blocks, fold, site_publisher
from extractors.segment import Segment, segment_blocks
from pipeline.blocks import Block, ParsedDocument



def extract_projects(doc: ParsedDocument, nlp: NLP) -> list[ProjectRecord]:
    """Every project the document describes; none for a document about no project."""
    records: list[ProjectRecord] = []
    all_blocks = read_fact_lines(doc.blocks, doc.text)
    content = content_blocks(all_blocks)
    unit = stated_unit([b.text for b in content])  # "Belopp i tkr.": the unit of the bare figures below
    blocks = _in_stated_unit(content, unit)
    running = [Block(kind="line", text=line) for line in doc.furniture]  # a PDF's running lines, dropped from its blocks
    publisher = site_publisher(doc.blocks, doc.title) or (site_publisher(running) if running else None)
    facts = document_facts(all_blocks, publisher, doc.title, doc.published)
    facts = replace(facts, figure_unit=unit)
    if facts.guide:
        return []  # a guide's projects are examples
    annotations = annotate(nlp, blocks)
    released: list = []  # blocks of segments that turned out to describe no project: context for those below
    unnamed: list[tuple[Segment, ProjectRecord]] = []
    segments = segment_blocks(blocks)
    kept: list[Segment] = []
    for seg in segments:
        if released:
            seg.context = sorted(seg.context + released, key=lambda b: b.start)
        record = build_record(seg, facts, nlp.name, annotations)
        if is_project(record, seg):
            records.append(record)
            kept.append(seg)
        else:
            released += seg.blocks
            if record.name is None and seg.kind == "section" and seg.title is not None:
                unnamed.append((seg, record))
    records += _sections_of_named(unnamed, records)
    if not records and len(segments) > 1:  # the repeats describe nothing: the page as a whole may
        page = Segment(blocks=list(blocks), kind="page")
        record = build_record(page, facts, nlp.name, annotations)
        if is_project(record, page) and record.owner is not None and (record.funding or record.start_date or record.end_date):
            return with_letterhead_case([record], facts)  # stated more fully than one segment needs: an owner, and money or a period
    others = [b for seg in segments if seg not in kept for b in seg.blocks]
    if len(records) == 1 and len(kept) == 1 and kept[0].kind == "section" and len(segments) > 1 \
            and not (records[0].funding and any(find_amounts(b.text) for b in others)):
        # (unless the other sections have money of their own: other news, as a newsletter's items are)
        whole = _read_as_one_page(blocks, records[0], facts, nlp.name, annotations)
        if whole is not None:
            return with_letterhead_case([whole], facts)
    return with_letterhead_case(_contacts_by_project_name(one_per_name(records), blocks), facts)


def _contacts_by_project_name(records: list[ProjectRecord], blocks: list[Block]) -> list[ProjectRecord]:
    """"Vård i byn: Eva Ek, eva.ek@x.se" under a news item's shared "Kontakt": each line names the project its
    person is for, wherever the segments ended."""
    by_name = {fold(r.name.value): r for r in records if r.name is not None}
    if len(by_name) < 2:
        return records
    for b in blocks:
        target = by_name.get(fold(b.key or "")) if b.kind == "key_value" and b.value \
            and (find_emails(b.value) or find_phones(b.value)) else None  # (a contact's line, not "Name: Owner, sum")
        parsed = parse_person(b.value.split(",")[0]) if target is not None and b.value else None
        if target is None or parsed is None:
            continue
        person, title = parsed
        email = next((e for e, _, _ in find_emails(b.value or "")), None)
        for r in records:  # (read under the other project, where the shared section fell)
            r.contacts = [c for c in r.contacts if c.value.name != person]
        at = max(b.text.find(person), 0)
        target.contacts.append(Value(Contact(person, email, title=title),
                                     Provenance(b.start + at, b.start + at + len(person), person,
                                                "document.contact_by_project_name", 0.8)))
    return records


def _in_stated_unit(blocks: list[Block], unit: str | None) -> list[Block]:
    """List entries that end in a bare figure, under a unit stated once ("Belopp i tkr."), read in that unit."""
    if unit is None:
        return blocks
    out = []
    for b in blocks:
        text = with_unit(b.text, unit) if b.kind in ("list_item", "line") else None
        out.append(replace(b, text=text) if text else b)  # (the unit goes after the figure: offsets before it hold)
    return out


def _read_as_one_page(blocks, record: ProjectRecord, facts, nlp_name: str, annotations) -> ProjectRecord | None:
    """A page whose sections name one project only ("Levande gränsorter" over its text, then "Projektledare",
    "Forskningspartner" and "Projekttid" as headings of its facts) is that project's page, read whole."""
    page = Segment(blocks=list(blocks), kind="page")
    whole = build_record(page, facts, nlp_name, annotations)
    if whole.name is None or record.name is None or fold(whole.name.value) != fold(record.name.value) \
            or not is_project(whole, page):
        return None
    return whole


def _sections_of_named(unnamed: list[tuple[Segment, ProjectRecord]], records: list[ProjectRecord]) -> list[ProjectRecord]:
    """A section whose heading names a project found on the page ("Därför behövs BRYGGAN") tells more of it."""
    found = []
    for seg, record in unnamed:
        heading = f" {fold(seg.title.text)} " if seg.title is not None else ""
        for r in records:
            if r.name is not None and len(r.name.value) > 3 and f" {fold(r.name.value)} " in heading:
                record.name = r.name
                found.append(record)
                break
    return found


def one_per_name(records: list[ProjectRecord]) -> list[ProjectRecord]:
    """Two parts of one page about the same project ("BRYGGAN" under two headings) are one record; different
    case numbers keep two records apart."""
    _take_fuller_names(records)
    return merge_records(records, lambda r: (fold(r.name.value) if r.name else "",
                                             r.case_number.value if r.case_number else None))


def _take_fuller_names(records: list[ProjectRecord]) -> None:
    """Of two records with one case number, where a table row's name starts the other's (the row cut at a
    wrapped cell, "Industriell symbios", and the item that treats it, "Industriell symbios Dalarna"), both
    take the fuller name, so that they merge."""
    for r in records:
        for other in records:
            if r.case_number and other.case_number and r.name and other.name and r.name.prov.rule == "segment.row" \
                    and r.case_number.value == other.case_number.value \
                    and len(other.name.value) > len(r.name.value) \
                    and fold(other.name.value).startswith(fold(r.name.value)):
                r.name = other.name
