"""Hypothesis strategies for the weekly posting run: control cards, master files, card decks.

The strategies build *values* (frozen dataclasses named after the domain: :class:`ControlCard`,
:class:`Account`, :class:`Module`, :class:`Card`, :class:`Run`) and only a run's
:meth:`Run.inputs` turns them into bytes, through the record layer and the project copybooks
(CTLCARD, TAXACCT, TRANSREC). So Hypothesis shrinks the values themselves: a falsifying example
reads as a few cards and a readable account, not as a generator seed.

Every strategy aims at the places where a migration goes wrong (RULEBOOK section in brackets):

- amounts: zero, one cent, half-cent rounding edges of the 5 % FTF and 0.5 % FTP rates, field
  maximums, sums that overflow a field, negative amounts, bad overpunch bytes [§2, §5, §6];
- dates: due dates, month ends, 31st days (30/360 caps them), leap days, both sides of the
  century window, invalid days and months, non-numeric bytes [§3];
- name lines for every name-control rule: ``<`` marks, apostrophes, periods, blanks, hyphens,
  lower case, digits, bytes above X'7F' [§4];
- routing numbers that pass and fail the ABA check, all zeros, blanks [§6];
- accounts with modules in every status and every freeze combination, notice streams at every
  step and near the 5-cycle interval, credits to offset and refund [§2, §6];
- decks sorted by TIN then SEQ with a few cards out of sequence, and cards made unpostable on
  purpose for every UPC U01-U10 [§5];
- runs that abend for every cause of §7 (kept rare by :func:`runs`).

A run is ``(control, master, deck)``; ``Run.write(folder)`` makes it a run folder
(CONTROL, MASTIN, TRANSIN) that ``idrs run`` accepts.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, settings
from hypothesis import strategies as st

from idrs_sandbox.datagen.banking import ABA_WEIGHTS
from idrs_sandbox.datagen.dates import card_date_valid, cycle_index, cycle_of_index
from idrs_sandbox.datagen.namecontrol import name_control
from idrs_sandbox.engines.base import (
    OUTPUT_DDNAMES,
    OUTPUT_FAULTS,
    OutputFault,
    RunInputs,
    write_run_folder,
)
from idrs_sandbox.oracle.compare import record_codec
from idrs_sandbox.records.codec import Invalid

CENT = Decimal("0.01")
AMOUNT_MAX = Decimal("999999999.99")
"""S9(9)V99: TAX-ASSESSED, CREDITS, BALANCE and the card AMOUNT."""
PENALTY_MAX = Decimal("9999999.99")
"""S9(7)V99: FTF-PENALTY, FTP-PENALTY, INTEREST."""
MAX_MODULES = 4
MODULE_SIZE = 86
MAX_ACCOUNTS = 16
"""Accounts in a generated master: the end-of-account rules (notices, interest, FTP, offsets,
refunds) fire on master modules whether or not a card touches them, so a run with many
accounts tests many of them at almost no cost; a failure shrinks to the few that matter."""
MAX_TINS = 8
"""TINs in a generated deck (accounts on file and new ones)."""
MAX_CARDS = 7
"""Cards per TIN in a generated deck (a payment before a return makes one more)."""
SYNTHETIC_AREAS = ("666", "000")
"""Synthetic data only: TINs in areas 666 and 000 (COMMON.md)."""

INPUT_TCS = (150, 610, 290, 291, 806, 766, 670, 0, 13, 14, 420, 421, 570, 571, 971)
"""RULEBOOK §5 input TCs, the return first so that a shrunk card tends to be a plain return."""
UNKNOWN_TCS = (1, 151, 166, 196, 276, 706, 826, 846, 976, 999)
"""Numeric codes that are not input TCs (U04): generated TCs, a neighbour of 150, 999."""
ZERO_AMOUNT_TCS = frozenset({0, 13, 14, 420, 421, 570, 571, 971})
MODULE_TCS = frozenset(INPUT_TCS) - {0, 13, 14}
STATUSES = (0, 10, 12, 21, 22, 54, 56, 58)
"""Every TA-STATUS value (TAXACCT 88-levels)."""
NOTICE_STREAM = ("     ", "CP14 ", "CP501", "CP503", "CP504")
NOTICE_STATUSES = {
    "     ": (10, 10, 12, 0),
    "CP14 ": (21, 21),
    "CP501": (54, 54),
    "CP503": (56, 56),
    "CP504": (58, 22, 22),
    "CP99 ": (21,),
}
"""The statuses a module with this LAST-NOTICE has when the program wrote it (after CP504 the
next due notice only moves it to 22, and then it stays 22), weighted against any status."""
ODD_NOTICE = "CP99 "
"""A LAST-NOTICE the program never writes: no next notice follows it (posting-notes E3)."""
MONEY_FIELDS = (
    "TA-TAX-ASSESSED",
    "TA-CREDITS",
    "TA-FTF-PENALTY",
    "TA-FTP-PENALTY",
    "TA-INTEREST",
    "TA-BALANCE",
)
FREEZES = ("   ", "A  ", " L ", "  R", "AL ", "A R", " LR", "ALR")
"""Every combination of freezes A, L and R (set = the letter, clear = a space)."""
ODD_FREEZES = ("X  ", " l ", "  *")
"""Freeze bytes the program never writes: any byte but a space counts as set (posting-notes E2)
and MASTIN's byte is kept until the run sets or releases the freeze."""
RUN_YEARS = (2024, 2025, 2000, 2001, 1996, 2049, 1971)
"""Run years: today, a leap century (2000), the last year a card can write (2049) and an early
one (1971, whose tax periods reach back to the 1960 limit)."""


def quiet_generation(max_examples: int, derandomize: bool = False) -> settings:
    """Settings to draw ``max_examples`` values outside a test: no database, no deadline, no
    shrinking, no output, no health checks (``idrs oracle mutants`` and ``coverage``)."""
    return settings(
        max_examples=max_examples,
        database=None,
        deadline=None,
        derandomize=derandomize,
        phases=[Phase.generate],
        print_blob=False,
        verbosity=Verbosity.quiet,
        suppress_health_check=list(HealthCheck),
    )


# ---------------------------------------------------------------------------------------------
# values


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
        return _date8(self.run_date)

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
        raw[494:514] = self.filler.encode("latin-1").ljust(20)[:20]  # FILLER X(20)
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


@dataclass(frozen=True, repr=False)
class Run(_Compact):
    """One posting run: control card, master file and deck, plus deliberate damage to the
    files (``missing`` DD names; ``cut``: bytes removed from the end of a file) for §7, and
    I/O faults: ``unreadable`` inputs (a folder stands in their place) and broken outputs
    (``faults``: (DD name, fault) as in a run folder's FAULTS file, engines/base.py)."""

    control: ControlCard | RawControl = ControlCard()
    master: tuple[Account, ...] = ()
    deck: tuple[Card, ...] = ()
    missing: tuple[str, ...] = ()
    cut: tuple[tuple[str, int], ...] = ()
    unreadable: tuple[str, ...] = ()
    faults: tuple[tuple[str, OutputFault], ...] = ()

    def inputs(self) -> dict[str, bytes | None]:
        """The bytes of CONTROL, MASTIN and TRANSIN (None: the file is missing)."""
        files: dict[str, bytes | None] = {
            "CONTROL": self.control.encode(),
            "MASTIN": b"".join(account.encode() for account in self.master),
            "TRANSIN": b"".join(card.encode() for card in self.deck),
        }
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


