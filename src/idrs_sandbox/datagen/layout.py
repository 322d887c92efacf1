"""Bytes of the three input records: CTLCARD (80), TAXACCT (514) and TRANSREC (100).

Field order and widths follow the copybooks in ``legacy/copybooks`` (RULEBOOK §2). Numeric fields
go through ``idrs_sandbox.records.numeric`` (COMP-3 and signed zoned), built once per field shape.
Money is carried as integer cents: COMP-3 bytes hold no decimal point, so the bytes of 12345 cents
in an ``S9(9)V99`` field are the bytes of the integer 12345 in an 11-digit field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from idrs_sandbox.datagen.namecontrol import name_control
from idrs_sandbox.records.numeric import packed_codec, zoned_codec, zoned_encode

CTLCARD_LENGTH = 80
TRANSREC_LENGTH = 100
TAXACCT_LENGTH = 514
MODULE_LENGTH = 86
MAX_MODULES = 4
CARD_DATA_WIDTH = 55

# S9(9)V99 COMP-3 (TAX-ASSESSED, CREDITS, BALANCE) and S9(7)V99 COMP-3 (FTF, FTP, INTEREST).
_PACKED_11 = packed_codec(11, 0, True)
_PACKED_9 = packed_codec(9, 0, True)
# S9(9)V99 signed zoned DISPLAY: the card AMOUNT (trailing embedded sign, ASCII overpunch).
_ZONED_AMOUNT = zoned_codec(11, 0, True)

MAX_MONEY_11 = 10**11 - 1
"""Largest S9(9)V99 value, in cents (999,999,999.99)."""
MAX_MONEY_9 = 10**9 - 1
"""Largest S9(7)V99 value, in cents (9,999,999.99)."""


_PACKED_11_ZERO = _PACKED_11.encode(Decimal(0))
_PACKED_9_ZERO = _PACKED_9.encode(Decimal(0))


def _packed_11(cents: int) -> bytes:
    # Most penalty and interest fields are zero: skip the codec for them (speed only).
    return _PACKED_11.encode(Decimal(cents)) if cents else _PACKED_11_ZERO


def _packed_9(cents: int) -> bytes:
    return _PACKED_9.encode(Decimal(cents)) if cents else _PACKED_9_ZERO


def amount_text(cents: int) -> str:
    """The 11 card bytes of TR-AMOUNT (S9(9)V99 zoned) for ``cents``; negatives are overpunched."""
    return _ZONED_AMOUNT.encode(Decimal(cents)).decode("ascii")


def packed_money(cents: int) -> bytes:
    """S9(9)V99 COMP-3 bytes (6) of ``cents``."""
    return _PACKED_11.encode(Decimal(cents))


def packed_small_money(cents: int) -> bytes:
    """S9(7)V99 COMP-3 bytes (5) of ``cents``."""
    return _PACKED_9.encode(Decimal(cents))


def control_card(cycle: int, run_date: int, interest_rate: Decimal) -> bytes:
    """CTLCARD: RUN-CYCLE 9(6), RUN-DATE 9(8), INTEREST-RATE 9V9(4) (0.0800 -> ``00800``)."""
    rate = zoned_encode(interest_rate, 5, 4, False)
    return f"{cycle:06d}{run_date:08d}".encode("ascii") + rate + b" " * 61


@dataclass(slots=True)
class Module:
    """One TA-MODULE occurrence. Money in cents; dates as ``YYYYMMDD`` integers (0 = none)."""

    tax_year: int
    status: int = 0
    status_cycle: int = 0
    freeze_a: bool = False
    freeze_l: bool = False
    freeze_r: bool = False
    return_date: int = 0
    assessed: int = 0
    credits: int = 0
    ftf: int = 0
    ftp: int = 0
    interest: int = 0
    interest_date: int = 0
    last_notice: str = ""
    notice_cycle: int = 0
    last_tc: int = 0
    last_activity: str = "000000"

    @property
    def balance(self) -> int:
        """RULEBOOK §2 invariant: ASSESSED + FTF + FTP + INTEREST − CREDITS."""
        return self.assessed + self.ftf + self.ftp + self.interest - self.credits

    @property
    def tax_period(self) -> int:
        return self.tax_year * 100 + 12


@dataclass(slots=True)
class Account:
    """One TAXACCT master record (the name control is derived from the name line, §4)."""

    tin: int
    name_line: str
    street: str
    city: str
    state: str
    zip_code: str
    filing_status: int = 0
    bank_rtn: str = "000000000"
    bank_acct: str = ""
    established_cycle: int = 0
    last_update_cycle: int = 0
    modules: list[Module] = field(default_factory=list)
    _name_control: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def name_control(self) -> str:
        """RULEBOOK §4, from the 35-byte NAME-LINE field (computed once: it runs per account)."""
        if self._name_control is None or self._name_control[0] != self.name_line:
            self._name_control = (self.name_line, name_control(f"{self.name_line:35.35}"))
        return self._name_control[1]


def _flag(is_set: bool, letter: str) -> str:
    return letter if is_set else " "


def encode_module(m: Module) -> bytes:
    """The 86 bytes of one used TA-MODULE."""
    head = (
        f"{m.tax_period:06d}{m.status:02d}{m.status_cycle:06d}"
        f"{_flag(m.freeze_a, 'A')}{_flag(m.freeze_l, 'L')}{_flag(m.freeze_r, 'R')}"
        f"{m.return_date:08d}"
    )
    tail = (
        f"{m.interest_date:08d}{m.last_notice:5.5}{m.notice_cycle:06d}"
        f"{m.last_tc:03d}{m.last_activity:6.6}"
    )
    return b"".join(
        (
            head.encode("ascii"),
            _packed_11(m.assessed),
            _packed_11(m.credits),
            _packed_9(m.ftf),
            _packed_9(m.ftp),
            _packed_9(m.interest),
            _packed_11(m.balance),
            tail.encode("ascii"),
        )
    )


# RULEBOOK §2 "empty form": alphanumeric spaces, DISPLAY numerics '0', packed positive zero (C).
EMPTY_MODULE = b"".join(
    (
        b"00000000000000   00000000",
        _PACKED_11_ZERO * 2,
        _PACKED_9_ZERO * 3,
        _PACKED_11_ZERO,
        b"00000000     000000000000000",
    )
)
_FILLER = b" " * 20


def encode_account(a: Account, module_bytes: list[bytes] | None = None) -> bytes:
    """The 514 bytes of a TAXACCT record; module slots above MODULE-COUNT in empty form.

    ``module_bytes`` are the modules already encoded (by :func:`encode_module`), if at hand.
    """
    if len(a.modules) > MAX_MODULES:
        raise ValueError(f"TIN {a.tin:09d}: {len(a.modules)} modules, at most {MAX_MODULES}")
    name_line = f"{a.name_line:35.35}"
    head = (
        f"{a.tin:09d}{a.name_control}{name_line}{a.street:35.35}{a.city:20.20}"
        f"{a.state:2.2}{a.zip_code:5.5}{a.filing_status:01d}{a.bank_rtn:9.9}{a.bank_acct:17.17}"
        f"{a.established_cycle:06d}{a.last_update_cycle:06d}{len(a.modules)}"
    )
    parts = [head.encode("ascii")]
    parts.extend(module_bytes if module_bytes is not None else map(encode_module, a.modules))
    parts.extend([EMPTY_MODULE] * (MAX_MODULES - len(a.modules)))
    parts.append(_FILLER)
    return b"".join(parts)
