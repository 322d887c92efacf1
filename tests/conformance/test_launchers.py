"""The harness's launchers (harness.py write_launcher, launch.py): a program the replay built is
an executable at the path cobc would write, so shell lines and CALL "SYSTEM" run it with the
legacy engine. These cases are written here (no testsuite needed); the conformance module
replays the real ones ('System routines for files', 'ASSIGN with COB_FILE_PATH', 'INDEXED file
with LOCK AUTOMATIC (2)'). The cobc-side replay of the same cases is checked too when cobc is
installed, so the expectations below are cobc's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from atfile import Case, Check
from harness import (
    LegacyReplay,
    Outcome,
    _expand_unquoted,
    _replay_with_cobc,
    base_environment,
)

SHOUT = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. shout.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WORD PIC X(10).
       PROCEDURE DIVISION.
           ACCEPT WORD FROM ARGUMENT-VALUE
           DISPLAY "said " FUNCTION TRIM (WORD)
           STOP RUN.
"""

CALLER = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. caller.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 HOME-DIR PIC X(40).
       PROCEDURE DIVISION.
           ACCEPT HOME-DIR FROM ENVIRONMENT "IDRS_LAUNCH_TEST"
           DISPLAY "env " FUNCTION TRIM (HOME-DIR)
           CALL "SYSTEM" USING "./shout hello > child.txt"
           DISPLAY "rc " RETURN-CODE
           CALL "SYSTEM" USING "exit 3"
           DISPLAY "rc " RETURN-CODE
           STOP RUN.
"""

BROKEN_OPEN = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. prog.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT OUT-FILE ASSIGN "OUTNAME".
       DATA DIVISION.
       FILE SECTION.
       FD OUT-FILE.
       01 OUT-REC PIC X(4).
       PROCEDURE DIVISION.
           OPEN OUTPUT OUT-FILE.
           STOP RUN.
"""

CASES = [
    Case(
        "launchers",
        1,
        "a shell line and CALL SYSTEM run the built programs",
        files={"shout.cob": SHOUT, "caller.cob": CALLER},
        checks=[
            Check("$COMPILE shout.cob", 0, "", ""),
            Check("$COMPILE caller.cob", 0, "", ""),
            Check("./shout 'it' | tr a-z A-Z", 0, "SAID IT\n", ""),
            Check(
                "IDRS_LAUNCH_TEST=there $COBCRUN_DIRECT ./caller",
                0,
                "env there\nrc +000000000\nrc +000000768\n",
                "",
            ),
            Check("cat child.txt", 0, "said hello\n", ""),
        ],
    ),
    Case(
        "launchers",
        2,
        "libcob's text of an I/O error that stops the run",
        files={"prog.cob": BROKEN_OPEN},
        checks=[
            Check("$COMPILE prog.cob", 0, "", ""),
            Check("COB_FILE_PATH=./nothere ./prog 2>prog.err", 1, "", ""),
            Check(
                "cat prog.err",
                0,
                "libcob: prog.cob:12: error: permanent file error (status = 30) for file "
                "OUT-FILE ('OUTNAME' => ./nothere/OUTNAME) on OPEN\n",
                "",
            ),
        ],
    ),
]


def legacy_environment() -> dict[str, str]:
    """What atlocal gives a check, as far as the legacy replay reads it (no cobc needed)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("COB_")}
    return {**env, "COBCRUN_DIRECT": "", "COB_STACKTRACE": "0", "COB_UNIX_LF": "1"}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_legacy_replay_passes(case: Case) -> None:
    assert LegacyReplay(case, legacy_environment()).run() == Outcome("pass")


@pytest.mark.cobc
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_cobc_gives_what_the_cases_expect(case: Case, cobc: str) -> None:
    assert _replay_with_cobc(case, base_environment(cobc)) == Outcome("pass")


def test_a_program_the_replay_did_not_build_is_not_run() -> None:
    case = Case(
        "launchers",
        3,
        "not built",
        files={"shout.cob": SHOUT},
        checks=[Check("$COMPILE shout.cob", 0, "", ""), Check("./other | cat", 0, "", "")],
    )
    outcome = LegacyReplay(case, legacy_environment()).run()
    assert outcome.reason.endswith("needs a command the legacy engine does not replace")


def test_single_quotes_keep_a_dollar() -> None:
    env = {"dot": "X"}
    assert (
        _expand_unquoted("./prog3 '$dot/prog' $dot \"$dot\"", env) == "./prog3 '$dot/prog' X \"X\""
    )
