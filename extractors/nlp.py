"""The Swedish NLP pipeline: a trained model when installed, else the project's own rules.

`build_nlp` loads the configured model (default sv_core_news_sm) and maps its SUC
labels to the project's types; without it, it builds spacy.blank("sv") with the
lookup lemmatizer from spacy-lookups-data, a sentencizer, an entity ruler over the
gazetteers, and the matchers of extractors.factories. The name it returns goes
into the provenance of every extraction.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from extractors.factories import component_versions, register_components
from extractors.orgs import gazetteer

log = logging.getLogger(__name__)

# SUC labels of the Swedish models to the project's entity types.
SUC_LABELS = {"PRS": "PERSON", "ORG": "ORG", "LOC": "PLACE", "TME": "TIME", "MSR": "MEASURE", "EVN": "EVENT",
              "WRK": "WORK", "OBJ": "OBJECT", "PER": "PERSON", "FUND": "FUND"}


@dataclass
class NLP:
    nlp: Language
    name: str
    """Recorded with each extraction, e.g. "sv_core_news_sm-3.8.0+kompetens" or "blank-sv+kompetens-rules-v1"."""

    def entity_type(self, label: str) -> str:
        return SUC_LABELS.get(label, label)


def _add_rules(nlp: Language) -> None:
    register_components()
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    ruler_config = {"overwrite_ents": False, "phrase_matcher_attr": "ORTH"}
    ruler = nlp.add_pipe("entity_ruler", name="kompetens_gazetteer", config=ruler_config,
                         before="ner" if "ner" in nlp.pipe_names else None)
    ruler.add_patterns(gazetteer().patterns())
    for name in component_versions():
        nlp.add_pipe(name)


@lru_cache(maxsize=4)  # building the rule pipeline takes seconds; one per model and process
def build_nlp(model: str = "sv_core_news_sm") -> NLP:
    try:
        nlp = spacy.load(model, exclude=["parser"]) if model else None
    except (OSError, IOError, ValueError) as exc:
        log.info("spaCy model %r not installed (%s); using the rule pipeline", model, type(exc).__name__)
        nlp = None
    if nlp is not None:
        _add_rules(nlp)
        meta = nlp.meta
        return NLP(nlp, f"{meta.get('lang', 'sv')}_{meta.get('name', model)}-{meta.get('version', '0')}+kompetens-rules-v1")
    nlp = spacy.blank("sv")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        lemmatizer = "lookup-lemmatizer"
    except Exception as exc:  # spacy-lookups-data missing or incompatible: lemmas are not essential
        log.warning("lookup lemmatizer unavailable: %s", exc)
        if "lemmatizer" in nlp.pipe_names:
            nlp.remove_pipe("lemmatizer")
        lemmatizer = "no-lemmatizer"
    _add_rules(nlp)
    return NLP(nlp, f"blank-sv+{lemmatizer}+kompetens-rules-v1")
