"""The raw store: fetched bytes, content-addressed and write-once (raw/ab/abcdef….pdf), and beside them
`manifest.jsonl`, one line per document version read: its URL, source, the page that linked it,
content type, ETag and Last-Modified, the SHA-256 and the file. With the manifest, raw/ alone rebuilds
the database (`kompetens reprocess --db NEW`), with no network."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from pipeline.errors import SystemicError
from pipeline.parse.links import LINKS_VERSION, Link

SUFFIXES = {"pdf": ".pdf", "html": ".html", "text": ".txt"}
LINKS_SUFFIX = ".links.json"
MANIFEST = "manifest.jsonl"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class RawStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, digest: str, suffix: str = "") -> Path:
        return self.root / digest[:2] / f"{digest}{suffix}"

    def put(self, data: bytes, suffix: str = "") -> tuple[str, Path]:
        """Store the bytes once; never rewrite an existing file. Returns (sha256, path)."""
        digest = sha256(data)
        path = self.path_for(digest, suffix)
        if path.exists():
            return digest, path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            raise SystemicError(f"raw store {self.root} is not writable: {exc}") from exc
        return digest, path

    @staticmethod
    def _links_path(raw_path: Path) -> Path:
        return raw_path.with_name(raw_path.name.split(".")[0] + LINKS_SUFFIX)

    def keep_links(self, raw_path: Path, url: str, links: list[Link]) -> None:
        """Beside an archived page, the links read from it at `url`, so that a crawl that finds it unchanged
        need not read it again. A cache, not the archive: written without fsync, and a lost or unreadable
        one only means the page is read again."""
        data = json.dumps({"version": LINKS_VERSION, "url": url,
                           "links": [[k.url, k.text, k.pagination, k.pdf] for k in links]}, ensure_ascii=False)
        path = self._links_path(raw_path)
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError:
            pass

    def kept_links(self, raw_path: Path, url: str) -> list[Link] | None:
        """The links keep_links kept for this page at this URL, by the current link rules; else None."""
        try:
            data = json.loads(self._links_path(raw_path).read_bytes())
            if data["version"] != LINKS_VERSION or data["url"] != url:
                return None
            return [Link(str(u), str(t), bool(p), bool(d)) for u, t, p, d in data["links"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def record(self, entry: dict) -> None:
        """Append one version's line to the manifest: one write of one line, so that runs and workers that
        append at once do not interleave."""
        line = (json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.manifest_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, line)
            finally:
                os.close(fd)
        except OSError as exc:
            raise SystemicError(f"raw store {self.root} is not writable: {exc}") from exc

    def entries(self) -> list[dict]:
        """Every manifest line that names a URL and a file, in the order read (none without a manifest)."""
        try:
            lines = self.manifest_path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        out = []
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # a line cut by a crash: the versions before and after it still count
            if isinstance(entry, dict) and entry.get("url") and entry.get("file"):
                out.append(entry)
        return out

    def versions(self) -> list[dict]:
        """The newest manifest line of every URL whose file is still in the store, oldest URL first read."""
        latest: dict[str, dict] = {}
        for entry in self.entries():
            latest.pop(entry["url"], None)
            latest[entry["url"]] = entry
        return [e for e in latest.values() if (self.root / e["file"]).exists()]

    def get(self, path: str | Path) -> bytes:
        p = Path(path)
        return (p if p.is_absolute() else self.root.parent / p if not p.exists() else p).read_bytes()
