"""GnuCOBOL 3.1.2 reports FILE STATUS 00 for a CLOSE whose system close fails.

An LD_PRELOAD shim (faults/failclose.c) makes close() and fclose() of one file fail after
closing it. The fact is why POSTING.cbl no longer checks input CLOSE statuses, and why its
output CLOSE checks are listed as never entered by ``idrs oracle coverage``
(docs/posting-decisions.md A8). The legacy engine gives 00 too: Python's close of an
unbuffered file cannot fail that way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FAULTS = Path(__file__).parent / "faults"


@pytest.mark.cobc
def test_a_failing_close_still_says_00(tmp_path: Path, cobc: str) -> None:
    compiler = shutil.which("gcc") or shutil.which("cc")
    assert compiler, "cobc needs a C compiler; none found"
    shim = tmp_path / "failclose.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-o", str(shim), str(FAULTS / "failclose.c"), "-ldl"],
        check=True,
    )
    program = tmp_path / "closefail"
    subprocess.run([cobc, "-x", "-o", str(program), str(FAULTS / "CLOSEFAIL.cbl")], check=True)
    outputs = {}
    for name in ("RECS", "TEXTS"):
        environ = {**os.environ, "LD_PRELOAD": str(shim), "FAIL_CLOSE": str(tmp_path / name)}
        run = subprocess.run(
            [str(program)], cwd=tmp_path, env=environ, capture_output=True, check=True
        )
        outputs[name] = (run.stdout.decode(), run.stderr.decode())
    recs_out, recs_err = outputs["RECS"]
    lines_out, lines_err = outputs["TEXTS"]
    assert "failclose: close() failed" in recs_err  # the shim did make the close fail
    assert "RECORD SEQUENTIAL CLOSE 00" in recs_out
    assert "failclose: fclose() failed" in lines_err
    assert "LINE SEQUENTIAL CLOSE 00" in lines_out
