"""The read views give one row per fact: a project read from three documents is counted once."""
from sqlalchemy import text

from db.session import make_engine
from flows.ingest import run_ingest

FACT_BOX = """Solvik i rörelse

Solvik i rörelse ska få fler unga i Exempelby att idrotta året runt.

Diarienummer: 2031-00477
Projektägare: Exempelby kommun
Projektperiod: 2031-01-01 – 2032-12-31
Finansiär: Europeiska socialfonden+
Beviljat belopp: 4 942 088 kr
Samverkansparter: Exempelby IF, Studieförbundet Exempel

Syfte
Syftet är att fler unga ska hitta en idrott de vill hålla på med.
"""

PAGE = """<html><head><title>Solvik i rörelse</title></head><body><main>
<h1>Solvik i rörelse</h1>
<p>Solvik i rörelse ska få fler unga i Exempelby att idrotta året runt.</p>
<dl><dt>Diarienummer</dt><dd>2031-00477</dd><dt>Projektägare</dt><dd>Exempelby kommun</dd>
<dt>Projektperiod</dt><dd>2031-01-01 – 2032-12-31</dd><dt>Finansiär</dt><dd>Europeiska socialfonden+</dd>
<dt>Beviljat belopp</dt><dd>4 942 088 kr</dd><dt>Samverkansparter</dt><dd>Exempelby IF, Studieförbundet Exempel</dd></dl>
<h2>Syfte</h2><p>Syftet är att fler unga ska hitta en idrott de vill hålla på med.</p>
</main></body></html>"""


def test_views_count_a_fact_once_however_many_documents_state_it(settings, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "solvik.txt").write_text(FACT_BOX, encoding="utf-8")
    (folder / "solvik.html").write_text(PAGE, encoding="utf-8")
    (folder / "solvik-kopia.txt").write_text(FACT_BOX.replace("året runt.", "hela året."), encoding="utf-8")
    report = run_ingest([str(folder)], settings, use_tasks=False)
    assert report.counts["new"] == 3
    assert (report.counts["projects_found"], report.counts["projects_added"]) == (1, 1)  # one project, not three

    engine = make_engine(settings.database_url)
    with engine.connect() as conn:
        q = lambda sql: conn.execute(text(sql)).all()  # noqa: E731
        assert q("SELECT total_funding_sek, funders, source_count FROM v_projects") == [(4942088, "Europeiska socialfonden+", 3)]
        assert q("SELECT amount, source_count FROM v_fundings") == [(4942088, 3)]
        assert q("SELECT SUM(amount) FROM v_fundings") == [(4942088,)]
        assert sorted(q("SELECT partner, source_count FROM v_partners")) == [
            ("Exempelby IF", 3), ("Studieförbundet Exempel", 3)]
        assert q("SELECT funder, source_count FROM v_funders") == [("Europeiska socialfonden+", 3)]
        assert q("SELECT COUNT(*), MIN(source_count) FROM v_goals") == [(1, 3)]
        assert q("SELECT COUNT(*) FROM v_project_sources") == [(3,)]
    engine.dispose()
