"""ASSIGN names resolve like libcob (DD_NAME, dd_NAME, NAME, then the name itself), and a program
reads and writes the files its environment points at (GNUCOBOL-NOTES "Install and dialect")."""

from __future__ import annotations

import io
from pathlib import Path

from idrs_sandbox.cobol.program import parse_program_text
from idrs_sandbox.runtime.files import resolve_assign
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams


def test_dd_names_resolve_in_libcob_order(tmp_path: Path) -> None:
    environ = {"DD_MASTIN": "/a", "dd_MASTIN": "/b", "MASTIN": "/c"}
    assert resolve_assign("MASTIN", environ, tmp_path) == Path("/a")
    del environ["DD_MASTIN"]
    assert resolve_assign("MASTIN", environ, tmp_path) == Path("/b")
    del environ["dd_MASTIN"]
    assert resolve_assign("MASTIN", environ, tmp_path) == Path("/c")
    assert resolve_assign("MASTIN", {}, tmp_path) == tmp_path / "MASTIN"
    assert resolve_assign("MASTIN", {"DD_MASTIN": "rel/x"}, tmp_path) == tmp_path / "rel/x"


COPY = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. COPYFILE.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN-FILE ASSIGN TO "CARDS" FILE STATUS IS IS-STATUS.
           SELECT OUT-FILE ASSIGN TO "LISTING"
               ORGANIZATION IS LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD IN-FILE.
       01 IN-REC PIC X(4).
       FD OUT-FILE.
       01 OUT-REC PIC X(10).
       WORKING-STORAGE SECTION.
       01 IS-STATUS PIC XX.
       PROCEDURE DIVISION.
           OPEN INPUT IN-FILE OUTPUT OUT-FILE
           PERFORM UNTIL IS-STATUS NOT = "00"
               READ IN-FILE
                   NOT AT END
                       MOVE IN-REC TO OUT-REC
                       WRITE OUT-REC
               END-READ
           END-PERFORM
           DISPLAY "LAST STATUS " IS-STATUS
           CLOSE IN-FILE OUT-FILE
           STOP RUN.
"""


def test_program_uses_the_files_its_environment_names(tmp_path: Path) -> None:
    (tmp_path / "deck").write_bytes(b"AAAABBBBCC")
    environ = {"DD_CARDS": str(tmp_path / "deck"), "dd_LISTING": str(tmp_path / "out.txt")}
    stdout, stderr = io.BytesIO(), io.BytesIO()
    program = LegacyProgram(parse_program_text(COPY, "COPYFILE.cbl"))
    assert program.run(RunStreams(stdout, stderr, environ, tmp_path)) == 0
    # Two full records, then a short one: status 04, NOT AT END runs, and its two bytes
    # overwrite the start of the record area (checked with cobc: same file, same line).
    assert (tmp_path / "out.txt").read_bytes() == b"AAAA\nBBBB\nCCBB\n"
    assert stdout.getvalue() == b"LAST STATUS 04\n"
