"""What to read: SOURCE arguments (URLs, files, folders) and the watched sites of sources.toml.

A SOURCE argument names documents directly. A watched source (`[[source]]` in sources.toml)
names start pages and how to crawl from them; pipeline/crawl.py walks it.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from pipeline.errors import SourceError
from pipeline.parse import SUPPORTED_SUFFIXES


@dataclass(frozen=True)
class SourceSpec:
    """One watched site, as declared in sources.toml."""
    name: str
    start_urls: tuple[str, ...]
    follow: tuple[str, ...] = ()
    """Regexes (searched in the absolute URL) of links to follow from a fetched page."""
    exclude: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    """Hosts (and their subdomains) that may be fetched, redirects included; default: the start URLs' hosts."""
    max_depth: int = 2
    max_pages: int = 200
    min_interval_hours: float = 20.0
    """How often the source may be fetched: a run within this time of the last crawl skips it."""
    delay_seconds: float = 1.0
    """Least time between two requests to one host (robots.txt Crawl-delay wins when longer)."""
    follow_pdfs: bool = True
    """Fetch PDFs linked from a project page and tie them to that page."""
    private_hosts: tuple[str, ...] = ()
    """Private hosts this source may fetch, "host" or "host:port" (local mirrors, tests)."""

    def wants(self, url: str) -> bool:
        """A link worth following: matches a follow pattern and no exclude pattern."""
        if any(re.search(p, url) for p in self.exclude):
            return False
        return not self.follow or any(re.search(p, url) for p in self.follow)

    def excluded(self, url: str) -> bool:
        return any(re.search(p, url) for p in self.exclude)

    def on_allowed_domain(self, url: str) -> bool:
        host = (urlparse(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)


@dataclass(frozen=True)
class Target:
    url: str
    """http(s) URL, or the absolute file:// URL of a local file."""
    path: Path | None = None
    source_name: str | None = None
    spec: SourceSpec | None = field(default=None, compare=False)
    depth: int = 0
    parent_url: str | None = None
    """The page that linked to this document (a PDF tied to its project page)."""


def resolve(source: str) -> list[Target]:
    """The documents one SOURCE names; SourceError when it names none that can be read."""
    scheme = urlparse(source).scheme.lower()
    if scheme in ("http", "https"):
        # a loose URL is a source of one page: redirects may not leave its site
        host = (urlparse(source).hostname or "").lower()
        site = host[4:] if host.startswith("www.") else host
        spec = SourceSpec(name=host, start_urls=(source,), allowed_domains=(site,), max_depth=0, max_pages=1)
        return [Target(url=source, source_name=host, spec=spec)]
    if scheme and scheme != "file" and len(scheme) > 1:
        raise SourceError(source, f"unsupported URL scheme {scheme!r} (http, https or a local path)")
    path = Path(urlparse(source).path if scheme == "file" else source).expanduser()
    if not path.exists():
        raise SourceError(source, "no such file or folder")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        if not files:
            raise SourceError(source, "folder holds no .html, .htm, .pdf or .txt files")
        return [Target(url=p.resolve().as_uri(), path=p.resolve(), source_name=str(path)) for p in files]
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise SourceError(source, f"unsupported file type {path.suffix or '(none)'} (.html, .htm, .pdf, .txt)")
    return [Target(url=path.resolve().as_uri(), path=path.resolve(), source_name=str(path.parent))]


_SPEC_KEYS = {"name", "start_urls", "follow", "exclude", "allowed_domains", "max_depth", "max_pages",
              "min_interval_hours", "delay_seconds", "follow_pdfs", "private_hosts"}


def load_sources(path: str | Path, only: list[str] | None = None) -> list[SourceSpec]:
    """The watched sources of a sources.toml; SourceError naming the file and the fault when it is wrong."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(str(path), f"not valid TOML: {exc}") from exc
    specs = []
    for i, entry in enumerate(data.get("source", []), 1):
        where = f"[[source]] number {i}"
        unknown = set(entry) - _SPEC_KEYS
        if unknown:
            raise SourceError(str(path), f"{where}: unknown keys {sorted(unknown)}")
        if not entry.get("name") or not entry.get("start_urls"):
            raise SourceError(str(path), f"{where}: needs a name and start_urls")
        starts = tuple(entry["start_urls"])
        for url in starts:
            if urlparse(url).scheme not in ("http", "https"):
                raise SourceError(str(path), f"{where}: start URL {url!r} is not http(s)")
        for pattern in list(entry.get("follow", [])) + list(entry.get("exclude", [])):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise SourceError(str(path), f"{where}: bad pattern {pattern!r}: {exc}") from exc
        domains = tuple(d.lower() for d in entry.get("allowed_domains", ())) or tuple(
            sorted({(urlparse(u).hostname or "").lower() for u in starts}))
        spec = SourceSpec(name=entry["name"], start_urls=starts, follow=tuple(entry.get("follow", ())),
                          exclude=tuple(entry.get("exclude", ())), allowed_domains=domains,
                          private_hosts=tuple(str(h) for h in entry.get("private_hosts", ())),
                          **{k: entry[k] for k in ("max_depth", "max_pages", "min_interval_hours", "delay_seconds",
                                                   "follow_pdfs") if k in entry})
        specs.append(spec)
    if not specs:
        raise SourceError(str(path), "declares no [[source]]")
    if only:
        missing = set(only) - {s.name for s in specs}
        if missing:
            raise SourceError(str(path), f"no source named {', '.join(sorted(missing))}")
        specs = [s for s in specs if s.name in only]
    return specs
