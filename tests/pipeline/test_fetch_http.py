"""Fetching from a real HTTP server on 127.0.0.1: every fault a public server throws at us."""
import threading
import time

import pytest

from pipeline.config import Settings
from pipeline.errors import TerminalFetchError, TransientFetchError
from pipeline.fetch import Fetcher
from pipeline.fetch.retry import backoff_seconds, should_retry
from pipeline.parse import parse_bytes, sniff_type
from tests.http_site import LAST_MODIFIED, QuietHandler, QuietServer, Site


@pytest.fixture
def site():
    with Site() as s:
        yield s


@pytest.fixture
def sleeps(monkeypatch):
    """The waits the fetcher asks for, recorded instead of slept (the backoff is what is tested)."""
    waited: list[float] = []
    monkeypatch.setattr("pipeline.fetch.client.sleep", waited.append)
    return waited


def make_fetcher(**overrides) -> Fetcher:
    options = dict(private_hosts=("127.0.0.1",), max_retries=2, timeout_seconds=5)
    options.update(overrides)
    domains = options.pop("allowed_domains", None)
    return Fetcher(Settings(**options), min_host_delay=0.0, allowed_domains=domains)


@pytest.fixture
def fetcher():
    f = make_fetcher()
    yield f
    f.close()


def test_500_then_200_is_retried_with_backoff(site, fetcher, sleeps):
    result = fetcher.fetch(f"{site.url}/flaky")
    assert result.status == 200 and result.attempts == 2 and site.counts["/flaky"] == 2
    assert len(sleeps) == 1 and 0 <= sleeps[0] <= 0.5


def test_429_waits_as_long_as_retry_after_says(site, fetcher, sleeps):
    result = fetcher.fetch(f"{site.url}/busy")
    assert result.status == 200 and site.counts["/busy"] == 2
    assert sleeps == [1.0]


def test_timeout_is_retried_then_reported(site, sleeps):
    f = make_fetcher(timeout_seconds=0.3, max_retries=1)
    with pytest.raises(TransientFetchError, match="Timeout"):
        f.fetch(f"{site.url}/slow")
    assert site.counts["/slow"] == 2
    f.close()


def test_connection_reset_is_retried(site, fetcher, sleeps):
    result = fetcher.fetch(f"{site.url}/reset")
    assert result.status == 200 and result.attempts == 2 and b"Framtidsv" in result.content


def test_truncated_body_is_an_error_not_a_document(site, fetcher, sleeps):
    with pytest.raises(TransientFetchError):
        fetcher.fetch(f"{site.url}/truncated")
    assert site.counts["/truncated"] == 3  # first try and two retries


def test_no_retry_on_404(site, fetcher, sleeps):
    with pytest.raises(TerminalFetchError, match="404"):
        fetcher.fetch(f"{site.url}/saknas")
    assert site.counts["/saknas"] == 1 and sleeps == []


def test_robots_disallow_is_obeyed_without_asking_for_the_page(site, fetcher):
    with pytest.raises(TerminalFetchError, match="robots"):
        fetcher.fetch(f"{site.url}/privat/sida")
    assert "/privat/sida" not in site.counts and site.counts["/robots.txt"] == 1


def test_redirect_loop_stops_after_five(site, fetcher):
    with pytest.raises(TerminalFetchError, match="redirects"):
        fetcher.fetch(f"{site.url}/loop")
    assert site.counts["/loop"] == 6


def test_redirect_within_domain_followed_and_final_url_kept(site, fetcher):
    result = fetcher.fetch(f"{site.url}/moved")
    assert result.final_url == f"{site.url}/projekt/framtidsvagen" and result.url == f"{site.url}/moved"


def test_redirect_to_another_domain_refused(site):
    f = make_fetcher(allowed_domains={"127.0.0.1"})
    with pytest.raises(TerminalFetchError, match="outside the allowed domains"):
        f.fetch(f"{site.url}/away")
    assert "/projekt/framtidsvagen" not in site.counts
    f.close()


def test_body_over_the_size_limit_is_refused_while_streaming(site, sleeps):
    f = make_fetcher(max_body_bytes=10_000)
    with pytest.raises(TerminalFetchError, match="size limit"):
        f.fetch(f"{site.url}/big")
    assert site.counts["/big"] == 1
    f.close()


def test_wrong_content_type_pdf_is_still_read_as_pdf(site, fetcher):
    result = fetcher.fetch(f"{site.url}/fel-typ")
    assert result.content_type == "text/html"
    assert sniff_type(result.content, result.final_url, result.content_type) == "pdf"
    parsed = parse_bytes(result.content, result.final_url, result.content_type)
    assert "Kompetensmäklar" in parsed.text


