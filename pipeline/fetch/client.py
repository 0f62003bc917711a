"""One httpx client with the fetching concerns as layers: scheme and host checks, robots.txt,
per-host politeness, retries with backoff, conditional GET, a streamed size limit,
and redirects that never leave the allowed domains."""
from __future__ import annotations

import ipaddress
import socket
import time
from time import sleep
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlparse

import httpx

from pipeline.config import Settings
from pipeline.errors import FetchError, TerminalFetchError, TransientFetchError
from pipeline.fetch.retry import backoff_seconds, should_retry
from pipeline.fetch.robots import Robots

MAX_REDIRECTS = 5
MIN_HOST_DELAY = 1.0


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


def _is_private(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            return True
    return False


class Fetcher:
    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None,
                 min_host_delay: float = MIN_HOST_DELAY, allowed_domains: set[str] | None = None):
        self.settings = settings
        self.client = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept-Language": "sv,en;q=0.5"},
            timeout=httpx.Timeout(settings.timeout_seconds, connect=min(10.0, settings.timeout_seconds)),
            follow_redirects=False, transport=transport,
            limits=httpx.Limits(max_connections=2, max_keepalive_connections=2),
        )
        self.robots = Robots(self.client, settings.user_agent)
        self.min_host_delay = min_host_delay
        self.allowed_domains = allowed_domains
        self._last_request: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def _check(self, url: str) -> None:
        parts = urlparse(url)
        if parts.scheme not in ("http", "https"):
            raise TerminalFetchError(url, f"scheme {parts.scheme!r} not allowed")
        host = parts.hostname or ""
        if self.allowed_domains and not any(host == d or host.endswith("." + d) for d in self.allowed_domains):
            raise TerminalFetchError(url, f"host {host} is outside the allowed domains")
        if not self.settings.allow_private_hosts and _is_private(host):
            raise TerminalFetchError(url, f"host {host} is a private or loopback address")

    def _wait_for_host(self, url: str) -> None:
        host = urlparse(url).netloc
        delay = max(self.min_host_delay, self.robots.crawl_delay(url) or 0.0)
        last = self._last_request.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                sleep(pause)
        self._last_request[host] = time.monotonic()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET with retries; FetchError (transient or terminal) when it cannot be had."""
        attempt = 0
        while True:
            try:
                return self._fetch_once(url, etag, last_modified, attempt)
            except FetchError as exc:
                exc.attempts = attempt + 1
                if not isinstance(exc, TransientFetchError) or not should_retry(
                        exc.status, attempt, self.settings.max_retries):
                    raise
                sleep(backoff_seconds(attempt, getattr(exc, "retry_after", None)))
                attempt += 1

    def _fetch_once(self, url: str, etag: str | None, last_modified: str | None, attempt: int) -> FetchResult:
        current = url
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(MAX_REDIRECTS + 1):
            self._check(current)
            if not self.robots.allowed(current):
                raise TerminalFetchError(current, "disallowed by robots.txt")
            self._wait_for_host(current)
            try:
                with self.client.stream("GET", current, headers=headers) as resp:
                    if resp.status_code == 304:
                        return FetchResult(url, current, 304, None, etag=etag, last_modified=last_modified,
                                           not_modified=True, attempts=attempt + 1)
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise TerminalFetchError(current, "redirect without Location", resp.status_code)
                        current = urljoin(current, location)
                        continue
                    if resp.status_code >= 400:
                        err_cls = TransientFetchError if should_retry(resp.status_code, 0, 1) else TerminalFetchError
                        err = err_cls(current, f"HTTP {resp.status_code}", resp.status_code)
                        err.retry_after = resp.headers.get("retry-after")  # type: ignore[attr-defined]
                        raise err
                    declared = int(resp.headers.get("content-length") or 0)
                    if declared > self.settings.max_body_bytes:
                        raise TerminalFetchError(current, f"body of {declared} bytes is over the limit", resp.status_code)
                    chunks, size = [], 0
                    deadline = time.monotonic() + self.settings.total_timeout_seconds
                    for chunk in resp.iter_bytes():
                        if time.monotonic() > deadline:  # a trickling server must not hold the run
                            raise TransientFetchError(current, "total timeout while reading the body",
                                                      resp.status_code)
                        size += len(chunk)
                        if size > self.settings.max_body_bytes:
                            raise TerminalFetchError(current, "body over the size limit", resp.status_code)
                        chunks.append(chunk)
                    return FetchResult(url, current, resp.status_code, b"".join(chunks),
                                       content_type=resp.headers.get("content-type"), etag=resp.headers.get("etag"),
                                       last_modified=resp.headers.get("last-modified"), attempts=attempt + 1)
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise TransientFetchError(current, f"{type(exc).__name__}: {exc}") from exc
        raise TerminalFetchError(url, f"more than {MAX_REDIRECTS} redirects")
