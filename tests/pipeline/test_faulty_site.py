"""A site of 2,000 pages on 127.0.0.1 where one page in twenty is faulty, crawled to the end.

Faults, each on about one page in a hundred: a 500, a connection reset, a body cut short, a redirect loop,
a gzip header over a body that is not gzip, a redirect to a host the source does not allow, and on a few
pages a body that trickles past the time budget (a second server, on 127.0.0.2, that counts what reaches it). Some pages are
in windows-1252 while saying UTF-8, and robots.txt answers with a redirect. The crawl runs in its own process
so that its peak memory is its own.

Every URL the site links is accounted for: a document, or a failure row with its reason. Nothing is
requested from the other host. Memory stays bounded.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from db import models as m
from tests.conftest import ROOT
from tests.http_site import QuietHandler, QuietServer

PAGES = 2000
PER_LIST = 50
LISTS = PAGES // PER_LIST
FAULTS = {0: "500", 17: "reset", 33: "truncated", 49: "loop", 83: "gzip", 91: "elsewhere"}
SLOW_EVERY = 400  # a trickling body costs its whole time budget twice (a timeout is retried): a few suffice
MISDECLARED = 7  # pages in windows-1252 that say UTF-8
MAX_RSS_MB = 700
HTML = "text/html; charset=utf-8"


def fault_of(i: int) -> str | None:
    return "slow" if i % SLOW_EVERY == 66 else FAULTS.get(i % 100)


def _list_page(k: int) -> bytes:
    items = "".join(f"<li><a href='/projekt/{i}'>Projekt {i}</a></li>"
                    for i in range(k * PER_LIST, (k + 1) * PER_LIST))
    nxt = f"<a href='/lista/?sida={k + 2}'>Nästa</a>" if k + 1 < LISTS else ""
    return (f"<html><head><meta charset='utf-8'><title>Projekt, sida {k + 1}</title></head><body>"
            f"<nav><a href='/'>Start</a></nav><main><h1>Våra projekt</h1><ul>{items}</ul><p>{nxt}</p></main>"
            f"</body></html>").encode()


def _project_page(i: int) -> bytes:
    charset = "windows-1252" if i % 100 == MISDECLARED else "utf-8"
    html = (f"<html><head><meta charset='utf-8'><title>Projekt {i}</title></head><body><main>"
            f"<h1>Bygdelyftet {i}</h1><p>Projektägare: Exempelby kommun</p>"
            f"<p>Projektperiod: 2031-01-01 – 2032-12-31</p><p>Beviljat stöd: {100 + i} 000 kronor från "
            f"Europeiska socialfonden.</p><p>Projektet ska ge fler i Åsby och Öby arbete.</p></main></body></html>")
    return html.encode(charset)


class _Handler(QuietHandler):
    def do_GET(self):
        self.server.hits.append(self.path)  # type: ignore[attr-defined]
        if self.server.elsewhere:  # type: ignore[attr-defined]
            return self._send(200, b"<html><body>not to be fetched</body></html>", HTML)
        path = self.path
        if path == "/robots.txt":
            return self._send(302, b"", HTML, {"Location": "/robots-egentlig.txt"})
        if path == "/robots-egentlig.txt":
            return self._send(200, b"User-agent: *\nDisallow: /privat/\n", "text/plain")
        if path.startswith("/lista/"):
            k = int(path.rsplit("=", 1)[1]) - 1 if "sida=" in path else 0
            return self._send(200, _list_page(k), HTML)
        if not path.startswith("/projekt/"):
            return self._send(404, b"finns inte", "text/plain")
        i = int(path.rsplit("/", 1)[1])
        fault = fault_of(i)
        if fault == "500":
            return self._send(500, b"Internal Server Error", "text/plain")
        if fault == "reset":
            return self._reset()
        if fault == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "9000")
            self.end_headers()
            self.wfile.write(_project_page(i)[:200])
            self.close_connection = True
            return None
        if fault == "loop":
            return self._send(302, b"", HTML, {"Location": f"/projekt/{i}?igen={len(self.server.hits)}"})
        if fault == "slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "4000")
            self.end_headers()
            for _ in range(40):  # a byte now and then, never the whole body within the budget
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
            self.close_connection = True
            return None
        if fault == "gzip":
            return self._send(200, _project_page(i), HTML, {"Content-Encoding": "gzip"})
        if fault == "elsewhere":
            return self._send(302, b"", HTML, {"Location": f"http://127.0.0.2:{self.server.other_port}/fel/{i}"})
        return self._send(200, _project_page(i), HTML)

def _serve(host: str, elsewhere: bool, other_port: int = 0) -> QuietServer:
    server = QuietServer((host, 0), _Handler)
    server.hits = []  # type: ignore[attr-defined]
    server.elsewhere = elsewhere  # type: ignore[attr-defined]
    server.other_port = other_port  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


CRAWL = """
import json, sys
from flows.ingest_run import run_ingest
from pipeline.config import Settings
settings = Settings(database_url=sys.argv[1], raw_dir=sys.argv[2], private_hosts=("127.0.0.1",), max_retries=1,
                    timeout_seconds=1.0, total_timeout_seconds=2.0)
