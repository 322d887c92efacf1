"""DISPLAY of a number without cobc's pretty-display (``-fno-pretty-display``, ``-fnotrunc``,
-std=ibm / mvs / bs2000 / rm): libcob 3.1.2 termio.c cob_display_common.

- DISPLAY, packed (and COMP-6) items: ``display_numeric``, a move into a DISPLAY field of the
  item's digits and scale with a separate sign, leading unless the item is a DISPLAY item with a
  trailing sign; no decimal point: S9(7)V99 COMP-3 680.94 shows ``+000068094``.
- COMP / BINARY items: ``cob_print_realbin`` with the width of the item's bytes (bin_digits:
  3 5 8 10 13 15 17 20 digits for 1 to 8 bytes): ``%+0*lld`` when signed, ``%0*llu`` when not,
  of the unscaled integer.
(probe dialect_pretty_display.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from idrs_sandbox.runtime.fields import Category, FieldType, Usage

BIN_DIGITS = (1, 3, 5, 8, 10, 13, 15, 17, 20)
"""termio.c bin_digits: the digits cob_print_realbin shows for an item of 0 to 8 bytes."""


def plain_type(source: FieldType) -> FieldType:
    """The DISPLAY field libcob's display_numeric moves a number into."""
    signed = source.signed
    leading = source.sign_leading or source.usage is not Usage.DISPLAY
    return FieldType(
        Category.NUMERIC,
        source.digits + (1 if signed else 0),
        Usage.DISPLAY,
        source.digits,
        source.scale,
        signed,
        sign_leading=signed and leading,
        sign_separate=signed,
    )


def realbin_text(size: int, signed: bool) -> Callable[[int], bytes]:
    """cob_print_realbin's text of a binary item's unscaled value."""
    width = BIN_DIGITS[size] if size < len(BIN_DIGITS) else 20
    if signed:
        return lambda value: b"%+0*d" % (width + 1, value)
    mask = (1 << (size * 8)) - 1
    return lambda value: b"%0*d" % (width, value & mask)


def unscaled(source: FieldType) -> FieldType:
    return dataclasses.replace(source, scale=0)
