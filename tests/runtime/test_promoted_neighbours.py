"""A subscript out of range near a promoted item (runtime/promotion.py holds it as a number).

cobc without -debug reads and writes whatever bytes an out-of-range element lands on; the
engine does the same for the bytes it keeps (probe dirty_subscript). A promoted item's bytes
are not kept up to date: a read landing on one first gets them written from its value (it
showed 000 for a counter holding 5), and a store landing on one stops the run with a clear
error (the number would not see the bytes stored)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.support import CobolRuntimeError

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. NEAR.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-GROUP.
          05 T-ITEM     PIC 9(3) COMP-3 OCCURS 2 TIMES.
          05 Y-BYTES    PIC X(2).
          05 X-COUNT    PIC 9(3) COMP-3.
       01 J             PIC 9.
       01 K             PIC 9(3).
       PROCEDURE DIVISION.
           INITIALIZE WS-GROUP
           ADD 5 TO X-COUNT
           MOVE 3 TO J
           MOVE 7 TO T-ITEM (J)
           DISPLAY T-ITEM (J) " " X-COUNT
           MOVE 4 TO J
           DISPLAY T-ITEM (J)
           IF T-ITEM (J) = 5 DISPLAY "FIVE" END-IF
           MOVE T-ITEM (J) TO K
           DISPLAY K
           {last}
           STOP RUN.
"""
"""T-ITEM (3) lands on Y-BYTES (kept as bytes), T-ITEM (4) on X-COUNT (a promoted counter)."""


def run_legacy(folder: Path) -> tuple[bytes, int]:
    program = LegacyProgram.from_file(folder / "near.cbl")
    assert program.promoted_slots, "X-COUNT is no longer promoted: this test checks nothing"
    stdout = io.BytesIO()
    status = program.run(RunStreams(stdout, io.BytesIO(), {}, folder))
    return stdout.getvalue(), status


def test_elements_read_out_of_range_show_what_cobc_shows(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "near.cbl").write_text(PROGRAM.format(last="ADD 1 TO X-COUNT"))
    subprocess.run([cobc, "-x", "-o", "near", "near.cbl"], cwd=tmp_path, check=True)
    done = subprocess.run(["./near"], cwd=tmp_path, capture_output=True, check=False)
    assert (done.stdout, done.returncode) == (b"007 005\n005\nFIVE\n005\n", 0)
    assert run_legacy(tmp_path) == (done.stdout, 0)


def test_an_element_stored_on_a_promoted_counter_stops_the_run(tmp_path: Path) -> None:
    (tmp_path / "near.cbl").write_text(PROGRAM.format(last="MOVE 9 TO T-ITEM (J)"))
    with pytest.raises(CobolRuntimeError) as stopped:
        run_legacy(tmp_path)
    assert "near.cbl:22:" in str(stopped.value)
    assert "subscript 4 of T-ITEM (OCCURS 2) stores into X-COUNT" in str(stopped.value)


def test_posting_keeps_its_counter_tables_as_lists_beside_the_check() -> None:
    """POSTING's WS-COUNTERS holds promoted counters and listed tables (compile/tables.py): the
    check is given the area's buffer first, as the runtime's item readers are, so the escape
    test of tables.py keeps the lists (given last, it made all five tables bytes again)."""
    legacy = Path(__file__).resolve().parents[2] / "legacy"
    program = LegacyProgram.from_file(legacy / "programs" / "POSTING.cbl", [legacy / "copybooks"])
    assert re.search(r"else _pn\d+\(B\d+, _sx", program.source)
    listed = re.findall(r"^TBL\d+ = ", program.source, flags=re.MULTILINE)
    assert len(listed) == 5
