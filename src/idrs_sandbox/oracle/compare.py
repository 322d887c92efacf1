"""Field-level comparison of two runs: what the oracle shows a person when engines disagree.

Whole files are compared first (byte for byte, plus the return code). Only when two files differ are
they walked record by record and the differing records decoded through their copybook, so a
mismatch reads as ``MASTOUT record 12 (TIN 666000123, period 202312) field TA-BALANCE(2) at
byte 289: 1,204.50 vs 1,204.49, bytes 00 00 00 12 04 50 0C vs 00 00 00 12 04 49 0C``
(positions counted from 1, as ``idrs records layout`` counts them).
"""

from __future__ import annotations

import difflib
import filecmp
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import zip_longest
from pathlib import Path

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.engines.base import COPYBOOKS, OUTPUT_DDNAMES, RECORD_LENGTHS, read_return_code
from idrs_sandbox.records.codec import Invalid, RecordCodec
from idrs_sandbox.records.files import RecordFile
from idrs_sandbox.records.layout import FieldLayout, Usage

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "TAXACCT": ("TA-TIN",),
    "NOTICE": ("NT-TIN", "NT-TAX-PERIOD"),
    "REFUND": ("RF-TIN", "RF-TAX-PERIOD"),
    "TRANSREC": ("TR-TIN", "TR-SEQ"),
}
"""Fields that identify a record to a person; UNPOST's key is the TIN at the head of its image."""

WHOLE_RECORD = "(whole record)"
"""The field name of a difference that is a whole record (missing on one side, or partial)."""
MODULE_PERIOD = "TA-TAX-PERIOD"
"""A master field inside the module table is keyed by its module's tax period too."""


@dataclass(frozen=True)
class FieldDifference:
    """One field of one record that differs between run A and run B."""

    ddname: str
    record_number: int
    key: str
    field: str
    offset: int
    value_a: str
    value_b: str
    bytes_a: bytes
    bytes_b: bytes

    @property
    def byte(self) -> int:
        """Where the field starts, counted from 1 as COBOL people and ``idrs records layout``
        count (``offset`` counts from 0)."""
        return self.offset + 1

    def describe(self) -> str:
        where = f"{self.ddname} record {self.record_number:,} ({self.key})"
        if self.field == WHOLE_RECORD:
            # A record on one side only, or a partial one: told by its length, never dumped.
            if not self.bytes_b:
                return f"{where}: only in A ({len(self.bytes_a)} bytes)"
            if not self.bytes_a:
                return f"{where}: only in B ({len(self.bytes_b)} bytes)"
            return f"{where}: {len(self.bytes_a)} bytes in A, {len(self.bytes_b)} in B"
        return (
            f"{where} field {self.field} at byte {self.byte:,}: {self.value_a} vs "
            f"{self.value_b}; bytes {_hex(self.bytes_a)} vs {_hex(self.bytes_b)}"
        )


@dataclass
class FileComparison:
    """How one output file of run A compares with the same file of run B."""

    ddname: str
    exists_a: bool
    exists_b: bool
    size_a: int = 0
    size_b: int = 0
    identical: bool = False
    records_a: int = 0
    records_b: int = 0
    differing_records: int = 0
    differences: list[FieldDifference] = field(default_factory=list)
    text_diff: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if self.identical:
            return f"{self.ddname}: identical ({self.size_a:,} bytes)"
        if not (self.exists_a and self.exists_b):
            side = "A" if not self.exists_a else "B"
            return f"{self.ddname}: missing in run {side}"
        if self.ddname not in COPYBOOKS:
            return f"{self.ddname}: text differs\n" + "\n".join(self.text_diff)
        lines = [
            f"{self.ddname}: {self.differing_records:,} differing records "
            f"(A has {self.records_a:,}, B has {self.records_b:,})"
        ]
        lines.extend(f"  {difference.describe()}" for difference in self.differences)
        return "\n".join(lines)


