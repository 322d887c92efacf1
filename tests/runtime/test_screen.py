"""DISPLAY at a screen position and SCREEN SECTION items (runtime/screen.py): the positions
libcob 3.1.2 takes, the exceptions it raises and the ON EXCEPTION branch taken, told by each
program's exit status (GOBACK RETURNING n at the first check that fails). The engine draws no
screen, so only the status and stderr are compared with the cobc-built program's (its stdout
holds curses' terminal control); TERM is xterm (24 x 80) unless the case says otherwise."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.cobol.directives import SourceOptions
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.screen import terminfo_size

POSITIONS = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. positions.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 COL-NO PIC 9(3) VALUE 80.
       SCREEN SECTION.
       01 GOOD.
          03 VALUE "ok" LINE 24 COLUMN 79.
       01 BAD-LINE.
          03 VALUE "x" LINE 25.
       PROCEDURE DIVISION.
           DISPLAY "x" AT LINE 24 COLUMN 80
               ON EXCEPTION GOBACK RETURNING 11
           END-DISPLAY
           DISPLAY "x" AT LINE 25 COLUMN 1
               NOT ON EXCEPTION GOBACK RETURNING 12
           END-DISPLAY
           IF FUNCTION EXCEPTION-STATUS NOT = "EC-SCREEN-LINE-NUMBER"
               GOBACK RETURNING 13
           END-IF
           DISPLAY "x" LINE 1 COLUMN COL-NO
               ON EXCEPTION GOBACK RETURNING 14
           END-DISPLAY
           ADD 1 TO COL-NO
           DISPLAY "x" AT COLUMN COL-NO
               NOT ON EXCEPTION GOBACK RETURNING 15
           END-DISPLAY
           DISPLAY GOOD
           DISPLAY BAD-LINE
           IF FUNCTION EXCEPTION-STATUS NOT = "EC-SCREEN-LINE-NUMBER"
               GOBACK RETURNING 17
           END-IF
           DISPLAY "x" AT LINE 0 COLUMN 0
               ON EXCEPTION GOBACK RETURNING 18
           END-DISPLAY
           GOBACK RETURNING 0.
"""

ITEMS = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. items.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 ZERO-VAR PIC 9 VALUE 0.
       SCREEN SECTION.
       01 L24. 03 VALUE "a" LINE 24.
       01 C80. 03 VALUE "a" COLUMN 80.
       01 L23C79. 03 VALUE "ab" LINE 23 COLUMN 79.
       01 PLAIN. 03 VALUE "a".
       PROCEDURE DIVISION.
           DISPLAY L24
           IF FUNCTION EXCEPTION-STATUS NOT = SPACES GOBACK RETURNING 1
           END-IF
           DISPLAY C80
           IF FUNCTION EXCEPTION-STATUS NOT = SPACES GOBACK RETURNING 2
           END-IF
           DISPLAY L23C79
           IF FUNCTION EXCEPTION-STATUS NOT = SPACES GOBACK RETURNING 3
           END-IF
           DISPLAY PLAIN AT LINE ZERO-VAR
           IF FUNCTION EXCEPTION-STATUS NOT = SPACES GOBACK RETURNING 4
           END-IF
           DISPLAY L24 AT LINE 2
           IF FUNCTION EXCEPTION-STATUS NOT = "EC-SCREEN-LINE-NUMBER"
               GOBACK RETURNING 5
           END-IF
           GOBACK RETURNING 0.
"""

CASES = [
    ("positions", POSITIONS, {}, []),
    ("positions-100-columns", POSITIONS, {"COLUMNS": "100"}, []),
    ("positions-30-lines", POSITIONS, {"LINES": "30"}, []),
    ("items", ITEMS, {}, []),
    ("items-zero-refused", ITEMS, {}, ["-faccept-display-extensions=error"]),
    ("no-terminal", ITEMS, {"TERM": ""}, []),
    ("unknown-terminal", ITEMS, {"TERM": "nosuchterm"}, []),
]


def _environment(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COB_")}
    env.update({"TERM": "xterm", **extra})
    for name in ("LINES", "COLUMNS"):
        if name not in extra:
            env.pop(name, None)
    if env["TERM"] == "":
        del env["TERM"]
    return env


def _engine(folder: Path, source: str, env: dict[str, str], flags: list[str]) -> tuple[int, bytes]:
    path = folder / "prog.cob"
    path.write_text(source)
    options = SourceOptions.from_cobc_arguments([*flags, str(path)], env)
    program = LegacyProgram.from_file(path, [folder], options=options)
    stderr = io.BytesIO()
    status = program.run(RunStreams(io.BytesIO(), stderr, env, folder))
    return status, stderr.getvalue()


@pytest.mark.cobc
@pytest.mark.parametrize(("name", "source", "extra", "flags"), CASES, ids=[c[0] for c in CASES])
def test_status_and_stderr_are_cobcs(
    tmp_path: Path, cobc: str, name: str, source: str, extra: dict[str, str], flags: list[str]
) -> None:
    env = _environment(extra)
    (tmp_path / "prog.cob").write_text(source)
    subprocess.run([cobc, "-x", *flags, "prog.cob"], cwd=tmp_path, check=True)
    run = subprocess.run(["./prog"], cwd=tmp_path, env=env, capture_output=True, check=False)
    (tmp_path / "engine").mkdir()
    assert _engine(tmp_path / "engine", source, env, flags) == (run.returncode, run.stderr)


RECORDED = [  # exit statuses measured with cobc 3.1.2 (re-checked above where it is installed)
    (POSITIONS, {}, [], 18),
    (POSITIONS, {"COLUMNS": "100"}, [], 15),
    (POSITIONS, {"LINES": "30"}, [], 12),
    (ITEMS, {}, [], 0),
    (ITEMS, {}, ["-faccept-display-extensions=error"], 4),
]


@pytest.mark.parametrize(("source", "extra", "flags", "status"), RECORDED)
def test_recorded_statuses(
    tmp_path: Path, source: str, extra: dict[str, str], flags: list[str], status: int
) -> None:
    assert _engine(tmp_path, source, _environment(extra), flags)[0] == status


def test_without_a_terminal_the_run_stops_as_ncurses_does(tmp_path: Path) -> None:
    status, stderr = _engine(tmp_path, ITEMS, _environment({"TERM": ""}), [])
    assert (status, stderr) == (1, b"Error opening terminal: unknown.\n")


def test_terminfo_sizes() -> None:
    assert terminfo_size("xterm", {}) == (24, 80)
    assert terminfo_size("no-such-terminal", {}) is None
    assert terminfo_size("../etc", {}) is None
