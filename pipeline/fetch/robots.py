"""robots.txt, fetched once per host through the fetcher's own guarded path, and obeyed (Crawl-delay included).

As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be
had (5xx, a timeout, a refused address) disallows everything, for the rest of the run.
401 and 403 are taken as a refusal, as most crawlers do. The file is read up to
MAX_ROBOTS_BYTES.
"""
from __future__ import annotations

import threading
from typing import Callable
from urllib.parse import urlparse

from protego import Protego

from pipeline.errors import FetchError

MAX_ROBOTS_BYTES = 512 * 1024
ROBOTS_TOTAL_SECONDS = 15.0
"""Longest time spent reading one robots.txt: a server that trickles it must not hold the run."""


class _Verdict:
    """What one host's robots.txt says: rules parsed, or everything allowed or disallowed."""

    def __init__(self, rules: Protego | None = None, allow_all: bool = False, reason: str = "") -> None:
        self.rules, self.allow_all, self.reason = rules, allow_all, reason

    def allowed(self, url: str, agent: str) -> bool:
        if self.rules is not None:
            return self.rules.can_fetch(url, agent)
        return self.allow_all


class Robots:
    def __init__(self, fetch: Callable[[str], tuple[int, bytes]], user_agent: str):
        """`fetch(url)` returns (status, body) through the fetcher's checks, or raises FetchError."""
        self.fetch = fetch
        self.user_agent = user_agent
        self.verdicts: dict[str, _Verdict] = {}
        self._lock = threading.Lock()  # hosts are fetched from several threads: each robots.txt is read once

    def _verdict(self, url: str) -> _Verdict:
        parts = urlparse(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self.verdicts:
            with self._lock:
                if host not in self.verdicts:
                    self.verdicts[host] = self._read(f"{host}/robots.txt")
        return self.verdicts[host]

    def _read(self, robots_url: str) -> _Verdict:
        try:
            status, body = self.fetch(robots_url)
        except FetchError as exc:
            return _Verdict(allow_all=False, reason=f"robots.txt could not be had ({exc.reason})")
        if status in (401, 403):
            return _Verdict(allow_all=False, reason=f"robots.txt answered {status}")
        if 400 <= status < 500:
            return _Verdict(allow_all=True)
        if status >= 500:
            return _Verdict(allow_all=False, reason=f"robots.txt answered {status}")
        return _Verdict(Protego.parse(body.decode("utf-8", errors="replace")))

    def allowed(self, url: str) -> bool:
        return self._verdict(url).allowed(url, self.user_agent)

    def refusal(self, url: str) -> str:
        """Why a disallowed URL is refused, in words."""
        return self._verdict(url).reason or "disallowed by robots.txt"

    def crawl_delay(self, url: str) -> float | None:
        rules = self._verdict(url).rules
        delay = rules.crawl_delay(self.user_agent) if rules is not None else None
        return float(delay) if delay is not None else None
