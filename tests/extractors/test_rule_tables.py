"""The rule tables are module constants; a second assignment of one name would silently replace the first
for every rule that reads it."""
import re
from collections import Counter
from pathlib import Path

import pytest

PACKAGES = [Path(__file__).resolve().parents[2] / name for name in ("extractors", "pipeline")]


@pytest.mark.parametrize("path", sorted(p for package in PACKAGES for p in package.rglob("*.py")), ids=lambda p: p.name)
def test_each_rule_constant_is_assigned_once(path):
    names = re.findall(r"^([A-Z][A-Z0-9_]+)\s*(?::[^=\n]+)?=", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert [name for name, count in Counter(names).items() if count > 1] == []


@pytest.mark.parametrize("path", sorted(p for package in PACKAGES for p in package.rglob("*.py")), ids=lambda p: p.name)
def test_no_rule_constant_replaces_one_it_imports(path):
    source = path.read_text(encoding="utf-8")
    imported = {name for block in re.findall(r"^from [\w.]+ import \(?([^)\n]*(?:\n[^)\n]*)*?)\)?$", source, re.MULTILINE)
                for name in re.findall(r"\b([A-Z][A-Z0-9_]+)\b", block)}
    assigned = set(re.findall(r"^([A-Z][A-Z0-9_]+)\s*(?::[^=\n]+)?=", source, re.MULTILINE))
    assert sorted(imported & assigned) == []
