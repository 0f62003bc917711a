"""A time budget for the work done on one document (parsing, extraction).

A hostile or pathological document must not hold a run: past its budget, the work is interrupted and the
document becomes a failure row with the reason. The interruption is an alarm signal, so it applies where
signals can be delivered: in the main thread of a process, which is where local runs and the nightly flow
body do their work. Elsewhere (a task runner's threads) the size budgets (max_text_chars, max_pdf_pages)
still hold.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline.errors import KompetensError


class OverBudget(KompetensError):
    def __init__(self, what: str, seconds: float):
        super().__init__(f"{what} took longer than its budget of {seconds:g} s (max_seconds_per_document)")
        self.reason = str(self)


RETRY_SECONDS = 0.05


@contextmanager
def time_budget(seconds: float | None, what: str, budget: float | None = None) -> Iterator[None]:
    """Raise OverBudget inside the block once `seconds` have passed (no budget when None or 0); `budget`, the
    document's whole budget when this block has what is left of it, is the one the reason names."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def _expired(signum, frame):
        # Where the signal lands in code whose exceptions Python ignores (a weakref callback during garbage
        # collection, a __del__), the raise is lost: the alarm is set again, to interrupt the work soon after.
        signal.setitimer(signal.ITIMER_REAL, RETRY_SECONDS)
        raise OverBudget(what, budget or seconds)

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
