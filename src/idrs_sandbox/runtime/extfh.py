"""``cobc -fcallfh=NAME``: every file operation goes through the C function NAME (an EXTFH).

A program built with ``-fcallfh=TSTFH`` calls ``TSTFH (opcode, fcd)`` for each OPEN, CLOSE,
READ, WRITE, REWRITE, DELETE and START, with Micro Focus's opcode (``FA 00`` = OPEN INPUT ...
libcob/common.h OP_*) and the file's FCD3 (organization, open mode, status ...); the handler may
look at it, print, and pass it on to libcob's own ``EXTFH (opcode, fcd)``, which does the
operation and leaves its status in the FCD (testsuite 'EXTFH: SEQUENTIAL files', 'EXTFH: using
ISAM callback'). Here each file of the program is wrapped in a :class:`HandledFile`: the
operation the engine was about to do is kept, the handler is called through the shim
(runtime/capi.py) with an FCD3 the shim allocates, and the shim's ``EXTFH`` comes back to
:func:`extfh_from_c`, which does the kept operation on the real file and writes its status and
the new open mode into the FCD. The status the program sees is the FCD's after the handler
returns (a handler that does not pass an operation on leaves the FCD's status as it was).

The FCD carries the organization, open mode and status only: a handler that reads the record
area, the file name or the key definitions through the FCD is not supported. A program that
calls EXTFH itself with an FCD it built is runtime/extfh_direct.py.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from idrs_sandbox.runtime.capi import invoke, shim
from idrs_sandbox.runtime.support import CobolRuntimeError, StopRun

# libcob/common.h 3.1.2 (Micro Focus's numbers)
ORG_LINE_SEQ, ORG_SEQ, ORG_INDEXED, ORG_RELATIVE = 0, 1, 2, 3
OPEN_MODES = {"INPUT": 0, "OUTPUT": 1, "I-O": 2, "EXTEND": 3}
OPEN_NOT_OPEN = 128
OP_OPEN = {"INPUT": 0xFA00, "OUTPUT": 0xFA01, "I-O": 0xFA02, "EXTEND": 0xFA03}
OP_CLOSE = 0xFA80
OP_READ_SEQ = 0xFAF5
OP_READ_PREV = 0xFAF9
OP_READ_RAN = 0xFAF6
OP_WRITE = 0xFAF3
OP_WRITE_BEFORE = 0xFAE1
OP_WRITE_AFTER = 0xFAE2
OP_REWRITE = 0xFAF4
OP_DELETE = 0xFAF7
OP_UNLOCK = 0xFA0E
OP_START = {"=": 0xFAE8, ">": 0xFAEA, ">=": 0xFAEB, "<": 0xFAFE, "<=": 0xFAFF}

_PENDING: list[Callable[[], bytes]] = []
"""The operation the handler now running was called for (one per nested handler call)."""


class HandledFile:
    """A file of the program whose operations go through the EXTFH handler ``function``."""

    def __init__(self, inner: Any, function: Any, organization: int, streams: Any) -> None:
        self._inner = inner
        self._function = function
        self._organization = organization
        self._streams = streams
        self._mode = OPEN_NOT_OPEN
        self._status = b"00"
        self._fcd = shim().idrs_fcd_new()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def open(self, mode: str) -> bytes:
        def run() -> bytes:
            status: bytes = self._inner.open(mode)
            if status[:1] == b"0":
                self._mode = OPEN_MODES.get(mode, 0)
            return status

        return self._through(OP_OPEN.get(mode, 0xFA00), run)

    def close(self, *args: Any) -> bytes:
        def run() -> bytes:
            status: bytes = self._inner.close(*args)
            if status[:1] == b"0":
                self._mode = OPEN_NOT_OPEN
            return status

        return self._through(OP_CLOSE, run)

    def read(self, *args: Any) -> bytes:
        return self._through(OP_READ_SEQ, lambda: self._inner.read(*args))

    def read_next(self, previous: bool = False) -> bytes:
        code = OP_READ_PREV if previous else OP_READ_SEQ
        return self._through(code, lambda: self._inner.read_next(previous))

    def read_key(self, *args: Any) -> bytes:
        return self._through(OP_READ_RAN, lambda: self._inner.read_key(*args))

    def write(self, *args: Any) -> bytes:
        return self._through(OP_WRITE, lambda: self._inner.write(*args))

    def write_advancing(self, record: bytes, before: bool, lines: int | None) -> bytes:
        code = OP_WRITE_BEFORE if before else OP_WRITE_AFTER
        return self._through(code, lambda: self._inner.write_advancing(record, before, lines))

    def rewrite(self, *args: Any) -> bytes:
        return self._through(OP_REWRITE, lambda: self._inner.rewrite(*args))

    def delete(self, *args: Any) -> bytes:
        return self._through(OP_DELETE, lambda: self._inner.delete(*args))

    def delete_record(self, *args: Any) -> bytes:
        return self._through(OP_DELETE, lambda: self._inner.delete_record(*args))

    def start(self, cond: str, *args: Any) -> bytes:
        code = OP_START.get(cond, OP_START["="])
        return self._through(code, lambda: self._inner.start(cond, *args))

    def _through(self, code: int, operation: Callable[[], bytes]) -> bytes:
        """Call the handler for one operation; the status it leaves in the FCD."""
        from idrs_sandbox.runtime.callbacks import raise_pending
        from idrs_sandbox.runtime.cmodules import _in_folder, c_output

        library = shim()
        library.idrs_fcd_set(self._fcd, self._organization, self._mode, self._status)
        opcode = (ctypes.c_ubyte * 2)(code >> 8, code & 0xFF)

        def performed() -> bytes:
            status = operation()
            self._status = bytes(status[:2])
            library.idrs_fcd_set(self._fcd, self._organization, self._mode, self._status)
            return status

        _PENDING.append(performed)
        try:
            with c_output(self._streams), _in_folder(self._streams.cwd):
                arguments = [ctypes.cast(opcode, ctypes.c_void_p), ctypes.c_void_p(self._fcd)]
                result, stopped = invoke(self._function, arguments)
        finally:
            _PENDING.pop()
        raise_pending()
        if stopped:  # cob_stop_run in the handler
            raise StopRun(result)
        found = ctypes.create_string_buffer(2)
        library.idrs_fcd_status(self._fcd, found)
        self._status = found.raw[:2]
        return self._status


def extfh_from_c(opcode: int | None, fcd: int | None) -> int:
    """libcob_shim.c EXTFH: the operation the handler was called for, done now."""
    from idrs_sandbox.runtime.callbacks import keep

    try:
        if not _PENDING:
            raise CobolRuntimeError(
                "EXTFH called by C code with an FCD of its own: not supported by the legacy "
                "engine (only a -fcallfh handler passing an operation on)"
            )
        status = _PENDING[-1]()
        return 0 if status[:1] == b"0" else 1
    except BaseException as error:  # kept: it cannot cross the C frames
        keep(error)
        return 1


def handled_files(namespace: dict[str, Any], name: str, program: Any) -> None:
    """Wrap every file of a program built with ``-fcallfh=NAME`` (runtime/machine.py)."""
    from idrs_sandbox.runtime.call import _resolver
    from idrs_sandbox.runtime.modules import CFunction

    target = _resolver(namespace, program).find(name, (), ())
    if not isinstance(target, CFunction):
        raise CobolRuntimeError(f"-fcallfh={name}: no C function '{name}' linked with the program")
    streams = namespace["_streams"]
    for key in [key for key in namespace if key.startswith("_F_")]:
        handle = namespace[key]
        organization = _organization(handle)
        if organization is not None:
            namespace[key] = HandledFile(handle, target.function, organization, streams)


def _organization(handle: Any) -> int | None:
    kind = type(handle).__name__.lower()
    if "sort" in kind:
        return None  # an SD's work file is libcob's own
    if "indexed" in kind:
        return ORG_INDEXED
    if "relative" in kind:
        return ORG_RELATIVE
    if getattr(handle, "line_sequential", False):
        return ORG_LINE_SEQ
    return ORG_SEQ
