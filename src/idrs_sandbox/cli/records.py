"""``idrs records``: look at copybook layouts and decode fixed-length record files.

- ``idrs records layout TAXACCT``: level, name, picture, usage, start, end, length,
  occurs / redefines (positions count from 1, as in COBOL reference modification).
- ``idrs records show MASTIN --copybook TAXACCT``: the decoded records as a table (one per
  record), JSON Lines (one object per record) or CSV (one row per record), streaming.
"""

from __future__ import annotations

import csv
import json
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from idrs_sandbox.cli.console import console as _wide_console
from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.errors import IdrsError, UsageError
from idrs_sandbox.records.codec import Element, FieldError, Invalid, RecordCodec, RecordError
from idrs_sandbox.records.files import RecordFile, RecordFileError
from idrs_sandbox.records.layout import Condition, FieldLayout, Figurative, RecordLayout
from idrs_sandbox.records.numeric import Encoding
from idrs_sandbox.records.picture import Picture

_COPY_DIR = click.option(
    "--copy-dir",
    "copy_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder to search for copybooks (repeatable; default: legacy/copybooks).",
)


def _console() -> Console:
    # Piped or captured output gets whole names and values instead of a squeezed 80 columns.
    return _wide_console()


@click.group("records")
def records_group() -> None:
    """Copybook layouts and fixed-length record files."""


# ---------------------------------------------------------------------------------------------
# layout


@records_group.command("layout")
@click.argument("copybook")
@_COPY_DIR
@click.option("--record", "record_name", help="The 01 record to show, when there are several.")
def layout_command(copybook: str, copy_dirs: tuple[Path, ...], record_name: str | None) -> None:
    """Show the layout of COPYBOOK (a name such as TAXACCT, or a path)."""
    layout = load_copybook(copybook, copy_dirs or None, record=record_name)
    _console().print(layout_table(layout))


