"""A FILE STATUS tested right after the statement that set it, read from the code it got.

POSTING reads a card, then ``EVALUATE TRUE WHEN WS-TRANSIN-OK ... WHEN WS-TRANSIN-AT-END``:
each WHEN sliced the status item again (``B15[4:6]``) and compared a bytearray with the
88-level's value. The READ has just stored the two bytes of the status code held in a
temporary (``B15[4] = _t[0]``, ``B15[5] = _t[1]``), and when the very next statement is an
IF or an EVALUATE written in the same block, nothing runs between that store and its
conditions: an if / elif chain tests a WHEN only when no earlier WHEN matched, so no WHEN's
statements run before a later WHEN's test. Those conditions then compare the temporary.

Only when the file statement itself runs nothing else that could store into the status
item: no AT END / INVALID KEY statements, no declaratives (USE) for the file, no USE FOR
DEBUGGING, a READ INTO an item outside the status's record; the status an alphanumeric item
of two bytes. "The very next statement in the same block" is checked on the generated code:
no line written since the file statement ended, at the same indentation (a READ at the end of
an IF's branch is followed by a statement outside it: another indentation). Probe
``speed_status``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from idrs_sandbox.runtime.fields import Category

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@dataclass(frozen=True)
class StatusForward:
    key: tuple[str, str, str]
    """(buffer, offset, size) of the status item, as Names.slice sees it."""
    code: str
    """The temporary holding the status code."""
    lines: int
    depth: int


def offer(c: Compiler, entry: Any, code: str, quiet: bool) -> None:
    """After a file statement on ``entry`` whose status code is in ``code``: the status may
    be read from ``code`` by the next statement when ``quiet`` (the statement ran nothing
    that could store into the status item)."""
    status = entry.status
    c.status_forward = None
    if not quiet or status is None or status.size != 2 or c.debugging is not None:
        return
    if status.ftype.category is Category.NUMERIC:
        return
    key = (f"B{status.area.index}", str(status.offset), str(status.size))
    c.status_forward = StatusForward(key, code, len(c.out.lines), c.out.depth)


def take(c: Compiler) -> StatusForward | None:
    """The status offered by the statement just before, if this statement follows it in the
    same block with nothing written in between (then it is used up)."""
    forward, c.status_forward = c.status_forward, None
    if forward is None or forward.lines != len(c.out.lines) or forward.depth != c.out.depth:
        return None
    return forward


@contextmanager
def reading(c: Compiler, forward: StatusForward | None) -> Iterator[None]:
    """While a condition is written: the status item's reads are the code."""
    if forward is None:
        yield
        return
    before = c.byte_reads.get(forward.key)
    c.byte_reads[forward.key] = forward.code
    try:
        yield
    finally:
        if before is None:
            del c.byte_reads[forward.key]
        else:
            c.byte_reads[forward.key] = before
