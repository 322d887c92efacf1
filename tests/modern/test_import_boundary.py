"""The modern engine never imports the COBOL front end, the runtime or the gnucobol engine
(docs/architecture.md, "Forbidden imports")."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import idrs_sandbox.modern

FORBIDDEN = ("idrs_sandbox.cobol", "idrs_sandbox.runtime", "idrs_sandbox.engines.gnucobol")
MODERN_DIR = Path(idrs_sandbox.modern.__file__).parent


def imported_modules(path: Path) -> set[str]:
    """Absolute names of every module an ``import`` / ``from … import`` in ``path`` names."""
    package = "idrs_sandbox.modern"
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0]
                base = f"{parent}.{node.module}" if node.module else parent
            else:
                base = node.module or ""
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def is_forbidden(name: str) -> bool:
    return any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)


def test_the_scanner_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from idrs_sandbox.cobol import copybook\nimport idrs_sandbox.runtime.x\n")
    assert {name for name in imported_modules(sample) if is_forbidden(name)} == {
        "idrs_sandbox.cobol",
        "idrs_sandbox.cobol.copybook",
        "idrs_sandbox.runtime.x",
    }


def test_no_modern_module_imports_cobol_runtime_or_gnucobol() -> None:
    sources = sorted(MODERN_DIR.rglob("*.py"))
    assert sources, "no modern sources found"
    offenders = {
        f"{path.name}: {name}"
        for path in sources
        for name in imported_modules(path)
        if is_forbidden(name)
    }
    assert offenders == set()


def test_loading_the_modern_engine_loads_none_of_them() -> None:
    # A fresh interpreter, so modules other tests imported do not count.
    probe = (
        "import sys, pkgutil, importlib, idrs_sandbox.modern as m\n"
        "for info in pkgutil.walk_packages(m.__path__, 'idrs_sandbox.modern.'):\n"
        "    importlib.import_module(info.name)\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert [name for name in loaded if is_forbidden(name)] == []