def layout_table(layout: RecordLayout) -> Table:
    table = Table(title=f"{layout.name}: {layout.size} bytes", title_justify="left")
    for column, justify in (
        ("LEVEL", "right"),
        ("NAME", "left"),
        ("PICTURE", "left"),
        ("USAGE", "left"),
        ("START", "right"),
        ("END", "right"),
        ("LENGTH", "right"),
        ("OCCURS / REDEFINES", "left"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for item, depth in _with_depth(layout.root, 0):
        table.add_row(*_layout_row(item, depth))
        for condition in item.conditions:
            table.add_row(
                "88",
                "  " * (depth + 1) + condition.name,
                "",
                "",
                "",
                "",
                "",
                (f"VALUE {escape(_condition_text(condition))}"),
                style="dim",
            )
    return table


def _with_depth(item: FieldLayout, depth: int) -> Iterator[tuple[FieldLayout, int]]:
    yield item, depth
    for child in item.children:
        yield from _with_depth(child, depth + 1)


def _layout_row(item: FieldLayout, depth: int) -> tuple[str, ...]:
    notes = []
    if item.occurs is not None:
        occurs = item.occurs
        bounds = f"{occurs.minimum} TO {occurs.maximum}" if occurs.minimum is not None else ""
        text = f"OCCURS {bounds or occurs.maximum} x {item.size}"
        if occurs.depending_on:
            text += f" DEPENDING ON {occurs.depending_on}"
        notes.append(text)
    if item.redefines is not None:
        notes.append(f"REDEFINES {item.redefines}")
    usage = "" if item.is_group else item.usage.value
    return (
        f"{item.level:02d}",
        "  " * depth + item.name,
        escape(item.picture.text) if item.picture else "",
        usage,
        str(item.offset + 1),
        str(item.end),
        str(item.total_size),
        ", ".join(notes),
    )


def _literal_text(value: object) -> str:
    if isinstance(value, Figurative):
        return value.value
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'
    return str(value)


def _condition_text(condition: Condition) -> str:
    parts = []
    for low, high in condition.ranges:
        text = _literal_text(low)
        if high is not None:
            text += f" THRU {_literal_text(high)}"
        parts.append(text)
    return " ".join(parts)


# ---------------------------------------------------------------------------------------------
# show


@records_group.command("show")
@click.argument("file_name", metavar="FILE")
@click.option("--copybook", "-c", required=True, help="Copybook name (TAXACCT) or path.")
@_COPY_DIR
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="table: one table per record; json: one JSON object per line; csv: one row per record.",
)
@click.option("--hex", "show_hex", is_flag=True, help="Show each field's raw bytes in hex.")
@click.option("--skip", type=click.IntRange(min=0), default=0, help="Records to skip first.")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many records.")
@click.option(
    "--encoding",
    type=click.Choice(["ascii", "cp037"]),
    default="ascii",
    show_default=True,
    help="ascii: GnuCOBOL defaults; cp037: EBCDIC with EBCDIC overpunch.",
)
@click.option(
    "--lenient",
    is_flag=True,
    help="Show invalid fields and go on, instead of stopping at the first one (the exit "
    "status is still 1 when any field was invalid).",
)
def show_command(
    file_name: str,
    copybook: str,
    copy_dirs: tuple[Path, ...],
    output_format: str,
    show_hex: bool,
    skip: int,
    limit: int | None,
    encoding: Encoding,
    lenient: bool,
) -> None:
    """Decode the fixed-length records of FILE with a copybook's layout.

    The count of records read goes to stderr. Exit status: 0 when every field decoded, 1 when
    one did not (strict: at the first; --lenient: after showing them all) or the file does not
    hold whole records or cannot be read, 2 when FILE is not a file (empty name, a folder, a FIFO
    or a device).
    """
    file = _regular_file(file_name)
    layout = load_copybook(copybook, copy_dirs or None)
    codec = RecordCodec(layout, encoding)
    records_file = RecordFile(file, layout.size)
    on_file = records_file.count
    # Past the end there is nothing to read; clamping also keeps a huge --skip off seek().
    records = records_file.records(skip=min(skip, on_file), limit=limit, allow_partial=lenient)
    counted = _Counted(records)
    shown = _show(output_format, codec, counted, file.name, show_hex, lenient)
    click.echo(_read_summary(records_file, layout, counted.count, skip), err=True)
    if lenient:
        _report_lenient(shown, records_file, counted.count)


class InvalidData(IdrsError):
    """``records show --lenient`` found invalid fields or a partial record (exit status 1)."""


def _regular_file(name: str) -> Path:
    """Only a regular file has records to count: a FIFO would block the read until a writer
    comes, a device never ends (/dev/zero) or is always empty (/dev/null); an empty name would
    be the current folder."""
    if not name.strip():
        raise UsageError("FILE is an empty name: give the path of a record file")
    file = Path(name)
    try:
        mode = file.stat().st_mode
    except FileNotFoundError:
        raise RecordFileError(f"{file}: no such file") from None
    if not stat.S_ISREG(mode):
        kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
        raise UsageError(f"{file}: {kind}, not a file of records")
    return file


_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


class _Counted:
    """The records iterator, counting what it yields."""

    def __init__(self, records: Iterator[tuple[int, bytes]]) -> None:
        self._records = records
        self.count = 0

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        for record in self._records:
            self.count += 1
            yield record


def _read_summary(records_file: RecordFile, layout: RecordLayout, read: int, skip: int) -> str:
    file, on_file = records_file.path, records_file.count
    if records_file.size == 0:
        return f"{file} is empty: no {layout.size}-byte {layout.name} record to show"
    text = f"{file}: {read:,} of {on_file:,} record(s) shown ({layout.size}-byte {layout.name})"
    if skip and skip >= on_file:
        text += f"; --skip {skip:,} is past the last record"
    return text


def _show(
    output_format: str,
    codec: RecordCodec,
    records: Iterable[tuple[int, bytes]],
    source: str,
    show_hex: bool,
    lenient: bool,
) -> list[FieldError]:
    decoded = _decoded(codec, records, source, lenient)
    if output_format == "json":
        return _show_json(codec, decoded, show_hex)
    if output_format == "csv":
        return _show_csv(codec, decoded, show_hex)
    return _show_tables(codec, decoded, show_hex)


_Decoded = tuple[int, bytes, dict[str, Any], list[FieldError]]


def _decoded(
    codec: RecordCodec, records: Iterable[tuple[int, bytes]], source: str, lenient: bool
) -> Iterator[_Decoded]:
    for number, raw in records:
        errors: list[FieldError] | None = [] if lenient else None
        try:
            values = codec.decode(raw, record_number=number, source=source, errors=errors)
        except RecordError as error:
            if error.field_error is None:
                raise
            raise RecordError(field_error_text(error.field_error), error.field_error) from None
        yield number, raw, values, errors or []


def field_error_text(error: FieldError) -> str:
    """``TRANSIN record 1,204, byte 23, field TR-AMOUNT: bytes 31 32 33 4A not numeric``: the
    byte counted from 1, as ``records layout`` shows START (FieldError.offset counts from 0)."""
    where: list[str] = []
    if error.record_number is not None:
        where.append(f"record {error.record_number:,}")
    where.append(f"byte {error.offset + 1:,}")
    where.append(f"field {error.field}")
    prefix = f"{error.source} " if error.source else ""
    hexed = error.raw.hex(" ").upper() or "(none)"
    return f"{prefix}{', '.join(where)}: bytes {hexed} {error.reason}"


def _report_lenient(errors: Sequence[FieldError], records_file: RecordFile, read: int) -> None:
    problems: list[str] = []
    if errors:
        problems.append(
            f"{len(errors):,} invalid field(s) in {read:,} record(s); first: "
            f"{field_error_text(errors[0])}"
        )
    if records_file.leftover:
        problems.append(
            f"{records_file.path}: {records_file.leftover} leftover byte(s) after the last whole "
            f"record (size {records_file.size:,} is not a multiple of "
            f"{records_file.record_length})"
        )
    if problems:
        raise InvalidData("; ".join(problems))


def _show_tables(
    codec: RecordCodec, decoded: Iterator[_Decoded], show_hex: bool
) -> list[FieldError]:
    console = _console()
    all_errors: list[FieldError] = []
    for number, raw, _, errors in decoded:
        all_errors.extend(errors)
        bad = {error.field for error in errors}
        table = Table(title=f"record {number:,}", title_justify="left")
        table.add_column("FIELD")
        table.add_column("START", justify="right")
        table.add_column("LENGTH", justify="right")
        table.add_column("VALUE")
        if show_hex:
            table.add_column("HEX")
        for element in codec.elements(raw):
            row = [
                element.name,
                str(element.offset + 1),
                str(element.field.size),
                _table_value(element, element.name in bad),
            ]
            if show_hex:
                row.append(element.raw.hex(" ").upper())
            table.add_row(*row, style="dim" if element.view or element.field.filler else None)
        console.print(table)
    return all_errors


def _table_value(element: Element, is_error: bool) -> str:
    value = element.value
    if isinstance(value, Invalid):
        text = escape(f"<{value.reason}>")
        return f"[bold red]{text}[/]" if is_error else text
    if isinstance(value, str):
        return escape(repr(value)[1:-1] if not value.isprintable() else value.rstrip())
    return escape(_number_text(element))


def _number_text(element: Element) -> str:
    """A number as a person reads it off the record: an unsigned integer keeps its leading
    zeros (TIN 000000138, not 138), as COBOL DISPLAY shows a PIC 9(n) field."""
    value = element.value
    if (
        isinstance(value, int | Decimal)
        and not isinstance(value, bool)
        and _keeps_zeros(element.field.picture)
        and value >= 0
    ):
        return str(int(value)).zfill(element.field.picture.digits)  # type: ignore[union-attr]
    return str(value)


def _json_value(value: Any, item: FieldLayout | None = None) -> Any:
    """A decoded value as JSON: groups as objects, OCCURS as arrays, numbers as exact strings
    (an unsigned integer keeps its leading zeros: TIN "000000138"), invalid fields with their
    bytes. ``item`` is the field the value belongs to (for its picture)."""
    if isinstance(value, dict):
        children = {child.name: child for child in item.children} if item is not None else {}
        return {key: _json_value(inner, children.get(key)) for key, inner in value.items()}
    if isinstance(value, list):
        return [_json_value(inner, item) for inner in value]
    if isinstance(value, Decimal):
        if item is not None and _keeps_zeros(item.picture) and value >= 0:
            return str(int(value)).zfill(item.picture.digits)  # type: ignore[union-attr]
        return str(value)  # exact: JSON numbers would go through float
    if isinstance(value, Invalid):
        return {"invalid": value.raw.hex(" ").upper(), "reason": value.reason}
    return value


def _keeps_zeros(picture: Picture | None) -> bool:
    """PIC 9(n): an unsigned integer, shown with all its digits as COBOL DISPLAY shows it."""
    return picture is not None and picture.is_numeric and not picture.signed and picture.scale == 0


def _show_json(codec: RecordCodec, decoded: Iterator[_Decoded], show_hex: bool) -> list[FieldError]:
    all_errors: list[FieldError] = []
    out = sys.stdout
    for number, raw, values, errors in decoded:
        all_errors.extend(errors)
        root = codec.layout.root
        document: dict[str, Any] = {"record": number, "values": _json_value(values, root)}
        if errors:
            document["errors"] = [field_error_text(error) for error in errors]
        if show_hex:
            document["hex"] = {e.name: e.raw.hex(" ").upper() for e in codec.elements(raw)}
        out.write(json.dumps(document, ensure_ascii=False) + "\n")
    return all_errors


def _csv_text(element: Element) -> str:
    value = element.value
    if isinstance(value, Invalid):
        return f"<{value.reason}: {value.raw.hex(' ').upper()}>"
    return _number_text(element)


def _show_csv(codec: RecordCodec, decoded: Iterator[_Decoded], show_hex: bool) -> list[FieldError]:
    all_errors: list[FieldError] = []
    writer = csv.writer(sys.stdout, lineterminator="\n")
    header_written = False
    for number, raw, _, errors in decoded:
        all_errors.extend(errors)
        elements = list(codec.elements(raw, include_fillers=False))
        if not header_written:
            header = ["record"]
            for element in elements:
                header.append(element.name)
                if show_hex:
                    header.append(f"{element.name} hex")
            writer.writerow(header)
            header_written = True
        row = [str(number)]
        for element in elements:
            row.append(_csv_text(element))
            if show_hex:
                row.append(element.raw.hex(" ").upper())
        writer.writerow(row)
    sys.stdout.flush()
    return all_errors
