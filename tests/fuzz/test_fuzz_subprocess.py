"""The fuzz corpus's cases that once gave a traceback, run as a user runs them: the real ``idrs``
executable in a subprocess (no CliRunner between the command and the terminal), each held to the
same promise as tests/fuzz/test_fuzz_cli.py: no traceback, one ``Error:`` line that names what is
wrong, the documented exit status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from idrs_sandbox.datagen import generate_run

IDRS = Path(sys.executable).parent / "idrs"


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sub") / "week"
    generate_run(folder, 4, 12, 5)
    return folder


def _setup(here: Path, week: Path) -> None:
    (here / "FILE").write_bytes(b"a file, not a folder")
    os.mkfifo(here / "FIFO")
    (here / "bad").mkdir()
    for name in ("MASTIN", "TRANSIN"):
        (here / "bad" / name).write_bytes((week / name).read_bytes())
    (here / "bad" / "CONTROL").write_bytes(b"\xff" * 13 + b" 2024 X")
    (here / "BAD.cbl").write_text(
        "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. B.\n"
        "       PROCEDURE DIVISION.\n           MOVE 1 TO NOWHERE.\n"
    )


CASES = [
    # (arguments, exit status, a piece of stderr)
    (["records", "show", "{week}/TRANSIN", "-c", "TRANSREC", "--skip", "999999999999"], 0,
     "--skip 999,999,999,999 is past the last record"),
    (["records", "show", "FIFO", "-c", "TRANSREC"], 2, "Error: FIFO: a FIFO, not a file"),
    (["records", "show", "", "-c", "TRANSREC"], 2, "Error: FILE is an empty name"),
    (["generate", "--out", "/dev/null"], 2, "Error: --out /dev/null: /dev/null exists and is not"),
    (["generate", "--out", "FILE/sub"], 2, "Error: --out FILE/sub: FILE exists and is not a"),
    (["compare", "{week}", "{week}"], 2, "holds no run outputs"),
    (["run", "--input", "bad", "--output", "out"], 16, ""),
    (["cobol", "check", "BAD.cbl"], 1, "Error: BAD.cbl:4:"),
    (["oracle", "mutants", "--examples", "0"], 2, "Error: Invalid value for '--examples'"),
    (["exercise", "check"], 2, "Error: no exercise here"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "status", "message"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_the_real_command(
    tmp_path: Path, week: Path, args: list[str], status: int, message: str
) -> None:
    _setup(tmp_path, week)
    argv = [str(IDRS), *(arg.format(week=week) for arg in args)]
    done = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    assert done.returncode == status, done.stderr
    assert message in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == (1 if status in (1, 2) else 0), done.stderr