report = run_ingest([], settings, sources_file=sys.argv[3])
print(json.dumps(report.as_dict()["counts"]))
"""


@pytest.mark.slow
def test_a_crawl_of_two_thousand_pages_with_faults_accounts_for_every_url(tmp_path):
    other = _serve("127.0.0.2", elsewhere=True)
    site = _serve("127.0.0.1", elsewhere=False, other_port=other.server_address[1])
    url = f"http://127.0.0.1:{site.server_address[1]}"
    toml = tmp_path / "sources.toml"
    toml.write_text(f"""
[[source]]
name = "felsajt"
start_urls = ["{url}/lista/?sida=1"]
follow = ['/projekt/.+']
allowed_domains = ["127.0.0.1"]
max_depth = 2
max_pages = {PAGES + LISTS + 10}
delay_seconds = 0
private_hosts = ["127.0.0.1"]
""", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'crawl.db'}"
    try:
        crawl = subprocess.run([sys.executable, "-c", CRAWL, db, str(tmp_path / "raw"), str(toml)],
                               env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                               timeout=900)
    finally:
        site.shutdown()
        other.shutdown()
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    counts = json.loads(crawl.stdout.strip().splitlines()[-1])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    linked = {f"{url}/projekt/{i}" for i in range(PAGES)} | {f"{url}/lista/?sida={k + 1}" for k in range(LISTS)}
    engine = create_engine(db)
    with Session(engine) as s:
        documents = set(s.scalars(select(m.Document.url)))
        failures: dict[str, str] = {f.url: f"{f.stage}: {f.error}" for f in s.scalars(select(m.Failure))}
        projects = s.scalar(select(m.Project.id).order_by(m.Project.id.desc()).limit(1)) or 0
    engine.dispose()

    unaccounted = linked - documents - set(failures)
    assert not unaccounted, sorted(unaccounted)[:10]
    faulty = {f"{url}/projekt/{i}" for i in range(PAGES) if fault_of(i) and fault_of(i) != "gzip"}
    assert faulty <= set(failures), sorted(faulty - set(failures))[:10]
    assert all(failures[u].strip() for u in faulty)  # each with its reason
    healthy = {f"{url}/projekt/{i}" for i in range(PAGES) if not fault_of(i)}
    assert healthy <= documents, sorted(healthy - documents)[:10]
    assert projects >= len(healthy), "every healthy page describes its project"
    assert other.hits == [], "nothing is requested from a host the source does not allow"
    assert counts["failed"] >= len(faulty)
    assert peak_mb < MAX_RSS_MB, f"peak RSS {peak_mb:.0f} MB"
