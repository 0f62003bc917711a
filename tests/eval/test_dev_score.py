"""The quality gate: the dev corpus, in every rendition, scored by shared/eval/score.py."""
import json
import shutil
import subprocess
import sys

import pytest
from sqlalchemy.orm import Session

from db.export import export_projects, to_json
from db.session import make_engine
from flows.ingest import run_ingest
from pipeline.config import Settings
from tests.conftest import DEV, EXAMPLES, NEGATIVE, SHARED

# Floors only go up: raise them when the extractors improve.
OVERALL_F1_FLOOR = 0.98
GOALS_F1_FLOOR = 0.95


def _score(tmp_path, folder) -> dict:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'eval.db'}", raw_dir=tmp_path / "raw")
    run_ingest([str(folder)], settings, use_tasks=False)
    engine = make_engine(settings.database_url)
    with Session(engine) as s:
        out = tmp_path / "out.json"
        out.write_text(to_json(export_projects(s)), encoding="utf-8")
    engine.dispose()
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(DEV), str(out), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.mark.shared_corpus
@pytest.mark.parametrize("suffix", [".txt", ".html", ".pdf"])
def test_eval_dev_corpus_every_rendition(tmp_path, suffix):
    folder = tmp_path / "docs"
    folder.mkdir()
    source = DEV if suffix == ".txt" else EXAMPLES
    for f in source.glob(f"*{suffix}"):
        shutil.copy(f, folder)
    scores = _score(tmp_path, folder)
    assert scores["overall"]["f1"] >= OVERALL_F1_FLOOR
    assert scores["fields"]["goals (words)"]["f1"] >= GOALS_F1_FLOOR
    assert scores["fields"]["projects"]["f1"] == 1.0


@pytest.mark.shared_corpus
def test_eval_negative_documents_yield_no_project(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'neg.db'}", raw_dir=tmp_path / "raw")
    report = run_ingest([str(NEGATIVE)], settings, use_tasks=False)
    assert report.counts["new"] == 1 and report.counts["projects_found"] == 0
