"""Stores written as bytearrays, adjacent constant stores joined (runtime/compile/bytestores.py):
the generated code's shape and its line origins (what runs is checked by the probe
speed_bytestores, recorded from cobc)."""

from __future__ import annotations

from pathlib import Path

from idrs_sandbox.runtime.machine import LegacyProgram

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. JOIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-REC.
           05  R-A                     PIC X(3).
           05  R-B                     PIC 9(2).
           05  R-C                     PIC X(2).
           05  R-P                     PIC S9(3) COMP-3.
       01  WS-TAB.
           05  T-CELL                  PIC X OCCURS 3.
       01  WS-I                        PIC 9 VALUE 2.
       PROCEDURE DIVISION.
           MOVE "ABC" TO R-A
           MOVE 12 TO R-B
           MOVE "XY" TO R-C
           MOVE "Q" TO T-CELL (WS-I)
           COMPUTE R-P = WS-I * 7
           DISPLAY WS-REC
           STOP RUN.
"""


def _compiled(tmp_path: Path) -> LegacyProgram:
    source = tmp_path / "JOIN.cbl"
    source.write_text(PROGRAM)
    return LegacyProgram.from_file(source)


def _origin_lines(program: LegacyProgram) -> dict[int, str]:
    lines = program.source.splitlines()
    return {origin.line: lines[line - 1].strip() for line, origin in program.line_origins}


def test_adjacent_constant_moves_are_one_bytearray_store(tmp_path: Path) -> None:
    program = _compiled(tmp_path)
    stores = [line.strip() for line in program.source.splitlines() if "B0[" in line]
    stores = [line for line in stores if "] = _ba" in line]
    assert len(stores) == 1 and stores[0].startswith("B0[0:7] = _ba")
    value = program.namespace[stores[0].split(" = ")[1]]
    assert type(value) is bytearray and value == b"ABC12XY"


def test_numeric_stores_write_bytearrays(tmp_path: Path) -> None:
    program = _compiled(tmp_path)
    packed = [line for line in program.source.splitlines() if "B0[7:9] = " in line]
    assert len(packed) == 1 and "_fromhexa(" in packed[0] and "_fromhex(" not in packed[0]
    assert program.namespace["_fromhexa"] == bytearray.fromhex


def test_line_origins_follow_the_joined_lines(tmp_path: Path) -> None:
    at = _origin_lines(_compiled(tmp_path))
    assert at[14].startswith("B0[0:7] = _ba")  # the first MOVE: the joined store
    assert at[15] == at[14] and at[16] == at[14]  # the MOVEs joined into it
    assert "_sx(" in at[17] and "(V0 * 7)" in at[18] and at[19].startswith("_out(")
