"""Last week's MASTOUT as this week's MASTIN (``idrs generate --master``).

The file is read record by record (``records.files.RecordFile``, a megabyte at a time) and
read with the TAXACCT copybook's compiled layout (``records.compiled``: only the fields the cards
need are decoded), so memory does not grow with the master. Each record is checked for what the
generator and POSTING rely on, and a record that fails is refused with the file, the record
number (from 1) and the byte in the record (from 1):

- the file is whole TAXACCT records (POSTING would abend ``MASTIN SHORT RECORD``, RULEBOOK §7);
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

from idrs_sandbox.datagen.cards import AccountState, ModuleState
from idrs_sandbox.datagen.dates import cycle_index, cycle_of_index
from idrs_sandbox.datagen.layout import RunRecords, records_of_the_run
from idrs_sandbox.datagen.tins import in_synthetic_area
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.records.compiled import CompiledField, InvalidField
from idrs_sandbox.records.files import RecordFile, RecordFileError

CARRIED_AS_IS = frozenset({"TA-BANK-RTN"})
"""Fields POSTING copies from MASTIN to MASTOUT without checking them: a bad value is no fault."""
NO_BANK = "000000000"
STATUSES_DUE = frozenset({10, 21, 22, 54, 56, 58})
"""RULEBOOK §6: statuses of a module with a balance due (a return posted, notices under way)."""

_HEAD = (
    "TA-TIN",
    "TA-NAME-CONTROL",
    "TA-NAME-LINE",
    "TA-STATE",
    "TA-ZIP",
    "TA-FILING-STATUS",
    "TA-BANK-ACCT",
    "TA-MODULE-COUNT",
)
_MODULE = (
    "TA-TAX-PERIOD",
    "TA-STATUS",
    "TA-RETURN-DATE",
    "TA-TAX-ASSESSED",
    "TA-CREDITS",
    "TA-BALANCE",
)


class MasterFileError(IdrsError):
    """A ``--master`` file that cannot be this week's MASTIN."""


@dataclass(frozen=True, slots=True)
class MasterRecord:
    """One account of the master: its bytes (copied to MASTIN as they are) and its state."""

    number: int
    raw: bytes
    tin: int
    state: AccountState


class _Reading:
    """What reading a master needs from the TAXACCT layout, compiled once."""

    def __init__(self, records: RunRecords) -> None:
        account = records.account
        self.size = account.size
        self.max_modules = records.max_modules
        self.stride = account["TA-MODULE"].size
        self.tin = account["TA-TIN"]
        self.zip = account["TA-ZIP"]
        self.bank_rtn = account["TA-BANK-RTN"]
        self.count = account["TA-MODULE-COUNT"]
        self.period = account["TA-TAX-PERIOD"]
        self.head = account.reader(*_HEAD)
        self.module = account.reader(*_MODULE)
        self.invalid_fields = account.invalid_fields


@cache
def _reading() -> _Reading:
    return _Reading(records_of_the_run())


def _bytes(raw: bytes, item: CompiledField) -> bytes:
    return raw[item.offset : item.offset + item.size]


def _text(raw: bytes, item: CompiledField) -> str:
    """A numeric DISPLAY field's digits as they are (a TIN or ZIP is copied, never recomputed)."""
    return _bytes(raw, item).decode("ascii")


