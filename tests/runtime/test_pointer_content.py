"""FUNCTION CONTENT-LENGTH / CONTENT-OF (runtime/pointer_content.py) where cobc reads past the
storage it was given (what it finds there is the C heap's): the engine stops the run with a
message instead; the rest is probe ``functions_content``, recorded from cobc 3.1.2."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.support import CobolRuntimeError


def _program(statement: str) -> str:
    return (
        "       IDENTIFICATION DIVISION.\n"
        "       PROGRAM-ID. content.\n"
        "       DATA DIVISION.\n"
        "       WORKING-STORAGE SECTION.\n"
        "       01 P USAGE POINTER.\n"
        '       01 X PIC X(4) VALUE "ABCD".\n'
        "       01 Z PIC X(4) VALUE Z'AB'.\n"
        "       PROCEDURE DIVISION.\n"
        "           SET P TO ADDRESS OF X.\n"
        f"           {statement}\n"
        "           STOP RUN.\n"
    )


def _run(tmp_path: Path, statement: str) -> bytes:
    source = tmp_path / "content.cbl"
    source.write_text(_program(statement))
    stdout = io.BytesIO()
    program = LegacyProgram.from_file(source)
    program.run(RunStreams(stdout, io.BytesIO(), dict(os.environ), tmp_path))
    return stdout.getvalue()


def test_a_value_z_literal_ends_with_a_nul(tmp_path: Path) -> None:
    assert _run(tmp_path, 'DISPLAY "[" Z "]".') == b"[AB\x00 ]\n"


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("DISPLAY FUNCTION CONTENT-LENGTH (P).", "no X'00' after"),
        ("DISPLAY FUNCTION CONTENT-OF (P 200).", "200 bytes at"),
    ],
)
def test_reading_past_the_storage_stops_the_run(
    tmp_path: Path, statement: str, message: str
) -> None:
    with pytest.raises(CobolRuntimeError, match=message):
        _run(tmp_path, statement)


def test_only_a_pointer_item_is_an_argument(tmp_path: Path) -> None:
    with pytest.raises(CobolSemanticError, match="FUNCTION 'CONTENT-OF' has invalid argument"):
        _run(tmp_path, "DISPLAY FUNCTION CONTENT-OF (X).")
