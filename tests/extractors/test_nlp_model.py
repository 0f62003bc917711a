"""The installed-model path: a tiny spaCy pipeline with SUC labels, trained here in a temporary
folder, is loaded by build_nlp like sv_core_news_sm would be, its labels mapped to ours, its
name recorded with every value, and its entities read by the rules."""
import random

import pytest
import spacy
from spacy.training import Example

from extractors.annotations import annotate
from extractors.extract import extract_projects
from extractors.nlp import SUC_LABELS, build_nlp
from pipeline.parse import parse_bytes

SENTENCES = [
    ("Kontakta Ebba von Sydow för mer information.", [("Ebba von Sydow", "PRS")]),
    ("Ebba von Sydow leder arbetet i Luleå.", [("Ebba von Sydow", "PRS"), ("Luleå", "LOC")]),
    ("Projektet drivs av bolaget nordiska kompetensnoden i Kiruna.", [("nordiska kompetensnoden", "ORG"),
                                                                    ("Kiruna", "LOC")]),
    ("Samordnare är Ebba von Sydow vid nordiska kompetensnoden.", [("Ebba von Sydow", "PRS"),
                                                                  ("nordiska kompetensnoden", "ORG")]),
]


def _examples(nlp):
    out = []
    for text, ents in SENTENCES:
        spans = [(text.index(t), text.index(t) + len(t), label) for t, label in ents]
        out.append(Example.from_dict(nlp.make_doc(text), {"entities": spans}))
    return out


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    random.seed(0)
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("sv")
    ner = nlp.add_pipe("ner")
    for label in ("PRS", "ORG", "LOC"):
        ner.add_label(label)
    examples = _examples(nlp)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(60):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    nlp.meta["name"] = "tiny_suc"
    nlp.meta["version"] = "0.0.1"
    path = tmp_path_factory.mktemp("models") / "sv_tiny_suc"
    nlp.to_disk(path)
    return str(path)


def test_installed_model_is_loaded_and_named(tiny_model):
    nlp = build_nlp(tiny_model)
    assert nlp.name == "sv_tiny_suc-0.0.1+kompetens-rules-v1"
    assert "ner" in nlp.nlp.pipe_names and "kompetens_gazetteer" in nlp.nlp.pipe_names
    assert nlp.nlp.pipe_names.index("kompetens_gazetteer") < nlp.nlp.pipe_names.index("ner")


def test_suc_labels_map_to_the_projects_types(tiny_model):
    nlp = build_nlp(tiny_model)
    doc = parse_bytes("Kontakta Ebba von Sydow för mer information.".encode(), "x.txt")
    ents = annotate(nlp, doc.blocks).entities(doc.blocks[0])
    assert [(e.text, e.type) for e in ents] == [("Ebba von Sydow", "PERSON")]
    assert {SUC_LABELS[k] for k in ("PRS", "ORG", "LOC", "TME", "MSR", "EVN", "WRK", "OBJ")} == {
        "PERSON", "ORG", "PLACE", "TIME", "MEASURE", "EVENT", "WORK", "OBJECT"}


def test_rules_read_the_models_entities_and_record_the_pipeline(tiny_model):
    text = ("Kompetensnoden Nord\n\nProjektet drivs av bolaget nordiska kompetensnoden i Kiruna. "
            "Projektet pågår 2024–2026 och har beviljats 2 miljoner kronor.\n\nKontaktperson\n\nEbba von Sydow för mer information.\n")
    doc = parse_bytes(text.encode(), "x.txt")
    with_model = extract_projects(doc, build_nlp(tiny_model))
    rules_only = extract_projects(doc, build_nlp(""))
    [p] = with_model
    assert [c.value.name for c in p.contacts] == ["Ebba von Sydow"]  # the patterns alone miss "von"
    assert p.contacts[0].prov.rule.endswith(".ner")
    assert p.nlp_pipeline == "sv_tiny_suc-0.0.1+kompetens-rules-v1"
    assert [c.value.name for c in rules_only[0].contacts] != ["Ebba von Sydow"]
    assert rules_only[0].nlp_pipeline.startswith("blank-sv")
