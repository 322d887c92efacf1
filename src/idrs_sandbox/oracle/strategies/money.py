"""Money (RULEBOOK §2, §5, §6): zero, one cent, half-cent rounding edges of the 5 % FTF and
0.5 % FTP rates, field maximums, sums that overflow a field, negative amounts, bad overpunch."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from hypothesis import strategies as st

from idrs_sandbox.oracle.strategies.constants import AMOUNT_MAX, CENT, PENALTY_MAX
from idrs_sandbox.oracle.strategies.values import Garbled


def cents(amount: int) -> Decimal:
    return Decimal(amount).scaleb(-2)


@cache
def half_cent_edges() -> st.SearchStrategy[Decimal]:
    """Amounts whose FTF (5 % × months) or FTP (0.5 % × months) ends on exactly half a cent,
    where ROUNDED (half up) and half-even or truncation part: cents ≡ 10 (mod 20) for 5 %,
    whole odd dollars for 0.5 %."""
    # 2.90 first (the simplest value): 2.90 × 0.05 = 0.145 exactly, ROUNDED 0.15, half-even
    # 0.14, and 0.14499999999999999 in binary floating point (0.10 × 0.05 comes out above).
    ftf_edges = st.integers(0, 49_999).map(lambda n: cents(20 * n + 290))
    large_ftf_edges = st.integers(0, 4_999_999_999).map(lambda n: cents(20 * n + 10))
    ftp_edges = st.integers(0, 4_999).map(lambda n: cents(100 * (2 * n + 1)))
    return st.one_of(ftf_edges, ftp_edges, large_ftf_edges)


@cache
def money_amounts(maximum: Decimal = AMOUNT_MAX) -> st.SearchStrategy[Decimal]:
    """Non-negative money up to ``maximum``: zero, a cent, a dollar, rounding edges, whole
    hundreds (exact products, where a float is a hair below), everyday sums (most of them: a
    huge balance makes every notice an assessment overflow), and now and then the field maximum
    or sums near it (two of them overflow S9(9)V99; a large late return overflows the S9(7)V99
    FTF penalty) or any amount the field holds."""
    limit = int(maximum * 100)
    edges = [Decimal(text) for text in ("0.00", "0.01", "0.99", "1.00", "0.10", "2.30", "0.02")]
    large = [maximum, maximum - CENT, (maximum + CENT) / 2, Decimal("40000000.00"), PENALTY_MAX]
    everyday = st.integers(0, min(limit, 500_000)).map(cents)
    return st.one_of(
        st.sampled_from(edges),
        everyday,
        everyday,
        st.integers(0, min(limit, 100_000_000)).map(cents),
        half_cent_edges().filter(lambda value: value <= maximum),
        st.integers(0, min(limit, 10**10) // 10_000).map(lambda n: cents(n * 10_000)),
        st.one_of(
            st.sampled_from([value for value in large if value <= maximum]),
            st.integers(0, limit).map(cents),
        ),
    )


@cache
def return_amounts() -> st.SearchStrategy[Decimal]:
    """The tax on a return: as often a half-cent edge of the FTF and FTP rates as any amount,
    and now and then a tax whose FTF penalty lands on the S9(7)V99 limit
    (:data:`FTF_LIMIT_EDGES`)."""
    return st.one_of(
        half_cent_edges(), money_amounts(), st.sampled_from(FTF_LIMIT_EDGES).map(Decimal)
    )


FTF_LIMIT_EDGES = (
    "199999999.80",  # 1 month late: 5 % = 9,999,999.99, the S9(7)V99 maximum: posts
    "199999999.90",  # 9,999,999.995 ROUNDED = 10,000,000.00: U10
    "199999999.70",
    "99999999.90",  # 2 months: 9,999,999.99
    "99999999.98",  # 9,999,999.998 ROUNDED: U10
    "66666666.60",  # 3 months
    "49999999.95",  # 4 months
    "39999999.96",  # 5 months or more (capped): 25 % = 9,999,999.99
    "39999999.98",  # 9,999,999.995 ROUNDED: U10
)
"""Returns whose FTF penalty (tax × 5 % × months late, ROUNDED; RULEBOOK §6) is exactly the
S9(7)V99 maximum, half a cent over it, or a cent under, for each month count."""


@cache
def penalties() -> st.SearchStrategy[Decimal]:
    """FTF-PENALTY, FTP-PENALTY, INTEREST (S9(7)V99) of a master module: often zero."""
    return st.one_of(st.just(Decimal("0.00")), money_amounts(PENALTY_MAX))


@cache
def card_amounts() -> st.SearchStrategy[Decimal | Garbled]:
    """TR-AMOUNT S9(9)V99: mostly non-negative money; sometimes negative (a negative card is
    U05), −0 with its sign kept (``p``: numeric and zero, so not negative), or bytes that are
    not numeric: an EBCDIC-style overpunch, a sign byte before the last digit, a space, a
    printed amount (ASCII overpunch only, posting-notes V1)."""
    negative = st.integers(1, 1_000_000).map(lambda n: -cents(n))
    return st.one_of(
        money_amounts(), negative, st.just(Garbled("0000000000p")), non_numeric_amounts()
    )


@cache
def non_numeric_amounts() -> st.SearchStrategy[Garbled]:
    """TR-AMOUNT bytes that fail the NUMERIC class test (posting-notes V1, probed on GnuCOBOL:
    only an ASCII overpunch ``p``-``y`` in the last byte is a sign): EBCDIC-style overpunch
    ``{ } J``, a sign byte before the last digit, an embedded space, a printed amount. Such a
    card is U05, and it is left out of the report's money read and unposted (4200, 6000)."""
    texts = ["0000001000{", "0000001000}", "000000100A0", "0000001000J", "00000 10000"]
    return st.sampled_from([*texts, "    1000.00"]).map(Garbled)
