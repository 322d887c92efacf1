"""Store values as bytearrays: what the generated code writes into an area with
``Bn[start:end] = value``.

CPython's bytearray slice assignment copies a value that is not itself a bytearray into a
temporary bytearray first (bytearray_ass_subscript: ``PyByteArray_FromObject(values)``, then
the assignment again). Measured on this machine's Python 3.11: ``B[25:33] = c`` with ``c``
8 bytes took 408 ns as ``bytes``, 123 ns as a ``bytearray``; a COMP-3 store
``B[25:31] = bytes.fromhex("%011dc" % v)`` 1,155 ns, with ``bytearray.fromhex`` 794 ns; an
unsigned DISPLAY store ``B[25:33] = b"%08d" % v`` 919 ns, with a bytearray pattern (``%``
then gives a bytearray) 469 ns. POSTING makes about 16 such stores per card.

The values are the same bytes; only their type changes, and only where they are stored (a
constant that is also compared, hashed or passed on stays ``bytes`` under its own name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.emission import Emission

_CONSTANT = re.compile(r"_b\d+")
"""A bytes constant of the generated module (``Emission.const(data, "_b")``)."""


def stored_constant(c: Emission, data: bytes, prefix: str = "_ba") -> str:
    """A name bound to ``data`` as a bytearray, deduplicated by its bytes: only ever the value
    of a store (never mutated: a slice assignment copies it into the area)."""
    name = c.const(bytes(data), prefix)
    if not isinstance(c.namespace[name], bytearray):
        c.namespace[name] = bytearray(data)
    return name


def stored_value(c: Emission, code: str) -> str:
    """``code`` to store, with a bytes constant exchanged for its bytearray twin."""
    if _CONSTANT.fullmatch(code):
        value = c.namespace.get(code)
        if type(value) is bytes:
            return stored_constant(c, value)
    return code


def pattern(c: Emission, text: str | bytes) -> str:
    """A ``%`` format for a store: a bytearray (so ``pattern % value`` is one), and for the
    COMP-3 patterns (text, read by ``bytearray.fromhex``) the text itself."""
    if isinstance(text, str):
        return c.const(text, "_pat")
    return stored_constant(c, text, "_pba")


_STORE = re.compile(r"( *)(B\d+)\[(.+)\] = (_ba?\d+)")
_FIXED = re.compile(r"(\d+):(\d+)")


def join_stores(c: Emission) -> None:
    """The finished module's stores of constants: each as a bytearray, and two that follow one
    another at one indentation into adjacent bytes of one area joined into one store
    (7700-EMPTY-WORK-MODULE's 18 MOVEs of ZERO and SPACE into WM-MODULE became 3 stores; no
    line can run between two such lines, and a constant reads nothing). The line origins
    of the lines after a joined one are moved up."""
    lines, out = c.out.lines, []
    moved: list[int] = []  # old line number - 1 -> new line number
    for line in lines:
        found = _STORE.fullmatch(line)
        if found is None:
            out.append(line)
            moved.append(len(out))
            continue
        indent, buf, bounds, name = found.groups()
        value = c.namespace.get(name)
        if not isinstance(value, bytes | bytearray):
            out.append(line)
            moved.append(len(out))
            continue
        fixed = _FIXED.fullmatch(bounds)
        before = _STORE.fullmatch(out[-1]) if out and fixed else None
        if fixed and before and before.group(1) == indent and before.group(2) == buf:
            last = _FIXED.fullmatch(before.group(3))
            if last and last.group(2) == fixed.group(1):
                joined = bytes(c.namespace[before.group(4)]) + bytes(value)
                name = stored_constant(c, joined)
                out[-1] = f"{indent}{buf}[{last.group(1)}:{fixed.group(2)}] = {name}"
                moved.append(len(out))
                continue
        out.append(f"{indent}{buf}[{bounds}] = {stored_constant(c, bytes(value))}")
        moved.append(len(out))
    c.out.lines[:] = out
    past = len(out) - len(lines)  # an origin just past the last line stays just past it
    c.line_origins[:] = [
        (moved[line - 1] if line <= len(moved) else line + past, origin)
        for line, origin in c.line_origins
    ]
