"""When to retry a request, and how long to wait: pure decisions, tested on their own."""
from __future__ import annotations

import random
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 120.0


def should_retry(status: int | None, attempt: int, max_retries: int) -> bool:
    """Transient faults (no response, 429, 5xx) are retried; other 4xx never."""
    if attempt >= max_retries:
        return False
    return status is None or status in RETRY_STATUSES


def backoff_seconds(attempt: int, retry_after: str | None = None, base: float = 0.5, cap: float = 30.0) -> float:
    """Retry-After when the server gives one, else exponential backoff with full jitter."""
    if retry_after:
        try:
            return min(float(retry_after), MAX_RETRY_AFTER)
        except ValueError:
            try:
                when = parsedate_to_datetime(retry_after)
                return min(max(0.0, (when - datetime.now(timezone.utc)).total_seconds()), MAX_RETRY_AFTER)
            except (TypeError, ValueError):
                pass
    return random.uniform(0, min(cap, base * 2 ** attempt))
