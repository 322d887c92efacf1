"""Validation of one card, in the order of RULEBOOK §5: the first failing check names the UPC.

U09 (sequence) is checked by the run itself because it moves the high-water key; U10 (overflow)
by posting, because it needs the new values. Everything in between lives here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from idrs_sandbox.modern.codes import (
    CREATES_MODULE_TCS,
    ENTITY_TCS,
    INPUT_TC_BY_CODE,
    NEEDS_RETURN_TCS,
    TC,
    UPC,
    ZERO_AMOUNT_TCS,
    TransactionCode,
    UnpostableCode,
)
from idrs_sandbox.modern.dates import FIRST_VALID_YEAR, is_valid_card_date
from idrs_sandbox.modern.layouts import TRANSREC
from idrs_sandbox.modern.model import (
    MAX_MODULES,
    Account,
    EntityCard,
    Module,
    ModuleCard,
    Transaction,
    ValidCard,
    new_record,
)
from idrs_sandbox.modern.money import ZERO

_Value = TypeVar("_Value")

LAST_TAX_YEAR = 2098
"""A tax period's due date falls in the next year, which must still be a valid year."""


def _data_field(name: str) -> slice:
    """Where a field of a TR-DATA redefinition sits inside the DATA area (``card.data``)."""
    data, item = TRANSREC.field("TR-DATA"), TRANSREC.field(name)
    return slice(item.offset - data.offset, item.offset - data.offset + item.size)


NUMERIC_DATA: dict[int, tuple[slice, ...]] = {
    TC.ESTABLISH: (_data_field("TR-ZIP"),),
    TC.RETURN_FILED: (_data_field("TR-FILING-STATUS"), _data_field("TR-BANK-RTN")),
    TC.MISC_ACTION: (_data_field("TR-ACTION-CODE"),),
}
"""The PIC 9 fields of a TC's own DATA redefinition (TRANSREC): U05 when one is not numeric.
A table looked up once per card, not a chain of ``tc == TC.X`` tests: reading a member off an
enum class costs about 0.2 µs in Python 3.11 (issue 13, session 6)."""

_ESTABLISH, _ABATEMENT = TC.ESTABLISH, TC.ABATEMENT
"""Bound once, for the same reason: the account checks compare every card's TC with them."""


def is_digits(text: str) -> bool:
    """COBOL ``IS NUMERIC`` on an unsigned DISPLAY field: ASCII digits only."""
    return text.isascii() and text.isdigit()


def is_out_of_sequence(key: bytes, high_water: bytes) -> bool:
    """U09: TIN‖SEQ, compared as bytes, not above the highest key seen so far.

    Replaces POSTING.cbl 4200-READ-TRANSIN (the U09 test).
    """
    return key <= high_water


@lru_cache(maxsize=4096)
def is_valid_tax_period(tax_period: int) -> bool:
    """A tax period is ``YYYY12`` with YYYY in 1960-2098 (RULEBOOK §5, U05). Cached, as
    ``is_valid_card_date`` is: a deck holds few distinct periods, and a cache hit (in C) costs
    a quarter of this call (issue 13, session 6)."""
    year, month = divmod(tax_period, 100)
    return month == 12 and FIRST_VALID_YEAR <= year <= LAST_TAX_YEAR


def has_invalid_tc_data(card: EntityCard | ModuleCard) -> bool:
    """U05, second part, for a known TC: zero amount and the TC's own numeric fields (the tax
    period was judged when the card was typed).

    Replaces POSTING.cbl 2300-CHECK-DATA (second half).
    """
    tc = card.tc
    if tc in ZERO_AMOUNT_TCS and card.amount != ZERO:
        return True
    numeric = NUMERIC_DATA.get(tc)
    return numeric is not None and not all(is_digits(card.data[where]) for where in numeric)


@dataclass(frozen=True, slots=True)
class CardKind:
    """What a card's TC and tax period alone say, for the cards read on the fast path
    (``recordio.decode_card``): the typed card it makes when the rest of the card passes, its
    TC and tax period, the zero-amount rule and the TC's numeric DATA fields. ``card_type`` is
    ``None`` when the pair alone rules the card out (a TC not numeric or not in the table, a
    module-level TC whose tax period is not valid): such a card takes the careful path,
    :func:`check_card`, which finds its UPC in RULEBOOK order."""

    card_type: type[EntityCard] | type[ModuleCard] | None
    tc: TransactionCode | None
    tax_period: int | None
    zero_amount: bool
    numeric_data: tuple[slice, ...]


NOT_ON_FAST_PATH = CardKind(None, None, None, False, ())

_TC_SIZE = TRANSREC.field("TR-TC").size
if TRANSREC.field("TR-TC").offset + _TC_SIZE != TRANSREC.field("TR-TAX-PERIOD").offset:
    raise ValueError("TR-TAX-PERIOD does not follow TR-TC: CardKinds keys on both at once")


