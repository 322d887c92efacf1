"""CALL of an ENTRY of the running main program, and CALL of a program pointer.

cobc 3.1.2 (testsuite 'Lookup ENTRY from main executable'): ``SET PROGRAM-LINK TO ENTRY
"subprogram"`` then ``CALL PROGRAM-LINK`` runs the main program's own ``ENTRY "subprogram"``
sentence and comes back (its RETURN-CODE 42 is then the caller's). That code runs on the main
program's storage, the one the run already uses: the main program is registered as a called
program's instance over its own namespace (:func:`register_main`), and while such a CALL runs,
its GOBACK / EXIT PROGRAM return to the caller instead of ending the run (:func:`as_called`).

A program pointer is an address runtime/callbacks.py hands out for ``SET p TO ENTRY name``;
the run keeps the name of each (:func:`remember_entry`), and ``CALL p`` is a CALL of that name
(:func:`pointed_name`). A pointer that no SET TO ENTRY gave stops the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.runtime.scope import run_store
from idrs_sandbox.runtime.support import CobolRuntimeError

if TYPE_CHECKING:
    from idrs_sandbox.cobol.program import Program
    from idrs_sandbox.runtime.call import Instance
    from idrs_sandbox.runtime.data import DataModel
    from idrs_sandbox.runtime.machine import LegacyProgram

_MAIN = ("main-program", None)


def register_main(namespace: dict[str, Any], program: LegacyProgram, model: DataModel) -> None:
    """The running main program, for a CALL of one of its ENTRYs (made lazily)."""
    run_store(namespace)[_MAIN] = (program, namespace, model)


def main_instance(namespace: dict[str, Any], program: Program) -> Instance | None:
    """An instance over the main program's own storage when ``program`` is the running main
    program (None otherwise)."""
    from idrs_sandbox.runtime.call import Instance, _parameters
    from idrs_sandbox.runtime.invocation import Frames
    from idrs_sandbox.runtime.modules import program_entries

    found = run_store(namespace).get(_MAIN)
    if found is None or found[0].program is not program:
        return None
    compiled, main_namespace, model = found
    instance = Instance(compiled, main_namespace, [], model.special["RETURN-CODE"])
    instance.frames = Frames.of(model, [], compiled.promoted_slots)
    for entry in program_entries(program).values():
        if entry.using:
            where = f"ENTRY '{entry.name}' USING"
            instance.entry_parameters[entry.name] = _parameters(model, entry.using, where)
    instance.compiled_namespace = compiled.namespace
    return instance


@contextmanager
def as_called(instance: Instance) -> Iterator[None]:
    """GOBACK and EXIT PROGRAM of the main program return to the CALL while it runs one of
    its ENTRYs for it (they end the run, resp. do nothing, otherwise)."""
    from idrs_sandbox.runtime.call import Goback, raise_goback

    namespace = instance.namespace
    found = run_store(namespace).get(_MAIN)
    if found is None or found[1] is not namespace:
        yield
        return
    saved = namespace["_Goback"], namespace["_exit_program"]
    namespace["_Goback"], namespace["_exit_program"] = Goback, raise_goback
    try:
        yield
    finally:
        namespace["_Goback"], namespace["_exit_program"] = saved


def remember_entry(namespace: dict[str, Any], address: int, name: str) -> None:
    """SET p TO ENTRY name gave ``address``: CALL p calls ``name``."""
    run_store(namespace)[("entry-name", address)] = name


def pointed_name(namespace: dict[str, Any], address: int, origin: Origin) -> bytes:
    """The program name ``CALL p`` calls."""
    name = run_store(namespace).get(("entry-name", address))
    if name is None:
        shown = "NULL" if address == 0 else f"{address:#x}"
        message = f"CALL of a program pointer holding {shown}, which no SET TO ENTRY gave"
        raise CobolRuntimeError(message, origin)
    return str(name).encode("latin-1")
