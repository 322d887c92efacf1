"""Fixtures for the record-layer tests: compile and run a probe COBOL program with the real cobc.

Probe programs write records holding known values and DISPLAY what they hold; the tests decode the
written bytes with our codec and compare with what GnuCOBOL displayed (the measured truth).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from idrs_sandbox.engines.cobc import compile_program, run_program
from idrs_sandbox.paths import copybook_dir

ProbeRunner = Callable[[str, str], tuple[str, Path]]


@pytest.fixture
def run_probe(cobc: str, tmp_path: Path) -> ProbeRunner:
    """``run_probe(source_text, name) -> (stdout, run folder)``: compile (cached by content) and
    run in a fresh folder, with the project's copybooks on the copy path; fails on a non-zero
    return code."""

    def run(source: str, name: str) -> tuple[str, Path]:
        program = tmp_path / f"{name}.cbl"
        program.write_text(source)
        executable = compile_program(program, (copybook_dir(),))
        folder = tmp_path / f"{name}-run"
        folder.mkdir()
        ran = run_program(executable, cwd=folder)
        assert ran.return_code == 0, ran.stderr.decode(errors="replace")
        return ran.stdout.decode("latin-1"), folder

    return run


def indent_cobol(statements: list[str], column: int = 12) -> str:
    """Indent lines to ``column`` and refuse any that would run past column 72 (cobc would
    silently drop the rest)."""
    lines = []
    for statement in statements:
        line = " " * (column - 1) + statement
        assert len(line) <= 72, f"probe line too long for fixed format: {statement}"
        lines.append(line)
    return "\n".join(lines)


@pytest.fixture
def cobol_lines() -> Callable[..., str]:
    """``cobol_lines(statements, column=12)``: see ``indent_cobol``."""
    return indent_cobol
