"""`idrs cobol run PROG -- ARGS`: ACCEPT FROM COMMAND-LINE / ARGUMENT-NUMBER / ARGUMENT-VALUE and
DISPLAY UPON ARGUMENT-NUMBER give what the cobc-built executable gives with the same arguments.
(Without arguments: the probe ``accept_arguments``.)"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli

PROBE = Path(__file__).parent / "probes" / "accept_arguments.cbl"

SELECT = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SELECTARG.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-ARG       PIC X(8) VALUE ALL "-".
       01 WS-NUM       PIC S9(5) VALUE -1.
       01 WS-DEC       PIC S9(3)V99 VALUE 0.
       PROCEDURE DIVISION.
           DISPLAY 2 UPON ARGUMENT-NUMBER
           ACCEPT WS-ARG FROM ARGUMENT-VALUE
           DISPLAY "SECOND [" WS-ARG "]"
           DISPLAY 3 UPON ARGUMENT-NUMBER
           ACCEPT WS-NUM FROM ARGUMENT-VALUE
           DISPLAY "NUM " WS-NUM
           ACCEPT WS-NUM FROM ARGUMENT-VALUE
           DISPLAY "NUM " WS-NUM
           ACCEPT WS-DEC FROM ARGUMENT-VALUE
           DISPLAY "DEC " WS-DEC
           STOP RUN.
"""

CASES = [
    (
        "probe",
        ["alpha", "be ta", "42", "longerthan8chars"],
        b"LINE [alpha be ta 42 longerthan8char]\nCOUNT 004\nARG [alpha   ]\nARG [be ta   ]\n"
        b"ARG [42      ]\nARG [longerth]\nSECOND [be ta   ]\nNUM +00042\n",
    ),
    (
        "probe",
        ["one"],
        b"LINE [one                           ]\nCOUNT 001\nARG [one     ]\nARG [one     ]\n"
        b"ARG [one     ]\nARG [one     ]\nSECOND [one     ]\nNUM -00001\n",
    ),
    (
        "select",
        ["a", "b", "-12", "x7y", "4.5"],
        b"SECOND [b       ]\nNUM -00012\nNUM +00000\nDEC +004.50\n",
    ),
    (
        "select",
        ["a", "b", "123456", "4.5", "-1.239"],
        b"SECOND [b       ]\nNUM +23456\nNUM +00004\nDEC -001.23\n",
    ),
]
"""What cobc 3.1.2's executables printed (re-checked by test_cobc_prints_the_same)."""


def _source(which: str, folder: Path) -> Path:
    if which == "probe":
        return PROBE
    path = folder / "selectarg.cbl"
    path.write_text(SELECT)
    return path


@pytest.mark.parametrize(("which", "arguments", "expected"), CASES)
def test_idrs_cobol_run_passes_the_arguments(
    which: str,
    arguments: list[str],
    expected: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    source = _source(which, tmp_path)
    result = CliRunner().invoke(cli, ["cobol", "run", str(source), "--", *arguments])
    assert result.stdout_bytes == expected
    assert result.exit_code == 0


@pytest.mark.cobc
@pytest.mark.parametrize(("which", "arguments", "expected"), CASES)
def test_cobc_prints_the_same(
    which: str, arguments: list[str], expected: bytes, tmp_path: Path, cobc: str
) -> None:
    source = _source(which, tmp_path)
    executable = tmp_path / "prog"
    subprocess.run([cobc, "-x", "-o", str(executable), str(source)], check=True)
    run = subprocess.run([str(executable), *arguments], capture_output=True, check=False)
    assert (run.stdout, run.returncode) == (expected, 0)
