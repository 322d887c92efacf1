"""``idrs cobol run --debug`` / ``LegacyProgram(debug=True)``: subscripts checked as a program
built with ``cobc -debug`` checks them (EC-BOUND-SUBSCRIPT): the run stops at the first subscript
outside 1..OCCURS with libcob's message on stderr and exit status 1. Without it the program runs
on (probe ``dirty_subscript``). The expected lines were measured with GnuCOBOL 3.1.2 and are
re-checked against ``cobc -x -debug`` by the ``cobc`` test below."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BOUNDS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 REC.
          05 TBL OCCURS 4 TIMES PIC X(2) VALUE "AB".
          05 TAIL PIC X(4) VALUE "TAIL".
       01 S PIC S9.
       PROCEDURE DIVISION.
           MOVE {first} TO S
           DISPLAY "[" TBL (S) "]"
           MOVE {second} TO S
           DISPLAY "[" TBL (S) "]"
           STOP RUN.
"""

CASES = {
    "above": (
        (4, 5),
        b"[AB]\n",
        "libcob: bounds.cbl:13: error: subscript of 'TBL' out of bounds: 5\n"
        "note: maximum subscript for 'TBL': 4\n"
        "\n Last statement of BOUNDS was at line 13 of bounds.cbl\n",
    ),
    "zero": (
        (0, 1),
        b"",
        "libcob: bounds.cbl:11: error: subscript of 'TBL' out of bounds: 0\n"
        "\n Last statement of BOUNDS was at line 11 of bounds.cbl\n",
    ),
    "negative": (
        (1, -1),
        b"[AB]\n",
        "libcob: bounds.cbl:13: error: subscript of 'TBL' out of bounds: -1\n"
        "\n Last statement of BOUNDS was at line 13 of bounds.cbl\n",
    ),
}


def write_program(folder: Path, first: int, second: int) -> Path:
    source = folder / "bounds.cbl"
    source.write_text(PROGRAM.format(first=first, second=second))
    return source


@pytest.mark.parametrize("case", sorted(CASES))
def test_debug_stops_at_the_first_subscript_out_of_bounds(case: str, tmp_path: Path) -> None:
    (first, second), stdout, stderr = CASES[case]
    source = write_program(tmp_path, first, second)
    out, err = io.BytesIO(), io.BytesIO()
    program = LegacyProgram.from_file(source, debug=True)
    rc = program.run(RunStreams(out, err, dict(os.environ), tmp_path))
    assert (rc, out.getvalue(), err.getvalue().decode()) == (1, stdout, stderr)


def test_without_debug_the_same_program_runs_on(tmp_path: Path) -> None:
    source = write_program(tmp_path, 4, 5)
    out, err = io.BytesIO(), io.BytesIO()
    rc = LegacyProgram.from_file(source).run(RunStreams(out, err, dict(os.environ), tmp_path))
    assert (rc, out.getvalue(), err.getvalue()) == (0, b"[AB]\n[TA]\n", b"")


@pytest.mark.cobc
@pytest.mark.parametrize("case", sorted(CASES))
def test_the_expected_lines_are_what_cobc_debug_prints(
    case: str, tmp_path: Path, cobc: str
) -> None:
    (first, second), stdout, stderr = CASES[case]
    write_program(tmp_path, first, second)
    subprocess.run([cobc, "-x", "-debug", "-o", "bounds", "bounds.cbl"], cwd=tmp_path, check=True)
    run = subprocess.run(["./bounds"], capture_output=True, cwd=tmp_path, check=False)
    assert (run.returncode, run.stdout, run.stderr.decode()) == (1, stdout, stderr)


TURNED_OFF = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. TURNED.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 REC.
          05 TBL OCCURS 4 TIMES PIC X(2) VALUE "AB".
          05 TAIL PIC X(4) VALUE "TAIL".
       01 S PIC S9 VALUE 5.
       PROCEDURE DIVISION.
       >>TURN EC-BOUND-SUBSCRIPT CHECKING OFF
           DISPLAY "[" TBL (S) "]"
       >>TURN EC-BOUND-SUBSCRIPT CHECKING ON
           DISPLAY "[" TBL (S) "]"
           STOP RUN.
