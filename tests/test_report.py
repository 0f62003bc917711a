"""`kompetens report`: one HTML file with charts, checked in a real headless browser (Chromium)."""
import os
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import text

from db.session import make_engine
from flows.ingest_run import run_ingest
from pipeline.config import Settings
from tests.conftest import EXAMPLES, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    db = f"sqlite:///{tmp / 'r.db'}"
    run_ingest([str(EXAMPLES)], Settings(database_url=db, raw_dir=tmp / "raw"))
    out = tmp / "rapport.html"
    result = subprocess.run([sys.executable, "-m", "flows.cli", "report", "--db", db, "--output", str(out)],
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert result.returncode == 0, result.stderr
    return tmp, db, out


def test_the_report_holds_the_views_figures(report):
    _, db, out = report
    page = out.read_text(encoding="utf-8")
    engine = make_engine(db)
    with engine.connect() as conn:
        n, sek = conn.execute(text("SELECT COUNT(*), SUM(total_funding_sek) FROM v_projects")).one()
        years = conn.execute(text("SELECT COUNT(DISTINCT SUBSTR(start_date, 1, 4)) FROM v_projects "
                                  "WHERE start_date IS NOT NULL")).scalar()
    engine.dispose()
    assert f"{n} projekt, {sek / 1e6:.1f} miljoner SEK" in page
    for caption in ("Projekt och finansiering per startår", "Projekt per EU-fond och program", "Projekt per län",
                    "största projektägarna"):
        assert caption in page
    year_table = page.split("per startår</caption>")[1].split("</table>")[0]
    assert year_table.count("<tr><td>") == years
    assert '<script src="http' not in page and "Plotly.newPlot" in page  # its JavaScript inline: opens offline


def test_the_report_draws_its_charts_in_a_browser(report, tmp_path):
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run installs it)")
    _, _, out = report
    profile = tmp_path / "profile"
    dom = subprocess.run([CHROMIUM, *BROWSER_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=10000",
                          "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count('class="main-svg"') >= 4  # Plotly ran and drew every chart
    shot = tmp_path / "rapport.png"
    subprocess.run([CHROMIUM, *BROWSER_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=10000",
                    "--window-size=1200,1600", f"--screenshot={shot}", out.as_uri()],
                   capture_output=True, text=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_report_to_a_missing_folder_is_one_line(report):
    _, db, _ = report
    result = subprocess.run([sys.executable, "-m", "flows.cli", "report", "--db", db, "--output", "/saknas/r.html"],
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert result.returncode == 2 and "does not exist" in result.stderr and "Traceback" not in result.stderr
