"""ROUNDED MODE IS ...: how a result loses its extra decimals when it is stored.

Each function takes the unscaled value and ``factor`` = 10 ** (decimals dropped) and returns the
value with those decimals gone, as libcob's ``cob_decimal_do_round`` followed by the truncating
``shift_decimal`` gives it (GnuCOBOL 3.1.2 numeric.c; probe ``rounded_modes``: 2.5 / -2.5 / 3.5
under each mode). A plain ROUNDED is NEAREST-AWAY-FROM-ZERO (``support.round_half_away``) unless
the OPTIONS paragraph says DEFAULT ROUNDED MODE; no ROUNDED phrase is TRUNCATION.

PROHIBITED truncates too: cobc 3.1.2 raises EC-SIZE-TRUNCATION when a non-zero value has more
decimals than its receiver, runs ON SIZE ERROR, and still stores the truncated value (probe
``rounded_modes``: ``COMPUTE R ROUNDED MODE PROHIBITED = 2.0`` with V PIC S9V9 takes the SIZE
ERROR branch and R becomes 2); the compiler emits that test (``PROHIBITED`` below).
"""

from __future__ import annotations

from collections.abc import Callable

PROHIBITED = "PROHIBITED"
NEAREST_AWAY = "NEAREST-AWAY-FROM-ZERO"
TRUNCATION = "TRUNCATION"


def away_from_zero(value: int, factor: int) -> int:
    magnitude, rest = divmod(-value if value < 0 else value, factor)
    if rest:
        magnitude += 1
    return -magnitude if value < 0 else magnitude


def nearest_even(value: int, factor: int) -> int:
    """A tie goes to the even neighbour (libcob: the kept digit's parity, "case 5, 25, ..")."""
    magnitude, rest = divmod(-value if value < 0 else value, factor)
    if rest * 2 > factor or (rest * 2 == factor and magnitude % 2 == 1):
        magnitude += 1
    return -magnitude if value < 0 else magnitude


def nearest_toward_zero(value: int, factor: int) -> int:
    magnitude, rest = divmod(-value if value < 0 else value, factor)
    if rest * 2 > factor:
        magnitude += 1
    return -magnitude if value < 0 else magnitude


def toward_greater(value: int, factor: int) -> int:
    return -(-value // factor)


def toward_lesser(value: int, factor: int) -> int:
    return value // factor


ROUNDERS: dict[str, tuple[str, Callable[[int, int], int]]] = {
    "AWAY-FROM-ZERO": ("_rnd_away", away_from_zero),
    "NEAREST-EVEN": ("_rnd_even", nearest_even),
    "NEAREST-TOWARD-ZERO": ("_rnd_near_zero", nearest_toward_zero),
    "TOWARD-GREATER": ("_rnd_greater", toward_greater),
    "TOWARD-LESSER": ("_rnd_lesser", toward_lesser),
}
"""Mode -> (name in the generated code's namespace, function). NEAREST-AWAY-FROM-ZERO is the
namespace's ``_round``; TRUNCATION and PROHIBITED are ``_trunc``."""

NAMESPACE = {name: function for name, function in ROUNDERS.values()}


def rounding_function(rounded: bool | str) -> str:
    """The generated code's name of the function that drops decimals for this ROUNDED phrase
    (``False``: none written, ``True``: ROUNDED with the default mode, or the mode's name)."""
    if rounded is True or rounded == NEAREST_AWAY:
        return "_round"
    if rounded is False or rounded in (TRUNCATION, PROHIBITED):
        return "_trunc"
    return ROUNDERS[rounded][0]
