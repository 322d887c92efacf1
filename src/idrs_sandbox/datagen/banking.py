"""Bank routing numbers: the ABA check of RULEBOOK §6 and generators of valid and invalid ones.

A refund goes by direct deposit only when BANK-RTN is numeric, not all zeros, passes the ABA
check ``3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10)`` and BANK-ACCT is not blank;
otherwise a paper check is sent. The generator deliberately produces every one of those cases.
"""

from __future__ import annotations

import random

ABA_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7, 1)
NO_ROUTING = "000000000"

# Federal Reserve routing symbols 01-12 (banks), 21-32 (thrifts): realistic first two digits.
_PREFIXES = tuple(f"{n:02d}" for n in (*range(1, 13), *range(21, 33)))


def aba_checksum(digits: str) -> int:
    """The weighted digit sum of a 9-digit routing number, modulo 10."""
    return sum(w * int(d) for w, d in zip(ABA_WEIGHTS, digits, strict=True)) % 10


def aba_valid(routing: str) -> bool:
    """True when ``routing`` is nine ASCII digits, not all zeros, and passes the ABA check."""
    if len(routing) != 9 or not routing.isascii() or not routing.isdigit():
        return False
    return routing != NO_ROUTING and aba_checksum(routing) == 0


def valid_routing(rng: random.Random) -> str:
    """A routing number that passes the ABA check (the ninth digit is the check digit)."""
    body = rng.choice(_PREFIXES) + f"{rng.randrange(1_000_000):06d}"
    # The check digit has weight 1, so it is whatever brings the sum to a multiple of 10.
    partial = sum(w * int(d) for w, d in zip(ABA_WEIGHTS, body, strict=False))
    return body + str(-partial % 10)


def invalid_routing(rng: random.Random) -> str:
    """Nine digits, not all zeros, that fail the ABA check (a mistyped check digit)."""
    good = valid_routing(rng)
    wrong = (int(good[8]) + rng.randrange(1, 10)) % 10
    return good[:8] + str(wrong)


def bank_account(rng: random.Random) -> str:
    """A deposit account number: 4 to 17 digits, left-justified in the X(17) field."""
    length = rng.randrange(4, 18)
    return str(rng.randrange(10 ** (length - 1), 10**length)).ljust(17)
