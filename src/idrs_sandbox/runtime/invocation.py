"""One activation of a called program: LOCAL-STORAGE, recursion, and the RECURSIVE check.

- LOCAL-STORAGE SECTION: every CALL starts from the items' initial values (testsuite
  'LOCAL-STORAGE (1)': WORKING-STORAGE keeps a MOVE from one CALL to the next, LOCAL-STORAGE does
  not). Each activation gets its own blocks, bound as ``B<n>`` in the program's namespace while
  it runs, and the caller's activation gets its own back when it returns, so a RECURSIVE program
  has one LOCAL-STORAGE per activation (probe local_storage).
- A recursive activation gets the outer activation's LINKAGE bindings back when it returns
  (the inner CALL binds its records to its own arguments: runtime/linkage.py).
- PROCEDURE DIVISION CHAINING a b ...: the main program's items take the run's arguments, one
  each, as bytes cut or padded with spaces to the item's size (also a numeric item: "12" into a
  PIC 9(3) gives "12 "); an item without an argument keeps its VALUE, and ACCEPT FROM
  ARGUMENT-VALUE still starts at the first argument (measured with cobc 3.1.2, probe chaining).
- A program CALLed while it is active, and not declared RECURSIVE, stops the run as libcob
  does ("libcob: callee2.cob:5: error: recursive CALL from 'callee2' to 'callee' which is NOT
  RECURSIVE", status 1), or runs the CALL's ON EXCEPTION with EXCEPTION-STATUS
  EC-PROGRAM-RECURSIVE-CALL (testsuite 'Recursive CALL of INITIAL program', 'Recursive CALL with
  ON EXCEPTION'). ``cobc -fno-recursive-check`` leaves the check out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.runtime import exceptions
from idrs_sandbox.runtime.support import EXCEPTIONS, CobolRuntimeError, StopRun

if TYPE_CHECKING:
    from idrs_sandbox.runtime.data import DataEntry, DataModel


@dataclass
class Frames:
    """What a called program's activations need: its LOCAL-STORAGE blocks' initial bytes and
    its LINKAGE items."""

    locals: list[tuple[int, bytes]] = field(default_factory=list)
    """(area index, initial bytes) of every LOCAL-STORAGE record."""
    linkage: list[int] = field(default_factory=list)
    """Area indexes of the LINKAGE records (copied arguments)."""
    promoted: list[str] = field(default_factory=list)
    """Variables of the LINKAGE items held as Python ints (runtime/promotion.py)."""

    @classmethod
    def of(cls, model: DataModel, parameters: list[DataEntry], slots: Slots) -> Frames:
        locals_ = [(area.index, bytes(area.buffer)) for area in model.areas if area.local]
        linkage = sorted({entry.area.index for entry in parameters})
        promoted = [var for var, area, _, _ in slots if area in linkage]
        return cls(locals_, linkage, promoted)


Saved = list[tuple[str, Any]]
Slots = Sequence[tuple[str, int, int, Any]]


def enter(namespace: dict[str, Any], frames: Frames, depth: int) -> Saved:
    """Bind fresh LOCAL-STORAGE (and, for a recursive activation, keep the outer LINKAGE
    bytes); returns what :func:`leave` puts back."""
    saved: Saved = []
    for index, initial in frames.locals:
        name = f"B{index}"
        saved.append((name, namespace[name]))
        namespace[name] = bytearray(initial)
    if depth > 1:
        for index in frames.linkage:
            name = f"B{index}"
            saved.append((name, namespace[name]))  # its binding (runtime/linkage.py)
        saved.extend((var, namespace[var]) for var in frames.promoted)
    return saved


def leave(namespace: dict[str, Any], saved: Saved) -> None:
    """The outer activation's blocks bound again."""
    for name, buffer in reversed(saved):
        namespace[name] = buffer


def refuse_recursion(err: Any, caller: str, callee: str, origin: Origin, handled: bool) -> None:
    """A non-RECURSIVE program CALLed while active: ON EXCEPTION (``handled``) or the end of
    the run."""
    EXCEPTIONS.append("EC-PROGRAM-RECURSIVE-CALL")
    exceptions.raise_condition("EC-PROGRAM-RECURSIVE-CALL")  # FUNCTION EXCEPTION-STATUS
    if handled:
        return
    where = f"{origin.file}:{origin.line}" if origin is not None else "?"
    message = (
        f"libcob: {where}: error: recursive CALL from '{caller}' to '{callee}' "
        "which is NOT RECURSIVE\n"
    )
    err(message.encode())
    raise StopRun(1)


def chain_arguments(
    namespace: dict[str, Any], model: DataModel, chaining: Sequence[Any], arguments: Sequence[str]
) -> None:
    """PROCEDURE DIVISION CHAINING: the run's arguments into the items (bytes, space-padded)."""
    from idrs_sandbox.runtime.data import DataEntry

    for ident, argument in zip(chaining, arguments, strict=False):
        found = model.candidates(ident.name, ident.qualifiers)
        if len(found) != 1 or not isinstance(found[0], DataEntry):
            message = f"PROCEDURE DIVISION CHAINING {ident.display_name()}: not one data item"
            raise CobolRuntimeError(message, ident.origin)
        entry = found[0]
        raw = argument.encode("latin-1", errors="replace")[: entry.size].ljust(entry.size)
        buffer = namespace[f"B{entry.area.index}"]
        buffer[entry.offset : entry.offset + entry.size] = raw
