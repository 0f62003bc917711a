"""Datasette on the database: the views are described, internal tables hidden, every canned query runs."""
import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.request

from datasette.app import Datasette

from db.browse import CANNED_QUERIES, DATABASE, metadata
from flows.ingest import run_ingest
from tests.conftest import EXAMPLES, ROOT


def _database(tmp_path, settings_factory):
    db = tmp_path / f"{DATABASE}.db"
    settings = settings_factory(f"sqlite:///{db}")
    run_ingest([str(EXAMPLES)], settings, use_tasks=False)
    return db


def _settings(tmp_path):
    from pipeline.config import Settings

    return lambda url: Settings(database_url=url, raw_dir=tmp_path / "raw")


def test_every_canned_query_runs_and_the_views_come_first(tmp_path):
    db = _database(tmp_path, _settings(tmp_path))
    ds = Datasette([str(db)], metadata=metadata())

    async def check():
        for name in CANNED_QUERIES:
            params = "&owner=Region" if name == "projects_of_owner" else ""
            response = await ds.client.get(f"/{DATABASE}/{name}.json?_shape=array{params}")
            assert response.status_code == 200, (name, response.text)
            rows = response.json()
            assert isinstance(rows, list)
            if name in ("projects_by_owner", "projects_by_year", "projects_by_fund", "projects_by_region"):
                assert rows and sum(r["projects"] for r in rows) >= 1, name
        by_owner = (await ds.client.get(f"/{DATABASE}/projects_by_owner.json?_shape=array")).json()
        assert sum(r["projects"] for r in by_owner) == 12  # the twelve projects of the bundled examples, once each
        page = (await ds.client.get(f"/{DATABASE}.json")).json()
        tables = [t["name"] for t in page["tables"] if not t.get("hidden")]
        views = [v["name"] if isinstance(v, dict) else v for v in page.get("views", [])]
        assert "v_projects" in views and "v_corrections" in views
        assert not {"field_values", "projects", "runs", "contacts"} & set(tables)  # internal tables stay behind
        table = (await ds.client.get(f"/{DATABASE}/v_projects.json?_shape=array&_size=1")).json()
        assert "total_funding_sek" in table[0]

    asyncio.run(check())


def test_kompetens_browse_serves_datasette_on_the_database(tmp_path):
    db = _database(tmp_path, _settings(tmp_path))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "flows.cli", "browse", "--db", f"sqlite:///{db}",
                               "--port", str(port)], cwd=tmp_path, env={"PYTHONPATH": str(ROOT), "PATH": ""},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        body = None
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{DATABASE}/projects_by_year.json?_shape=array",
                                            timeout=2) as response:
                    body = json.loads(response.read())
                break
            except OSError:
                time.sleep(0.2)
        assert body is not None, server.stderr.read() if server.poll() is not None else "no answer"
        assert sum(row["projects"] for row in body) >= 1
    finally:
        server.terminate()
        server.wait(timeout=10)
    with socket.socket() as s:  # stopping the command stops Datasette too: nothing listens any more
        assert s.connect_ex(("127.0.0.1", port)) != 0
