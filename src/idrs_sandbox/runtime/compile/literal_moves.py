"""MOVE of an alphanumeric literal into a number, as cobc 3.1.2 compiles it.

cobc does not call libcob's ``cob_move`` for every literal: ``cb_build_move_literal`` (typeck.c)
builds the receiver's bytes at compile time for the common receivers, by rules of its own that
differ from the run-time MOVE of the same bytes from an alphanumeric item (probe
``move_alnum_literal``, recorded from cobc 3.1.2):

- a literal of spaces that ends in a space is SPACE (``cb_build_move``): ``MOVE "  " TO 9(4)``
  stores four spaces, into a packed item X'20' bytes;
- into a DISPLAY number of the literal's scale (0) whose sign is neither LEADING nor SEPARATE
  and that is not BLANK WHEN ZERO: the literal's bytes, right-justified, zero-filled or cut on
  the left, not checked (``MOVE "123}" TO S9(4)`` stores ``123}``, a run-time MOVE ``0123``);
  under -fsign=EBCDIC a signed receiver gets its last byte punched positive;
- into a packed (COMP-3, COMP-6) item of no negative scale, when the literal's length and the
  receiver's decimals add up to nine at most: the value
  ``cb_get_int`` reads, each byte minus ``'0'`` (``"123}"`` is 1230 + 77 = 1307; ``" 12"`` is
  -1600 + 12), stored as ``cob_set_packed_int`` stores it.

Every other receiver (decimals, LEADING / SEPARATE signs, BLANK WHEN ZERO, binary with
binary-truncate, the edited pictures) takes the run-time MOVE (``None`` here). Not followed: cobc
-debug sends a receiver it checks at run time (a subscripted one) through cob_move too; the
engine's --debug keeps the rules above for it; and under -fnotrunc cobc gives a binary receiver
of up to 8 bytes cb_get_int's value too, where the engine keeps the run-time MOVE (the same for
a literal of digits, different for one with other bytes).
"""

from __future__ import annotations

from idrs_sandbox.runtime import sign_ebcdic
from idrs_sandbox.runtime.data import figurative_bytes
from idrs_sandbox.runtime.fields import Category, FieldType, Usage


def alphanumeric_literal_bytes(value: bytes, dst: FieldType) -> bytes | None:
    """What cobc stores for ``MOVE "value" TO dst``, or None where it calls cob_move."""
    if value.endswith(b" ") and not value.strip(b" "):
        return figurative_bytes(b" ", dst)
    if dst.category is not Category.NUMERIC:
        return None
    if dst.usage is Usage.DISPLAY and dst.scale == 0:
        if dst.sign_leading or dst.sign_separate or dst.blank_zero:
            return None
        return _display_copy(value, dst)
    if dst.usage in (Usage.PACKED, Usage.PACKED_UNSIGNED) and dst.scale >= 0:
        if len(value) + dst.scale > 9:
            return None  # cobc calls cob_move for these (cb_fits_int asks less)
        number = _get_int(value.lstrip(b"0")) * 10**dst.scale
        return _packed_int(number, dst)
    return None


def _display_copy(value: bytes, dst: FieldType) -> bytes:
    data = value[-dst.size :].rjust(dst.size, b"0")
    if dst.signed and dst.sign_ebcdic:
        # cob_put_sign_ebcdic (p, l->sign), an alphanumeric literal's sign being 0: a digit is
        # punched positive, any other byte becomes '{' (cobc's "What to do here ?")
        last = data[-1]
        punched = sign_ebcdic.POSITIVE[last - 0x30] if 0x30 <= last <= 0x39 else ord("{")
        data = data[:-1] + bytes([punched])
    return data


def _get_int(significant: bytes) -> int:
    """cb_get_int: the bytes after the leading zeros as digits, whatever they are."""
    number = 0
    for byte in significant:
        number = number * 10 + byte - 0x30
    return number


def _packed_int(number: int, dst: FieldType) -> bytes:
    """cob_set_packed_int (libcob numeric.c): the magnitude's digits from the right as far as
    the bytes reach, the sign nibble C / D (F unsigned), the pad nibble of an even digit count
    cleared; zero is cob_set_packed_zero. An unsigned receiver takes the magnitude."""
    magnitude = abs(number)
    no_sign_nibble = dst.usage is Usage.PACKED_UNSIGNED
    nibbles = dst.size * 2 if no_sign_nibble else dst.size * 2 - 1
    digits = f"{magnitude % 10**nibbles:0{nibbles}d}"
    if no_sign_nibble:
        text = digits
    else:
        sign = "d" if number < 0 and dst.signed else ("c" if dst.signed else "f")
        text = digits + sign
    data = bytearray.fromhex(text)
    pad_cleared = dst.digits % 2 == 1 if no_sign_nibble else dst.digits % 2 == 0
    if pad_cleared:
        data[0] &= 0x0F
    return bytes(data)