@dataclass
class RunComparison:
    """Every output file and the return codes of two runs."""

    label_a: str
    label_b: str
    return_code_a: int | None
    return_code_b: int | None
    files: list[FileComparison]

    @property
    def identical(self) -> bool:
        return self.return_code_a == self.return_code_b and all(f.identical for f in self.files)

    def first_difference(self) -> FieldDifference | None:
        return next((d for f in self.files for d in f.differences), None)

    def explain(self) -> str:
        """A plain-text account of every difference, for test failures and logs."""
        if self.identical:
            return f"{self.label_a} and {self.label_b}: identical"
        lines = [f"{self.label_a} (A) vs {self.label_b} (B):"]
        if self.return_code_a != self.return_code_b:
            lines.append(f"return code: {self.return_code_a} vs {self.return_code_b}")
        lines.extend(f.describe() for f in self.files if not f.identical)
        return "\n".join(lines)


def compare_runs(
    folder_a: Path,
    folder_b: Path,
    *,
    ddnames: tuple[str, ...] = OUTPUT_DDNAMES,
    max_differences: int = 20,
    label_a: str | None = None,
    label_b: str | None = None,
    return_code_a: int | None = None,
    return_code_b: int | None = None,
) -> RunComparison:
    """Compare the files ``ddnames`` of two run folders and their recorded return codes."""
    files = [
        compare_file(ddname, folder_a / ddname, folder_b / ddname, max_differences)
        for ddname in ddnames
    ]
    return RunComparison(
        label_a or str(folder_a),
        label_b or str(folder_b),
        return_code_a if return_code_a is not None else read_return_code(folder_a),
        return_code_b if return_code_b is not None else read_return_code(folder_b),
        files,
    )


def compare_file(
    ddname: str, path_a: Path, path_b: Path, max_differences: int = 20
) -> FileComparison:
    result = FileComparison(ddname, path_a.is_file(), path_b.is_file())
    if not (result.exists_a and result.exists_b):
        result.identical = not (result.exists_a or result.exists_b)
        return result
    result.size_a, result.size_b = path_a.stat().st_size, path_b.stat().st_size
    if result.size_a == result.size_b and filecmp.cmp(path_a, path_b, shallow=False):
        result.identical = True
        return result
    if ddname in COPYBOOKS:
        _compare_records(result, path_a, path_b, max_differences)
    else:
        result.text_diff = _text_diff(path_a, path_b, max_differences)
    return result


def _compare_records(result: FileComparison, path_a: Path, path_b: Path, limit: int) -> None:
    codec = record_codec(COPYBOOKS[result.ddname])
    length = RECORD_LENGTHS[result.ddname]
    file_a, file_b = RecordFile(path_a, length), RecordFile(path_b, length)
    result.records_a, result.records_b = file_a.count, file_b.count
    pairs = zip_longest(_padded_records(file_a), _padded_records(file_b))
    for number, (raw_a, raw_b) in enumerate(pairs, start=1):
        if raw_a == raw_b:
            continue
        result.differing_records += 1
        if len(result.differences) < limit:
            found = record_differences(result.ddname, number, codec, raw_a, raw_b)
            result.differences.extend(found[: limit - len(result.differences)])


def _padded_records(records: RecordFile) -> Iterator[bytes]:
    """Whole records, then a trailing partial record (if any) as it is."""
    for _, raw in records.records(allow_partial=True):
        yield raw
    if records.leftover:
        with open(records.path, "rb") as handle:
            handle.seek(records.count * records.record_length)
            yield handle.read()


def record_differences(
    ddname: str, number: int, codec: RecordCodec, raw_a: bytes | None, raw_b: bytes | None
) -> list[FieldDifference]:
    """The differing elementary fields of record ``number`` (a missing record differs whole)."""
    key = _record_key(ddname, codec, raw_a if raw_a is not None else raw_b or b"")
    if raw_a is None or raw_b is None or len(raw_a) != len(raw_b):
        return [_whole_record(ddname, number, key, raw_a, raw_b)]
    differences = []
    for name, item, offset, subscripts in _primary_fields(codec.layout.root):
        chunk_a, chunk_b = raw_a[offset : offset + item.size], raw_b[offset : offset + item.size]
        if chunk_a == chunk_b:
            continue
        field_key = _module_key(codec, raw_a, subscripts, key)
        differences.append(
            FieldDifference(
                ddname,
                number,
                field_key,
                name,
                offset,
                _shown(codec, item, chunk_a),
                _shown(codec, item, chunk_b),
                chunk_a,
                chunk_b,
            )
        )
    return differences


