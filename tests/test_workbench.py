"""The analyst's commands: show a project with its evidence, runs and failures, corrections that survive."""
import json

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.corrections import add_correction
from db.inspect import find_projects
from db.loader import refresh_project
from db.session import make_engine
from flows.ingest import run_ingest
from flows.reprocess_run import run_reprocess
from tests.test_cli import _run

PAGE = """Ljusare vägar

Ljusare vägar ska sätta upp belysning längs skolvägar i Exempelby.

Diarienummer: 2031-00912
Projektägare: Exempelby Vägförening
Projektperiod: 2031-03-01 – 2032-02-28
Beviljat belopp: 640 000 kr

Kontaktperson: Eva Exempel, eva.exempel@example.se
"""


def test_show_runs_failures_and_a_correction_that_the_next_runs_keep(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    doc = tmp_path / "ljusare.txt"
    doc.write_text(PAGE, encoding="utf-8")
    (tmp_path / "trasig.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    first = _run(["ingest", "--no-prefect", "--db", db, str(doc), str(tmp_path / "trasig.pdf")], tmp_path)
    assert first.returncode == 0 and "1 failed" in first.stdout  # one document failed: the run ingests the other

    shown = _run(["show", "--db", db, "2031-00912"], tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "Ljusare vägar" in shown.stdout and "Exempelby Vägförening" in shown.stdout
    assert "label.owner" in shown.stdout and "ljusare.txt" in shown.stdout  # the rule and the document
    assert "Projektägare: Exempelby Vägförening" in " ".join(shown.stdout.split())  # the evidence around it
    assert "eva.exempel" not in shown.stdout and "Eva Exempel" not in shown.stdout  # personal data only when asked
    assert "eva.exempel@example.se" in _run(["show", "--db", db, "Ljusare", "--show-personal-data"], tmp_path).stdout

    runs = _run(["runs", "--db", db], tmp_path)
    assert runs.returncode == 0 and "ingest" in runs.stdout and "completed" in runs.stdout
    assert "trasig.pdf" in _run(["runs", "--db", db, "1"], tmp_path).stdout
    failures = _run(["failures", "--db", db], tmp_path)
    assert "trasig.pdf" in failures.stdout and "parse" in failures.stdout

    fixed = _run(["correct", "--db", db, "2031-00912", "owner", "Exempelby vägförening ek. för.",
                  "--note", "the association's registered name", "--by", "analytiker"], tmp_path)
    assert fixed.returncode == 0, fixed.stderr
    assert _run(["correct", "--db", db, "2031-00912", "start_date", "2031-04"], tmp_path).returncode == 0
    bad = _run(["correct", "--db", db, "2031-00912", "start_date", "april"], tmp_path)
    assert bad.returncode == 2 and "is not a date" in bad.stderr

    # the document changes and is read again, and everything is re-extracted: the corrections stay
    doc.write_text(PAGE.replace("640 000", "650 000"), encoding="utf-8")
    assert _run(["ingest", "--no-prefect", "--db", db, str(doc)], tmp_path).returncode == 0
    assert _run(["reprocess", "--db", db], tmp_path).returncode == 0
    out = tmp_path / "out.json"
    assert _run(["export", "--db", db, "-o", str(out)], tmp_path).returncode == 0
    project = json.loads(out.read_text(encoding="utf-8"))["projects"][0]
    assert project["owner"] == "Exempelby vägförening ek. för." and project["start_date"] == "2031-04"
    assert project["provenance"]["owner"][0]["source"] == "analyst"
    assert project["provenance"]["owner"][0]["author"] == "analytiker"
    assert any(p["source"].endswith("ljusare.txt") for p in project["provenance"]["owner"][1:])  # both are shown
    assert [f["amount"] for f in project["funding"]] == [650000]  # the rest follows the documents
    shown = _run(["show", "--db", db, "Ljusare"], tmp_path).stdout
    assert "corrected owner" in shown and "analytiker" in shown and "Exempelby Vägförening" in shown


def test_corrections_win_in_the_views_and_survive_reprocess(settings, tmp_path):
    doc = tmp_path / "ljusare.txt"
    doc.write_text(PAGE, encoding="utf-8")
    run_ingest([str(doc)], settings, use_tasks=False)
    engine = make_engine(settings.database_url)
    with Session(engine) as session:
        project = find_projects(session, "2031-00912")[0]
        add_correction(session, project, "eu_cofinancing_rate", "40 %", None, "analytiker")
        add_correction(session, project, "name", "Ljusare skolvägar", "the name in the decision", "analytiker")
        refresh_project(session, project)
        session.commit()
    run_reprocess(settings)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name, eu_cofinancing_rate, owner FROM v_projects")).all()
        fixes = conn.execute(text("SELECT field, value, author FROM v_corrections ORDER BY field")).all()
    engine.dispose()
    assert rows == [("Ljusare skolvägar", 40.0, "Exempelby Vägförening")]
    assert fixes == [("eu_cofinancing_rate", "40 %", "analytiker"), ("name", "Ljusare skolvägar", "analytiker")]
