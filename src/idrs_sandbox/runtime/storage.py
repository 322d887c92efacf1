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
        if ft.signed and ft.sign_leading:
            return _leading_sign_reader(ft.size)
        return _trailing_sign_reader(ft.size) if ft.signed else _unsigned_display_reader(ft.size)
    if ft.usage is Usage.PACKED:
        return _packed_reader(ft.size, ft.signed)
    order = "big" if ft.usage is Usage.BINARY else "little"
    return _binary_reader(ft.size, ft.signed, order)


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
        return special if special is not None else low_nibble_value(raw)

    return get


def _trailing_sign_reader(size: int) -> Getter:
    def get(buf: bytearray, off: int) -> int:
        raw = buf[off : off + size]
        if raw.isdigit():
            return int(raw)
        special = _special_first_byte(raw, size)
        if special is not None:
            return special
        last = raw[-1]
        if 0x70 <= last <= 0x79:
            return -(low_nibble_value(raw[:-1]) * 10 + last - 0x70)
        if 0x30 <= last <= 0x39:
            return low_nibble_value(raw)
        # libcob cob_get_sign_ascii: any other sign byte reads as a positive 0 digit
        # (probe move_display_garbage: "12}" displays +120).
        return low_nibble_value(raw[:-1]) * 10

    return get


def _leading_sign_reader(size: int) -> Getter:
    def get(buf: bytearray, off: int) -> int:
        raw = buf[off : off + size]
        if raw.isdigit():
            return int(raw)
        magnitude = low_nibble_value(raw)
        return -magnitude if 0x70 <= raw[0] <= 0x79 else magnitude

    return get


def _separate_sign_reader(ft: FieldType) -> Getter:
    size = ft.size
    leading = ft.sign_leading

    def get(buf: bytearray, off: int) -> int:
        raw = buf[off : off + size]
        sign_byte, body = (raw[0], raw[1:]) if leading else (raw[-1], raw[:-1])
        magnitude = int(body) if body.isdigit() else low_nibble_value(body)
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
        return _zoned_writer(ft.digits, ft.size, ft.signed, ft.sign_leading)
    if ft.usage is Usage.PACKED:
        return _packed_writer(ft.digits, ft.size, ft.signed)
    if ft.usage is Usage.BINARY:
        return _binary_writer(ft.digits, ft.size, ft.signed)
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


def _binary_writer(digits: int, size: int, signed: bool) -> Putter:
    # GNUCOBOL-NOTES: COMP is truncated to the PIC digits (MOVE 123 -> 9(2) COMP gives 23).
    modulus = 10**digits

    def put(buf: bytearray, off: int, value: int) -> None:
        magnitude = (-value if value < 0 else value) % modulus
        if signed and value < 0:
            magnitude = -magnitude
        buf[off : off + size] = magnitude.to_bytes(size, "big", signed=signed)

    return put


def _native_writer(size: int, signed: bool) -> Putter:
    # COMP-5 keeps whatever its bytes hold: the value wraps around the binary size.
    bits = size * 8
    mask = (1 << bits) - 1
    high = 1 << (bits - 1)

    def put(buf: bytearray, off: int, value: int) -> None:
        if not signed and value < 0:
            value = -value
        wrapped = value & mask
        if signed and wrapped >= high:
            wrapped -= 1 << bits
        buf[off : off + size] = wrapped.to_bytes(size, "little", signed=signed)

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
    if ft.usage in (Usage.NATIVE, Usage.INDEX):
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
    if not ft.signed or ft.usage in (Usage.BINARY, Usage.NATIVE, Usage.INDEX):
        return None
    if ft.usage is Usage.PACKED:
        return lambda raw: raw[-1] & 0x0F == 0x0D
    if ft.sign_separate:
        position = 0 if ft.sign_leading else -1
        return lambda raw: raw[position] == 0x2D
    position = 0 if ft.sign_leading else -1
    return lambda raw: 0x70 <= raw[position] <= 0x79
