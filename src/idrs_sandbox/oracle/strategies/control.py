"""Control cards (CTLCARD, RULEBOOK §2, §7): valid ones, and the invalid CONTROL files that
abend."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from hypothesis import strategies as st

from idrs_sandbox.oracle.compare import record_codec
from idrs_sandbox.oracle.strategies.dates import cycle_of_day, run_days, yyyymmdd
from idrs_sandbox.oracle.strategies.values import ControlCard, RawControl


@cache
def interest_rates() -> st.SearchStrategy[Decimal]:
    """INTEREST-RATE 9V9(4): 8 %, rates whose daily rate is exact (3.6 %, 7.2 %), rates that lose a
    lot in the truncation of the daily rate to 8 decimals (0.01 %, 0.07 %), zero, the
    maximum, any up to 20 %."""
    fixed = ("0.0800", "0.0360", "0.0720", "0.0700", "0.0001", "0.0007", "0.0000", "9.9999")
    chosen = st.sampled_from([Decimal(text) for text in fixed])
    # Any rate up to 20 %: a rate of several hundred percent makes every notice an overflow.
    return st.one_of(chosen, chosen, st.integers(0, 2_000).map(lambda n: Decimal(n).scaleb(-4)))


@st.composite
def control_cards(draw: st.DrawFn) -> ControlCard:
    """Valid control cards: the cycle of the run date, or the year's first or last week (the
    cycle is not cross-checked with the date, RULEBOOK §3), a run date, a rate."""
    day = draw(run_days())
    cycle = draw(st.sampled_from([cycle_of_day(day), day.year * 100 + 1, day.year * 100 + 52]))
    return ControlCard(cycle, yyyymmdd(day), draw(interest_rates()))


@cache
def invalid_control_cards() -> st.SearchStrategy[RawControl]:
    """CONTROL CARD INVALID (RULEBOOK §7, posting-notes A3), three kinds drawn about equally
    often: a numeric card with week 00 or 53, an invalid date (30 February, month 13) or a
    year before 1960; a field that is not numeric (letters in RUN-CYCLE, a letter O for a zero
    in RUN-DATE, a blank or a decimal point in INTEREST-RATE); a short or a long file, two
    cards, an empty file. (One flat list would give its first card a third of the draws and
    leave the others to a few runs per test.)"""
    return st.one_of(*(st.sampled_from(kind) for kind in INVALID_CONTROL_KINDS)).map(RawControl)


CARD = record_codec("CTLCARD").layout.size
"""The CONTROL record length (80)."""
_GOOD_CONTROL = "20241520240412" + "00800"
INVALID_CONTROL_KINDS: tuple[tuple[str, ...], ...] = (
    tuple(
        text.ljust(CARD)
        for text in (
            "20240020240412" + "00800",
            "20245320240412" + "00800",
            "20241520240230" + "00800",
            "20241519590412" + "00800",
            "20241520241301" + "00800",
        )
    ),
    tuple(
        text.ljust(CARD)
        for text in (
            "2024152024O412" + "00800",
            "2024AB20240412" + "00800",
            "20241520240412" + "0080 ",
            "20241520240412" + "0.080",
        )
    ),
    (
        _GOOD_CONTROL.ljust(CARD - 1),
        _GOOD_CONTROL.ljust(CARD + 1),
        _GOOD_CONTROL.ljust(CARD) * 2,
        "",
    ),
)
"""The invalid CONTROL files of :func:`invalid_control_cards`, by kind."""
