"""Numeric field codecs: zoned DISPLAY, packed decimal (COMP-3) and binary (COMP, COMP-5).

Every convention here is GnuCOBOL 3.1.2's default dialect (GNUCOBOL-NOTES "Storage"), re-measured
with probe programs (tests/records/probes/). A field's value is ``unscaled * 10**-scale``: ``scale``
is the number of digits right of the implied point, negative for trailing ``P`` (``99PPP``: -3) and
larger than the digit count for leading ``P`` (``VPP99``: 4).

Two ways to call:

- ``zoned_encode(value, 5, 2, True)`` / ``zoned_decode(raw, 2, True)``: convenient, cached.
- ``zoned_codec(5, 2, True)`` returns a ``NumericCodec`` whose ``encode`` / ``decode`` are closures
  with every table precomputed; the record codec picks one per field up front (millions of records).

Decoding is strict: only the bytes GnuCOBOL itself writes are accepted (plus the alternate positive
signs a mainframe writes, listed per codec); anything else raises ``InvalidNumeric`` with a reason.
Encoding a value that does not fit raises ``ValueError``; ``truncate=True`` instead does what a
COBOL MOVE does (GNUCOBOL-NOTES: high-order digits and extra decimals dropped, the sign dropped
for an unsigned receiver, COMP-5 wraps around its binary size).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Context, Decimal
from functools import lru_cache
from typing import Literal

Encoding = Literal["ascii", "cp037"]

ENCODINGS: tuple[Encoding, ...] = ("ascii", "cp037")

MAX_DIGITS = 38
"""GnuCOBOL's limit for a numeric PICTURE (COB_MAX_DIGITS)."""

MAX_BINARY_DIGITS = 18
"""Binary fields here stop at 8 bytes (GNUCOBOL-NOTES: 9(10-18) = 8 bytes)."""


class InvalidNumeric(ValueError):
    """The bytes of a numeric field are not a value GnuCOBOL would have written."""

    def __init__(self, reason: str, raw: bytes) -> None:
        super().__init__(f"{reason}: bytes {raw.hex(' ').upper() or '(none)'}")
        self.reason = reason
        self.raw = raw


Decoder = Callable[[bytes], Decimal]
Encoder = Callable[[Decimal], bytes]


@dataclass(frozen=True, slots=True)
class NumericCodec:
    """One field shape's precomputed ``encode(value) -> bytes`` and ``decode(raw) -> Decimal``."""

    size: int
    encode: Encoder
    decode: Decoder


# --------------------------------------------------------------------------------------------
# value <-> unscaled integer

# scaleb() rounds to the context's precision (28 by default); a 38-digit field needs more.
_EXACT = Context(prec=MAX_DIGITS * 2 + 10, Emax=999_999, Emin=-999_999)


def _to_decimal(unscaled: int, scale: int) -> Decimal:
    # Decimal(int).scaleb keeps the field's exponent (PIC 9V99 -> Decimal('1.50')), so a decoded
    # value prints with the field's decimals. Trailing P (scale < 0) gives a plain integer.
    if scale > 0:
        return Decimal(unscaled).scaleb(-scale, _EXACT)
    if scale == 0:
        return Decimal(unscaled)
    return Decimal(unscaled * 10**-scale)


def _unscaled(value: Decimal | int, scale: int, truncate: bool) -> int:
    """``value * 10**scale`` as an int; extra decimals raise unless ``truncate`` (ROUND_DOWN)."""
    if type(value) is not Decimal:
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise TypeError(f"{value!r} is not a number (give a Decimal or an int)")
        value = Decimal(value)
    if not value.is_finite():
        raise ValueError(f"{value} is not a number a COBOL field can hold")
    shifted = value.scaleb(scale, _EXACT)
    whole = int(shifted)  # int() of a Decimal truncates toward zero, like a COBOL MOVE
    if whole != shifted and not truncate:
        raise ValueError(f"{value} has more decimal places than the field holds (scale {scale})")
    return whole


def _fit(unscaled: int, digits: int, signed: bool, truncate: bool, value: Decimal | int) -> int:
    """Apply the PIC digit limit and signedness the way a COBOL MOVE does, or refuse."""
    limit: int = 10**digits
    if unscaled < 0 and not signed:
        if not truncate:
            raise ValueError(f"{value} is negative but the field is unsigned")
        unscaled = -unscaled  # GNUCOBOL-NOTES: MOVE -123 -> 9(3) gives 123
    if -limit < unscaled < limit:
        return unscaled
    if not truncate:
        raise ValueError(f"{value} does not fit in {digits} digit(s)")
    # GNUCOBOL-NOTES: MOVE 123456 -> 9(3) gives 456; the sign is kept for a signed receiver.
    return unscaled % limit if unscaled >= 0 else -(-unscaled % limit)


