"""The progress bar of ``idrs run``: cards read, rate, time left; only on a terminal.

Whatever the engine (the compiled POSTING in a child process, the interpreter or the modern engine
in this one), the kernel knows how far a file has been read: ``/proc/PID/fdinfo/FD`` holds the
offset of every open file. A watcher thread finds the descriptor open on TRANSIN (in this process
or a child) and shows its offset in cards. POSTING reads TRANSIN twice (the edit pass, then the
posting pass): a new pass starts the bar again. Linux only; elsewhere, and off a terminal, no bar.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

POLL_SECONDS = 0.25


def _pids() -> list[int]:
    """This process and its children (the gnucobol engine's POSTING is a child)."""
    pids = [os.getpid()]
    for task in Path(f"/proc/{os.getpid()}/task").glob("*"):
        try:
            pids.extend(int(pid) for pid in (task / "children").read_text().split())
        except OSError:
            continue
    return pids


def read_offset(path: Path) -> int | None:
    """How far this process or a child has read ``path`` (None: nobody has it open)."""
    target = str(path.resolve())
    for pid in _pids():
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") != target:
                    continue
                for line in Path(f"/proc/{pid}/fdinfo/{fd}").read_text().splitlines():
                    if line.startswith("pos:"):
                        return int(line.split()[1])
            except (OSError, ValueError):
                continue
    return None


@contextmanager
def cards_progress(transin: Path, record_length: int, console: Console) -> Iterator[None]:
    """Show cards read from ``transin`` while the block runs (a terminal on Linux only)."""
    if not console.is_terminal or not Path("/proc/self/fdinfo").is_dir() or not transin.is_file():
        yield
        return
    total = transin.stat().st_size // record_length
    stop = threading.Event()
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} cards/s"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )

    def watch() -> None:
        bar = progress.add_task("TRANSIN pass 1", total=total, rate="-")
        passes, last = 1, 0
        while not stop.wait(POLL_SECONDS):
            offset = read_offset(transin)
            if offset is None:
                continue
            cards = min(offset // record_length, total)
            if cards < last:
                passes += 1
            last = cards
            speed = progress.tasks[0].speed
            progress.update(
                bar,
                completed=cards,
                description=f"TRANSIN pass {passes}",
                rate=f"{speed:,.0f}" if speed else "-",
            )

    with progress:
        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            yield
        finally:
            stop.set()
            watcher.join()
