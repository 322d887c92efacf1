"""Dates and cycles as the rulebook counts them (RULEBOOK §3), plus fast date text for the cards.

Card dates are ``YYMMDD`` read through a century window of 50 (YY < 50 -> 20YY, else 19YY), so
only 1950-2049 can be written at all, and only 1960-2049 are *valid* (a date's year must be
1960-2099). The generator therefore keeps run years in ``MIN_RUN_YEAR``..``MAX_RUN_YEAR``.
"""

from __future__ import annotations

import datetime as dt

CENTURY_WINDOW = 50
MIN_VALID_YEAR = 1960
MAX_VALID_YEAR = 2099
WEEKS_PER_YEAR = 52
# Master modules reach back six tax years; the oldest must still be a valid card year (>= 1960).
MIN_RUN_YEAR = MIN_VALID_YEAR + 8
# Two-digit card years stop at 2049 (RULEBOOK §3 century window).
MAX_RUN_YEAR = 2000 + CENTURY_WINDOW - 1


def is_leap(year: int) -> bool:
    """RULEBOOK §3: divisible by 4 and not by 100, or by 400."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def window_year(yy: int) -> int:
    """The four-digit year of a card's two-digit year (RULEBOOK §3: window 50)."""
    return 2000 + yy if yy < CENTURY_WINDOW else 1900 + yy


def card_date_valid(yymmdd: str) -> bool:
    """True when six card bytes are a valid date under RULEBOOK §3."""
    if len(yymmdd) != 6 or not yymmdd.isascii() or not yymmdd.isdigit():
        return False
    return date8_valid(window_year(int(yymmdd[:2])) * 10000 + int(yymmdd[2:]))


def date8_valid(yyyymmdd: int) -> bool:
    """True when an eight-digit ``YYYYMMDD`` value is a valid date under RULEBOOK §3."""
    year, month, day = yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100
    if not MIN_VALID_YEAR <= year <= MAX_VALID_YEAR or not 1 <= month <= 12:
        return False
    days = (31, 29 if is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    return 1 <= day <= days


def days_360(a: dt.date, b: dt.date) -> int:
    """RULEBOOK §3 30/360 day count: 360·ΔY + 30·ΔM + (min(db,30) − min(da,30))."""
    return 360 * (b.year - a.year) + 30 * (b.month - a.month) + (min(b.day, 30) - min(a.day, 30))


def months_late(due: dt.date, when: dt.date) -> int:
    """RULEBOOK §3: (D + 29) / 30 in integer arithmetic when D > 0, else 0."""
    days = days_360(due, when)
    return (days + 29) // 30 if days > 0 else 0


def due_date(tax_year: int) -> dt.date:
    """RULEBOOK §3: the due date of tax period ``YYYY12`` is 15 April of YYYY+1."""
    return dt.date(tax_year + 1, 4, 15)


def cycle_index(cycle: int) -> int:
    """RULEBOOK §3: YYYY × 52 + CC (202452 -> 202501 is one step); a zero cycle is 0."""
    return cycle // 100 * WEEKS_PER_YEAR + cycle % 100 if cycle else 0


def cycle_of_index(index: int) -> int:
    """The ``YYYYCC`` cycle whose :func:`cycle_index` is ``index``."""
    year, week = divmod(index - 1, WEEKS_PER_YEAR)
    return year * 100 + week + 1


def week_start(cycle: int) -> dt.date:
    """First day of week CC of year YYYY: weeks are counted in sevens from 1 January."""
    return dt.date(cycle // 100, 1, 1) + dt.timedelta(days=7 * (cycle % 100 - 1))


def cycle_of_date(day: dt.date) -> int:
    """The cycle a date falls in (days after week 52 belong to week 52)."""
    week = min((day.timetuple().tm_yday - 1) // 7 + 1, WEEKS_PER_YEAR)
    return day.year * 100 + week


def yymmdd(day: dt.date) -> str:
    return f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"


def yyyymmdd(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


class DateText:
    """``YYMMDD`` card text by proleptic ordinal, memoised: a run uses a few thousand days."""

    def __init__(self) -> None:
        self._cache: dict[int, str] = {}

    def card(self, ordinal: int) -> str:
        text = self._cache.get(ordinal)
        if text is None:
            text = yymmdd(dt.date.fromordinal(ordinal))
            self._cache[ordinal] = text
        return text


class RunCalendar:
    """The run's week and the date windows the generator draws from."""

    def __init__(self, cycle: int, run_date: dt.date) -> None:
        self.cycle = cycle
        self.run_date = run_date
        self.run_ordinal = run_date.toordinal()
        self.run_year = run_date.year
        self.run_index = cycle_index(cycle)
        # Returns for year Y are filed from late January of Y+1: before that, Y-1 is the latest.
        filing_opens = dt.date(self.run_year, 1, 20)
        self.latest_filing_year = self.run_year - (1 if run_date >= filing_opens else 2)
        self.oldest_tax_year = self.run_year - 7
        self._due_ordinals = {
            year: due_date(year).toordinal()
            for year in range(self.oldest_tax_year - 2, self.run_year + 1)
        }

    def due_ordinal(self, year: int) -> int:
        """The due date (15 April of the next year) of tax year ``year``, as an ordinal: any
        year, since a master on file may hold modules outside this run's window (a --run-date
        years away from the master's cycles)."""
        ordinal = self._due_ordinals.get(year)
        if ordinal is None:
            ordinal = self._due_ordinals[year] = due_date(year).toordinal()
        return ordinal

    def cycle_start(self, index: int) -> dt.date:
        return week_start(cycle_of_index(index))
