"""A FUNCTION name cobc 3.1.2 does not know, or knows and refuses, gets cobc's own message at
check time (runtime/compile/intrinsic_calls.py unsupported); re-checked against cobc."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.machine import LegacyProgram


def _source(call: str) -> str:
    return (
        "       IDENTIFICATION DIVISION.\n"
        "       PROGRAM-ID. names.\n"
        "       PROCEDURE DIVISION.\n"
        f"           DISPLAY FUNCTION {call}.\n"
        "           STOP RUN.\n"
    )


CASES = [
    ("FROBNICATE (1)", "FUNCTION 'FROBNICATE' unknown"),
    ('HEX-OF ("A")', "FUNCTION 'HEX-OF' unknown"),  # GnuCOBOL 3.2's, not 3.1.2's
    ('NATIONAL-OF ("A")', "FUNCTION 'NATIONAL-OF' is not implemented"),
    ("BOOLEAN-OF-INTEGER (1 1)", "FUNCTION 'BOOLEAN-OF-INTEGER' is not implemented"),
]


@pytest.mark.parametrize(("call", "message"), CASES)
def test_the_engine_says_what_cobc_says(tmp_path: Path, call: str, message: str) -> None:
    source = tmp_path / "names.cbl"
    source.write_text(_source(call))
    with pytest.raises(CobolSemanticError, match=message):
        LegacyProgram.from_file(source)


@pytest.mark.parametrize(("call", "message"), CASES)
def test_cobc_says_it(cobc: str, tmp_path: Path, call: str, message: str) -> None:
    (tmp_path / "names.cbl").write_text(_source(call))
    done = subprocess.run(
        [cobc, "-fsyntax-only", "names.cbl"], cwd=tmp_path, capture_output=True, text=True
    )
    assert f"error: {message}" in done.stderr
