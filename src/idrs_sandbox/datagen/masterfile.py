"""Last week's MASTOUT as this week's MASTIN (``idrs generate --master``).

The file is read record by record (``records.files.RecordFile``, a megabyte at a time) and
decoded with the TAXACCT copybook (``records.codec.RecordCodec``), so memory does not grow with
the master. Each record is checked for what the generator and POSTING rely on, and a record that
fails is refused with the file, the record number and the byte offset:

- the file is whole 514-byte records (POSTING would abend ``MASTIN SHORT RECORD``, RULEBOOK §7);
- every field decodes (TA-BANK-RTN excepted: POSTING carries a non-numeric one from MASTIN to
  MASTOUT as it is, and a card never copies it from here), MODULE-COUNT is 0-4 (§7);
- TINs ascend strictly (§7 ``MASTIN OUT OF SEQUENCE``) and lie in areas 000 and 666 only: the
  generator never writes a TIN that could be someone's, and it will not deal cards against one;
- every used module has a December TAX-PERIOD (§5: no other period can have been posted).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.datagen.cards import AccountState, ModuleState
from idrs_sandbox.datagen.dates import cycle_index, cycle_of_index
from idrs_sandbox.datagen.layout import MAX_MODULES, MODULE_LENGTH, TAXACCT_LENGTH
from idrs_sandbox.datagen.tins import in_synthetic_area
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.records.codec import FieldError, RecordCodec
from idrs_sandbox.records.files import RecordFile, RecordFileError

CARRIED_AS_IS = frozenset({"TA-BANK-RTN"})
"""Fields POSTING copies from MASTIN to MASTOUT without checking them: a bad value is no fault."""
NO_BANK = "000000000"
STATUSES_DUE = frozenset({10, 21, 22, 54, 56, 58})
"""RULEBOOK §6: statuses of a module with a balance due (a return posted, notices under way)."""


class MasterFileError(IdrsError):
    """A ``--master`` file that cannot be this week's MASTIN."""


@cache
def taxacct_codec() -> RecordCodec:
    """The TAXACCT codec, from the project copybook (loaded once)."""
    return RecordCodec(load_copybook("TAXACCT"))


@dataclass(frozen=True, slots=True)
class MasterRecord:
    """One account of the master: its bytes (copied to MASTIN as they are) and its state."""

    number: int
    raw: bytes
    tin: int
    state: AccountState


