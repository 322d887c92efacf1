"""Money: exact decimals, COBOL rounding words, and the sizes of the money fields.

ROUNDED in COBOL is half away from zero on the magnitude (``ROUND_HALF_UP`` in ``decimal``);
no ROUNDED truncates toward zero (``ROUND_DOWN``). GNUCOBOL-NOTES: intermediates are exact.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
ONE_DOLLAR = Decimal("1.00")

AMOUNT_LIMIT = Decimal("1000000000")
"""S9(9)V99 holds magnitudes below 10**9 (TAX-ASSESSED, CREDITS, BALANCE, card AMOUNT)."""

PENALTY_LIMIT = Decimal("10000000")
"""S9(7)V99 holds magnitudes below 10**7 (FTF-PENALTY, FTP-PENALTY, INTEREST)."""

AMOUNT_FLOOR = -AMOUNT_LIMIT
PENALTY_FLOOR = -PENALTY_LIMIT
"""The negated limits, computed once: the hottest checks (U10) compare ``FLOOR < value < LIMIT``
(negating a ``Decimal`` builds a new one on every call)."""

RATE_QUANTUM = Decimal("0.00000001")
"""A PIC V9(8) work field: the daily interest rate keeps eight decimals."""


def rounded(value: Decimal) -> Decimal:
    """COBOL ``ROUNDED`` to cents: half away from zero."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def truncated(value: Decimal) -> Decimal:
    """COBOL store without ROUNDED to cents: extra digits dropped toward zero."""
    return value.quantize(CENT, rounding=ROUND_DOWN)


def fits(value: Decimal, limit: Decimal) -> bool:
    """True when ``value`` stores without SIZE ERROR: its magnitude is below ``limit``."""
    return -limit < value < limit


def stored(value: Decimal) -> Decimal:
    """A computed result as COMPUTE stores it: a new value, and a zero is always +0 (GnuCOBOL
    never stores a negative zero; posting-notes P6). The run keeps the MASTIN bytes of a money
    field only while it holds the very value that was read (see ``Module.stored``)."""
    return value + ZERO
