"""The control report (RULEBOOK §8): run totals, their edited pictures, and the printed page.

The exact layout (headers, column positions, labels) follows POSTING.cbl's report paragraphs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from idrs_sandbox.modern.codes import (
    REPORT_TCS,
    REPORT_UPCS,
    NoticeCode,
    RefundMethod,
    TransactionCode,
    UnpostableCode,
)
from idrs_sandbox.modern.model import ControlCard, Generated, Transaction
from idrs_sandbox.modern.money import ZERO

LINE_WIDTH = 132
LINES_PER_PAGE = 55
TOTAL_LIMIT = Decimal("10000000000000")
"""Totals accumulate in S9(13)V99."""


@dataclass(slots=True)
class RunTotals:
    """Every counter the report prints, accumulated as the run goes."""

    tc_counts: Counter[int] = field(default_factory=Counter)
    tc_amounts: dict[int, Decimal] = field(default_factory=dict)
    upc_counts: Counter[UnpostableCode] = field(default_factory=Counter)
    notice_counts: Counter[NoticeCode] = field(default_factory=Counter)
    refund_counts: Counter[RefundMethod] = field(default_factory=Counter)
    refund_amounts: dict[RefundMethod, Decimal] = field(default_factory=dict)
    overflows: int = 0
    records_read: Counter[str] = field(default_factory=Counter)
    records_written: Counter[str] = field(default_factory=Counter)
    cards_posted: int = 0
    cards_unposted: int = 0
    money_read: Decimal = ZERO
    money_posted: Decimal = ZERO
    money_unposted: Decimal = ZERO

    def count_tc(self, tc: int, amount: Decimal) -> None:
        self.tc_counts[tc] += 1
        self.tc_amounts[tc] = self.tc_amounts.get(tc, ZERO) + amount

    def count_read_card(self, card: Transaction) -> None:
        self.records_read["TRANSIN"] += 1
        if card.amount is not None:
            self.money_read += card.amount

    def count_posted(self, card: Transaction, tc: TransactionCode) -> None:
        """Replaces POSTING.cbl 2900-COUNT-POSTED."""
        assert card.amount is not None
        self.cards_posted += 1
        self.money_posted += card.amount
        self.count_tc(tc, card.amount)

    def count_unposted(self, card: Transaction, code: UnpostableCode) -> None:
        """Replaces POSTING.cbl 2910-COUNT-UNPOSTED."""
        self.cards_unposted += 1
        self.upc_counts[code] += 1
        if card.amount is not None:
            self.money_unposted += card.amount

    def count_generated(self, generated: Generated) -> None:
        self.count_tc(generated.tc, generated.amount)

    def count_refund(self, method: RefundMethod, amount: Decimal) -> None:
        self.refund_counts[method] += 1
        self.refund_amounts[method] = self.refund_amounts.get(method, ZERO) + amount

    @property
    def balanced(self) -> bool:
        """Cards read = posted + unposted, and money read = posted + unposted (RULEBOOK §8)."""
        cards_balance = self.records_read["TRANSIN"] == self.cards_posted + self.cards_unposted
        return cards_balance and self.money_read == self.money_posted + self.money_unposted


# --- edited pictures --------------------------------------------------------------------------


def edit_amount(value: Decimal) -> str:
    """``$$$,$$$,$$$,$$$,$$9.99-``: floating dollar sign, trailing minus (GNUCOBOL-NOTES)."""
    magnitude = abs(value)
    whole = int(magnitude)
    cents = int((magnitude - whole) * 100)
    return f"{'$' + format(whole, ','):>19}.{cents:02d}{'-' if value < 0 else ' '}"


def edit_count(value: int) -> str:
    """``Z,ZZZ,ZZZ,ZZ9``: leading zeros and their commas blanked."""
    return f"{value:>13,}"


# --- the printed report -------------------------------------------------------------------------


def report_body(totals: RunTotals) -> Iterator[str]:
    """Body lines, before pagination. Replaces POSTING.cbl 9000-PRINT-REPORT."""
    for tc in REPORT_TCS:
        amount = totals.tc_amounts.get(tc, ZERO)
        yield f"TC {tc.value:03d}  {edit_count(totals.tc_counts[tc])}  {edit_amount(amount)}"
    for upc in REPORT_UPCS:
        yield f"{upc.upc} {upc.reason:<31} {edit_count(totals.upc_counts[upc])}"
    for code in NoticeCode:
        yield f"NOTICES {code.value} {edit_count(totals.notice_counts[code])}"
    for method in RefundMethod:
        count = edit_count(totals.refund_counts[method])
        money = edit_amount(totals.refund_amounts.get(method, ZERO))
        yield f"REFUNDS {method.value} {count} {money}"
    yield f"ASSESSMENT OVERFLOWS {edit_count(totals.overflows)}"
    for ddname in ("MASTIN", "TRANSIN"):
        yield f"RECORDS READ    {ddname:<8} {edit_count(totals.records_read[ddname])}"
    for ddname in ("MASTOUT", "NOTICES", "REFUNDS", "UNPOST"):
        yield f"RECORDS WRITTEN {ddname:<8} {edit_count(totals.records_written[ddname])}"
    yield "RUN BALANCED" if totals.balanced else "RUN OUT OF BALANCE"


def page_header(control: ControlCard, page: int) -> str:
    return f"POSTING  CYCLE {control.run_cycle:06d}  RUN DATE {control.run_date:08d}  PAGE {page}"


def report_lines(totals: RunTotals, control: ControlCard) -> Iterator[str]:
    """The whole report: a header opens every page of 55 lines (RULEBOOK §8)."""
    page = 0
    for index, line in enumerate(report_body(totals)):
        if index % (LINES_PER_PAGE - 1) == 0:
            page += 1
            yield page_header(control, page)
        yield line


def abend_line(cause: str) -> str:
    return f"ABEND: {cause}"
