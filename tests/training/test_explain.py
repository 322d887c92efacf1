"""How ``idrs exercise check`` words a difference: bytes counted from 1, no hex dump of a record
that one side does not have."""

from __future__ import annotations

from pathlib import Path


def test_exercise_output_counts_bytes_from_1_and_never_dumps_a_missing_record(
    tmp_path: Path,
) -> None:
    from idrs_sandbox.oracle.compare import compare_runs

    notice = b"666000138" + b"0" * 151
    other = b"666000139" + b"1" * 151
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "NOTICES").write_bytes(notice + other)
    (tmp_path / "b" / "NOTICES").write_bytes(notice[:20] + b"9" + notice[21:])
    # What `idrs exercise check` prints of a comparison (training/checks.py).
    text = compare_runs(tmp_path / "a", tmp_path / "b", ddnames=("NOTICES",)).explain()
    assert " at byte 21: " in text and "offset" not in text
    assert "record 2 (NT-TIN 666000139" in text and ": only in A (160 bytes)" in text
    assert "31 31 31" not in text  # the missing record's bytes
