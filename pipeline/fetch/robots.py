"""robots.txt, fetched once per host and obeyed (Crawl-delay included)."""
from __future__ import annotations

from urllib.parse import urlparse
from urllib.robotparser import RobotFileParser

import httpx


class Robots:
    def __init__(self, client: httpx.Client, user_agent: str):
        self.client = client
        self.user_agent = user_agent
        self.parsers: dict[str, RobotFileParser | None] = {}

    def _parser(self, url: str) -> RobotFileParser | None:
        parts = urlparse(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self.parsers:
            parser: RobotFileParser | None = None
            try:
                resp = self.client.get(f"{host}/robots.txt", follow_redirects=True)
                if resp.status_code == 200:
                    parser = RobotFileParser()
                    parser.parse(resp.text.splitlines())
                elif resp.status_code in (401, 403):
                    parser = RobotFileParser()
                    parser.disallow_all = True
            except httpx.HTTPError:
                parser = None  # no robots.txt reachable: allowed, as crawlers agree
            self.parsers[host] = parser
        return self.parsers[host]

    def allowed(self, url: str) -> bool:
        parser = self._parser(url)
        return parser is None or parser.can_fetch(self.user_agent, url)

    def crawl_delay(self, url: str) -> float | None:
        parser = self._parser(url)
        delay = parser.crawl_delay(self.user_agent) if parser else None
        return float(delay) if delay is not None else None
