"""Streaming fixed-length record files."""

from __future__ import annotations

from pathlib import Path

import pytest

from idrs_sandbox.records import files
from idrs_sandbox.records.files import RecordFile, RecordFileError, read_records, write_records


def numbered(count: int, length: int = 7) -> list[bytes]:
    return [f"{n:0{length}d}".encode() for n in range(1, count + 1)]


def test_round_trip_across_chunk_boundaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "CHUNK_BYTES", 20)  # 2 records of 7 bytes per read
    path = tmp_path / "DATA"
    assert write_records(path, numbered(11), 7) == 11
    assert path.stat().st_size == 77
    assert list(read_records(path, 7)) == list(enumerate(numbered(11), start=1))


def test_chunks_hold_whole_records_across_chunk_boundaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "CHUNK_BYTES", 20)  # 2 records of 7 bytes per chunk
    path = tmp_path / "DATA"
    write_records(path, numbered(11), 7)
    chunks = list(RecordFile(path, 7).chunks())
    assert [len(chunk) for chunk in chunks] == [14, 14, 14, 14, 14, 7]
    assert b"".join(chunks) == b"".join(numbered(11))
    assert list(RecordFile(Path("/dev/zero"), 7).chunks()) == []  # reads what its size says


def test_skip_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "DATA"
    write_records(path, numbered(10), 7)
    got = list(RecordFile(path, 7).records(skip=3, limit=4))
    assert [number for number, _ in got] == [4, 5, 6, 7]
    assert got[0][1] == b"0000004"
    assert list(RecordFile(path, 7).records(skip=12)) == []
    assert list(RecordFile(path, 7).records(limit=0)) == []
    # Far past the end (skip * length past what a seek can reach): nothing, no OSError.
    assert list(RecordFile(path, 7).records(skip=999_999_999_999_999_999)) == []


def test_size_not_a_multiple_is_reported_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "SHORT"
    path.write_bytes(b"x" * (7 * 3 + 5))
    with pytest.raises(RecordFileError) as caught:
        RecordFile(path, 7).records()
    assert str(caught.value) == (
        f"{path}: size 26 bytes is not a multiple of the record length 7 "
        "(3 whole records and 5 leftover bytes)"
    )


def test_partial_file_read_when_allowed(tmp_path: Path) -> None:
    path = tmp_path / "SHORT"
    path.write_bytes(b"1234567" + b"89")
    records_file = RecordFile(path, 7)
    assert list(records_file.records(allow_partial=True)) == [(1, b"1234567")]
    assert (records_file.count, records_file.leftover) == (1, 2)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RecordFileError, match="no such file"):
        RecordFile(tmp_path / "NOPE", 7).records()


def test_write_refuses_a_record_of_the_wrong_length(tmp_path: Path) -> None:
    with pytest.raises(RecordFileError, match="record 2 is 3 bytes, not 7"):
        write_records(tmp_path / "OUT", [b"1234567", b"123"], 7)
