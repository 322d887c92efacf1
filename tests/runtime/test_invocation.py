"""Who a CALL reaches and how often: contained-program visibility, the RECURSIVE check,
LOCAL-STORAGE placement (runtime/call.py, runtime/invocation.py).

GLOBAL, EXTERNAL, COMMON, LOCAL-STORAGE and recursion that works are the probes scope_global and
local_storage of the probe table; these are the runs that stop, with the status and the libcob
message cobc 3.1.2 gives (re-checked against cobc below).
"""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.cobol.program import parse_program_text
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.support import CobolRuntimeError

PROGRAMS = Path(__file__).parent / "programs"

CASES = {
    # program: (stdout, the message on stderr, exit status)
    "recursion_refused.cbl": (
        b"refused at 1\nback 1\nplain 2\n",
        "recursive CALL from 'BOUNCE' to 'PLAIN' which is NOT RECURSIVE",
        1,
    ),
    "visibility.cbl": (b"first\n", "module 'HIDDEN' not found", 1),
}


def legacy(source: Path, cwd: Path) -> tuple[bytes, str, int]:
    stdout, stderr = io.BytesIO(), io.BytesIO()
    rc = LegacyProgram.from_file(source).run(RunStreams(stdout, stderr, dict(os.environ), cwd))
    return stdout.getvalue(), stderr.getvalue().decode(), rc


@pytest.mark.parametrize("name", sorted(CASES))
def test_legacy_engine_stops_as_cobc_does(name: str, tmp_path: Path) -> None:
    stdout, message, rc = CASES[name]
    got_stdout, got_stderr, got_rc = legacy(PROGRAMS / name, tmp_path)
    assert (got_stdout, got_rc) == (stdout, rc)
    assert message in got_stderr


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_expected_runs_are_cobcs(name: str, cobc: str, tmp_path: Path) -> None:
    stdout, message, rc = CASES[name]
    executable = tmp_path / "built"
    subprocess.run([cobc, "-x", "-o", str(executable), str(PROGRAMS / name)], check=True)
    run = subprocess.run([str(executable)], capture_output=True, cwd=tmp_path, check=False)
    assert (run.stdout, run.returncode) == (stdout, rc)
    assert message in run.stderr.decode()


def test_local_storage_in_a_nested_program_is_refused() -> None:
    text = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. OUTER.
       PROCEDURE DIVISION.
           GOBACK.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. INNER.
       DATA DIVISION.
       LOCAL-STORAGE SECTION.
       01 L-X          PIC X.
       PROCEDURE DIVISION.
           GOBACK.
       END PROGRAM INNER.
       END PROGRAM OUTER.
"""
    with pytest.raises(CobolSemanticError, match="LOCAL-STORAGE not allowed in nested programs"):
        parse_program_text(text, "nested.cbl")


def test_an_external_record_larger_than_the_first_one_stops_the_run(tmp_path: Path) -> None:
    """libcob: "EXTERNAL item 'SHARED' previously allocated with size 4, requested size is 8"."""
    source = tmp_path / "ext.cbl"
    source.write_text(
        """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. EXTMAIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 SHARED       PIC X(4) EXTERNAL.
       PROCEDURE DIVISION.
           CALL "EXTBIG"
           STOP RUN.
       END PROGRAM EXTMAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. EXTBIG.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 SHARED       PIC X(8) EXTERNAL.
       PROCEDURE DIVISION.
           GOBACK.
       END PROGRAM EXTBIG.
"""
    )
    with pytest.raises(CobolRuntimeError, match="previously allocated with size 4, requested"):
        legacy(source, tmp_path)


def test_a_clause_given_by_the_typedef_and_the_item_is_refused() -> None:
    """cobc 3.1.2: "duplicate VALUE clause" (an item USAGE money VALUE ... when the TYPEDEF
    money has a VALUE too)."""
    text = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. TYPES.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       77 MONEY        IS TYPEDEF PIC S9(5)V99 VALUE 1.5.
       77 PRICE        USAGE MONEY VALUE 2.
       PROCEDURE DIVISION.
           GOBACK.
"""
    with pytest.raises(CobolSemanticError, match="duplicate VALUE clause"):
        parse_program_text(text, "types.cbl")


CHAINED = {
    # arguments: stdout of the probe chaining.cbl, as cobc 3.1.2 printed it
    ("abcdefg", "12"): b"[abcde][12 ][zz ]\n[abc]\n",
    ("a", "1x2", "b", "c"): b"[a    ][1x2][b  ]\n[a  ]\n",
}


@pytest.mark.parametrize("arguments", sorted(CHAINED))
def test_chaining_items_take_the_arguments(arguments: tuple[str, ...], tmp_path: Path) -> None:
    stdout = io.BytesIO()
    program = LegacyProgram.from_file(Path(__file__).parent / "probes" / "chaining.cbl")
    streams = RunStreams(stdout, io.BytesIO(), dict(os.environ), tmp_path, None, arguments)
    assert program.run(streams) == 0
    assert stdout.getvalue() == CHAINED[arguments]


@pytest.mark.parametrize("arguments", sorted(CHAINED))
def test_the_chained_runs_are_cobcs(arguments: tuple[str, ...], cobc: str, tmp_path: Path) -> None:
    executable = tmp_path / "built"
    source = Path(__file__).parent / "probes" / "chaining.cbl"
    subprocess.run([cobc, "-x", "-o", str(executable), str(source)], check=True)
    run = subprocess.run([str(executable), *arguments], capture_output=True, check=False)
    assert (run.stdout, run.returncode) == (CHAINED[arguments], 0)
