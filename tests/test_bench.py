"""The benchmark command runs end to end on a tiny corpus (figures are for the closing note, not
for asserting: here only that every document is read once, then found unchanged)."""
import json
import os
import subprocess
import sys

from tests.conftest import ROOT


def test_bench_runs_on_a_tiny_corpus(tmp_path):
    out = tmp_path / "results.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KOMPETENS_TEST_DATABASE_URL", None)  # SQLite only: keep it short
    done = subprocess.run([sys.executable, "-m", "bench", "--html", "24", "--pdf", "2", "--small", "12",
                           "--skip-prefect", "--work", str(tmp_path / "work"), "--out", str(out)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    corpus = results["corpus"]["large"]
    pages = 1  # the generated index has one page for 24 documents
    assert results["sqlite"]["first"]["counts"]["new"] == corpus["html"] + corpus["pdf"] + pages
    assert results["sqlite"]["second"]["counts"] == {"unchanged": corpus["html"] + corpus["pdf"] + pages}
    assert results["sqlite"]["first"]["counts"]["projects_found"] >= corpus["html"]
    assert results["summary"]["html_cleaning"]["ours_sentences_kept"] > 0.95
    assert "end to end, SQLite" in done.stdout
    assert "unchanged rerun of the examples" in done.stdout  # each target beside the figure
    assert results["examples_rerun"]["unchanged_s"] < results["examples_rerun"]["first_s"]
