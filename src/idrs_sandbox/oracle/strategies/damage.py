"""Damage done to the bytes of a run's input files: the values of dirty data (issue 11).

Real master files and card decks hold bytes no generator was written to produce. A damaged
run is a clean :class:`~idrs_sandbox.oracle.strategies.values.Run` plus a list of damage,
applied in order to the encoded files by ``Run.inputs``:

- :class:`FieldDamage`: bytes written over one field of one record, named as the copybook
  names it (``TA-BALANCE(2)`` is the BALANCE of the second module slot);
- :class:`ByteFlip`: one byte of a file XORed with a mask (a bit flipped, or every bit);
- :class:`Dropped`: bytes cut out of the middle of a file (a half-written record, and every
  record after it shifted);
- :class:`Repeated`: bytes written twice (a record or a piece of one duplicated).

Damage is a value, so Hypothesis shrinks it like the rest of the run: a falsifying example
reads as ``FieldDamage('TRANSIN', 0, 'TR-AMOUNT', b'+0000001000')``. An offset or a record
past the end of the (already damaged) file leaves the file as it is, so a shrunk run whose
records were dropped still applies what is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from idrs_sandbox.oracle.compare import record_codec
from idrs_sandbox.records.layout import FieldLayout, Usage
from idrs_sandbox.records.picture import Category

COPYBOOKS = {"CONTROL": "CTLCARD", "MASTIN": "TAXACCT", "TRANSIN": "TRANSREC"}
"""The copybook of each input file (RULEBOOK §1)."""
SKIPPED_FIELDS = frozenset({"TA-RTN-DIGIT", "TR-AMOUNT-X", "TR-DATA"})
"""Redefinitions whose bytes another field already covers with the same meaning (TR-DATA is
covered by its REDEFINES, field by field)."""


@dataclass(frozen=True)
class FieldSlot:
    """One elementary field of a record as the damage strategies see it: where it sits, and
    what kind of bytes it should hold."""

    name: str
    """The copybook name, with the occurrence for a field of an OCCURS (``TA-STATUS(3)``);
    a FILLER is named by its offset from 1 (``FILLER@495``)."""
    offset: int
    size: int
    kind: str
    """``text`` (X), ``unsigned`` (9 DISPLAY), ``signed`` (S9 DISPLAY, trailing overpunch)
    or ``packed`` (COMP-3)."""


def _kind(item: FieldLayout) -> str:
    picture = item.picture
    if picture is None or picture.category is not Category.NUMERIC:
        return "text"
    if item.usage is Usage.COMP_3:
        return "packed"
    return "signed" if picture.signed else "unsigned"


def _slots(item: FieldLayout, base: int, suffix: str) -> list[FieldSlot]:
    if item.name in SKIPPED_FIELDS:
        return []
    slots: list[FieldSlot] = []
    for index in range(item.count):
        start = base + item.offset + index * item.size
        label = f"{suffix}({index + 1})" if item.occurs else suffix
        if item.children:
            for child in item.children:
                slots += _slots(child, start - item.offset, label)
        elif not item.is_group:
            name = f"FILLER@{start + 1}" if item.filler else item.name
            slots.append(FieldSlot(name + label, start, item.size, _kind(item)))
    return slots


@cache
def field_slots(ddname: str) -> tuple[FieldSlot, ...]:
    """Every elementary field of the records of input ``ddname``, occurrences expanded."""
    root = record_codec(COPYBOOKS[ddname]).layout.root
    return tuple(slot for child in root.children for slot in _slots(child, 0, ""))


@cache
def field_slot(ddname: str, name: str) -> FieldSlot:
    for slot in field_slots(ddname):
        if slot.name == name:
            return slot
    raise KeyError(f"no field {name} in the records of {ddname}")


def record_length(ddname: str) -> int:
    return record_codec(COPYBOOKS[ddname]).layout.size


@dataclass(frozen=True)
class FieldDamage:
    """``data`` written over field ``field`` of record ``record`` (from 0) of ``ddname``."""

    ddname: str
    record: int
    field: str
    data: bytes

    def apply(self, file: bytes) -> bytes:
        slot = field_slot(self.ddname, self.field)
        start = self.record * record_length(self.ddname) + slot.offset
        if start + slot.size > len(file):
            return file
        data = self.data[: slot.size].ljust(slot.size, b" ")
        return file[:start] + data + file[start + slot.size :]


@dataclass(frozen=True)
class ByteFlip:
    """Byte ``offset`` (from 0) of ``ddname`` XORed with ``mask``."""

    ddname: str
    offset: int
    mask: int = 0xFF

    def apply(self, file: bytes) -> bytes:
        if self.offset >= len(file):
            return file
        flipped = file[self.offset] ^ self.mask
        return file[: self.offset] + bytes([flipped]) + file[self.offset + 1 :]


@dataclass(frozen=True)
class Dropped:
    """``length`` bytes cut out of ``ddname`` at ``offset``: a half-written record."""

    ddname: str
    offset: int
    length: int

    def apply(self, file: bytes) -> bytes:
        if self.offset >= len(file):
            return file
        return file[: self.offset] + file[self.offset + self.length :]


@dataclass(frozen=True)
class Repeated:
    """``length`` bytes of ``ddname`` from ``offset`` written twice."""

    ddname: str
    offset: int
    length: int

    def apply(self, file: bytes) -> bytes:
        if self.offset >= len(file):
            return file
        end = self.offset + self.length
        return file[:end] + file[self.offset : end] + file[end:]


Damage = FieldDamage | ByteFlip | Dropped | Repeated