class MasterFile:
    """Iterate over a master file's accounts, checked (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = RecordFile(path, TAXACCT_LENGTH)
        self.count = self._checked_count()

    def _checked_count(self) -> int:
        try:
            size = self._file.size
        except RecordFileError as error:
            raise MasterFileError(str(error)) from None
        count, leftover = divmod(size, TAXACCT_LENGTH)
        if leftover:
            raise MasterFileError(
                f"{self.path}: record {count + 1:,}, offset {count * TAXACCT_LENGTH:,}: "
                f"only {leftover} bytes (a TAXACCT record is {TAXACCT_LENGTH}; the file's size "
                f"{size:,} is not a multiple of it)"
            )
        return count

    def __iter__(self) -> Iterator[MasterRecord]:
        previous = -1
        try:
            for number, raw in self._file.records():
                record = self._record(number, raw)
                if record.tin <= previous:
                    self._fail(number, 0, f"TIN {record.tin:09d} is not above the one before")
                previous = record.tin
                yield record
        except RecordFileError as error:
            raise MasterFileError(str(error)) from None

    def _record(self, number: int, raw: bytes) -> MasterRecord:
        tin = raw[:9]
        if not tin.isdigit():
            self._fail(number, 0, f"TA-TIN {tin.hex(' ').upper()} is not numeric")
        if not in_synthetic_area(tin.decode("ascii")):
            self._fail(
                number, 0, f"TIN {tin.decode('ascii')} is outside areas 000 and 666 (the "
                "generator works on synthetic TINs only)",
            )  # fmt: skip
        errors: list[FieldError] = []
        values = taxacct_codec().decode(
            raw, record_number=number, source=str(self.path), errors=errors
        )
        for error in errors:
            if error.field not in CARRIED_AS_IS:
                raise MasterFileError(error.message())
        count = values["TA-MODULE-COUNT"]
        if count > MAX_MODULES:
            offset = taxacct_codec().layout.field("TA-MODULE-COUNT").offset
            self._fail(number, offset, f"TA-MODULE-COUNT {count} is above {MAX_MODULES}")
        return MasterRecord(number, raw, int(tin), self._state(number, values))

    def _state(self, number: int, values: dict[str, object]) -> AccountState:
        modules: dict[int, ModuleState] = {}
        slots = values["TA-MODULE"]
        assert isinstance(slots, list)
        first = taxacct_codec().layout.field("TA-MODULE").offset
        for index, slot in enumerate(slots[: int(str(values["TA-MODULE-COUNT"]))]):
            year, month = divmod(int(slot["TA-TAX-PERIOD"]), 100)
            if month != 12:
                self._fail(
                    number, first + index * MODULE_LENGTH,
                    f"module {index + 1} TA-TAX-PERIOD {year:04d}{month:02d} is not December",
                )  # fmt: skip
            balance_due = slot["TA-BALANCE"] > 0 and int(slot["TA-STATUS"]) in STATUSES_DUE
            modules[year] = ModuleState(
                has_return=slot["TA-RETURN-DATE"] != 0,
                assessed=_cents(slot["TA-TAX-ASSESSED"]),
                credits=_cents(slot["TA-CREDITS"]),
                due=balance_due,
            )
        bank_rtn = values["TA-BANK-RTN"]
        return AccountState(
            tin=f"{int(str(values['TA-TIN'])):09d}",
            name_line=str(values["TA-NAME-LINE"]),
            name_control=str(values["TA-NAME-CONTROL"]),
            state_code=str(values["TA-STATE"]),
            zip_code=f"{int(str(values['TA-ZIP'])):05d}",
            filing_status=max(int(str(values["TA-FILING-STATUS"])), 1),
            # A card copies the account's bank fields into a TC 150: a non-numeric BANK-RTN
            # carried on the master would make the card unpostable (U05), so it is dropped.
            bank_rtn=bank_rtn if isinstance(bank_rtn, str) and bank_rtn.isdigit() else NO_BANK,
            bank_acct=str(values["TA-BANK-ACCT"]).rstrip(),
            modules=modules,
        )

    def _fail(self, number: int, offset: int, reason: str) -> None:
        at = (number - 1) * TAXACCT_LENGTH + offset
        raise MasterFileError(f"{self.path}: record {number:,}, offset {at:,}: {reason}")


def _cents(value: object) -> int:
    return int(Decimal(str(value)) * 100)


_CYCLE_FIELDS = ("TA-ESTABLISHED-CYCLE", "TA-LAST-UPDATE-CYCLE")
_MODULE_CYCLE_FIELDS = ("TA-STATUS-CYCLE", "TA-NOTICE-CYCLE")


def newest_cycle(path: Path) -> int:
    """The latest cycle the master records (established, updated, a status or a notice), or 0.

    A pass over the file reading six bytes per field, no decoding: a field that is not digits,
    or not a cycle (week 01-52), is skipped here and reported by :class:`MasterFile` when the
    records are read.
    """
    layout = taxacct_codec().layout
    spots = [layout.field(name).offset for name in _CYCLE_FIELDS]
    spots += [
        layout.field(name).offset + slot * MODULE_LENGTH
        for name in _MODULE_CYCLE_FIELDS
        for slot in range(MAX_MODULES)
    ]
    newest = 0
    try:
        for _, raw in RecordFile(path, TAXACCT_LENGTH).records(allow_partial=True):
            for at in spots:
                field = raw[at : at + 6]
                if field.isdigit() and field > b"%06d" % newest and 1 <= int(field) % 100 <= 52:
                    newest = int(field)
    except RecordFileError as error:
        raise MasterFileError(str(error)) from None
    return newest


def cycle_after(cycle: int) -> int:
    """The run cycle that follows ``cycle`` (RULEBOOK §3: 202452 is followed by 202501)."""
    return cycle_of_index(cycle_index(cycle) + 1)


__all__ = [
    "MasterFile",
    "MasterFileError",
    "MasterRecord",
    "cycle_after",
    "newest_cycle",
]
