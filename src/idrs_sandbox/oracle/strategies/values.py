"""The values the strategies build, named after the domain (RULEBOOK §2): :class:`ControlCard`,
:class:`Account`, :class:`Module`, :class:`Card`, :class:`Run`. Only a run's :meth:`Run.inputs`
turns them into bytes, through the record layer and the project copybooks (CTLCARD, TAXACCT,
TRANSREC), so Hypothesis shrinks the values themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

from idrs_sandbox.engines.base import (
    OutputFault,
    RunInputs,
    write_run_folder,
)
from idrs_sandbox.oracle.compare import record_codec
from idrs_sandbox.oracle.strategies.constants import MAX_MODULES, MODULE_SIZE
from idrs_sandbox.oracle.strategies.damage import Damage
from idrs_sandbox.oracle.strategies.dates import date8
from idrs_sandbox.records.codec import Invalid


class _Compact:
    """A repr that shows only the fields that differ from their defaults: a shrunk account
    reads as ``Account(tin='666000001', modules=(...))`` rather than twenty fields."""

    def __repr__(self) -> str:
        shown = []
        for item in fields(self):  # type: ignore[arg-type]
            value = getattr(self, item.name)
            if item.default is not value and item.default != value:
                shown.append(f"{item.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        # Hypothesis prints falsifying examples with this IPython hook when a class has it.
        printer.text(repr(self))


@dataclass(frozen=True)
class Garbled:
    """Bytes written into a field as they are (Latin-1): usually not a valid value of it."""

    text: str


@dataclass(frozen=True, repr=False)
class ControlCard(_Compact):
    """CTLCARD (RULEBOOK §2): run cycle ``YYYYCC``, run date ``YYYYMMDD``, annual rate."""

    cycle: int = 202415
    run_date: int = 20240412
    rate: Decimal = Decimal("0.0800")

    @property
    def run_day(self) -> dt.date:
        return date8(self.run_date)

    def encode(self) -> bytes:
        values = {
            "CTL-RUN-CYCLE": f"{self.cycle:06d}",
            "CTL-RUN-DATE": f"{self.run_date:08d}",
            "CTL-INTEREST-RATE": self.rate,
        }
        return record_codec("CTLCARD").encode(values)


@dataclass(frozen=True)
class RawControl:
    """A CONTROL file given as text (any length): the control-card abends of RULEBOOK §7."""

    text: str

    def encode(self) -> bytes:
        return self.text.encode("latin-1")


@dataclass(frozen=True, repr=False)
class Module(_Compact):
    """One tax module of a master account (TAXACCT TA-MODULE). ``balance`` None means the
    invariant BALANCE = ASSESSED + FTF + FTP + INTEREST − CREDITS (what the program writes)."""

    tax_period: int = 202312
    status: int = 0
    status_cycle: int = 0
    freezes: str = "   "
    return_date: int = 0
    assessed: Decimal = Decimal("0.00")
    credits: Decimal = Decimal("0.00")
    ftf: Decimal = Decimal("0.00")
    ftp: Decimal = Decimal("0.00")
    interest: Decimal = Decimal("0.00")
    balance: Decimal | None = None
    interest_date: int = 0
    last_notice: str = "     "
    notice_cycle: int = 0
    last_tc: int = 0
    last_activity: int = 0
    negative_zero: tuple[str, ...] = ()

    @property
    def stored_balance(self) -> Decimal:
        if self.balance is not None:
            return self.balance
        return self.assessed + self.ftf + self.ftp + self.interest - self.credits

    def values(self) -> dict[str, Any]:
        return {
            "TA-TAX-PERIOD": self.tax_period,
            "TA-STATUS": self.status,
            "TA-STATUS-CYCLE": self.status_cycle,
            "TA-FREEZE-A": self.freezes[0],
            "TA-FREEZE-L": self.freezes[1],
            "TA-FREEZE-R": self.freezes[2],
            "TA-RETURN-DATE": self.return_date,
            "TA-TAX-ASSESSED": self.assessed,
            "TA-CREDITS": self.credits,
            "TA-FTF-PENALTY": self.ftf,
            "TA-FTP-PENALTY": self.ftp,
            "TA-INTEREST": self.interest,
            "TA-BALANCE": self.stored_balance,
            "TA-INTEREST-DATE": self.interest_date,
            "TA-LAST-NOTICE": self.last_notice,
            "TA-NOTICE-CYCLE": self.notice_cycle,
            "TA-LAST-TC": self.last_tc,
            "TA-LAST-ACTIVITY": self.last_activity,
        } | {name: _packed_negative_zero(name) for name in self.negative_zero}


@dataclass(frozen=True, repr=False)
class Account(_Compact):
    """A master record (TAXACCT). ``module_count`` None writes the number of ``modules``;
    ``leftover`` is text left in the unused module slots (the program rewrites them empty)."""

    tin: str = "666000001"
    name_control: str = "DOE "
    name_line: str = "JOHN<DOE<"
    street: str = "12 ELM ST"
    city: str = "SPRINGFIELD"
    state: str = "IL"
    zip: str = "62701"
    filing_status: str = "1"
    bank_rtn: str = "000000000"
    bank_acct: str = ""
    established_cycle: int = 202101
    last_update_cycle: int = 202310
    modules: tuple[Module, ...] = ()
    filler: str = ""
    leftover: str = ""
    module_count: str | None = None

    def encode(self) -> bytes:
        codec = record_codec("TAXACCT")
        modules: list[Any] = [module.values() for module in self.modules]
        if self.leftover:
            modules += [self.leftover[:MODULE_SIZE]] * (MAX_MODULES - len(modules))
        count = self.module_count if self.module_count is not None else str(len(self.modules))
        values: dict[str, Any] = {
            "TA-TIN": _numeric_text(self.tin, 9),
            "TA-NAME-CONTROL": self.name_control,
            "TA-NAME-LINE": self.name_line,
            "TA-STREET": self.street,
            "TA-CITY": self.city,
            "TA-STATE": self.state,
            "TA-ZIP": _numeric_text(self.zip, 5),
            "TA-FILING-STATUS": _numeric_text(self.filing_status, 1),
            "TA-BANK-RTN": _numeric_text(self.bank_rtn, 9),
            "TA-BANK-ACCT": self.bank_acct,
            "TA-ESTABLISHED-CYCLE": self.established_cycle,
            "TA-LAST-UPDATE-CYCLE": self.last_update_cycle,
            "TA-MODULE-COUNT": _numeric_text(count, 1),
            "TA-MODULE": modules,
        }
        raw = bytearray(codec.encode(values))
        filler = codec.layout.root.children[-1]  # FILLER X(20), after the module table
        text = self.filler.encode("latin-1").ljust(filler.size)[: filler.size]
        raw[filler.offset : filler.end] = text
        return bytes(raw)


@dataclass(frozen=True)
class EntityData:
    """TC 000 / 013 data: NAME-LINE, STATE, ZIP (TR-ENTITY-DATA)."""

    name_line: str
    state: str = "IL"
    zip: str = "62701"

    def values(self) -> dict[str, Any]:
        return {
            "TR-ENTITY-DATA": {
                "TR-NAME-LINE": self.name_line,
                "TR-STATE": self.state,
                "TR-ZIP": _numeric_text(self.zip, 5),
            }
        }


@dataclass(frozen=True)
class AddressData:
    """TC 014 data: STREET, CITY (TR-ADDRESS-DATA)."""

    street: str
    city: str = "SPRINGFIELD"

    def values(self) -> dict[str, Any]:
        return {"TR-ADDRESS-DATA": {"TR-STREET": self.street, "TR-CITY": self.city}}


@dataclass(frozen=True)
class ReturnData:
    """TC 150 data: FILING-STATUS, BANK-RTN, BANK-ACCT (TR-RETURN-DATA)."""

    filing_status: str = "1"
    bank_rtn: str = "000000000"
    bank_acct: str = ""

    def values(self) -> dict[str, Any]:
        return {
            "TR-RETURN-DATA": {
                "TR-FILING-STATUS": _numeric_text(self.filing_status, 1),
                "TR-BANK-RTN": _numeric_text(self.bank_rtn, 9),
                "TR-BANK-ACCT": self.bank_acct,
            }
        }


@dataclass(frozen=True)
class ActionData:
    """TC 971 data: ACTION-CODE (TR-ACTION-DATA); 010 sets freeze A."""

    action_code: str = "010"

    def values(self) -> dict[str, Any]:
        return {"TR-ACTION-DATA": {"TR-ACTION-CODE": _numeric_text(self.action_code, 3)}}


@dataclass(frozen=True)
class NoData:
    """A card whose DATA area is blank."""

    def values(self) -> dict[str, Any]:
        return {}


CardData = EntityData | AddressData | ReturnData | ActionData | NoData


@dataclass(frozen=True)
class Card:
    """One transaction card (TRANSREC). ``tax_period`` and ``date`` are the card's text
    (``YYYYMM``, ``YYMMDD``), so a non-numeric or impossible value is simply other text."""

    tin: str
    seq: int | Garbled
    tc: int | Garbled
    name_control: str = "DOE "
    tax_period: str = "202312"
    amount: Decimal | Garbled = Decimal("0.00")
    date: str = "240410"
    data: CardData = NoData()

    def encode(self) -> bytes:
        values: dict[str, Any] = {
            "TR-TIN": _numeric_text(self.tin, 9),
            "TR-NAME-CONTROL": self.name_control,
            "TR-TC": _numeric(self.tc, 3),
            "TR-TAX-PERIOD": self.tax_period,
            "TR-AMOUNT": _numeric(self.amount, 11),
            "TR-TRANS-DATE": self.date,
            "TR-SEQ": _numeric(self.seq, 6),
            **self.data.values(),
        }
        return record_codec("TRANSREC").encode(values)

    @property
    def key(self) -> bytes:
        """TIN‖SEQ as bytes: the U09 sequence key (RULEBOOK §5)."""
        raw = self.encode()
        return raw[0:9] + raw[39:45]


@dataclass(frozen=True)
class Bulk:
    """``count`` copies of ``account`` written to MASTIN after the run's own master, with TINs
    ``first_tin``, ``first_tin`` + 1, ...: the thousands of accounts it takes to fill a report
    total (S9(13)V99, RULEBOOK §8) in one readable value, encoded once."""

    account: Account
    count: int
    first_tin: int = 666_100_000

    def encode(self) -> bytes:
        body = self.account.encode()[9:]  # all but TA-TIN 9(9)
        return b"".join(b"%09d" % (self.first_tin + number) + body for number in range(self.count))


@dataclass(frozen=True, repr=False)
class Run(_Compact):
    """One posting run: control card, master file (``master``, then ``bulk`` accounts) and
    deck, plus deliberate damage to the
    files (``missing`` DD names; ``cut``: bytes removed from the end of a file) for §7, dirty
    bytes (``damage``, applied in order to the encoded files: strategies/damage.py), and
    I/O faults: ``unreadable`` inputs (a folder stands in their place) and broken outputs
    (``faults``: (DD name, fault) as in a run folder's FAULTS file, engines/base.py)."""

    control: ControlCard | RawControl = ControlCard()
    master: tuple[Account, ...] = ()
    deck: tuple[Card, ...] = ()
    missing: tuple[str, ...] = ()
    cut: tuple[tuple[str, int], ...] = ()
    unreadable: tuple[str, ...] = ()
    faults: tuple[tuple[str, OutputFault], ...] = ()
    damage: tuple[Damage, ...] = ()
    bulk: tuple[Bulk, ...] = ()

    def inputs(self) -> dict[str, bytes | None]:
        """The bytes of CONTROL, MASTIN and TRANSIN (None: the file is missing)."""
        files: dict[str, bytes | None] = {
            "CONTROL": self.control.encode(),
            "MASTIN": b"".join(
                [account.encode() for account in self.master]
                + [bulk.encode() for bulk in self.bulk]
            ),
            "TRANSIN": b"".join(card.encode() for card in self.deck),
        }
        for damage in self.damage:
            files[damage.ddname] = damage.apply(files[damage.ddname] or b"")
        for ddname, count in self.cut:
            data = files[ddname] or b""
            files[ddname] = data[: max(0, len(data) - count)]
        for ddname in self.missing:
            files[ddname] = None
        return files

    def write(self, folder: Path) -> RunInputs:
        """Write the run folder (CONTROL, MASTIN, TRANSIN, FAULTS) and return its inputs."""
        write_run_folder(folder, self.inputs(), self.unreadable, self.faults)
        return RunInputs.from_folder(folder)


# ---------------------------------------------------------------------------------------------
# encoding helpers


def _raw(text: str, size: int) -> Invalid:
    return Invalid(text.encode("latin-1").ljust(size)[:size], "deliberately not numeric")


def _numeric_text(text: str, size: int) -> Decimal | Invalid:
    """Digits go through the numeric codec; any other text is written as its bytes."""
    if len(text) == size and text.isascii() and text.isdigit():
        return Decimal(int(text))
    return _raw(text, size)


def _numeric(value: int | Decimal | Garbled, size: int) -> Decimal | Invalid:
    if isinstance(value, Garbled):
        return _raw(value.text, size)
    return Decimal(value)


def _packed_negative_zero(name: str) -> Invalid:
    """A COMP-3 zero with the negative sign nibble D: never written by the program (it stores
    +0, posting-notes P6) but kept byte for byte in a field the run does not store into."""
    size = record_codec("TAXACCT").layout.field(name).size
    return Invalid(bytes(size - 1) + b"\x0d", "packed negative zero")
