"""Bytes of the three input records: CTLCARD, TAXACCT and TRANSREC, from the project copybooks.

Every record length, field width, position and numeric encoding comes from the layouts of
``legacy/copybooks`` (``cobol.copybook.load_copybook``), compiled once by the record layer
(``records.compiled``): nothing here spells a size. The copybooks are read the first time a
record is built (:func:`records_of_the_run`), not when the package is imported, because parsing
them takes about a second and most ``idrs`` commands never generate.

Datagen shares only the layouts with the engines: its name controls, ABA checks and dates are its
own (RULEBOOK §3-§4), so test data cannot inherit an engine's bug. Money is carried as integer
cents and stored through the field's own codec (``Decimal(cents).scaleb(-2)`` in S9(9)V99).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import pairwise
from typing import Any

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.datagen.namecontrol import name_control
from idrs_sandbox.records.compiled import CompiledField, CompiledLayout, compile_layout
from idrs_sandbox.records.posting import TRANSREC_PARTS

_CARD = TRANSREC_PARTS
_CONTROL = (
    "CTL-RUN-YEAR",
    "CTL-RUN-WEEK",
    "CTL-RUN-DATE-YYYY",
    "CTL-RUN-DATE-MM",
    "CTL-RUN-DATE-DD",
    "CTL-INTEREST-RATE",
)


def _text(item: CompiledField) -> Callable[[Any], str]:
    """``%-N.Ns``: a text padded and cut to the field, as a MOVE stores it."""
    return f"%-{item.size}.{item.size}s".__mod__


def _digits(item: CompiledField) -> Callable[[Any], str]:
    """``%0Nd``: an unsigned integer in the field's digits."""
    return f"%0{item.size}d".__mod__


@dataclass(frozen=True)
class RunRecords:
    """The run's input records, compiled from the copybooks, and what datagen derives from them:
    lengths, the module table, the card's text template and each field's text form."""

    control: CompiledLayout
    account: CompiledLayout
    module: CompiledLayout
    card: CompiledLayout
    max_modules: int = field(init=False)
    max_money: int = field(init=False)
    """The largest S9(9)V99 amount (TR-AMOUNT, TA-TAX-ASSESSED, TA-CREDITS) in cents."""

    def __post_init__(self) -> None:
        table = self.account["TA-MODULE"]
        amount = self.card["TR-AMOUNT"].item.picture
        assert amount is not None
        object.__setattr__(self, "max_modules", table.occurs[0].count)
        object.__setattr__(self, "max_money", 10**amount.digits - 1)


@cache
def records_of_the_run() -> RunRecords:
    """The compiled CTLCARD, TAXACCT (and one TA-MODULE slot) and TRANSREC (loaded once)."""
    account = compile_layout(load_copybook("TAXACCT"))
    return RunRecords(
        control=compile_layout(load_copybook("CTLCARD")),
        account=account,
        module=account.part("TA-MODULE"),
        card=compile_layout(load_copybook("TRANSREC")),
    )


class CardText:
    """TRANSREC as text, field by field (the generator builds a million cards as ``str``: one
    ``%`` per card). Every width comes from the layout; numeric fields that a card gets wrong
    on purpose (``00012A``) are given as text."""

    def __init__(self, records: RunRecords) -> None:
        card = records.card
        for before, after in pairwise(_CARD):
            if card[before].offset + card[before].size != card[after].offset:
                raise ValueError(f"{after} does not follow {before} in {card.name}")
        data = card["TR-DATA"]
        # Every field but TR-DATA is built at its width (the writer checks each batch's length);
        # TR-DATA is padded and cut as a MOVE to X(55) would.
        self.template = "%s" * (len(_CARD) - 1) + f"%-{data.size}.{data.size}s"
        self.size = card.size
        self.tin = _digits(card["TR-TIN"])
        self.seq = _digits(card["TR-SEQ"])
        self.name_line = _text(card["TR-NAME-LINE"])
        self.state = _text(card["TR-STATE"])
        self.street = _text(card["TR-STREET"])
        self.city = _text(card["TR-CITY"])
        self.bank_rtn = _text(card["TR-BANK-RTN"])
        self.bank_acct = _text(card["TR-BANK-ACCT"])
        self.period_width = card["TR-TAX-PERIOD"].size
        self.no_period = "0" * self.period_width
        amount = card["TR-AMOUNT"]
        picture = amount.item.picture
        assert picture is not None
        self._amount = amount.encode
        self._scale = picture.scale
        self.zero = self.amount(0)
        # The ASCII overpunch of -0 in the last digit ('p'): numeric, and "-0 is zero" (§5).
        self.negative_zero = self.zero[:-1] + "p"

    def amount(self, cents: int) -> str:
        """TR-AMOUNT (S9(9)V99, trailing overpunched sign) of ``cents`` as text."""
        return self._amount(Decimal(cents).scaleb(-self._scale)).decode("ascii")

    def entity_data(self, name_line: str, state: str, zip_code: str) -> str:
        """TR-ENTITY-DATA (TC 000 and 013): NAME-LINE, STATE, ZIP (given as text: it may be bad)."""
        return self.name_line(name_line) + self.state(state) + zip_code

    def address_data(self, street: str, city: str) -> str:
        """TR-ADDRESS-DATA (TC 014)."""
        return self.street(street) + self.city(city)

    def return_data(self, filing_status: int, bank_rtn: str, bank_acct: str) -> str:
        """TR-RETURN-DATA (TC 150): FILING-STATUS, BANK-RTN, BANK-ACCT."""
        return f"{filing_status}{self.bank_rtn(bank_rtn)}{self.bank_acct(bank_acct)}"

    def card(self, *fields: str) -> str:
        """The card of TIN, NAME-CONTROL, TC, TAX-PERIOD, AMOUNT, TRANS-DATE, SEQ and DATA."""
        return self.template % fields


