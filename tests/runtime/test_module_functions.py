"""FUNCTION MODULE-SOURCE and MODULE-PATH against cobc 3.1.2 (MODULE-CALLER-ID: probe
``functions_module_caller``). cobc's MODULE-SOURCE is the source's name as given to cobc; the
engine's is the source's path from the run's folder, the same for a program compiled where it
runs. cobc's MODULE-PATH is the executable's absolute path, the engine's the source's (it runs
the source itself): a deliberate difference (docs/interpreter.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. modpath.
       PROCEDURE DIVISION.
           DISPLAY FUNCTION MODULE-SOURCE.
           DISPLAY FUNCTION MODULE-PATH.
           STOP RUN.
"""
REPO = Path(__file__).resolve().parents[2]
_CLI = "import sys; from idrs_sandbox.cli.main import main; sys.exit(main())"


def _engine(folder: Path, source: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-c", _CLI, "cobol", "run", source]
    done = subprocess.run(command, cwd=folder, capture_output=True, check=True, env=env)
    return done.stdout.decode().splitlines()


def test_source_and_path_beside_cobcs(cobc: str, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "modpath.cob").write_text(PROGRAM)
    subprocess.run([cobc, "-x", "-o", "modpath", "sub/modpath.cob"], cwd=tmp_path, check=True)
    real = subprocess.run(["./modpath"], cwd=tmp_path, capture_output=True, check=True)
    source, path = real.stdout.decode().splitlines()
    assert (source, path) == ("sub/modpath.cob", str(tmp_path.resolve() / "modpath"))
    ours = _engine(tmp_path, "sub/modpath.cob")
    assert ours == [source, str(tmp_path.resolve() / "sub" / "modpath.cob")]


def test_a_source_elsewhere_is_named_by_its_absolute_path(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "run").mkdir()
    (tmp_path / "src" / "modpath.cob").write_text(PROGRAM)
    absolute = str(tmp_path.resolve() / "src" / "modpath.cob")
    assert _engine(tmp_path / "run", "../src/modpath.cob") == [absolute, absolute]
