"""The consoles every ``idrs`` command prints through.

On a terminal rich fits the output to the window. Anywhere else (a pipe, a file, a test's
CliRunner) rich would assume 80 columns and fold sentences, paths and byte strings in the middle
of a word; there lines are never wrapped (``soft_wrap``) and tables get room to keep whole names
and values (``PIPE_WIDTH``, or ``COLUMNS`` when it is set wider).
"""

from __future__ import annotations

import os

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

PIPE_WIDTH = 200
"""Columns a table may take when the output is not a terminal."""


def console(*, stderr: bool = False, highlight: bool = True) -> Console:
    """A console for stdout (or stderr) that never breaks words when the output is piped."""
    probe = Console(stderr=stderr, highlight=highlight)
    if probe.is_terminal:
        return probe
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    return Console(
        stderr=stderr, highlight=highlight, width=max(columns, PIPE_WIDTH), soft_wrap=True
    )


def is_terminal(*, stderr: bool = False) -> bool:
    """True when stdout (or stderr) is a terminal: progress bars are shown only there."""
    return Console(stderr=stderr).is_terminal


class RateColumn(ProgressColumn):
    """Items per second (records, cards, runs), once rich has measured a speed."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if speed is None:
            return Text(f"? {self.unit}/s", style="progress.data.speed")
        return Text(f"{speed:,.0f} {self.unit}/s", style="progress.data.speed")


def progress_bar(unit: str, *, quiet: bool = False) -> Progress:
    """A progress bar on stderr: done of total ``unit``, rate, elapsed and time left. Silent when
    stderr is not a terminal (a pipe, a log, CI) or with ``quiet``; gone once finished."""
    err = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(unit),
        RateColumn(unit),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )
