"""libcob's trace (runtime/tracing.py) of a program built as with ``cobc -ftraceall``: the
whole trace file the engine writes is the one a cobc-built program writes (COB_TRACE_FILE,
COB_TRACE_FORMAT, COB_SET_TRACE, READY / RESET TRACE, a COPY book's lines, sections, WHEN)."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.cobol.program import parse_program
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.tracing import Tracer, statement_name

STEPS = """\
           MOVE 2 TO N
           ADD 1 TO N
"""

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. tprog.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC 99 VALUE 0.
       PROCEDURE DIVISION.
       MAIN-SECTION SECTION.
           DISPLAY "start"
           PERFORM WORK-PARA 2 TIMES
           IF N > 1
              CONTINUE
           ELSE
              MOVE 1 TO N
           END-IF
           GO TO LAST-PARA.
       WORK-PARA.
           COPY steps.
           EVALUATE N
             WHEN 3 DISPLAY "three"
             WHEN OTHER DISPLAY "other"
           END-EVALUATE.
       OTHER-SECTION SECTION.
           DISPLAY "other section".
       LAST-PARA.
           RESET TRACE
           DISPLAY "untraced"
           READY TRACE
           STOP RUN.
"""


def _write(folder: Path) -> Path:
    (folder / "steps.cpy").write_text(STEPS)
    source = folder / "tprog.cob"
    source.write_text(PROGRAM)
    return source


def _engine_trace(folder: Path, env: dict[str, str]) -> bytes:
    program = LegacyProgram(
        parse_program(_write(folder), [folder]), trace=True, trace_statements=True
    )
    program.trace_from_start = False
    program.libcob_trace = True
    stdout, stderr = io.BytesIO(), io.BytesIO()
    assert program.run(RunStreams(stdout, stderr, env, folder)) == 0
    assert stdout.getvalue() == b"start\nthree\nthree\nuntraced\n"
    return (folder / "trace.txt").read_bytes()


ENVIRONMENTS = [
    {"COB_TRACE_FILE": "trace.txt", "COB_SET_TRACE": "Y"},
    {"COB_TRACE_FILE": "trace.txt", "COB_SET_TRACE": "Y", "COB_TRACE_FORMAT": "Line: %L %S"},
    {"COB_TRACE_FILE": "trace.txt", "COB_SET_TRACE": "Y", "COB_TRACE_FORMAT": "%I|%F|%S|%L"},
]


@pytest.mark.cobc
@pytest.mark.parametrize("settings", ENVIRONMENTS, ids=["default", "line-first", "all-letters"])
def test_the_trace_file_is_cobcs(tmp_path: Path, cobc: str, settings: dict[str, str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COB_")} | settings
    (tmp_path / "cobc").mkdir()
    source = _write(tmp_path / "cobc")
    subprocess.run([cobc, "-x", "-ftraceall", source.name], cwd=source.parent, check=True)
    subprocess.run(["./tprog"], cwd=source.parent, env=env, check=True, capture_output=True)
    (tmp_path / "engine").mkdir()
    expected = (source.parent / "trace.txt").read_bytes()
    assert _engine_trace(tmp_path / "engine", env) == expected


def test_the_default_format_recorded_from_cobc(tmp_path: Path) -> None:
    trace = _engine_trace(tmp_path, {"COB_TRACE_FILE": "trace.txt", "COB_SET_TRACE": "Y"})
    lines = trace.decode().splitlines()
    assert lines[:4] == [
        "Source: 'tprog.cob'",
        "Program-Id:  tprog",
        "Program-Id:  tprog                Entry: tprog                           Line:      6",
        "Program-Id:  tprog              Section: MAIN-SECTION                    Line:      7",
    ]
    assert "Source: 'steps.cpy'" in lines
    assert lines[-1].split() == ["Program-Id:", "tprog", "STOP", "RUN", "Line:", "28"]


def test_without_cob_set_trace_nothing_until_ready_trace(tmp_path: Path) -> None:
    trace = _engine_trace(tmp_path, {"COB_TRACE_FILE": "trace.txt"})
    assert trace.decode().splitlines()[-1].split()[-3:] == ["RUN", "Line:", "28"]
    assert b"DISPLAY" not in trace  # only READY TRACE's STOP RUN is traced


def test_statement_names_are_cobcs() -> None:
    assert statement_name("STOP RUN.") == "STOP RUN"
    assert statement_name("GO TO LAST-PARA.") == "GO TO"
    assert statement_name("move 1 to n") == "MOVE"
    assert statement_name("STOP 'x'") == "STOP"


def test_the_engine_format_stays_on_stderr() -> None:
    written: list[bytes] = []
    tracer = Tracer(written.append, [True], "PROG")
    tracer("P", "P.cbl", 12, "MAIN")
    tracer("T", "P.cbl", 13, "", "MOVE 1 TO N")
    assert written == [b"TRACE P.cbl:12: MAIN\n", b"TRACE P.cbl:13:   MOVE 1 TO N\n"]
