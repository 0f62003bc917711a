"""The Swedish NLP pipeline: a trained model when installed, else the project's own rules.
`build_nlp` loads the configured model (default sv_core_news_sm), adds the project's rules
and maps its SUC labels to the project's types; its entities (people, organisations the
gazetteer does not know) are read by the rules. Without a model, the rule pipeline
(spacy.blank("sv") with the lookup lemmatizer, a sentencizer, a span ruler over the
gazetteers and the matchers of extractors.factories) is built only when something asks
for it: its entities are the gazetteer's names, which the rules look up themselves. The
name `build_nlp` returns goes into the provenance of every extraction.
"""
from __future__ import annotations

import importlib.util
import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.orgs import gazetteer

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# SUC labels of the Swedish models to the project's entity types.
SUC_LABELS = {"PRS": "PERSON", "ORG": "ORG", "LOC": "PLACE", "TME": "TIME", "MSR": "MEASURE", "EVN": "EVENT",
              "WRK": "WORK", "OBJ": "OBJECT", "PER": "PERSON", "FUND": "FUND"}


@dataclass
class NLP:
    name: str
    """Recorded with each extraction, e.g. "sv_core_news_sm-3.8.0+kompetens" or "blank-sv+kompetens-rules-v1"."""
    statistical: bool
    """A trained model tags entities the rules cannot find (people, unknown organisations). Without one, the
    pipeline's entities are the gazetteer's names, which the rules read themselves: no block needs it."""
    _pipeline: Language | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, built when first used: a run of the rules alone never imports spaCy."""
        if self._pipeline is None:
            self._pipeline = _rule_pipeline()
        return self._pipeline

    def entity_type(self, label: str) -> str:
        return SUC_LABELS.get(label, label)


def _rule_pipeline() -> Language:
    import spacy

    nlp = spacy.blank("sv")
    _add_rules(nlp)
    if lookups_available():  # added last, placed first: filling the ruler needs no lemmas
        nlp.add_pipe("kompetens_lemmatizer", name="lemmatizer", first=True)
    return nlp


def _add_rules(nlp: Language) -> None:
    from extractors.factories import component_versions, register_components

    register_components()
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    # A span ruler that sets entities: the entity ruler counts its thousands of patterns on every text it
    # is given (a warning check), which cost more than the matching on short blocks.
    ruler_config = {"spans_key": None, "annotate_ents": True, "overwrite": False, "phrase_matcher_attr": "ORTH",
                    "ents_filter": {"@misc": "spacy.prioritize_existing_ents_filter.v1"}}
    ruler = nlp.add_pipe("span_ruler", name="kompetens_gazetteer", config=ruler_config,
                         before="ner" if "ner" in nlp.pipe_names else None)
    ruler.add_patterns(gazetteer().patterns())  # type: ignore[attr-defined]  # add_pipe is typed as any component
    for name in component_versions():
        nlp.add_pipe(name)


RULES_TAG = "kompetens-rules-v1"


def _model_meta(model: str) -> dict | None:
    """The meta of an installed spaCy package or a pipeline folder, without loading it (nor spaCy: a run
    that finds every document unchanged never imports it)."""
    if not model:
        return None
    try:
        spec = importlib.util.find_spec(model) if model.isidentifier() else None
        folder = Path(spec.origin).parent if spec is not None and spec.origin else Path(model)
        if (folder / "meta.json").exists():
            return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, ImportError):
        return None
    return None


def lookups_available() -> bool:
    """spacy-lookups-data is installed (the lookup lemmatizer's tables)."""
    return importlib.util.find_spec("spacy_lookups_data") is not None


def pipeline_name(model: str = "sv_core_news_sm") -> str:
    """The name build_nlp(model) will record, known without building the pipeline (cheap: a run
    that finds every document unchanged needs the name, not the pipeline)."""
    meta = _model_meta(model)
    if meta is not None:
        return f"{meta.get('lang', 'sv')}_{meta.get('name', model)}-{meta.get('version', '0')}+{RULES_TAG}"
    lemmatizer = "lookup-lemmatizer" if lookups_available() else "no-lemmatizer"
    return f"blank-sv+{lemmatizer}+{RULES_TAG}"


@lru_cache(maxsize=4)  # loading a model takes seconds; one per model and process
def build_nlp(model: str = "sv_core_news_sm") -> NLP:
    """The installed model with the project's rules added, loaded now; else the rule pipeline, built
    only if something asks for it."""
    if _model_meta(model) is not None:
        import spacy

        try:
            nlp = spacy.load(model, exclude=["parser"])
        except (OSError, IOError, ValueError) as exc:
            log.warning("spaCy model %r could not be loaded (%s); using the rule pipeline", model, exc)
        else:
            _add_rules(nlp)
            return NLP(pipeline_name(model), statistical=True, _pipeline=nlp)
    elif model:
        log.info("spaCy model %r not installed; using the rule pipeline", model)
    return NLP(pipeline_name(""), statistical=False)
