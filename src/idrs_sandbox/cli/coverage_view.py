"""Printing a coverage measurement (runtime/coverage.py): the shares, then what was not reached.

Used by ``idrs oracle coverage`` (the property tests' reach into POSTING.cbl) and by
``idrs cobol run --coverage`` (one run of any program); :func:`wide` by every ``idrs oracle``
table.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from idrs_sandbox.runtime.coverage import Coverage

TABLE_WIDTH = 100


def summary_table(rows: list[tuple[str, Coverage]], title: str) -> Table:
    """One row per measurement: paragraphs and branches reached."""
    table = Table(title=title)
    table.add_column("measured on", no_wrap=True)
    table.add_column("paragraphs", justify="right", no_wrap=True)
    table.add_column("branches", justify="right", no_wrap=True)
    for label, coverage in rows:
        table.add_row(label, str(coverage.paragraphs), str(coverage.branches))
    return table


def unreached_table(coverage: Coverage, title: str) -> Table:
    """Every paragraph and branch arm never entered, in source order."""
    table = Table(title=title)
    table.add_column("where", no_wrap=True)
    table.add_column("paragraph", no_wrap=True)
    table.add_column("never entered")
    for probe in coverage.unreached():
        what = "paragraph" if probe.kind == "paragraph" else probe.label
        table.add_row(probe.location, probe.paragraph, what)
    return table


def wide(console: Console, width: int = TABLE_WIDTH) -> Console:
    """The console, or one at least ``width`` columns wide on the same output, for a table
    (a pipe or a CI log reports 80)."""
    if console.width >= width:
        return console
    return Console(width=width, file=console.file)


def annotated_source(coverage: Coverage, source: Path) -> str:
    """The program's source with, before each line that holds probes, their counts: the
    ``gcov``-style listing a reviewer reads beside the program."""
    by_line: dict[int, list[str]] = {}
    for probe, hits in coverage.counts():
        if probe.origin.file != source.name:
            continue
        mark = f"{hits:>7}" if hits else "  #####"
        what = "paragraph" if probe.kind == "paragraph" else probe.label
        by_line.setdefault(probe.origin.line, []).append(f"{mark}  {what}")
    lines = []
    text = source.read_text(encoding="latin-1").splitlines()
    for number, line in enumerate(text, start=1):
        for note in by_line.get(number, []):
            lines.append(f"      *>{note}")
        lines.append(f"{number:>6}|{line}")
    return "\n".join(lines) + "\n"