class MasterFile:
    """Iterate over a master file's accounts, checked (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._reading = _reading()
        self._file = RecordFile(path, self._reading.size)
        self.count = self._checked_count()

    def _checked_count(self) -> int:
        try:
            size = self._file.size
        except RecordFileError as error:
            raise MasterFileError(str(error)) from None
        length = self._reading.size
        count, leftover = divmod(size, length)
        if leftover:
            raise MasterFileError(
                f"{self.path}: record {count + 1:,} has only {leftover} bytes (a TAXACCT record "
                f"is {length}; the file's size {size:,} is not a multiple of it)"
            )
        return count

    def __iter__(self) -> Iterator[MasterRecord]:
        previous = -1
        try:
            for number, raw in self._file.records():
                record = self._record(number, raw)
                if record.tin <= previous:
                    tin = self._reading.tin
                    self._fail(
                        number, tin.byte, f"TIN {record.tin:09d} is not above the one before"
                    )
                previous = record.tin
                yield record
        except RecordFileError as error:
            raise MasterFileError(str(error)) from None

    def _record(self, number: int, raw: bytes) -> MasterRecord:
        reading = self._reading
        if not _bytes(raw, reading.tin).isdigit():
            hexed = _bytes(raw, reading.tin).hex(" ").upper()
            self._fail(number, reading.tin.byte, f"TA-TIN {hexed} is not numeric")
        tin = _text(raw, reading.tin)
        if not in_synthetic_area(tin):
            self._fail(
                number, reading.tin.byte, f"TIN {tin} is outside areas 000 and 666 (the "
                "generator works on synthetic TINs only)",
            )  # fmt: skip
        for invalid in reading.invalid_fields(raw):
            if invalid.field not in CARRIED_AS_IS:
                raise MasterFileError(f"{self.path}: {invalid.message(number)}")
        head = reading.head(raw)
        count = head[-1]
        if count > reading.max_modules:
            reason = f"TA-MODULE-COUNT {count} is above {reading.max_modules}"
            self._fail(number, reading.count.byte, reason)
        return MasterRecord(number, raw, int(tin), self._state(number, raw, head))

    def _state(self, number: int, raw: bytes, head: tuple[object, ...]) -> AccountState:
        reading = self._reading
        _, name_control, name_line, state_code, _, filing_status, bank_acct, count = head
        bank_rtn = _bytes(raw, reading.bank_rtn).decode("latin-1")
        modules: dict[int, ModuleState] = {}
        for index in range(int(str(count))):
            at = index * reading.stride
            period, status, return_date, assessed, credits, balance = reading.module(raw, at)
            assert not any(isinstance(value, InvalidField) for value in (period, balance))
            year, month = divmod(int(str(period)), 100)
            if month != 12:
                self._fail(
                    number, reading.period.byte + at,
                    f"module {index + 1} TA-TAX-PERIOD {year:04d}{month:02d} is not December",
                )  # fmt: skip
            balance_due = Decimal(str(balance)) > 0 and status in STATUSES_DUE
            modules[year] = ModuleState(
                has_return=return_date != 0,
                assessed=_cents(assessed),
                credits=_cents(credits),
                due=balance_due,
            )
        return AccountState(
            tin=_text(raw, reading.tin),
            name_line=str(name_line),
            name_control=str(name_control),
            state_code=str(state_code),
            zip_code=_text(raw, reading.zip),
            filing_status=max(int(str(filing_status)), 1),
            # A TC 150 copies the card's bank fields onto the account (RULEBOOK §5), so the
            # cards carry the account's own; a non-numeric BANK-RTN carried on the master would
            # make such a card unpostable (U05), so that one is dropped (no bank).
            bank_rtn=bank_rtn if bank_rtn.isdigit() else NO_BANK,
            bank_acct=str(bank_acct).rstrip(),
            modules=modules,
        )

    def _fail(self, number: int, byte: int, reason: str) -> None:
        raise MasterFileError(f"{self.path}: record {number:,}, byte {byte}: {reason}")


def _cents(value: object) -> int:
    return int(Decimal(str(value)) * 100)


_CYCLE_FIELDS = ("TA-ESTABLISHED-CYCLE", "TA-LAST-UPDATE-CYCLE")
_MODULE_CYCLE_FIELDS = ("TA-STATUS-CYCLE", "TA-NOTICE-CYCLE")


def newest_cycle(path: Path) -> int:
    """The latest cycle the master records (established, updated, a status or a notice), or 0.

    A pass over the file reading those fields' bytes only, no decoding: a field that is not
    digits, or not a cycle (week 01-52), is skipped here and reported by :class:`MasterFile`
    when the records are read.
    """
    records = records_of_the_run()
    account = records.account
    stride = account["TA-MODULE"].size
    spans = [(account[name].offset, account[name].size) for name in _CYCLE_FIELDS]
    spans += [
        (account[name].offset + slot * stride, account[name].size)
        for name in _MODULE_CYCLE_FIELDS
        for slot in range(records.max_modules)
    ]
    newest = 0
    try:
        for _, raw in RecordFile(path, account.size).records(allow_partial=True):
            for at, size in spans:
                field = raw[at : at + size]
                if field.isdigit() and int(field) > newest and 1 <= int(field) % 100 <= 52:
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
