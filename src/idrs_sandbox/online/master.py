"""The master file as the terminal sees it: read-only, indexed TIN -> record when opened.

A MASTOUT written by any engine is opened once; the index holds each TIN's record number (the
record is read back with ``os.pread`` when asked for, and decoded through ``records/``), so a
look-up never decodes the whole master and the master itself is never written (it is opened
``O_RDONLY``). A bad master is reported in one line naming the file, record, byte and field.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.online.layouts import MASTER_LENGTH, TAXACCT
from idrs_sandbox.records.compiled import InvalidField, compile_layout

_COMPILED = compile_layout(TAXACCT)
_CHUNK_RECORDS = 2048
_SLOTS = TAXACCT.field("TA-MODULE").count
_COUNT_BYTE = TAXACCT.field("TA-MODULE-COUNT").offset + 1
_TIN = TAXACCT.field("TA-TIN")


class MasterError(IdrsError):
    """A master file that cannot be opened or read as TAXACCT records."""


@dataclass(frozen=True)
class Module:
    """One tax module (RULEBOOK §2, TA-MODULE)."""

    period: str
    status: int
    status_cycle: int
    freezes: str
    return_date: int
    assessed: Decimal
    credits: Decimal
    ftf_penalty: Decimal
    ftp_penalty: Decimal
    interest: Decimal
    balance: Decimal
    interest_date: int
    last_notice: str
    notice_cycle: int
    last_tc: int
    last_activity: str

    @property
    def return_posted(self) -> bool:
        return self.return_date != 0


@dataclass(frozen=True)
class Account:
    """One master record, decoded."""

    tin: str
    name_control: str
    name_line: str
    street: str
    city: str
    state: str
    zip: str
    filing_status: int
    bank_rtn: str
    bank_acct: str
    established_cycle: int
    last_update_cycle: int
    modules: tuple[Module, ...]

    @property
    def surname(self) -> str:
        return surname_of(self.name_line)

    @property
    def household(self) -> str:
        return household_key(self.street, self.city, self.state)

    def module(self, period: str) -> Module | None:
        return next((m for m in self.modules if m.period == period), None)


def surname_of(name_line: str) -> str:
    """The surname of a name line: between the first two ``<`` (RULEBOOK §4), else the last
    word; upper case, without blanks."""
    parts = name_line.split("<")
    words = parts[1] if len(parts) >= 3 else (name_line.split() or [""])[-1]
    return "".join(words.split()).upper()


def household_key(street: str, city: str, state: str) -> str:
    """One household: street, city and state with runs of blanks folded, upper case."""
    return " ".join(f"{street} {city} {state}".upper().split())


_read_head = _COMPILED.reader(*_COMPILED.scalar_names())
_read_module = _COMPILED.reader(*_COMPILED.part("TA-MODULE").scalar_names())
_STRIDE = _COMPILED["TA-MODULE"].size
_RTN = _COMPILED["TA-BANK-RTN"]


def _valid(values: tuple[Any, ...], source: str, number: int | None) -> tuple[Any, ...]:
    for value in values:
        if isinstance(value, InvalidField):
            raise MasterError(value.message(number, source))
    return values


def _module(raw: bytes, slot: int, source: str, number: int | None) -> Module:
    (period, status, status_cycle, freeze_a, freeze_l, freeze_r, return_date, assessed, credits,
     ftf, ftp, interest, balance, interest_date, notice, notice_cycle, last_tc, activity) = _valid(
        _read_module(raw, slot * _STRIDE), source, number
    )  # fmt: skip
    return Module(
        period=f"{period:06d}",
        status=status,
        status_cycle=status_cycle,
        freezes=(freeze_a + freeze_l + freeze_r).replace(" ", ""),
        return_date=return_date,
        assessed=assessed,
        credits=credits,
        ftf_penalty=ftf,
        ftp_penalty=ftp,
        interest=interest,
        balance=balance,
        interest_date=interest_date,
        last_notice=notice.strip(),
        notice_cycle=notice_cycle,
        last_tc=last_tc,
        last_activity=f"{activity:06d}",
    )


def decode_account(raw: bytes, *, source: str = "MASTER", number: int | None = None) -> Account:
    """One TAXACCT record (through the compiled codec of ``records/``); a field that does not
    decode is a ``MasterError`` naming its record, byte and field. A routing number that is not
    digits is shown as it is (POSTING.cbl then pays by check: RULEBOOK §6), not refused."""
    head = list(_read_head(raw))
    if isinstance(head[8], InvalidField):
        head[8] = raw[_RTN.offset : _RTN.offset + _RTN.size].decode("latin-1")
    (tin, name_control, name_line, street, city, state, zip_code, filing_status, rtn, acct,
     established, updated, count) = _valid(tuple(head), source, number)  # fmt: skip
    if count > _SLOTS:
        raise MasterError(
            f"{source} record {number}, byte {_COUNT_BYTE}, field TA-MODULE-COUNT: {count} is "
            f"above {_SLOTS}"
        )
    return Account(
        tin=f"{tin:09d}",
        name_control=name_control,
        name_line=name_line.rstrip(),
        street=street.rstrip(),
        city=city.rstrip(),
        state=state,
        zip=f"{zip_code:05d}",
        filing_status=filing_status,
        bank_rtn=rtn if isinstance(rtn, str) else f"{rtn:09d}",
        bank_acct=acct.strip(),
        established_cycle=established,
        last_update_cycle=updated,
        modules=tuple(_module(raw, slot, source, number) for slot in range(count)),
    )


class MasterFile:
    """A master opened read-only, with its TIN index. Use as a context manager, or ``close()``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            # A folder opens O_RDONLY and a FIFO blocks the open: only a regular file is a master.
            if not stat.S_ISREG(os.stat(self.path).st_mode):
                raise MasterError(f"{self.path}: not a file (a master is a file of records)")
            self._fd = os.open(self.path, os.O_RDONLY)
        except OSError as error:
            raise MasterError(f"{self.path}: cannot open the master ({error.strerror})") from None
        try:
            self._index = self._build_index()
        except BaseException:
            os.close(self._fd)
            raise
        self._accounts: dict[str, Account] = {}

    def __enter__(self) -> MasterFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def _build_index(self) -> dict[str, int]:
        size = os.fstat(self._fd).st_size
        if size % MASTER_LENGTH:
            raise MasterError(
                f"{self.path}: size {size:,} bytes is not a multiple of the record length "
                f"{MASTER_LENGTH} ({size // MASTER_LENGTH:,} whole records and "
                f"{size % MASTER_LENGTH} leftover bytes)"
            )
        index: dict[str, int] = {}
        for number, record in self._records():
            tin = record[_TIN.offset : _TIN.end].decode("latin-1")
            if not tin.isdigit():
                raise MasterError(
                    f"{self.path} record {number}, byte {_TIN.offset + 1}, field TA-TIN: bytes "
                    f"{record[_TIN.offset : _TIN.end].hex(' ').upper()} not numeric"
                )
            if tin in index:
                raise MasterError(
                    f"{self.path} record {number}, byte {_TIN.offset + 1}, field TA-TIN: "
                    f"TIN {tin} is already record {index[tin]}"
                )
            index[tin] = number
        return index

    def _records(self) -> Iterator[tuple[int, bytes]]:
        number, offset = 0, 0
        while True:
            chunk = os.pread(self._fd, _CHUNK_RECORDS * MASTER_LENGTH, offset)
            if not chunk:
                return
            for start in range(0, len(chunk) - MASTER_LENGTH + 1, MASTER_LENGTH):
                number += 1
                yield number, chunk[start : start + MASTER_LENGTH]
            offset += len(chunk)

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, tin: object) -> bool:
        return tin in self._index

    def tins(self) -> list[str]:
        """Every TIN on file, in file order."""
        return list(self._index)

    def record_number(self, tin: str) -> int | None:
        return self._index.get(tin)

    def get(self, tin: str) -> Account | None:
        """The account of ``tin`` (decoded when first asked for), or None when not on file."""
        account = self._accounts.get(tin)
        if account is not None:
            return account
        number = self._index.get(tin)
        if number is None:
            return None
        raw = os.pread(self._fd, MASTER_LENGTH, (number - 1) * MASTER_LENGTH)
        account = decode_account(raw, source=str(self.path), number=number)
        self._accounts[tin] = account
        return account

    def accounts(self) -> Iterator[Account]:
        """Every account, in file order (decoded as read; not cached)."""
        for number, raw in self._records():
            yield decode_account(raw, source=str(self.path), number=number)
