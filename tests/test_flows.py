"""The Prefect flows in process, under prefect_test_harness (one temporary Prefect API for the
session): the ingest flow's report as its return value and as a markdown artifact, and the
task function called directly."""
import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.common import close_run, open_context
from flows.ingest import ingest, process_documents
from flows.report import RunReport
from pipeline.config import Settings
from pipeline.sources import resolve
from tests.conftest import DEV


@pytest.fixture(scope="session")
def prefect_api():
    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.mark.shared_corpus
def test_ingest_flow_reports_counts_and_an_artifact(prefect_api, tmp_path, monkeypatch):
    from prefect.client.orchestration import get_client

    monkeypatch.setenv("KOMPETENS_DATABASE_URL", f"sqlite:///{tmp_path / 'f.db'}")
    monkeypatch.setenv("KOMPETENS_RAW_DIR", str(tmp_path / "raw"))
    first = ingest([str(DEV)])
    assert first["counts"]["new"] == 5 and first["counts"]["projects_found"] == 12
    second = ingest([str(DEV)])
    assert second["counts"] == {"unchanged": 5} and "parse" not in second["seconds"]

    async def artifacts():
        async with get_client() as client:
            return await client.read_artifacts()

    import asyncio

    reports = [a for a in asyncio.run(artifacts()) if a.key == "ingest-report"]
    assert reports and any("5 unchanged" in a.data and "nothing was parsed" in a.data for a in reports)


@pytest.mark.shared_corpus
def test_task_function_called_directly(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 't.db'}", raw_dir=tmp_path / "raw")
    ctx = open_context(settings, "ingest")
    try:
        outcomes = process_documents.fn(settings, ctx.run_id, resolve(str(DEV / "003_fe361a456e0f8261.txt")))
    finally:
        close_run(ctx, RunReport(), "completed")
    assert [(o.status, o.projects) for o in outcomes] == [("new", 1)]


@pytest.mark.shared_corpus
def test_the_flow_takes_its_settings_as_a_parameter_not_from_the_environment(prefect_api, tmp_path, monkeypatch):
    import json

    monkeypatch.delenv("KOMPETENS_DATABASE_URL", raising=False)
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'p.db'}", raw_dir=tmp_path / "raw",
                        store_contacts=False, private_hosts=("127.0.0.1:8080",), max_seconds_per_document=30.0)
    params = json.loads(json.dumps(settings.to_params()))  # as a flow run's parameters travel
    assert Settings.from_params(params) == settings
    result = ingest([str(DEV)], settings=params)
    assert result["counts"]["new"] == 5
    assert (tmp_path / "p.db").exists() and not (tmp_path / "kompetens.db").exists()
