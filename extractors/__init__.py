"""Reading meaning out of text: the Swedish spaCy pipeline, dates, money, organisations,
goals, contacts, and the assembly of project records with provenance."""
from __future__ import annotations

from extractors.nlp import NLP, build_nlp
from extractors.project import build_record, is_project
from extractors.records import ProjectRecord
from pipeline.blocks import ParsedDocument
from pipeline.segment import segment

EXTRACTOR_VERSION = "1"


def extract_projects(doc: ParsedDocument, nlp: NLP) -> list[ProjectRecord]:
    """Every project the document describes; none for a document about no project."""
    records = []
    for seg in segment(doc):
        record = build_record(seg, doc.blocks, doc.title, nlp.name)
        if is_project(record, seg):
            records.append(record)
    return records


__all__ = ["EXTRACTOR_VERSION", "NLP", "ProjectRecord", "build_nlp", "extract_projects"]
