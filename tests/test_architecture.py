"""The import rules of docs/architecture.md, checked on the source: a forbidden import fails."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "idrs_sandbox"

FORBIDDEN: dict[str, tuple[str, ...]] = {
    "modern": ("cobol", "runtime", "engines", "oracle", "cli", "datagen", "training"),
    "records": ("cobol", "runtime", "modern", "engines", "oracle", "cli"),
    "runtime": ("modern", "engines", "oracle", "cli", "datagen", "training"),
    "cobol": ("runtime", "modern", "engines", "oracle", "cli"),
    "engines": ("cli", "oracle", "training"),
    "datagen": ("modern", "runtime", "engines", "oracle", "cli"),
    "oracle": ("cli", "training"),
    "online": ("cobol", "runtime", "engines", "modern", "oracle", "cli", "training", "datagen"),
    "scale": ("modern", "runtime", "oracle", "cli", "training"),
}
"""package -> the sibling packages it must never import (the CLI alone imports everything)."""


def _imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {
        name.split(".")[1]
        for name in names
        if name.startswith("idrs_sandbox.") and name.count(".") >= 1
    }


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_respect_the_architecture(package: str) -> None:
    offences = [
        f"{path.relative_to(PACKAGE)} imports idrs_sandbox.{imported}"
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for imported in sorted(_imported_packages(path) & set(FORBIDDEN[package]))
    ]
    assert not offences, "\n".join(offences)


def test_the_rule_table_names_real_packages() -> None:
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    named = set(FORBIDDEN) | {name for names in FORBIDDEN.values() for name in names}
    assert named <= packages
