"""CALL of programs outside the caller (same folder, a -I folder, the same source file) and of a
missing one: the legacy engine prints and exits as the cobc-built executable does.

The nested-program cases (LINKAGE, BY REFERENCE / CONTENT / VALUE, CANCEL, ON EXCEPTION,
RETURN-CODE, GOBACK / EXIT PROGRAM) are the probe ``call_nested`` of the probe table.
"""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

MAIN = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MAINPROG.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-TEXT      PIC X(12) VALUE "HELLO".
       01 WS-NUM       PIC S9(5) VALUE -42.
       PROCEDURE DIVISION.
           CALL "{callee}" USING WS-TEXT BY CONTENT WS-NUM
           DISPLAY "MAIN " WS-TEXT " " WS-NUM
           CALL "{callee}" USING WS-TEXT WS-NUM
           DISPLAY "MAIN " WS-TEXT " " WS-NUM
           STOP RUN.
"""

SUB = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. {callee}.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 S-CALLS      PIC 9 VALUE 0.
       LINKAGE SECTION.
       01 L-TEXT       PIC X(12).
       01 L-NUM        PIC S9(5).
       PROCEDURE DIVISION USING L-TEXT L-NUM.
           ADD 1 TO S-CALLS
           DISPLAY "SUB " S-CALLS " " L-TEXT " " L-NUM
           MOVE "WORLD" TO L-TEXT(7:5)
           SUBTRACT 100 FROM L-NUM
           GOBACK.
"""

MISSING = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MISSING.
       PROCEDURE DIVISION.
           DISPLAY "BEFORE"
           CALL "NOSUCH"
           DISPLAY "AFTER"
           STOP RUN.
"""


def legacy(source: Path, copy_dirs: tuple[Path, ...], cwd: Path) -> tuple[bytes, bytes, int]:
    stdout, stderr = io.BytesIO(), io.BytesIO()
    program = LegacyProgram.from_file(source, copy_dirs)
    rc = program.run(RunStreams(stdout, stderr, dict(os.environ), cwd))
    return stdout.getvalue(), stderr.getvalue(), rc


def cobc_run(cobc: str, sources: list[Path], cwd: Path) -> tuple[bytes, bytes, int]:
    executable = cwd / "built"
    subprocess.run([cobc, "-x", "-o", str(executable), *map(str, sources)], check=True)
    run = subprocess.run([str(executable)], capture_output=True, cwd=cwd, check=False)
    return run.stdout, run.stderr, run.returncode


EXPECTED = (
    b"SUB 1 HELLO        -00042\n"
    b"MAIN HELLO WORLD  -00042\n"
    b"SUB 2 HELLO WORLD  -00042\n"
    b"MAIN HELLO WORLD  -00142\n"
)
"""What cobc 3.1.2 printed (re-checked by test_cobc_prints_the_same)."""


@pytest.mark.parametrize("where", ["same folder", "-I folder", "same file"])
def test_a_program_outside_the_caller_is_called_with_its_linkage(
    tmp_path: Path, where: str
) -> None:
    main = tmp_path / "main.cbl"
    copy_dirs: tuple[Path, ...] = ()
    if where == "same file":
        main.write_text(MAIN.format(callee="SUBPROG") + SUB.format(callee="SUBPROG"))
    else:
        folder = tmp_path if where == "same folder" else tmp_path / "lib"
        folder.mkdir(exist_ok=True)
        main.write_text(MAIN.format(callee="SUBPROG"))
        (folder / "SUBPROG.cbl").write_text(SUB.format(callee="SUBPROG"))
        copy_dirs = (folder,) if where == "-I folder" else ()
    stdout, stderr, rc = legacy(main, copy_dirs, tmp_path)
    assert (stdout, stderr, rc) == (EXPECTED, b"", 0)


def test_a_missing_program_stops_the_run_as_libcob_does(tmp_path: Path) -> None:
    main = tmp_path / "missing.cbl"
    main.write_text(MISSING)
    stdout, stderr, rc = legacy(main, (), tmp_path)
    assert (stdout, stderr, rc) == (b"BEFORE\n", b"libcob: error: module 'NOSUCH' not found\n", 1)


@pytest.mark.cobc
def test_cobc_prints_the_same(tmp_path: Path, cobc: str) -> None:
    main = tmp_path / "main.cbl"
    sub = tmp_path / "SUBPROG.cbl"
    main.write_text(MAIN.format(callee="SUBPROG"))
    sub.write_text(SUB.format(callee="SUBPROG"))
    assert cobc_run(cobc, [main, sub], tmp_path) == (EXPECTED, b"", 0)
    missing = tmp_path / "missing.cbl"
    missing.write_text(MISSING)
    assert cobc_run(cobc, [missing], tmp_path) == (
        b"BEFORE\n",
        b"libcob: error: module 'NOSUCH' not found\n",
        1,
    )


STICKY = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. STICKYMAIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 FLAG         PIC X VALUE "A".
       01 TEXT-ITEM    PIC X(6) VALUE "first".
       PROCEDURE DIVISION.
           CALL "STICKYSUB" USING FLAG TEXT-ITEM
           MOVE "B" TO FLAG
           MOVE "second" TO TEXT-ITEM
           CALL "STICKYSUB" USING FLAG
           DISPLAY "main " TEXT-ITEM
           STOP RUN.
       END PROGRAM STICKYMAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. STICKYSUB.
       DATA DIVISION.
       LINKAGE SECTION.
       01 L-FLAG       PIC X.
       01 L-TEXT       PIC X(6).
       01 L-OTHER      PIC X(6).
       PROCEDURE DIVISION USING L-FLAG L-TEXT.
           IF L-FLAG = "A"
               SET ADDRESS OF L-OTHER TO ADDRESS OF L-TEXT
           ELSE
               DISPLAY "sub " L-TEXT " " L-OTHER
               MOVE "third" TO L-TEXT
           END-IF
           GOBACK.
       END PROGRAM STICKYSUB.
"""

STICKY_EXPECTED = b"sub second second\nmain third \n"
"""cobc 3.1.2 -fsticky-linkage: the second CALL does not pass L-TEXT, which keeps the caller's
TEXT-ITEM from the first CALL, and so does L-OTHER set to its address (re-checked below)."""


def test_sticky_linkage_keeps_the_storage_of_the_last_call(tmp_path: Path) -> None:
    from idrs_sandbox.runtime.modules import compiled_program

    source = tmp_path / "sticky.cbl"
    source.write_text(STICKY)
    main = LegacyProgram.from_file(source)
    for program in main.program.unit:
        compiled_program(program, LegacyProgram).sticky_linkage = True
    stdout, stderr = io.BytesIO(), io.BytesIO()
    rc = main.run(RunStreams(stdout, stderr, dict(os.environ), tmp_path))
    assert (stdout.getvalue(), rc) == (STICKY_EXPECTED, 0)


@pytest.mark.cobc
def test_cobc_sticky_linkage_prints_the_same(tmp_path: Path, cobc: str) -> None:
    source = tmp_path / "sticky.cbl"
    source.write_text(STICKY)
    executable = tmp_path / "sticky"
    command = [cobc, "-x", "-fsticky-linkage", "-o", str(executable), str(source)]
    subprocess.run(command, check=True)
    run = subprocess.run([str(executable)], capture_output=True, cwd=tmp_path, check=False)
    assert (run.stdout, run.returncode) == (STICKY_EXPECTED, 0)
