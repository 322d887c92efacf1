"""Dates and counting, RULEBOOK §3; expected values worked out by hand from the rule text."""

from __future__ import annotations

import pytest

from idrs_sandbox.modern.dates import (
    cycle_index,
    cycles_since,
    days_360,
    due_date,
    expand_card_date,
    is_valid_date,
    months_late,
    respond_by,
)


@pytest.mark.parametrize(
    ("card", "full"),
    [
        (491231, 20491231),  # YY < 50 → 20YY
        (500101, 19500101),  # YY = 50 → 19YY
        (0, 20000000),
        (991231, 19991231),
        (240229, 20240229),
    ],
)
def test_century_window(card: int, full: int) -> None:
    assert expand_card_date(card) == full


@pytest.mark.parametrize(
    ("date", "valid"),
    [
        (20240229, True),  # 2024 divisible by 4
        (20230229, False),
        (20000229, True),  # divisible by 400
        (19600101, True),  # first valid year
        (19591231, False),
        (20991231, True),  # last valid year
        (21000101, False),
        (20240431, False),  # April has 30 days
        (20241301, False),
        (20240001, False),
        (20240100, False),
        (20240131, True),
    ],
)
def test_valid_dates(date: int, valid: bool) -> None:
    assert is_valid_date(date) is valid


def test_century_window_comes_before_the_leap_year_test() -> None:
    # "000229" is 2000-02-29 (a leap day), not 1900-02-29 (no leap day, and before 1960).
    assert is_valid_date(expand_card_date(229))
    # "590101" is 1959: outside 1960-2099.
    assert not is_valid_date(expand_card_date(590101))


def test_due_date_is_15_april_of_the_next_year() -> None:
    assert due_date(202312) == 20240415
    assert due_date(199912) == 20000415


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (20240415, 20240416, 1),
        (20240415, 20240531, 45),  # 30·1 + (min(31,30) − 15)
        (20240131, 20240301, 31),  # 30·2 + (1 − min(31,30))
        (20240228, 20240301, 3),  # February counts as 30 days
        (20240415, 20250415, 360),
        (20240415, 20240415, 0),
        (20240415, 20240410, -5),
    ],
)
def test_days_360(start: int, end: int, days: int) -> None:
    assert days_360(start, end) == days


@pytest.mark.parametrize(
    ("actual", "months"),
    [
        (20240415, 0),  # on time
        (20240301, 0),  # early: D < 0
        (20240416, 1),  # D = 1 → (1 + 29) / 30 = 1
        (20240515, 1),  # D = 30 → 59 / 30 = 1
        (20240516, 2),  # D = 31 → 60 / 30 = 2
        (20250415, 12),
    ],
)
def test_months_late(actual: int, months: int) -> None:
    assert months_late(20240415, actual) == months


def test_cycles_are_continuous_across_years() -> None:
    assert cycle_index(202452) == 2024 * 52 + 52
    assert cycles_since(202452, 202501) == 1
    assert cycles_since(202448, 202501) == 5
    assert cycle_index(0) == 0


def test_respond_by_is_21_calendar_days_later() -> None:
    assert respond_by(20240101) == 20240122
    assert respond_by(20240220) == 20240312  # through 29 February 2024
    assert respond_by(20231215) == 20240105
