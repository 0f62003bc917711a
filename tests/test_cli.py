"""The kompetens command as a user runs it, Prefect flow included."""
import json
import os
import subprocess
import sys

from tests.conftest import DEV, ROOT


def _run(args, cwd, env=None):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=300)


def test_cli_ingest_through_prefect_then_export(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    first = _run(["ingest", "--db", db, str(DEV)], tmp_path)
    assert first.returncode == 0, first.stderr
    assert "5 new" in first.stdout and "projects found: 12" in first.stdout
    again = _run(["ingest", "--db", db, "--no-prefect", str(DEV)], tmp_path)
    assert "5 unchanged" in again.stdout
    out = tmp_path / "out.json"
    assert _run(["export", "--db", db, "--format", "json", "--output", str(out)], tmp_path).returncode == 0
    projects = json.loads(out.read_text(encoding="utf-8"))["projects"]
    assert len(projects) == 12 and all(p["sources"][0].startswith("file://") for p in projects)
    assert all("provenance" in p for p in projects)
    csv = _run(["export", "--db", db, "--format", "csv"], tmp_path)
    assert csv.stdout.count("\n") >= 13
    ops = json.loads(_run(["export", "--db", db, "--format", "operations"], tmp_path).stdout)["operations"]
    assert any(o["operation_unique_code"] == "22-027-S01" and o["beneficiary_id"] == "5560950825" for o in ops)


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
    result = _run(["db", "upgrade", "--db", f"sqlite:///{tmp_path / 'new.db'}"], tmp_path)
    assert result.returncode == 0 and "revision 0002" in result.stdout
