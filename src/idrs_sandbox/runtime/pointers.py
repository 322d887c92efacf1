"""Addresses: USAGE POINTER, ADDRESS OF, BASED items, ALLOCATE and FREE, SET ADDRESS OF.

A program's storage is one ``bytearray`` per record, bound as ``B<n>`` in its generated code.
An address is a number, as in cobc, so a POINTER item holds 8 native bytes that MOVE, compare
and SET UP BY like any binary item; :class:`Memory` (one per run) gives every block it has
handed out an address range and finds the block and offset of an address again:

- ``ADDRESS OF x`` is the base of x's block plus x's offset in it;
- ``SET ADDRESS OF x TO p`` binds x's record (``B<n>``) to the block p points into: the block
  itself when p is its start, else a :class:`Window` that shifts every index by p's offset
  (measured with cobc 3.1.2, probe pointers: a PIC X(4) BASED set to ADDRESS OF a PIC X(8) plus
  2 shows its bytes 3 to 6, and a MOVE to it changes them);
- a BASED record starts with no storage (:class:`NullArea`): any use of it stops the run as
  libcob does ("libcob: prog.cob:8: error: BASED/LINKAGE item 'X' has NULL address", status 1);
- ``ALLOCATE x`` gives x a new block of zero bytes (``INITIALIZED``: its VALUE clauses, else
  what INITIALIZE gives), ``ALLOCATE n CHARACTERS ... RETURNING p`` a block of n zero bytes (or
  ``INITIALIZED TO`` a value) whose address goes to p; ``FREE x`` takes x's storage away again,
  ``FREE p`` sets p to NULL (cobc 3.1.2, probe pointers).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from idrs_sandbox.runtime.support import CobolRuntimeError

FIRST_ADDRESS = 0x1000_0000
"""Where the run's blocks start (any non-zero value: 0 is NULL)."""
GAP = 16


class NullArea:
    """The storage of a BASED (or not passed LINKAGE) record before it has an address."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def _fail(self, *_: Any) -> Any:
        raise CobolRuntimeError(f"BASED/LINKAGE item '{self.name}' has NULL address")

    __getitem__ = _fail
    __setitem__ = _fail
    __len__ = _fail


class Window:
    """A block seen from ``base`` on: index i of the window is index base + i of the block."""

    __slots__ = ("base", "buffer")

    def __init__(self, buffer: bytearray, base: int) -> None:
        self.buffer = buffer
        self.base = base

    def _shift(self, key: Any) -> Any:
        if isinstance(key, slice):
            start = self.base + (key.start or 0)
            stop = self.base + (key.stop if key.stop is not None else len(self))
            return slice(start, stop, key.step)
        return self.base + key

    def __getitem__(self, key: Any) -> Any:
        return self.buffer[self._shift(key)]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.buffer[self._shift(key)] = value

    def __len__(self) -> int:
        return len(self.buffer) - self.base

    def __bytes__(self) -> bytes:
        return bytes(self.buffer[self.base :])


class Memory:
    """The address of every block of a run, and the block of every address."""

    def __init__(self) -> None:
        self._bases: dict[int, int] = {}
        self._starts: list[int] = []
        self._blocks: list[bytearray] = []
        self._next = FIRST_ADDRESS

    def address(self, storage: Any) -> int:
        """The address of the first byte of ``storage`` (a block, a Window; NullArea: 0)."""
        if isinstance(storage, NullArea):
            return 0
        if isinstance(storage, Window):
            return self.address(storage.buffer) + storage.base
        base = self._bases.get(id(storage))
        if base is None:
            base = self._next
            self._next += (len(storage) // GAP + 1) * GAP + GAP
            self._place(storage, base)
        return base

    def _place(self, storage: Any, base: int) -> None:
        self._bases[id(storage)] = base
        at = bisect.bisect_right(self._starts, base)  # a block placed() may lie above
        self._starts.insert(at, base)
        self._blocks.insert(at, storage)

    def _remove(self, storage: Any) -> int | None:
        base = self._bases.pop(id(storage), None)
        if base is not None:
            at = bisect.bisect_left(self._starts, base)
            del self._starts[at], self._blocks[at]
        return base

    @contextmanager
    def placed(self, storage: bytearray, address: int) -> Iterator[None]:
        """``storage`` seen at ``address`` during the block: a LINKAGE record holding bytes a
        C caller passed by reference has the C address (ADDRESS OF it equals the pointer the C
        code passed: testsuite 'CALL C with callback'; runtime/callbacks.py)."""
        before = self._remove(storage)
        self._place(storage, address)
        try:
            yield
        finally:
            self._remove(storage)
            if before is not None:
                self._place(storage, before)

    def storage(self, address: int, name: str, origin: Any) -> Any:
        """What a record bound to ``address`` sees (0: no storage)."""
        if address == 0:
            return NullArea(name)
        at = bisect.bisect_right(self._starts, address) - 1
        if at < 0 or address - self._starts[at] > len(self._blocks[at]):
            raise CobolRuntimeError(f"SET ADDRESS OF {name}: {address:#x} is no address", origin)
        block = self._blocks[at]
        offset = address - self._starts[at]
        return block if offset == 0 else Window(block, offset)


def memory(namespace: dict[str, Any]) -> Memory:
    """The run's memory (kept with the run's shared records, runtime/scope.py)."""
    from idrs_sandbox.runtime.scope import run_store

    store: dict[Any, Any] = run_store(namespace)
    found = store.get(("memory", None))
    if found is None:
        found = store[("memory", None)] = Memory()
    assert isinstance(found, Memory)
    return found


def address_of(namespace: dict[str, Any], area: str, offset: int) -> int:
    """ADDRESS OF an item at ``offset`` of the record bound as ``area``."""
    storage = namespace[area]
    if isinstance(storage, NullArea):
        return 0
    return memory(namespace).address(storage) + offset


def set_address(namespace: dict[str, Any], area: str, address: int, name: str, origin: Any) -> None:
    """SET ADDRESS OF a record TO an address."""
    namespace[area] = memory(namespace).storage(address, name, origin)


def allocate_record(namespace: dict[str, Any], area: str, image: bytes) -> None:
    """ALLOCATE a BASED record: a new block holding ``image``."""
    block = bytearray(image)
    memory(namespace).address(block)
    namespace[area] = block


def allocate_characters(namespace: dict[str, Any], size: int, fill: bytes, repeat: bool) -> int:
    """ALLOCATE n CHARACTERS: a new block of ``size`` bytes (zeros; INITIALIZED TO a value: the
    value padded with spaces, or ALL value repeated); its address."""
    size = max(size, 0)
    if repeat and fill:
        data = (fill * (size // len(fill) + 1))[:size]
    else:
        data = fill[:size].ljust(size, b" ") if fill else bytes(size)
    block = bytearray(data)
    return memory(namespace).address(block)


def free_record(namespace: dict[str, Any], area: str, name: str) -> None:
    namespace[area] = NullArea(name)
