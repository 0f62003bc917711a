"""The kompetens command as a user runs it, Prefect flow included."""
import pytest
import json
import os
import subprocess
import sys

from tests.conftest import DEV, EXAMPLES, ROOT


def _run(args, cwd, env=None):
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200", **(env or {})}, timeout=300)


@pytest.mark.shared_corpus
def test_cli_ingest_through_prefect_then_export(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    first = _run(["ingest", "--db", db, "--prefect", str(DEV)], tmp_path)
    assert first.returncode == 0, first.stderr
    assert "5 new" in first.stdout and "projects found: 12" in first.stdout
    assert (tmp_path / ".prefect").is_dir()  # the flow ran through Prefect's temporary API
    again = _run(["ingest", "--db", db, str(DEV)], tmp_path, env={"PREFECT_API_URL": ""})
    assert "5 unchanged" in again.stdout  # with no server configured, the flow's body runs directly
    out = tmp_path / "out.json"
    assert _run(["export", "--db", db, "--format", "json", "--output", str(out)], tmp_path).returncode == 0
    projects = json.loads(out.read_text(encoding="utf-8"))["projects"]
    assert len(projects) == 12 and all(p["sources"][0].startswith("file://") for p in projects)
    assert all("provenance" in p for p in projects)
    csv = _run(["export", "--db", db, "--format", "csv"], tmp_path)
    assert csv.stdout.count("\n") >= 13
    ops = json.loads(_run(["export", "--db", db, "--format", "operations"], tmp_path).stdout)["operations"]
    assert any(o["operation_unique_code"] == "22-027-S01" and o["beneficiary_id"] == "5560950825" for o in ops)


@pytest.mark.shared_corpus
def test_cli_bad_sources_one_line_errors(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    (tmp_path / "notes.docx").write_bytes(b"x")
    bad = _run(["ingest", "--db", db, "--no-prefect", str(tmp_path / "nope"), str(tmp_path / "notes.docx")], tmp_path)
    assert bad.returncode == 1
    assert "no such file" in bad.stderr and "unsupported file type" in bad.stderr
    mixed = _run(["ingest", "--db", db, "--no-prefect", str(tmp_path / "nope"), str(DEV / "003_fe361a456e0f8261.txt")],
                 tmp_path)
    assert mixed.returncode == 0 and "1 new" in mixed.stdout


def test_cli_db_upgrade(tmp_path):
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine, inspect

    from db.session import alembic_config, head_revision

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head_revision() == head  # the quick reading of the migration files agrees with alembic
    result = _run(["db", "upgrade", "--db", f"sqlite:///{tmp_path / 'new.db'}"], tmp_path)
    assert result.returncode == 0 and f"revision {head}" in result.stdout
    engine = create_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert {"projects", "field_values", "sources", "v_projects"} <= set(inspect(engine).get_table_names()
                                                                        + inspect(engine).get_view_names())
    engine.dispose()


def test_cli_crawls_a_sources_file(tmp_path):
    from tests.http_site import Site

    with Site() as site:
        toml = tmp_path / "sources.toml"
        toml.write_text(f'[[source]]\nname = "lokal"\nstart_urls = ["{site.url}/projekt/kompetenslyftet"]\n'
                        'delay_seconds = 0\nprivate_hosts = ["127.0.0.1"]\n', encoding="utf-8")
        db = f"sqlite:///{tmp_path / 'c.db'}"
        result = _run(["ingest", "--db", db, "--no-prefect", "--sources", str(toml)], tmp_path)
        assert result.returncode == 0, result.stderr
        assert "2 new" in result.stdout  # the page and the PDF it links to
        bad = _run(["ingest", "--db", db, "--no-prefect", "--sources", str(toml), "--only", "saknas"], tmp_path)
        assert bad.returncode == 1 and "no source named saknas" in bad.stderr


def test_cli_user_mistakes_are_one_line_with_exit_code_2_and_create_nothing(tmp_path):
    missing = tmp_path / "misspelt.db"
    cases = [
        (["export", "--db", "notaurl"], "is not a database URL"),
        (["export", "--db", f"sqlite:///{missing}"], "no database at"),
        (["reprocess", "--db", f"sqlite:///{missing}"], "no database at"),
        (["reprocess", "--db", f"sqlite:///{missing}", "--since", "lastweek"], "is not a date"),
        (["export", "--db", "mysql://someone@127.0.0.1/x"], "only SQLite and PostgreSQL"),
    ]
    for args, message in cases:
        result = _run(args, tmp_path)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not missing.exists()  # a read command never creates a database


def test_cli_options_before_or_after_the_command_and_version(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    assert _run(["--db", db, "ingest", "--no-prefect", str(EXAMPLES / "003_fe361a456e0f8261.html")], tmp_path).returncode == 0
    out = tmp_path / "x.json"
    assert _run(["--db", db, "export", "-o", str(out)], tmp_path).returncode == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["projects"]) == 1
    missing_folder = _run(["export", "--db", db, "-o", str(tmp_path / "no" / "such" / "x.json")], tmp_path)
    assert missing_folder.returncode == 2 and "does not exist" in missing_folder.stderr
    assert _run(["reprocess", "--db", db, "--since", "yesterday"], tmp_path).returncode == 0
    version = _run(["--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("kompetens ")


def test_cli_unreachable_postgresql_says_so_at_once(tmp_path):
    result = _run(["export", "--db", "postgres://postgres@127.0.0.1:9/none"], tmp_path)  # nothing listens on port 9
    assert result.returncode == 3 and "database unreachable" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_progress_on_a_terminal_json_and_quiet_for_scripts(tmp_path):
    import shutil

    doc = EXAMPLES / "003_fe361a456e0f8261.html"
    as_json = _run(["ingest", "--no-prefect", "--db", f"sqlite:///{tmp_path / 'a.db'}", "--json", str(doc)], tmp_path)
    report = json.loads(as_json.stdout)  # nothing but the report on standard output
    assert report["counts"]["new"] == 1 and report["counts"]["projects_found"] == 1
    quiet = _run(["ingest", "--no-prefect", "--db", f"sqlite:///{tmp_path / 'b.db'}", "-q", str(doc)], tmp_path)
    assert quiet.returncode == 0 and quiet.stdout == "" and "documents" not in quiet.stderr
    piped = _run(["ingest", "--no-prefect", "--db", f"sqlite:///{tmp_path / 'c.db'}", str(doc)], tmp_path)
    assert "1/1" not in piped.stderr  # no progress bar when nobody watches a terminal
    if shutil.which("script") is None:
        return  # util-linux's script gives the command a terminal; without it the rest cannot be shown
    command = " ".join([sys.executable, "-m", "flows.cli", "ingest", "--no-prefect", "--db",
                        f"sqlite:///{tmp_path / 'd.db'}", str(doc)])
    shown = subprocess.run(["script", "-qec", command, "/dev/null"], cwd=tmp_path, capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert "1/1" in shown.stdout and "failed 0" in shown.stdout  # documents done of known, failures so far
