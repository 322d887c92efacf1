"""Realistic money amounts, drawn from tables built once per run with their card text encoded.

A run draws a million amounts; encoding each one through the zoned codec costs microseconds, so
every category keeps ``TABLE_SIZE`` amounts with their 11-byte ``S9(9)V99`` zoned text computed
once (the encoding itself is ``records.numeric``'s). Amounts follow a log-normal spread around a
category median, with a share of round dollar figures (people pay $500.00, not $517.23).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from idrs_sandbox.datagen.layout import card_text

TABLE_BITS = 12
TABLE_SIZE = 1 << TABLE_BITS


@dataclass(frozen=True, slots=True)
class AmountCategory:
    median_cents: int
    sigma: float
    round_share: float
    max_cents: int


# Medians loosely after IMF flavour: tax liability, payments, withholding, refundable credits.
TAX = AmountCategory(650_000, 1.0, 0.02, 150_000_000)
ADDITIONAL_TAX = AmountCategory(120_000, 1.1, 0.10, 50_000_000)
PAYMENT = AmountCategory(90_000, 1.1, 0.45, 60_000_000)
WITHHOLDING = AmountCategory(520_000, 0.9, 0.01, 120_000_000)
REFUNDABLE_CREDIT = AmountCategory(180_000, 0.6, 0.05, 800_000)


class AmountTable:
    """``draw()`` gives ``(cents, card_text)`` from a table of ``TABLE_SIZE`` amounts.

    Each entry is drawn (from the run's random stream) and encoded the first time its index comes
    up, so a small run pays only for the amounts it uses; the result is still fixed by the seed.
    """

    def __init__(self, rng: random.Random, category: AmountCategory) -> None:
        self._rng = rng
        self._category = category
        self._entries: list[tuple[int, str] | None] = [None] * TABLE_SIZE

    def draw(self) -> tuple[int, str]:
        index = self._rng.getrandbits(TABLE_BITS)
        entry = self._entries[index]
        if entry is None:
            cents = _draw_cents(self._rng, self._category)
            entry = self._entries[index] = (cents, card_text().amount(cents))
        return entry


def _draw_cents(rng: random.Random, category: AmountCategory) -> int:
    value = category.median_cents * math.exp(rng.gauss(0.0, category.sigma))
    cents = max(1, min(category.max_cents, int(value)))
    if rng.random() < category.round_share:
        # Round to whole dollars, and to hundreds when the amount is large enough.
        unit = 10_000 if cents >= 100_000 else 100
        cents = max(unit, cents // unit * unit)
    return cents
