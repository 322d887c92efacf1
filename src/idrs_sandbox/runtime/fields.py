"""What the runtime knows about one data item: its category, usage and shape (libcob's "attr").

The location (storage area and offset) is kept apart, so one :class:`FieldType` serves every
occurrence of a table element and every literal of the same shape. Values of numeric items are
handled as Python ints scaled by ``10**scale`` (the field's unscaled integer), never as floats.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Literal


class Category(enum.Enum):
    GROUP = "group"
    ALPHANUMERIC = "alphanumeric"
    ALPHABETIC = "alphabetic"
    NUMERIC = "numeric"
    NUMERIC_EDITED = "numeric-edited"
    ALPHANUMERIC_EDITED = "alphanumeric-edited"


class Usage(enum.Enum):
    DISPLAY = "display"
    PACKED = "packed"  # COMP-3, PACKED-DECIMAL
    BINARY = "binary"  # COMP, COMP-4, BINARY: big-endian, truncated to the PIC digits
    NATIVE = "native"  # COMP-5: little-endian, limited by its byte size only
    INDEX = "index"  # USAGE INDEX: a native signed 4-byte integer
    PACKED_UNSIGNED = "comp-6"  # COMP-6: packed digits without a sign nibble
    BINARY_X = "comp-x"  # COMP-X / COMP-N: big-endian, limited by its byte size only
    FLOAT = "float"  # COMP-1 (4 bytes) / COMP-2 (8 bytes): IEEE binary, see floats.py
    FLOAT_DECIMAL = "float-decimal"  # FLOAT-DECIMAL-16 / -34: IEEE decimal, see floats.py


PicSymbols = tuple[tuple[str, int], ...]
"""An edited PICTURE as (symbol, repeat) pairs, e.g. ``ZZ9.99`` -> (('Z', 2), ('9', 1), ('.', 1),
('9', 2)). ``CR`` and ``DB`` are one symbol each, written ``'C'`` and ``'D'`` (as libcob does)."""


@dataclass(frozen=True, slots=True)
class FieldType:
    """The shape of a data item or literal, everything the move / arithmetic code dispatches on."""

    category: Category
    size: int
    usage: Usage = Usage.DISPLAY
    digits: int = 0
    scale: int = 0
    signed: bool = False
    sign_leading: bool = False
    sign_separate: bool = False
    justified: bool = False
    blank_zero: bool = False
    pic: PicSymbols = ()
    sign_ebcdic: bool = False
    """cobc -fsign=EBCDIC on a signed DISPLAY item whose sign is not SEPARATE: the sign byte
    is overpunched ``{ A-I`` / ``} J-R`` for either sign (runtime/sign_ebcdic.py)."""
    native_order: bool = False
    """cobc -fbinary-byteorder=native on a COMP / BINARY / COMP-X item: stored in the
    machine's byte order instead of big-endian (see :attr:`byteorder`)."""

    @property
    def byteorder(self) -> Literal["big", "little"]:
        """The byte order of a binary item's bytes. cobc 3.1.2 field.c setup_parameters swaps
        COMP / BINARY and COMP-X to big-endian (COB_FLAG_BINARY_SWAP) unless
        -fbinary-byteorder=native; COMP-5, BINARY-CHAR..DOUBLE, INDEX and POINTER are native.
        Native is little-endian here, as everywhere in the engine (x86-64, where cobc runs)."""
        if self.usage in (Usage.BINARY, Usage.BINARY_X) and not self.native_order:
            return "big"
        return "little"

    @property
    def is_numeric(self) -> bool:
        return self.category is Category.NUMERIC

    @property
    def is_alphanumeric_class(self) -> bool:
        """Moved and compared as bytes: group, alphanumeric, alphabetic and both edited kinds."""
        return self.category is not Category.NUMERIC

    @property
    def is_edited(self) -> bool:
        return self.category in (Category.NUMERIC_EDITED, Category.ALPHANUMERIC_EDITED)


def alphanumeric(size: int, justified: bool = False) -> FieldType:
    return FieldType(Category.ALPHANUMERIC, size, justified=justified)


def group(size: int) -> FieldType:
    return FieldType(Category.GROUP, size)


def numeric_display(
    digits: int,
    scale: int = 0,
    signed: bool = False,
    sign_leading: bool = False,
    sign_separate: bool = False,
) -> FieldType:
    size = digits + (1 if sign_separate else 0)
    return FieldType(
        Category.NUMERIC,
        size,
        Usage.DISPLAY,
        digits,
        scale,
        signed,
        sign_leading=sign_leading,
        sign_separate=sign_separate,
    )


def packed(digits: int, scale: int = 0, signed: bool = False) -> FieldType:
    return FieldType(Category.NUMERIC, digits // 2 + 1, Usage.PACKED, digits, scale, signed)


def binary_size(digits: int) -> int:
    """GNUCOBOL-NOTES (binary-size 1-2-4-8): 9(1-2) = 1 byte, 9(3-4) = 2, 9(5-9) = 4, else 8."""
    if digits <= 2:
        return 1
    if digits <= 4:
        return 2
    if digits <= 9:
        return 4
    return 8


def binary(digits: int, scale: int = 0, signed: bool = False, native: bool = False) -> FieldType:
    usage = Usage.NATIVE if native else Usage.BINARY
    return FieldType(Category.NUMERIC, binary_size(digits), usage, digits, scale, signed)


def index_type() -> FieldType:
    return FieldType(Category.NUMERIC, 4, Usage.INDEX, 9, 0, True)


def edited(category: Category, pic: PicSymbols, *, blank_zero: bool = False) -> FieldType:
    """A numeric-edited or alphanumeric-edited item; digits and scale come from the picture."""
    size = sum(2 if sym in "CD" else count for sym, count in pic if sym not in "VP")
    digits, scale = edited_digits_scale(pic)
    return FieldType(
        category, size, Usage.DISPLAY, digits, scale, False, blank_zero=blank_zero, pic=pic
    )


def edited_digits_scale(pic: PicSymbols) -> tuple[int, int]:
    """Digit positions and decimals of an edited picture (a floating string's first symbol is
    not a digit position)."""
    digits = 0
    scale = 0
    after_point = False
    seen_float: set[str] = set()
    for sym, count in pic:
        if sym in ("V", "."):
            after_point = True
            continue
        if sym in "9Z*":
            positions = count
        elif sym in "+-$":
            positions = count if sym in seen_float else count - 1
            seen_float.add(sym)
        elif sym == "P":
            positions = count
        else:
            continue
        digits += positions
        if after_point:
            scale += positions
    return digits, scale
