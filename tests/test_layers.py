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
