"""A C main program calling COBOL (runtime/cmain.py): ``cobc -x main.c callee.cob``.

The expected output is what cobc 3.1.2's executable printed for the same sources; the test
marked ``cobc`` re-checks it against the installed compiler. The legacy engine's run goes
through ``idrs cobol run main.c --link callee.cob`` in a subprocess: its stdout is then one
file for the C code and the COBOL program, as the executable's is.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from idrs_sandbox.runtime.cmain import build_c_main
from idrs_sandbox.runtime.machine import RunStreams

IDRS = Path(sys.executable).parent / "idrs"

CALLEE = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. callee.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CALLS PIC 9 VALUE 0.
       LINKAGE SECTION.
       01 NAME-P  PIC X(5).
       01 COUNT-P PIC S9(9) COMP-5.
       PROCEDURE DIVISION USING NAME-P COUNT-P.
           ADD 1 TO CALLS
           IF COUNT-P OMITTED
               DISPLAY "CALL " CALLS " " NAME-P " WITHOUT COUNT"
               MOVE 7 TO RETURN-CODE
           ELSE
               DISPLAY "CALL " CALLS " " NAME-P " " COUNT-P
               ADD 1 TO COUNT-P
               MOVE "COBOL" TO NAME-P
               MOVE 3 TO RETURN-CODE
           END-IF
           GOBACK.
"""

MAIN = """\
#include <stdio.h>
#include <libcob.h>

int callee (char *, int *);

int
main (int argc, char **argv)
{
  char name[6] = "FRED ";
  int count = 41;
  int rc;
  cob_init (argc, argv);
  rc = callee (name, &count);
  printf ("C SEES %s %d RC %d\\n", name, count, rc);
  fflush (stdout);
  cob_get_global_ptr ()->cob_call_params = 1;
  rc = callee (name, NULL);
  printf ("C SEES RC %d\\n", rc);
  fflush (stdout);
  cob_stop_run (rc + 20);
  return 0;
}
"""

OUT = "CALL 1 FRED  +0000000041\nC SEES COBOL 42 RC 3\nCALL 2 COBOL WITHOUT COUNT\nC SEES RC 7\n"
"""cobc 3.1.2: the program keeps its storage between calls, BY REFERENCE changes reach the C
variables, RETURN-CODE is the C function's result, cob_call_params = 1 leaves the second item
OMITTED, and cob_stop_run (27) ends the run with status 27."""

NO_INIT = """\
int callee (char *, int *);

int
main (void)
{
  char name[6] = "FRED ";
  int count = 1;
  return callee (name, &count);
}
"""


def test_a_c_main_program_calls_a_cobol_program(tmp_path: Path, shim: Path) -> None:
    (tmp_path / "callee.cob").write_text(CALLEE)
    (tmp_path / "main.c").write_text(MAIN)
    done = subprocess.run(
        [str(IDRS), "cobol", "run", "main.c", "--link", "callee.cob"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.stdout, done.stderr, done.returncode) == (OUT, "", 27)


def test_cobc_runs_the_c_main_program_the_same_way(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "callee.cob").write_text(CALLEE)
    (tmp_path / "main.c").write_text(MAIN)
    subprocess.run([cobc, "-x", "-o", "prog", "main.c", "callee.cob"], cwd=tmp_path, check=True)
    done = subprocess.run(["./prog"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert (done.stdout, done.stderr, done.returncode) == (OUT, "", 27)


@pytest.mark.parametrize(
    ("implicit", "expected"),
    [
        (False, ("", "libcob: error: cob_init() has not been called\n", 1)),
        (True, ("CALL 1 FRED  +0000000001\n", "", 3)),
    ],
)
def test_cobol_called_before_cob_init_stops_the_run_unless_implicit_init(
    tmp_path: Path, shim: Path, implicit: bool, expected: tuple[str, str, int]
) -> None:
    """As testsuite 'CALL in from C with init missing / implicit' (cobc -fimplicit-init)."""
    (tmp_path / "callee.cob").write_text(CALLEE)
    (tmp_path / "main.c").write_text(NO_INIT)
    driver = build_c_main(
        tmp_path / "main.c", [tmp_path / "callee.cob"], "prog", [tmp_path], implicit_init=implicit
    )
    stdout, stderr = io.BytesIO(), io.BytesIO()
    status = driver.run(RunStreams(stdout, stderr, {}, tmp_path))
    assert (stdout.getvalue().decode(), stderr.getvalue().decode(), status) == expected