"""
TURNED_OFF_STDERR = (
    "libcob: turned.cbl:13: error: subscript of 'TBL' out of bounds: 5\n"
    "note: maximum subscript for 'TBL': 4\n"
    "\n Last statement of TURNED was at line 13 of turned.cbl\n"
)


def test_turn_checking_off_overrides_debug(tmp_path: Path) -> None:
    """-debug checks subscripts until >>TURN EC-BOUND-SUBSCRIPT CHECKING OFF (testsuite 'TURN
    directive'), and from the next CHECKING ON again."""
    source = tmp_path / "turned.cbl"
    source.write_text(TURNED_OFF)
    out, err = io.BytesIO(), io.BytesIO()
    program = LegacyProgram.from_file(source, debug=True)
    rc = program.run(RunStreams(out, err, dict(os.environ), tmp_path))
    assert (rc, out.getvalue(), err.getvalue().decode()) == (1, b"[TA]\n", TURNED_OFF_STDERR)


@pytest.mark.cobc
def test_turn_checking_off_is_what_cobc_debug_does(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "turned.cbl").write_text(TURNED_OFF)
    subprocess.run([cobc, "-x", "-debug", "-o", "turned", "turned.cbl"], cwd=tmp_path, check=True)
    run = subprocess.run(["./turned"], capture_output=True, cwd=tmp_path, check=False)
    assert (run.returncode, run.stdout, run.stderr.decode()) == (1, b"[TA]\n", TURNED_OFF_STDERR)


NOT_NUMERIC = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. NOTNUM.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X.
          03 X-NUM PIC 9(06) VALUE 123.
          03 P-NUM PIC S9(5) COMP-3 VALUE 7.
       01 NUM PIC 9(06).
       PROCEDURE DIVISION.
           MOVE X"0A01" TO X ({start}:2)
           IF X-NUM = 5 DISPLAY "equal" END-IF
           DISPLAY "compared"
           {verb} {source} {preposition} NUM
           DISPLAY "moved"
           STOP RUN.
"""
NOT_NUMERIC_CASES = {
    "display": (
        (2, "X-NUM"),
        b"compared\n",
        "libcob: notnum.cbl:13: error: 'X-NUM' (Type: NUMERIC DISPLAY) not numeric: "
        "'0\\012\\001123'\n\n Last statement of NOTNUM was at line 13 of notnum.cbl\n",
    ),
    "add": (
        (2, "X-NUM"),
        b"compared\n",
        "libcob: notnum.cbl:13: error: 'X-NUM' (Type: NUMERIC DISPLAY) not numeric: "
        "'0\\012\\001123'\n\n Last statement of NOTNUM was at line 13 of notnum.cbl\n",
    ),
    "packed": (
        (7, "P-NUM"),
        b"compared\n",
        "libcob: notnum.cbl:13: error: 'P-NUM' (Type: PACKED-DECIMAL) not numeric: "
        "'0x0a017c'\n\n Last statement of NOTNUM was at line 13 of notnum.cbl\n",
    ),
}


def _not_numeric(case: str, start: int, source: str) -> str:
    verb, preposition = ("ADD", "TO") if case == "add" else ("MOVE", "TO")
    return NOT_NUMERIC.format(start=start, source=source, verb=verb, preposition=preposition)


@pytest.mark.parametrize("case", sorted(NOT_NUMERIC_CASES))
def test_debug_stops_a_move_of_invalid_numeric_data(case: str, tmp_path: Path) -> None:
    """EC-DATA-INCOMPATIBLE (cob_check_numeric): a MOVE from a DISPLAY / COMP-3 item holding
    invalid data stops a -debug run; a comparison does not check."""
    (start, source), stdout, stderr = NOT_NUMERIC_CASES[case]
    path = tmp_path / "notnum.cbl"
    path.write_text(_not_numeric(case, start, source))
    out, err = io.BytesIO(), io.BytesIO()
    rc = LegacyProgram.from_file(path, debug=True).run(
        RunStreams(out, err, dict(os.environ), tmp_path)
    )
    assert (rc, out.getvalue(), err.getvalue().decode()) == (1, stdout, stderr)
    rc = LegacyProgram.from_file(path).run(RunStreams(out, err, dict(os.environ), tmp_path))
    assert rc == 0 and out.getvalue().endswith(b"moved\n")


@pytest.mark.cobc
@pytest.mark.parametrize("case", sorted(NOT_NUMERIC_CASES))
def test_invalid_numeric_lines_are_what_cobc_debug_prints(
    case: str, tmp_path: Path, cobc: str
) -> None:
    (start, source), stdout, stderr = NOT_NUMERIC_CASES[case]
    (tmp_path / "notnum.cbl").write_text(_not_numeric(case, start, source))
    subprocess.run([cobc, "-x", "-debug", "-o", "notnum", "notnum.cbl"], cwd=tmp_path, check=True)
    run = subprocess.run(["./notnum"], capture_output=True, cwd=tmp_path, check=False)
    assert (run.returncode, run.stdout, run.stderr.decode()) == (1, stdout, stderr)
