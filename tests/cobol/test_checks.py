"""Semantic checks report every problem at once, each at its FILE:LINE:COL (RULE: issue 4,
"Checks before running")."""

from __future__ import annotations

from pathlib import Path

from idrs_sandbox.cobol.checks import check_program
from idrs_sandbox.cobol.program import parse_program, parse_program_text
from idrs_sandbox.paths import copybook_dir, program_path

BAD = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BAD.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G1.
          05 A PIC 9(3).
          05 T PIC X OCCURS 3.
       01 G2.
          05 A PIC 9(3).
          05 F PIC X.
             88 F-ON VALUE "Y".
       PROCEDURE DIVISION.
       MAIN.
           MOVE 1 TO A
           MOVE 2 TO A OF G1
           MOVE 3 TO B
           MOVE "X" TO T
           MOVE "X" TO F (2)
           IF F-ON OR F-OFF DISPLAY "Y" END-IF
           SET F TO TRUE
           PERFORM NOWHERE
           GO TO MAIN
           OPEN INPUT NOFILE
           MOVE F-ON TO F
           STOP RUN.
"""


def _problems(text: str) -> list[tuple[int, int, str]]:
    program = parse_program_text(text, "BAD.cbl")
    return [
        (e.origin.line, e.origin.column, e.message)
        for e in check_program(program)
        if e.origin is not None
    ]


def test_every_problem_is_reported_with_its_position() -> None:
    assert _problems(BAD) == [
        (14, 22, "'A' is ambiguous (2 items): qualify it with OF"),
        (16, 22, "unknown data name 'B'"),
        (17, 24, "'T' needs 1 subscript(s), got 0"),
        (18, 24, "'F' is not a table: it takes no subscript"),
        (19, 23, "unknown data name 'F-OFF'"),
        (20, 16, "'F' is not a condition name"),
        (21, 20, "unknown paragraph or section 'NOWHERE'"),
        (23, 12, "unknown file 'NOFILE'"),
        (24, 17, "'F-ON' is a condition name, not a data item"),
    ]


def test_a_message_carries_the_line_and_a_caret() -> None:
    program = parse_program_text(BAD, "BAD.cbl")
    first = str(check_program(program)[0])
    assert first.splitlines() == [
        "BAD.cbl:14:22: 'A' is ambiguous (2 items): qualify it with OF",
        "           MOVE 1 TO A",
        "                     ^",
    ]


def test_posting_passes_the_checks() -> None:
    program = parse_program(program_path("POSTING"), [copybook_dir()])
    assert check_program(program) == []


def test_qualified_names_and_sections_resolve(tmp_path: Path) -> None:
    text = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. GOOD.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G1.
          05 A PIC 9(3).
       01 G2.
          05 A PIC 9(3).
          05 T PIC X OCCURS 3 INDEXED BY TX.
       PROCEDURE DIVISION.
       S1 SECTION.
       P1.
           MOVE 1 TO A IN G2
           SET TX TO 1
           MOVE "Z" TO T (TX)
           PERFORM S2.
       S2 SECTION.
       P1.
           GO TO P1.
"""
    assert _problems(text) == []


def test_a_level_78_constant_cannot_receive_a_value() -> None:
    text = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. K.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       78 LIMIT-VALUE VALUE 3.
       01 N PIC 9.
       PROCEDURE DIVISION.
           MOVE LIMIT-VALUE TO N
           ADD 1 TO LIMIT-VALUE
           STOP RUN.
"""
    assert _problems(text) == [
        (9, 21, "'LIMIT-VALUE' is a constant (level 78): it cannot change"),
    ]
