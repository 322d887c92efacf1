"""Dates as RULEBOOK §3 counts them, with examples worked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from idrs_sandbox.datagen.dates import (
    card_date_valid,
    cycle_index,
    cycle_of_index,
    days_360,
    due_date,
    months_late,
)


@pytest.mark.parametrize(
    ("card", "valid"),
    [
        ("491231", True),  # 2049: the last year the window reaches
        ("500101", False),  # 1950: the window reads 50 as 19xx, and 1950 < 1960
        ("591231", False),
        ("600101", True),  # 1960-01-01, the first valid day
        ("000229", True),  # 2000 is divisible by 400: a leap year
        ("240229", True),
        ("230229", False),
        ("240431", False),
        ("241301", False),
        ("240100", False),
        ("24O415", False),
    ],
)
def test_card_dates(card: str, valid: bool) -> None:
    assert card_date_valid(card) is valid


def test_due_date_is_april_15_of_the_next_year() -> None:
    assert due_date(2023) == dt.date(2024, 4, 15)


def test_30_360_day_count_and_months_late() -> None:
    due = dt.date(2024, 4, 15)
    # 30·(5−4) + (min(31,30) − 15) = 45 days -> (45 + 29) / 30 = 2 months
    assert days_360(due, dt.date(2024, 5, 31)) == 45
    assert months_late(due, dt.date(2024, 5, 31)) == 2
    assert months_late(due, dt.date(2024, 4, 16)) == 1
    assert months_late(due, due) == 0
    assert months_late(due, dt.date(2024, 1, 2)) == 0  # early: none


def test_cycles_are_continuous_across_years() -> None:
    assert cycle_index(202501) - cycle_index(202452) == 1
    assert cycle_index(0) == 0
    for cycle in (196801, 202452, 202501, 204952):
        assert cycle_of_index(cycle_index(cycle)) == cycle
