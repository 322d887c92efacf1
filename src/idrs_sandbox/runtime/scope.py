"""Storage shared between the programs of one run: GLOBAL and EXTERNAL records.

A program's storage is one ``bytearray`` per record, named ``B<n>`` in its generated code. A
shared record is bound, when a program's storage is made, to the one ``bytearray`` the run keeps
for it (``_shared`` in every program's namespace, one dict per run):

- GLOBAL (key: the declaring item): the declaring program's storage, seen by the programs it
  contains (cobol/symbols.py ``visible_globals``). When the declaring program gets fresh storage
  again (IS INITIAL, CANCEL) the same bytes are re-initialised in place, so a contained program
  that already ran keeps seeing its parent's item (cobc shares one address).
- GLOBAL files (FD name IS GLOBAL): the contained programs use the declaring program's record
  area and file handle, and write its FILE STATUS item (the declaring program shares its
  WORKING-STORAGE records for that: testsuite 'GLOBAL FD (3)', 'GLOBAL FD (4)').
- EXTERNAL files (FD name IS EXTERNAL): the first program of the run that declares the file
  gives its record area and handle to every later one.
- EXTERNAL (key: the item's name, or its AS literal): one block for the whole run; the first
  program that declares it creates it, every later one shares it (testsuite 'EXTERNAL data item',
  'EXTERNAL AS data item'). libcob allocates it zeroed (probe external_storage: a PIC X(5)
  EXTERNAL that nobody wrote displays as five X'00').
"""

from __future__ import annotations

from typing import Any

from idrs_sandbox.runtime.data import DataModel
from idrs_sandbox.runtime.pointers import NullArea
from idrs_sandbox.runtime.support import CobolRuntimeError


def run_store(namespace: dict[str, Any]) -> dict[tuple[str, object], Any]:
    """The run's shared records (created with the main program's namespace)."""
    store: dict[tuple[str, object], Any] | None = namespace.get("_shared")
    if store is None:
        store = {}
        namespace["_shared"] = store
    return store


def bind_shared(namespace: dict[str, Any], model: DataModel) -> None:
    """Point the shared records of a new program storage at the run's blocks."""
    store = run_store(namespace)
    for area in model.areas:
        if area.based:  # no storage until ALLOCATE or SET ADDRESS OF (runtime/pointers.py)
            namespace[f"B{area.index}"] = NullArea(area.name)
        key = area.shared
        if key is None:
            continue
        slot = (key.kind, key.key)
        existing = store.get(slot)
        if key.kind == "external":
            if existing is None:
                existing = store[slot] = bytearray(len(area.buffer))
            elif len(existing) < len(area.buffer):
                message = (
                    f"EXTERNAL item '{key.key}' previously allocated with size {len(existing)}, "
                    f"requested size is {len(area.buffer)}"
                )
                raise CobolRuntimeError(message, key.origin)
        elif key.kind == "external-file":
            handle = f"_F_{area.index}"
            if existing is None:
                store[slot] = existing = area.buffer
                store[("handle", key.key)] = namespace[handle]
            else:
                namespace[handle] = store[("handle", key.key)]
        elif key.kind == "file":
            # a GLOBAL file: its record area and its handle are the declaring program's
            handle = f"_F_{area.index}"
            if key.owner:
                store[slot] = existing = area.buffer
                store[("handle", key.key)] = namespace[handle]
            elif existing is None:
                raise CobolRuntimeError(f"GLOBAL file {area.name} is not open yet", key.origin)
            else:
                namespace[handle] = store[("handle", key.key)]
        elif key.owner:
            if existing is None:
                existing = store[slot] = area.buffer
            else:
                existing[:] = area.buffer
        elif existing is None:
            raise CobolRuntimeError(f"GLOBAL item {area.name} has no storage yet", key.origin)
        area.buffer = existing
        namespace[f"B{area.index}"] = existing
