"""One range test for a subscript used several times in one condition or one statement.

POSTING's 1320-SCAN-ONE-MODULE tests fourteen items of ``TA-MODULE (TA-MX)`` in one IF; each
subscripted item tests ``0 < TA-MX <= 4`` before its offset is computed (names.py: out of
range, support.check_subscript decides what cobc without -debug does, or stops the run). A
condition never changes a data item, so when one promoted subscript variable is tested twice
or more, the condition is written twice: once with the variable known to be in range (no
tests: the offsets alone), chosen by a single test, and once as before for any other value,
which then runs every test and call exactly as without this module.

A statement with no nested statements (MOVE, COMPUTE, ADD...: 5700-RECOMPUTE-BALANCE adds five
items of ``TA-MODULE (WS-BAL-SUB)``) is written twice the same way, under ``if`` / ``else``,
unless it stores into the variable itself. A numeric expression alone is never written twice:
a store reuses the offset temps its value's reads assigned (stores.py ``_target_slice``), so
the value and the store must come from one version.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.emission import Emission

_DEEPEST = 60
"""No guard around code this many levels deep already: the ``if`` adds one, and Python's
parser stops at 100 (a program of ~97 nested IFs compiles: docs/interpreter.md)."""

_RANGE_TEST = re.compile(r"0 < \(_t\d+ := (V\d+)\) <= (\d+) else (?:_pn\d+\(B\d+, )?_sx[dn]?\d*\(")


def guarded(c: Emission, build: Callable[[], str]) -> str:
    """The condition ``build`` writes, with one range test per subscript used twice or more."""
    lines = len(c.out.lines)
    slow = build()
    if len(c.out.lines) != lines:  # it wrote lines of its own: keep it as it is
        return slow
    hot = _hot(slow, c.known_ranges)
    if not hot:
        return slow
    saved = dict(c.known_ranges)
    try:
        c.known_ranges.update({var: (1, limit) for var, limit in hot.items()})
        fast = build()
    finally:
        c.known_ranges.clear()
        c.known_ranges.update(saved)
    if len(c.out.lines) != lines:
        del c.out.lines[lines:]
        return slow
    test = " and ".join(f"0 < {var} <= {limit}" for var, limit in hot.items())
    return f"(({fast}) if {test} else ({slow}))"


def _hot(text: str, known: dict[str, tuple[int, int]]) -> dict[str, int]:
    """The promoted subscript variables range-tested twice or more in ``text`` (and not
    already known), each with the smallest OCCURS it subscripts."""
    uses: dict[str, int] = {}
    limits: dict[str, int] = {}
    for var, maximum in _RANGE_TEST.findall(text):
        uses[var] = uses.get(var, 0) + 1
        limits[var] = min(limits.get(var, int(maximum)), int(maximum))
    return {
        var: limits[var] for var, count in sorted(uses.items()) if count >= 2 and var not in known
    }


def _too_deep(lines: list[str]) -> bool:
    return any(len(line) - len(line.lstrip()) >= 4 * _DEEPEST for line in lines)


_CALLS = re.compile(r"\b(_p\d+|_run|_resume|globals)\(|\.call\(")
"""A PERFORM or a CALL in a paragraph: the code it runs may change any subscript variable."""


def guarded_statement(c: Emission, generate: Callable[[], None]) -> None:
    """A statement without nested statements (MOVE, COMPUTE, ADD...) whose subscripts test one
    variable twice or more: written once for the variable in range, without the tests, and
    once as before, chosen by one test. Not when the statement stores into the variable
    (``ADD 1 TO I T (I)``: the second subscript sees the new value)."""
    _guarded(c, generate, None)


def guarded_body(c: Emission, generate: Callable[[], None]) -> None:
    """A paragraph's statements (2410-MATCH-MODULE: two IFs on ``TA-TAX-PERIOD (TA-MX)``)
    written twice the same way as a statement, when they neither PERFORM nor CALL nor store
    into the variable: every statement in between then sees the value the test saw."""
    _guarded(c, generate, _CALLS)


def _guarded(c: Emission, generate: Callable[[], None], refused: re.Pattern[str] | None) -> None:
    """Generate, and when a variable is range-tested twice or more (and ``refused`` does not
    match, and nothing stores into it) generate again as ``if <in range>: fast / else: slow``;
    the slow copy keeps its line origins, shifted to where it now stands."""
    start, origins = len(c.out.lines), len(c.line_origins)
    generate()
    slow = c.out.lines[start:]
    text = "\n".join(slow)
    hot = _hot(text, c.known_ranges)
    if not hot or _too_deep(slow) or (refused is not None and refused.search(text)):
        return
    if any(re.search(rf"\b{var}\s*(=(?!=)|:=)", text) for var in hot):
        return
    slow_origins = c.line_origins[origins:]
    del c.out.lines[start:]
    del c.line_origins[origins:]
    saved = dict(c.known_ranges)
    test = " and ".join(f"0 < {var} <= {limit}" for var, limit in hot.items())
    c.out.line(f"if {test}:")
    c.out.depth += 1
    try:
        c.known_ranges.update({var: (1, limit) for var, limit in hot.items()})
        generate()
    finally:
        c.out.depth -= 1
        c.known_ranges.clear()
        c.known_ranges.update(saved)
    c.out.line("else:")
    shift = len(c.out.lines) - start
    c.out.lines.extend("    " + line for line in slow)
    c.line_origins.extend((line + shift, origin) for line, origin in slow_origins)
