"""``idrs compare DIR_A DIR_B``: a field-level diff of two runs, decoded through the copybooks.

Exit status: 0 identical, 1 different, 2 when a folder cannot be compared (it holds no run
outputs at all, or an output is there but is not a file).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from idrs_sandbox.cli.console import console as make_console
from idrs_sandbox.cli.console import progress_bar
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RETURN_CODE_FILE
from idrs_sandbox.errors import UsageError
from idrs_sandbox.oracle.compare import FileComparison, RunComparison, compare_file

WHOLE_RECORD = "(whole record)"


class NotComparable(UsageError):
    """A folder that holds no run outputs, or an output that is not a file (exit status 2)."""


@dataclass(frozen=True)
class ReturnCode:
    """What a run folder's RETURN-CODE file says, as a person should read it."""

    text: str
    value: int | None

    @classmethod
    def read(cls, folder: Path) -> ReturnCode:
        path = folder / RETURN_CODE_FILE
        if not path.exists():
            return cls("missing", None)
        if not path.is_file():
            raise NotComparable(f"{path}: not a file (a folder or device)")
        raw = path.read_bytes()[:64]
        text = raw.decode("latin-1").strip()
        if text.isdigit() and text.isascii():
            return cls(str(int(text)), int(text))
        return cls(f"not a number: {raw[:20]!r}", None)


@dataclass(frozen=True)
class Compared:
    """Both folders' return codes and every file compared."""

    label_a: str
    label_b: str
    return_code_a: ReturnCode
    return_code_b: ReturnCode
    files: list[FileComparison]

    @property
    def same_return_code(self) -> bool:
        return self.return_code_a == self.return_code_b

    @property
    def identical(self) -> bool:
        return self.same_return_code and all(result.identical for result in self.files)