def test_windows_1252_page_decodes_swedish_letters(site, fetcher):
    result = fetcher.fetch(f"{site.url}/projekt/norrsken")
    assert "å".encode("cp1252") in result.content  # the bytes really are windows-1252
    parsed = parse_bytes(result.content, result.final_url, result.content_type)
    assert "Norrsken i Övertorneå" in parsed.text and "Projektägare" in parsed.text and "\ufffd" not in parsed.text


def test_etag_round_trip(site, fetcher):
    first = fetcher.fetch(f"{site.url}/projekt/framtidsvagen")
    second = fetcher.fetch(f"{site.url}/projekt/framtidsvagen", etag=first.etag)
    assert first.etag and second.not_modified and second.status == 304
    assert site.requests[-1][1].get("If-None-Match") == first.etag


def test_unchanged_pages_answered_304_share_one_connection(site, fetcher):
    first = fetcher.fetch(f"{site.url}/projekt/framtidsvagen")
    for _ in range(5):  # a nightly run's conditional requests: no new TCP (and TLS) handshake for each
        assert fetcher.fetch(f"{site.url}/projekt/framtidsvagen", etag=first.etag).not_modified
    assert len(site.connections) == 1


def test_last_modified_round_trip(site, fetcher):
    first = fetcher.fetch(f"{site.url}/projekt/framtidsvagen")
    assert first.last_modified == LAST_MODIFIED
    second = fetcher.fetch(f"{site.url}/projekt/framtidsvagen", last_modified=first.last_modified)
    assert second.not_modified and site.requests[-1][1].get("If-Modified-Since") == LAST_MODIFIED


def test_loopback_refused_unless_allowed(site):
    f = Fetcher(Settings(), min_host_delay=0.0)
    with pytest.raises(TerminalFetchError, match="private"):
        f.fetch(f"{site.url}/projekt/")
    assert site.requests == []
    f.close()


def test_only_http_and_https(fetcher):
    with pytest.raises(TerminalFetchError, match="scheme"):
        fetcher.fetch("ftp://127.0.0.1/fil.pdf")


def test_user_agent_is_honest(site, fetcher):
    fetcher.fetch(f"{site.url}/projekt/")
    agent = site.requests[-1][1].get("User-Agent", "")
    assert agent.startswith("kompetens/") and "+http" in agent


def test_retry_decisions():
    assert should_retry(503, 0, 3) and should_retry(None, 0, 3) and should_retry(429, 2, 3)
    assert not should_retry(404, 0, 3) and not should_retry(500, 3, 3)
    assert backoff_seconds(0, retry_after="7") == 7.0
    assert all(0 <= backoff_seconds(4) <= 8.0 for _ in range(50))


def test_a_loose_url_may_not_redirect_off_its_site(site, tmp_path):
    from flows.ingest_run import run_ingest

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'l.db'}", raw_dir=tmp_path / "raw",
                        private_hosts=("127.0.0.1",))
    report = run_ingest([f"{site.url}/away", f"{site.url}/moved"], settings)
    reasons = {url.rsplit("/", 1)[1]: error for url, _, error in report.failures}
    assert "outside the allowed domains" in reasons["away"] and report.counts["new"] == 1  # /moved stays on site


class _Timed(QuietHandler):
    """Answers after a short wait, noting when each request was being served."""

    def do_GET(self):
        started = time.monotonic()
        if self.path == "/robots.txt":
            return self._send(404, b"", "text/plain")
        time.sleep(0.2)
        self.server.spans.append((self.path, started, time.monotonic()))  # type: ignore[attr-defined]
        self._send(200, b"<html><body><p>Sida</p></body></html>", "text/html")


def _timed_server():
    server = QuietServer(("127.0.0.1", 0), _Timed)
    server.spans = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _overlap(spans) -> bool:
    spans = sorted(spans, key=lambda s: s[1])
    return any(b[1] < a[2] for a, b in zip(spans, spans[1:]))


def test_fetch_many_asks_hosts_at_once_but_each_polite_host_one_request_at_a_time():
    one, two = _timed_server(), _timed_server()
    urls = [f"http://127.0.0.1:{srv.server_address[1]}/sida-{i}" for srv in (one, two) for i in range(2)]
    fetcher = Fetcher(Settings(private_hosts=("127.0.0.1",)), min_host_delay=0.05)
    try:
        results = fetcher.fetch_many([(u, None, None) for u in urls])
        assert [r.status for r in results] == [200, 200, 200, 200]  # each answer in the order asked
        assert [r.url for r in results] == urls
        assert not _overlap(one.spans) and not _overlap(two.spans)  # a host with a delay: one after another
        assert _overlap(one.spans + two.spans)  # but the two hosts at the same time
        eager = Fetcher(Settings(private_hosts=("127.0.0.1",)), min_host_delay=0.0)
        one.spans.clear()
        eager.fetch_many([(u, None, None) for u in urls[:2]])
        assert _overlap(one.spans)  # a host whose delay is 0 gets two connections
        eager.close()
    finally:
        fetcher.close()
        for srv in (one, two):
            srv.shutdown()
            srv.server_close()
