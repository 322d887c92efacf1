"""BY REFERENCE arguments shared, not copied: a called program's LINKAGE record is bound to the
caller's storage, as libcob passes a pointer to it.

The CALL passes each BY REFERENCE data item as a :class:`SharedArgument`: its bytes (what C
functions, libcob's routines and ANY LENGTH sizes use) together with the storage they lie in.
The called program's LINKAGE record (``B<n>`` in its namespace) is then that storage itself, or a
:class:`~idrs_sandbox.runtime.pointers.Window` on it when the item does not start its record, so
every write of the called program is the caller's at once, ``ADDRESS OF`` the LINKAGE item is
the caller's item's address, and an item passed twice is one storage (measured with cobc 3.1.2,
probe ``call_shared``).

A LINKAGE record larger than what is left of the caller's record after the item cannot be
bound (cobc would read the bytes the C compiler placed next to it): it gets a copy of the
argument, written back into the caller's storage when the CALL returns, the rest of the record
keeping what it held. A C function or libcob routine also works on a copy, written back the same
way (runtime/cmodules.py).

``cobc -fsticky-linkage`` (``LegacyProgram.sticky_linkage``): a LINKAGE record a CALL does not
pass keeps the storage the last CALL gave it, and so does a record set with ``SET ADDRESS OF``
(testsuite 'Sticky LINKAGE'); without it a record not passed has no storage (runtime/call.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from idrs_sandbox.runtime.pointers import NullArea, Window


class SharedArgument(bytes):
    """A BY REFERENCE operand: its bytes at the CALL, and where they are."""

    storage: Any
    offset: int


def share(storage: Any, offset: int, size: int) -> SharedArgument:
    """The operand ``storage[offset:offset + size]`` of a CALL, passed BY REFERENCE."""
    argument = SharedArgument(storage[offset : offset + size])
    if isinstance(storage, Window):  # a LINKAGE item passed on: the block it is in
        storage, offset = storage.buffer, storage.base + offset
    argument.storage = storage
    argument.offset = offset
    return argument


def view(argument: SharedArgument, size: int) -> Any | None:
    """The storage a LINKAGE record of ``size`` bytes is bound to for ``argument``; None when
    the caller's storage has fewer bytes from the item on (the record then gets a copy)."""
    storage, offset = argument.storage, argument.offset
    if isinstance(storage, NullArea) or len(storage) - offset < size:
        return None
    return storage if offset == 0 else Window(storage, offset)


def write_back(arguments: Sequence[bytes | None], results: Sequence[bytes | None]) -> None:
    """The bytes a copied BY REFERENCE argument holds after the CALL, into the caller's storage
    (a shorter result leaves the rest of the caller's item as it was)."""
    for argument, result in zip(arguments, results, strict=False):
        if isinstance(argument, SharedArgument) and result is not None:
            size = min(len(argument), len(result))
            start = argument.offset
            argument.storage[start : start + size] = result[:size]
