"""The run's data: control card, transaction, account and module, and the records it writes.

Field names follow the copybooks without their prefixes (``TA-TAX-ASSESSED`` → ``tax_assessed``).
Identifiers that are only ever copied or compared (TIN, ZIP, routing number) stay text; values
the run computes with are ``int`` (dates, periods, cycles) or ``Decimal`` (money).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple, Protocol, TypeVar, cast, final

from idrs_sandbox.modern.codes import (
    ModuleStatus,
    NoticeCode,
    RefundMethod,
    TransactionCode,
    UnpostableCode,
)
from idrs_sandbox.modern.layouts import TRANSREC
from idrs_sandbox.modern.money import ZERO

MAX_MODULES = 4
"""TA-MODULE OCCURS 4 TIMES."""

NO_NOTICE = "     "
"""TA-LAST-NOTICE of a module that has had no notice (TA-NO-NOTICE: spaces)."""

_Record = TypeVar("_Record", bound=tuple[Any, ...])


class _RecordBuilder(Protocol):
    def __call__(self, kind: type[_Record], values: tuple[Any, ...], /) -> _Record: ...


new_record = cast(_RecordBuilder, tuple.__new__)
"""``new_record(Transaction, (image, key, ...))``: a NamedTuple built from its values in field
order by ``tuple.__new__`` itself. The hot decoders use it because a NamedTuple's generated
``__new__`` is a Python function: calling it costs about 2.5 times as much (measured, issue 13,
session 5), more than the rest of a card's decode. The values are not type-checked here: each
call site lists them in field order, and the tests compare the records built."""

# Records that never change after they are built (a card, a notice, a refund, an unpostable,
# a generated TC) are NamedTuples: immutable, and the cheapest objects to build, which matters
# for millions of them (a frozen dataclass costs about six times as much). Accounts and modules
# change as cards post: plain slotted dataclasses.


@dataclass(frozen=True, slots=True)
class ControlCard:
    """CTLCARD: the run's cycle, date and annual interest rate (RULEBOOK §2)."""

    run_cycle: int
    run_date: int
    interest_rate: Decimal


def _in_data(name: str) -> slice:
    """Where a field of a TR-DATA redefinition sits inside the 55-character DATA area."""
    data, item = TRANSREC.field("TR-DATA"), TRANSREC.field(name)
    return slice(item.offset - data.offset, item.offset - data.offset + item.size)


_NAME_LINE, _STATE, _ZIP = _in_data("TR-NAME-LINE"), _in_data("TR-STATE"), _in_data("TR-ZIP")
_STREET, _CITY = _in_data("TR-STREET"), _in_data("TR-CITY")
_FILING_STATUS, _BANK_RTN = _in_data("TR-FILING-STATUS"), _in_data("TR-BANK-RTN")
_BANK_ACCT, _ACTION_CODE = _in_data("TR-BANK-ACCT"), _in_data("TR-ACTION-CODE")


@final
class Transaction(NamedTuple):
    """TRANSREC, one card as read, every field decoded. A numeric field that is not numeric on
    the card is ``None``; ``validation.check_card`` turns a card that passes into an
    :class:`EntityCard` or a :class:`ModuleCard`. The run reads its cards through
    ``recordio.decode_card``, which judges the common shapes without building this first; a
    card it cannot judge on the fast path goes through this one (``recordio.decode_transaction``).

    ``image`` is the whole card (UNPOST copies it); ``key`` is TIN‖SEQ as bytes, the
    sequence key of U09. ``data`` is the DATA area, which each TC redefines (the
    properties below are TRANSREC's REDEFINES views).
    """

    image: bytes
    key: bytes
    tin_and_seq_numeric: bool
    tin: str
    name_control: str
    tc: int | None
    tax_period: int | None
    amount: Decimal | None
    trans_date: int | None
    data: str

    @property
    def name_line(self) -> str:
        return self.data[_NAME_LINE]

    @property
    def state(self) -> str:
        return self.data[_STATE]

    @property
    def zip(self) -> str:
        return self.data[_ZIP]

    @property
    def street(self) -> str:
        return self.data[_STREET]

    @property
    def city(self) -> str:
        return self.data[_CITY]

    @property
    def filing_status(self) -> str:
        return self.data[_FILING_STATUS]

    @property
    def bank_rtn(self) -> str:
        return self.data[_BANK_RTN]

    @property
    def bank_acct(self) -> str:
        return self.data[_BANK_ACCT]

    @property
    def action_code(self) -> str:
        return self.data[_ACTION_CODE]


