"""Progress of a long command on a terminal: documents done of those known, the one being read, failures
so far. Silent when the output is not a terminal (cron, pipes, CI) or when asked to be (--quiet, --json)."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from flows.stages import DocOutcome


class DocumentProgress:
    """A rich progress bar fed one outcome at a time; the total grows as a crawl finds pages."""

    def __init__(self) -> None:
        self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("failed {task.fields[failed]}"), TimeElapsedColumn(),
                             TextColumn("{task.fields[current]}"), transient=True,
                             console=Console(stderr=True))
        self._task = self._bar.add_task("documents", total=None, failed=0, current="")
        self._failed = 0

    def __enter__(self) -> DocumentProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc) -> None:
        self._bar.stop()

    def known(self, total: int) -> None:
        """More documents are now known to be read."""
        task = self._bar.tasks[0]
        self._bar.update(self._task, total=(task.total or 0) + total)

    def done(self, outcome: DocOutcome) -> None:
        self._failed += outcome.status == "failed"
        name = outcome.url.rsplit("/", 1)[-1][:60]
        self._bar.update(self._task, advance=1, failed=self._failed, current=name)


ACTIVE: DocumentProgress | None = None
"""The bar of the command running in this process; the ingest body reports to it (flows/ingest_run.py)."""


def progress_for(quiet: bool) -> DocumentProgress | None:
    """A progress bar when a person watches a terminal, else None."""
    if quiet or not sys.stderr.isatty():
        return None
    return DocumentProgress()
