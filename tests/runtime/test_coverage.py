"""Coverage counters of the legacy engine (runtime/coverage.py): every paragraph, every IF arm
(the false arm of an IF without ELSE included) and every WHEN of an EVALUATE (WHEN OTHER, written
or not) is counted; a program compiled without coverage has no counters at all."""

from __future__ import annotations

import io
import os
from pathlib import Path

from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.cobol.program import parse_program
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. COVER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC 9 VALUE 0.
       01 C PIC X VALUE "A".
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM COUNT-PARA 3 TIMES
           IF N > 2
               DISPLAY "BIG"
           ELSE
               DISPLAY "SMALL"
           END-IF
           IF N = 9
               DISPLAY "NINE"
           END-IF
           EVALUATE C
               WHEN "A"
                   DISPLAY "A"
               WHEN "B"
                   DISPLAY "B"
           END-EVALUATE
           EVALUATE TRUE
               WHEN N = 0
                   DISPLAY "ZERO"
               WHEN OTHER
                   DISPLAY "OTHER"
           END-EVALUATE
           STOP RUN.
       COUNT-PARA.
           ADD 1 TO N.
       NEVER-PARA.
           DISPLAY "NEVER".
"""


def _compiled(tmp_path: Path, coverage: bool = True) -> LegacyProgram:
    source = tmp_path / "COVER.cbl"
    source.write_text(PROGRAM)
    return LegacyProgram(parse_program(source), coverage=coverage)


def _run(program: LegacyProgram, tmp_path: Path) -> bytes:
    stdout = io.BytesIO()
    program.run(RunStreams(stdout, io.BytesIO(), dict(os.environ), tmp_path))
    return stdout.getvalue()


def test_every_paragraph_and_arm_is_counted(tmp_path: Path) -> None:
    program = _compiled(tmp_path)
    assert _run(program, tmp_path) == b"BIG\nA\nOTHER\n"
    counts = {(p.origin.line, p.label): n for p, n in program.coverage().counts()}
    assert counts == {
        (8, "MAIN-PARA"): 1,
        (10, "IF N > 2 (true)"): 1,
        (12, "ELSE"): 0,
        (15, "IF N = 9 (true)"): 0,
        (15, "IF N = 9 (false, no ELSE)"): 1,
        (19, 'WHEN "A"'): 1,
        (21, 'WHEN "B"'): 0,
        (18, "EVALUATE C (no WHEN matched)"): 0,
        (25, "WHEN N = 0"): 0,
        (27, "WHEN OTHER"): 1,
        (31, "COUNT-PARA"): 3,
        (33, "NEVER-PARA"): 0,
    }


def test_shares_add_up_over_runs_and_list_what_was_never_entered(tmp_path: Path) -> None:
    program = _compiled(tmp_path)
    _run(program, tmp_path)
    first = program.coverage()
    assert str(first.paragraphs) == "2/3 (66.7%)"
    assert str(first.branches) == "4/9 (44.4%)"
    assert [(p.origin.line, p.label) for p in first.unreached()] == [
        (12, "ELSE"),
        (15, "IF N = 9 (true)"),
        (18, "EVALUATE C (no WHEN matched)"),
        (21, 'WHEN "B"'),
        (25, "WHEN N = 0"),
        (33, "NEVER-PARA"),
    ]
    _run(program, tmp_path)  # the same run again: counts double, the shares stay
    again = program.coverage()
    assert again.branches == first.branches
    assert dict(again.counts())[first.probes[0]] == 2
    program.reset_coverage()
    assert program.coverage().paragraphs.reached == 0


def test_without_coverage_the_generated_code_counts_nothing(tmp_path: Path) -> None:
    program = _compiled(tmp_path, coverage=False)
    assert "_COV" not in program.source
    assert program.probes == ()
    assert _run(program, tmp_path) == b"BIG\nA\nOTHER\n"


def test_idrs_cobol_run_prints_the_coverage(tmp_path: Path) -> None:
    source = tmp_path / "COVER.cbl"
    source.write_text(PROGRAM)
    result = CliRunner().invoke(cli, ["cobol", "run", "--coverage", str(source)])
    assert result.exit_code == 0
    assert result.stdout == "BIG\nA\nOTHER\n"
    assert "4/9 (44.4%)" in result.stderr
    assert "NEVER-PARA" in result.stderr
    assert 'WHEN "B"' in result.stderr
