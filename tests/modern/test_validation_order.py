"""Validation order, RULEBOOK §5: the first failing check in table order names the UPC.

Each case breaks two or more rules at once; the expected code is the earliest in the table.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from idrs_sandbox.modern.codes import UPC, UnpostableCode
from idrs_sandbox.modern.model import Account, InvalidCard, Module, Transaction
from idrs_sandbox.modern.recordio import decode_card, decode_transaction
from idrs_sandbox.modern.validation import check_against_account, check_card, is_out_of_sequence

RETURN_DATA = "1011000015ACCT123"


def card(
    tc: str = "150",
    *,
    tin: str = "000000001",
    name_control: str = "DOE ",
    period: str = "202312",
    amount: str = "00000010000",
    date: str = "240601",
    seq: str = "000001",
    data: str = RETURN_DATA,
) -> Transaction:
    image = f"{tin}{name_control}{tc}{period}{amount}{date}{seq}{data:<55}".encode("latin-1")
    assert len(image) == 100
    return decode_transaction(image)


def account(*modules: Module) -> Account:
    return Account(tin="000000001", name_control="DOE ", modules=list(modules))


def returned(period: int = 202312, assessed: str = "500.00") -> Module:
    return Module(tax_period=period, return_date=20240401, tax_assessed=Decimal(assessed))


def judge(transaction: Transaction, on_file: Account | None) -> UnpostableCode | None:
    valid = check_card(transaction)
    if isinstance(valid, UnpostableCode):
        return valid
    found = check_against_account(valid, on_file)  # a UPC, else the module found (or None)
    return found if isinstance(found, UnpostableCode) else None


def test_sequence_is_checked_on_the_tin_and_seq_bytes() -> None:
    first = card(seq="000002")
    assert is_out_of_sequence(card(seq="000002").key, first.key)
    assert is_out_of_sequence(card(seq="000001").key, first.key)
    assert not is_out_of_sequence(card(seq="000003").key, first.key)
    assert not is_out_of_sequence(card(tin="000000002", seq="000001").key, first.key)


@pytest.mark.parametrize(
    ("transaction", "on_file", "expected"),
    [
        # U05 before U04: an unknown TC with a bad date is invalid data.
        (card("999", date="241301"), None, UPC.INVALID_DATA),
        # The tax-period check applies only to TCs of the table: unknown TC → U04.
        (card("999", period="202306"), None, UPC.INVALID_TC),
        (card("ABC"), None, UPC.INVALID_DATA),
        # U05 before U03: TC 000 with a non-numeric ZIP for a TIN on file.
        (
            card("000", amount="00000000000", data="JOHN<DOE<".ljust(35) + "NY1A345"),
            account(),
            UPC.INVALID_DATA,
        ),
        (
            card("000", amount="00000000000", data="JOHN<DOE<".ljust(35) + "NY12345"),
            account(),
            UPC.TIN_ON_FILE,
        ),
        # A non-zero amount on a zero-amount TC is invalid data.
        (card("420", amount="00000000100"), account(returned()), UPC.INVALID_DATA),
        # A negative amount is invalid data; minus zero is zero.
        (card("670", amount="0000000010p"), account(), UPC.INVALID_DATA),
        (card("420", amount="0000000000p"), account(returned()), None),
        # An overpunch other than ASCII p-y is not numeric.
        (card("670", amount="0000000010}"), account(), UPC.INVALID_DATA),
        # Tax period month must be 12 and the year 1960-2098.
        (card("670", period="202311"), account(), UPC.INVALID_DATA),
        (card("670", period="209912"), account(), UPC.INVALID_DATA),
        (card("670", period="209812"), account(), None),
        # Entity TCs carry no tax period.
        (card("014", period="      ", amount="00000000000", data="1 MAIN ST"), account(), None),
        # TC 150 needs a numeric filing status and routing number (the account number may be blank).
        (card("150", data="X011000015"), account(), UPC.INVALID_DATA),
        (card("150", data="1"), account(), UPC.INVALID_DATA),
        (card("150", data="1000000000"), account(), None),
        # TC 971 needs a numeric action code.
        (card("971", amount="00000000000", data="01A"), account(returned()), UPC.INVALID_DATA),
        # U01 before U02: not on file beats a name-control mismatch.
        (card("670", name_control="XXXX"), None, UPC.TIN_NOT_ON_FILE),
        # U02 before U06: mismatch beats "no return posted".
        (card("290", name_control="XXXX"), account(), UPC.NAME_CONTROL_MISMATCH),
        (card("290"), account(), UPC.NO_RETURN_POSTED),
        (card("290"), account(Module(tax_period=202312)), UPC.NO_RETURN_POSTED),
        # U06 before U08: an abatement without a return is U06, not U08.
        (card("291", amount="99999999999"), account(), UPC.NO_RETURN_POSTED),
        (card("291", amount="00000050001"), account(returned()), UPC.ABATEMENT_EXCEEDS),
        (card("291", amount="00000050000"), account(returned()), None),
        # U07: a new module when four exist.
        (
            card("610", period="202412"),
            account(*(returned(period) for period in (202012, 202112, 202212, 202312))),
            UPC.MODULE_TABLE_FULL,
        ),
        (
            card("610", period="202312"),
            account(*(returned(period) for period in (202012, 202112, 202212, 202312))),
            None,
        ),
        # TC 000 does not check the card's name control.
        (
            card(
                "000",
                name_control="ZZZZ",
                amount="00000000000",
                data="JOHN<DOE<".ljust(35) + "NY12345",
            ),
            None,
            None,
        ),
    ],
)
def test_first_failing_check_wins(
    transaction: Transaction, on_file: Account | None, expected: UnpostableCode | None
) -> None:
    assert judge(transaction, on_file) is expected
    # The card as the run reads it (recordio.decode_card: judged on its own as it is read)
    # gets the same verdict, through its fast path or its careful one.
    read = decode_card(transaction.image)
    if isinstance(read, InvalidCard):
        assert read.upc is expected
    else:
        found = check_against_account(read, on_file)
        assert (found if isinstance(found, UnpostableCode) else None) is expected


def test_the_module_a_card_posts_to_is_found_by_validation() -> None:
    module = returned()
    on_file = account(Module(tax_period=202212), module)
    assert check_against_account(decode_card(card("290").image), on_file) is module
    assert check_against_account(decode_card(card("670", period="202412").image), on_file) is None
