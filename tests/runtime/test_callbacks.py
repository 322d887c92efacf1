"""SET pointer TO ENTRY and C code calling a COBOL program back (runtime/callbacks.py).

The expected output is what cobc 3.1.2 printed for the same program and C source (``cobc -x
prog.cob cdrive.c``); the test marked ``cobc`` re-checks it against the installed compiler.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.modules import link
from idrs_sandbox.runtime.pointers import Memory

PROG = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. prog.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CB USAGE PROGRAM-POINTER.
       PROCEDURE DIVISION.
           SET CB TO ENTRY "twice"
           CALL STATIC "cdrive" USING BY VALUE CB
           DISPLAY "DRIVE GAVE " RETURN-CODE
           STOP RUN.
       END PROGRAM prog.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. twice.
       OPTIONS.
           ENTRY-CONVENTION EXTERN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CALLS PIC 9 VALUE 0.
       LINKAGE SECTION.
       01 N      USAGE BINARY-LONG.
       01 TEXT-P USAGE POINTER.
       01 BUF    PIC X(6).
       PROCEDURE DIVISION USING BY VALUE N TEXT-P BY REFERENCE BUF.
           ADD 1 TO CALLS
           DISPLAY "TWICE " N " CALL " CALLS
           IF TEXT-P = ADDRESS OF BUF
               DISPLAY "SAME ADDRESS " BUF
           END-IF
           MOVE "COBOL!" TO BUF
           COMPUTE RETURN-CODE = N * 2
           GOBACK.
       END PROGRAM twice.
"""

CDRIVE = """\
#include <stdio.h>

int
cdrive (int (*cb) (int, char *, char *))
{
  char buf[7] = "C-TEXT";
  int first = cb (21, buf, buf);
  int second = cb (-4, buf, buf);
  printf ("C GOT %d %d [%s]\\n", first, second, buf);
  return first + second;
}
"""

OUT = (
    "TWICE +0000000021 CALL 1\n"
    "SAME ADDRESS C-TEXT\n"
    "TWICE -0000000004 CALL 2\n"
    "SAME ADDRESS COBOL!\n"
    "C GOT 42 -8 [COBOL!]\n"
    "DRIVE GAVE +000000034\n"
)
"""cobc 3.1.2: BY VALUE ints and a pointer arrive as the items' values, the BY REFERENCE item
is the C buffer (its address is the pointer C passed; the MOVE changes the C buffer), the
program keeps its storage between callbacks, RETURN-CODE is the C function's result, and the
C function's result is the caller's RETURN-CODE (34 = 42 - 8) and the run's exit status."""


def test_c_code_calls_a_cobol_program_back_through_its_address(tmp_path: Path) -> None:
    (tmp_path / "prog.cob").write_text(PROG)
    (tmp_path / "cdrive.c").write_text(CDRIVE)
    program = LegacyProgram.from_file(tmp_path / "prog.cob")
    program.linked = link([tmp_path / "cdrive.c"])
    stdout, stderr = io.BytesIO(), io.BytesIO()
    rc = program.run(RunStreams(stdout, stderr, {}, tmp_path))
    assert (stdout.getvalue().decode(), stderr.getvalue(), rc) == (OUT, b"", 34)


def test_cobc_calls_back_the_same_way(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "prog.cob").write_text(PROG)
    (tmp_path / "cdrive.c").write_text(CDRIVE)
    subprocess.run([cobc, "-x", "prog.cob", "cdrive.c"], cwd=tmp_path, check=True)
    done = subprocess.run(["./prog"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert (done.stdout, done.returncode) == (OUT, 34)


def test_a_block_placed_at_a_c_address_is_found_there_and_given_back_after() -> None:
    memory = Memory()
    mine, theirs = bytearray(8), bytearray(b"C-BUFFER")
    base = memory.address(mine)
    with memory.placed(theirs, 0x7F00_0000_0000):
        assert memory.address(theirs) == 0x7F00_0000_0000
        later = bytearray(4)  # allocated while a higher block is placed: still found
        assert memory.storage(memory.address(later), "X", None) is later
        assert memory.storage(0x7F00_0000_0002, "X", None)[0:2] == b"BU"
    assert memory.address(mine) == base
    assert memory.address(theirs) not in (0x7F00_0000_0000, base)
