"""POSTING.cbl compiles with the real cobc, -Wall, no diagnostics at all, and stays in columns 1-72.

GNUCOBOL-NOTES: in fixed format text past column 72 is silently ignored, so a long line is a
silent bug, not a style issue; the test fails on it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from idrs_sandbox.paths import copybook_dir, program_path


def test_posting_compiles_without_warnings(cobc: str, tmp_path: Path) -> None:
    executable = tmp_path / "posting"
    result = subprocess.run(
        [
            cobc,
            "-x",
            "-Wall",
            f"-I{copybook_dir()}",
            "-o",
            str(executable),
            str(program_path("POSTING")),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert executable.exists()


def test_posting_source_stays_inside_column_72() -> None:
    lines = program_path("POSTING").read_text(encoding="ascii").splitlines()
    too_long = [number for number, line in enumerate(lines, start=1) if len(line) > 72]
    assert too_long == []


def test_posting_source_has_no_tabs() -> None:
    # A tab would be expanded by cobc and could push text past column 72 unseen.
    assert "\t" not in program_path("POSTING").read_text(encoding="ascii")
