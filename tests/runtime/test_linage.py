"""LINAGE (runtime/linage.py) and COB_CURRENT_DATE (runtime/clock.py).

The page layout cobc 3.1.2 writes is pinned by probe ``linage_pages``; here: the FD clause
read, what is refused, and the fixed clock of COB_CURRENT_DATE.
"""

from __future__ import annotations

import datetime as dt

import pytest

from idrs_sandbox.cobol.program import Linage, parse_program_text
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.runtime.clock import now
from idrs_sandbox.runtime.machine import LegacyProgram


def _program(linage: str, second_fd: str = "") -> str:
    return (
        "       IDENTIFICATION DIVISION.\n"
        "       PROGRAM-ID. LIN.\n"
        "       ENVIRONMENT DIVISION.\n"
        "       INPUT-OUTPUT SECTION.\n"
        "       FILE-CONTROL.\n"
        '           SELECT R1 ASSIGN TO "R1".\n'
        '           SELECT R2 ASSIGN TO "R2".\n'
        "       DATA DIVISION.\n"
        "       FILE SECTION.\n"
        f"       FD R1 {linage}.\n"
        "       01 L1 PIC X(8).\n"
        f"       FD R2 {second_fd}.\n"
        "       01 L2 PIC X(8).\n"
        "       WORKING-STORAGE SECTION.\n"
        "       01 N PIC 99 VALUE 9.\n"
        "       PROCEDURE DIVISION.\n"
        "           DISPLAY LINAGE-COUNTER OF R1.\n"
    )


def test_the_clause_is_read_and_the_file_becomes_line_sequential() -> None:
    program = parse_program_text(_program("LINAGE 60 LINES FOOTING 55 BOTTOM 3"), "LIN.cbl")
    first, second = program.files
    assert first.linage is not None and first.line_sequential
    assert (first.linage.lines, first.linage.footing, first.linage.top, first.linage.bottom) == (
        60,
        55,
        0,
        3,
    )
    assert isinstance(first.linage, Linage) and second.linage is None


@pytest.mark.parametrize(
    ("linage", "second_fd", "message"),
    [
        ("LINAGE N LINES", "", "LINAGE with a data name is not supported"),
        ("LINAGE 10 WITH FOOTING AT 11", "", "FOOTING must lie inside the page"),
        ("LINAGE 10", "LINAGE 20", "more than one file with LINAGE"),
    ],
)
def test_what_the_engine_refuses(linage: str, second_fd: str, message: str) -> None:
    with pytest.raises(IdrsError, match=message):
        LegacyProgram(parse_program_text(_program(linage, second_fd), "LIN.cbl"))


def test_cob_current_date_fixes_the_parts_it_gives() -> None:
    assert now({"COB_CURRENT_DATE": "2015/02/06 16:40:52"}) == dt.datetime(2015, 2, 6, 16, 40, 52)
    fixed = now({"COB_CURRENT_DATE": "15-02-06"})
    assert (fixed.year, fixed.month, fixed.day) == (2015, 2, 6)
    assert now({"COB_CURRENT_DATE": "2015/13/40"}).year == dt.datetime.now().year  # invalid
