"""A DISPLAY item of one or two bytes read through a table of byte values, not ``int``.

The usual read of a DISPLAY item holding digits is ``int(raw) if (raw := B[a:b]).isdigit()``:
a slice, ``isdigit`` and ``int``, about 1 us on this machine's Python 3.11 (``int`` of a short
bytearray alone takes 400 to 470 ns). For the one- and two-byte items POSTING reads on every
card (a month, a day, a year's last two digits, a count of modules, a status) the bytes are
taken by index instead and looked up in a list: ``_DG1[B[a]]`` is the digit a byte holds,
``_DG2[B[a] << 8 | B[a + 1]]`` the value two bytes hold, -1 when a byte is not a digit (then
the read goes on as before: the item's reader or cobc's comparison value, with libcob's rules
for invalid bytes). Measured with ``timeit``: 155 ns against 940 ns for one byte, 420 ns
against 1,230 ns for two. Longer items gain nothing measurable (four bytes: no difference).

Only items at a fixed offset of the program's own WORKING-STORAGE (shadows.py's areas: an
index past the end of a buffer would raise where a slice gives fewer bytes, so a subscripted
item, or one in LINKAGE, BASED or shared storage, keeps its slice), not promoted, not held by
a counted loop's byte reads (counted.py), unsigned or with a trailing embedded sign (its
positive values are plain digits), not under -fsign=EBCDIC.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from idrs_sandbox.runtime.fields import Usage

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.emission import Emission
    from idrs_sandbox.runtime.compile.values import Ref

_ZERO = ord("0")

ONE_BYTE = [byte - _ZERO if _ZERO <= byte <= _ZERO + 9 else -1 for byte in range(256)]
"""The digit a byte holds, -1 for any other byte."""

TWO_BYTES = [
    (high - _ZERO) * 10 + low - _ZERO
    if _ZERO <= high <= _ZERO + 9 and _ZERO <= low <= _ZERO + 9
    else -1
    for high in range(256)
    for low in range(256)
]
"""The value two bytes hold (``high << 8 | low``), -1 unless both are digits."""


def short_read(c: Emission, ref: Ref, otherwise: Callable[[str], str]) -> str | None:
    """The value of ``ref`` read by table when it is such an item (else None); ``otherwise``
    gives the read for other bytes from the expression of the item's bytes."""
    ftype = ref.ftype
    size = ref.static_size
    if size not in (1, 2) or ref.var is not None or not ref.off.isdigit():
        return None
    if ref.entry.area.index not in c.shadows.areas:
        return None  # not the program's own WORKING-STORAGE: its buffer is bound elsewhere
    if ftype.usage is not Usage.DISPLAY or ftype.size != size:
        return None
    if ftype.sign_separate or ftype.sign_leading or ftype.sign_ebcdic:
        return None
    if c.byte_reads and (ref.buf, ref.off, ref.size) in c.byte_reads:
        return None
    start, value = int(ref.off), c.temp()
    raw = f"{ref.buf}[{start}:{start + size}]"
    if size == 1:
        table = c.const(ONE_BYTE, "_DG1")
        index = f"{ref.buf}[{start}]"
    else:
        table = c.const(TWO_BYTES, "_DG2")
        index = f"{ref.buf}[{start}] << 8 | {ref.buf}[{start + 1}]"
    return f"({value} if ({value} := {table}[{index}]) >= 0 else {otherwise(raw)})"
