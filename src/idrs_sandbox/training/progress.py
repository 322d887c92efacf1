"""What ``idrs exercise check`` shows while it works: the check running, the engine runs done,
their rate and the time spent (on stderr, only when it is a terminal; gone when done).

How many runs a check makes is known only as it goes (a failing property shrinks), so there is no
time left to show: the rate and the check's name say how it moves.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.speed
        return Text("" if speed is None else f"{speed:,.1f} runs/s", style="progress.data.speed")


class CheckProgress:
    """Told by the checks what they do (``checking``) and each engine run they make (``ran``)."""

    def __init__(self, progress: Progress | None = None) -> None:
        self._progress = progress
        self._task: TaskID | None = None
        if progress is not None:
            self._task = progress.add_task("starting", total=None)

    def checking(self, title: str) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, description=title)

    def ran(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)


NO_PROGRESS = CheckProgress()


@contextmanager
def check_progress() -> Iterator[CheckProgress]:
    console = Console(stderr=True)
    if not console.is_terminal:
        yield NO_PROGRESS
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} runs"),
        _Rate(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        yield CheckProgress(progress)
