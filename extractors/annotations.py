"""What the spaCy pipeline says about each block: its entities, in the project's types.

The rules read these where a regular expression alone cannot tell where a name ends:
an organisation the gazetteer does not know but a trained model tags ORG, or a person
a model tags PRS. The rule pipeline's entity ruler gives ORG and FUND for known names;
a trained Swedish model adds its SUC entities, mapped by NLP.entity_type.
"""
from __future__ import annotations

from dataclasses import dataclass

from extractors.nlp import NLP
from pipeline.blocks import Block

# The pattern components store their spans for other users of the pipeline; the rules call
# the same pure functions directly, and read no lemmas, so extraction skips them.
SKIP_COMPONENTS = ("kompetens_money", "kompetens_dates", "kompetens_periods", "kompetens_percent", "kompetens_orgnr",
                   "kompetens_email", "kompetens_phone", "lemmatizer")


@dataclass(frozen=True)
class Entity:
    start: int
    """Offset in the block's text."""
    end: int
    type: str
    """PERSON, ORG, FUND, PLACE, TIME, MEASURE, EVENT, WORK, OBJECT."""
    text: str


class Annotations:
    """Entities per block, found when a rule first asks about the block: most blocks never need the
    pipeline, and running it on every block cost a quarter of extraction."""

    def __init__(self, by_block: dict[int, list[Entity]], nlp: NLP | None = None, texts: dict[int, str] | None = None):
        self.by_block = by_block
        self._nlp = nlp
        self._texts = texts or {}

    def entities(self, block: Block, types: tuple[str, ...] | None = None) -> list[Entity]:
        if block.start not in self.by_block and self._nlp is not None and block.start in self._texts:
            self.by_block[block.start] = _entities(self._nlp, self._texts[block.start])
        ents = self.by_block.get(block.start, [])
        return [e for e in ents if types is None or e.type in types]

    def entity_at(self, block: Block, offset: int, types: tuple[str, ...]) -> Entity | None:
        for e in self.entities(block, types):
            if e.start == offset:
                return e
        return None


def _entities(nlp: NLP, text: str) -> list[Entity]:
    disable = [name for name in SKIP_COMPONENTS if name in nlp.nlp.pipe_names]
    doc = next(iter(nlp.nlp.pipe([text], disable=disable)))
    return [Entity(e.start_char, e.end_char, nlp.entity_type(e.label_), e.text) for e in doc.ents]


def annotate(nlp: NLP, blocks: list[Block]) -> Annotations:
    """The blocks' annotations, each block run through a trained model when first asked about. The rule
    pipeline's entities are the gazetteer's names, which the rules look up themselves."""
    if not nlp.statistical:
        return NO_ANNOTATIONS
    return Annotations({}, nlp, {b.start: b.text for b in blocks})


NO_ANNOTATIONS = Annotations({})