@final
class EntityCard(NamedTuple):
    """A card of an entity TC (000, 013, 014) that passed U05 and U04: every field it needs
    typed. Entity TCs carry no tax period (U05 does not look at it): ``tax_period`` is the
    number on the card, ``None`` when it is not numeric."""

    image: bytes
    key: bytes
    tin: str
    name_control: str
    tc: TransactionCode
    tax_period: int | None
    amount: Decimal
    trans_date: int
    data: str

    @property
    def name_line(self) -> str:
        return self.data[_NAME_LINE]

    @property
    def state(self) -> str:
        return self.data[_STATE]

    @property
    def zip(self) -> str:
        return self.data[_ZIP]

    @property
    def street(self) -> str:
        return self.data[_STREET]

    @property
    def city(self) -> str:
        return self.data[_CITY]


@final
class ModuleCard(NamedTuple):
    """A card of a module-level TC that passed U05 and U04: a valid tax period, a numeric amount
    not below zero, a valid date (its six YYMMDD digits as an int), the TC as an enum member.
    The same fields, in the same order, as :class:`EntityCard`."""

    image: bytes
    key: bytes
    tin: str
    name_control: str
    tc: TransactionCode
    tax_period: int
    amount: Decimal
    trans_date: int
    data: str

    @property
    def filing_status(self) -> str:
        return self.data[_FILING_STATUS]

    @property
    def bank_rtn(self) -> str:
        return self.data[_BANK_RTN]

    @property
    def bank_acct(self) -> str:
        return self.data[_BANK_ACCT]

    @property
    def action_code(self) -> str:
        return self.data[_ACTION_CODE]


@final
class InvalidCard(NamedTuple):
    """A card that failed U05 or U04 on its own (``upc``): what the run still needs of it, the
    image UNPOST copies, the sequence key, the TIN of the merge and the amount the report adds
    (``None`` when it is not numeric)."""

    image: bytes
    key: bytes
    tin: str
    amount: Decimal | None
    upc: UnpostableCode


ValidCard = EntityCard | ModuleCard
"""A card that passed the checks of the card alone (U05, U04): what posting and the report use."""

Card = EntityCard | ModuleCard | InvalidCard
"""A card as ``recordio.read_cards`` yields it: judged on its own as it is read, so that the run
meets one object per card (issue 13, session 7)."""


@dataclass(slots=True)
class Module:
    """One tax period of an account (TAXACCT TA-MODULE). Invariant: ``balance`` is
    ``tax_assessed + ftf_penalty + ftp_penalty + interest - credits``."""

    tax_period: int
    status: int = ModuleStatus.NONE
    status_cycle: int = 0
    freeze_a: str = " "
    freeze_l: str = " "
    freeze_r: str = " "
    return_date: int = 0
    tax_assessed: Decimal = ZERO
    credits: Decimal = ZERO
    ftf_penalty: Decimal = ZERO
    ftp_penalty: Decimal = ZERO
    interest: Decimal = ZERO
    balance: Decimal = ZERO
    interest_date: int = 0
    last_notice: str = NO_NOTICE
    notice_cycle: int = 0
    last_tc: int = 0
    last_activity: int = 0

    stored: StoredModule | None = field(default=None, compare=False, repr=False)
    """The slot's bytes and values as read from MASTIN (None for a new module). A part of the slot
    whose values did not change is written back as the very bytes read, as POSTING.cbl keeps the
    bytes of a field it does not store into (posting-notes P5, P6): a money field counts as
    changed when it holds a new ``Decimal`` object, i.e. when the run stored into it."""

    @property
    def return_posted(self) -> bool:
        return self.return_date != 0

    # A freeze byte is the letter when the run sets it and a space when it releases it; any
    # byte but a space counts as set (posting-notes E2), and an odd byte read from MASTIN stays.
    @property
    def frozen_a(self) -> bool:
        return self.freeze_a != " "

    @property
    def frozen_l(self) -> bool:
        return self.freeze_l != " "

    @property
    def frozen_r(self) -> bool:
        return self.freeze_r != " "

    def values(self) -> ModuleValues:
        """Every field, in TA-MODULE order."""
        return (
            self.tax_period,
            self.status,
            self.status_cycle,
            self.freeze_a,
            self.freeze_l,
            self.freeze_r,
            self.return_date,
            self.tax_assessed,
            self.credits,
            self.ftf_penalty,
            self.ftp_penalty,
            self.interest,
            self.balance,
            self.interest_date,
            self.last_notice,
            self.notice_cycle,
            self.last_tc,
            self.last_activity,
        )