@click.command("compare")
@click.argument("folder_a", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("folder_b", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--file",
    "ddnames",
    multiple=True,
    type=click.Choice(OUTPUT_DDNAMES, case_sensitive=False),
    help="Compare only these output files (default: all five).",
)
@click.option(
    "--max",
    "max_differences",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Differing fields shown per file.",
)
def compare_command(
    folder_a: Path, folder_b: Path, ddnames: tuple[str, ...], max_differences: int
) -> None:
    """Compare the outputs of two runs: exit 0 when identical, 1 when they differ, 2 when a
    folder holds no run outputs or an output is not a file.

    Whole files and the return codes are compared byte for byte; a differing record is decoded
    through its copybook and each differing field is shown with both values and both byte
    strings, its position counted from 1 ("byte N") as `idrs records layout` shows it.
    """
    wanted = tuple(name.upper() for name in ddnames) or OUTPUT_DDNAMES
    for folder in (folder_a, folder_b):
        check_run_folder(folder, wanted)
    compared = Compared(
        str(folder_a),
        str(folder_b),
        ReturnCode.read(folder_a),
        ReturnCode.read(folder_b),
        _compare_files(folder_a, folder_b, wanted, max_differences),
    )
    show_comparison(compared, make_console(highlight=False))
    sys.exit(0 if compared.identical else 1)


def check_run_folder(folder: Path, wanted: tuple[str, ...]) -> None:
    """Refuse a folder that is not a run's output folder, or whose output is not a file."""
    present = [name for name in (*OUTPUT_DDNAMES, RETURN_CODE_FILE) if (folder / name).exists()]
    if not present:
        raise NotComparable(
            f"{folder} holds no run outputs (none of {', '.join(OUTPUT_DDNAMES)}, "
            f"{RETURN_CODE_FILE}): give the --output folder of an 'idrs run'"
        )
    for name in wanted:
        path = folder / name
        if path.exists() and not path.is_file():
            kind = "a folder" if path.is_dir() else "not a regular file"
            raise NotComparable(f"{path}: {kind}, not an output file")


def _compare_files(
    folder_a: Path, folder_b: Path, wanted: tuple[str, ...], max_differences: int
) -> list[FileComparison]:
    sizes = {name: _size_of(folder_a / name) + _size_of(folder_b / name) for name in wanted}
    results: list[FileComparison] = []
    with progress_bar("bytes") as progress:
        task = progress.add_task("comparing", total=sum(sizes.values()) or 1)
        for name in wanted:
            progress.update(task, description=f"comparing {name}")
            results.append(compare_file(name, folder_a / name, folder_b / name, max_differences))
            progress.advance(task, sizes[name])
    return results


def _size_of(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


def show_comparison(comparison: Compared | RunComparison, console: Console) -> None:
    """The table, then every differing field; also used by ``idrs oracle replay``."""
    compared = comparison if isinstance(comparison, Compared) else _from_oracle(comparison)
    console.print(f"A = {compared.label_a}\nB = {compared.label_b}", markup=False)
    console.print(_summary(compared))
    for result in compared.files:
        if not result.identical:
            _show_file(result, console)
    verdict = "[green]IDENTICAL[/]" if compared.identical else "[red]DIFFERENT[/]"
    console.print(verdict)


def _from_oracle(comparison: RunComparison) -> Compared:
    def code(value: int | None) -> ReturnCode:
        return ReturnCode("missing" if value is None else str(value), value)

    return Compared(
        comparison.label_a,
        comparison.label_b,
        code(comparison.return_code_a),
        code(comparison.return_code_b),
        comparison.files,
    )


def _summary(compared: Compared) -> Table:
    table = Table(title="Runs compared")
    for column in ("file", "A", "B", "differing records", "verdict"):
        table.add_column(column, justify="left" if column in ("file", "verdict") else "right")
    table.add_row(
        "return code",
        compared.return_code_a.text,
        compared.return_code_b.text,
        "",
        "same" if compared.same_return_code else "[red]differs[/]",
    )
    for result in compared.files:
        table.add_row(
            result.ddname,
            _size(result.exists_a, result.size_a, result.records_a),
            _size(result.exists_b, result.size_b, result.records_b),
            f"{result.differing_records:,}" if not result.identical else "",
            "identical" if result.identical else "[red]differs[/]",
        )
    return table


def _size(exists: bool, size: int, records: int) -> str:
    if not exists:
        return "missing"
    return f"{size:,} B" + (f" / {records:,} rec" if records else "")


def _show_file(result: FileComparison, console: Console) -> None:
    # One block per field rather than a wide table: byte strings must never be folded.
    console.print(f"[bold]{result.ddname}[/]")
    if not (result.exists_a and result.exists_b):
        side = "A" if not result.exists_a else "B"
        console.print(f"  missing in {side}: no {result.ddname} file there", markup=False)
        return
    if result.text_diff or not result.differences:
        console.print(result.describe(), markup=False, highlight=False)
        return
    for d in result.differences:
        if d.field == WHOLE_RECORD:
            text = (
                f"  record {d.record_number:,} ({d.key}): {_whole_record(d.bytes_a, d.bytes_b)} "
                f"(A has {result.records_a:,} records, B {result.records_b:,})"
            )
        else:
            text = (
                f"  record {d.record_number:,} ({d.key})\n"
                f"    field {d.field} at byte {d.offset + 1:,}\n"
                f"      A: {d.value_a}  bytes {d.bytes_a.hex(' ').upper()}\n"
                f"      B: {d.value_b}  bytes {d.bytes_b.hex(' ').upper()}"
            )
        console.print(text, markup=False, highlight=False, soft_wrap=True)


def _whole_record(raw_a: bytes, raw_b: bytes) -> str:
    """A record present on one side only (or cut short): its length, never its bytes."""
    if not raw_b:
        return f"only in A ({len(raw_a)} bytes)"
    if not raw_a:
        return f"only in B ({len(raw_b)} bytes)"
    return f"{len(raw_a)} bytes in A, {len(raw_b)} bytes in B (a partial record)"
