"""The packages import only downwards: pipeline/ at the bottom, then extractors/, then db/, then flows/ (with
the CLI) on top. An import upwards, or a cycle between packages, fails here with the offending line."""
import ast
from pathlib import Path

from tests.conftest import ROOT

LAYERS = ["pipeline", "extractors", "db", "flows"]
"""Bottom first: a package may import itself and the packages before it."""


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


def test_packages_import_only_downwards():
    upward = []
    for rank, package in enumerate(LAYERS):
        for path in sorted((ROOT / package).rglob("*.py")):
            for line, imported in _imports(path):
                if imported in LAYERS and LAYERS.index(imported) > rank:
                    upward.append(f"{path.relative_to(ROOT)}:{line} imports {imported}")
    assert upward == []


def test_the_layer_test_sees_an_upward_import(tmp_path):
    bad = tmp_path / "example.py"
    bad.write_text("from flows.cli import main\nimport db.models\nfrom . import sibling\n", encoding="utf-8")
    assert [name for _, name in _imports(bad)] == ["flows", "db"]


WRITE_CALLS = {"add", "add_all", "delete", "merge", "begin", "flush", "commit"}
"""Session methods that write (or open a transaction to write): outside db/ they are a second write path."""


def _writes(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WRITE_CALLS
            and isinstance(node.func.value, (ast.Name, ast.Attribute))
            and getattr(node.func.value, "id", getattr(node.func.value, "attr", "")) in ("s", "session", "sessions")]


def test_only_db_writes_to_the_database():
    """flows/ and the layers below call db/writes.py (and db/corrections.py, db/runlock.py) to write."""
    found = [f"{path.relative_to(ROOT)}:{line}" for package in ("pipeline", "extractors", "flows")
             for path in sorted((ROOT / package).rglob("*.py")) for line in _writes(path)]
    assert found == []


def test_the_write_test_sees_a_write(tmp_path):
    bad = tmp_path / "example.py"
    bad.write_text("with ctx.sessions.begin() as s:\n    s.add(row)\n", encoding="utf-8")
    assert _writes(bad) == [1, 2]
