"""online/ reads the master through records/ only: it never imports the COBOL front end, the
runtime, the engines, the modern engine, the oracle, the CLI or training; its layouts equal the
modern engine's (which a test checks against the copybooks)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from idrs_sandbox.modern import layouts as modern_layouts
from idrs_sandbox.online import layouts

ONLINE = Path(__file__).resolve().parents[2] / "src" / "idrs_sandbox" / "online"
FORBIDDEN = {"cobol", "runtime", "engines", "modern", "oracle", "cli", "training", "datagen"}


def test_online_imports_no_forbidden_package() -> None:
    offences = []
    for path in sorted(ONLINE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "idrs_sandbox" and len(parts) > 1 and parts[1] in FORBIDDEN:
                    offences.append(f"{path.name}: {name}")
    assert not offences


@pytest.mark.parametrize("name", ["TAXACCT", "TRANSREC"])
def test_layouts_equal_the_modern_engines(name: str) -> None:
    assert getattr(layouts, name) == modern_layouts.LAYOUTS[name]
