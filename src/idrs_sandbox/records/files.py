"""Files of fixed-length records (ORGANIZATION SEQUENTIAL, back to back, no delimiters:
GNUCOBOL-NOTES "Storage"), streamed with constant memory whatever their size.

A file whose size is not a multiple of the record length is reported as such (file, size,
record length, leftover bytes) before any record is read; ``allow_partial=True`` reads the whole
records and leaves the tail to the caller (``RecordFile.leftover``). GnuCOBOL itself would give
file status 04 on the last READ and keep the previous record's bytes in the area.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from idrs_sandbox.errors import IdrsError

CHUNK_BYTES = 1 << 20
"""Read about this much at a time (rounded to whole records)."""


class RecordFileError(IdrsError):
    """A record file that cannot be read as fixed-length records."""


@dataclass(frozen=True)
class RecordFile:
    """A file of ``record_length``-byte records."""

    path: Path
    record_length: int

    def __post_init__(self) -> None:
        if self.record_length < 1:
            raise ValueError("record length must be positive")

    @property
    def size(self) -> int:
        try:
            return os.stat(self.path).st_size
        except FileNotFoundError:
            raise RecordFileError(f"{self.path}: no such file") from None
        except OSError as error:
            raise RecordFileError(f"{self.path}: cannot read ({error.strerror})") from None

    @property
    def count(self) -> int:
        """The number of whole records."""
        return self.size // self.record_length

    @property
    def leftover(self) -> int:
        """Bytes after the last whole record (0 for a well-formed file)."""
        return self.size % self.record_length

    def check(self) -> None:
        """Raise ``RecordFileError`` when the size is not a multiple of the record length."""
        size, leftover = self.size, self.leftover
        if leftover:
            raise RecordFileError(
                f"{self.path}: size {size:,} bytes is not a multiple of the record length "
                f"{self.record_length} ({size // self.record_length:,} whole records and "
                f"{leftover} leftover bytes)"
            )

    def records(
        self, *, skip: int = 0, limit: int | None = None, allow_partial: bool = False
    ) -> Iterator[tuple[int, bytes]]:
        """``(record number from 1, bytes)`` for each record, after ``skip`` and up to ``limit``."""
        if not allow_partial:
            self.check()
        if skip < 0 or (limit is not None and limit < 0):
            raise ValueError("skip and limit must not be negative")
        # A skip past the end reads nothing (and never seeks there: a seek past what an off_t
        # holds is EINVAL, e.g. --skip 999999999999 on a 100-byte record).
        skip = min(skip, self.count)
        remaining = self.count - skip if limit is None else min(limit, self.count - skip)
        return self._read(skip, max(remaining, 0))

    def chunks(self) -> Iterator[bytes]:
        """The file's records in pieces of whole records (about ``CHUNK_BYTES`` each), for a
        reader that cuts the records itself in C (``struct.Struct.iter_unpack``): no
        Python-level step per record. As :meth:`records`, it reads only the records its size
        says it holds (a device such as /dev/zero reads as empty)."""
        self.check()
        per_chunk = max(CHUNK_BYTES // self.record_length, 1) * self.record_length
        remaining = self.count * self.record_length
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 - closed by the with below
        except OSError as error:
            raise RecordFileError(f"{self.path}: cannot open ({error.strerror})") from None
        with handle:
            while remaining > 0:
                chunk = handle.read(min(per_chunk, remaining))
                whole = len(chunk) - len(chunk) % self.record_length
                if whole == 0:
                    return  # the file shrank while we read it
                remaining -= whole
                yield chunk[:whole]

    def _read(self, skip: int, remaining: int) -> Iterator[tuple[int, bytes]]:
        length = self.record_length
        per_chunk = max(CHUNK_BYTES // length, 1)
        number = skip
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 - closed by the with below
        except OSError as error:
            raise RecordFileError(f"{self.path}: cannot open ({error.strerror})") from None
        with handle:
            handle.seek(skip * length)
            while remaining > 0:
                wanted = min(per_chunk, remaining)
                chunk = handle.read(wanted * length)
                got = len(chunk) // length
                if got == 0:
                    return  # the file shrank while we read it
                for start in range(0, got * length, length):
                    number += 1
                    yield number, chunk[start : start + length]
                remaining -= got


def read_records(
    path: Path | str, record_length: int, *, skip: int = 0, limit: int | None = None
) -> Iterator[tuple[int, bytes]]:
    """Shortcut for ``RecordFile(path, record_length).records(skip=..., limit=...)``."""
    return RecordFile(Path(path), record_length).records(skip=skip, limit=limit)


def write_records(path: Path | str, records: Iterable[bytes], record_length: int) -> int:
    """Write records back to back; each must be exactly ``record_length`` bytes. Returns the
    number written."""
    written = 0
    with open(path, "wb") as handle:
        for record in records:
            if len(record) != record_length:
                raise RecordFileError(
                    f"{path}: record {written + 1:,} is {len(record)} bytes, not {record_length}"
                )
            handle.write(record)
            written += 1
    return written
