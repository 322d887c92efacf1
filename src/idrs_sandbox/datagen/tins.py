"""Synthetic TINs: only areas 000 and 666, which are never issued, so no TIN here is anyone's.

The usable space is 000-00-0001 .. 000-99-9999 followed by 666-00-0000 .. 666-99-9999, in
ascending order: 1,999,999 TINs. :class:`TinAllocator` hands out ``count`` of them in strictly
ascending order with random gaps (one TIN drawn per stride), streaming, in O(1) memory.
"""

from __future__ import annotations

import random

AREAS = ("000", "666")
AREA_000_SIZE = 999_999  # 000000001 .. 000999999 (000-00-0000 is left out)
AREA_666_BASE = 666_000_000
TIN_SPACE = AREA_000_SIZE + 1_000_000


def tin_at(index: int) -> int:
    """The ``index``-th TIN of the synthetic space (0-based, ascending)."""
    if not 0 <= index < TIN_SPACE:
        raise ValueError(f"TIN index {index} outside 0..{TIN_SPACE - 1}")
    if index < AREA_000_SIZE:
        return index + 1
    return AREA_666_BASE + index - AREA_000_SIZE


def index_of(tin: int) -> int:
    """The position of a synthetic ``tin`` in the space (the inverse of :func:`tin_at`)."""
    if 1 <= tin <= AREA_000_SIZE:
        return tin - 1
    if AREA_666_BASE <= tin < AREA_666_BASE + 1_000_000:
        return tin - AREA_666_BASE + AREA_000_SIZE
    raise ValueError(f"TIN {tin:09d} is outside areas 000 and 666")


def in_synthetic_area(tin: str) -> bool:
    """True when the first three characters of a TIN field are 000 or 666."""
    return tin[:3] in AREAS


class TinAllocator:
    """``count`` ascending TINs: the i-th is drawn uniformly from the i-th stride of the space."""

    def __init__(self, rng: random.Random, count: int) -> None:
        if count > TIN_SPACE:
            raise ValueError(f"{count:,} TINs asked for; areas 000 and 666 hold {TIN_SPACE:,}")
        self._rng = rng
        self._stride = TIN_SPACE // max(count, 1)
        self._next = 0

    def next(self) -> int:
        index = self._next * self._stride + self._rng.randrange(self._stride)
        self._next += 1
        return tin_at(index)
