"""User-defined functions (FUNCTION-ID): what the engine refuses at check or compile time, each
in one line naming the place (the runs themselves are the probe ``user_functions``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.runtime.machine import LegacyProgram

FUNCTION = """\
       IDENTIFICATION DIVISION.
       FUNCTION-ID. TWICE.
       DATA DIVISION.
       LINKAGE SECTION.
       01 N            PIC 9(4).
       01 R            PIC 9(5).
       PROCEDURE DIVISION USING N{returning}.
           COMPUTE R = N * 2
           GOBACK.
       END FUNCTION TWICE.
"""

MAIN = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MAINPROG.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       REPOSITORY.
           FUNCTION {declared}.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A            PIC 9(4) VALUE 12.
       01 B            PIC 9(5).
       PROCEDURE DIVISION{main_returning}.
           MOVE {use} TO B
           DISPLAY B
           STOP RUN.
"""


def _compile(tmp_path: Path, source: str) -> LegacyProgram:
    path = tmp_path / "prog.cbl"
    path.write_text(source)
    return LegacyProgram.from_file(path)


def _source(**parts: str) -> str:
    function = FUNCTION.format(returning=parts.get("returning", " RETURNING R"))
    main = MAIN.format(
        declared=parts.get("declared", "TWICE"),
        main_returning=parts.get("main_returning", ""),
        use=parts.get("use", "TWICE (A)"),
    )
    return function + main


def test_a_well_formed_function_compiles(tmp_path: Path) -> None:
    assert _compile(tmp_path, _source()).program.name == "MAINPROG"


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"returning": ""}, "FUNCTION-ID TWICE needs PROCEDURE DIVISION RETURNING"),
        ({"main_returning": " RETURNING B"}, "only supported in a FUNCTION-ID"),
        ({"use": "TWICE (A + 1)"}, "an expression as an argument of FUNCTION TWICE"),
        ({"declared": "OTHER", "use": "OTHER (A)"}, "no FUNCTION-ID of that name"),
    ],
)
def test_what_the_engine_cannot_run_is_refused_with_its_place(
    tmp_path: Path, parts: dict[str, str], message: str
) -> None:
    with pytest.raises(IdrsError) as raised:
        _compile(tmp_path, _source(**parts))
    assert message in str(raised.value)
    assert "prog.cbl:" in str(raised.value)
