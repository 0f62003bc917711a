"""One httpx client with the fetching concerns as layers: scheme and host checks, robots.txt,
per-host politeness, retries with backoff, conditional GET, a streamed size limit,
and redirects that never leave the allowed domains. Every request, robots.txt included,
goes through one guarded path (`_request`): each hop's URL is checked before it is asked
for, and the connection itself only goes to an allowed address (pipeline.fetch.guard)."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from time import sleep
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlparse

import httpx

from pipeline.config import Settings
from pipeline.errors import FetchError, TerminalFetchError, TransientFetchError
from pipeline.fetch.guard import RefusedAddress, check_addresses, guarded_transport
from pipeline.fetch.retry import backoff_seconds, should_retry
from pipeline.fetch.robots import MAX_ROBOTS_BYTES, ROBOTS_TOTAL_SECONDS, Robots

MAX_REDIRECTS = 5
MIN_HOST_DELAY = 1.0
HOSTS_AT_ONCE = 4
"""Hosts asked at the same time by fetch_many; each host is still asked one request after another."""
LANES_WITHOUT_DELAY = 2
"""Connections to a host whose politeness delay is 0 (set so for the source, and no robots Crawl-delay)."""


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int
    content: bytes | None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    attempts: int = 1
    headers: dict = field(default_factory=dict)
    seconds: float = 0.0
    """How long the fetch took, retries and politeness waits included."""


class Fetcher:
    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None,
                 min_host_delay: float = MIN_HOST_DELAY, allowed_domains: set[str] | None = None):
        self.settings = settings
        connections = HOSTS_AT_ONCE * LANES_WITHOUT_DELAY
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        self.client = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept-Language": "sv,en;q=0.5"},
            timeout=httpx.Timeout(settings.timeout_seconds, connect=min(10.0, settings.timeout_seconds)),
            follow_redirects=False, transport=transport or guarded_transport(settings.private_hosts, limits=limits),
            limits=limits,
        )
        self.robots = Robots(self._robots_file, settings.user_agent)
        self.min_host_delay = min_host_delay
        self.allowed_domains = allowed_domains
        self._last_request: dict[str, float] = {}
        self._pool: ThreadPoolExecutor | None = None  # one for the whole run: a crawl asks in many small waves

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        self.client.close()

    def _check(self, url: str) -> None:
        """Refuse, before anything is sent, a URL that may not be fetched."""
        try:
            parts = urlparse(url)
            port = parts.port
        except ValueError as exc:  # "http://[2001:db8::1/x"
            raise TerminalFetchError(url, f"malformed URL ({exc})") from exc
        if parts.scheme not in ("http", "https"):
            raise TerminalFetchError(url, f"scheme {parts.scheme!r} not allowed")
        host = (parts.hostname or "").lower()
        if not host:
            raise TerminalFetchError(url, "URL has no host")
        if self.allowed_domains and not any(host == d or host.endswith("." + d) for d in self.allowed_domains):
            raise TerminalFetchError(url, f"host {host} is outside the allowed domains")
        try:
            check_addresses(host, port or (443 if parts.scheme == "https" else 80), self.settings.private_hosts)
        except RefusedAddress as exc:
            raise TerminalFetchError(url, str(exc)) from exc

    def _robots_file(self, url: str) -> tuple[int, bytes]:
        """robots.txt through the same checks as any page: redirects checked hop by hop, a size limit."""
        response = self._request(url, {}, MAX_ROBOTS_BYTES,
                                 total_seconds=min(ROBOTS_TOTAL_SECONDS, self.settings.total_timeout_seconds))
        return response.status, response.content or b""

    def _host_delay(self, url: str) -> float:
        return max(self.min_host_delay, self.robots.crawl_delay(url) or 0.0)

    def _wait_for_host(self, url: str) -> None:
        host = urlparse(url).netloc
        delay = self._host_delay(url)
        last = self._last_request.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                sleep(pause)
        self._last_request[host] = time.monotonic()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET with retries; FetchError (transient or terminal) when it cannot be had."""
        attempt = 0
        started = time.monotonic()
        while True:
            try:
                result = self._fetch_once(url, etag, last_modified, attempt)
                result.seconds = time.monotonic() - started
                return result
            except FetchError as exc:
                exc.attempts = attempt + 1
                exc.seconds = time.monotonic() - started
                if not isinstance(exc, TransientFetchError) or not should_retry(
                        exc.status, attempt, self.settings.max_retries):
                    raise
                sleep(backoff_seconds(attempt, exc.retry_after))
                attempt += 1

    def fetch_many(self, requests: list[tuple[str, str | None, str | None]]) -> list[FetchResult | FetchError]:
        """Conditional GETs (url, etag, last_modified) of many URLs, each one's result or FetchError in the
        order asked. Hosts are asked concurrently, each at its own politeness pace: one request after another,
        or two lanes for a host whose delay is 0. An unchanged night waits for the slowest host, not the sum."""
        out: list[FetchResult | FetchError | None] = [None] * len(requests)
        by_host: dict[str, list[int]] = {}
        for i, (url, _, _) in enumerate(requests):
            by_host.setdefault(urlparse(url).netloc, []).append(i)
        lanes: list[list[int]] = []
        for positions in by_host.values():
            n = LANES_WITHOUT_DELAY if self._delay_is_zero(requests[positions[0]][0]) else 1
            lanes += [positions[k::n] for k in range(n) if positions[k::n]]

        def run(lane: list[int]) -> None:
            for i in lane:
                try:
                    out[i] = self.fetch(*requests[i])
                except FetchError as exc:
                    out[i] = exc
        if len(lanes) <= 1:
            for lane in lanes:
                run(lane)
        else:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=HOSTS_AT_ONCE * LANES_WITHOUT_DELAY,
                                                thread_name_prefix="fetch")
            list(self._pool.map(run, lanes))
        assert all(r is not None for r in out), "every request is in one lane"
        return [r for r in out if r is not None]

    def _delay_is_zero(self, url: str) -> bool:
        try:
            self._check(url)  # robots.txt is asked only of a host that may be asked at all
        except FetchError:
            return False
        return self._host_delay(url) == 0

    def _fetch_once(self, url: str, etag: str | None, last_modified: str | None, attempt: int) -> FetchResult:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        result = self._request(url, headers, self.settings.max_body_bytes, polite=True)
        if result.status == 304:
            return FetchResult(url, result.final_url, 304, None, etag=etag, last_modified=last_modified,
                               not_modified=True, attempts=attempt + 1)
        if result.status >= 400:
            err_cls = TransientFetchError if should_retry(result.status, 0, 1) else TerminalFetchError
            err = err_cls(result.final_url, f"HTTP {result.status}", result.status)
            err.retry_after = result.headers.get("retry-after")
            raise err
        result.attempts = attempt + 1
        return result

    def _request(self, url: str, headers: dict, max_bytes: int, polite: bool = False,
                 total_seconds: float | None = None) -> FetchResult:
        """One GET, its redirects followed by hand, each hop checked before it is asked for; the body read
        up to `max_bytes` (decoded) within the total timeout (`total_seconds`, else the settings')."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            self._check(current)
            if polite:
                if not self.robots.allowed(current):
                    raise TerminalFetchError(current, self.robots.refusal(current))
                self._wait_for_host(current)
            try:
                with self.client.stream("GET", current, headers=headers) as resp:
                    if resp.status_code == 304:
                        resp.read()  # its empty body read to the end: the connection goes back to the pool
                        return FetchResult(url, current, resp.status_code, None, headers=dict(resp.headers))
                    if resp.status_code >= 400:
                        return FetchResult(url, current, resp.status_code, None, headers=dict(resp.headers))
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise TerminalFetchError(current, "redirect without Location", resp.status_code)
                        try:
                            current = urljoin(current, location)
                        except ValueError as exc:
                            raise TerminalFetchError(current, f"malformed redirect ({exc})") from exc
                        continue
                    declared = int(resp.headers.get("content-length") or 0) if \
                        (resp.headers.get("content-length") or "").isdigit() else 0
                    if declared > max_bytes:
                        raise TerminalFetchError(current, f"body of {declared} bytes is over the limit", resp.status_code)
                    chunks, size = [], 0
                    deadline = time.monotonic() + (total_seconds or self.settings.total_timeout_seconds)
                    for chunk in resp.iter_bytes():
                        if time.monotonic() > deadline:  # a trickling server must not hold the run
                            raise TransientFetchError(current, "total timeout while reading the body",
                                                      resp.status_code)
                        size += len(chunk)
                        if size > max_bytes:  # counted after decompression: a gzip bomb stops here
                            raise TerminalFetchError(current, "body over the size limit", resp.status_code)
                        chunks.append(chunk)
                    return FetchResult(url, current, resp.status_code, b"".join(chunks),
                                       content_type=resp.headers.get("content-type"), etag=resp.headers.get("etag"),
                                       last_modified=resp.headers.get("last-modified"), headers=dict(resp.headers))
            except httpx.DecodingError as exc:
                raise TerminalFetchError(current, f"body could not be decoded as its Content-Encoding says ({exc})") from exc
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise TerminalFetchError(current, f"malformed URL ({exc})") from exc
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                if isinstance(exc.__cause__, RefusedAddress):
                    raise TerminalFetchError(current, str(exc.__cause__)) from exc
                raise TransientFetchError(current, f"{type(exc).__name__}: {exc}") from exc
        raise TerminalFetchError(url, f"more than {MAX_REDIRECTS} redirects")