def card_kind(tc_and_period: bytes) -> CardKind:
    """The :class:`CardKind` of a card's TR-TC and TR-TAX-PERIOD bytes (one after the other)."""
    code, period = tc_and_period[:_TC_SIZE], tc_and_period[_TC_SIZE:]
    tc = INPUT_TC_BY_CODE.get(int(code)) if code.isdigit() else None
    if tc is None:
        return NOT_ON_FAST_PATH
    tax_period = int(period) if period.isdigit() else None
    card_type: type[EntityCard] | type[ModuleCard] = EntityCard
    if tc not in ENTITY_TCS:
        if tax_period is None or not is_valid_tax_period(tax_period):
            return NOT_ON_FAST_PATH
        card_type = ModuleCard
    return CardKind(card_type, tc, tax_period, tc in ZERO_AMOUNT_TCS, NUMERIC_DATA.get(tc, ()))


class _Table(dict[bytes, _Value]):
    """Values worked out from a few bytes by ``compute``, remembered as they are met: a deck
    holds few distinct TC and tax-period pairs and few dates, and a dict hit costs a fraction
    of the work. At most ``limit`` values are kept, so memory stays flat on any deck.
    ``cache_clear`` empties it: the oracle's mutants clear the modern engine's caches when they
    switch a bug on or off (a rule this table remembers may have changed)."""

    def __init__(self, compute: Callable[[bytes], _Value], limit: int) -> None:
        super().__init__()
        self.compute, self.limit = compute, limit

    def __missing__(self, raw: bytes) -> _Value:
        value = self.compute(raw)
        if len(self) < self.limit:
            self[raw] = value
        return value

    def cache_clear(self) -> None:
        self.clear()


def valid_card_date(raw: bytes) -> int | None:
    """TR-TRANS-DATE's YYMMDD when it is numeric and a valid date (RULEBOOK §3), else ``None``."""
    return int(raw) if raw.isdigit() and is_valid_card_date(int(raw)) else None


CARD_KINDS: _Table[CardKind] = _Table(card_kind, limit=16384)
""":func:`card_kind` by TR-TC‖TR-TAX-PERIOD bytes."""
VALID_CARD_DATES: _Table[int | None] = _Table(valid_card_date, limit=16384)
""":func:`valid_card_date` by TR-TRANS-DATE bytes."""


def typed(
    card: Transaction, tc: TransactionCode, amount: Decimal, trans_date: int
) -> ValidCard | None:
    """The card with every field it needs typed, or ``None`` when its tax period is not valid
    (only a module-level TC has one: U05)."""
    kind: type[ValidCard] = EntityCard
    tax_period = card.tax_period
    if tc not in ENTITY_TCS:
        if tax_period is None or not is_valid_tax_period(tax_period):
            return None
        kind = ModuleCard
    values = (card.image, card.key, card.tin, card.name_control, tc, tax_period, amount)
    return new_record(kind, (*values, trans_date, card.data))


def check_card(card: Transaction) -> UnpostableCode | ValidCard:
    """U05 then U04: what can be judged from the card alone; a card that passes comes back
    typed (:class:`EntityCard` or :class:`ModuleCard`). U05 first for every card: numeric TIN,
    TC, SEQ, date and amount, a valid date, an amount not negative; then U04 for an unknown TC,
    else U05 for the known TC's own fields.

    Replaces POSTING.cbl 2300-CHECK-DATA and the U04 test of 2200-VALIDATE.
    """
    code, amount, trans_date = card.tc, card.amount, card.trans_date
    if (
        code is None
        or amount is None
        or trans_date is None
        or not card.tin_and_seq_numeric
        or amount < ZERO
        or not is_valid_card_date(trans_date)
    ):
        return UPC.INVALID_DATA
    tc = INPUT_TC_BY_CODE.get(code)
    if tc is None:  # an unknown TC skips the TC-specific U05 checks
        return UPC.INVALID_TC
    valid = typed(card, tc, amount, trans_date)
    if valid is None or has_invalid_tc_data(valid):
        return UPC.INVALID_DATA
    return valid


def check_against_account(card: ValidCard, account: Account | None) -> UPC | Module | None:
    """U03, U01, U02, U06, U07, U08: the checks that need the account. A module-level card that
    passes gets the module it posts to (``None``: a new one), found once for validation and
    posting; an entity card that passes gets ``None``.

    Replaces POSTING.cbl 2200-VALIDATE (after U04).
    """
    tc = card.tc
    if tc == _ESTABLISH:
        return UPC.TIN_ON_FILE if account is not None else None
    if account is None:
        return UPC.TIN_NOT_ON_FILE
    if card.name_control != account.name_control:
        return UPC.NAME_CONTROL_MISMATCH
    if type(card) is EntityCard:
        return None
    tax_period = card.tax_period
    module = None
    for each in account.modules:  # Account.module_for, without the call
        if each.tax_period == tax_period:
            module = each
            break
    if tc in NEEDS_RETURN_TCS and (module is None or not module.return_posted):
        return UPC.NO_RETURN_POSTED
    if tc in CREATES_MODULE_TCS and module is None and len(account.modules) >= MAX_MODULES:
        return UPC.MODULE_TABLE_FULL
    if tc == _ABATEMENT and module is not None and card.amount > module.tax_assessed:
        return UPC.ABATEMENT_EXCEEDS
    return module
