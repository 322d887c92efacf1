"""DECLARATIVES and USE (statements/declaratives.py).

What cobc 3.1.2 runs after each I/O status is pinned by probe ``declaratives_error``; here: how
the PROCEDURE DIVISION is split, where the run starts, and what is refused as cobc refuses it.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pytest

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.program import parse_program_text
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

HEADER = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DECL.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F1 ASSIGN TO "MISSING.DAT".
       DATA DIVISION.
       FILE SECTION.
       FD F1.
       01 R1 PIC X(4).
       PROCEDURE DIVISION.
"""

PROGRAM = HEADER + textwrap.indent(
    textwrap.dedent("""\
    DECLARATIVES.
    ON-F1 SECTION.
        USE AFTER STANDARD ERROR PROCEDURE ON F1.
        DISPLAY "declarative".
    OTHER-USE SECTION. USE AFTER EXCEPTION PROCEDURE ON OUTPUT.
    END DECLARATIVES.
    MAIN-PARA.
        DISPLAY "start"
        OPEN INPUT F1
        DISPLAY "goes on"
        STOP RUN.
    """),
    " " * 7,
)


def test_declarative_sections_are_marked_and_hold_their_use() -> None:
    program = parse_program_text(PROGRAM, "DECL.cbl")
    assert program.procedure is not None
    sections = program.procedure.sections
    assert [(s.name, s.declarative) for s in sections] == [
        ("ON-F1", True),
        ("OTHER-USE", True),
        (None, False),
    ]
    first, second = sections[0].use, sections[1].use
    assert isinstance(first, ast.UseAfterError) and first.files == ("F1",)
    assert isinstance(second, ast.UseAfterError) and second.modes == ("OUTPUT",)
    assert len(sections[1].paragraphs) == 1  # a USE-only section still has a (empty) body


def test_the_run_starts_after_the_declaratives_and_goes_on_after_the_use(
    tmp_path: Path,
) -> None:
    stdout = io.BytesIO()
    rc = LegacyProgram(parse_program_text(PROGRAM, "DECL.cbl")).run(
        RunStreams(stdout, io.BytesIO(), {}, tmp_path)
    )
    assert (stdout.getvalue(), rc) == (b"start\ndeclarative\ngoes on\n", 0)


def _body(text: str) -> str:
    return HEADER + textwrap.indent(textwrap.dedent(text), " " * 7)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("MAIN.\n    USE AFTER ERROR PROCEDURE ON F1.\n", "USE must start a section"),
        ("MAIN.\n    DISPLAY 1.\nDECLARATIVES.\nEND DECLARATIVES.\n", "must come first"),
        ("END DECLARATIVES.\n", "END DECLARATIVES without DECLARATIVES"),
        (
            "DECLARATIVES.\nS1 SECTION.\nP1.\n    USE AFTER ERROR PROCEDURE ON F1.\n"
            "END DECLARATIVES.\n",
            "directly follow its section header",
        ),
        (
            "DECLARATIVES.\nS1 SECTION.\n    USE AFTER ERROR PROCEDURE ON F2.\n"
            "END DECLARATIVES.\nMAIN.\n    STOP RUN.\n",
            "'F2' is not a file",
        ),
        (
            "DECLARATIVES.\nS1 SECTION.\n    USE AFTER ERROR PROCEDURE INPUT.\n"
            "S2 SECTION.\n    USE AFTER ERROR PROCEDURE ON INPUT.\n"
            "END DECLARATIVES.\nMAIN.\n    STOP RUN.\n",
            "INPUT already has an error procedure",
        ),
        (
            "DECLARATIVES.\nS1 SECTION.\n    USE GLOBAL AFTER ERROR PROCEDURE ON F1.\n"
            "END DECLARATIVES.\nMAIN.\n    STOP RUN.\nIDENTIFICATION DIVISION.\n"
            "PROGRAM-ID. INNER.\nPROCEDURE DIVISION.\n    STOP RUN.\nEND PROGRAM INNER.\n"
            "END PROGRAM DECL.\n",
            "USE GLOBAL with contained programs is not supported",
        ),
    ],
)
def test_misplaced_or_wrong_uses_are_refused(body: str, message: str) -> None:
    with pytest.raises(IdrsError, match=message):
        LegacyProgram(parse_program_text(_body(body), "DECL.cbl"))
