"""After a rule change, `reprocess` re-extracts from the raw store with no network and lists
what changed."""
import pytest
import re

import httpx

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db import models as m
from db.session import make_engine
from extractors import labels, prose
from flows.ingest import run_ingest
from db.changes import describe_changes
from flows.reprocess_run import run_reprocess
from pipeline.config import Settings
from tests.http_site import Site


@pytest.fixture
def label_memory():
    """The label look-ups remember their answers; a test that changes the rules forgets them after."""
    yield
    labels.label_field.cache_clear()
    labels.exact_label_field.cache_clear()


def test_rule_change_then_reprocess_updates_without_fetching(tmp_path, monkeypatch, label_memory):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'r.db'}", raw_dir=tmp_path / "raw",
                        private_hosts=("127.0.0.1",))
    with Site() as site:
        urls = [f"{site.url}/projekt/kompetenslyftet", f"{site.url}/projekt/norrsken"]
        first = run_ingest(urls, settings, use_tasks=False)
    assert first.counts["new"] == 2
    engine = make_engine(settings.database_url)
    with Session(engine) as s:
        fetches = s.scalar(select(func.count()).select_from(m.Fetch))

    # the rule change: "Projektperiod" is no longer read as the project's period, as a label or in a sentence
    monkeypatch.setattr(labels, "_COMPILED", [(f, rx) for f, rx in labels._COMPILED if f != "period"])
    monkeypatch.setattr(labels, "_COMPILED_STEMS", [(f, rx) for f, rx in labels._COMPILED_STEMS if f != "period"])
    monkeypatch.setattr(prose, "PERIOD_RULES", [(r, rx) for r, rx in prose.PERIOD_RULES if r != "prose.period.label_inline"])
    labels.label_field.cache_clear()  # the look-ups remember answers: new rules come with a new process,
    labels.exact_label_field.cache_clear()  # here with cleared memories (and again after the test)
    report = run_reprocess(settings)  # the site is gone: any fetch would fail

    assert report.counts["changed"] == 2 and report.counts["failed"] == 0
    assert report.counts["values_removed"] == 4  # start and end of two projects
    assert any(re.match(r"- Norrsken i Övertorneå · start_date: .*2024-01-01", line) for line in report.changes)
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(m.Fetch)) == fetches
        assert s.scalar(select(func.count()).select_from(m.Project)) == 2
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM v_projects WHERE start_date IS NOT NULL")).scalar() == 0
        # the windows-1252 page decodes alike from the archive: its name keeps its letters
        assert conn.execute(text("SELECT name FROM v_projects WHERE name LIKE 'Norrsken%'")).scalar() \
            == "Norrsken i Övertorneå"
    engine.dispose()


@pytest.mark.shared_corpus
def test_reprocess_filters_by_document_and_source(tmp_path):
    from tests.conftest import DEV

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'f.db'}", raw_dir=tmp_path / "raw")
    run_ingest([str(DEV)], settings, use_tasks=False)
    assert run_reprocess(settings, document="003_").counts["changed"] == 1
    assert run_reprocess(settings, source=str(DEV)).counts["changed"] == 5
    assert run_reprocess(settings, source="ingen-sådan").counts["changed"] == 0


def test_change_report_says_added_removed_and_changed():
    before = {("Alfa", "owner"): {"Region Skåne"}, ("Alfa", "partners"): {"Lunds kommun"}, ("Beta", "name"): {"Beta"}}
    after = {("Alfa", "owner"): {"Region Skåne län"}, ("Alfa", "partners"): {"Lunds kommun", "Malmö stad"},
             ("Gamma", "name"): {"Gamma"}}
    lines, counts = describe_changes(before, after)
    assert counts == {"projects_added": 1, "projects_removed": 1, "values_changed": 1, "values_added": 1}
    assert "~ Alfa · owner: Region Skåne → Region Skåne län" in lines and "+ Alfa · partners: Malmö stad" in lines


def test_change_report_hides_contact_persons_unless_asked():
    before = {("Alfa", "contacts"): {'{"name": "Eva Exempel", "email": "eva@example.se"}'}}
    after = {("Alfa", "contacts"): {'{"name": "Eva Exempel", "email": "eva.exempel@example.se"}'}}
    lines, counts = describe_changes(before, after)
    assert counts == {"values_changed": 1}
    assert "eva" not in " ".join(lines).casefold() and "personal data hidden" in lines[0]
    shown, _ = describe_changes(before, after, show_personal=True)
    assert "eva.exempel@example.se" in shown[0]


def test_raw_store_alone_rebuilds_a_new_database_with_no_network(tmp_path, monkeypatch):
    """Ingest a site, then reprocess into a database that does not exist yet, with every connection refused:
    the same projects, sources and provenance come back from raw/ and its manifest."""
    import socket

    from db.export import export_projects

    raw = tmp_path / "raw"
    first = Settings(database_url=f"sqlite:///{tmp_path / 'first.db'}", raw_dir=raw, private_hosts=("127.0.0.1",))
    with Site() as site:
        urls = [f"{site.url}/projekt/kompetenslyftet", f"{site.url}/projekt/norrsken", f"{site.url}/projekt/framtidsvagen"]
        assert run_ingest(urls, first, use_tasks=False).counts["new"] == 3

    def no_network(*args, **kwargs):
        raise AssertionError("reprocess must not open a connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    rebuilt = Settings(database_url=f"sqlite:///{tmp_path / 'rebuilt.db'}", raw_dir=raw)
    report = run_reprocess(rebuilt)
    assert report.counts["new"] == 3 and report.counts["failed"] == 0
    assert any("rebuilt from" in note for note in report.notes)

    def exported(settings):
        engine = make_engine(settings.database_url)
        with Session(engine) as s:
            projects = export_projects(s, include_contacts=True)
        engine.dispose()
        return sorted((p["name"], p["owner"], p["start_date"], tuple(p["sources"]),
                       tuple(sorted(p["provenance"]))) for p in projects)

    assert exported(rebuilt) == exported(first) and len(exported(first)) == 3


def test_the_archive_opens_in_warc_tools_with_every_version_read(tmp_path):
    """`kompetens archive --warc` writes raw/ and its manifest as WARC: a response record with its HTTP headers
    for each page fetched, a resource record for a local file, a revisit for a body read again elsewhere."""
    from warcio.archiveiterator import ArchiveIterator

    from tests.test_cli import _run

    raw = tmp_path / "raw"
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'w.db'}", raw_dir=raw, private_hosts=("127.0.0.1",))
    local = tmp_path / "kopia.html"
    with Site() as site:
        urls = [f"{site.url}/projekt/kompetenslyftet", f"{site.url}/projekt/norrsken"]
        local.write_bytes(httpx.get(urls[0]).content)
        assert run_ingest([*urls, str(local)], settings, use_tasks=False).counts["new"] == 3
    out = tmp_path / "arkiv.warc.gz"
    done = _run(["archive", "--raw-dir", str(raw), "--warc", str(out)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2 responses" in done.stdout and "1 revisits" in done.stdout
    records = {}
    with open(out, "rb") as fh:
        for record in ArchiveIterator(fh):
            records[record.rec_headers.get_header("WARC-Target-URI")] = (
                record.rec_type, record.http_headers.get_header("Content-Type") if record.http_headers else None,
                record.content_stream().read())
    kind, ctype, body = records[urls[1]]
    assert kind == "response" and "windows-1252" in ctype and "Norrsken".encode() in body
    assert records[local.as_uri()][0] == "revisit"  # the same bytes as the first page, not stored again
