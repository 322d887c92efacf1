"""FUNCTION RANDOM as libcob 3.1.2 computes it on glibc: ``srand (seed)`` when an argument is
given (a negative seed is 0), then ``rand () / RAND_MAX`` in a COMP-2 field (intrinsic.c
cob_intr_random).

glibc's rand is its TYPE_3 additive feedback generator (random_r.c): 31 words seeded with
16807 * x mod (2**31 - 1) (Schrage's method), 310 results thrown away, then each result is
the sum of the words 31 and 3 places back, shifted right by one. A seed of 0 is taken as 1, and
a program that asks for RANDOM before any seed gets the sequence of seed 1, as glibc's unseeded
rand. Measured with cobc 3.1.2 (probe ``functions_random``): RANDOM (7) is 0.4869041393915676,
the first unseeded RANDOM 0.8401877171547095.

The generator's state belongs to the run (``RunStreams.random``, shared by the programs it
CALLs, as libcob's process-wide rand state is), never to the Python process: two runs in one
process each start unseeded.
"""

from __future__ import annotations

from idrs_sandbox.runtime import floats
from idrs_sandbox.runtime.fields import Category, FieldType, Usage
from idrs_sandbox.runtime.intrinsic_fields import Result, at_scale, item

RAND_MAX = 2147483647
_DEGREE = 31
_SEPARATION = 3
COMP_2 = FieldType(Category.NUMERIC, 8, Usage.FLOAT, floats.FLOAT_DIGITS, floats.FLOAT_SCALE, True)
"""libcob's result field: COB_TYPE_NUMERIC_DOUBLE (shown and moved as a COMP-2 item)."""


class Rand:
    """glibc's rand / srand state (TYPE_3)."""

    def __init__(self) -> None:
        self.words: list[int] = []
        self.front = _SEPARATION
        self.rear = 0
        self.seed(1)

    def seed(self, seed: int) -> None:
        """srandom_r: the 31 words from the seed, then 310 results discarded."""
        word = seed & 0xFFFFFFFF or 1
        words = [word]
        for _ in range(1, _DEGREE):
            high, low = divmod(word, 127773)
            word = 16807 * low - 2836 * high
            if word < 0:
                word += RAND_MAX
            words.append(word)
        self.words, self.front, self.rear = words, _SEPARATION, 0
        for _ in range(_DEGREE * 10):
            self.next()

    def next(self) -> int:
        """random_r: the next value from 0 to RAND_MAX."""
        words = self.words
        words[self.front] = (words[self.front] + words[self.rear]) & 0xFFFFFFFF
        value = words[self.front] >> 1
        self.front = (self.front + 1) % _DEGREE
        self.rear = (self.rear + 1) % _DEGREE
        return value


def random(state: Rand, seed: Result | None = None) -> Result:
    """FUNCTION RANDOM [(seed)]: cob_get_int of the seed (below 0: 0), then rand () / RAND_MAX
    as a double."""
    if seed is not None:
        whole = at_scale(seed, 0) & 0xFFFFFFFF
        if whole & 0x80000000:  # a negative C int
            whole = 0
        state.seed(whole)
    number = state.next() / RAND_MAX
    return item(COMP_2, floats.value_of(number))
