"""CALL of a C function (a shared object built as ``cobc -m x.c`` builds it) through ctypes.

What cobc 3.1.2 passes, and what this engine passes (testsuite cases 'CALL STATIC C from
COBOL', 'MOVE X'00'', 'Hexadecimal literal', 'CALL binary literal parameter/LENGTH OF'):

- ``BY REFERENCE`` item: a pointer to the item's bytes; what the function writes there is the
  item's new content. Here: a pointer into a writable copy of the bytes (ctypes ``from_buffer``
  on a bytearray), stored back into the item when the function returns.
- ``BY CONTENT``: a pointer to a copy (the function's writes are lost).
- ``BY VALUE`` numeric item or literal: its integer value, as a 64-bit C integer (a function
  declared with ``int`` reads the low 32 bits, as with cobc's ``cob_get_int``).
  A non-numeric item BY VALUE goes BY CONTENT (cobc: "BY CONTENT assumed").
- ``OMITTED``: a NULL pointer.
- The function's ``int`` result is RETURN-CODE, or goes to the ``RETURNING`` item.
- Every buffer has a NUL after its bytes (C code reads a literal as a C string), and the call
  runs in the run's folder (relative paths in ``fopen``).

C code writes to the process's own stdout (``printf``): its output is caught per call (file
descriptors 1 and 2 pointed at temporary files, libc's buffers flushed) and written to the run's
streams at the point of the CALL, so it interleaves with DISPLAY as it does in the cobc-built
program, where both go through the same C stdout.

C code that reads its operands through libcob's API (``cob_get_param_*``...) gets them from
runtime/capi.py, which describes each operand as a ``cob_field`` over the same bytes.
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.runtime.callbacks import raise_pending
from idrs_sandbox.runtime.capi import MAX_ARGUMENTS, Shape, describe, invoke, operands
from idrs_sandbox.runtime.fields import FieldType
from idrs_sandbox.runtime.support import StopRun

if TYPE_CHECKING:
    from idrs_sandbox.runtime.modules import CFunction

_LIBC = ctypes.CDLL(None)


def call_c(
    target: CFunction,
    arguments: Sequence[bytes | None],
    modes: str,
    values: Sequence[int | None],
    streams: Any,
    origin: Origin,
    shapes: Sequence[Shape | None] = (),
    located: bool = False,
    sign_ebcdic: bool = False,
) -> tuple[list[bytes | None], int]:
    """Call ``target`` with the CALL's operands; the operands' bytes after it (None: not given
    back: a BY VALUE operand that libcob's API did not write) and its result. ``shapes`` and
    ``located`` (the program records source locations: its libcob warnings name the CALL's
    line) and ``sign_ebcdic`` (the calling program's -fsign=EBCDIC, libcob's module flag)
    serve C code using libcob's API."""
    buffers: list[bytearray | None] = []
    c_arguments: list[Any] = []
    for index, raw in enumerate(arguments):
        mode = modes[index] if index < len(modes) else "R"
        value = values[index] if index < len(values) else None
        if raw is None:
            buffers.append(None)
            c_arguments.append(None)
        elif mode == "V" and value is not None:
            buffers.append(None)
            c_arguments.append(ctypes.c_longlong(_wrap64(value)))
        else:
            # a NUL after the bytes: C code reads a literal as a C string ("./file1" passed
            # BY REFERENCE to fopen, testsuite 'Default file external name'); cobc's literals
            # are NUL-terminated C strings too. A non-numeric item BY VALUE goes as BY
            # CONTENT (cobc 3.1.2: "BY CONTENT assumed for alphanumeric item").
            buffer = bytearray(raw) + b"\0"
            buffers.append(buffer)
            c_arguments.append(ctypes.cast(_pointer(buffer), ctypes.c_void_p))
    function = target.function
    function.restype = ctypes.c_int
    if target.module.capi:
        where = origin if located else None
        return _call_with_api(
            target,
            arguments,
            modes,
            values,
            shapes,
            buffers,
            c_arguments,
            streams,
            where,
            sign_ebcdic,
        )
    with c_output(streams), _in_folder(streams.cwd):
        result = int(function(*c_arguments))
    raise_pending()  # what a COBOL program it called back raised (runtime/callbacks.py)
    return _results(arguments, buffers), result


def _results(
    arguments: Sequence[bytes | None], buffers: Sequence[bytearray | None]
) -> list[bytes | None]:
    return [
        bytes(buffer[: len(raw)]) if buffer is not None and raw is not None else None
        for buffer, raw in zip(buffers, arguments, strict=True)
    ]


def _call_with_api(
    target: CFunction,
    arguments: Sequence[bytes | None],
    modes: str,
    values: Sequence[int | None],
    shapes: Sequence[Shape | None],
    buffers: list[bytearray | None],
    c_arguments: list[Any],
    streams: Any,
    origin: Origin | None,
    sign_ebcdic: bool = False,
) -> tuple[list[bytes | None], int]:
    """A C function that reads its operands through libcob's API (runtime/capi.py): each
    operand's cob_field shares the bytes the function gets (a BY VALUE numeric item, which
    the function gets as a number, has a buffer of its own, given back afterwards)."""
    described: list[tuple[FieldType, bytearray, bool] | None] = []
    for index, raw in enumerate(arguments):
        if raw is None:
            described.append(None)
            continue
        mode = modes[index] if index < len(modes) else "R"
        value = values[index] if index < len(values) else None
        shape = shapes[index] if index < len(shapes) else None
        ftype, data, constant = describe(shape, mode, raw, value)
        buffer = buffers[index]
        if buffer is None or bytes(buffer[: len(data)]) != data:
            buffer = bytearray(data) + b"\0"
            buffers[index] = buffer
        described.append((ftype, buffer, constant))
    stopped = False
    api = operands(described, origin, streams.stderr, sign_ebcdic)  # entered last, as before
    with c_output(streams), _in_folder(streams.cwd), api:
        if len(c_arguments) <= MAX_ARGUMENTS:  # cob_stop_run comes back (capi.invoke)
            result, stopped = invoke(target.function, c_arguments)
        else:
            result = int(target.function(*c_arguments))
    raise_pending()
    if stopped:  # cob_stop_run(status) in the C code: the run ends with that status
        raise StopRun(result)
    results = _results(arguments, buffers)
    # a constant operand (a copy, a literal) has nothing to give back
    kept = [None if d is None or d[2] else r for d, r in zip(described, results, strict=True)]
    return kept, result


def _pointer(buffer: bytearray) -> Any:
    return (ctypes.c_char * len(buffer)).from_buffer(buffer)


def _wrap64(value: int) -> int:
    """A value outside 64 bits keeps its low 64 bits, as a C conversion does."""
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value


@contextmanager
def _in_folder(folder: Any) -> Iterator[None]:
    """C code opens relative paths from the process's folder: during the call that is the
    run's folder (``RunStreams.cwd``), where the cobc-built program would be running."""
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


@contextmanager
def c_output(streams: Any) -> Iterator[None]:
    """What C code writes to file descriptors 1 and 2 during the block, sent to the run's
    stdout and stderr after what the COBOL program displayed before it."""
    streams.stdout.flush()
    streams.stderr.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    _LIBC.fflush(None)
    saved = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        try:
            yield
        finally:
            _LIBC.fflush(None)
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            out.seek(0)
            err.seek(0)
            written, complained = out.read(), err.read()
            if written:
                streams.stdout.write(written)
            if complained:
                streams.stderr.write(complained)