# --------------------------------------------------------------------------------------------
# zoned decimal (USAGE DISPLAY)

# EBCDIC code page 037: digits are F0-F9, '+' is 4E and '-' is 60.
_EBCDIC_DIGIT = 0xF0
_EBCDIC_PLUS = 0x4E
_EBCDIC_MINUS = 0x60
_ASCII_TO_EBCDIC_DIGITS = bytes.maketrans(b"0123456789", bytes(range(0xF0, 0xFA)))
# Any byte that is not an EBCDIC digit becomes 'x', so bytes.isdigit() rejects it afterwards.
_EBCDIC_TO_ASCII_DIGITS = bytes(
    (0x30 + b - 0xF0) if 0xF0 <= b <= 0xF9 else ord("x") for b in range(256)
)


def _sign_tables(encoding: Encoding) -> tuple[dict[int, tuple[int, int]], list[int], list[int]]:
    """(byte -> (sign, digit)) accepted in an embedded-sign position; writer bytes for +d / -d.

    ASCII (GNUCOBOL-NOTES, default -fsign=ASCII): positive = the plain digit, negative = 'p'..'y'
    (0x70 + d). EBCDIC: positive C0-C9, negative D0-D9; F0-F9 (unsigned form) is read as positive
    because IBM programs accept it, but C is what gets written.
    """
    accepted: dict[int, tuple[int, int]] = {}
    if encoding == "ascii":
        for d in range(10):
            accepted[0x30 + d] = (1, d)
            accepted[0x70 + d] = (-1, d)
        return accepted, [0x30 + d for d in range(10)], [0x70 + d for d in range(10)]
    for d in range(10):
        accepted[0xF0 + d] = (1, d)
        accepted[0xC0 + d] = (1, d)
        accepted[0xD0 + d] = (-1, d)
    return accepted, [0xC0 + d for d in range(10)], [0xD0 + d for d in range(10)]


def zoned_size(digits: int, sign_separate: bool = False) -> int:
    return digits + 1 if sign_separate else digits


@lru_cache(maxsize=4096)
def zoned_codec(
    digits: int,
    scale: int,
    signed: bool,
    *,
    encoding: Encoding = "ascii",
    sign_leading: bool = False,
    sign_separate: bool = False,
    truncate: bool = False,
) -> NumericCodec:
    """Codec for ``PIC [S]9(digits)`` with ``scale`` decimals, USAGE DISPLAY.

    ``sign_leading`` / ``sign_separate`` are the SIGN clause (default: trailing, embedded).
    """
    _check_shape(digits, MAX_DIGITS, encoding)
    if not signed and (sign_leading or sign_separate):
        raise ValueError("a SIGN clause needs a signed picture (S)")
    size = zoned_size(digits, sign_separate)
    to_digits = _EBCDIC_TO_ASCII_DIGITS if encoding == "cp037" else None
    from_digits = _ASCII_TO_EBCDIC_DIGITS if encoding == "cp037" else None
    digits_only = _digits_parser(size, scale, to_digits)
    if not signed:
        decode = digits_only
    elif sign_separate:
        decode = _separate_sign_decoder(size, scale, sign_leading, encoding, to_digits)
    else:
        decode = _embedded_sign_decoder(size, scale, sign_leading, encoding, to_digits)
    encode = _zoned_encoder(
        digits, scale, signed, encoding, sign_leading, sign_separate, truncate, from_digits
    )
    return NumericCodec(size, encode, decode)


def _check_shape(digits: int, max_digits: int, encoding: str) -> None:
    if not 1 <= digits <= max_digits:
        raise ValueError(f"{digits} digits: a numeric field holds 1 to {max_digits}")
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding!r} (use ascii or cp037)")


def _digits_parser(size: int, scale: int, to_digits: bytes | None) -> Decoder:
    to_decimal = _text_to_decimal(scale)

    def decode(raw: bytes) -> Decimal:
        text = raw.translate(to_digits) if to_digits is not None else raw
        # bytes.isdigit() is ASCII-only and False for b""; int() alone accepts " 1", "+1", "1_0".
        if len(raw) != size or not text.isdigit():
            raise InvalidNumeric(_why_not_digits(raw, size), raw)
        return to_decimal("", text.decode("ascii"))

    return decode


def _why_not_digits(raw: bytes, size: int) -> str:
    if len(raw) != size:
        return f"expected {size} byte(s), got {len(raw)}"
    return "not numeric"


