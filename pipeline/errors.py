"""The project's exceptions. Callers catch at the level they care about.

    KompetensError
    ├── SourceError          a SOURCE argument that cannot be read (missing path, bad type)
    ├── FetchError           carries .url
    │   ├── TransientFetchError   timeouts, connection resets, 429, 5xx: worth a retry
    │   └── TerminalFetchError    404 and other 4xx, robots.txt disallow, too large, bad scheme
    ├── ParseError           carries .doc and a readable reason (corrupt, encrypted, no text layer)
    ├── SystemicError        database unreachable, raw store unwritable: the run stops
    └── UserError            a command given something it cannot use (a bad URL or date, a missing
                             database or folder): one line saying what to do, no traceback
"""
from __future__ import annotations


class KompetensError(Exception):
    """Base of every error this project raises on purpose."""


class SourceError(KompetensError):
    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(KompetensError):
    def __init__(self, url: str, reason: str, status: int | None = None):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.attempts = 1
        self.retry_after: str | None = None
        """A server's Retry-After, when it sent one."""
        self.seconds = 0.0
        """How long the attempts took."""


class TransientFetchError(FetchError):
    """A fault that may go away: retry with backoff."""


class TerminalFetchError(FetchError):
    """A fault that will not go away by asking again."""


class ParseError(KompetensError):
    def __init__(self, doc: str, reason: str):
        super().__init__(f"{doc}: {reason}")
        self.doc = doc
        self.reason = reason


class SystemicError(KompetensError):
    """The run cannot go on (database or raw store unusable)."""


class UserError(KompetensError):
    """A mistake in what the user asked for; the message says what is wrong and what to do."""
