"""Numeric items read and written in place, with libcob's behaviour on *any* bytes.

This is not a second record codec (that is :mod:`idrs_sandbox.records.numeric`, which validates
and refuses bad bytes). A running program must do what GnuCOBOL does with whatever sits in
storage, e.g. a space in a DISPLAY digit reads as 0 (libcob takes the low nibble of each byte),
and storing ``-1000`` into ``S9(3)`` without ON SIZE ERROR leaves a *negative zero* ``00p``
(probe ``arith_negative_zero``). Values are unscaled Python ints (``1.50`` in ``9V99`` is 150).

``reader(ft)`` returns ``get(buf, off) -> int``; ``writer(ft)`` returns ``put(buf, off, value)``
which applies the high-order truncation of an arithmetic store or MOVE (value mod 10**digits,
sign kept for a signed item, dropped for an unsigned one). Rounding and the ON SIZE ERROR test
happen before, in :mod:`idrs_sandbox.runtime.arith`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Literal

from idrs_sandbox.runtime import floats
from idrs_sandbox.runtime.fields import FieldType, Usage

Getter = Callable[[bytearray, int], int]
Putter = Callable[[bytearray, int, int], None]

# GNUCOBOL-NOTES: signed zoned DISPLAY, default -fsign=ASCII: negative overpunches the last byte
# with 'p'..'y' (0x70 + digit).
NEGATIVE_OVERPUNCH = bytes(range(0x70, 0x7A))
_UNPUNCH = bytes.maketrans(NEGATIVE_OVERPUNCH, b"0123456789")


def low_nibble_value(raw: bytes | bytearray) -> int:
    """libcob reads a DISPLAY digit as its low nibble (COB_D2I), so ' ' is 0 and 'A' is 1."""
    value = 0
    for byte in raw:
        value = value * 10 + (byte & 0x0F)
    return value


def display_sign(raw: bytes | bytearray) -> int:
    """-1 when the trailing sign byte is a negative overpunch, else +1 (libcob cob_get_sign)."""
    return -1 if 0x70 <= raw[-1] <= 0x79 else 1


@cache
def reader(ft: FieldType) -> Getter:
    """The unscaled value of a numeric item of type ``ft`` at ``buf[off:]``."""
    if ft.usage is Usage.DISPLAY:
        if ft.sign_separate:
            return _separate_sign_reader(ft)
        if ft.sign_ebcdic:
            from idrs_sandbox.runtime import sign_ebcdic  # it imports this module

            return sign_ebcdic.reader(ft.size, ft.sign_leading)
        if ft.signed and ft.sign_leading:
            return _leading_sign_reader(ft.size)
        return _trailing_sign_reader(ft.size) if ft.signed else _unsigned_display_reader(ft.size)
    if ft.usage is Usage.PACKED:
        return _packed_reader(ft.size, ft.signed)
    if ft.usage is Usage.PACKED_UNSIGNED:
        return _comp6_reader(ft.size, ft.digits % 2 == 1)
    if ft.usage is Usage.FLOAT:
        return floats.reader(ft.size)
    if ft.usage is Usage.FLOAT_DECIMAL:
        return floats.decimal_reader(ft.size)
    return _binary_reader(ft.size, ft.signed, ft.byteorder)


_MASK64 = (1 << 64) - 1


def _s64(value: int) -> int:
    """``value`` as a C ``cob_s64_t`` (two's complement wrap-around)."""
    value &= _MASK64
    return value - (1 << 64) if value >> 63 else value


def decimal_display_value(raw: bytearray, size: int) -> int:
    """libcob cob_decimal_set_display on the digit bytes ``raw`` (sign already taken): leading
    bytes whose low nibble is 0 (``0``, space, X'00') are skipped, then each byte adds
    ``byte - '0'`` (COB_D2I) in unsigned 64-bit arithmetic, so a space after a digit is -16
    and a letter is its code minus 48 (probe dirty_zoned: "    " * 52 + 7 gives 6683207 in a
    9(7)); 20 digits or more take the low nibbles instead."""
    start = 0
    while size - start > 1 and raw[start] & 0x0F == 0:
        start += 1
    if size - start >= 20:
        return int(bytes((byte & 0x0F) | 0x30 for byte in raw[start:size]))
    value = 0
    for byte in raw[start:size]:
        value = (value * 10 + byte - 0x30) & _MASK64
    return value


def _special_first_byte(raw: bytes | bytearray, size: int) -> int | None:
    # libcob cob_decimal_set_display: HIGH-VALUES in the first byte reads as 10**size,
    # LOW-VALUES as -(10**size) (so a MOVE HIGH-VALUES item compares above any number).
    if raw[0] == 0xFF:
        return int(10**size)
    if raw[0] == 0x00:
        return -int(10**size)
    return None


def _unsigned_display_reader(size: int) -> Getter:
    def get(buf: bytearray, off: int) -> int:
        raw = buf[off : off + size]
        if raw.isdigit():
            return int(raw)
        special = _special_first_byte(raw, size)
        return special if special is not None else decimal_display_value(raw, size)

    return get


def _overpunched_sign(buf: bytearray, position: int, raw: bytearray, index: int) -> int:
    """libcob cob_real_get_sign (-fsign=ASCII) on the sign byte ``buf[position]`` (``raw[index]``
    is the same byte in the copy being read): a digit or a space is positive; ``p``..``y`` is
    negative and reads as its digit; any other byte is positive and libcob *rewrites it to
    '0' in storage* (cob_get_sign_ascii), so the field holds ``0`` there afterwards."""
    byte = raw[index]
    if 0x30 <= byte <= 0x39 or byte == 0x20:
        return 1
    if 0x70 <= byte <= 0x79:
        raw[index] = byte - 0x40
        return -1
    buf[position] = 0x30
    raw[index] = 0x30
    return 1


def _trailing_sign_reader(size: int) -> Getter:
    def get(buf: bytearray, off: int) -> int:
        raw = buf[off : off + size]
        if raw.isdigit():
            return int(raw)
        last = raw[-1]
        if 0x70 <= last <= 0x79 and raw[:-1].isdigit():
            return -(int(raw[:-1] or b"0") * 10 + last - 0x70)
        special = _special_first_byte(raw, size)
        if special is not None:
            return special
        sign = _overpunched_sign(buf, off + size - 1, raw, size - 1)
        value = decimal_display_value(raw, size)
        return -value if sign < 0 else value

    return get


def _leading_sign_reader(size: int) -> Getter:
    def get(buf: bytearray, off: int) -> int:
        raw = buf[off : off + size]
        if raw.isdigit():
            return int(raw)
        special = _special_first_byte(raw, size)
        if special is not None:
            return special
        sign = _overpunched_sign(buf, off, raw, 0)
        value = decimal_display_value(raw, size)
        return -value if sign < 0 else value

    return get


def _separate_sign_reader(ft: FieldType) -> Getter:
    size = ft.size
    leading = ft.sign_leading

    def get(buf: bytearray, off: int) -> int:
        raw = buf[off : off + size]
        sign_byte, body = (raw[0], raw[1:]) if leading else (raw[-1], raw[:-1])
        if body.isdigit():
            magnitude = int(body)
        else:
            special = _special_first_byte(body, size - 1)
            if special is not None:
                return special
            magnitude = decimal_display_value(body, size - 1)
        return -magnitude if sign_byte == 0x2D else magnitude

    return get


def _packed_reader(size: int, signed: bool) -> Getter:
    def get(buf: bytearray, off: int) -> int:
        text = buf[off : off + size].hex()
        try:
            magnitude = int(text[:-1] or "0")
        except ValueError:
            magnitude = _packed_nibbles(text[:-1])
        # libcob cob_packed_get_sign: only a D sign nibble is negative, and only when signed.
        return -magnitude if signed and text[-1] == "d" else magnitude

    return get


def _comp6_reader(size: int, padded: bool) -> Getter:
    """COMP-6: every nibble a digit, the first one a pad when the digits are odd (probe
    usage_comp: X'1234' in PIC 999 reads 234; a nibble A-F counts 10-15 in its place, as
    libcob's packed reader does: X'0A34' + 1 gives 1035)."""

    def get(buf: bytearray, off: int) -> int:
        text = buf[off : off + size].hex()
        if padded:
            text = text[1:]
        return int(text) if text.isdigit() else _packed_nibbles(text)

    return get


def _packed_nibbles(text: str) -> int:
    value = 0
    for nibble in text:
        value = value * 10 + int(nibble, 16)
    return value


def _binary_reader(size: int, signed: bool, order: str) -> Getter:
    from_bytes = int.from_bytes
    if order == "big":

        def get_big(buf: bytearray, off: int) -> int:
            return from_bytes(buf[off : off + size], "big", signed=signed)

        return get_big

    def get_little(buf: bytearray, off: int) -> int:
        return from_bytes(buf[off : off + size], "little", signed=signed)

    return get_little


@cache
def writer(ft: FieldType) -> Putter:
    """Store an unscaled value (already at the item's scale) into a numeric item of type ``ft``."""
    if ft.usage is Usage.DISPLAY:
        if ft.sign_separate:
            return _separate_sign_writer(ft)
        if ft.sign_ebcdic:
            from idrs_sandbox.runtime import sign_ebcdic  # it imports this module

            return sign_ebcdic.writer(ft.digits, ft.size, ft.sign_leading)
        return _zoned_writer(ft.digits, ft.size, ft.signed, ft.sign_leading)
    if ft.usage is Usage.PACKED:
        return _packed_writer(ft.digits, ft.size, ft.signed)
    if ft.usage is Usage.BINARY:
        return _binary_writer(ft.digits, ft.size, ft.signed, ft.byteorder)
    if ft.usage is Usage.PACKED_UNSIGNED:
        return _comp6_writer(ft.digits, ft.size)
    if ft.usage is Usage.FLOAT:
        return floats.writer(ft.size)
    if ft.usage is Usage.FLOAT_DECIMAL:
        return floats.decimal_writer(ft.size)
    if ft.usage is Usage.BINARY_X:
        return _native_writer(ft.size, ft.signed, ft.byteorder)
    return _native_writer(ft.size, ft.signed)


def zoned_bytes(value: int, digits: int, signed: bool, leading: bool = False) -> bytes:
    """Zoned digits of ``value``; a negative value keeps its sign even when the digits left after
    high-order truncation are all zero (libcob cob_decimal_get_display: sign taken first)."""
    magnitude = -value if value < 0 else value
    text = b"%0*d" % (digits, magnitude % int(10**digits))
    if signed and value < 0:
        if leading:
            return bytes((text[0] + 0x40,)) + text[1:]
        return text[:-1] + bytes((text[-1] + 0x40,))
    return text


def _zoned_writer(digits: int, size: int, signed: bool, leading: bool) -> Putter:
    modulus = int(10**digits)
    pattern = b"%0" + str(digits).encode() + b"d"

    if not signed:

        def put_unsigned(buf: bytearray, off: int, value: int) -> None:
            buf[off : off + size] = pattern % ((-value if value < 0 else value) % modulus)

        return put_unsigned

    def put_signed(buf: bytearray, off: int, value: int) -> None:
        if value >= 0:
            buf[off : off + size] = pattern % (value % modulus)
        else:
            buf[off : off + size] = zoned_bytes(value, digits, True, leading)

    return put_signed


def _separate_sign_writer(ft: FieldType) -> Putter:
    digits = ft.digits
    size = ft.size
    leading = ft.sign_leading
    modulus = 10**digits

    def put(buf: bytearray, off: int, value: int) -> None:
        sign = b"-" if value < 0 else b"+"
        body = b"%0*d" % (digits, abs(value) % modulus)
        buf[off : off + size] = sign + body if leading else body + sign

    return put


def _packed_writer(digits: int, size: int, signed: bool) -> Putter:
    modulus = 10**digits
    nibbles = size * 2 - 1
    pattern = "%0" + str(nibbles) + "d"
    fromhex = bytes.fromhex

    if not signed:

        def put_unsigned(buf: bytearray, off: int, value: int) -> None:
            buf[off : off + size] = fromhex(pattern % (abs(value) % modulus) + "f")

        return put_unsigned

    def put_signed(buf: bytearray, off: int, value: int) -> None:
        if value < 0:
            buf[off : off + size] = fromhex(pattern % (-value % modulus) + "d")
        else:
            buf[off : off + size] = fromhex(pattern % (value % modulus) + "c")

    return put_signed


def _binary_writer(
    digits: int, size: int, signed: bool, order: Literal["little", "big"] = "big"
) -> Putter:
    # GNUCOBOL-NOTES: COMP is truncated to the PIC digits (MOVE 123 -> 9(2) COMP gives 23).
    modulus = 10**digits

    def put(buf: bytearray, off: int, value: int) -> None:
        magnitude = (-value if value < 0 else value) % modulus
        if signed and value < 0:
            magnitude = -magnitude
        buf[off : off + size] = magnitude.to_bytes(size, order, signed=signed)

    return put


def _comp6_writer(digits: int, size: int) -> Putter:
    # COMP-6 is unsigned: the magnitude modulo 10**digits (probe usage_comp: MOVE 1234 to
    # PIC 999 gives 234, MOVE -17 gives 017), every nibble a digit.
    modulus = 10**digits
    pattern = "%0" + str(size * 2) + "d"
    fromhex = bytes.fromhex

    def put(buf: bytearray, off: int, value: int) -> None:
        buf[off : off + size] = fromhex(pattern % ((-value if value < 0 else value) % modulus))

    return put


def _native_writer(size: int, signed: bool, order: Literal["little", "big"] = "little") -> Putter:
    # COMP-5 keeps whatever its bytes hold: the value wraps around the binary size; so does
    # COMP-X, big-endian (probe usage_comp: MOVE 1234 to PIC 99 COMP-X holds 210).
    bits = size * 8
    mask = (1 << bits) - 1
    high = 1 << (bits - 1)

    def put(buf: bytearray, off: int, value: int) -> None:
        if not signed and value < 0:
            value = -value
        wrapped = value & mask
        if signed and wrapped >= high:
            wrapped -= 1 << bits
        buf[off : off + size] = wrapped.to_bytes(size, order, signed=signed)

    return put


def unpunch(raw: bytes) -> bytes:
    """Zoned bytes with a negative overpunch turned back into its digit."""
    return raw.translate(_UNPUNCH)


class NegativeZero(int):
    """A zero that an item holds with a negative sign (``00p``, packed ``x'0D'``): libcob keeps
    the sign when an arithmetic store loses every significant digit (probe move_negative_zero).
    Arithmetic on it gives plain ints (it is 0); only turning it back into bytes differs."""

    def __repr__(self) -> str:
        return "NEGATIVE_ZERO"


NEGATIVE_ZERO = NegativeZero(0)


@cache
def normalizer(ft: FieldType) -> Callable[[int], int]:
    """What an item holds after a store of ``value``: :func:`writer`'s truncation, as a value
    (used for items kept as Python ints, see :mod:`idrs_sandbox.runtime.promotion`)."""
    if ft.usage in (Usage.NATIVE, Usage.INDEX, Usage.BINARY_X):
        bits = ft.size * 8
        mask = (1 << bits) - 1
        high = 1 << (bits - 1)
        signed = ft.signed

        def wrap(value: int) -> int:
            if not signed and value < 0:
                value = -value
            wrapped = value & mask
            return wrapped - (1 << bits) if signed and wrapped >= high else wrapped

        return wrap
    modulus = int(10**ft.digits)
    if not ft.signed:
        return lambda value: (-value if value < 0 else value) % modulus
    if ft.usage is Usage.BINARY:
        return lambda value: value % modulus if value >= 0 else -(-value % modulus)

    def signed_decimal(value: int) -> int:
        if value >= 0:
            return value % modulus
        kept = -value % modulus
        return -kept if kept else NEGATIVE_ZERO

    return signed_decimal


@cache
def materializer(ft: FieldType) -> Callable[[int], bytes]:
    """The bytes an item of type ``ft`` holds for ``value`` (a negative zero included)."""
    if ft.usage is Usage.DISPLAY and not ft.signed and ft.size == ft.digits:
        # The common case (promoted counters and dates), without a buffer: what
        # _zoned_writer stores.
        pattern = b"%0" + str(ft.digits).encode() + b"d"
        modulus = int(10**ft.digits)
        return lambda value: pattern % ((-value if value < 0 else value) % modulus)
    put = writer(ft)
    size = ft.size
    negative_zero = -int(10**ft.digits)

    def make(value: int) -> bytes:
        buffer = bytearray(size)
        put(buffer, 0, negative_zero if value is NEGATIVE_ZERO else value)
        return bytes(buffer)

    return make


@cache
def bytes_reader(ft: FieldType) -> Callable[[bytes], int]:
    """The value of an item of type ``ft`` holding ``raw`` (a negative zero kept as such)."""
    get = reader(ft)
    negative = _negative_sign_test(ft)

    def read(raw: bytes) -> int:
        value = get(bytearray(raw), 0)
        if value == 0 and negative is not None and negative(raw):
            return NEGATIVE_ZERO
        return value

    return read


def _negative_sign_test(ft: FieldType) -> Callable[[bytes], bool] | None:
    if not ft.signed or ft.usage in (
        Usage.BINARY,
        Usage.NATIVE,
        Usage.INDEX,
        Usage.BINARY_X,
        Usage.FLOAT,
        Usage.FLOAT_DECIMAL,
    ):
        return None
    if ft.usage is Usage.PACKED:
        return lambda raw: raw[-1] & 0x0F == 0x0D
    if ft.sign_separate:
        position = 0 if ft.sign_leading else -1
        return lambda raw: raw[position] == 0x2D
    position = 0 if ft.sign_leading else -1
    if ft.sign_ebcdic:
        from idrs_sandbox.runtime import sign_ebcdic  # it imports this module

        return lambda raw: sign_ebcdic.is_negative(raw, ft.sign_leading)
    return lambda raw: 0x70 <= raw[position] <= 0x79


# ---------------------------------------------------------------------------------------------
# The integer shortcuts cobc 3.1.2 compiles in instead of a decimal (typeck.c
# cb_build_optim_cond / cb_build_optim_add, codegen.c output_integer). On valid digits they give
# the decimal's value; on invalid bytes each has its own arithmetic (probe dirty_zoned).


def numdisp_compare_value(raw: bytes | bytearray, signed: bool) -> int:
    """libcob cob_cmp_numdisp: the value an integer DISPLAY item (trailing or no sign) is
    compared with an integer as: every byte adds ``byte - '0'`` in signed 64-bit arithmetic,
    nothing skipped, no HIGH/LOW-VALUES rule; a signed item's last byte counts only when it
    is a digit or ``p``..``y`` (any other sign byte adds 0 and leaves the value positive)."""
    if raw.isdigit():
        return int(raw)
    value = 0
    body = raw[:-1] if signed else raw
    for byte in body:
        value = _s64(value * 10 + byte - 0x30)
    if not signed:
        return value
    value = _s64(value * 10)
    last = raw[-1]
    if 0x30 <= last <= 0x39:
        return _s64(value + last - 0x30)
    if 0x70 <= last <= 0x79:
        return -_s64(value + last - 0x70)
    return value


def numdisp_int(raw: bytes | bytearray) -> int:
    """cob_get_numdisp (generated by cobc for an unsigned integer DISPLAY operand of at most 9
    digits, e.g. the source of ``ADD F TO G``): only bytes '1'..'9' add their digit; anything
    else, a space or a letter, is 0."""
    if raw.isdigit():
        return int(raw)
    value = 0
    for byte in raw:
        value = value * 10 + (byte - 0x30 if 0x31 <= byte <= 0x39 else 0)
    return value


def packed_int_value(raw: bytes | bytearray) -> int:
    """cob_cmp_packed_int / cob_get_packed_int (integer COMP-3 compared with or added as an
    integer): every nibble but the sign adds as a digit, even A-F; a D sign nibble is negative
    whether or not the item is signed."""
    value = 0
    for byte in raw[:-1]:
        value = value * 100 + (byte >> 4) * 10 + (byte & 0x0F)
    value = value * 10 + (raw[-1] >> 4)
    return -value if raw[-1] & 0x0F == 0x0D else value


def display_get_int(buf: bytearray, off: int, ft: FieldType) -> int:
    """libcob cob_get_int on a DISPLAY item (a subscript, a PERFORM count): leading '0' bytes
    skipped, then each byte adds ``byte - '0'`` in C int arithmetic (a space is -16); a signed
    item's invalid sign byte is rewritten to '0' as in :func:`reader`."""
    size = ft.size
    raw = buf[off : off + size]
    if raw.isdigit() and not ft.sign_ebcdic:  # (EBCDIC: a read punches the sign digit)
        return int(raw[: size - ft.scale] or b"0") if ft.scale > 0 else int(raw)
    sign = 1
    start, end = 0, size
    if ft.signed and ft.sign_separate:
        if ft.sign_leading:
            sign, start = (-1 if raw[0] == 0x2D else 1), 1
        else:
            sign, end = (-1 if raw[-1] == 0x2D else 1), size - 1
    elif ft.sign_ebcdic:
        from idrs_sandbox.runtime import sign_ebcdic  # it imports this module

        index = 0 if ft.sign_leading else size - 1
        sign, raw[index] = sign_ebcdic.read_digit(buf, off + index)
    elif ft.signed:
        index = 0 if ft.sign_leading else size - 1
        sign = _overpunched_sign(buf, off + index, raw, index)
    digits = raw[start:end]
    i = 0
    while i < len(digits) and digits[i] == 0x30:
        i += 1
    value = 0
    stop = len(digits) - ft.scale if ft.scale > 0 else len(digits)
    for byte in digits[i:stop]:
        value = _s32(value * 10 + byte - 0x30)
    if ft.scale < 0:
        value = _s32(value * 10**-ft.scale)
    return -value if sign < 0 else value


def _s32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >> 31 else value