def _embedded_sign_decoder(
    size: int, scale: int, leading: bool, encoding: Encoding, to_digits: bytes | None
) -> Decoder:
    # byte in the sign position -> (sign text, digit text)
    accepted = {
        byte: ("-" if sign < 0 else "", str(digit))
        for byte, (sign, digit) in _sign_tables(encoding)[0].items()
    }
    to_decimal = _text_to_decimal(scale)

    def decode(raw: bytes) -> Decimal:
        if len(raw) != size:
            raise InvalidNumeric(_why_not_digits(raw, size), raw)
        sign_byte, body = (raw[0], raw[1:]) if leading else (raw[-1], raw[:-1])
        sign_digit = accepted.get(sign_byte)
        text = body.translate(to_digits) if to_digits is not None else body
        if sign_digit is None or (body and not text.isdigit()):
            raise InvalidNumeric("not numeric", raw)
        sign, digit = sign_digit
        digits = digit + text.decode("ascii") if leading else text.decode("ascii") + digit
        if sign and not digits.strip("0"):
            sign = ""  # a negative zero ('p' in ASCII) reads as 0: GnuCOBOL never keeps one
        return to_decimal(sign, digits)

    return decode


def _separate_sign_decoder(
    size: int, scale: int, leading: bool, encoding: Encoding, to_digits: bytes | None
) -> Decoder:
    plus, minus = (_EBCDIC_PLUS, _EBCDIC_MINUS) if encoding == "cp037" else (0x2B, 0x2D)
    to_decimal = _text_to_decimal(scale)

    def decode(raw: bytes) -> Decimal:
        if len(raw) != size:
            raise InvalidNumeric(_why_not_digits(raw, size), raw)
        sign_byte, body = (raw[0], raw[1:]) if leading else (raw[-1], raw[:-1])
        text = body.translate(to_digits) if to_digits is not None else body
        if sign_byte not in (plus, minus) or not text.isdigit():
            raise InvalidNumeric("not numeric (SIGN SEPARATE needs '+' or '-')", raw)
        digits = text.decode("ascii")
        negative = sign_byte == minus and digits.strip("0")
        return to_decimal("-" if negative else "", digits)

    return decode


def _zoned_encoder(
    digits: int,
    scale: int,
    signed: bool,
    encoding: Encoding,
    leading: bool,
    separate: bool,
    truncate: bool,
    from_digits: bytes | None,
) -> Encoder:
    _, positive, negative = _sign_tables(encoding)
    plus, minus = (b"\x4e", b"\x60") if encoding == "cp037" else (b"+", b"-")
    text_format = f"0{digits}d"

    def encode(value: Decimal) -> bytes:
        unscaled = _fit(_unscaled(value, scale, truncate), digits, signed, truncate, value)
        text = format(abs(unscaled), text_format).encode("ascii")
        if from_digits is not None:
            text = text.translate(from_digits)
        if not signed:
            return text
        if separate:
            sign = minus if unscaled < 0 else plus
            return sign + text if leading else text + sign
        # Embedded sign: overpunch the first or last digit (GNUCOBOL-NOTES: "12s" = -123).
        table = negative if unscaled < 0 else positive
        if leading:
            return bytes((table[text[0] & 0x0F],)) + text[1:]
        return text[:-1] + bytes((table[text[-1] & 0x0F],))

    return encode


def zoned_encode(
    value: Decimal | int,
    digits: int,
    scale: int,
    signed: bool,
    *,
    encoding: Encoding = "ascii",
    sign_leading: bool = False,
    sign_separate: bool = False,
    truncate: bool = False,
) -> bytes:
    """Zoned DISPLAY bytes of ``value`` for ``PIC [S]9(digits)`` with ``scale`` decimals."""
    codec = zoned_codec(
        digits,
        scale,
        signed,
        encoding=encoding,
        sign_leading=sign_leading,
        sign_separate=sign_separate,
        truncate=truncate,
    )
    return codec.encode(Decimal(value))


def zoned_decode(
    raw: bytes,
    scale: int,
    signed: bool,
    *,
    encoding: Encoding = "ascii",
    sign_leading: bool = False,
    sign_separate: bool = False,
) -> Decimal:
    """The value of zoned DISPLAY bytes; the digit count is implied by ``len(raw)``."""
    digits = len(raw) - 1 if sign_separate else len(raw)
    if digits < 1:
        raise InvalidNumeric("too short for a numeric field", raw)
    codec = zoned_codec(
        digits,
        scale,
        signed,
        encoding=encoding,
        sign_leading=sign_leading,
        sign_separate=sign_separate,
    )
    return codec.decode(raw)


