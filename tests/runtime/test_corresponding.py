"""CORRESPONDING and constant expressions the legacy engine refuses, each at its line (issue
12): what cobc rejects, and what the engine does not understand, is never run wrongly. What
they do when accepted is the probe table's (corr_statements, const_expressions, const_offsets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from idrs_sandbox.cobol.diagnostics import CobolError
from idrs_sandbox.runtime.machine import LegacyProgram

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CORRBAD.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G1.
          05 A PIC 9.
       01 X PIC 9.
{data}
       PROCEDURE DIVISION.
{statement}
           STOP RUN.
"""


@pytest.mark.parametrize(
    ("data", "statement", "message", "line"),
    [
        ("", "           ADD CORR X TO G1", "'X' is not a group item", 10),
        ("", "           SUBTRACT CORRESPONDING G1 FROM X", "'X' is not a group item", 10),
        ("", "           MOVE CORR G1 (1:1) TO G1", "cannot be reference-modified", 10),
        ("       78 N VALUE NEXT.", "           DISPLAY N", "unexpected 'NEXT'", 8),
        (
            "       LINKAGE SECTION.\n       01 L.\n          05 T OCCURS 2.\n"
            "             10 T1 PIC X.\n             78 N VALUE NEXT.",
            "           DISPLAY N",
            "unexpected 'NEXT'",
            12,
        ),
        ("       01 C CONSTANT AS LENGTH OF G1.", "           DISPLAY C", "unexpected", 8),
    ],
    ids=[
        "ADD CORR elementary",
        "SUBTRACT CORR elementary",
        "MOVE CORR refmod",
        "NEXT in WORKING-STORAGE",
        "NEXT after OCCURS group",
        "LENGTH OF group",
    ],
)
def test_refused_at_its_line(
    tmp_path: Path, data: str, statement: str, message: str, line: int
) -> None:
    path = tmp_path / "CORRBAD.cbl"
    path.write_text(PROGRAM.format(data=data, statement=statement))
    with pytest.raises(CobolError, match=message) as caught:
        LegacyProgram.from_file(path)
    origin = caught.value.origin
    assert origin is not None and origin.file.endswith("CORRBAD.cbl")
    assert origin.line == line
