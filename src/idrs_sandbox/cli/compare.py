"""``idrs compare DIR_A DIR_B``: a field-level diff of two runs, decoded through the copybooks."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from idrs_sandbox.engines.base import OUTPUT_DDNAMES
from idrs_sandbox.oracle.compare import FileComparison, RunComparison, compare_runs


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
@click.option("--max", "max_differences", default=20, show_default=True, help="Fields per file.")
def compare_command(
    folder_a: Path, folder_b: Path, ddnames: tuple[str, ...], max_differences: int
) -> None:
    """Compare the outputs of two runs (exit 0 only when identical, 1 otherwise).

    Whole files and the return codes are compared byte for byte; a differing record is decoded
    through its copybook and each differing field is shown with both values and both byte strings.
    """
    wanted = tuple(name.upper() for name in ddnames) or OUTPUT_DDNAMES
    comparison = compare_runs(folder_a, folder_b, ddnames=wanted, max_differences=max_differences)
    show_comparison(comparison, Console())
    sys.exit(0 if comparison.identical else 1)


def show_comparison(comparison: RunComparison, console: Console) -> None:
    console.print(f"A = {comparison.label_a}\nB = {comparison.label_b}")
    console.print(_summary(comparison))
    for result in comparison.files:
        if not result.identical:
            _show_file(result, console)
    verdict = "[green]IDENTICAL[/]" if comparison.identical else "[red]DIFFERENT[/]"
    console.print(verdict)


def _summary(comparison: RunComparison) -> Table:
    table = Table(title="Runs compared")
    for column in ("file", "A", "B", "differing records", "verdict"):
        table.add_column(column, justify="left" if column in ("file", "verdict") else "right")
    same_rc = comparison.return_code_a == comparison.return_code_b
    table.add_row(
        "return code",
        str(comparison.return_code_a),
        str(comparison.return_code_b),
        "",
        "same" if same_rc else "[red]differs[/]",
    )
    for result in comparison.files:
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
    if result.text_diff or not result.differences:
        console.print(result.describe(), markup=False, highlight=False)
        return
    for d in result.differences:
        console.print(
            f"  record {d.record_number:,} ({d.key})\n"
            f"    field {d.field} at offset {d.offset}\n"
            f"      A: {d.value_a}  bytes {d.bytes_a.hex(' ').upper()}\n"
            f"      B: {d.value_b}  bytes {d.bytes_b.hex(' ').upper()}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
