"""Runs at the report's totals limit: every money total of REPORT accumulates in S9(13)V99
(RULEBOOK §8), and POSTING.cbl ADDs to it without ON SIZE ERROR, so a total past
9,999,999,999,999.99 keeps only its low-order digits (GnuCOBOL-NOTES: ADD 1 TO 9(2) 99 gives
00).

A card amount is at most 999,999,999.99 (S9(9)V99), so reaching the limit with cards takes ten
thousand of them. A refund is as large, and end-of-account processing refunds every module's
credit whether or not a card touches it: 2,500 master accounts of four modules, each a credit
at the S9(9)V99 maximum, make 10,000 refunds and a TC 846 total (and a refund-method total) of
9,999,999,999,900.00, with no deck at all; one more account refunds the last amount, drawn at
the limit (99.99), just under or just over it, or any amount that pushes the total past it.
The master is written as one :class:`~.values.Bulk` value, so a failing run reads in a line.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from hypothesis import strategies as st

from idrs_sandbox.oracle.strategies.constants import AMOUNT_MAX
from idrs_sandbox.oracle.strategies.money import money_amounts
from idrs_sandbox.oracle.strategies.values import Account, Bulk, ControlCard, Module, Run

TOTAL_MAX = Decimal("9999999999999.99")
"""S9(13)V99: the report's money totals."""
FULL_ACCOUNTS = 2_500
"""Accounts of four full credits: 10,000 refunds of AMOUNT_MAX, 99.99 short of TOTAL_MAX."""
LAST_REFUNDS = (Decimal("99.99"), Decimal("99.98"), Decimal("100.00"), Decimal("1.00"))
"""The last refund: the total exactly at the limit, a cent under, a cent over (it keeps only
its low-order digits: 0.00), and the smallest refund."""
PERIODS = (202012, 202112, 202212, 202312)
BANKS = (("000000000", ""), ("021000021", "111222333"))
"""A paper check (no routing number) or a direct deposit: each method has its own total."""


def full_credit(tax_period: int, amount: Decimal = AMOUNT_MAX) -> Module:
    """A settled return with ``amount`` of credit left: refunded whole at the end of the
    account (no other module owes anything, so nothing is offset first)."""
    return Module(tax_period, 10, 202401, return_date=20240410, credits=amount)


def limit_run(last: Decimal, accounts: int = FULL_ACCOUNTS, bank: int = 0) -> Run:
    """The run whose refunds total ``accounts`` × 4 × AMOUNT_MAX + ``last``."""
    rtn, acct = BANKS[bank]
    first = Account(
        tin="000000001", bank_rtn=rtn, bank_acct=acct, modules=(full_credit(202312, last),)
    )
    template = Account(
        tin="000000000",
        bank_rtn=rtn,
        bank_acct=acct,
        modules=tuple(full_credit(period) for period in PERIODS),
    )
    return Run(ControlCard(), master=(first,), bulk=(Bulk(template, accounts),))


@cache
def report_limit_runs() -> st.SearchStrategy[Run]:
    """Runs whose refund totals end at the S9(13)V99 limit, a cent either side of it, or past
    it by a drawn amount; with 2,500 full accounts mostly, one fewer or one more now and then."""
    last = st.one_of(
        st.sampled_from(LAST_REFUNDS),
        money_amounts().filter(lambda amount: amount >= Decimal("1.00")),
    )
    accounts = st.sampled_from((FULL_ACCOUNTS, FULL_ACCOUNTS, FULL_ACCOUNTS - 1, FULL_ACCOUNTS + 1))
    return st.builds(limit_run, last, accounts, st.sampled_from((0, 1)))
