"""Special input files: what every engine receives when CONTROL, MASTIN or TRANSIN is not a
regular file.

POSTING reads MASTIN and TRANSIN twice (the edit pass, then the posting pass), so a FIFO cannot be
handed to an engine as it is, and a device that never ends (``/dev/zero``) would keep GnuCOBOL and
the interpreter reading for ever. The policy, the same for every engine because it is applied
before any engine starts:

- a missing path stays missing, and a folder stays a folder (it opens but cannot be read: the
  engines' own status 30 abend, see docs/architecture.md "Files of a run");
- a regular file (or a symlink to one) is handed over as it is;
- anything else (a character or block device such as ``/dev/null`` or ``/dev/zero``, a FIFO, a
  socket) is **drained** into the staging folder first, and the engines read that regular copy:
  ``/dev/null`` is then an empty file on every engine;
- draining stops with :class:`SpecialInputError` (one line, exit status 1, no engine runs) when
  the input holds more than :data:`SPECIAL_INPUT_LIMIT` bytes (``IDRS_SPECIAL_INPUT_LIMIT``
  overrides it), or when no byte arrives for :data:`SPECIAL_INPUT_IDLE_SECONDS` seconds
  (``IDRS_SPECIAL_INPUT_IDLE``; a FIFO that no program ever opens for writing, a terminal no one
  types into). A FIFO is read until its writer closes it.
"""

from __future__ import annotations

import os
import select
import stat
import time
from pathlib import Path

from idrs_sandbox.errors import IdrsError

SPECIAL_INPUT_LIMIT = 256 * 1024 * 1024
"""Bytes drained from a non-regular input at most (256 MiB: 500,000 master records). A real
week's files are regular files; a feed larger than this must be written to one first."""
SPECIAL_INPUT_IDLE_SECONDS = 30.0
"""Seconds without a byte after which a non-regular input is given up."""
_CHUNK = 1024 * 1024


class SpecialInputError(IdrsError):
    """A non-regular input could not be drained within the limits."""


def special_input_limit() -> int:
    value = os.environ.get("IDRS_SPECIAL_INPUT_LIMIT")
    return int(value) if value and value.isdigit() else SPECIAL_INPUT_LIMIT


def special_input_idle() -> float:
    value = os.environ.get("IDRS_SPECIAL_INPUT_IDLE")
    try:
        return float(value) if value else SPECIAL_INPUT_IDLE_SECONDS
    except ValueError:
        return SPECIAL_INPUT_IDLE_SECONDS


def is_special(path: Path) -> bool:
    """True for an existing input that is neither a regular file nor a folder."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # missing (or a dangling symlink): the engines report it missing
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def drain(
    ddname: str, source: Path, target: Path, limit: int | None = None, idle: float | None = None
) -> None:
    """Copy the non-regular ``source`` into the regular file ``target`` within the limits."""
    limit = special_input_limit() if limit is None else limit
    idle = special_input_idle() if idle is None else idle
    try:
        # O_NONBLOCK: opening a FIFO would otherwise wait for a writer with no time limit.
        fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise SpecialInputError(f"{ddname} {source}: cannot be opened ({error.strerror})") from None
    written = 0
    try:
        with target.open("wb") as out:
            while True:
                ready, _, _ = select.select([fd], [], [], idle)
                if not ready:
                    raise SpecialInputError(
                        f"{ddname} {source}: no data for {idle:g} s after byte {written:,} "
                        f"(a FIFO needs a writer; limit: IDRS_SPECIAL_INPUT_IDLE)"
                    )
                try:
                    data = os.read(fd, min(_CHUNK, limit + 1 - written))
                except BlockingIOError:
                    time.sleep(0.01)
                    continue
                except OSError as error:
                    raise SpecialInputError(
                        f"{ddname} {source}: read failed after byte {written:,} ({error.strerror})"
                    ) from None
                if not data:
                    return
                written += len(data)
                if written > limit:
                    raise SpecialInputError(
                        f"{ddname} {source}: not a regular file and longer than {limit:,} bytes "
                        f"(the limit for a device or FIFO input, IDRS_SPECIAL_INPUT_LIMIT); "
                        f"copy it to a regular file first"
                    )
                out.write(data)
    finally:
        os.close(fd)
