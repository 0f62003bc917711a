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
    def __init__(self, by_block: dict[int, list[Entity]]):
        self.by_block = by_block

    def entities(self, block: Block, types: tuple[str, ...] | None = None) -> list[Entity]:
        ents = self.by_block.get(block.start, [])
        return [e for e in ents if types is None or e.type in types]

    def entity_at(self, block: Block, offset: int, types: tuple[str, ...]) -> Entity | None:
        for e in self.entities(block, types):
            if e.start == offset:
                return e
        return None


def annotate(nlp: NLP, blocks: list[Block]) -> Annotations:
    disable = [name for name in SKIP_COMPONENTS if name in nlp.nlp.pipe_names]
    texts = [b.text for b in blocks]
    by_block: dict[int, list[Entity]] = {}
    for block, doc in zip(blocks, nlp.nlp.pipe(texts, batch_size=64, disable=disable)):
        if doc.ents:
            by_block[block.start] = [Entity(e.start_char, e.end_char, nlp.entity_type(e.label_), e.text)
                                     for e in doc.ents]
    return Annotations(by_block)


NO_ANNOTATIONS = Annotations({})
