"""USE FOR DEBUGGING, DEBUG-ITEM and SET ENVIRONMENT (runtime/debugging.py,
statements/debugging.py).

What cobc 3.1.2 prints is pinned by probe ``debugging_use`` and by the testsuite cases
"USE FOR DEBUGGING ..." (tests/conformance); here: the pieces, the run-time switch read from
the environment, DEBUG-CONTENTS' size, and what is refused.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from idrs_sandbox.cobol.program import parse_program_text
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.runtime.debugging import is_true, set_environment, subscript_text
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams


@pytest.mark.parametrize(
    ("value", "text"), [(4, b"+0004"), (0, b"+0000"), (-12, b"-0012"), (123456, b"+3456")]
)
def test_subscripts_show_as_s9_4_sign_leading_separate(value: int, text: bytes) -> None:
    assert subscript_text(value) == text


def test_set_environment_switches_debugging_only_for_booleans_libcob_knows() -> None:
    environ: dict[str, str] = {}
    switch = [False]
    set_environment(environ, switch, b"COB_SET_DEBUG  ", b"Y   ")
    assert switch == [True] and environ == {"COB_SET_DEBUG": "Y"}
    set_environment(environ, switch, b"COB_SET_DEBUG", b"maybe")
    assert switch == [True]  # libcob: not a boolean, the mode stays
    set_environment(environ, switch, b"COB_SET_DEBUG", b"off")
    assert switch == [False]
    set_environment(environ, switch, b"   ", b"x")
    assert environ == {"COB_SET_DEBUG": "off"}
    assert [is_true(v) for v in ("1", "y", "Yes", "ON", "true", "0", "", "2")] == [
        *(True,) * 5,
        *(False,) * 3,
    ]


PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DBG.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SOURCE-COMPUTER. X WITH DEBUGGING MODE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 BIG PIC X(45) VALUE ALL "B".
       PROCEDURE DIVISION.
       DECLARATIVES.
       WATCH SECTION.
           USE FOR DEBUGGING ON BIG.
           DISPLAY DEBUG-LINE "|" DEBUG-NAME "|" DEBUG-CONTENTS "|".
       END DECLARATIVES.
       MAIN-PARA.
           MOVE ALL "C" TO BIG
           DISPLAY "size " FUNCTION LENGTH (DEBUG-CONTENTS)
           STOP RUN.
"""


def _run(text: str, environ: dict[str, str], tmp_path: Path) -> bytes:
    stdout = io.BytesIO()
    LegacyProgram(parse_program_text(text, "DBG.cbl")).run(
        RunStreams(stdout, io.BytesIO(), environ, tmp_path)
    )
    return stdout.getvalue()


def test_cob_set_debug_at_the_start_of_the_run_turns_the_sections_on(tmp_path: Path) -> None:
    shown = _run(PROGRAM, {"COB_SET_DEBUG": "1"}, tmp_path)
    assert shown == b"    16|BIG" + b" " * 27 + b"|" + b"C" * 45 + b"|\nsize 45\n"
    assert _run(PROGRAM, {}, tmp_path) == b"size 45\n"


def test_without_debugging_mode_the_sections_never_run(tmp_path: Path) -> None:
    text = PROGRAM.replace(" WITH DEBUGGING MODE", "")
    assert _run(text, {"COB_SET_DEBUG": "1"}, tmp_path) == b"size 45\n"


def test_debug_item_is_unknown_without_debugging(tmp_path: Path) -> None:
    body = (
        "       IDENTIFICATION DIVISION.\n"
        "       PROGRAM-ID. NODBG.\n"
        "       PROCEDURE DIVISION.\n"
        "           DISPLAY DEBUG-ITEM.\n"
    )
    with pytest.raises(IdrsError, match="DEBUG-ITEM"):
        LegacyProgram(parse_program_text(body, "NODBG.cbl"))


def test_a_target_that_names_nothing_is_refused() -> None:
    text = PROGRAM.replace("USE FOR DEBUGGING ON BIG.", "USE FOR DEBUGGING ON NOTHING.")
    with pytest.raises(IdrsError, match="'NOTHING' is not a valid DEBUGGING target"):
        LegacyProgram(parse_program_text(text, "DBG.cbl"))


TRACED = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. TR.
       PROCEDURE DIVISION.
       P1.
           RESET TRACE
           PERFORM P2
           READY TRACE
           PERFORM P2
           STOP RUN.
       P2.
           DISPLAY "p2".
"""


@pytest.mark.parametrize(
    ("trace", "expected"),
    [(True, b"TRACE TR.cbl:4: P1\nTRACE TR.cbl:10: P2\n"), (False, b"")],
)
def test_ready_and_reset_trace_switch_the_trace_of_a_traced_program(
    trace: bool, expected: bytes, tmp_path: Path
) -> None:
    stdout, stderr = io.BytesIO(), io.BytesIO()
    program = LegacyProgram(parse_program_text(TRACED, "TR.cbl"), trace=trace)
    program.run(RunStreams(stdout, stderr, {}, tmp_path))
    assert (stdout.getvalue(), stderr.getvalue()) == (b"p2\np2\n", expected)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, b"TRACE TR.cbl:10: P2\n"),
        ({"COB_SET_TRACE": "Y"}, b"TRACE TR.cbl:4: P1\nTRACE TR.cbl:10: P2\n"),
    ],
)
def test_a_program_built_as_with_cobc_ftrace_starts_with_its_trace_off(
    environ: dict[str, str], expected: bytes, tmp_path: Path
) -> None:
    stdout, stderr = io.BytesIO(), io.BytesIO()
    program = LegacyProgram(parse_program_text(TRACED, "TR.cbl"), trace=True)
    program.trace_from_start = False  # the conformance harness's -ftrace
    program.run(RunStreams(stdout, stderr, environ, tmp_path))
    assert stderr.getvalue() == expected
