"""User-defined functions (FUNCTION-ID) at run time.

A FUNCTION-ID is a program of the same source file that a ``FUNCTION name (args)`` reference
runs (cobol/functions.py, runtime/compile/functions.py): its ``PROCEDURE DIVISION USING`` items
take the arguments as a CALL's BY REFERENCE operands do (a data item shares its storage,
runtime/linkage.py; a literal or another function's result is passed as its bytes), and the
reference's value is its ``RETURNING`` item when it ends (GOBACK, EXIT FUNCTION or the end of
its PROCEDURE DIVISION). Its WORKING-STORAGE is kept from one reference to the next as a called
program's is, and it has a RETURN-CODE of its own (measured with cobc 3.1.2, probe
``user_functions``; testsuite 'GLOBAL identifiers from ENVIRONMENT DIVISION').
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.runtime import invocation
from idrs_sandbox.runtime.support import CobolRuntimeError

if TYPE_CHECKING:
    from idrs_sandbox.runtime.call import Linker
    from idrs_sandbox.runtime.data import DataEntry


def call_function(
    namespace: dict[str, Any],
    linker: Linker,
    function: Program,
    arguments: Sequence[bytes | None],
    origin: Origin,
) -> bytes:
    """Run ``function`` on ``arguments``; the bytes of its RETURNING item."""
    from idrs_sandbox.runtime.call import _any_length_sizes, _enter, _flush, _reload

    sizes = _any_length_sizes(function, None, arguments)
    instance = linker._instance(namespace, function, sizes)
    if instance.active and not function.recursive:
        name = function.name.strip()
        raise CobolRuntimeError(f"FUNCTION {name} used again while it runs", origin)
    if sizes != instance.sizes:
        linker._refit(instance, function, sizes)
    instance.active = True
    instance.depth += 1
    saved = invocation.enter(instance.namespace, instance.frames, instance.depth)
    try:
        # a fresh RETURNING item, all X'00', at every use (cobc 3.1.2 allocates it: a PIC X(4)
        # result of which the function sets 2 bytes shows "ab" and two NULs; probe
        # user_functions)
        result = returning_entry(function)
        slots = instance.program.promoted_slots
        area = instance.namespace[f"B{result.area.index}"]
        area[result.offset : result.offset + result.size] = bytes(result.size)
        _reload(instance.namespace, slots, result)
        _enter(instance, arguments, None)
        _flush(instance.namespace, slots, result)
        storage = instance.namespace[f"B{result.area.index}"]
        return bytes(storage[result.offset : result.offset + result.size])
    finally:
        invocation.leave(instance.namespace, saved)
        instance.depth -= 1
        instance.active = instance.depth > 0


_RESULTS: dict[int, tuple[Program, DataEntry]] = {}


def _model_entry(function: Program) -> DataEntry:
    from idrs_sandbox.runtime.data import DataEntry, build_data_model

    known = _RESULTS.get(id(function))
    if known is not None and known[0] is function:
        return known[1]

    procedure = function.procedure
    if procedure is None or procedure.returning is None:
        raise CobolRuntimeError(f"FUNCTION {function.name} has no RETURNING item")
    item = procedure.returning
    found = build_data_model(function).candidates(item.name, item.qualifiers)
    if len(found) != 1 or not isinstance(found[0], DataEntry):
        message = f"RETURNING {item.display_name()}: not one data item of {function.name}"
        raise CobolRuntimeError(message, item.origin)
    _RESULTS[id(function)] = (function, found[0])
    return found[0]


def returning_entry(function: Program) -> DataEntry:
    """The RETURNING item of a FUNCTION-ID (the same area and offset in every model of it)."""
    return _model_entry(function)
