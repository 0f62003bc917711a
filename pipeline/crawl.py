"""Discovery inside a watched source: links out of fetched pages, pagination, linked PDFs,
and a breadth-first frontier bounded by depth and page count.

The crawl does no I/O of its own: the flow hands it each page's bytes (fetched, or read
from the raw store when the page was unchanged) and asks it what to fetch next.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import replace
from urllib.parse import urlparse

import lxml.html
from lxml import etree

from pipeline.parse import header_charset
from pipeline.parse.encoding import decode
from pipeline.parse.links import Link, canonical, page_links
from pipeline.sources import SourceSpec, Target

def links_from_html(data: bytes, base_url: str, content_type: str | None = None) -> list[Link]:
    """Every http(s) link of an archived page (pipeline.parse.links), read with lxml straight, not
    BeautifulSoup: a nightly crawl reads the links of every unchanged page."""
    text = decode(data, header_charset(content_type), is_html=True)[0]
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a str that declares its encoding
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    anchors = ((el.tag, el.get("href") or "", el.get("rel") or "", el.text_content() if el.tag == "a" else "")
               for el in root.iter("a", "link"))
    return page_links(anchors, base_url, root.xpath("string(//base/@href)"))


def _same_section(a: str, b: str) -> bool:
    """The same listing, another page of it: the same path ("?page=2"), or a sibling in the same
    folder ("/projekt/sida/2", "/index/2.html")."""
    pa, pb = urlparse(a), urlparse(b)
    if pa.netloc != pb.netloc:
        return False
    path_a, path_b = pa.path.rstrip("/"), pb.path.rstrip("/")
    if path_a == path_b:
        return True
    (dir_a, last_a), (dir_b, last_b) = path_a.rsplit("/", 1), path_b.rsplit("/", 1)
    # siblings only when the name is a page number: "Nästa" on a news item leads to the next item
    return dir_a == dir_b and bool(re.search(r"\d", last_b)) and bool(re.search(r"\d|^$", last_a))


class Frontier:
    """Breadth-first crawl state of one source: what is queued, what was seen, what is left."""

    def __init__(self, spec: SourceSpec):
        self.spec = spec
        self.queue: deque[Target] = deque()
        self.seen: set[str] = set()
        self.skipped: list[tuple[str, str]] = []
        self._skipped_urls: set[str] = set()
        self.depths: dict[str, int] = {}  # queued URL -> the least depth it was found at
        for url in spec.start_urls:
            self._push(Target(url=url, source_name=spec.name, spec=spec, depth=0))

    def _push(self, target: Target) -> None:
        key = canonical(target.url)
        if key in self.seen:
            if target.depth < self.depths.get(key, target.depth):
                self.depths[key] = target.depth  # found again nearer the start, before it was fetched
            return
        if len(self.seen) >= self.spec.max_pages:
            self._skip(target.url, f"over max_pages={self.spec.max_pages}")
            return
        self.seen.add(key)
        self.depths[key] = target.depth
        self.queue.append(target)

    def pop(self) -> Target | None:
        """The next page, at the least depth any link to it had: what it links to is judged by that depth."""
        if not self.queue:
            return None
        target = self.queue.popleft()
        depth = self.depths.pop(canonical(target.url), target.depth)
        return replace(target, depth=depth) if depth != target.depth else target

    def _skip(self, url: str, reason: str) -> None:
        if url not in self.seen and url not in self._skipped_urls:
            self._skipped_urls.add(url)
            self.skipped.append((url, reason))

    def __bool__(self) -> bool:
        return bool(self.queue)

    def add_links(self, page: Target, links: list[Link], is_project_page: bool) -> int:
        """Queue the links of one fetched page; returns how many were new.

        Pagination stays at the page's depth (a listing's tenth page is as near as its first);
        followed links go one level deeper; PDFs are taken only from pages that describe a
        project, and remember that page.
        """
        before = len(self.queue)
        for link in links:
            if not self.spec.on_allowed_domain(link.url) or self.spec.excluded(link.url):
                continue
            if link.pdf:
                if not self.spec.follow_pdfs:
                    continue
                if not is_project_page:
                    self._skip(link.url, f"a PDF linked from {page.url}, a page that describes no project")
                elif page.depth >= self.spec.max_depth:
                    self._skip(link.url, f"beyond max_depth={self.spec.max_depth} (linked from {page.url})")
                else:
                    self._push(Target(url=link.url, source_name=self.spec.name, spec=self.spec,
                                      depth=page.depth + 1, parent_url=page.url))
            elif link.pagination and (_same_section(page.url, link.url) or self.spec.wants(link.url)):
                self._push(Target(url=link.url, source_name=self.spec.name, spec=self.spec, depth=page.depth,
                                  parent_url=page.parent_url))
            elif self.spec.follow and self.spec.wants(link.url):
                if page.depth >= self.spec.max_depth:
                    self._skip(link.url, f"beyond max_depth={self.spec.max_depth} (linked from {page.url})")
                else:
                    self._push(Target(url=link.url, source_name=self.spec.name, spec=self.spec, depth=page.depth + 1))
        return len(self.queue) - before
