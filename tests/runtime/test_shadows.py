"""Shadows (runtime/compile/shadows.py) and subscript guards (runtime/compile/guards.py): where
the compiler uses them and where it must not. What a program prints with them is checked
against cobc by the probe table (probes/speed_shadows.cbl, probes/dirty_*.cbl)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from idrs_sandbox.runtime.machine import LegacyProgram

PROBES = Path(__file__).parent / "probes"
POSTING = Path(__file__).parents[2] / "legacy" / "programs" / "POSTING.cbl"
COPYBOOKS = Path(__file__).parents[2] / "legacy" / "copybooks"


def _program(tmp_path: Path, body: str, data: str, extra: str = "") -> LegacyProgram:
    source = tmp_path / "PROG.cbl"
    lines = [
        "       IDENTIFICATION DIVISION.",
        "       PROGRAM-ID. PROG.",
        *extra.splitlines(),
        "       DATA DIVISION.",
        *data.splitlines(),
        "       PROCEDURE DIVISION.",
        *body.splitlines(),
    ]
    source.write_text("\n".join(lines) + "\n")
    return LegacyProgram.from_file(source)


@pytest.fixture(scope="module")
def posting() -> LegacyProgram:
    return LegacyProgram.from_file(POSTING, [COPYBOOKS])


def _shadows(program: LegacyProgram) -> set[str]:
    return set(re.findall(r"\bSH\d+\b", program.source))


def test_the_probe_reads_its_items_through_shadows() -> None:
    program = LegacyProgram.from_file(PROBES / "speed_shadows.cbl")
    assert len(_shadows(program)) >= 3


def test_the_guard_probe_tests_its_subscript_once() -> None:
    source = LegacyProgram.from_file(PROBES / "speed_guards.cbl").source
    assert re.search(r"^ *if 0 < V\d+ <= 3:$", source, re.MULTILINE)  # a statement
    assert re.search(r"\) if 0 < V\d+ <= 3 else \(", source)  # a condition


def test_posting_reads_the_transaction_code_through_a_shadow(posting: LegacyProgram) -> None:
    program = posting
    assert _shadows(program)
    # one range test of TA-MX for the fourteen NUMERIC tests of 1320-SCAN-ONE-MODULE
    assert re.search(r"if 0 < V\d+ <= 4 else", program.source)


WS = """       WORKING-STORAGE SECTION.
       01  R.
           05  CODE-X  PIC 9(3).
               88  KNOWN  VALUE 1 2 3.
           05  REST    PIC X(5).
"""

READS = """           MOVE "002" TO R
           IF KNOWN DISPLAY "K" END-IF
           IF KNOWN DISPLAY "K" END-IF
"""


def test_an_item_read_twice_gets_a_shadow(tmp_path: Path) -> None:
    assert _shadows(_program(tmp_path, READS + "           STOP RUN.", WS))


def test_a_call_anywhere_leaves_every_item_in_bytes(tmp_path: Path) -> None:
    body = READS + '           CALL "OTHER"\n           STOP RUN.'
    assert not _shadows(_program(tmp_path, body, WS))


def test_a_file_record_area_has_no_shadows(tmp_path: Path) -> None:
    extra = """       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F ASSIGN TO "F" ORGANIZATION IS LINE SEQUENTIAL."""
    data = """       FILE SECTION.
       FD  F.
       01  R.
           05  CODE-X  PIC 9(3).
               88  KNOWN  VALUE 1 2 3.
           05  REST    PIC X(5).
"""
    assert not _shadows(_program(tmp_path, READS + "           STOP RUN.", data, extra))


def test_statement_positions_skip_the_added_lines(posting: LegacyProgram) -> None:
    """A fault in the generated code is named by the COBOL statement whose first generated
    line precedes it (machine._internal_error): the lines shadows.py adds must not move them."""
    program = posting
    lines = program.source.splitlines()
    assert any(line.strip().startswith("global SH") for line in lines)
    for number, origin in program.line_origins:
        text = lines[number - 1].strip()
        assert not re.match(r"(global )?SH\d+", text), (number, origin, text)
