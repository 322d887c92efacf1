"""Deep nesting is a limit of the legacy engine, never a Python error (issue 12: ~97 nested IFs
surfaced as an IndentationError traceback from the generated code, 1,000 as a RecursionError in
the parser). cobc compiles all of these (with a warning above 128 nested conditions)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

HEAD = """       IDENTIFICATION DIVISION.
       PROGRAM-ID. DEEP.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 I PIC 9(4) VALUE 0.
       01 N PIC 9(4) VALUE 0.
       PROCEDURE DIVISION.
"""
FIRST_BODY_LINE = HEAD.count("\n") + 1


def nested(opening: str, closing: str, depth: int) -> str:
    """A program with ``depth`` statements inside one another around ``ADD 1 TO N``."""
    inner = f"{opening * depth}           ADD 1 TO N\n{closing * depth}"
    return f"{HEAD}{inner}           DISPLAY N\n           STOP RUN.\n"


def nested_ifs(depth: int) -> str:
    return nested("           IF I = 0\n", "           END-IF\n", depth)


def nested_performs(depth: int) -> str:
    return nested("           PERFORM 2 TIMES\n", "           END-PERFORM\n", depth)


def run(path: Path) -> bytes:
    out = io.BytesIO()
    LegacyProgram.from_file(path).run(RunStreams(out, io.BytesIO(), dict(os.environ), path.parent))
    return out.getvalue()


@pytest.mark.parametrize(
    ("text", "shown"),
    [(nested_ifs(90), b"0001\n"), (nested_performs(13), b"8192\n")],
    ids=["90 nested IFs", "13 nested inline PERFORMs"],
)
def test_deep_but_possible_nesting_runs(tmp_path: Path, text: str, shown: bytes) -> None:
    (tmp_path / "DEEP.cbl").write_text(text)
    assert run(tmp_path / "DEEP.cbl") == shown


def test_nesting_python_cannot_compile_is_named_at_its_statement(tmp_path: Path) -> None:
    (tmp_path / "DEEP.cbl").write_text(nested_ifs(150))
    with pytest.raises(
        CobolSemanticError, match="nested too deeply for the legacy engine"
    ) as caught:
        LegacyProgram.from_file(tmp_path / "DEEP.cbl")
    origin = caught.value.origin
    assert origin is not None and origin.file.endswith("DEEP.cbl")
    # One of the IFs, past the ~90 levels the generated Python can hold.
    assert FIRST_BODY_LINE + 80 <= origin.line < FIRST_BODY_LINE + 150


def test_nesting_the_parser_cannot_read_is_named_at_the_innermost_statement(
    tmp_path: Path,
) -> None:
    (tmp_path / "DEEP.cbl").write_text(nested_ifs(1000))
    with pytest.raises(CobolSemanticError, match="nested too deeply") as caught:
        LegacyProgram.from_file(tmp_path / "DEEP.cbl")
    assert caught.value.origin is not None
    assert caught.value.origin.line == FIRST_BODY_LINE + 1000  # ADD 1 TO N


def test_the_cli_says_it_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "DEEP.cbl").write_text(nested_ifs(150))
    result = subprocess.run(
        [str(Path(sys.executable).parent / "idrs"), "cobol", "check", "DEEP.cbl"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: DEEP.cbl:") and "nested too deeply" in result.stderr


def test_cobc_runs_the_deep_programs(tmp_path: Path, cobc: str) -> None:
    """The limit is ours: cobc compiles and runs 150 nested IFs."""
    (tmp_path / "DEEP.cbl").write_text(nested_ifs(150))
    subprocess.run([cobc, "-x", "DEEP.cbl"], cwd=tmp_path, check=True, capture_output=True)
    shown = subprocess.run(["./DEEP"], cwd=tmp_path, capture_output=True, check=True).stdout
    assert shown == b"0001\n"