ModuleValues = tuple[
    int, int, int, str, str, str, int,  # TAX-PERIOD .. RETURN-DATE
    Decimal, Decimal, Decimal, Decimal, Decimal, Decimal,  # the six COMP-3 money fields
    int, str, int, int, int,  # INTEREST-DATE .. LAST-ACTIVITY
]  # fmt: skip


AccountValues = tuple[str, str, str, str, str, str, str, str, str, str, int, int, int]


class StoredAccount(NamedTuple):
    """The head of a master record as read from MASTIN: its decoded values and its bytes."""

    values: AccountValues
    raw: bytes


class StoredModule(NamedTuple):
    """A module slot as read from MASTIN: its decoded values and its bytes."""

    values: ModuleValues
    raw: bytes


@dataclass(slots=True)
class Account:
    """TAXACCT, one taxpayer (RULEBOOK §2). ``modules`` stay in ascending tax period."""

    tin: str
    name_control: str = "    "
    name_line: str = ""
    street: str = ""
    city: str = ""
    state: str = ""
    zip: str = "00000"
    filing_status: str = "0"
    bank_rtn: str = "000000000"
    bank_acct: str = ""
    established_cycle: int = 0
    last_update_cycle: int = 0
    modules: list[Module] = field(default_factory=list)
    filler: bytes = b" " * 20
    stored: StoredAccount | None = field(default=None, compare=False, repr=False)
    """The record's fields before the modules, as read from MASTIN (None for a new account)."""

    def head_values(self) -> AccountValues:
        """The fields before the module table, in TAXACCT order (MODULE-COUNT last)."""
        return (
            self.tin,
            self.name_control,
            self.name_line,
            self.street,
            self.city,
            self.state,
            self.zip,
            self.filing_status,
            self.bank_rtn,
            self.bank_acct,
            self.established_cycle,
            self.last_update_cycle,
            len(self.modules),
        )

    def module_for(self, tax_period: int | None) -> Module | None:
        for module in self.modules:
            if module.tax_period == tax_period:
                return module
        return None


class Notice(NamedTuple):
    """NOTICE: a balance-due notice (RULEBOOK §2, §6)."""

    tin: str
    code: NoticeCode
    tax_period: int
    name_line: str
    street: str
    city: str
    state: str
    zip: str
    balance_due: Decimal
    ftp_this: Decimal
    interest_this: Decimal
    cycle: int
    respond_by: int


class Refund(NamedTuple):
    """REFUND: a refund order (RULEBOOK §2, §6)."""

    tin: str
    tax_period: int
    amount: Decimal
    method: RefundMethod
    bank_rtn: str
    bank_acct: str
    name_line: str
    street: str
    city: str
    state: str
    zip: str
    cycle: int


class Unpostable(NamedTuple):
    """UNPOST: a card that did not post, with its code (RULEBOOK §2, §5)."""

    image: bytes
    code: UnpostableCode
    cycle: int


class Generated(NamedTuple):
    """A transaction the run generates itself (TC 166/196/276/706/826/846), for the report."""

    tc: TransactionCode
    amount: Decimal
