"""Fetching from a real HTTP server on 127.0.0.1: retries, robots.txt, conditional GET, encodings."""
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipeline.config import Settings
from pipeline.errors import TerminalFetchError
from pipeline.fetch import Fetcher
from pipeline.fetch.retry import backoff_seconds, should_retry

PAGE = ("<html><head><meta charset='windows-1252'><title>Projekt</title></head><body><main><h1>Kompetenslyftet</h1>"
        "<p>Projektägare: Region Örebro län</p><p>Projektperiod: 2023-2025</p><p>" + "Mer text om projektet. " * 10 +
        "</p></main></body></html>").encode("cp1252")


class Site(BaseHTTPRequestHandler):
    hits: dict = {}
    log: list = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        Site.hits[self.path] = Site.hits.get(self.path, 0) + 1
        Site.log.append((self.path, self.headers.get("If-None-Match")))
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /privat/\n", "text/plain")
        elif self.path == "/flaky" and Site.hits[self.path] == 1:
            self._send(500, b"oops", "text/plain")
        elif self.path in ("/flaky", "/page"):
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            self._send(200, PAGE, "text/html; charset=windows-1252", etag='"v1"')
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status, body, ctype, etag=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site():
    Site.hits, Site.log = {}, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def fetcher():
    f = Fetcher(Settings(allow_private_hosts=True, max_retries=2, timeout_seconds=5), min_host_delay=0.0)
    yield f
    f.close()


def test_fetch_retries_500_then_succeeds(site, fetcher):
    result = fetcher.fetch(f"{site}/flaky")
    assert result.status == 200 and result.attempts == 2 and Site.hits["/flaky"] == 2


def test_fetch_no_retry_on_404(site, fetcher):
    with pytest.raises(TerminalFetchError, match="404"):
        fetcher.fetch(f"{site}/missing")
    assert Site.hits["/missing"] == 1


def test_fetch_obeys_robots(site, fetcher):
    with pytest.raises(TerminalFetchError, match="robots"):
        fetcher.fetch(f"{site}/privat/sida")
    assert "/privat/sida" not in Site.hits


def test_fetch_redirect_loop_stops(site, fetcher):
    with pytest.raises(TerminalFetchError, match="redirects"):
        fetcher.fetch(f"{site}/loop")


def test_fetch_etag_round_trip(site, fetcher):
    first = fetcher.fetch(f"{site}/page")
    second = fetcher.fetch(f"{site}/page", etag=first.etag)
    assert second.not_modified and Site.log[-1] == ("/page", '"v1"')


def test_fetch_loopback_refused_unless_allowed(site):
    f = Fetcher(Settings(allow_private_hosts=False), min_host_delay=0.0)
    with pytest.raises(TerminalFetchError, match="private"):
        f.fetch(f"{site}/page")
    f.close()


def test_fetch_retry_decisions():
    assert should_retry(503, 0, 3) and should_retry(None, 0, 3) and should_retry(429, 2, 3)
    assert not should_retry(404, 0, 3) and not should_retry(500, 3, 3)
    assert backoff_seconds(0, retry_after="7") == 7.0


def test_ingest_from_http_then_unchanged(site, tmp_path):
    from flows.ingest import run_ingest

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'web.db'}", raw_dir=tmp_path / "raw",
                        allow_private_hosts=True)
    first = run_ingest([f"{site}/page"], settings, use_tasks=False)
    assert first.counts["new"] == 1 and first.counts["projects_found"] == 1
    second = run_ingest([f"{site}/page"], settings, use_tasks=False)
    assert second.counts["unchanged"] == 1
    assert Site.log[-1] == ("/page", '"v1"')
