"""SOURCE arguments into fetch targets: http(s) URLs, local files, folders of them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from pipeline.errors import SourceError
from pipeline.parse import SUPPORTED_SUFFIXES


@dataclass(frozen=True)
class Target:
    url: str
    """http(s) URL, or the absolute file:// URL of a local file."""
    path: Path | None = None
    source_name: str | None = None


def resolve(source: str) -> list[Target]:
    """The documents one SOURCE names; SourceError when it names none that can be read."""
    scheme = urlparse(source).scheme.lower()
    if scheme in ("http", "https"):
        return [Target(url=source, source_name=urlparse(source).netloc)]
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
