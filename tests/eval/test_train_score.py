"""The quality gate on the training corpus (../shared/corpus/train): every rendition scored by the shared
referee, in process (parse and extract as the ingest runs them). Floors only go up."""
import json
import subprocess
import sys

import pytest

from bench.extraction import SCORER, extract_folder, gold_subset
from tests.conftest import SHARED

TRAIN = SHARED / "corpus" / "train"
OVERALL_F1_FLOOR = 0.94  # 0.952 on 2026-11-26 (end of session 7): a rule that costs more than that is a regression
GOALS_F1_FLOOR = 0.85
RENDITION_GAP = 0.03

pytestmark = pytest.mark.skipif(not (TRAIN / "docs").is_dir() or not SCORER.exists(),
                                reason=f"the training corpus and referee are not at {SHARED} (../shared beside the repository)")


def _score(tmp_path, folder: str, suffix: str, names: set[str] | None = None) -> dict:
    projects = extract_folder(TRAIN / folder, suffix)
    gold = TRAIN / "docs"
    if names is not None:
        projects = [p for p in projects if any(s.split("/")[-1].split(".")[0] in names for s in p["sources"])]
        gold = gold_subset(gold, names, tmp_path / "gold")
    out = tmp_path / f"{folder}.json"
    out.write_text(json.dumps({"projects": projects}, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), str(gold), str(out), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def text_scores(tmp_path_factory):
    return _score(tmp_path_factory.mktemp("train"), "docs", ".txt")


def test_training_corpus_text_floors(text_scores):
    assert text_scores["overall"]["f1"] >= OVERALL_F1_FLOOR
    assert text_scores["fields"]["goals (words)"]["f1"] >= GOALS_F1_FLOOR


@pytest.mark.parametrize("folder, suffix", [("html", ".html"), ("pdf", ".pdf")])
def test_renditions_score_as_the_text_does(tmp_path, text_scores, folder, suffix):
    scores = _score(tmp_path, folder, suffix)
    assert abs(scores["overall"]["f1"] - text_scores["overall"]["f1"]) <= RENDITION_GAP


@pytest.mark.parametrize("folder, suffix", [("docs", ".txt"), ("html", ".html"), ("pdf", ".pdf")])
def test_no_project_from_documents_that_describe_none(tmp_path, folder, suffix):
    negatives = {p.name[: -len(".gold.json")] for p in (TRAIN / "docs").glob("*.gold.json")
                 if json.loads(p.read_text(encoding="utf-8")).get("kind") == "negative"}
    projects = extract_folder(TRAIN / folder, suffix)
    invented = [p["name"] for p in projects if any(s.split("/")[-1].split(".")[0] in negatives for s in p["sources"])]
    assert invented == []
