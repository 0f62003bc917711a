"""The extraction stage: segments of a parsed document into project records."""
from __future__ import annotations

from extractors.annotations import annotate
from extractors.nlp import NLP
from extractors.project import build_record, is_project
from extractors.records import ProjectRecord
from pipeline.blocks import ParsedDocument
from pipeline.segment import segment

EXTRACTOR_VERSION = "4"


def extract_projects(doc: ParsedDocument, nlp: NLP) -> list[ProjectRecord]:
    """Every project the document describes; none for a document about no project."""
    records = []
    annotations = annotate(nlp, doc.blocks)
    for seg in segment(doc):
        record = build_record(seg, doc.blocks, doc.title, nlp.name, annotations)
        if is_project(record, seg):
            records.append(record)
    return records