@cache
def card_text() -> CardText:
    return CardText(records_of_the_run())


def amount_text(cents: int) -> str:
    """The card bytes of TR-AMOUNT for ``cents``; negatives are overpunched."""
    return card_text().amount(cents)


def control_card(cycle: int, run_date: int, interest_rate: Decimal) -> bytes:
    """CTLCARD: RUN-CYCLE ``YYYYCC``, RUN-DATE ``YYYYMMDD``, INTEREST-RATE 9V9(4)
    (0.0800 is stored ``00800``); the FILLER in its empty form (spaces)."""
    control = records_of_the_run().control
    year, week = divmod(cycle, 100)
    date = (run_date // 10000, run_date // 100 % 100, run_date % 100)
    return control.writer(*_CONTROL)(None, year, week, *date, interest_rate)


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
        """RULEBOOK §4, from the NAME-LINE field as stored (computed once: it runs per account)."""
        if self._name_control is None or self._name_control[0] != self.name_line:
            stored = account_text().name_line(self.name_line)
            self._name_control = (self.name_line, name_control(stored))
        return self._name_control[1]


class AccountText:
    """TAXACCT's writers: the fields before the module table, one module slot, and the bytes
    around them (empty slots, the FILLER), all from the layout."""

    def __init__(self, records: RunRecords) -> None:
        account, module = records.account, records.module
        table = account["TA-MODULE"]
        self.max_modules = records.max_modules
        self.name_line = _text(account["TA-NAME-LINE"])
        self._head = account.writer(*account.scalar_names())
        self._module = module.writer(*module.scalar_names())
        self._table_at = table.offset
        self._empty_slot = module.empty()
        self._after_table = account.empty()[table.offset + table.size * self.max_modules :]
        assert account.size == table.offset + len(self._empty_slot) * self.max_modules + len(
            self._after_table
        )

    def module(self, m: Module) -> bytes:
        """The bytes of one used TA-MODULE slot."""
        return self._module(
            None,
            m.tax_period,
            m.status,
            m.status_cycle,
            "A" if m.freeze_a else " ",
            "L" if m.freeze_l else " ",
            "R" if m.freeze_r else " ",
            m.return_date,
            _money(m.assessed),
            _money(m.credits),
            _money(m.ftf),
            _money(m.ftp),
            _money(m.interest),
            _money(m.balance),
            m.interest_date,
            m.last_notice,
            m.notice_cycle,
            m.last_tc,
            int(m.last_activity),
        )

    def account(self, a: Account, module_bytes: list[bytes] | None = None) -> bytes:
        """The TAXACCT record; module slots above MODULE-COUNT in empty form (RULEBOOK §2)."""
        if len(a.modules) > self.max_modules:
            raise ValueError(f"TIN {a.tin}: {len(a.modules)} modules, at most {self.max_modules}")
        head = self._head(
            None,
            a.tin,
            a.name_control,
            a.name_line,
            a.street,
            a.city,
            a.state,
            int(a.zip_code),
            a.filing_status,
            int(a.bank_rtn),
            a.bank_acct,
            a.established_cycle,
            a.last_update_cycle,
            len(a.modules),
        )
        parts = [head[: self._table_at]]
        parts.extend(module_bytes if module_bytes is not None else map(self.module, a.modules))
        parts.extend([self._empty_slot] * (self.max_modules - len(a.modules)))
        parts.append(self._after_table)
        return b"".join(parts)


def _money(cents: int) -> Decimal:
    # Exact: an integer number of cents scaled by 10**-2 (every money field is V99).
    return Decimal(cents).scaleb(-2)


@cache
def account_text() -> AccountText:
    return AccountText(records_of_the_run())


def encode_module(m: Module) -> bytes:
    """The bytes of one used TA-MODULE slot."""
    return account_text().module(m)


def encode_account(a: Account, module_bytes: list[bytes] | None = None) -> bytes:
    """The TAXACCT record of ``a``; ``module_bytes`` are its modules already encoded (by
    :func:`encode_module`), if at hand."""
    return account_text().account(a, module_bytes)


def __getattr__(name: str) -> int:
    """``TAXACCT_LENGTH`` and friends, from the layouts, for callers outside datagen (read on
    first use: the copybooks are not parsed at import)."""
    sizes: dict[str, Callable[[RunRecords], int]] = {
        "CTLCARD_LENGTH": lambda r: r.control.size,
        "TAXACCT_LENGTH": lambda r: r.account.size,
        "TRANSREC_LENGTH": lambda r: r.card.size,
        "MODULE_LENGTH": lambda r: r.module.size,
        "MAX_MODULES": lambda r: r.max_modules,
    }
    if name in sizes:
        return sizes[name](records_of_the_run())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
