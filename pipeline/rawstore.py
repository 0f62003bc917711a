"""The raw store: fetched bytes, content-addressed and write-once (raw/ab/abcdef….pdf)."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from pipeline.errors import SystemicError

SUFFIXES = {"pdf": ".pdf", "html": ".html", "text": ".txt"}


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

    def get(self, path: str | Path) -> bytes:
        p = Path(path)
        return (p if p.is_absolute() else self.root.parent / p if not p.exists() else p).read_bytes()
