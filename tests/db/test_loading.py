"""Loading on SQLite and PostgreSQL: idempotent, one project per real project, views answer questions."""
import pytest
import shutil

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db import models as m
from db.export import export_projects
from db.session import make_engine
from flows.ingest import run_ingest
from tests.conftest import DEV, EXAMPLES

TABLES = [m.Project, m.FieldValue, m.Funding, m.Goal, m.Contact, m.ProjectOrganisation, m.ProjectSource,
          m.Organisation, m.DocumentVersion]


def _counts(url):
    engine = make_engine(url)
    with Session(engine) as s:
        counts = {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in TABLES}
    engine.dispose()
    return counts


@pytest.mark.shared_corpus
def test_loading_twice_gives_same_rows(settings):
    first = run_ingest([str(DEV)], settings, use_tasks=False)
    assert first.counts["new"] == 5 and first.counts["projects_found"] == 12
    before = _counts(settings.database_url)
    second = run_ingest([str(DEV)], settings, use_tasks=False)
    assert second.counts["unchanged"] == 5 and second.counts["projects_found"] == 0
    assert _counts(settings.database_url) == before
    assert before["projects"] == 12


@pytest.mark.shared_corpus
def test_loading_two_renditions_give_one_project_with_two_sources(settings, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(DEV / "003_fe361a456e0f8261.txt", folder)
    shutil.copy(EXAMPLES / "003_fe361a456e0f8261.html", folder)
    run_ingest([str(folder)], settings, use_tasks=False)
    engine = make_engine(settings.database_url)
    with Session(engine) as s:
        projects = export_projects(s)
    engine.dispose()
    assert len(projects) == 1
    assert sorted(u.rsplit(".", 1)[1] for u in projects[0]["sources"]) == ["html", "txt"]
    assert projects[0]["funding"][0]["amount"] == 3706566


def test_loading_changed_document_replaces_its_values(settings, tmp_path):
    doc = tmp_path / "projekt.txt"
    doc.write_text("Projekt Alfa\n\nProjektägare: Region Skåne\nProjektperiod: 2018-2020\n", encoding="utf-8")
    run_ingest([str(doc)], settings, use_tasks=False)
    doc.write_text("Projekt Alfa\n\nProjektägare: Region Skåne\nProjektperiod: 2019-2021\n", encoding="utf-8")
    report = run_ingest([str(doc)], settings, use_tasks=False)
    assert report.counts["changed"] == 1
    engine = make_engine(settings.database_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name, start_date, start_precision, end_date FROM v_projects")).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [("Alfa", "2019", "year", "2021")]


@pytest.mark.shared_corpus
def test_views_answer_regions_running_in_2025(settings):
    run_ingest([str(DEV)], settings, use_tasks=False)
    engine = make_engine(settings.database_url)
    query = text("""SELECT name, owner, total_funding_sek FROM v_projects
                    WHERE owner_kind = 'region' AND start_on <= '2025-12-31' AND end_on >= '2025-01-01'""")
    with engine.connect() as conn:
        running = conn.execute(query).all()
        regions_2019 = conn.execute(text("""SELECT count(*) FROM v_projects WHERE owner_kind = 'region'
                                            AND start_on <= '2019-12-31' AND end_on >= '2019-01-01'""")).scalar()
        goals = conn.execute(text("SELECT count(*) FROM v_goals WHERE target_unit = 'företag'")).scalar()
        partners = conn.execute(text("SELECT count(*) FROM v_partners")).scalar()
    engine.dispose()
    assert running == []  # the dev regions' projects ran 2018-2020
    assert regions_2019 >= 6
    assert goals >= 1 and partners >= 13


@pytest.mark.shared_corpus
def test_failed_sources_are_recorded_and_the_run_goes_on(settings, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    report = run_ingest([str(bad), str(tmp_path / "missing.txt"), str(DEV / "000_120d24f964f42bf9.txt")],
                        settings, use_tasks=False)
    assert report.counts["new"] == 1 and report.counts["failed"] == 2
    engine = make_engine(settings.database_url)
    with Session(engine) as s:
        failures = s.scalars(select(m.Failure)).all()
    engine.dispose()
    assert {f.stage for f in failures} == {"parse", "source"}


def test_each_value_knows_when_it_was_first_seen_last_seen_and_last_changed(settings, tmp_path):
    doc = tmp_path / "projekt.txt"
    doc.write_text("Projekt Beta\n\nProjektägare: Region Skåne\nProjektperiod: 2018-2020\n", encoding="utf-8")
    run_ingest([str(doc)], settings, use_tasks=False)
    engine = make_engine(settings.database_url)
    query = text("SELECT field, value, first_seen, last_seen, last_changed, evidence, source_url "
                 "FROM v_field_values ORDER BY field")
    with engine.connect() as conn:
        before = {r.field: r for r in conn.execute(query)}
    doc.write_text("Projekt Beta\n\nProjektägare: Region Skåne\nProjektperiod: 2018-2021\n", encoding="utf-8")
    run_ingest([str(doc)], settings, use_tasks=False)
    with engine.connect() as conn:
        after = {r.field: r for r in conn.execute(query)}
        last_changed = conn.execute(text("SELECT last_changed FROM v_projects")).scalar()
    engine.dispose()
    assert before["end_date"].value != after["end_date"].value and "2021" in after["end_date"].value
    # the changed field keeps when it was first stated and says when it changed
    assert after["end_date"].first_seen == before["end_date"].first_seen
    assert after["end_date"].last_changed > before["end_date"].last_changed
    # an unchanged field: seen again, not changed
    assert after["owner"].first_seen == before["owner"].first_seen
    assert after["owner"].last_changed == before["owner"].last_changed
    assert after["owner"].last_seen > before["owner"].last_seen
    assert after["owner"].evidence and after["owner"].source_url.startswith("file://")
    assert _as_datetime(last_changed) == _as_datetime(after["end_date"].last_changed)


def _as_datetime(value):
    from datetime import datetime

    return datetime.fromisoformat(value) if isinstance(value, str) else value


@pytest.mark.shared_corpus
def test_operations_export_locates_the_beneficiary(settings):
    from db.export import to_operations

    run_ingest([str(DEV / "003_fe361a456e0f8261.txt")], settings, use_tasks=False)
    engine = make_engine(settings.database_url)
    with Session(engine) as s:
        ops = to_operations(s, export_projects(s))
    engine.dispose()
    op = ops[0]
    assert op["beneficiary_name"] == "Region Kronoberg" and op["location_nuts"] == "SE212"
    engine = make_engine(settings.database_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT region, nuts FROM v_projects")).one() == ("Kronobergs län", "SE212")
    engine.dispose()
    assert op["fund"] == ["Europeiska socialfonden"] and op["start_date"] is None and op["sources"]
    assert op["operation_name"] == "Kompetens i Kronoberg"


def test_one_file_stating_a_project_twice_under_one_case_number_loads_as_one(settings, tmp_path):
    doc = tmp_path / "beslut.txt"
    doc.write_text("Beviljade projekt\n\nBryggan vid sjön\n\nDiarienummer: 2031-555\nProjektägare: Exempelby kommun\n"
                   "Beviljat belopp: 200 000 kr\n\nBryggan vid sjön etapp två\n\nDiarienummer: 2031-555\n"
                   "Projektägare: Exempelby kommun\nBeviljat belopp: 300 000 kr\n", encoding="utf-8")
    report = run_ingest([str(doc)], settings, use_tasks=False)
    assert report.counts["failed"] == 0 and report.counts["projects_found"] == 1
    engine = make_engine(settings.database_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name, case_number, total_funding_sek FROM v_projects")).all()
    engine.dispose()
    assert rows == [("Bryggan vid sjön", "2031-555", 500000)]  # the second statement's grant is kept


def test_a_document_over_the_extraction_budget_is_one_failure_and_the_run_goes_on(settings, tmp_path):
    from dataclasses import replace

    huge = tmp_path / "enorm.txt"
    huge.write_text("Projektet Bryggan leds av Exempelby kommun. " * 2000, encoding="utf-8")  # about 90,000 characters
    small = tmp_path / "liten.txt"
    small.write_text("Bryggan i byn\n\nProjektägare: Exempelby kommun\nProjektperiod: 2031-01-01 – 2031-12-31\n",
                     encoding="utf-8")
    report = run_ingest([str(huge), str(small)], replace(settings, max_text_chars=50_000))
    assert report.counts["failed"] == 1 and report.counts["new"] == 1
    [(url, stage, reason)] = report.failures
    assert url.endswith("enorm.txt") and stage == "extract" and "over the extraction budget" in reason


def test_connections_dropped_by_postgresql_mid_run_are_healed_and_the_run_completes(postgres_url, tmp_path):
    """The server ends the run's connection just as a document is looked up, after the pool has handed it out
    (a restart, a failover): the run heals and loads all documents, with no failure and no raw error."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from pipeline.config import Settings

    settings = Settings(database_url=postgres_url, raw_dir=tmp_path / "raw")
    reference = run_ingest([str(EXAMPLES)], Settings(database_url=f"sqlite:///{tmp_path / 'ref.db'}",
                                                     raw_dir=tmp_path / "raw-ref"), use_tasks=False)
    admin = make_engine(postgres_url.rsplit("/", 1)[0] + "/postgres")
    dropped = []

    def drop_before_lookup(conn, cursor, statement, parameters, context, executemany):
        if conn.dialect.name != "postgresql" or "FROM documents" not in statement \
                or conn.engine.url.database != postgres_url.rsplit("/", 1)[1]:
            return
        dropped.append(statement)
        if len(dropped) % 3 == 1:  # the first look-up of every third
            pid = conn.connection.dbapi_connection.info.backend_pid
            with admin.connect() as a:
                a.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
                a.commit()

    event.listen(Engine, "before_cursor_execute", drop_before_lookup)
    try:
        report = run_ingest([str(EXAMPLES)], settings, use_tasks=False)
    finally:
        event.remove(Engine, "before_cursor_execute", drop_before_lookup)
        admin.dispose()
    assert len(dropped) > 6, "connections were dropped along the run"
    assert report.counts["failed"] == 0 and report.counts["new"] == reference.counts["new"]
    assert report.counts["projects_found"] == reference.counts["projects_found"]


def test_a_document_over_its_time_budget_is_one_failure_and_the_run_goes_on(sqlite_url, tmp_path):
    from pipeline.config import Settings

    slow = tmp_path / "seg.txt"  # long enough that reading it takes far longer than its budget
    slow.write_text("\n\n".join(f"Projektet Bryggan {i} leds av Exempelby kommun och pågår 2031-01-01 – "
                                f"2031-12-31 med 100 000 kronor från Europeiska socialfonden." for i in range(3000)),
                    encoding="utf-8")
    small = tmp_path / "liten.txt"
    small.write_text("Bryggan i byn\n\nProjektägare: Exempelby kommun\nProjektperiod: 2031-01-01 – 2031-12-31\n",
                     encoding="utf-8")
    settings = Settings(database_url=sqlite_url, raw_dir=tmp_path / "raw", max_seconds_per_document=0.5)
    report = run_ingest([str(slow), str(small)], settings, use_tasks=False)
    assert report.counts["failed"] == 1 and report.counts["new"] == 1
    [(url, stage, reason)] = report.failures
    assert url.endswith("seg.txt") and stage in ("parse", "extract") and "longer than its budget of 0.5 s" in reason


def test_a_document_the_database_refuses_costs_only_itself_in_a_batch(db_url, tmp_path):
    from flows.common import open_context
    from flows.stages import process_targets
    from pipeline.config import Settings
    from pipeline.sources import resolve

    texts = {"a.txt": "Projektet Ljus i byn\n\nProjektägare: Granby kommun\nProjektperiod: 2031-2032\n",
             "b.txt": "Projektet Nya spår\n\nProjektägare: Åsby kommun\nProjektperiod: 2031-2033\n",
             "c.txt": "Projektet Bastu vid sjön\n\nProjektägare: Lidby kommun\nProjektperiod: 2032-2033\n"}
    for name, body in texts.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    ctx = open_context(Settings(database_url=db_url, raw_dir=tmp_path / "raw"), "ingest")
    engine = make_engine(db_url)
    with engine.begin() as conn:  # the database itself refuses one project's name, as a constraint would
        if db_url.startswith("sqlite"):
            conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON projects WHEN NEW.name = 'Nya spår' "
                              "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
        else:
            conn.execute(text("CREATE OR REPLACE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.name = 'Nya spår' "
                              "THEN RAISE EXCEPTION 'refused' USING ERRCODE = 'check_violation'; END IF; RETURN NEW; "
                              "END $$ LANGUAGE plpgsql"))
            conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON projects FOR EACH ROW EXECUTE FUNCTION refuse()"))
    try:
        outcomes = process_targets(ctx, [t for name in sorted(texts) for t in resolve(str(tmp_path / name))])
    finally:
        with engine.begin() as conn:
            conn.execute(text("DROP TRIGGER refuse" + ("" if db_url.startswith("sqlite") else " ON projects")))
        ctx.close()
    assert [(o.status, o.stage) for o in outcomes] == [("new", None), ("failed", "load"), ("new", None)]
    assert "refused" in (outcomes[1].error or "")
    with Session(engine) as s:
        assert sorted(s.scalars(select(m.Project.name))) == ["Bastu vid sjön", "Ljus i byn"]
        assert s.scalars(select(m.Failure.stage).where(m.Failure.url.like("%b.txt"))).all() == ["load"]
    engine.dispose()
