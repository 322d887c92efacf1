"""Every copybook compiles with the real cobc inside a small program, at its rulebook length."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.paths import copybook_dir
from rulebook import RECORD_LENGTHS

RECORD_NAMES = {
    "CTLCARD": "CTL-CARD",
    "TRANSREC": "TR-RECORD",
    "TAXACCT": "TA-ACCOUNT",
    "NOTICE": "NT-RECORD",
    "REFUND": "RF-RECORD",
    "UNPOST": "UP-RECORD",
}
RECORDS = {name: (record, RECORD_LENGTHS[name]) for name, record in RECORD_NAMES.items()}

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CPYTEST.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       COPY {copybook}.
       PROCEDURE DIVISION.
           DISPLAY FUNCTION LENGTH({record})
           STOP RUN.
"""


@pytest.mark.parametrize("copybook", sorted(RECORDS))
def test_copybook_compiles_at_rulebook_length(cobc: str, copybook: str, tmp_path: Path) -> None:
    record, length = RECORDS[copybook]
    source = tmp_path / "CPYTEST.cbl"
    source.write_text(PROGRAM.format(copybook=copybook, record=record))
    exe = tmp_path / "cpytest"
    compiled = subprocess.run(
        [cobc, "-x", "-Wall", f"-I{copybook_dir()}", "-o", str(exe), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stderr
    assert compiled.stderr == ""
    ran = subprocess.run([str(exe)], capture_output=True, text=True, check=True)
    assert int(ran.stdout) == length