def _whole_record(
    ddname: str, number: int, key: str, raw_a: bytes | None, raw_b: bytes | None
) -> FieldDifference:
    def shown(raw: bytes | None) -> str:
        return "(no record)" if raw is None else f"({len(raw)} bytes)"

    return FieldDifference(
        ddname, number, key, WHOLE_RECORD, 0, shown(raw_a), shown(raw_b),
        raw_a or b"", raw_b or b"",
    )  # fmt: skip


def _primary_fields(
    item: FieldLayout, base: int = 0, subscripts: tuple[int, ...] = ()
) -> Iterator[tuple[str, FieldLayout, int, tuple[int, ...]]]:
    """Elementary occurrences of the primary view (REDEFINES views would repeat the same bytes)."""
    if item.redefines is not None:
        return
    for index in range(item.count):
        here = base + index * item.size
        inner = (*subscripts, index + 1) if item.occurs else subscripts
        if item.is_group:
            for child in item.children:
                yield from _primary_fields(child, here, inner)
        else:
            label = f"{item.name}({', '.join(map(str, inner))})" if inner else item.name
            yield label, item, here + item.offset, inner


def _record_key(ddname: str, codec: RecordCodec, raw: bytes) -> str:
    names = KEY_FIELDS.get(COPYBOOKS[ddname], ())
    if not names:
        return f"TIN {raw[:9].decode('latin-1')}"
    parts = []
    for name in names:
        item = codec.layout.field(name)
        parts.append(f"{name} {_shown(codec, item, raw[item.offset : item.end])}")
    return ", ".join(parts)


def _module_key(codec: RecordCodec, raw: bytes, subscripts: tuple[int, ...], key: str) -> str:
    if not subscripts or MODULE_PERIOD not in codec.layout:
        return key
    period = codec.layout.field(MODULE_PERIOD)
    start = period.offset + (subscripts[0] - 1) * _table_stride(codec)
    return f"{key}, module {subscripts[0]} period {raw[start : start + period.size].decode()}"


def _table_stride(codec: RecordCodec) -> int:
    return codec.layout.field("TA-MODULE").size


def _shown(codec: RecordCodec, item: FieldLayout, raw: bytes) -> str:
    try:
        value = codec.codec_for(item).decode(raw)
    except ValueError as error:
        return str(Invalid(raw, str(error)))
    if isinstance(value, str):
        return repr(value)
    if _is_code(item):
        return raw.decode("latin-1")
    return str(value)


def _is_code(item: FieldLayout) -> bool:
    """Unsigned integer DISPLAY fields (TINs, dates, cycles) read best as their digits:
    ``000030124``, not ``30124``."""
    picture = item.picture
    return (
        item.usage is Usage.DISPLAY
        and picture is not None
        and picture.is_numeric
        and not picture.signed
        and picture.scale == 0
    )


def _text_diff(path_a: Path, path_b: Path, limit: int) -> list[str]:
    lines_a = path_a.read_text(encoding="latin-1").splitlines()
    lines_b = path_b.read_text(encoding="latin-1").splitlines()
    diff = difflib.unified_diff(lines_a, lines_b, "A", "B", lineterm="", n=1)
    return [line for _, line in zip(range(limit * 3), diff, strict=False)]


@cache
def record_codec(copybook: str) -> RecordCodec:
    """The codec of one of the project copybooks (loaded once)."""
    return RecordCodec(load_copybook(copybook))


def _hex(raw: bytes) -> str:
    return raw.hex(" ").upper() or "(none)"
