"""Dates and cycles (RULEBOOK §3): due dates, month ends, 31st days (30/360 caps them), leap
days, both sides of the century window, invalid days and months, non-numeric bytes."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import cache

from hypothesis import strategies as st

from idrs_sandbox.datagen.dates import card_date_valid
from idrs_sandbox.oracle.strategies.constants import RUN_YEARS


def date8(value: int) -> dt.date:
    return dt.date(value // 10000, value // 100 % 100, value % 100)


def yyyymmdd(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def yymmdd(day: dt.date) -> str:
    return f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"


def due_day(tax_period: int) -> dt.date:
    """RULEBOOK §3: tax period YYYY12 is due on 15 April of YYYY+1."""
    return dt.date(tax_period // 100 + 1, 4, 15)


SPECIAL_DAYS = [(4, 15), (4, 16), (1, 31), (2, 28), (2, 29), (3, 31), (5, 31), (12, 31)]
FTP_CAP_DAYS = [(5, 15), (5, 16), (6, 15), (6, 16)]
"""Run days around the FTP cap for the tax period five years back (due 15 April four years
before the run): 49 months late on 15 May, 50 (0.5 % x 50 = the 25 % cap) from 16 May to
15 June, 51 from 16 June (30/360, RULEBOOK §3, §6)."""


@cache
def run_days() -> st.SearchStrategy[dt.date]:
    """Run dates: a due date (15 April), the day after, month ends, 31st days, leap days,
    new year's eve, or any day of a run year (RULEBOOK §3)."""
    special = st.tuples(
        st.sampled_from(RUN_YEARS),
        st.sampled_from([*SPECIAL_DAYS, *FTP_CAP_DAYS]),
    ).map(lambda pair: _safe_day(pair[0], *pair[1]))
    ordinary = st.tuples(st.sampled_from(RUN_YEARS), st.integers(0, 364)).map(
        lambda pair: dt.date(pair[0], 1, 1) + dt.timedelta(days=pair[1])
    )
    return st.one_of(special, ordinary)


def _safe_day(year: int, month: int, day: int) -> dt.date:
    """``day`` of the month, or the month's last day when the month is shorter."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def cycle_of_day(day: dt.date) -> int:
    """The ``YYYYCC`` cycle a date falls in (weeks of seven days from 1 January; days after
    week 52 belong to week 52)."""
    week = min((day.timetuple().tm_yday - 1) // 7 + 1, 52)
    return day.year * 100 + week


@cache
def valid_card_dates(near: dt.date) -> st.SearchStrategy[str]:
    """Valid card dates ``YYMMDD`` (RULEBOOK §3): days around ``near`` (a due date: on it, a few
    days or whole months after it), the month ends of its year (31st days, which 30/360 counts
    as the 30th, and 28 or 29 February), leap days, and 49 → 2049 / 60 → 1960 at both ends of
    the century window."""
    around = st.integers(-40, 220).map(lambda days: yymmdd(near + dt.timedelta(days=days)))
    months_after = st.integers(0, 8).map(lambda months: yymmdd(_add_months(near, months)))
    month_ends = st.integers(1, 12).map(lambda month: yymmdd(_month_end(near.year, month)))
    fixed = st.sampled_from(["000229", "960229", "240229", "491231", "600101", "000101"])
    return st.one_of(around, months_after, month_ends, fixed).filter(card_date_valid)


@cache
def return_dates(due: dt.date) -> st.SearchStrategy[str]:
    """Dates of a return: whole months after the due date (1 to 7: every FTF month count, the
    cap of 5 and beyond it, odd ones for half-cent edges) or a day after (one more month
    late: 5 months and a day is 6, capped at 5), or any valid card date near it."""
    late = st.tuples(st.integers(1, 7), st.sampled_from([0, 0, 1])).map(
        lambda late: yymmdd(_add_months(due, late[0]) + dt.timedelta(days=late[1]))
    )
    return st.one_of(late.filter(card_date_valid), valid_card_dates(due))


@cache
def invalid_card_dates() -> st.SearchStrategy[str]:
    """Card dates that are not valid (U05), three kinds drawn about equally often: month 13 or
    00 in a year the century window accepts (1960, 2024, 2049: the month check of
    7200-VALIDATE-DATE, not the year check, refuses them); 50 → 1950 and 59 → 1959 before
    1960, 29 February of a common year, 31 April, day 0, zeros; bytes that are not digits."""
    bad_months = ["241301", "240015", "491300", "600001"]
    invalid = ["500101", "591231", "230229", "240431", "240000", "000000", "990230"]
    garbled = ["24O415", "      ", "2404 5", "24-4-1"]
    return st.one_of(*(st.sampled_from(kind) for kind in (bad_months, invalid, garbled)))


def card_dates(near: dt.date) -> st.SearchStrategy[str]:
    """Card dates, valid (mostly) or not."""
    return st.one_of(valid_card_dates(near), invalid_card_dates())


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return _safe_day(year, month, day.day)


@cache
def tax_periods(run_year: int) -> st.SearchStrategy[int]:
    """Valid tax periods ``YYYY12`` of recent years (due before the run date, or not yet)."""
    return st.sampled_from(period_choices(run_year))


@cache
def period_choices(run_year: int) -> tuple[int, ...]:
    years = [run_year - 1, run_year - 2, run_year - 3, run_year - 6, run_year, run_year - 5]
    # A card can write dates up to 2049 only (century window), so periods stop at 2048.
    return tuple(year * 100 + 12 for year in years if 1960 <= year <= 2048)


@cache
def card_tax_periods(run_year: int) -> st.SearchStrategy[str]:
    """TR-TAX-PERIOD text: mostly valid periods, sometimes the first and last valid years
    (1960, 2098), a month other than 12, a year outside 1960-2098 or bytes that are not digits
    (U05 for a module TC)."""
    invalid = st.sampled_from(
        ["202306", "195912", "209912", "000000", "2023  ", "20231A", "196012", "209812"]
    )
    return st.one_of(tax_periods(run_year).map(lambda period: f"{period:06d}"), invalid)
