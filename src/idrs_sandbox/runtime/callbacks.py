"""``SET pointer TO ENTRY name``: the address of a program, which C code can call back.

In cobc the address of a COBOL program is its C function; C code called from COBOL may call
it with C's conventions (testsuite 'CALL C with callback, PROCEDURE DIVISION EXTERN' /
'ENTRY-CONVENTION EXTERN': ``((int (*)(char *, int, char *))cb)(p1, 42, p3)`` reaches a
program whose PROCEDURE DIVISION USING is ``BY VALUE P1 P2 BY REFERENCE P3``). Here the
address of a COBOL program is a ctypes C function (a "thunk", one per program and run) with
the C parameters its USING list implies:

- a ``BY VALUE`` item: a C integer of the item's size (a POINTER: a pointer), whose value the
  item takes;
- a ``BY REFERENCE`` / ``BY CONTENT`` item: a pointer; the item holds the bytes there (as many
  as it has), which go back to that memory when the program returns (BY REFERENCE), and the
  item's address is the C pointer while it runs (``ADDRESS OF P3`` equals the ``p1`` the C code
  passed, runtime/pointers.py ``Memory.placed``).

The program then runs as a CALL of it does (runtime/call.py) and its result is the C function's
``int``. A name that is a C function gives that function's own address. What the program raises
(STOP RUN, a run-time error) cannot cross the C code: it is kept and raised when the C function
that called back has returned to the interpreter (:func:`raise_pending`); libcob would end the
process at once, so C code after the callback runs here, once, before the run stops.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.runtime import storage
from idrs_sandbox.runtime.mainentry import remember_entry
from idrs_sandbox.runtime.modules import CFunction, CobolModule, EntryPoint
from idrs_sandbox.runtime.pointers import memory
from idrs_sandbox.runtime.scope import run_store
from idrs_sandbox.runtime.support import CobolRuntimeError, StopRun

if TYPE_CHECKING:
    from idrs_sandbox.runtime.call import Linker
    from idrs_sandbox.runtime.data import DataEntry

_PENDING: list[BaseException] = []

_SIGNED = {1: ctypes.c_int8, 2: ctypes.c_int16, 4: ctypes.c_int32, 8: ctypes.c_int64}
_UNSIGNED = {1: ctypes.c_uint8, 2: ctypes.c_uint16, 4: ctypes.c_uint32, 8: ctypes.c_uint64}


def entry_address(linker: Linker, namespace: dict[str, Any], name: bytes, origin: Origin) -> int:
    """SET ... TO ENTRY name: the address of the program or C function ``name``."""
    from idrs_sandbox.runtime.call import program_name

    wanted = program_name(name)
    target = linker.resolve(wanted, origin, namespace)
    if target is None:
        raise CobolRuntimeError(f"SET TO ENTRY: module '{wanted}' not found", origin)
    if isinstance(target, CFunction):
        address: int = ctypes.cast(target.function, ctypes.c_void_p).value or 0
        remember_entry(namespace, address, wanted)  # CALL p (runtime/mainentry.py)
        return address
    entry = None
    if isinstance(target, EntryPoint):
        # a thunk with the ENTRY's own USING items (BY REFERENCE), which CALLs it by name
        entry, target = target.entry, target.program
    store = run_store(namespace)
    key = ("callback", id(entry or target))
    thunk = store.get(key)
    if thunk is None:
        thunk = store[key] = _thunk(linker, namespace, target, wanted, origin, entry is not None)
    address = ctypes.cast(thunk, ctypes.c_void_p).value or 0
    remember_entry(namespace, address, wanted)
    return address


def _thunk(
    linker: Linker,
    namespace: dict[str, Any],
    program: Program,
    name: str,
    origin: Origin,
    entry: bool = False,
) -> Any:
    """A C function that runs ``program`` (``entry``: from its ENTRY ``name``) on the C
    arguments it gets."""
    instance = linker._instance(namespace, program, ())
    parameters: list[DataEntry] = list(instance.parameters)
    modes = program.procedure.using_modes if program.procedure is not None else ""
    if entry:  # an ENTRY's own USING list, its items BY REFERENCE
        parameters, modes = list(instance.entry_parameters.get(name, [])), ""
    modes = modes.ljust(len(parameters), "R")
    types = [_c_type(entry, mode) for entry, mode in zip(parameters, modes, strict=False)]
    prototype = ctypes.CFUNCTYPE(ctypes.c_int, *types)

    def called_back(*values: Any) -> int:
        try:
            return _run(linker, namespace, instance, parameters, modes, values, name, origin)
        except BaseException as error:  # kept for raise_pending: it cannot cross C frames
            _PENDING.append(error)
            return 0

    return prototype(called_back)


def _c_type(entry: DataEntry, mode: str) -> Any:
    if mode != "V":
        return ctypes.c_void_p
    table = _SIGNED if entry.ftype.signed else _UNSIGNED
    found = table.get(entry.size)
    if found is None:
        raise CobolRuntimeError(
            f"a C callback's BY VALUE item '{entry.name}' of {entry.size} bytes is not "
            "supported by the legacy engine (1, 2, 4 or 8 bytes are)",
            entry.origin,
        )
    return found


def _run(
    linker: Linker,
    namespace: dict[str, Any],
    instance: Any,
    parameters: list[DataEntry],
    modes: str,
    values: tuple[Any, ...],
    name: str,
    origin: Origin,
) -> int:
    arguments: list[bytes | None] = []
    for entry, mode, value in zip(parameters, modes, values, strict=False):
        if mode == "V":
            buffer = bytearray(entry.size)
            storage.writer(entry.ftype)(buffer, 0, int(value or 0))
            arguments.append(bytes(buffer))
        elif not value:
            arguments.append(None)  # a NULL pointer: the item is not there (OMITTED)
        else:
            arguments.append(ctypes.string_at(value, entry.size))
    with ExitStack() as stack:
        for entry, mode, value in zip(parameters, modes, values, strict=False):
            if mode != "V" and value and entry.offset == 0:
                record = instance.namespace[f"B{entry.area.index}"]
                stack.enter_context(memory(namespace).placed(record, int(value)))
        done = linker.call(namespace, name.encode(), arguments, 0, origin, modes=modes)
    if done is None:
        raise CobolRuntimeError(f"C callback: program '{name}' not found", origin)
    results, result, _ = done
    for back, given, mode, value in zip(results, arguments, modes, values, strict=False):
        # only bytes the program changed are written: C code may pass read-only memory (a
        # string literal, as the testsuite's callback does) that the program only reads
        if mode == "R" and value and back is not None and back != given:
            ctypes.memmove(value, back, len(back))
    return int(result)


# ------------------------------------------------- COBOL programs called as C functions


_CALLERS: list[tuple[Linker, dict[str, Any], Origin]] = []


@contextmanager
def calling(linker: Linker, namespace: dict[str, Any], origin: Origin) -> Iterator[None]:
    """The COBOL program whose CALL of C code runs now: a COBOL program the C code calls as a
    C function (a C main program's ``callee (p1, p2)``: runtime/cmain.py) is found and run as
    that program's CALL of it would."""
    _CALLERS.append((linker, namespace, origin))
    try:
        yield
    finally:
        _CALLERS.pop()


def cobol_from_c(name: bytes | None, argv: int | None, count: int, stop: Any) -> int:
    """libcob_shim.c idrs_cobol_call: run the COBOL program ``name`` on the C arguments in
    ``argv`` (``count`` of them when the C code set cob_call_params, else as many as the
    program's USING list has; a NULL one is OMITTED). A STOP RUN in it comes back as
    ``*stop`` (the shim then ends the C code as libcob's cob_stop_run does); an error too,
    kept for :func:`raise_pending`."""
    instance: Any = None
    try:
        wanted = (name or b"").decode("latin-1")
        linker, namespace, origin = _CALLERS[-1]
        target = _cobol_program(linker, namespace, wanted, origin)
        if not isinstance(target, Program):
            raise CobolRuntimeError(f"C code calls '{wanted}': no COBOL program of that name")
        instance = linker._instance(namespace, target, ())
        parameters: list[DataEntry] = list(instance.parameters)
        given = count if 0 < count <= len(parameters) else len(parameters)
        values: list[int | None] = []
        if given and argv:
            pointers = (ctypes.c_void_p * given).from_address(argv)
            values = [pointers[index] for index in range(given)]
        modes = "R" * given
        return _run(
            linker, namespace, instance, parameters[:given], modes, tuple(values), wanted, origin
        )
    except StopRun as stopped:
        # STOP RUN without a status: the RETURN-CODE the program left (the run's, in libcob)
        status = stopped.status
        if status is None:
            status = _return_code(instance) if instance is not None else 0
        stop[0] = status & 0xFF
    except BaseException as error:  # kept: it cannot cross the C frames
        _PENDING.append(error)
        stop[0] = 1
    return 0


def _return_code(instance: Any) -> int:
    from idrs_sandbox.runtime.call import _flush

    entry = instance.return_code
    _flush(instance.namespace, instance.program.promoted_slots, entry)  # a promoted register
    area = instance.namespace[f"B{entry.area.index}"]
    value: int = storage.reader(entry.ftype)(area, entry.offset)
    return value


def _cobol_program(
    linker: Linker, namespace: dict[str, Any], name: str, origin: Origin
) -> Program | None:
    """The COBOL program ``name`` (not the C function of that name the C program's own
    module holds: runtime/cmain.py gives every COBOL program one)."""
    from idrs_sandbox.runtime.call import _resolver

    resolver = _resolver(namespace, linker.caller)
    for module in (*resolver.linked, *resolver.loaded):
        if isinstance(module, CobolModule):
            found = module.entry(name)
            if isinstance(found, Program):
                return found
    target = linker.resolve(name, origin, namespace)
    return target if isinstance(target, Program) else None


def keep(error: BaseException) -> None:
    """An error raised in Python code C code called: raised when the C code has returned."""
    _PENDING.append(error)


def raise_pending() -> None:
    """What a program called back from C raised, raised now that the C code has returned."""
    if _PENDING:
        error = _PENDING[0]
        _PENDING.clear()
        raise error