def _date8(value: int) -> dt.date:
    return dt.date(value // 10000, value // 100 % 100, value % 100)


def yyyymmdd(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def yymmdd(day: dt.date) -> str:
    return f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"


def due_day(tax_period: int) -> dt.date:
    """RULEBOOK §3: tax period YYYY12 is due on 15 April of YYYY+1."""
    return dt.date(tax_period // 100 + 1, 4, 15)


def aba_check_digit(body: str) -> str:
    """The ninth digit that makes eight digits pass the ABA check (its weight is 1)."""
    partial = sum(w * int(d) for w, d in zip(ABA_WEIGHTS, body, strict=False))
    return str(-partial % 10)


# ---------------------------------------------------------------------------------------------
# money
#
# Leaf strategies are built once (functools.cache): constructing and validating strategy objects
# inside every draw would cost more than running the engines.


def cents(amount: int) -> Decimal:
    return Decimal(amount).scaleb(-2)


@cache
def half_cent_edges() -> st.SearchStrategy[Decimal]:
    """Amounts whose FTF (5 % × months) or FTP (0.5 % × months) ends on exactly half a cent,
    where ROUNDED (half up) and half-even or truncation part: cents ≡ 10 (mod 20) for 5 %,
    whole odd dollars for 0.5 %."""
    # 2.90 first (the simplest value): 2.90 × 0.05 = 0.145 exactly, ROUNDED 0.15, half-even
    # 0.14, and 0.14499999999999999 in binary floating point (0.10 × 0.05 comes out above).
    ftf_edges = st.integers(0, 49_999).map(lambda n: cents(20 * n + 290))
    large_ftf_edges = st.integers(0, 4_999_999_999).map(lambda n: cents(20 * n + 10))
    ftp_edges = st.integers(0, 4_999).map(lambda n: cents(100 * (2 * n + 1)))
    return st.one_of(ftf_edges, ftp_edges, large_ftf_edges)


@cache
def money_amounts(maximum: Decimal = AMOUNT_MAX) -> st.SearchStrategy[Decimal]:
    """Non-negative money up to ``maximum``: zero, a cent, a dollar, rounding edges, whole
    hundreds (exact products, where a float is a hair below), everyday sums (most of them: a
    huge balance makes every notice an assessment overflow), and now and then the field maximum
    or sums near it (two of them overflow S9(9)V99; a large late return overflows the S9(7)V99
    FTF penalty) or any amount the field holds."""
    limit = int(maximum * 100)
    edges = [Decimal(text) for text in ("0.00", "0.01", "0.99", "1.00", "0.10", "2.30", "0.02")]
    large = [maximum, maximum - CENT, (maximum + CENT) / 2, Decimal("40000000.00"), PENALTY_MAX]
    everyday = st.integers(0, min(limit, 500_000)).map(cents)
    return st.one_of(
        st.sampled_from(edges),
        everyday,
        everyday,
        st.integers(0, min(limit, 100_000_000)).map(cents),
        half_cent_edges().filter(lambda value: value <= maximum),
        st.integers(0, min(limit, 10**10) // 10_000).map(lambda n: cents(n * 10_000)),
        st.one_of(
            st.sampled_from([value for value in large if value <= maximum]),
            st.integers(0, limit).map(cents),
        ),
    )


@cache
def return_amounts() -> st.SearchStrategy[Decimal]:
    """The tax on a return: as often a half-cent edge of the FTF and FTP rates as any amount."""
    return st.one_of(half_cent_edges(), money_amounts())


@cache
def penalties() -> st.SearchStrategy[Decimal]:
    """FTF-PENALTY, FTP-PENALTY, INTEREST (S9(7)V99) of a master module: often zero."""
    return st.one_of(st.just(Decimal("0.00")), money_amounts(PENALTY_MAX))


@cache
def card_amounts() -> st.SearchStrategy[Decimal | Garbled]:
    """TR-AMOUNT S9(9)V99: mostly non-negative money; sometimes negative (a negative card is
    U05), −0 with its sign kept (``p``: numeric and zero, so not negative), or bytes that are
    not numeric: an EBCDIC-style overpunch, a sign byte before the last digit, a space, a
    printed amount (ASCII overpunch only, posting-notes V1)."""
    negative = st.integers(1, 1_000_000).map(lambda n: -cents(n))
    return st.one_of(
        money_amounts(), negative, st.just(Garbled("0000000000p")), non_numeric_amounts()
    )


@cache
def non_numeric_amounts() -> st.SearchStrategy[Garbled]:
    """TR-AMOUNT bytes that fail the NUMERIC class test (posting-notes V1, probed on GnuCOBOL:
    only an ASCII overpunch ``p``-``y`` in the last byte is a sign): EBCDIC-style overpunch
    ``{ } J``, a sign byte before the last digit, an embedded space, a printed amount. Such a
    card is U05, and it is left out of the report's money read and unposted (4200, 6000)."""
    texts = ["0000001000{", "0000001000}", "000000100A0", "0000001000J", "00000 10000"]
    return st.sampled_from([*texts, "    1000.00"]).map(Garbled)


# ---------------------------------------------------------------------------------------------
# dates and cycles


@cache
def run_days() -> st.SearchStrategy[dt.date]:
    """Run dates: a due date (15 April), the day after, month ends, 31st days, leap days,
    new year's eve, or any day of a run year (RULEBOOK §3)."""
    special = st.tuples(
        st.sampled_from(RUN_YEARS),
        st.sampled_from([(4, 15), (4, 16), (1, 31), (2, 28), (2, 29), (3, 31), (5, 31), (12, 31)]),
    ).map(lambda pair: _safe_day(pair[0], *pair[1]))
    ordinary = st.tuples(st.sampled_from(RUN_YEARS), st.integers(0, 364)).map(
        lambda pair: dt.date(pair[0], 1, 1) + dt.timedelta(days=pair[1])
    )
    return st.one_of(special, ordinary)


def _safe_day(year: int, month: int, day: int) -> dt.date:
    """``day`` of the month, or the month's last day when the month is shorter."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def cycle_of_day(day: dt.date) -> int:
    """The ``YYYYCC`` cycle a date falls in (weeks of seven days from 1 January; days after
    week 52 belong to week 52)."""
    week = min((day.timetuple().tm_yday - 1) // 7 + 1, 52)
    return day.year * 100 + week


@cache
def interest_rates() -> st.SearchStrategy[Decimal]:
    """INTEREST-RATE 9V9(4): 8 %, rates whose daily rate is exact (3.6 %, 7.2 %), rates that lose a
    lot in the truncation of the daily rate to 8 decimals (0.01 %, 0.07 %), zero, the
    maximum, any up to 20 %."""
    fixed = ("0.0800", "0.0360", "0.0720", "0.0700", "0.0001", "0.0007", "0.0000", "9.9999")
    chosen = st.sampled_from([Decimal(text) for text in fixed])
    # Any rate up to 20 %: a rate of several hundred percent makes every notice an overflow.
    return st.one_of(chosen, chosen, st.integers(0, 2_000).map(lambda n: Decimal(n).scaleb(-4)))


@st.composite
def control_cards(draw: st.DrawFn) -> ControlCard:
    """Valid control cards: the cycle of the run date, or the year's first or last week (the
    cycle is not cross-checked with the date, RULEBOOK §3), a run date, a rate."""
    day = draw(run_days())
    cycle = draw(st.sampled_from([cycle_of_day(day), day.year * 100 + 1, day.year * 100 + 52]))
    return ControlCard(cycle, yyyymmdd(day), draw(interest_rates()))


@cache
def invalid_control_cards() -> st.SearchStrategy[RawControl]:
    """CONTROL CARD INVALID (RULEBOOK §7, posting-notes A3), three kinds drawn about equally
    often: a numeric card with week 00 or 53, an invalid date (30 February, month 13) or a
    year before 1960; a field that is not numeric (letters in RUN-CYCLE, a letter O for a zero
    in RUN-DATE, a blank or a decimal point in INTEREST-RATE); a short or a long file, two
    cards, an empty file. (One flat list would give its first card a third of the draws and
    leave the others to a few runs per test.)"""
    return st.one_of(*(st.sampled_from(kind) for kind in INVALID_CONTROL_KINDS)).map(RawControl)


_GOOD_CONTROL = "20241520240412" + "00800"
INVALID_CONTROL_KINDS: tuple[tuple[str, ...], ...] = (
    tuple(
        text.ljust(80)
        for text in (
            "20240020240412" + "00800",
            "20245320240412" + "00800",
            "20241520240230" + "00800",
            "20241519590412" + "00800",
            "20241520241301" + "00800",
        )
    ),
    tuple(
        text.ljust(80)
        for text in (
            "2024152024O412" + "00800",
            "2024AB20240412" + "00800",
            "20241520240412" + "0080 ",
            "20241520240412" + "0.080",
        )
    ),
    (_GOOD_CONTROL.ljust(79), _GOOD_CONTROL.ljust(81), _GOOD_CONTROL.ljust(80) * 2, ""),
)
"""The invalid CONTROL files of :func:`invalid_control_cards`, by kind."""


@cache
def valid_card_dates(near: dt.date) -> st.SearchStrategy[str]:
    """Valid card dates ``YYMMDD`` (RULEBOOK §3): days around ``near`` (a due date: on it, a few
    days or whole months after it), the month ends of its year (31st days, which 30/360 counts
    as the 30th, and 28 or 29 February), leap days, and 49 → 2049 / 60 → 1960 at both ends of
    the century window."""
    around = st.integers(-40, 220).map(lambda days: yymmdd(near + dt.timedelta(days=days)))
    months_after = st.integers(0, 8).map(lambda months: yymmdd(_add_months(near, months)))
    month_ends = st.integers(1, 12).map(lambda month: yymmdd(_month_end(near.year, month)))
    fixed = st.sampled_from(["000229", "960229", "240229", "491231", "600101", "000101"])
    return st.one_of(around, months_after, month_ends, fixed).filter(card_date_valid)


@cache
def return_dates(due: dt.date) -> st.SearchStrategy[str]:
    """Dates of a return: whole months after the due date (1 to 7: every FTF month count, the
    cap of 5 and beyond it, odd ones for half-cent edges), or any valid card date near it."""
    late = st.integers(1, 7).map(lambda months: yymmdd(_add_months(due, months)))
    return st.one_of(late.filter(card_date_valid), valid_card_dates(due))


@cache
def invalid_card_dates() -> st.SearchStrategy[str]:
    """Card dates that are not valid (U05), three kinds drawn about equally often: month 13 or
    00 in a year the century window accepts (1960, 2024, 2049: the month check of
    7200-VALIDATE-DATE, not the year check, refuses them); 50 → 1950 and 59 → 1959 before
    1960, 29 February of a common year, 31 April, day 0, zeros; bytes that are not digits."""
    bad_months = ["241301", "240015", "491300", "600001"]
    invalid = ["500101", "591231", "230229", "240431", "240000", "000000", "990230"]
    garbled = ["24O415", "      ", "2404 5", "24-4-1"]
    return st.one_of(*(st.sampled_from(kind) for kind in (bad_months, invalid, garbled)))


def card_dates(near: dt.date) -> st.SearchStrategy[str]:
    """Card dates, valid (mostly) or not."""
    return st.one_of(valid_card_dates(near), invalid_card_dates())


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return _safe_day(year, month, day.day)


@cache
def tax_periods(run_year: int) -> st.SearchStrategy[int]:
    """Valid tax periods ``YYYY12`` of recent years (due before the run date, or not yet)."""
    return st.sampled_from(period_choices(run_year))


@cache
def period_choices(run_year: int) -> tuple[int, ...]:
    years = [run_year - 1, run_year - 2, run_year - 3, run_year - 6, run_year, run_year - 5]
    # A card can write dates up to 2049 only (century window), so periods stop at 2048.
    return tuple(year * 100 + 12 for year in years if 1960 <= year <= 2048)


@cache
def card_tax_periods(run_year: int) -> st.SearchStrategy[str]:
    """TR-TAX-PERIOD text: mostly valid periods, sometimes a month other than 12, a year
    outside 1960-2098 or bytes that are not digits (U05 for a module TC)."""
    invalid = st.sampled_from(["202306", "195912", "209912", "000000", "2023  ", "20231A"])
    return st.one_of(tax_periods(run_year).map(lambda period: f"{period:06d}"), invalid)


# ---------------------------------------------------------------------------------------------
# names, addresses, banks


SURNAMES = ("DOE", "O'BRIEN", "DE LA ROSA", "NG-LEE", "NG", "SMITH-JONES", "LI", "MC.DONALD")
GIVEN = ("JOHN", "MARY A", "KIM", "J.R.", "ana", "")


@cache
def name_lines() -> st.SearchStrategy[str]:
    """NAME-LINE X(35) for every rule of RULEBOOK §4: a surname between ``<`` marks (with an
    apostrophe, a period, blanks, a hyphen, lower case, digits, a byte above X'7F'), an empty
    surname ``<<``, one ``<`` only or none (the last word counts), three ``<``, a blank line."""
    surname = st.one_of(
        st.sampled_from(SURNAMES),
        st.sampled_from(["o'neil", "van der berg", "d'arcy-ng", "X1Z", "MÜLLER", "ÅS", ""]),
        st.text(alphabet="AZaz'.- <-19é", max_size=8),
    )
    marked = st.builds(
        lambda given, last, suffix: f"{given}<{last}<{suffix}",
        st.sampled_from(GIVEN),
        surname,
        st.sampled_from(["", "JR", "III", "<X", " SR."]),
    )
    one_mark = st.builds(
        lambda given, last: f"{given}<{last}", st.sampled_from(GIVEN), surname.map(str.strip)
    )
    words = st.builds(
        lambda given, last: f"{given} {last}".strip(), st.sampled_from(GIVEN), surname
    )
    fixed = st.sampled_from(["", "JOHN<DOE", "X<<Y<", "A<b.c d<JR", "Z  <AB", "a<ba1z<"])
    return st.one_of(marked, one_mark, words, fixed).map(lambda text: text[:35])


@cache
def streets() -> st.SearchStrategy[str]:
    return st.sampled_from(["12 ELM ST", "400 OAK AVE", "7 PINE RD APT 2", "", "PO BOX 9"])


@cache
def cities() -> st.SearchStrategy[str]:
    return st.sampled_from(["SPRINGFIELD", "PORTLAND", "AUSTIN", "", "ST. LOUIS"])


@cache
def states() -> st.SearchStrategy[str]:
    return st.sampled_from(["IL", "OR", "TX", "  "])


@cache
def zips() -> st.SearchStrategy[str]:
    return st.sampled_from(["62701", "97201", "73301", "00000"])


@cache
def routing_numbers() -> st.SearchStrategy[str]:
    """BANK-RTN 9(9): numbers that pass the ABA check, that fail it by one digit, and all
    zeros, which pass the sum but are refused anyway (RULEBOOK §6)."""
    bodies = st.integers(0, 99_999_999).map(lambda n: f"{n:08d}")
    valid = bodies.map(lambda body: body + aba_check_digit(body))
    invalid = bodies.map(lambda body: body + str((int(aba_check_digit(body)) + 1) % 10))
    known = st.sampled_from(["021000021", "011000015", "123456780", "021000022", "000000000"])
    return st.one_of(known, valid, invalid)


@cache
def card_routing_numbers() -> st.SearchStrategy[str]:
    """TR-BANK-RTN on a TC 150 card: routing numbers, or blanks / letters (U05, §5)."""
    return st.one_of(routing_numbers(), st.sampled_from(["         ", "02100002X"]))


ODD_ROUTING_NUMBERS = ("         ", "02100002X", "0210 0002")
"""TA-BANK-RTN bytes that are not numeric: blanks, a letter, an embedded space."""


@cache
def master_routing_numbers() -> st.SearchStrategy[str]:
    """TA-BANK-RTN of a master account: a routing number, and one time in twenty bytes that
    are not numeric (:data:`ODD_ROUTING_NUMBERS`). The program never stores them (a TC 150
    that carries them is U05) and does not check MASTIN's, so they stand for an account
    converted from an older file; the ABA check refuses them first (7600-ABA-CHECK), so a
    refund to the account goes out as a paper check (RULEBOOK §6)."""
    odd = st.sampled_from(ODD_ROUTING_NUMBERS)
    return st.integers(0, 19).flatmap(lambda n: odd if n == 19 else routing_numbers())


@cache
def bank_accounts() -> st.SearchStrategy[str]:
    """BANK-ACCT X(17): blank (a paper check), digits, text with punctuation."""
    return st.one_of(st.just(""), st.sampled_from(["111222333", "987-65 43", "12345678901234567"]))


# ---------------------------------------------------------------------------------------------
# master files


@cache
def tins() -> st.SearchStrategy[str]:
    """Synthetic TINs: area 666 or 000, then six digits (mostly small, for readability)."""
    serial = st.one_of(st.integers(1, 40), st.integers(0, 999_999))
    return st.builds(lambda area, n: f"{area}{n:06d}", st.sampled_from(SYNTHETIC_AREAS), serial)


def draw_count(draw: st.DrawFn, maximum: int) -> int:
    """A count from 0 to ``maximum``, the larger of two draws: Hypothesis draws the simplest
    value (0) for about a third of its integers, which would leave a third of the masters and
    decks empty; the larger of two is 0 one time in nine and still shrinks to 0."""
    return max(draw(st.integers(0, maximum)), draw(st.integers(0, maximum)))


def _cycle_back(cycle: int, weeks: int) -> int:
    return cycle_of_index(max(cycle_index(cycle) - weeks, 53))


MODULE_FREEZES = ("   ",) * 4 + ("  R", *FREEZES, *ODD_FREEZES)
"""Freezes of a master module: clear a quarter of the time (notices and refunds need that),
credit hold alone more often than the others (it stops only a refund)."""


MODULE_SHAPES = (
    "any",
    "balance due",
    "balance due",
    "credit",
    "credit",
    "settled",
    "not filed",
    "near the limit",
)
"""What a master module is drawn as: anything, or a shape one rule of §6 needs (a balance due
for the notice step, a credit for offsets and refunds, a zero balance, no return, a balance
near the S9(9)V99 limit for the assessment overflow)."""
NOTICE_GAPS = st.one_of(st.sampled_from([5, 4, 6]), st.integers(0, 12))
"""Cycles since the last notice: around the 5-cycle interval, or anything up to 12."""
CLEAR_FOR_NOTICES = ("   ", "   ", "   ", "  R", "A  ", " L ", "X  ")
CLEAR_FOR_REFUNDS = ("   ", "   ", "  R", "A  ", " L ", "  *")


def draw_module(draw: st.DrawFn, control: ControlCard, tax_period: int) -> Module:
    """A module in any status and freeze: a return filed (on time or late) or not, money that
    leaves a balance due, zero or a credit (sometimes under a dollar), a notice stream at any
    step (or an unknown one) around the 5-cycle interval, interest assessed through an earlier
    date, now and then a packed −0 left by an older program (see :data:`MODULE_SHAPES`)."""
    shape = draw(st.sampled_from(MODULE_SHAPES))
    due = due_day(tax_period)
    filed = shape != "not filed" and (shape != "any" or draw(st.integers(0, 3)) > 0)
    return_day = due + dt.timedelta(days=draw(st.integers(-60, 400)))
    notice = draw(st.sampled_from(NOTICE_STREAM))
    if draw(st.integers(0, 19)) == 19:
        notice = ODD_NOTICE
    if shape == "near the limit":
        assessed = AMOUNT_MAX - cents(draw(st.integers(0, 100_000)))
        ftf = ftp = interest = Decimal("0.00")
    else:
        assessed = draw(money_amounts()) if filed else Decimal("0.00")
        ftf = draw(penalties()) if filed else Decimal("0.00")
        ftp, interest = draw(penalties()), draw(penalties())
    credits = _draw_credits(draw, shape, assessed + ftf + ftp + interest)
    status = draw(st.sampled_from((*NOTICE_STATUSES[notice], *STATUSES)))
    status_cycle = control.cycle if draw(st.integers(0, 2)) == 0 else _cycle_back(control.cycle, 9)
    module = Module(
        tax_period=tax_period,
        status=status if filed else draw(st.sampled_from([0, status])),
        status_cycle=status_cycle if status else 0,
        freezes=draw(st.sampled_from(_freezes_for(shape))),
        return_date=yyyymmdd(return_day) if filed else 0,
        assessed=assessed,
        credits=credits,
        ftf=ftf,
        ftp=ftp,
        interest=interest,
        interest_date=draw(st.sampled_from([0, yyyymmdd(due), yyyymmdd(control.run_day)])),
        last_notice=notice,
        notice_cycle=_cycle_back(control.cycle, draw(NOTICE_GAPS)) if notice.strip() else 0,
        last_tc=draw(st.sampled_from([0, 150, 806, 290])),
        last_activity=int(yymmdd(return_day)) if filed else 0,
    )
    module = _storable(module)
    if draw(st.integers(0, 9)) == 9:
        zeros = [name for name, value in _money_values(module) if value == 0]
        if zeros:
            module = replace(module, negative_zero=(draw(st.sampled_from(zeros)),))
    return module


def _freezes_for(shape: str) -> tuple[str, ...]:
    if shape in ("balance due", "near the limit"):
        return CLEAR_FOR_NOTICES
    if shape == "credit":
        return CLEAR_FOR_REFUNDS
    return MODULE_FREEZES


def _draw_credits(draw: st.DrawFn, shape: str, debits: Decimal) -> Decimal:
    """CREDITS for a module shape: below the debits (a balance due), exactly the debits
    (settled), above them (a credit, under a dollar now and then, which is kept rather than
    refunded), or any of these and any amount."""
    if shape in ("balance due", "near the limit"):
        return cents(draw(st.integers(0, max(0, int(min(debits, AMOUNT_MAX) * 100) - 1))))
    if shape == "settled":
        return min(AMOUNT_MAX, debits)
    if shape == "credit":
        extra = draw(st.one_of(st.integers(1, 99), st.integers(100, 300_000)))
        return min(AMOUNT_MAX, debits + cents(extra))
    kind = draw(st.sampled_from(["none", "any", "settled", "credit"]))
    if kind == "none":
        return Decimal("0.00")
    if kind == "any":
        return draw(money_amounts())
    return _draw_credits(draw, kind, debits)


@st.composite
def modules(draw: st.DrawFn, control: ControlCard, tax_period: int) -> Module:
    """Strategy of :func:`draw_module`."""
    return draw_module(draw, control, tax_period)


def _money_values(module: Module) -> list[tuple[str, Decimal]]:
    values = (module.assessed, module.credits, module.ftf, module.ftp, module.interest)
    return list(zip(MONEY_FIELDS, (*values, module.stored_balance), strict=True))


def _storable(module: Module) -> Module:
    """The module with a BALANCE that fits S9(9)V99, as the program would have stored it:
    without penalties and interest, then fully paid, when the sum would not fit."""
    if abs(module.stored_balance) > AMOUNT_MAX:
        zero = Decimal("0.00")
        module = replace(module, ftf=zero, ftp=zero, interest=zero)
    if abs(module.stored_balance) > AMOUNT_MAX:
        module = replace(module, credits=module.assessed)
    return module


def draw_account(draw: st.DrawFn, control: ControlCard, tin: str) -> Account:
    """A master account as the program writes it: name control derived from the name line,
    0-4 modules in ascending tax period, bank fields that make a direct deposit or a check
    (now and then a routing number that is not numeric, :func:`master_routing_numbers`), a
    FILLER to copy."""
    choices = period_choices(control.run_day.year)
    count = draw(st.sampled_from([0, 1, 2, 2, 3, 3, 4]))
    periods = sorted(draw(st.permutations(choices))[:count])
    line = draw(name_lines())
    drawn = tuple(draw_module(draw, control, period) for period in periods)
    if len(drawn) >= 2 and draw(st.integers(0, 2)) == 0:
        drawn = _with_offset_source(draw, drawn)
    return Account(
        tin=tin,
        name_control=name_control(line),
        name_line=line,
        street=draw(streets()),
        city=draw(cities()),
        state=draw(states()),
        zip=draw(zips()),
        filing_status=draw(st.sampled_from("1234")),
        bank_rtn=draw(master_routing_numbers()),
        bank_acct=draw(bank_accounts()),
        established_cycle=_cycle_back(control.cycle, 100),
        last_update_cycle=_cycle_back(control.cycle, draw(st.integers(1, 60))),
        modules=drawn,
        filler=draw(st.sampled_from(["", "KEEP ME", "X" * 20])),
    )


def _with_offset_source(draw: st.DrawFn, drawn: tuple[Module, ...]) -> tuple[Module, ...]:
    """One module made a credit that covers half, all or one and a half times what the other
    modules owe, plus up to 1.50: the offsets (TC 826/706, ascending TAX-PERIOD) stop part
    way through a module, and what is left is refunded or, under a dollar, kept (§6)."""
    index = draw(st.integers(0, len(drawn) - 1))
    source = drawn[index]
    owed = sum(
        (other.stored_balance for other in drawn if other is not source),
        start=Decimal("0.00"),
    )
    share = draw(st.sampled_from([Decimal("0.5"), Decimal("1"), Decimal("1.5")]))
    credit = (max(owed, Decimal("0.00")) * share).quantize(CENT) + cents(draw(st.integers(0, 150)))
    debits = source.assessed + source.ftf + source.ftp + source.interest
    made = replace(
        source,
        return_date=source.return_date or yyyymmdd(due_day(source.tax_period)),
        freezes="   ",
        credits=min(AMOUNT_MAX, debits + credit),
        balance=None,
        negative_zero=(),  # its money changed: a −0 drawn for it may no longer be a zero
    )
    return (*drawn[:index], _storable(made), *drawn[index + 1 :])


@st.composite
def accounts(draw: st.DrawFn, control: ControlCard, tin: str) -> Account:
    """Strategy of :func:`draw_account`."""
    return draw_account(draw, control, tin)


def draw_master(draw: st.DrawFn, control: ControlCard, max_accounts: int) -> tuple[Account, ...]:
    # The count is drawn first (not list-length biased toward short lists): the end-of-account
    # rules need accounts, and they shrink away when a failure needs fewer.
    count = draw_count(draw, max_accounts)
    chosen = draw(st.lists(tins(), min_size=count, max_size=count, unique=True))
    return tuple(draw_account(draw, control, tin) for tin in sorted(chosen))


@st.composite
def master_files(
    draw: st.DrawFn, control: ControlCard, max_accounts: int = MAX_ACCOUNTS
) -> tuple[Account, ...]:
    """MASTIN: 0 to ``max_accounts`` accounts in ascending TIN order (areas 000 and 666)."""
    return draw_master(draw, control, max_accounts)


# ---------------------------------------------------------------------------------------------
# transaction decks


@dataclass(frozen=True)
class KnownAccount:
    """What a deck needs to know about an account to aim its cards: TIN, name control, and the
    tax periods and assessed tax of its modules."""

    tin: str
    name_control: str
    modules: tuple[tuple[int, Decimal], ...] = ()
    filed: frozenset[int] = frozenset()

    @classmethod
    def of(cls, account: Account) -> KnownAccount:
        pairs = tuple((module.tax_period, module.assessed) for module in account.modules)
        filed = frozenset(module.tax_period for module in account.modules if module.return_date)
        return cls(account.tin, account.name_control, pairs, filed)

    @classmethod
    def from_record(cls, raw: bytes) -> KnownAccount:
        """From a MASTOUT record (for a run that follows another). Decoded leniently: the
        program carries a BANK-RTN that is not numeric from MASTIN to MASTOUT as it is."""
        values = record_codec("TAXACCT").decode(raw, errors=[])
        slots = values["TA-MODULE"][: int(values["TA-MODULE-COUNT"])]
        pairs = tuple((int(slot["TA-TAX-PERIOD"]), slot["TA-TAX-ASSESSED"]) for slot in slots)
        filed = frozenset(int(slot["TA-TAX-PERIOD"]) for slot in slots if slot["TA-RETURN-DATE"])
        return cls(raw[0:9].decode("latin-1"), values["TA-NAME-CONTROL"], pairs, filed)


FAULTS = (
    *("none",) * 8,
    "wrong name control",  # U02
    "unknown tc",  # U04 (sometimes with bad data too: U05 comes first)
    "garbled field",  # U05
    "negative amount",  # U05 (the sign of a zoned amount)
    "tax period not december",  # U05
    "missing module",  # U06 / a new module (U07 when the table is full)
    "abatement too large",  # U08
    "huge amount",  # U10
)
"""Ways a card is made wrong on purpose (``none`` eight times: about half the cards are meant
to post). U01 and U03 come from the TIN chosen, U09 from the order of the deck."""

CARD_TCS = (150, 150, 150, 806, 610, 290, 291, 766, 670, 0, 13, 14, 420, 421, 570, 571, 971)
"""TCs drawn for a card: every input TC, the return three times (most rules hang on it)."""
MODULE_CREATING_TCS = (150, 610, 670, 766, 806)
NEEDS_RETURN_TCS = frozenset({290, 291, 420, 421, 570, 571, 971})
UNKNOWN_CARD_TCS: tuple[int | Garbled, ...] = (*UNKNOWN_TCS, Garbled("15O"))
WRONG_NAME_CONTROLS = ("XXXX", "    ", "lower", "reversed")


@dataclass
class _DeckState:
    """A deck's view of one TIN while its cards are drawn: the name control the next card
    must carry and the modules it may aim at (new ones added by returns and credits)."""

    tin: str
    on_file: bool
    name_control: str
    modules: dict[int, Decimal] = field(default_factory=dict)
    filed: set[int] = field(default_factory=set)


def draw_card(draw: st.DrawFn, state: _DeckState, control: ControlCard, seq: int) -> Card:
    """One card for ``state``'s TIN, meant to post unless a fault is drawn."""
    run_year = control.run_day.year
    fault = draw(st.sampled_from(FAULTS))
    tc: int | Garbled = draw(st.sampled_from(CARD_TCS))
    if len(state.modules) >= MAX_MODULES and draw(st.integers(0, 3)) == 0:
        # A full module table: aim a module-creating TC at a new tax period (U07).
        fault, tc = "missing module", draw(st.sampled_from(MODULE_CREATING_TCS))
    if fault == "unknown tc":
        tc = draw(st.sampled_from(UNKNOWN_CARD_TCS))
    period = _draw_period(draw, state, run_year, fault == "missing module", tc)
    period_text = f"{period:06d}"
    amount: Decimal | Garbled = draw(return_amounts() if tc == 150 else money_amounts())
    if tc in ZERO_AMOUNT_TCS:
        amount = Decimal("0.00")
    if fault == "abatement too large":
        tc, amount = 291, min(state.modules.get(period, Decimal("0.00")) + CENT, AMOUNT_MAX)
    elif fault == "huge amount":
        tc, amount = _draw_huge_amount(draw, state, period)
    elif fault == "negative amount":
        amount = -max(CENT, draw(money_amounts()))
    elif fault == "tax period not december":
        period_text = f"{period // 100:04d}{draw(st.integers(1, 11)):02d}"
    date = draw(return_dates(due_day(period)) if tc == 150 else valid_card_dates(due_day(period)))
    if fault == "unknown tc" and draw(st.booleans()):
        date = draw(invalid_card_dates())
    card = Card(
        tin=state.tin,
        seq=seq,
        tc=tc,
        name_control=_draw_name_control(draw, state, fault),
        tax_period=period_text,
        amount=amount,
        date=date,
        data=draw(card_data(tc)),
    )
    if fault == "garbled field":
        card = draw_garbled_card(draw, card, run_year)
    if fault == "none":
        _follow(state, card)
    return card


def _draw_period(
    draw: st.DrawFn, state: _DeckState, run_year: int, fresh: bool, tc: int | Garbled
) -> int:
    """One of the account's modules, or (``fresh``, or none yet) a period it does not have.
    Mostly a period where the TC can post: for a return one without a return yet (else it is
    a duplicate, TC 976), for 290-971 one with a return (else U06)."""
    unused = [period for period in period_choices(run_year) if period not in state.modules]
    if tc == 150 and not fresh and draw(st.integers(0, 2)) > 0:
        unfiled = sorted(set(state.modules) - state.filed)
        room = unused if len(state.modules) < MAX_MODULES else []
        if unfiled or room:
            return draw(st.sampled_from(unfiled + room))
    if tc in NEEDS_RETURN_TCS and state.filed and not fresh and draw(st.integers(0, 3)) > 0:
        return draw(st.sampled_from(sorted(state.filed)))
    if state.modules and not fresh:
        return draw(st.sampled_from(sorted(state.modules)))
    return draw(st.sampled_from(unused or period_choices(run_year)))


def _draw_name_control(draw: st.DrawFn, state: _DeckState, fault: str) -> str:
    """The account's current name control, or a wrong one (U02): another, blanks, lower case,
    reversed."""
    current = state.name_control
    if fault != "wrong name control":
        return current
    wrong = draw(st.sampled_from(WRONG_NAME_CONTROLS))
    return {"lower": current.lower(), "reversed": current[::-1]}.get(wrong, wrong)


def _draw_huge_amount(draw: st.DrawFn, state: _DeckState, period: int) -> tuple[int, Decimal]:
    """A TC and an amount that overflow a field (U10, RULEBOOK §5): more tax than TAX-ASSESSED
    can hold by one cent, a credit at the field maximum, or a huge late return whose FTF
    penalty (up to 25 %) cannot fit S9(7)V99."""
    assessed = state.modules.get(period, Decimal("0.00"))
    one_cent_over = (290, min(AMOUNT_MAX, AMOUNT_MAX - assessed + CENT))
    return draw(
        st.sampled_from(
            [one_cent_over, (806, AMOUNT_MAX), (150, AMOUNT_MAX), (150, Decimal("500000000.00"))]
        )
    )


@cache
def card_data(tc: int | Garbled) -> st.SearchStrategy[CardData]:
    """The DATA area a TC reads (TRANSREC REDEFINES), with §4 name lines, ABA edges, action
    codes 010 (freeze A) and others."""
    if tc in (0, 13):
        return st.builds(EntityData, name_lines(), states(), zips())
    if tc == 14:
        return st.builds(AddressData, streets(), cities())
    if tc == 150:
        return st.builds(
            ReturnData, st.sampled_from("12340"), card_routing_numbers(), bank_accounts()
        )
    if tc == 971:
        return st.builds(ActionData, st.sampled_from(["010", "001", "999", "000"]))
    return st.just(NoData())


GARBLINGS = (
    "amount",
    "amount not numeric",
    "date",
    "tax period",
    "seq",
    "tin",
    "negative cent",
    "amount on 000",
    "zip",
    "filing status",
    "action code",
    "amount on 420",
)


def draw_garbled_card(draw: st.DrawFn, card: Card, run_year: int) -> Card:
    """The card with one field made invalid (U05, RULEBOOK §5): a non-numeric TIN, TC, SEQ,
    date or amount, an invalid date or tax period, a negative amount, a non-zero amount on a
    TC that must carry zero, a non-numeric ZIP, FILING-STATUS, BANK-RTN or ACTION-CODE.

    ``amount`` draws any :func:`card_amounts` (mostly money that is valid after all);
    ``amount not numeric`` always writes :func:`non_numeric_amounts` bytes, on whatever TC the
    card has, so that one card in a few hundred (measured: 1 in 100 to 1 in 500) is read and
    unposted with an amount the program cannot add up (4200-READ-TRANSIN, 6000-WRITE-UNPOST)."""
    how = draw(st.sampled_from(GARBLINGS))
    if how == "amount":
        return replace(card, amount=draw(card_amounts()))
    if how == "amount not numeric":
        return replace(card, amount=draw(non_numeric_amounts()))
    if how == "date":
        return replace(card, date=draw(invalid_card_dates()))
    if how == "tax period":
        return replace(card, tax_period=draw(card_tax_periods(run_year)))
    changes: dict[str, dict[str, Any]] = {
        "seq": {"seq": Garbled("00001A")},
        "tin": {"tin": card.tin[:8] + " "},
        "negative cent": {"amount": Decimal("-0.01")},
        "amount on 000": {"tc": 0, "amount": Decimal("1.00"), "data": EntityData("A<B<")},
        "zip": {"tc": 0, "data": EntityData("A<B<", zip="6270 ")},
        "filing status": {"tc": 150, "data": ReturnData("X", "021000021", "1")},
        "action code": {"tc": 971, "amount": Decimal("0.00"), "data": ActionData("01O")},
        "amount on 420": {"tc": 420, "amount": Decimal("5.00")},
    }
    return replace(card, **changes[how])


def _follow(state: _DeckState, card: Card) -> None:
    """Keep the deck's view current after a card meant to post: a 000 / 013 changes the name
    control the next cards must carry, a return or a credit creates its module. (A card that
    does not post after all, e.g. U09 or U10, only makes the next cards less likely to.)"""
    if isinstance(card.data, EntityData) and card.tc in (0, 13):
        state.name_control = name_control(card.data.name_line)
        state.on_file = True
    if card.tc in MODULE_CREATING_TCS and card.tax_period.isdigit():
        period = int(card.tax_period)
        if len(state.modules) < MAX_MODULES:
            state.modules.setdefault(period, Decimal("0.00"))
        if card.tc == 150 and isinstance(card.amount, Decimal) and period in state.modules:
            state.modules[period] += card.amount
            state.filed.add(period)


def draw_tin_group(
    draw: st.DrawFn, state: _DeckState, control: ControlCard, max_cards: int
) -> list[Card]:
    """The cards of one TIN in ascending SEQ (gaps of 1 to 3), starting with a TC 000 when the
    TIN is new (three times in four; else its cards are U01)."""
    group: list[Card] = []
    seq = draw(st.integers(1, 3))
    if not state.on_file and draw(st.integers(0, 3)) > 0:
        line = draw(name_lines())
        group.append(
            Card(state.tin, seq, 0, "    ", "000000", Decimal("0.00"), "240101", EntityData(line))
        )
        _follow(state, group[-1])
        seq += 1
    for _ in range(draw_count(draw, max_cards)):
        card = draw_card(draw, state, control, seq)
        if _is_new_return(card, group) and draw(st.integers(0, 2)) == 0:
            # A payment before its return (TC 610 first): the FTF base is net of credits.
            payment = replace(card, tc=610, amount=draw(money_amounts()), data=NoData())
            group.append(payment)
            seq += 1
            card = replace(card, seq=seq)
        group.append(card)
        seq += draw(st.integers(1, 3))
    return group


def _is_new_return(card: Card, earlier: list[Card]) -> bool:
    """A TC 150 on a tax period no earlier card of the group used."""
    return card.tc == 150 and all(other.tax_period != card.tax_period for other in earlier)


def draw_deck(
    draw: st.DrawFn,
    control: ControlCard,
    known: Sequence[KnownAccount],
    max_tins: int,
    max_cards: int,
) -> tuple[Card, ...]:
    on_file = {account.tin: account for account in known}
    picked = draw(st.permutations(sorted(on_file)))[: draw_count(draw, min(max_tins, len(on_file)))]
    new = draw(st.lists(tins(), max_size=max(1, max_tins // 2), unique=True))
    chosen = set(picked) | set(new)
    deck: list[Card] = []
    for tin in sorted(chosen):
        account = on_file.get(tin)
        state = _DeckState(tin, account is not None, "    ")
        if account is not None:
            state.name_control = account.name_control
            state.modules = dict(account.modules)
            state.filed = set(account.filed)
        group = draw_tin_group(draw, state, control, max_cards)
        if account is not None and group and draw(st.integers(0, 9)) == 9:
            group.insert(0, replace(group[0], tc=0, amount=Decimal("0.00"), seq=0))  # U03
        deck.extend(group)
    return tuple(draw_out_of_sequence(draw, deck))


@st.composite
def transaction_decks(
    draw: st.DrawFn,
    control: ControlCard,
    known: Sequence[KnownAccount],
    max_tins: int = MAX_TINS,
    max_cards: int = MAX_CARDS,
) -> tuple[Card, ...]:
    """TRANSIN: cards sorted by TIN then SEQ for accounts on file and new TINs (a TC 000 first,
    or none: U01), a TC 000 for a TIN on file (U03) now and then, and a few cards moved out of
    sequence (U09). Cards carry the name control the account will have when they are read."""
    return draw_deck(draw, control, known, max_tins, max_cards)


def draw_out_of_sequence(draw: st.DrawFn, deck: list[Card]) -> list[Card]:
    """Half the time the deck as it is; else one card moved earlier or a key repeated (U09: the
    key TIN‖SEQ is not above the highest key read, RULEBOOK §5, posting-notes M2)."""
    if len(deck) < 2 or draw(st.booleans()):
        return deck
    moved = list(deck)
    index = draw(st.integers(1, len(moved) - 1))
    if draw(st.booleans()):
        card = moved.pop(index)
        moved.insert(draw(st.integers(0, index - 1)), card)
    else:
        moved.insert(index, replace(moved[index - 1], amount=Decimal("0.00")))
    return moved


# ---------------------------------------------------------------------------------------------
# runs


def draw_posting_run(draw: st.DrawFn, max_accounts: int, max_cards: int) -> Run:
    control = draw(control_cards())
    master = draw_master(draw, control, max_accounts)
    known = [KnownAccount.of(account) for account in master]
    return Run(control, master, draw_deck(draw, control, known, MAX_TINS, max_cards))


@st.composite
def posting_runs(
    draw: st.DrawFn, max_accounts: int = MAX_ACCOUNTS, max_cards: int = MAX_CARDS
) -> Run:
    """A run that completes (return code 0 or 4): a valid control card, a valid master file
    and a deck aimed at it."""
    return draw_posting_run(draw, max_accounts, max_cards)


ABEND_CAUSES = (
    "CONTROL CARD INVALID",
    "MASTIN MISSING",
    "TRANSIN MISSING",
    "MASTIN SHORT RECORD",
    "TRANSIN SHORT RECORD",
    "MASTIN OUT OF SEQUENCE",
    "MASTIN INVALID RECORD",
)
"""The abend causes of RULEBOOK §7, in the order POSTING.cbl checks them (1000-INITIALIZE)."""


def draw_abend_run(draw: st.DrawFn, cause: str | None = None) -> Run:
    """A run that abends with ``cause`` (drawn first when None: a cause is never left to how
    Hypothesis spreads its draws over nested choices, measured with 6.170: 60 % of the draws of
    a family-then-variant tree were CONTROL CARD INVALID, 4 % TRANSIN SHORT RECORD)."""
    if cause is None:
        cause = draw(st.sampled_from(ABEND_CAUSES))
    run = draw_posting_run(draw, 3, 3)
    if cause == "CONTROL CARD INVALID":
        if draw(st.integers(0, 3)) == 0:
            return replace(run, missing=("CONTROL",))
        return replace(run, control=draw(invalid_control_cards()))
    if cause in ("MASTIN MISSING", "TRANSIN MISSING"):
        return replace(run, missing=(cause.split()[0],))
    if cause in ("MASTIN SHORT RECORD", "TRANSIN SHORT RECORD"):
        # A short last record needs a record to cut: an empty file stays empty.
        if cause.startswith("MASTIN") and not run.master:
            run = replace(run, master=(Account(),))
        if cause.startswith("TRANSIN") and not run.deck:
            run = replace(run, deck=(Card("666000001", 1, 610),))
        return replace(run, cut=((cause.split()[0], draw(st.integers(1, 99))),))
    if cause not in ABEND_CAUSES:
        raise ValueError(f"no abend cause {cause!r}; known: {', '.join(ABEND_CAUSES)}")
    return replace(run, master=_draw_broken_master(draw, run, cause))


@cache
def abend_runs(cause: str | None = None) -> st.SearchStrategy[Run]:
    """Runs that must abend (RULEBOOK §7) with ``cause`` (:data:`ABEND_CAUSES`), or with any
    cause, drawn first: an invalid control card or a missing CONTROL, a missing MASTIN or
    TRANSIN, a short record, a master out of sequence or with an invalid record (non-numeric
    TIN, MODULE-COUNT above 4 or not numeric)."""

    @st.composite
    def drawn(draw: st.DrawFn) -> Run:
        return draw_abend_run(draw, cause)

    return drawn()


def _draw_broken_master(draw: st.DrawFn, run: Run, cause: str) -> tuple[Account, ...]:
    master = list(run.master) or [Account()]
    index = draw(st.integers(0, len(master) - 1))
    if cause == "MASTIN OUT OF SEQUENCE":
        return _broken_master(master, index, "sequence")
    return _broken_master(master, index, draw(st.sampled_from(["tin", "count", "count letter"])))


def _broken_master(master: list[Account], index: int, fault: str) -> tuple[Account, ...]:
    """``master`` with account ``index`` repeated (``sequence``) or made invalid."""
    broken = list(master)
    if fault == "sequence":
        broken.insert(index + 1, replace(broken[index], modules=()))  # a repeated TIN
    elif fault == "tin":
        broken[index] = replace(broken[index], tin="66600000 ")
    else:
        broken[index] = replace(broken[index], module_count="5" if fault == "count" else "X")
    return tuple(broken)


def pinned_abend_runs() -> tuple[Run, ...]:
    """One small run per abend cause of RULEBOOK §7 and per variant :func:`abend_runs` draws
    (every invalid CONTROL file, each missing input, each short input, each bad master), so
    that the abend property checks every one on every test run, whatever Hypothesis draws."""
    base = Run(
        ControlCard(),
        master=(Account(tin="000000007"), Account(tin="666000001")),
        deck=(Card("666000001", 1, 610, amount=Decimal("100.00")),),
    )
    pinned = [
        replace(base, control=RawControl(text)) for kind in INVALID_CONTROL_KINDS for text in kind
    ]
    pinned += [replace(base, missing=(ddname,)) for ddname in ("CONTROL", "MASTIN", "TRANSIN")]
    pinned += [replace(base, cut=((ddname, 1),)) for ddname in ("MASTIN", "TRANSIN")]
    pinned += [
        replace(base, master=_broken_master(list(base.master), 1, fault))
        for fault in ("sequence", "tin", "count", "count letter")
    ]
    return tuple(pinned)


# ---------------------------------------------------------------------------------------------
# I/O faults


def draw_output_fault(draw: st.DrawFn, taken: Sequence[str] = ()) -> tuple[str, OutputFault]:
    """A broken output: a full device (its first WRITE fails), a missing folder or a folder in
    the way (its OPEN fails).

    A full REPORT fails only when stdio flushes its 4 KiB buffer (GnuCOBOL reports nothing
    for the lines before); the report is always longer than that (67 lines, 4,508 bytes even
    for an empty run), so the run always abends on it, as the modern engine does."""
    ddname = draw(st.sampled_from([dd for dd in OUTPUT_DDNAMES if dd not in taken]))
    return ddname, draw(st.sampled_from(OUTPUT_FAULTS))


@st.composite
def output_faults(draw: st.DrawFn) -> tuple[str, OutputFault]:
    """One broken output (:func:`draw_output_fault`)."""
    return draw_output_fault(draw)


def draw_fault_run(draw: st.DrawFn, max_accounts: int, max_cards: int) -> Run:
    """A posting run that meets one or two I/O faults: an input that cannot be read (a folder
    in place of CONTROL, MASTIN or TRANSIN) or broken outputs (:func:`draw_output_fault`).
    Two faults show which one POSTING.cbl meets first."""
    run = draw_posting_run(draw, max_accounts, max_cards)
    if draw(st.integers(0, 3)) == 0:
        unreadable = draw(st.sampled_from(("MASTIN", "TRANSIN", "CONTROL")))
        return replace(run, unreadable=(unreadable,))
    faults = [draw_output_fault(draw)]
    if draw(st.integers(0, 2)) == 0:
        faults.append(draw_output_fault(draw, taken=[faults[0][0]]))
    return replace(run, faults=tuple(faults))


@st.composite
def fault_runs(
    draw: st.DrawFn, max_accounts: int = MAX_ACCOUNTS, max_cards: int = MAX_CARDS
) -> Run:
    """Posting runs with I/O faults (:func:`draw_fault_run`)."""
    return draw_fault_run(draw, max_accounts, max_cards)


@st.composite
def runs(draw: st.DrawFn, max_accounts: int = MAX_ACCOUNTS, max_cards: int = MAX_CARDS) -> Run:
    """Posting runs, and (about one in ten) a run that abends. A failing abend run shrinks to a
    posting run when the posting run fails too (the abend branch is the last value)."""
    if draw(st.integers(0, 9)) == 9:
        return draw_abend_run(draw)
    return draw_posting_run(draw, max_accounts, max_cards)


def known_accounts(mastout: bytes) -> list[KnownAccount]:
    """The accounts of a MASTOUT file, for the deck of the week that follows."""
    return [KnownAccount.from_record(raw) for raw in _records(mastout, 514)]


def _records(data: bytes, length: int) -> Iterable[bytes]:
    return (data[start : start + length] for start in range(0, len(data), length))
