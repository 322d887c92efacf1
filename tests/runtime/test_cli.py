"""``idrs cobol run`` prints what the program DISPLAYs and exits with RETURN-CODE;
``idrs cobol check`` lists every problem; ``--trace`` shows the paragraph flow."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from idrs_sandbox.cli.main import cli

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. HELLO.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC S9(3) VALUE -5.
       PROCEDURE DIVISION.
       MAIN.
           PERFORM SHOW 2 TIMES
           MOVE 3 TO RETURN-CODE
           STOP RUN.
       SHOW.
           DISPLAY "N=" N.
"""


def _write(tmp_path: Path, text: str, name: str = "HELLO.cbl") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_run_prints_displays_and_exits_with_return_code(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["cobol", "run", str(_write(tmp_path, PROGRAM))])
    assert result.stdout == "N=-005\nN=-005\n"
    assert result.exit_code == 3


def test_trace_shows_each_paragraph_on_stderr(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["cobol", "run", "--trace", str(_write(tmp_path, PROGRAM))])
    # (after the trace, idrs cobol run lists the files the program wrote: not the trace's job)
    assert [line for line in result.stderr.splitlines() if line.startswith("TRACE")] == [
        "TRACE HELLO.cbl:7: MAIN",
        "TRACE HELLO.cbl:11: SHOW",
        "TRACE HELLO.cbl:11: SHOW",
    ]


def test_trace_statements_logs_each_statement_with_its_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["cobol", "run", "--trace-statements", str(_write(tmp_path, PROGRAM))]
    )
    assert result.stderr.splitlines()[:4] == [
        "TRACE HELLO.cbl:7: MAIN",
        "TRACE HELLO.cbl:8:   PERFORM SHOW 2 TIMES",
        "TRACE HELLO.cbl:11: SHOW",
        'TRACE HELLO.cbl:12:   DISPLAY "N=" N.',
    ]


def test_check_lists_problems_with_positions(tmp_path: Path) -> None:
    bad = PROGRAM.replace('DISPLAY "N=" N.', 'DISPLAY "N=" M.')
    result = CliRunner().invoke(cli, ["cobol", "check", str(_write(tmp_path, bad))])
    assert result.exit_code == 1
    assert "HELLO.cbl:12:25: unknown data name 'M'" in result.stderr
    assert "Traceback" not in result.output


def test_check_accepts_a_good_program(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["cobol", "check", str(_write(tmp_path, PROGRAM))])
    assert result.exit_code == 0
    assert result.stdout == "HELLO.cbl: no errors\n"


def test_runtime_error_is_one_line_with_the_position(tmp_path: Path) -> None:
    text = PROGRAM.replace(
        "01 N PIC S9(3) VALUE -5.",
        "01 N PIC S9(3) VALUE -5.\n       01 G.\n          05 T PIC X OCCURS 3.",
    ).replace('DISPLAY "N=" N.', "DISPLAY T (N).")
    result = CliRunner().invoke(cli, ["cobol", "run", str(_write(tmp_path, text))])
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("Error")] == [
        "Error: HELLO.cbl:14:20: runtime error: subscript -5 of T (OCCURS 3) addresses storage "
        "outside its record"
    ]


def test_a_fault_of_the_engine_names_the_cobol_statement(tmp_path: Path) -> None:
    import io
    import os

    import pytest

    from idrs_sandbox.cobol.program import parse_program_text
    from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
    from idrs_sandbox.runtime.support import CobolRuntimeError

    text = PROGRAM.replace('DISPLAY "N=" N.', "COMPUTE N = N / 2.")
    program = LegacyProgram(parse_program_text(text, "HELLO.cbl"))

    def broken(*args: object) -> int:
        raise ValueError("simulated engine bug")

    program.namespace["_div"] = broken
    streams = RunStreams(io.BytesIO(), io.BytesIO(), dict(os.environ), tmp_path)
    with pytest.raises(CobolRuntimeError) as caught:
        program.run(streams)
    assert str(caught.value) == (
        "HELLO.cbl:12:12: runtime error: the legacy engine failed here "
        "(ValueError: simulated engine bug)"
    )


def test_moves_cobc_refuses_are_refused(tmp_path: Path) -> None:
    text = PROGRAM.replace(
        "01 N PIC S9(3) VALUE -5.",
        "01 N PIC S9(3) VALUE -5.\n       01 V PIC 9V9.\n       01 X PIC X.",
    ).replace('DISPLAY "N=" N.', "MOVE V TO X.")
    result = CliRunner().invoke(cli, ["cobol", "check", str(_write(tmp_path, text))])
    assert result.exit_code == 1
    assert "invalid MOVE: a number with decimals into an alphanumeric item" in result.stderr


def test_a_program_without_procedure_division_ends_at_once(tmp_path: Path) -> None:
    text = "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. EMPTY.\n"
    result = CliRunner().invoke(cli, ["cobol", "run", str(_write(tmp_path, text))])
    assert (result.exit_code, result.stdout) == (0, "")
