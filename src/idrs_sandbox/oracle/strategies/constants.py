"""The limits and code lists of the rulebook the strategies aim at (field maximums, TCs, statuses,
notices, freezes, run years)."""

from __future__ import annotations

from decimal import Decimal

from idrs_sandbox.oracle.compare import record_codec

CENT = Decimal("0.01")
AMOUNT_MAX = Decimal("999999999.99")
"""S9(9)V99: TAX-ASSESSED, CREDITS, BALANCE and the card AMOUNT."""
PENALTY_MAX = Decimal("9999999.99")
"""S9(7)V99: FTF-PENALTY, FTP-PENALTY, INTEREST."""
_MODULE_TABLE = record_codec("TAXACCT").layout.field("TA-MODULE")
MAX_MODULES = _MODULE_TABLE.count
"""TA-MODULE OCCURS 4 TIMES."""
MODULE_SIZE = _MODULE_TABLE.size
"""One module slot (86 bytes)."""
MAX_ACCOUNTS = 16
"""Accounts in a generated master: the end-of-account rules (notices, interest, FTP, offsets,
refunds) fire on master modules whether or not a card touches them, so a run with many
accounts tests many of them at almost no cost; a failure shrinks to the few that matter."""
MAX_TINS = 8
"""TINs in a generated deck (accounts on file and new ones)."""
MAX_CARDS = 7
"""Cards per TIN in a generated deck (a payment before a return makes one more)."""
SYNTHETIC_AREAS = ("666", "000")
"""Synthetic data only: TINs in areas 666 and 000 (COMMON.md)."""

INPUT_TCS = (150, 610, 290, 291, 806, 766, 670, 0, 13, 14, 420, 421, 570, 571, 971)
"""RULEBOOK §5 input TCs, the return first so that a shrunk card tends to be a plain return."""
UNKNOWN_TCS = (1, 151, 166, 196, 276, 706, 826, 846, 976, 999)
"""Numeric codes that are not input TCs (U04): generated TCs, a neighbour of 150, 999."""
ZERO_AMOUNT_TCS = frozenset({0, 13, 14, 420, 421, 570, 571, 971})
MODULE_TCS = frozenset(INPUT_TCS) - {0, 13, 14}
STATUSES = (0, 10, 12, 21, 22, 54, 56, 58)
"""Every TA-STATUS value (TAXACCT 88-levels)."""
NOTICE_STREAM = ("     ", "CP14 ", "CP501", "CP503", "CP504")
NOTICE_STATUSES = {
    "     ": (10, 10, 12, 0),
    "CP14 ": (21, 21),
    "CP501": (54, 54),
    "CP503": (56, 56),
    "CP504": (58, 22, 22),
    "CP99 ": (21,),
}
"""The statuses a module with this LAST-NOTICE has when the program wrote it (after CP504 the
next due notice only moves it to 22, and then it stays 22), weighted against any status."""
ODD_NOTICE = "CP99 "
"""A LAST-NOTICE the program never writes: no next notice follows it (posting-notes E3)."""
MONEY_FIELDS = (
    "TA-TAX-ASSESSED",
    "TA-CREDITS",
    "TA-FTF-PENALTY",
    "TA-FTP-PENALTY",
    "TA-INTEREST",
    "TA-BALANCE",
)
FREEZES = ("   ", "A  ", " L ", "  R", "AL ", "A R", " LR", "ALR")
"""Every combination of freezes A, L and R (set = the letter, clear = a space)."""
ODD_FREEZES = ("X  ", " l ", "  *")
"""Freeze bytes the program never writes: any byte but a space counts as set (posting-notes E2)
and MASTIN's byte is kept until the run sets or releases the freeze."""
RUN_YEARS = (2024, 2025, 2000, 2001, 1996, 2049, 1971)
"""Run years: today, a leap century (2000), the last year a card can write (2049) and an early
one (1971, whose tax periods reach back to the 1960 limit)."""
