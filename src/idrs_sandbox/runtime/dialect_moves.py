"""MOVEs that a dialect option changes (cobol/dialect.py).

``move-ibm`` (-fmove-ibm, -std=ibm / mvs): a MOVE between alphanumeric items whose sender is at
least as long as the receiver copies byte by byte from the left, as IBM's MVC does, also when the
two overlap (libcob move.c cob_move_ibm, called by cobc typeck.c cb_build_move_copy): ``MOVE
X(1:8) TO X(2:8)`` on "0123456789" gives "0000000009" where the default dialect's memmove gives
"0012345679" (testsuite "IBM MOVE"; probe dialect_move_ibm).
"""

from __future__ import annotations


def forward_copy(buffer: bytearray, source: int, target: int, size: int) -> None:
    """``size`` bytes from ``source`` to ``target`` of one buffer, one at a time from the left."""
    if target <= source or target >= source + size:
        buffer[target : target + size] = buffer[source : source + size]
        return
    for index in range(size):
        buffer[target + index] = buffer[source + index]
