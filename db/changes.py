"""What a reprocess changed: the projects' values before and after, and the readable difference.

A rule change shows as projects added and removed, and per project the values added, removed or changed;
contact persons are counted, not printed, unless asked for.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from db import models as m

Snapshot = dict[tuple[str, str], set[str]]
"""(project name, field) → the values it has, each as printed (long values cut, with a digest of
the whole so a change past the cut still shows): a whole archive fits in memory."""


def snapshot(sessions: sessionmaker) -> Snapshot:
    """Every project's values by field, as printed: what a reprocess compares before and after."""
    snap: Snapshot = defaultdict(set)
    with sessions() as s:
        rows = s.execute(select(m.Project.name, m.FieldValue.field, m.FieldValue.value_text)
                         .join(m.Project, m.Project.id == m.FieldValue.project_id)
                         .execution_options(yield_per=5000))
        for name, field, value in rows:
            snap[(name, field)].add(_short(value))
    return snap


PERSONAL_FIELDS = ("contacts",)
HIDDEN = "‹personal data hidden›"


def describe_changes(before: Snapshot, after: Snapshot, show_personal: bool = False) -> tuple[list[str], dict[str, int]]:
    """Readable lines and counts of what differs between two snapshots. Contact persons are personal
    data: their names and e-mails are counted but not printed unless asked for."""
    lines: list[str] = []
    counts: dict[str, int] = defaultdict(int)
    projects_before = {name for name, _ in before}
    projects_after = {name for name, _ in after}
    for name in sorted(projects_after - projects_before):
        lines.append(f"+ project {name}")
        counts["projects_added"] += 1
    for name in sorted(projects_before - projects_after):
        lines.append(f"- project {name}")
        counts["projects_removed"] += 1
    for key in sorted(set(before) | set(after)):
        name, field = key
        if name not in projects_before or name not in projects_after:
            continue
        old, new = before.get(key, set()), after.get(key, set())
        if old == new:
            continue
        shown = (lambda v: v) if show_personal or field not in PERSONAL_FIELDS else (lambda v: HIDDEN)
        if len(old) == 1 and len(new) == 1:
            lines.append(f"~ {name} · {field}: {shown(next(iter(old)))} → {shown(next(iter(new)))}")
            counts["values_changed"] += 1
            continue
        for value in sorted(new - old):
            lines.append(f"+ {name} · {field}: {shown(value)}")
            counts["values_added"] += 1
        for value in sorted(old - new):
            lines.append(f"- {name} · {field}: {shown(value)}")
            counts["values_removed"] += 1
    return lines, dict(counts)


def _short(value: str, limit: int = 120) -> str:
    if len(value) <= limit:
        return value
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=4).hexdigest()
    return f"{value[: limit - 12]}… [{digest}]"
