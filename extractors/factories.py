"""Every spaCy component of the project, registered by name in one place (safe to call twice).

Each component wraps a pure function of its module and writes spans to
doc.spans[<name>], so it never fights a trained model's NER.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from extractors.contacts import find_emails, find_phones
from extractors.dates import find_dates, find_periods
from extractors.money import find_amounts
from extractors.orgnr import find_orgnrs

PERCENT_RE = re.compile(r"(?<![\w,.])\d{1,3}(?:[,.]\d+)?\s?(?:%|procent\b)")

COMPONENTS = {
    "kompetens_money": ("kompetens.money_patterns.v1", lambda text: [(s, e, "MONEY") for _, s, e in find_amounts(text)]),
    "kompetens_dates": ("kompetens.date_patterns.v1", lambda text: [(s, e, "DATE") for _, s, e in find_dates(text)]),
    "kompetens_periods": ("kompetens.period_patterns.v1",
                          lambda text: [(s, e, "PERIOD") for _, s, e in find_periods(text)]),
    "kompetens_percent": ("kompetens.percent_patterns.v1",
                          lambda text: [(m.start(), m.end(), "PERCENT") for m in PERCENT_RE.finditer(text)]),
    "kompetens_orgnr": ("kompetens.orgnr_patterns.v1", lambda text: [(s, e, "ORGNR") for _, s, e in find_orgnrs(text)]),
    "kompetens_email": ("kompetens.email_patterns.v1", lambda text: [(s, e, "EMAIL") for _, s, e in find_emails(text)]),
    "kompetens_phone": ("kompetens.phone_patterns.v1", lambda text: [(s, e, "PHONE") for _, s, e in find_phones(text)]),
}


class SpanMatcher:
    """Finds character spans with a pure function and stores them as a span group."""

    def __init__(self, name: str, finder: Callable[[str], list[tuple[int, int, str]]]):
        self.name = name
        self.finder = finder

    def match(self, doc: Doc) -> list[tuple[int, int, str]]:
        return self.finder(doc.text)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, str]]) -> None:
        spans = []
        for start, end, label in matches:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.name] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


class LookupLemmatizer:
    """Lemmas from spacy-lookups-data's Swedish lookup table, loaded on first use.

    spaCy's own lookup lemmatizer loads its 660,000 entries when the pipeline is built
    (1.6 s); the rules read no lemmas, so a run that never asks for them never pays.
    """

    def __init__(self) -> None:
        self._table: dict | None = None

    @property
    def table(self):
        if self._table is None:
            from spacy.lookups import load_lookups

            self._table = load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")
        return self._table

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for token in doc:
            token.lemma_ = table.get(token.lower_, token.text)
        return doc





def register_components() -> None:
    if not Language.has_factory("kompetens_lemmatizer"):
        Language.factory("kompetens_lemmatizer", assigns=["token.lemma"])(lambda nlp, name: LookupLemmatizer())
    for name, (_version, finder) in COMPONENTS.items():
        if Language.has_factory(name):
            continue

        def make(nlp: Language, name: str, _finder=finder) -> SpanMatcher:
            return SpanMatcher(name, _finder)

        Language.factory(name, default_config={}, assigns=["doc.spans"])(make)


def component_versions() -> dict[str, str]:
    return {name: version for name, (version, _) in COMPONENTS.items()}
