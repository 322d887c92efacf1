"""Dates and counting (RULEBOOK §3): card dates, validity, due dates, 30/360 days, cycles.

Dates travel as the integers the records hold: ``YYYYMMDD`` for full dates, ``YYMMDD`` for card
dates, ``YYYYMM`` for tax periods and ``YYYYCC`` for run cycles.
"""

from __future__ import annotations

import datetime as _dt
from functools import cache, lru_cache

CENTURY_WINDOW = 50
"""Card years below 50 are 20YY, the others 19YY (RULEBOOK §3)."""

FIRST_VALID_YEAR = 1960
LAST_VALID_YEAR = 2099
WEEKS_PER_YEAR = 52
RESPOND_DAYS = 21

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def split_date(yyyymmdd: int) -> tuple[int, int, int]:
    """``YYYYMMDD`` → (year, month, day)."""
    return yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100


def expand_card_date(yymmdd: int) -> int:
    """A card ``YYMMDD`` as ``YYYYMMDD`` through the century window.

    Replaces POSTING.cbl 2300-CHECK-DATA (the century window).
    """
    year = yymmdd // 10000
    century = 2000 if year < CENTURY_WINDOW else 1900
    return century * 10000 + yymmdd


def is_leap_year(year: int) -> bool:
    return (year % 4 == 0 and year % 100 != 0) or year % 400 == 0


def is_valid_date(yyyymmdd: int) -> bool:
    """Year 1960-2099, month 1-12, the day fits the month (RULEBOOK §3).

    Replaces POSTING.cbl 7200-VALIDATE-DATE.
    """
    year, month, day = split_date(yyyymmdd)
    if not FIRST_VALID_YEAR <= year <= LAST_VALID_YEAR or not 1 <= month <= 12:
        return False
    last_day = 29 if month == 2 and is_leap_year(year) else _DAYS_IN_MONTH[month - 1]
    return 1 <= day <= last_day


def due_date(tax_period: int) -> int:
    """Tax period ``YYYY12`` is due on 15 April of YYYY+1 (RULEBOOK §3).

    Replaces POSTING.cbl 3500-POST-RETURN / 5300-ASSESS (the due date).
    """
    return (tax_period // 100 + 1) * 10000 + 415


def days_360(start: int, end: int) -> int:
    """The 1960s 30/360 day count ``D(start, end)`` between two ``YYYYMMDD`` dates (RULEBOOK §3).

    Replaces POSTING.cbl 7300-DAY-COUNT.
    """
    start_year, start_month, start_day = split_date(start)
    end_year, end_month, end_day = split_date(end)
    return (
        360 * (end_year - start_year)
        + 30 * (end_month - start_month)
        + (min(end_day, 30) - min(start_day, 30))
    )


@lru_cache(maxsize=4096)
def months_late(due: int, actual: int) -> int:
    """Whole months, rounded up, from ``due`` to ``actual``; 0 when not late (RULEBOOK §3).
    Cached: a run meets few distinct (due date, date) pairs (tax periods, card dates and the
    run date), and the 30/360 count costs about 1.5 µs (issue 13, session 7).

    Replaces POSTING.cbl 7400-MONTHS-LATE.
    """
    days = days_360(due, actual)
    return (days + 29) // 30 if days > 0 else 0


@lru_cache(maxsize=4096)
def is_valid_card_date(yymmdd: int) -> bool:
    """A card date is valid after the century window (RULEBOOK §3). Cached: a deck holds few
    distinct dates, and this is asked for every card."""
    return is_valid_date(expand_card_date(yymmdd))


def cycle_index(cycle: int) -> int:
    """``YYYYCC`` → YYYY × 52 + CC, a continuous week number; a zero cycle is 0 (RULEBOOK §3)."""
    return cycle // 100 * WEEKS_PER_YEAR + cycle % 100


def cycles_since(earlier: int, later: int) -> int:
    """Number of cycles from ``earlier`` to ``later`` (a difference of cycle indexes)."""
    return cycle_index(later) - cycle_index(earlier)


@cache
def respond_by(run_date: int) -> int:
    """Run date + 21 calendar days, as INTEGER-OF-DATE / DATE-OF-INTEGER compute it (RULEBOOK §3).

    Replaces POSTING.cbl 1600-SET-RUN-CONSTANTS (WS-RESPOND-BY).
    """
    year, month, day = split_date(run_date)
    later = _dt.date(year, month, day) + _dt.timedelta(days=RESPOND_DAYS)
    return later.year * 10000 + later.month * 100 + later.day
