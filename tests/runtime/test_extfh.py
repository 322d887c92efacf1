"""``cobc -fcallfh=NAME``: file operations through a C file handler (runtime/extfh.py).

The expected output is what cobc 3.1.2's executable printed (``cobc -x -fcallfh=TRACEFH
prog.cob tracefh.c``); the test marked ``cobc`` re-checks it against the installed compiler.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.modules import link

PROG = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. prog.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F ASSIGN TO "SEQF" ORGANIZATION SEQUENTIAL
               FILE STATUS IS S.
           SELECT M ASSIGN TO "MISSING" ORGANIZATION SEQUENTIAL
               FILE STATUS IS S.
       DATA DIVISION.
       FILE SECTION.
       FD F.
       01 R PIC X(4).
       FD M.
       01 MR PIC X(4).
       WORKING-STORAGE SECTION.
       01 S PIC XX.
       PROCEDURE DIVISION.
           OPEN INPUT M
           DISPLAY "MISSING " S
           OPEN OUTPUT F
           MOVE "AAAA" TO R WRITE R
           MOVE "BBBB" TO R WRITE R
           CLOSE F
           OPEN INPUT F
           PERFORM UNTIL S NOT = "00"
               READ F
               DISPLAY "READ " S " " R
           END-PERFORM
           CLOSE F
           CLOSE F
           DISPLAY "CLOSED TWICE " S
           STOP RUN.
"""

TRACEFH = """\
#include <stdio.h>
#include <libcob.h>

int
TRACEFH (unsigned char *opcode, FCD3 *fcd)
{
  int sts = EXTFH (opcode, fcd);
  printf ("FH %02X%02X org %d status %c%c %s\\n", opcode[0], opcode[1], fcd->fileOrg,
          fcd->fileStatus[0], fcd->fileStatus[1],
          (fcd->openMode & OPEN_NOT_OPEN) ? "closed" : "open");
  return sts;
}
"""

OUT = """\
FH FA00 org 1 status 35 closed
MISSING 35
FH FA01 org 1 status 00 open
FH FAF3 org 1 status 00 open
FH FAF3 org 1 status 00 open
FH FA80 org 1 status 00 closed
FH FA00 org 1 status 00 open
FH FAF5 org 1 status 00 open
READ 00 AAAA
FH FAF5 org 1 status 00 open
READ 00 BBBB
FH FAF5 org 1 status 10 open
READ 10 BBBB
FH FA80 org 1 status 00 closed
FH FA80 org 1 status 42 closed
CLOSED TWICE 42
"""
"""cobc 3.1.2: each OPEN / WRITE / CLOSE / READ reaches the handler with Micro Focus's opcode,
the FCD's organization (1: sequential), the status libcob's EXTFH left and the open mode."""


def test_file_operations_go_through_the_handler(tmp_path: Path, shim: Path) -> None:
    (tmp_path / "prog.cob").write_text(PROG)
    (tmp_path / "tracefh.c").write_text(TRACEFH)
    program = LegacyProgram.from_file(tmp_path / "prog.cob")
    program.linked = link([tmp_path / "tracefh.c"])
    program.callfh = "TRACEFH"
    stdout, stderr = io.BytesIO(), io.BytesIO()
    status = program.run(RunStreams(stdout, stderr, {}, tmp_path))
    assert (stdout.getvalue().decode(), stderr.getvalue(), status) == (OUT, b"", 0)


def test_cobc_calls_the_handler_the_same_way(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "prog.cob").write_text(PROG)
    (tmp_path / "tracefh.c").write_text(TRACEFH)
    command = [cobc, "-x", "-fcallfh=TRACEFH", "prog.cob", "tracefh.c"]
    subprocess.run(command, cwd=tmp_path, check=True)
    done = subprocess.run(["./prog"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert (done.stdout, done.stderr, done.returncode) == (OUT, "", 0)
