"""The run report: counts, failures with their reasons, time per stage."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from flows.stages import DocOutcome


@dataclass
class RunReport:
    run_id: int | None = None
    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    project_ids: set[int] = field(default_factory=set)
    added_ids: set[int] = field(default_factory=set)

    def add(self, outcome: DocOutcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.load:  # projects, not project-document pairs: the HTML and PDF of one page are one project
            self.project_ids |= outcome.load.project_ids
            self.added_ids |= outcome.load.added_ids
            self.counts["projects_found"] = len(self.project_ids)
            self.counts["projects_added"] = len(self.added_ids)
            self.counts["projects_updated"] = len(self.project_ids - self.added_ids)
        if outcome.status == "failed":
            self.failures.append((outcome.url, outcome.stage or "?", outcome.error or ""))
        for stage, secs in outcome.seconds.items():
            self.seconds[stage] += secs

    def as_dict(self) -> dict:
        return {"run_id": self.run_id, "counts": dict(self.counts), "failures": self.failures, "notes": self.notes,
                "seconds": dict(self.seconds), "changes": self.changes}

    def summary(self) -> str:
        c = self.counts
        return (f"documents: {c['new']} new, {c['changed']} changed, {c['unchanged']} unchanged, {c['failed']} failed; "
                f"projects found: {c['projects_found']} ({c['projects_added']} added)")

    def markdown(self) -> str:
        lines = [f"# Run {self.run_id}", "", self.summary()]
        c = self.counts
        if c["unchanged"] and not (c["new"] or c["changed"]):
            lines += ["", "Nothing changed since the last run: nothing was parsed or extracted."]
        lines += ["", "| stage | seconds |", "|---|---|"]
        lines += [f"| {k} | {v:.2f} |" for k, v in sorted(self.seconds.items())]
        if self.failures:
            lines += ["", "## Failures", "", "| document | stage | reason |", "|---|---|---|"]
            lines += [f"| {u} | {s} | {e} |" for u, s, e in self.failures]
        if self.notes:
            lines += ["", "## Notes", ""] + [f"- {n}" for n in self.notes]
        if self.changes:
            lines += ["", "## Changes", ""] + [f"- {c}" for c in self.changes]
        return "\n".join(lines)