# --------------------------------------------------------------------------------------------
# packed decimal (COMP-3 / PACKED-DECIMAL)


def packed_size(digits: int) -> int:
    """GnuCOBOL: digits/2 + 1 bytes (one nibble per digit plus the sign nibble)."""
    return digits // 2 + 1


@lru_cache(maxsize=4096)
def packed_codec(digits: int, scale: int, signed: bool, *, truncate: bool = False) -> NumericCodec:
    """Codec for ``PIC [S]9(digits)`` COMP-3: sign nibble C (+), D (-), F (unsigned).

    Reading, a signed field accepts C, D and F (F = positive, as IBM does) and an unsigned one F
    and C; an even digit count has a leading pad nibble that must be 0.
    """
    _check_shape(digits, MAX_DIGITS, "ascii")
    size = packed_size(digits)
    decode = _packed_decoder(digits, size, scale, signed)
    encode = _packed_encoder(digits, size, scale, signed, truncate)
    return NumericCodec(size, encode, decode)


def _packed_decoder(digits: int, size: int, scale: int, signed: bool) -> Decoder:
    # Hot path (millions of fields): the hex text of the bytes is the digits plus the sign
    # nibble, so the value is parsed from text in one step. Negative zero reads as zero.
    signs = {"c": "", "d": "-", "f": ""} if signed else {"f": "", "c": ""}
    pad_check = digits % 2 == 0
    to_decimal = _text_to_decimal(scale)

    def decode(raw: bytes) -> Decimal:
        text = raw.hex()
        body = text[:-1]
        sign = signs.get(text[-1:])
        if sign is None or len(raw) != size or not body.isdigit() or (pad_check and body[0] != "0"):
            raise InvalidNumeric(_packed_problem(raw, size, signs), raw)
        if sign and not body.strip("0"):
            sign = ""
        return to_decimal(sign, body)

    return decode


def _packed_problem(raw: bytes, size: int, signs: dict[str, str]) -> str:
    if len(raw) != size:
        return f"expected {size} byte(s), got {len(raw)}"
    if raw.hex()[-1:] not in signs:
        return f"bad packed sign nibble {raw.hex()[-1:].upper()}"
    return "not a packed decimal digit"


def _text_to_decimal(scale: int) -> Callable[[str, str], Decimal]:
    """(sign "" or "-", digit text) -> Decimal with the field's exponent (9V99 -> '1.50')."""
    if scale < 0:
        return lambda sign, digits: _to_decimal(int(sign + digits), scale)
    suffix = f"E-{scale}" if scale else ""
    return lambda sign, digits: Decimal(sign + digits + suffix)


def _packed_encoder(digits: int, size: int, scale: int, signed: bool, truncate: bool) -> Encoder:
    text_format = f"0{size * 2 - 1}d"

    def encode(value: Decimal) -> bytes:
        unscaled = _fit(_unscaled(value, scale, truncate), digits, signed, truncate, value)
        sign = ("d" if unscaled < 0 else "c") if signed else "f"
        return bytes.fromhex(format(abs(unscaled), text_format) + sign)

    return encode


def packed_encode(
    value: Decimal | int, digits: int, scale: int, signed: bool, *, truncate: bool = False
) -> bytes:
    """COMP-3 bytes: +1 -> 00 00 1C for S9(5); -123 -> 12 3D for S9(3) (GNUCOBOL-NOTES)."""
    return packed_codec(digits, scale, signed, truncate=truncate).encode(Decimal(value))


def packed_decode(raw: bytes, scale: int, signed: bool, *, digits: int | None = None) -> Decimal:
    """The value of COMP-3 bytes. Without ``digits`` the odd count ``2 * len(raw) - 1`` is assumed
    (so an even-digit field's pad nibble is not checked)."""
    if not raw:
        raise InvalidNumeric("too short for a packed field", raw)
    return packed_codec(digits or len(raw) * 2 - 1, scale, signed).decode(raw)


# --------------------------------------------------------------------------------------------
# binary (COMP / BINARY / COMP-4 big-endian, COMP-5 native little-endian)


def binary_size(digits: int) -> int:
    """GNUCOBOL-NOTES (default binary-size 1-2-4-8): 9(1-2)=1, 9(3-4)=2, 9(5-9)=4, 9(10-18)=8."""
    if digits <= 2:
        return 1
    if digits <= 4:
        return 2
    if digits <= 9:
        return 4
    return 8


