"""FUNCTION CONTENT-LENGTH (pointer) and CONTENT-OF (pointer [, length]) as libcob 3.1.2 runs
them (intrinsic.c): the bytes a POINTER addresses, up to their first X'00' (C's strlen) or
the given length.

Both first clear the last exception (``cob_set_exception (0)``: EXCEPTION-STATUS is spaces
after a call that succeeds). A NULL pointer, or one addressing a X'00', sets EC-DATA-PTR-NULL
and gives 0 / a field of length 0 (testsuite 'FUNCTION CONTENT-OF': a STRING of it leaves the
receiver as it was). libcob reads the C memory at the address, beyond the item if the string
goes on; the engine knows only the run's blocks (runtime/pointers.py), so a string or a length
that runs past the end of the block the pointer addresses stops the run with a message instead
of reading what cobc would find there.
"""

from __future__ import annotations

from typing import Any

from idrs_sandbox.runtime import exceptions
from idrs_sandbox.runtime.intrinsic_fields import Result, at_scale, uint
from idrs_sandbox.runtime.pointers import memory
from idrs_sandbox.runtime.support import CobolRuntimeError


def _block(namespace: dict[str, Any], address: int, function: str) -> bytes:
    """The bytes from ``address`` to the end of its block."""
    try:
        storage = memory(namespace).storage(address, "", None)
    except CobolRuntimeError:
        raise CobolRuntimeError(
            f"FUNCTION {function}: {address:#x} is not an address of this run"
        ) from None
    return bytes(storage)


def _string(data: bytes, address: int, function: str) -> bytes:
    end = data.find(b"\0")
    if end < 0:
        raise CobolRuntimeError(
            f"FUNCTION {function}: no X'00' after {address:#x} before the end of its storage "
            "(libcob would read the memory after it)"
        )
    return data[:end]


def content_length(namespace: dict[str, Any], address: int) -> Result:
    """strlen of the bytes at ``address``; 0 and EC-DATA-PTR-NULL for NULL or an empty one."""
    exceptions.clear()
    data = _block(namespace, address, "CONTENT-LENGTH") if address else b""
    if not data[:1].strip(b"\0"):
        exceptions.raise_condition("EC-DATA-PTR-NULL")
        return uint(0)
    return uint(len(_string(data, address, "CONTENT-LENGTH")))


def content_of(namespace: dict[str, Any], address: int, length: Result | None = None) -> bytes:
    """``length`` bytes at ``address`` (its cob_get_int; 0 or left out: up to the X'00')."""
    exceptions.clear()
    data = _block(namespace, address, "CONTENT-OF") if address else b""
    if not data[:1].strip(b"\0"):
        exceptions.raise_condition("EC-DATA-PTR-NULL")
        return b""
    wanted = at_scale(length, 0) & 0xFFFFFFFF if length is not None else 0
    if not wanted:
        return _string(data, address, "CONTENT-OF")
    if wanted > len(data):
        raise CobolRuntimeError(
            f"FUNCTION CONTENT-OF: {wanted} bytes at {address:#x} run past the end of its "
            "storage (libcob would read the memory after it)"
        )
    return data[:wanted]
