"""``idrs cobol run``: cobc's file rules, what the program wrote and why it ended badly."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from idrs_sandbox.cli.main import cli
from idrs_sandbox.paths import legacy_dir

README = legacy_dir().parent / "README.md"

WRITER = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. WRITER.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN-FILE ASSIGN TO "CARDS"
               ORGANIZATION LINE SEQUENTIAL.
           SELECT OUT-FILE ASSIGN TO "LISTING"
               ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  IN-FILE.
       01  IN-LINE                 PIC X(20).
       FD  OUT-FILE.
       01  OUT-LINE                PIC X(40).
       PROCEDURE DIVISION.
       0000-MAIN.
           OPEN INPUT IN-FILE OUTPUT OUT-FILE
           READ IN-FILE
               AT END MOVE "ABEND: NO CARD" TO OUT-LINE
                      WRITE OUT-LINE
                      MOVE 12 TO RETURN-CODE
               NOT AT END MOVE IN-LINE TO OUT-LINE
                      WRITE OUT-LINE
           END-READ
           CLOSE IN-FILE OUT-FILE
           STOP RUN.
"""


def _run(args: list[str], cwd: Path) -> Result:
    before = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, args, catch_exceptions=False)
    finally:
        os.chdir(before)


@pytest.fixture
def writer(tmp_path: Path) -> Path:
    program = tmp_path / "WRITER.cbl"
    program.write_text(WRITER)
    return program


def test_a_file_of_the_assign_name_in_the_current_folder(tmp_path: Path, writer: Path) -> None:
    (tmp_path / "CARDS").write_text("HELLO\n")
    result = _run(["cobol", "run", str(writer)], tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "LISTING").read_text() == "HELLO\n"
    assert result.stderr == "WRITER.cbl wrote:\n  LISTING    ./LISTING (6 bytes)\n"


def test_dd_variables_come_first_and_the_abend_line_is_the_reason(
    tmp_path: Path, writer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "CARDS").write_text("NOT READ\n")
    (tmp_path / "out").mkdir()
    (tmp_path / "empty").write_text("")
    monkeypatch.setenv("DD_CARDS", str(tmp_path / "empty"))
    monkeypatch.setenv("dd_LISTING", "out/LIST.TXT")
    result = _run(["cobol", "run", str(writer)], tmp_path)
    assert result.exit_code == 12
    assert not (tmp_path / "LISTING").exists()
    assert result.stderr == (
        "WRITER.cbl wrote:\n"
        "  LISTING    ./out/LIST.TXT (15 bytes)\n"
        "return code 12: ABEND: NO CARD (in LISTING)\n"
    )


def test_the_readme_trace_runs_in_its_own_folder(tmp_path: Path) -> None:
    """The README's trace example, command by command, in a copy of the repository's layout:
    every file it writes lands in trace/, and the reason of a bad end is on screen."""
    (tmp_path / "legacy").symlink_to(legacy_dir())
    block = README.read_text().split("idrs cobol check legacy/programs/POSTING.cbl", 1)[1]
    lines = [line.split("  #")[0].strip() for line in block.splitlines()[1:4]]
    assert lines[0].startswith("idrs generate") and lines[1] == "cd trace"
    here = tmp_path
    _run(shlex.split(lines[0])[1:], here)
    here = here / "trace"
    command = shlex.split(lines[2].split(" 2>")[0])
    result = _run(command[1:], here)
    assert result.exit_code in (0, 4), result.stderr[-500:]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["legacy", "trace"]
    assert "TRACE POSTING.cbl:" in result.stderr
    assert "  REPORT     ./REPORT (" in result.stderr


def test_posting_without_its_files_says_why_it_abended(tmp_path: Path) -> None:
    posting = legacy_dir() / "programs" / "POSTING.cbl"
    result = _run(["cobol", "run", str(posting)], tmp_path)
    assert result.exit_code == 16
    assert result.stderr.endswith("return code 16: ABEND: CONTROL CARD INVALID (in REPORT)\n")
    assert "  MASTOUT    ./MASTOUT (0 bytes)\n" in result.stderr


DYNAMIC = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DYNAMIC.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT OUT-FILE ASSIGN TO WS-NAME
               ORGANIZATION LINE SEQUENTIAL.
           SELECT IN-FILE ASSIGN TO "CARDS"
               ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  OUT-FILE.
       01  OUT-LINE                PIC X(5).
       FD  IN-FILE.
       01  IN-LINE                 PIC X(5).
       WORKING-STORAGE SECTION.
       01  WS-NAME                 PIC X(20) VALUE "first.txt".
       01  FH                      PIC X(4) COMP-X.
       PROCEDURE DIVISION.
           OPEN INPUT IN-FILE CLOSE IN-FILE
           OPEN OUTPUT OUT-FILE MOVE "HELLO" TO OUT-LINE
           WRITE OUT-LINE CLOSE OUT-FILE
           MOVE "second.txt" TO WS-NAME
           OPEN OUTPUT OUT-FILE WRITE OUT-LINE CLOSE OUT-FILE
           CALL "CBL_CREATE_FILE" USING "bytes.bin" 2 0 0 FH
           CALL "CBL_CLOSE_FILE" USING FH
           STOP RUN.
"""


def test_files_named_at_run_time_are_listed_too(tmp_path: Path) -> None:
    """An ASSIGN data item's value at each OPEN, and CBL_CREATE_FILE: the files the run opened
    to write, in order; a file only read (CARDS) is not listed."""
    program = tmp_path / "DYNAMIC.cbl"
    program.write_text(DYNAMIC)
    (tmp_path / "CARDS").write_text("IN\n")
    result = _run(["cobol", "run", str(program)], tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "DYNAMIC.cbl wrote:\n"
        "  first.txt  ./first.txt (6 bytes)\n"
        "  second.txt ./second.txt (6 bytes)\n"
        "  bytes.bin  ./bytes.bin (0 bytes)\n"
    )
