"""The control report's pictures and lines (RULEBOOK §8; column layout from POSTING.cbl's
RL- records, posting-notes "REPORT layout"), expected values worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from idrs_sandbox.modern.codes import TC
from idrs_sandbox.modern.model import ControlCard, ModuleCard
from idrs_sandbox.modern.report import (
    LINES_PER_PAGE,
    RunTotals,
    added,
    count_line,
    detail_line,
    edit_amount,
    edit_count,
    page_header,
    report_lines,
    section_line,
)

CONTROL = ControlCard(202415, 20240415, Decimal("0.0800"))


@pytest.mark.parametrize(
    ("value", "edited"),
    [
        # $$$,$$$,$$$,$$$,$$9.99- : 19 columns up to the point (the $ floats left of the first
        # digit shown; the 9 always shows one), then .99, then the sign column.
        ("0.00", " " * 17 + "$0.00 "),
        ("0.05", " " * 17 + "$0.05 "),
        ("-1234.50", " " * 13 + "$1,234.50-"),
        ("1000000.00", " " * 9 + "$1,000,000.00 "),
        ("9999999999999.99", " $9,999,999,999,999.99 "),
    ],
)
def test_amount_picture(value: str, edited: str) -> None:
    assert len(edited) == 23
    assert edit_amount(Decimal(value)) == edited


@pytest.mark.parametrize(
    ("value", "edited"),
    [
        (0, " " * 12 + "0"),
        (7, " " * 12 + "7"),
        (1234, " " * 8 + "1,234"),
        (1234567890, "1,234,567,890"),
    ],
)
def test_count_picture(value: int, edited: str) -> None:
    assert edit_count(value) == edited


def test_page_header() -> None:
    header = page_header(CONTROL, 1)
    assert header[0:10] == "POSTING   "
    assert header[10:60] == "IDRS-LITE WEEKLY POSTING RUN - CONTROL REPORT".ljust(50)
    assert header[60:72] == "CYCLE 202415"
    assert header[72:95] == "    RUN DATE 2024/04/15"
    assert header[95:123] == " " * 28
    assert header[123:132] == "PAGE    1"


def test_lines() -> None:
    # Columns (1-based): 1-2 blank, 3-8 code, 9-10 blank, 11-43 description, 44-56 count,
    # 57-59 blank, 60-82 amount.
    assert section_line("BALANCING", with_amounts=False).rstrip() == (
        "BALANCING".ljust(43) + " " * 8 + "COUNT"
    )
    count = count_line("CP14 ", "", 3)
    assert (count[0:2], count[2:8], count[8:10], count[10:43]) == ("  ", "CP14  ", "  ", " " * 33)
    assert count[43:56] == " " * 12 + "3"
    line = detail_line("TC 150", "RETURN FILED", 1, Decimal("1000.00"))
    assert (line[2:8], line[10:43].rstrip(), line[43:56].strip()) == ("TC 150", "RETURN FILED", "1")
    assert line[56:59] == "   "
    assert line[59:82] == " " * 13 + "$1,000.00 "


def test_the_report_is_two_pages_with_a_header_each() -> None:
    lines = list(report_lines(RunTotals(), CONTROL))
    # 63 body lines: 53 under the first two-line header, 10 under the second.
    assert len(lines) == 63 + 2 * 2
    assert lines[0].startswith("POSTING") and lines[1] == ""
    assert lines[LINES_PER_PAGE].startswith("POSTING") and lines[LINES_PER_PAGE].endswith("2")
    assert lines[-1] == "RUN BALANCED"


@pytest.mark.parametrize(
    ("total", "amount", "result"),
    [
        # Probed with GnuCOBOL 3.1.2: ADD into S9(13)V99 COMP-3 without ON SIZE ERROR.
        ("9999999999999.99", "0.01", "0.00"),
        ("0.00", "-0.01", "-0.01"),
        ("9999999999999.99", "1234.56", "1234.55"),
        ("-9999999999999.99", "-1234.56", "-1234.55"),
        ("12.00", "-20.00", "-8.00"),
    ],
)
def test_totals_lose_high_order_digits(total: str, amount: str, result: str) -> None:
    assert added(Decimal(total), Decimal(amount)) == Decimal(result)


def test_a_wrapped_zero_prints_without_a_minus() -> None:
    assert edit_amount(added(Decimal("-9999999999999.99"), Decimal("-0.01"))) == (
        " " * 17 + "$0.00 "
    )


def test_posted_amounts_summed_exactly_read_as_if_added_one_by_one() -> None:
    """count_posted keeps an exact sum per TC and truncates when the report reads it: the same
    totals as ADDing every amount into S9(13)V99 in turn, past the wrap (30,000 cards of up
    to 999,999,999.99: about 1.6 x 10^13 for TC 670)."""
    totals = RunTotals()
    amounts = [Decimal("999999999.99"), Decimal("999999999.99"), Decimal("123.01")] * 10000
    by_one = {TC.LATER_PAYMENT: Decimal("0.00"), TC.WITHHOLDING: Decimal("0.00")}
    exact = dict(by_one)
    all_posted = Decimal("0.00")
    for number, amount in enumerate(amounts):
        tc = TC.LATER_PAYMENT if number % 5 else TC.WITHHOLDING
        card = ModuleCard(b"", b"", "000000001", "DOE ", tc, 202312, amount, 240601, "")
        totals.count_posted(card, tc)
        by_one[tc] = added(by_one[tc], amount)
        exact[tc] += amount
        all_posted = added(all_posted, amount)
    assert by_one[TC.LATER_PAYMENT] < exact[TC.LATER_PAYMENT]  # this total did wrap
    assert totals.money_posted == all_posted
    assert totals.tc_amount(TC.LATER_PAYMENT) == by_one[TC.LATER_PAYMENT]
    assert totals.tc_amount(TC.WITHHOLDING) == by_one[TC.WITHHOLDING]
    assert totals.tc_counts[TC.LATER_PAYMENT] == 24000
