"""FUNCTION EXCEPTION-LOCATION / EXCEPTION-STATEMENT in a program built as with ``cobc -debug``
(``LegacyProgram(debug=True)``; runtime/exceptions.py). Without -debug they are blank (probe
``exception_status``). The expected lines were measured with GnuCOBOL 3.1.2 and are re-checked
against ``cobc -x -debug`` by the ``cobc`` test below."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. where.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  X PIC 9 VALUE 3.
       PROCEDURE DIVISION.
       MAIN SECTION.
       M1.
           COMPUTE X = 10
           DISPLAY "[" FUNCTION EXCEPTION-LOCATION "]"
           DISPLAY "[" FUNCTION EXCEPTION-STATEMENT "]"
           PERFORM S2
           DISPLAY "[" FUNCTION EXCEPTION-LOCATION "]"
           DISPLAY "[" FUNCTION EXCEPTION-STATEMENT "]"
           PERFORM S3
           DISPLAY "[" FUNCTION EXCEPTION-LOCATION "]"
           DISPLAY "[" FUNCTION EXCEPTION-STATEMENT "]"
           SET LAST EXCEPTION TO OFF
           DISPLAY "[" FUNCTION EXCEPTION-LOCATION "]"
           DISPLAY "[" FUNCTION EXCEPTION-STATEMENT "]"
           STOP RUN.
       S2 SECTION.
           ADD 19 TO X
           .
       S3 SECTION.
       P3.
           DIVIDE 0 INTO X
           .
"""

EXPECTED = (
    b"[where; M1 OF MAIN; 9]\n"
    b"[COMPUTE                        ]\n"
    b"[where; S2; 23]\n"
    b"[ADD                            ]\n"
    b"[where; P3 OF S3; 27]\n"
    b"[DIVIDE                         ]\n"
    b"[ ]\n"
    b"[                               ]\n"
)


def _run(tmp_path: Path, debug: bool) -> bytes:
    source = tmp_path / "where.cbl"
    source.write_text(PROGRAM)
    stdout = io.BytesIO()
    program = LegacyProgram.from_file(source, debug=debug)
    program.run(RunStreams(stdout, io.BytesIO(), dict(os.environ), tmp_path))
    return stdout.getvalue()


def test_debug_records_the_location_and_the_statement(tmp_path: Path) -> None:
    assert _run(tmp_path, debug=True) == EXPECTED


def test_without_debug_the_location_is_blank(tmp_path: Path) -> None:
    lines = _run(tmp_path, debug=False).splitlines()
    assert lines[0] == b"[ ]"
    assert lines[1] == b"[" + b" " * 31 + b"]"


def test_source_location_can_be_set_after_compiling(tmp_path: Path) -> None:
    """The conformance harness sets it from atlocal's $COMPILE, which holds -debug."""
    source = tmp_path / "where.cbl"
    source.write_text(PROGRAM)
    program = LegacyProgram.from_file(source)
    program.source_location = True
    stdout = io.BytesIO()
    program.run(RunStreams(stdout, io.BytesIO(), dict(os.environ), tmp_path))
    assert stdout.getvalue() == EXPECTED


def test_expected_lines_are_what_cobc_debug_prints(cobc: str, tmp_path: Path) -> None:
    source = tmp_path / "where.cbl"
    source.write_text(PROGRAM)
    subprocess.run([cobc, "-x", "-debug", "-o", "where", "where.cbl"], cwd=tmp_path, check=True)
    done = subprocess.run(["./where"], cwd=tmp_path, capture_output=True, check=True)
    assert done.stdout == EXPECTED


LAST_ENTERED = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. XL.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 Z PIC 9 VALUE 0.
       01 R PIC 9.
       PROCEDURE DIVISION.
       S1 SECTION.
       P1.
           PERFORM P3
           DIVIDE 1 BY Z GIVING R
           DISPLAY FUNCTION EXCEPTION-LOCATION
           PERFORM S3
           DIVIDE 1 BY Z GIVING R
           DISPLAY FUNCTION EXCEPTION-LOCATION
           GO TO P3.
       S2 SECTION.
       P2.
           DISPLAY "p2".
       S3 SECTION.
       P3.
           DIVIDE 1 BY Z GIVING R
           DISPLAY FUNCTION EXCEPTION-LOCATION.
       P4.
           CONTINUE.
"""

LAST_ENTERED_EXPECTED = (
    b"XL; P3 OF S1; 22\n"  # PERFORM P3 does not pass S3's label: the section stays S1
    b"XL; P3 OF S1; 11\n"  # back in P1, the last paragraph entered is still P3
    b"XL; P3 OF S3; 22\n"  # PERFORM S3 passes it
    b"XL; P4 OF S3; 14\n"  # and the section's last paragraph, P4, was entered last
    b"XL; P3 OF S3; 22\n"  # GO TO P3: the section stays what it was (S3)
)
"""libcob's paragraph and section are the last ones entered (cobc 3.1.2 -debug, re-checked
below; runtime/compile/locations.py)."""


def test_the_location_names_the_paragraph_and_section_last_entered(tmp_path: Path) -> None:
    source = tmp_path / "xl.cbl"
    source.write_text(LAST_ENTERED)
    stdout = io.BytesIO()
    program = LegacyProgram.from_file(source, debug=True)
    program.run(RunStreams(stdout, io.BytesIO(), dict(os.environ), tmp_path))
    assert stdout.getvalue() == LAST_ENTERED_EXPECTED


def test_last_entered_lines_are_what_cobc_debug_prints(cobc: str, tmp_path: Path) -> None:
    (tmp_path / "xl.cbl").write_text(LAST_ENTERED)
    subprocess.run([cobc, "-x", "-debug", "-o", "xl", "xl.cbl"], cwd=tmp_path, check=True)
    done = subprocess.run(["./xl"], cwd=tmp_path, capture_output=True, check=True)
    assert done.stdout == LAST_ENTERED_EXPECTED
