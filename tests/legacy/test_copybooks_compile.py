"""Every copybook compiles with the real cobc inside a small program, at its rulebook length."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.paths import copybook_dir

RECORDS = {
    "CTLCARD": ("CTL-CARD", 80),
    "TRANSREC": ("TR-RECORD", 100),
    "TAXACCT": ("TA-ACCOUNT", 514),
    "NOTICE": ("NT-RECORD", 160),
    "REFUND": ("RF-RECORD", 156),
    "UNPOST": ("UP-RECORD", 140),
}

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
