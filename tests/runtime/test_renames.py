"""Level 66 RENAMES: what the checker refuses is what cobc 3.1.2 refuses, with cobc's words; what
both accept runs the same (probe ``renames`` for the run; this file for the refusals)."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.cobol.diagnostics import CobolError
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

RECORD = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. PROG.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 REC.
          05 A PIC X(2) VALUE "AB".
          05 T PIC X OCCURS 2 VALUE "T".
          05 G.
             10 E PIC X(2) VALUE "EE".
             10 E2 PIC X(2) VALUE "FF".
          05 P PIC S9(3) COMP-3 VALUE -45.
       {renames}
       PROCEDURE DIVISION.
           DISPLAY "[" R "]".
           STOP RUN.
"""

REFUSED = [
    ("66 R RENAMES T.", "RENAMES cannot start/end at the OCCURS item 'T'"),
    ("66 R RENAMES E THRU A.", "THRU item 'A' may not come before 'E'"),
    ("66 R RENAMES A THRU T.", "RENAMES cannot start/end at the OCCURS item 'T'"),
    ("66 R RENAMES NOPE.", "RENAMES item 'NOPE' is not defined"),
    ("66 R RENAMES G THRU E2.", "THRU item 'E2' may not be subordinate to 'G'"),
]


def _write(tmp_path: Path, renames: str) -> Path:
    source = tmp_path / "prog.cob"
    source.write_text(RECORD.format(renames=renames))
    return source


@pytest.mark.parametrize(("renames", "message"), REFUSED)
def test_refused_like_cobc(renames: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(CobolError, match=message):
        LegacyProgram.from_file(_write(tmp_path, renames))


@pytest.mark.parametrize(("renames", "message"), REFUSED)
def test_cobc_refuses_them_too(renames: str, message: str, tmp_path: Path, cobc: str) -> None:
    done = subprocess.run(
        [cobc, "-fsyntax-only", str(_write(tmp_path, renames))], capture_output=True, text=True
    )
    assert done.returncode != 0
    assert message.removeprefix("RENAMES item ").split(" is not")[0] in done.stderr


def test_a_66_of_a_packed_item_is_refused(tmp_path: Path) -> None:
    # cobc 3.1.2 compiles it but reads and initialises the 66 as DISPLAY over the packed bytes
    # (the item changed from -45 to +043 before any statement ran): no program can mean that.
    with pytest.raises(CobolError, match="RENAMES of the COMP-3 item 'P' is not supported"):
        LegacyProgram.from_file(_write(tmp_path, "66 R RENAMES P."))


def test_a_66_of_the_record_itself_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CobolError, match="RENAMES of the record 'REC' itself is not supported"):
        LegacyProgram.from_file(_write(tmp_path, "66 R RENAMES REC."))


def test_why_cobc_s_66_of_the_record_itself_is_not_reproduced(tmp_path: Path, cobc: str) -> None:
    source = _write(tmp_path, "66 R RENAMES REC.")
    subprocess.run([cobc, "-x", "-o", str(tmp_path / "prog"), str(source)], check=True)
    shown = subprocess.run([str(tmp_path / "prog")], capture_output=True, check=True).stdout
    assert shown == b"[]\n"  # an item of no bytes, where the record holds 11


def test_a_range_runs_as_cobc(tmp_path: Path, cobc: str) -> None:
    source = _write(tmp_path, "66 R RENAMES A THRU P.")
    subprocess.run([cobc, "-x", "-o", str(tmp_path / "prog"), str(source)], check=True)
    expected = subprocess.run([str(tmp_path / "prog")], capture_output=True, check=True).stdout
    out = io.BytesIO()
    LegacyProgram.from_file(source).run(RunStreams(out, io.BytesIO(), dict(os.environ), tmp_path))
    assert out.getvalue() == expected == b"[ABTTEEFF\x04]]\n"  # packed -45: bytes 04 5D
