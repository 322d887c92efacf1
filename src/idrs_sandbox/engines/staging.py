"""Staging folders, and the guards that keep a killed run from leaving anything behind.

A run writes into a staging folder ``.idrs-staging-<label>-XXXXXXXX`` inside its output folder
(same file system, so publishing is a rename). The folder holds an ``OWNER`` file: the process id
and that process's start time (``/proc/<pid>/stat`` field 22, so a recycled pid is not mistaken for
the owner). The folder is removed on every exit path Python sees: a normal end, an exception,
SIGINT (KeyboardInterrupt) and SIGTERM once :func:`signals_raise` is in force (the CLI installs
it). Only ``kill -9`` leaves one behind; the next run into that folder removes every staging
folder whose owner is no longer running (:func:`sweep_stale_staging`) and says so.

A child program (the gnucobol engine's compiled POSTING) is started with
``prctl(PR_SET_PDEATHSIG, SIGKILL)`` on Linux (:func:`die_with_parent`), so the kernel kills it
when the run that started it dies, even by ``kill -9``.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

STAGING_PREFIX = ".idrs-staging-"
OWNER_FILE = "OWNER"
PR_SET_PDEATHSIG = 1
"""From <linux/prctl.h>."""


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux), or None when unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may hold spaces: split after it.
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


def _alive(pid: int, start: str | None) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and not ours to judge
    return start is None or _start_time(pid) in (None, start)


def owner_line() -> str:
    pid = os.getpid()
    return f"{pid} {_start_time(pid) or '-'}\n"


@contextlib.contextmanager
def staging_folder(parent: Path, label: str) -> Iterator[Path]:
    """A fresh staging folder in ``parent``, with its OWNER file, removed whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{label}-", dir=parent))
    try:
        # Written aside and renamed, so OWNER is there whole or not at all: a run killed between
        # creating the file and writing it left an empty OWNER, which the next run could only
        # report ("without an owner") instead of sweeping (seen in CI: the kill test sends
        # SIGKILL as soon as OWNER appears).
        partial = folder / f".{OWNER_FILE}.partial"
        partial.write_text(owner_line())
        os.replace(partial, folder / OWNER_FILE)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sweep_stale_staging(parent: Path) -> list[str]:
    """Remove the staging folders in ``parent`` whose owning run is dead (killed by ``kill -9``).

    Returns one line per folder removed or left: a folder of a run still going is left alone;
    a folder without a readable OWNER file (the run died before writing it, or it is not ours)
    is only reported."""
    notes: list[str] = []
    try:
        candidates = sorted(parent.glob(f"{STAGING_PREFIX}*"))
    except OSError:
        return notes
    for folder in candidates:
        if not folder.is_dir() or folder.is_symlink():
            continue
        try:
            words = (folder / OWNER_FILE).read_text().split()
            pid, start = int(words[0]), (None if words[1] == "-" else words[1])
        except (OSError, ValueError, IndexError):
            notes.append(f"{folder}: staging folder without an owner, left in place")
            continue
        if _alive(pid, start):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        notes.append(f"{folder}: removed the staging folder of a run that was killed (pid {pid})")
    return notes


def die_with_parent() -> None:
    """``preexec_fn`` for a child program: the kernel sends it SIGKILL when this process dies.

    Linux only (elsewhere a no-op). If the parent died between fork and prctl the child is
    already an orphan: it ends at once instead of running on."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


class Terminated(BaseException):
    """SIGTERM turned into an exception, so ``finally`` blocks (staging folders, child programs)
    run; a BaseException like KeyboardInterrupt so that no ``except Exception`` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"terminated by signal {signum}")
        self.signum = signum


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    del frame
    raise Terminated(signum)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """While in force (main thread only), SIGTERM raises :class:`Terminated` and SIGINT raises
    KeyboardInterrupt, whatever handlers were set before; the old handlers come back after."""
    if sys.platform == "win32":
        yield
        return
    try:
        old_term = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread: nothing to install
        yield
        return
    old_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old_term)
        signal.signal(signal.SIGINT, old_int)
