"""PICTURE strings: category, digit count, scale (with P scaling), sign and display size.

``parse_picture("S9(9)V99")`` -> ``Picture(category=NUMERIC, digits=11, scale=2, signed=True,
size=11)``. Sizes are DISPLAY sizes (one byte per character position); the storage size for COMP,
COMP-3 and COMP-5 comes from ``records.numeric`` and is decided by the layout.

Rules (ISO COBOL 2002 §13.16.38, as GnuCOBOL 3.1.2 applies them in its default dialect):

- ``S``, ``V`` and ``P`` take no character position; ``CR`` and ``DB`` take two.
- ``P`` scales: trailing Ps (``99PPP``) multiply by 10 per P (scale -3); leading Ps (``PP99``,
  ``VPP99``) sit right of an implied point before them (scale 4).
- numeric-edited digit positions are 9, Z, * and each symbol of a floating insertion string
  (``$$$``, ``+++``, ``---``) but its first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from idrs_sandbox.records.numeric import MAX_DIGITS


class Category(Enum):
    ALPHABETIC = "alphabetic"
    ALPHANUMERIC = "alphanumeric"
    ALPHANUMERIC_EDITED = "alphanumeric-edited"
    NUMERIC = "numeric"
    NUMERIC_EDITED = "numeric-edited"


class PictureError(ValueError):
    """A PICTURE string GnuCOBOL would reject; the message says why."""


@dataclass(frozen=True, slots=True)
class Picture:
    """A parsed PICTURE. ``symbols`` is the string with repetitions expanded, upper case; two
    pictures are equal when their symbols are (``9(3)`` == ``999``)."""

    text: str = field(compare=False)
    category: Category
    symbols: str
    size: int
    digits: int
    scale: int
    signed: bool

    @property
    def is_numeric(self) -> bool:
        return self.category is Category.NUMERIC

    @property
    def is_edited(self) -> bool:
        return self.category in (Category.NUMERIC_EDITED, Category.ALPHANUMERIC_EDITED)

    def __str__(self) -> str:
        return self.text


_REPEAT = re.compile(r"(.)\((\d+)\)")
_ALLOWED = set("AX9SVPZ*$,.+-CRDB0/")
_NUMERIC_EDIT = set("Z*$,.+-CRDB0/")
_FLOATING = "$+-"


@lru_cache(maxsize=2048)
def parse_picture(text: str) -> Picture:
    """Parse a PICTURE character-string; raises ``PictureError`` with the reason."""
    symbols = _expand(text)
    _check_symbols(text, symbols)
    category = _category(text, symbols)
    if category is Category.NUMERIC:
        return _numeric_picture(text, symbols)
    if category is Category.NUMERIC_EDITED:
        return _numeric_edited_picture(text, symbols)
    return Picture(text, category, symbols, len(symbols), 0, 0, False)


def _expand(text: str) -> str:
    upper = text.upper()
    if not upper:
        raise PictureError("empty PICTURE")

    def repeat(match: re.Match[str]) -> str:
        count = int(match.group(2))
        if count == 0:
            raise PictureError(f"repetition count 0 in PICTURE {text}")
        return match.group(1) * count

    expanded = _REPEAT.sub(repeat, upper)
    if "(" in expanded or ")" in expanded:
        raise PictureError(f"bad repetition count in PICTURE {text}")
    return expanded


def _check_symbols(text: str, symbols: str) -> None:
    bad = sorted(set(symbols) - _ALLOWED)
    if bad:
        raise PictureError(f"invalid character {bad[0]!r} in PICTURE {text}")
    for pair in ("CR", "DB"):
        if pair in symbols and not symbols.endswith(pair):
            raise PictureError(f"{pair} must end PICTURE {text}")
    rest = symbols.removesuffix("CR").removesuffix("DB")
    stray = sorted(set(rest) & {"C", "R", "D"})
    if stray:
        raise PictureError(f"{stray[0]!r} outside CR / DB in PICTURE {text}")
    if symbols.count("S") > 1 or ("S" in symbols and not symbols.startswith("S")):
        raise PictureError(f"S must be the first symbol of PICTURE {text}")
    if symbols.count("V") > 1:
        raise PictureError(f"more than one V in PICTURE {text}")
    if symbols.count(".") > 1:
        raise PictureError(f"more than one '.' in PICTURE {text}")
    if "V" in symbols and "." in symbols:
        raise PictureError(f"both V and '.' in PICTURE {text}")


def _category(text: str, symbols: str) -> Category:
    chars = set(symbols.replace("CR", "").replace("DB", ""))
    if "CR" in symbols or "DB" in symbols:
        chars.add("+")  # a sign editing symbol: numeric-edited
    if chars & {"A", "X"}:
        if chars - {"A", "X", "9", "B", "0", "/"}:
            raise PictureError(f"PICTURE {text} mixes alphanumeric and numeric editing")
        if chars & {"B", "0", "/"}:
            return Category.ALPHANUMERIC_EDITED
        if chars == {"A"}:
            return Category.ALPHABETIC
        return Category.ALPHANUMERIC
    if chars <= {"9", "S", "V", "P"}:
        if "9" not in chars:
            raise PictureError(f"PICTURE {text} has no digit position")
        return Category.NUMERIC
    if "S" in chars:
        raise PictureError(f"S in the edited PICTURE {text} (use + - CR DB)")
    return Category.NUMERIC_EDITED


def _scale_of(symbols: str, point: float, digit_positions: list[int]) -> int:
    """Digits right of the point minus trailing Ps left of it (``99PPP``: -3)."""
    right = sum(1 for i in digit_positions if i > point)
    left_ps = sum(1 for i, s in enumerate(symbols) if s == "P" and i < point)
    right_ps = sum(1 for i, s in enumerate(symbols) if s == "P" and i > point)
    return right + right_ps - left_ps


def _point_index(symbols: str) -> float:
    """Where the (maybe implied) decimal point sits: at V or '.', else just before leading Ps,
    else after the last symbol (a half index sits between two symbols)."""
    for mark in ("V", "."):
        if mark in symbols:
            return symbols.index(mark)
    body = symbols.lstrip("S")
    if body.startswith("P"):
        return len(symbols) - len(body) - 0.5
    return len(symbols)


def _numeric_picture(text: str, symbols: str) -> Picture:
    digits = symbols.count("9")
    if digits > MAX_DIGITS:
        raise PictureError(f"PICTURE {text} has {digits} digits (at most {MAX_DIGITS})")
    _check_p_placement(text, symbols)
    positions = [i for i, s in enumerate(symbols) if s == "9"]
    scale = _scale_of(symbols, _point_index(symbols), positions)
    size = len(symbols) - symbols.count("S") - symbols.count("V") - symbols.count("P")
    return Picture(text, Category.NUMERIC, symbols, size, digits, scale, "S" in symbols)


def _check_p_placement(text: str, symbols: str) -> None:
    # Ps must form one run at the left or the right end of the digit positions.
    body = symbols.lstrip("S").replace("V", "")
    if "P" in body and not re.fullmatch(r"P+[^P]*|[^P]*P+", body):
        raise PictureError(f"P must be at one end of PICTURE {text}")


def _numeric_edited_picture(text: str, symbols: str) -> Picture:
    floating = _floating_symbol(symbols)
    digit_positions: list[int] = []
    seen_floating = False
    for index, symbol in enumerate(symbols):
        if symbol in "9Z*":
            digit_positions.append(index)
        elif symbol == floating:
            if seen_floating:
                digit_positions.append(index)
            seen_floating = True
    if symbols.count("*") and symbols.count("Z"):
        raise PictureError(f"both Z and * in PICTURE {text}")
    if not digit_positions:
        raise PictureError(f"PICTURE {text} has no digit position")
    if len(digit_positions) > MAX_DIGITS:
        raise PictureError(f"PICTURE {text} has more than {MAX_DIGITS} digit positions")
    point = _point_index(symbols)
    scale = _scale_of(symbols, point, digit_positions)
    signed = any(s in symbols for s in ("+", "-", "CR", "DB"))
    size = len(symbols) - symbols.count("V") - symbols.count("P")
    return Picture(
        text, Category.NUMERIC_EDITED, symbols, size, len(digit_positions), scale, signed
    )


def _floating_symbol(symbols: str) -> str | None:
    """The floating insertion symbol ($, + or -) when it appears more than once, else None."""
    for symbol in _FLOATING:
        if symbols.count(symbol) > 1:
            return symbol
    return None
