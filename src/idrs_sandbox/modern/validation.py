"""Validation of one card, in the order of RULEBOOK §5: the first failing check names the UPC.

U09 (sequence) is checked by the run itself because it moves the high-water key; U10 (overflow)
by posting, because it needs the new values. Everything in between lives here.
"""

from __future__ import annotations

from idrs_sandbox.modern.codes import (
    CREATES_MODULE_TCS,
    ENTITY_TCS,
    INPUT_TCS,
    NEEDS_RETURN_TCS,
    TC,
    UPC,
    ZERO_AMOUNT_TCS,
    UnpostableCode,
)
from idrs_sandbox.modern.dates import FIRST_VALID_YEAR, expand_card_date, is_valid_date
from idrs_sandbox.modern.model import MAX_MODULES, Account, Transaction

LAST_TAX_YEAR = 2098
"""A tax period's due date falls in the next year, which must still be a valid year."""


def is_digits(text: str) -> bool:
    """COBOL ``IS NUMERIC`` on an unsigned DISPLAY field: ASCII digits only."""
    return text.isascii() and text.isdigit()


def is_out_of_sequence(key: bytes, high_water: bytes) -> bool:
    """U09: TIN‖SEQ, compared as bytes, not above the highest key seen so far.

    Replaces POSTING.cbl 2010-CHECK-SEQUENCE.
    """
    return key <= high_water


def is_valid_tax_period(tax_period: int | None) -> bool:
    """A tax period is ``YYYY12`` with YYYY in 1960-2098 (RULEBOOK §5, U05)."""
    if tax_period is None:
        return False
    year, month = divmod(tax_period, 100)
    return month == 12 and FIRST_VALID_YEAR <= year <= LAST_TAX_YEAR


def has_invalid_common_data(card: Transaction) -> bool:
    """U05, first part: numeric TIN, TC, SEQ, date and amount; a valid date; amount not negative.

    Replaces POSTING.cbl 2020-VALIDATE-CARD.
    """
    if not (is_digits(card.tin) and is_digits(card.seq)):
        return True
    if card.tc is None or card.trans_date is None or card.amount is None:
        return True
    if not is_valid_date(expand_card_date(card.trans_date)):
        return True
    return card.amount < 0


def has_invalid_tc_data(card: Transaction, tc: int) -> bool:
    """U05, second part, for a known TC: tax period, zero amount, and the TC's own fields.

    Replaces POSTING.cbl 2030-VALIDATE-TC-DATA.
    """
    if tc not in ENTITY_TCS and not is_valid_tax_period(card.tax_period):
        return True
    if tc in ZERO_AMOUNT_TCS and card.amount != 0:
        return True
    if tc == TC.ESTABLISH:
        return not is_digits(card.zip)
    if tc == TC.RETURN_FILED:
        return not (is_digits(card.filing_status) and is_digits(card.bank_rtn))
    if tc == TC.MISC_ACTION:
        return not is_digits(card.action_code)
    return False


def check_card(card: Transaction) -> UnpostableCode | None:
    """U05 then U04: what can be judged from the card alone."""
    if has_invalid_common_data(card):
        return UPC.INVALID_DATA
    assert card.tc is not None  # has_invalid_common_data rejects a non-numeric TC
    if card.tc in INPUT_TCS and has_invalid_tc_data(card, card.tc):
        return UPC.INVALID_DATA
    if card.tc not in INPUT_TCS:
        return UPC.INVALID_TC
    return None


def check_against_account(card: Transaction, tc: int, account: Account | None) -> UPC | None:
    """U03, U01, U02, U06, U07, U08: the checks that need the account.

    Replaces POSTING.cbl 2040-VALIDATE-ACCOUNT.
    """
    if tc == TC.ESTABLISH:
        return UPC.TIN_ON_FILE if account is not None else None
    if account is None:
        return UPC.TIN_NOT_ON_FILE
    if card.name_control != account.name_control:
        return UPC.NAME_CONTROL_MISMATCH
    module = account.module_for(card.tax_period)
    if tc in NEEDS_RETURN_TCS and (module is None or not module.return_posted):
        return UPC.NO_RETURN_POSTED
    if tc in CREATES_MODULE_TCS and module is None and len(account.modules) >= MAX_MODULES:
        return UPC.MODULE_TABLE_FULL
    if tc == TC.ABATEMENT and module is not None and card.amount is not None:
        return UPC.ABATEMENT_EXCEEDS if card.amount > module.tax_assessed else None
    return None
