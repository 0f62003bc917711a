"""A page's links, in one place for both readers of HTML: the parser (a new or changed page, read once
with its blocks) and the crawl's quick lxml reading of an unchanged page from the raw store.

Each reader hands over the page's anchors as (tag, href, rel, text); `page_links` makes them absolute,
drops fragments, other schemes and malformed URLs, and marks pagination and PDFs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable
from urllib.parse import parse_qsl, urldefrag, urljoin, urlparse

# Anchor texts of "next page" links on Swedish public sites (Sitevision, Episerver, WordPress).
NEXT_TEXT = re.compile(r"^\s*(nästa(\s+sida)?|next|visa fler|fler (projekt|resultat)|»|›|>>?|→)\s*$", re.I)
PAGE_PARAMS = {"page", "sida", "p", "pagenumber", "paged", "start", "offset"}
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "#")
PDF_PATH = re.compile(r"\.pdf$", re.I)

LINKS_VERSION = 1
"""Raised when page_links changes what it returns: links kept beside archived pages (RawStore.keep_links) by
another version are read again."""

Anchor = tuple[str, str, str, str]
"""(tag, href, rel, text) of an <a> or a <link>."""


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    pagination: bool
    pdf: bool


def canonical(url: str) -> str:
    return urldefrag(url)[0]


def _is_page_link(base: str, url: str, text: str, rel: list[str]) -> bool:
    if "next" in rel or NEXT_TEXT.match(text):
        return True
    a, b = urlparse(base), urlparse(url)
    if a.netloc != b.netloc or a.path.rstrip("/") != b.path.rstrip("/"):
        return False
    params = {k.lower() for k, _ in parse_qsl(b.query)}
    return bool(params & PAGE_PARAMS) and text.strip().isdigit()


def page_links(anchors: Iterable[Anchor], base_url: str, base_href: str = "") -> list[Link]:
    """Every http(s) link of a page, absolute and without fragment, in page order, once each."""
    try:
        base = urljoin(base_url, base_href) if base_href else base_url
    except ValueError:
        base = base_url
    seen: set[str] = set()
    links = []
    for tag, href, rel_text, text in anchors:
        href = href.strip()
        if not href or href.lower().startswith(SKIP_SCHEMES):
            continue
        rel = rel_text.lower().split()
        if tag == "link" and "next" not in rel:
            continue
        try:
            url = canonical(urljoin(base, href))
            parts = urlparse(url)
            parts.port  # noqa: B018 - raises on a malformed port, as "http://[2001:db8::1/x" does on its host
        except ValueError:
            continue  # a malformed link is no link: the page's other links still count
        if parts.scheme not in ("http", "https") or not parts.hostname or url in seen:
            continue
        seen.add(url)
        label = " ".join(text.split()) if tag == "a" else ""
        links.append(Link(url, label, _is_page_link(base_url, url, label, rel), bool(PDF_PATH.search(parts.path))))
    return links
