"""SORT and MERGE: the table sort and the SD work file, as GnuCOBOL 3.1.2's libcob does them.

Read from libcob's fileio.c (``cob_file_sort_*``, ``cob_file_release``, ``cob_file_return``) and
measured with cobc 3.1.2 (probes ``sort_file_using``, ``sort_file_procedures``):

- Records are compared key by key: a numeric key by value, any other byte by byte (through the
  collating sequence when there is one); equal keys keep the order the records came in (libcob
  numbers every record it receives and compares the numbers last), so ``WITH DUPLICATES IN
  ORDER`` changes nothing and MERGE is a SORT of its USING files read one after the other.
- USING: each file is opened INPUT, read to its end (any status that does not start with ``0``
  ends it), and closed; every record is copied into the SD's record (cut, or padded with spaces:
  ``cob_copy_check``; a variable-length record with its own length, testsuite "File SORT,
  SEQUENTIAL variable records"). A file that cannot be opened gives no record and no error, and the
  files' own FILE STATUS items are not touched (libcob passes no status field).
- GIVING: each file is opened OUTPUT, receives every record (copied the same way) and is closed.
- RELEASE adds the SD's record; RETURN puts the next record in key order into it (status 10 at
  the end). A RELEASE once RETURN has begun, or either outside a SORT, gives status 30.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

SortSpec = tuple[int, int, Callable[[Any, int], int] | None, bool]
"""(offset in the record, size, numeric reader or None for bytes, descending)."""

STATUS_OK = b"00"
STATUS_END = b"10"
STATUS_FAILED = b"30"


def sort_rows(rows: list[bytes], keys: Sequence[SortSpec], collation: bytes | None = None) -> None:
    """Put ``rows`` in key order, in place; rows with equal keys keep their order."""
    for offset, size, read, descending in reversed(keys):  # stable: least significant first
        rows.sort(key=_key_function(offset, size, read, collation), reverse=descending)


def sort_table(
    buffer: bytearray,
    base: int,
    stride: int,
    count: int,
    keys: Sequence[SortSpec],
    collation: bytes | None = None,
) -> None:
    """Reorder ``count`` occurrences of ``stride`` bytes at ``buffer[base:]`` by ``keys``
    (SORT of a table: libcob cob_table_sort)."""
    if count <= 1:
        return
    rows = [bytes(buffer[base + i * stride : base + (i + 1) * stride]) for i in range(count)]
    sort_rows(rows, keys, collation)
    buffer[base : base + count * stride] = b"".join(rows)


def _key_function(
    offset: int, size: int, read: Callable[[Any, int], int] | None, collation: bytes | None
) -> Callable[[bytes], Any]:
    if read is not None:
        return lambda row: read(row, offset)
    if collation is not None:
        return lambda row: row[offset : offset + size].translate(collation)
    return lambda row: row[offset : offset + size]


def fit(record: bytes | bytearray, size: int) -> bytes:
    """A record copied into a record area of ``size`` bytes (libcob cob_copy_check)."""
    data = bytes(record[:size])
    return data if len(data) == size else data.ljust(size)


class RecordFile(Protocol):
    """What SORT needs of a USING / GIVING file (runtime/files.py SequentialFile)."""

    area: bytearray
    record_size: int

    def open(self, mode: str) -> bytes: ...

    def read(self) -> bytes: ...

    def write(self, record: bytes) -> bytes: ...

    def close(self) -> bytes: ...


class SortFile:
    """An SD: the records of the SORT or MERGE under way, and its record area."""

    def __init__(self, name: str, area: bytearray, record_size: int) -> None:
        self.name = name
        self.area = area
        self.record_size = record_size
        self.rows: list[bytes] | None = None
        """None outside a SORT."""
        self.keys: Sequence[SortSpec] = ()
        self.collation: bytes | None = None
        self.retrieving = False
        self.position = 0
        self.sort_return: bytearray | None = None
        """SORT-RETURN's storage (4-byte native integer): 0 when a SORT starts, 16 when a
        RELEASE or RETURN inside it fails (fileio.c: ``*(int *)(hp->sort_return) = 16``)."""

    def _set_sort_return(self, value: int) -> None:
        if self.sort_return is not None:
            self.sort_return[:4] = value.to_bytes(4, "little", signed=True)

    def begin(self, keys: Sequence[SortSpec], collation: bytes | None = None) -> bytes:
        """The start of a SORT / MERGE statement (cob_file_sort_init)."""
        self.rows = []
        self.keys = keys
        self.collation = collation
        self.retrieving = False
        self.position = 0
        self._set_sort_return(0)
        return STATUS_OK

    def release(self) -> bytes:
        """RELEASE: the record area joins the sort."""
        if self.rows is None:
            return STATUS_FAILED
        if self.retrieving:
            self._set_sort_return(16)
            return STATUS_FAILED
        self.rows.append(bytes(self.area[: self.record_size]))
        return STATUS_OK

    def retrieve(self) -> bytes:
        """RETURN: the next record in key order into the record area, or status 10."""
        if self.rows is None:
            return STATUS_FAILED
        if not self.retrieving:
            sort_rows(self.rows, self.keys, self.collation)
            self.retrieving = True
        if self.position >= len(self.rows):
            return STATUS_END
        self.area[: self.record_size] = self.rows[self.position]
        self.position += 1
        return STATUS_OK

    def using(self, source: RecordFile) -> None:
        """SORT ... USING file (cob_file_sort_using): every record of ``source``."""
        source.open("INPUT")
        while source.read()[:1] == b"0":
            # cob_copy_check copies the record just read (a variable-length record: its own
            # size, runtime/files.py last_size), then spaces.
            size = getattr(source, "last_size", source.record_size)
            self.area[: self.record_size] = fit(source.area[:size], self.record_size)
            if self.release() != STATUS_OK:
                break
        source.close()

    def giving(self, targets: Sequence[RecordFile]) -> None:
        """SORT ... GIVING files (cob_file_sort_giving): every record, in order, to each."""
        for target in targets:
            target.open("OUTPUT")
        while self.retrieve() == STATUS_OK:
            record = self.area[: self.record_size]
            for target in targets:
                target.area[: target.record_size] = fit(record, target.record_size)
                target.write(bytes(target.area[: target.record_size]))
        for target in targets:
            target.close()

    def finish(self) -> bytes:
        """The end of the SORT / MERGE statement (cob_file_sort_close)."""
        self.rows = None
        self.retrieving = False
        return STATUS_OK
