"""A run of NUMERIC class tests on one record as one regular-expression match.

POSTING's 1320-SCAN-ONE-MODULE tests fourteen items of ``TA-MODULE (TA-MX)`` with ``IS NOT
NUMERIC`` joined by OR, and 2300-CHECK-DATA five fields of the card: written one by one, each
test slices its bytes out of the area and calls ``isdigit`` (a packed item ``hex`` too), about
thirty C calls and fourteen copies per module. A class test reads and never changes data, so
the tests of one OR chain (``NOT NUMERIC``) or one AND chain (``NUMERIC``) on items of one area
at offsets fixed relative to each other are one question: does one pattern match the bytes
from the first item to the end of the last? The pattern holds, at each item's place, what
``class_condition`` accepts there, byte for byte:

- alphanumeric and unsigned DISPLAY items: ASCII digits (``bytes.isdigit``);
- signed DISPLAY with a trailing overpunched sign (the default ``-fsign=ASCII``): digits, the
  last byte a digit or ``p``..``y`` (support.numeric_signed_display: 0x70-0x79);
- PACKED-DECIMAL: every nibble but the last a digit, the last ``C`` or ``D`` when signed
  (``F`` too under hostsign), ``F`` when unsigned (support.numeric_packed).

Any other item (separate or leading signs, COMP, a promoted item held as a Python int), a
reference modification, two items sharing bytes, or an offset that still holds a subscript
range test (out of range, cobc without -debug reads the neighbouring bytes, or the run stops:
names.py) keeps its own test. guards.py writes a condition twice when a subscript is used
twice or more; its in-range copy has offsets without tests, and that copy is where the run of
1320 becomes one match (``_cx<n>.match(B10, 150 + (TA-MX - 1) * 86)``). Probe
``speed_classtests``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.runtime.fields import Category, FieldType, Usage

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.conditions import Conditions

_DIGIT = b"[0-9]"
_OVERPUNCH = b"[0-9p-y]"
_OFFSET = re.compile(r"(\d+) \+ (.+)")


@dataclass(frozen=True)
class _Leaf:
    """One class test of a chain that can join a pattern: where its bytes are."""

    buf: str
    base: str  # the part of the offset that is not a constant ("" for a fixed item)
    start: int
    size: int
    pattern: bytes


def class_chain(c: Conditions, cond: ast.And | ast.Or) -> str | None:
    """``cond`` with its mergeable class tests written as pattern matches, or None when no
    two of them can be merged (the caller then writes the chain as before)."""
    kind = type(cond)
    leaves = _flatten(cond, kind)
    wanted_negated = kind is ast.Or
    places: list[_Leaf | None] = [
        _leaf(c, leaf) if _is_class_test(leaf, wanted_negated) else None for leaf in leaves
    ]
    groups: dict[tuple[str, str], list[int]] = {}
    for position, place in enumerate(places):
        if place is not None:
            groups.setdefault((place.buf, place.base), []).append(position)
    merged: dict[int, str] = {}
    dropped: set[int] = set()
    for positions in groups.values():
        chosen = _disjoint([place for p in positions if (place := places[p]) is not None])
        if chosen is None or len(chosen) < 2:
            continue
        merged[positions[0]] = _match(c, chosen, negated=wanted_negated)
        dropped.update(positions[1:])
    if not merged:
        return None
    joiner = " or " if kind is ast.Or else " and "
    codes = [
        merged[position] if position in merged else c._cond(leaf)
        for position, leaf in enumerate(leaves)
        if position not in dropped
    ]
    return codes[0] if len(codes) == 1 else "(" + joiner.join(codes) + ")"


def _flatten(cond: ast.Condition, kind: type) -> list[ast.Condition]:
    if isinstance(cond, kind):
        assert isinstance(cond, ast.And | ast.Or)
        return [*_flatten(cond.left, kind), *_flatten(cond.right, kind)]
    return [cond]


def _is_class_test(cond: ast.Condition, negated: bool) -> bool:
    return (
        isinstance(cond, ast.ClassCondition)
        and cond.class_name == "NUMERIC"
        and cond.negated is negated
        and isinstance(cond.subject, ast.Identifier)
        and cond.subject.refmod is None
    )


def _leaf(c: Conditions, cond: ast.Condition) -> _Leaf | None:
    assert isinstance(cond, ast.ClassCondition) and isinstance(cond.subject, ast.Identifier)
    ref = c.ref(cond.subject)
    if ref.var is not None or ref.static_size is None or ref.static_size < 1:
        return None
    place = _offset(ref.off)
    if place is None:
        return None
    pattern = _item_pattern(ref.ftype, ref.static_size, c.program.source.dialect.flag("hostsign"))
    if pattern is None:
        return None
    return _Leaf(ref.buf, place[1], place[0], ref.static_size, pattern)


def _offset(code: str) -> tuple[int, str] | None:
    """(constant part, the rest) of an offset names.py wrote: ``150 + (V0 - 1) * 86`` gives
    (150, "(V0 - 1) * 86"); None when the rest holds a range test, a call or an assignment."""
    if code.isdigit():
        return int(code), ""
    found = _OFFSET.fullmatch(code)
    start, rest = (int(found.group(1)), found.group(2)) if found else (0, code)
    if re.fullmatch(r"\(V\d+ - 1\)(?: \* \d+)?(?: \+ \(V\d+ - 1\)(?: \* \d+)?)*", rest):
        return start, rest
    return None


def _item_pattern(ftype: FieldType, size: int, hostsign: bool) -> bytes | None:
    """What ``class_condition`` accepts as NUMERIC for an item of this type, as a pattern."""
    if ftype.category is not Category.NUMERIC:
        return _DIGIT + b"{%d}" % size
    if ftype.usage is Usage.DISPLAY:
        if not ftype.signed:
            return _DIGIT + b"{%d}" % size
        if ftype.sign_separate or ftype.sign_leading:
            return None
        return _DIGIT + b"{%d}" % (size - 1) + _OVERPUNCH
    if ftype.usage is Usage.PACKED:
        signs = (b"\x0c\x0d\x0f" if hostsign else b"\x0c\x0d") if ftype.signed else b"\x0f"
        both = _byte_class(high * 16 + low for high in range(10) for low in range(10))
        last = _byte_class(high * 16 + sign for high in range(10) for sign in signs)
        return both + b"{%d}" % (size - 1) + last
    return None


def _byte_class(values: Iterable[int]) -> bytes:
    return b"[" + b"".join(re.escape(bytes([value])) for value in sorted(values)) + b"]"


def _disjoint(leaves: list[_Leaf]) -> list[_Leaf] | None:
    """The leaves sorted by offset when no two share a byte, else None."""
    chosen = sorted(leaves, key=lambda leaf: leaf.start)
    for before, after in pairwise(chosen):
        if before.start + before.size > after.start:
            return None
    return chosen


def _match(c: Conditions, leaves: list[_Leaf], negated: bool) -> str:
    parts: list[bytes] = []
    end = leaves[0].start
    for leaf in leaves:
        if leaf.start > end:
            parts.append(b".{%d}" % (leaf.start - end))
        parts.append(leaf.pattern)
        end = leaf.start + leaf.size
    pattern = c.const(re.compile(b"".join(parts), re.DOTALL), "_cx")
    first = leaves[0]
    offset = f"{first.start} + {first.base}" if first.base else str(first.start)
    code = f"{pattern}.match({first.buf}, {offset})"
    return f"({code} is None)" if negated else f"({code} is not None)"
