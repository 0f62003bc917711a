"""The nightly deployment on a real Prefect server on 127.0.0.1: `kompetens serve` registers it
with its cron schedule, a run triggered through the API completes and loads the database."""
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.conftest import DEV, ROOT

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def _get(url):
    try:
        return httpx.get(url, timeout=2)
    except httpx.HTTPError:
        return None


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-server")
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "false", "PREFECT_API_URL": ""}
    log = open(home / "server.log", "w")
    proc = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        _wait(lambda: (r := _get(f"{api}/health")) is not None and r.status_code == 200, 90, "the Prefect server")
        yield api
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


@pytest.mark.shared_corpus
def test_serve_registers_the_nightly_schedule_and_a_triggered_run_completes(prefect_server, tmp_path):
    api = prefect_server
    db = f"sqlite:///{tmp_path / 'nightly.db'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_API_URL": api, "PREFECT_HOME": str(tmp_path / "ph"),
           "PREFECT_RUNNER_POLL_FREQUENCY": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    log = open(tmp_path / "serve.log", "w")
    serve = subprocess.Popen([str(BIN / "kompetens"), "serve", "--db", db, "--raw-dir", str(tmp_path / "raw")],
                             cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        def deployment():
            r = httpx.post(f"{api}/deployments/filter", json={"deployments": {"name": {"any_": ["nightly"]}}},
                           timeout=30)
            return r.json()[0] if r.status_code == 200 and r.json() else None

        dep = _wait(deployment, 90, "the nightly deployment")
        [schedule] = dep["schedules"]
        assert schedule["schedule"]["cron"] == "0 2 * * *"
        assert schedule["schedule"]["timezone"] == "Europe/Stockholm" and schedule["active"]
        assert dep["parameters"]["sources_file"].endswith("sources.toml")

        # the runner polls once it says it serves; a run made before that may wait for the next poll
        _wait(lambda: "being served" in (tmp_path / "serve.log").read_text(), 60, "serve to start polling")
        # a run now, on local files instead of the watched sites (no network in tests)
        def create_run():  # the server answers 503 while its own database is busy: ask again
            r = httpx.post(f"{api}/deployments/{dep['id']}/create_flow_run",
                           json={"parameters": {"sources": [str(DEV)], "sources_file": None}}, timeout=30)
            return r if r.status_code != 503 else None

        resp = _wait(create_run, 60, "the server to accept the flow run")
        assert resp.status_code in (200, 201), resp.text
        run = resp.json()

        def finished():
            r = httpx.get(f"{api}/flow_runs/{run['id']}", timeout=30)
            state = r.json()["state"] if r.status_code == 200 else None
            return state if state and state["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None

        state = _wait(finished, 180, "the flow run")
        assert state["type"] == "COMPLETED", (tmp_path / "serve.log").read_text()[-3000:]
        engine = create_engine(db)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM projects")).scalar() == 12
            assert conn.execute(text("SELECT status FROM runs")).scalar() == "completed"
        engine.dispose()
        artifacts = httpx.post(f"{api}/artifacts/filter", json={"artifacts": {"key": {"any_": ["ingest-report"]}}}).json()
        assert artifacts and "5 new" in artifacts[0]["data"]
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        serve.wait(timeout=30)
        log.close()