@lru_cache(maxsize=4096)
def binary_codec(
    digits: int,
    scale: int,
    signed: bool,
    *,
    native: bool = False,
    truncate: bool = False,
    size: int | None = None,
) -> NumericCodec:
    """Codec for ``PIC [S]9(digits)`` COMP/BINARY/COMP-4 (``native=False``) or COMP-5.

    COMP holds at most the PIC's digits (binary-truncate: a larger stored value is invalid).
    COMP-5 holds anything its bytes can (probe: MOVE 123 -> 99 COMP-5 displays 123, MOVE 300 -> 44,
    MOVE 200 -> S99 COMP-5 gives -56: a MOVE wraps around the binary size).
    ``size`` fixes the bytes of BINARY-CHAR/SHORT/LONG/DOUBLE (1/2/4/8, native, probe usage_extra).
    """
    if size is None:
        _check_shape(digits, MAX_BINARY_DIGITS, "ascii")
        size = binary_size(digits)
    elif not native:
        raise ValueError("a fixed binary size is native (BINARY-CHAR/SHORT/LONG/DOUBLE)")
    order: Literal["little", "big"] = "little" if native else "big"
    if native:
        decode = _comp5_decoder(size, scale, signed, order)
        encode = _comp5_encoder(size, scale, signed, order, truncate)
    else:
        decode = _comp_decoder(digits, size, scale, signed)
        encode = _comp_encoder(digits, size, scale, signed, truncate)
    return NumericCodec(size, encode, decode)


def _comp_decoder(digits: int, size: int, scale: int, signed: bool) -> Decoder:
    limit: int = 10**digits
    from_bytes = int.from_bytes

    def decode(raw: bytes) -> Decimal:
        if len(raw) != size:
            raise InvalidNumeric(f"expected {size} byte(s), got {len(raw)}", raw)
        unscaled = from_bytes(raw, "big", signed=signed)
        if not -limit < unscaled < limit:
            raise InvalidNumeric(f"binary value {unscaled} exceeds {digits} digit(s)", raw)
        return _to_decimal(unscaled, scale)

    return decode


def _comp_encoder(digits: int, size: int, scale: int, signed: bool, truncate: bool) -> Encoder:
    def encode(value: Decimal) -> bytes:
        unscaled = _fit(_unscaled(value, scale, truncate), digits, signed, truncate, value)
        return unscaled.to_bytes(size, "big", signed=signed)

    return encode


def _comp5_decoder(size: int, scale: int, signed: bool, order: Literal["little", "big"]) -> Decoder:
    from_bytes = int.from_bytes

    def decode(raw: bytes) -> Decimal:
        if len(raw) != size:
            raise InvalidNumeric(f"expected {size} byte(s), got {len(raw)}", raw)
        return _to_decimal(from_bytes(raw, order, signed=signed), scale)

    return decode


def _comp5_encoder(
    size: int, scale: int, signed: bool, order: Literal["little", "big"], truncate: bool
) -> Encoder:
    bits = size * 8
    low, high = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)

    def encode(value: Decimal) -> bytes:
        unscaled = _unscaled(value, scale, truncate)
        if unscaled < 0 and not signed:
            if not truncate:
                raise ValueError(f"{value} is negative but the field is unsigned")
            unscaled = -unscaled
        if not low <= unscaled <= high:
            if not truncate:
                raise ValueError(f"{value} does not fit in a {size}-byte COMP-5 field")
            unscaled &= (1 << bits) - 1  # wrap around, then reread as two's complement
            if signed and unscaled > high:
                unscaled -= 1 << bits
        return unscaled.to_bytes(size, order, signed=signed)

    return encode


def binary_encode(
    value: Decimal | int,
    digits: int,
    scale: int,
    signed: bool,
    *,
    native: bool = False,
    truncate: bool = False,
) -> bytes:
    """Binary bytes of ``value``: big-endian COMP/BINARY/COMP-4, or little-endian COMP-5."""
    codec = binary_codec(digits, scale, signed, native=native, truncate=truncate)
    return codec.encode(Decimal(value))


def binary_decode(
    raw: bytes, scale: int, signed: bool, *, digits: int | None = None, native: bool = False
) -> Decimal:
    """The value of binary bytes. ``digits`` (the PIC's) enables COMP's digit-limit check; without
    it the largest digit count of that size is assumed."""
    if digits is None:
        widest = {1: 2, 2: 4, 4: 9, 8: 18}.get(len(raw))
        if widest is None:
            raise InvalidNumeric("a binary field is 1, 2, 4 or 8 bytes", raw)
        digits = widest
    return binary_codec(digits, scale, signed, native=native).decode(raw)
