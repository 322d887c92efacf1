"""COMP-1 / FLOAT-SHORT (4 bytes) and COMP-2 / FLOAT-LONG (8 bytes): IEEE binary floating point
as libcob 3.1.2 reads, stores, shows and compares it (numeric.c, termio.c; probe usage_float).

The compiler works on integers with a scale fixed at compile time, so a float item is read as
its value with ``FLOAT_SCALE`` decimals as libcob's ``cob_decimal_set_double`` takes it: the
double's exact decimal digits rounded to 96 significant ones. A store turns the decimal back into a
double *truncated toward zero* (``mpf_get_d``: 0.0001 stored in a COMP-2 shows
9.999999999999999E-5), and for COMP-1 rounds that double to the nearest float. A result too
large for the item is a SIZE ERROR (the item keeps its value). DISPLAY shows ``%.8G`` (COMP-1)
or ``%.16G`` (COMP-2) with the exponent written without leading zeros (``1.2345679E+8``). A
comparison with a float item is libcob's ``cob_cmp_float``: both sides as doubles, equal when
their relative difference is below 1E-7.
"""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Callable
from functools import cache

FLOAT_SCALE = 450
"""Decimals of a float's value in the compiled arithmetic: enough for 96 significant digits of
the smallest double (4.9E-324)."""

FLOAT_DIGITS = FLOAT_SCALE + 309
"""Digits of that value: the largest double has 309 before the point."""

TOLERANCE = 0.0000001
_FORMATS = {4: "<f", 8: "<d"}
_EXPONENT = re.compile(r"E([+-])0*(\d)")


def unpack(raw: bytes | bytearray, size: int) -> float:
    value: float = struct.unpack(_FORMATS[size], bytes(raw))[0]
    return value


SIGNIFICANT_DIGITS = 96
"""libcob's cob_decimal_set_double takes ``mpf_get_str (..., 96, ...)`` of the double: its
first 96 significant digits, rounded half up on the 97th (GMP's mpf_get_str)."""


def value_of(number: float, scale: int = FLOAT_SCALE) -> int:
    """The value of ``number`` with ``scale`` decimals as libcob's cob_decimal_set_double takes
    it: the exact value rounded to 96 significant digits (half up on the 97th digit alone, as
    mpf_get_str rounds); 0 for an infinity or NaN. The rounding matters when the exact value
    has more digits: dividing 9.89999999999999E-24 by 10 in a COMPUTE then gives the double
    below the exact quotient (9.899999999999988E-25, measured with cobc), and a COMP-2 divided
    by 10 again and again reaches 9.881312916824931E-324 last (testsuite 'FLOAT-SHORT /
    FLOAT-LONG w/o SIZE ERROR')."""
    if number == 0 or not math.isfinite(number):
        return 0
    numerator, denominator = number.as_integer_ratio()
    factor: int = 10**scale
    magnitude = abs(numerator) * factor // denominator
    extra = len(str(magnitude)) - SIGNIFICANT_DIGITS
    if extra > 0:
        unit: int = 10**extra
        kept, rest = divmod(magnitude, unit)
        if rest * 10 // unit >= 5:
            kept += 1
        magnitude = kept * unit
    return -magnitude if numerator < 0 else magnitude


def reader(size: int) -> Callable[[bytearray, int], int]:
    fmt = _FORMATS[size]
    unpack_from = struct.unpack_from

    def get(buf: bytearray, off: int) -> int:
        try:
            return value_of(unpack_from(fmt, buf, off)[0])
        except TypeError:  # a Window on another record (runtime/pointers.py, linkage.py)
            return value_of(unpack_from(fmt, bytes(buf[off : off + size]))[0])

    return get


def to_double(value: int, scale: int = FLOAT_SCALE) -> float:
    """``value / 10**scale`` as libcob's cob_decimal_get_double: the double next to it toward
    zero (mpf_get_d truncates); an infinity when it is too large."""
    if value == 0:
        return 0.0
    magnitude = -value if value < 0 else value
    denominator: int = 10**scale
    try:
        number: float = magnitude / denominator
    except OverflowError:
        number = math.inf
    if math.isfinite(number):
        top, bottom = number.as_integer_ratio()
        if top * denominator > magnitude * bottom:
            number = math.nextafter(number, 0.0)
    return -number if value < 0 else number


def pack(value: int, size: int, scale: int = FLOAT_SCALE) -> bytes | None:
    """The bytes of a float item holding ``value``, or None when it does not fit (SIZE ERROR)."""
    number = to_double(value, scale)
    if not math.isfinite(number):
        return None
    try:
        return struct.pack(_FORMATS[size], number)
    except OverflowError:
        return None  # beyond FLT_MAX for a COMP-1


def writer(size: int) -> Callable[[bytearray, int, int], None]:
    infinity = struct.pack(_FORMATS[size], math.inf)

    def put(buf: bytearray, off: int, value: int) -> None:
        data = pack(value, size)
        buf[off : off + size] = infinity if data is None else data

    return put


def fits(value: int, size: int) -> bool:
    return pack(value, size) is not None


def display_text(size: int) -> Callable[[bytes], bytes]:
    """DISPLAY of a float item: %.8G / %.16G, the exponent without leading zeros."""
    fmt = _FORMATS[size]
    spec = ".8G" if size == 4 else ".16G"

    def show(raw: bytes) -> bytes:
        number = struct.unpack(fmt, bytes(raw))[0]
        if math.isnan(number):
            # libcob termio.c clean_double turns printf's NAN / -NAN into "NaN" (testsuite
            # "MF FIGURATIVE to NUMERIC": HIGH-VALUES in a COMP-1 shows NaN)
            return b"NaN"
        return _EXPONENT.sub(r"E\1\2", format(number, spec)).encode()

    return show


def compare(left: int, left_scale: int, right: int, right_scale: int) -> int:
    """libcob cob_cmp_float: both sides as doubles; equal when identical or when their relative
    difference is below 1E-7 (run_fundamental.at: a FLOAT-SHORT holding 11.55 equals 11.55)."""
    first = to_double(left, left_scale)
    second = to_double(right, right_scale)
    if first == second:
        return 0
    if first != 0.0 and abs((first - second) / first) < TOLERANCE:
        return 0
    return -1 if first < second else 1


# ---------------------------------------------------------------------------------------------
# FLOAT-DECIMAL-16 (8 bytes) and FLOAT-DECIMAL-34 (16 bytes): IEEE 754 decimal64 / decimal128
# in the binary-integer (BID) encoding, little-endian (probe usage_float_decimal: 1 is
# X'01000000000000C031' read backwards, -12.5 is 125 with exponent -1).


class DecimalFormat:
    """One decimal float size: significant digits, exponent bias and the largest exponent of a
    coefficient (cobc 3.1.2 does not re-normalize: 99E369 * 10 is a SIZE ERROR in 8 bytes)."""

    def __init__(self, size: int, digits: int, bias: int, exponent_bits: int) -> None:
        self.size = size
        self.digits = digits
        self.bias = bias
        self.min_exponent = -bias
        self.coefficient_bits = size * 8 - 1 - exponent_bits
        self.exponent_bits = exponent_bits
        self.scale = bias + digits  # decimals of the value in the compiled arithmetic


DECIMAL64 = DecimalFormat(8, 16, 398, 10)
DECIMAL128 = DecimalFormat(16, 34, 6176, 14)
DECIMAL_FORMATS = {8: DECIMAL64, 16: DECIMAL128}
_MAX_STORED_EXPONENT = {8: 369, 16: 6111}


def decimal_parts(raw: bytes | bytearray, size: int) -> tuple[int, int]:
    """(signed coefficient, exponent) of the BID bytes; NaN and infinities read as 0."""
    form = DECIMAL_FORMATS[size]
    bits = int.from_bytes(raw, "little")
    negative = bits >> (size * 8 - 1)
    body = bits & ((1 << (size * 8 - 1)) - 1)
    top = size * 8 - 1
    if (body >> (top - 2)) & 0b11 == 0b11:
        if (body >> (top - 4)) & 0b1111 == 0b1111:
            return 0, 0  # infinity or NaN
        shift = form.coefficient_bits - 2
        exponent = (body >> shift) & ((1 << form.exponent_bits) - 1)
        coefficient = (0b100 << (shift)) | (body & ((1 << shift) - 1))
    else:
        exponent = body >> form.coefficient_bits
        coefficient = body & ((1 << form.coefficient_bits) - 1)
    if coefficient >= 10**form.digits:
        coefficient = 0  # non-canonical: zero, as IEEE 754 says
    return (-coefficient if negative else coefficient), exponent - form.bias


def decimal_reader(size: int) -> Callable[[bytearray, int], int]:
    form = DECIMAL_FORMATS[size]

    def get(buf: bytearray, off: int) -> int:
        coefficient, exponent = decimal_parts(buf[off : off + size], size)
        shift = form.scale + exponent
        if shift >= 0:
            return coefficient * _pow10(shift)
        magnitude = abs(coefficient) // _pow10(-shift)
        return -magnitude if coefficient < 0 else magnitude

    return get


def decimal_store(value: int, size: int, scale: int) -> tuple[int, int] | None:
    """``value / 10**scale`` as (coefficient, exponent): trailing zeros dropped, cut (toward
    zero) to the significant digits; None past the largest exponent (SIZE ERROR). Digits are
    counted without str(): a FLOAT-DECIMAL-34 value has thousands of them."""
    form = DECIMAL_FORMATS[size]
    if value == 0:
        return 0, 0
    negative = value < 0
    coefficient = -value if negative else value
    exponent = -scale
    count = _digit_count(coefficient)
    if count > form.digits:
        # cut toward zero to the significant digits (12345678901234567890 is stored as
        # 1234567890123456E4; 2 / 3 as 6666666666666666E-16)
        coefficient //= _pow10(count - form.digits)
        exponent += count - form.digits
    coefficient, exponent = _strip_zeros(coefficient, exponent)
    if exponent > _MAX_STORED_EXPONENT[size] or exponent < form.min_exponent:
        # beyond the exponent range either way (run_misc.at "FLOAT-DECIMAL w/o SIZE ERROR":
        # 99E-398 / 10 is a SIZE ERROR, not 9E-398)
        return None
    return (-coefficient if negative else coefficient), exponent


def _strip_zeros(coefficient: int, exponent: int) -> tuple[int, int]:
    while coefficient and coefficient % 10 == 0:
        coefficient //= 10
        exponent += 1
    return coefficient, exponent


def _digit_count(number: int) -> int:
    count = max((number.bit_length() - 1) * 30103 // 100000, 0)
    while number >= _pow10(count):
        count += 1
    return max(count, 1)


@cache
def _pow10(exponent: int) -> int:
    value: int = 10**exponent
    return value


def decimal_bytes(coefficient: int, exponent: int, size: int) -> bytes:
    form = DECIMAL_FORMATS[size]
    negative = coefficient < 0
    magnitude = -coefficient if negative else coefficient
    biased = exponent + form.bias
    if magnitude < (1 << form.coefficient_bits):
        body = (biased << form.coefficient_bits) | magnitude
    else:
        shift = form.coefficient_bits - 2
        body = (0b11 << (size * 8 - 3)) | (biased << shift) | (magnitude & ((1 << shift) - 1))
    bits = (int(negative) << (size * 8 - 1)) | body
    return bits.to_bytes(size, "little")


def decimal_writer(size: int) -> Callable[[bytearray, int, int], None]:
    form = DECIMAL_FORMATS[size]

    def put(buf: bytearray, off: int, value: int) -> None:
        parts = decimal_store(value, size, form.scale)
        if parts is None or parts[0] == 0:
            buf[off : off + size] = bytes(size)  # cobc stores zero as all X'00'
            return
        buf[off : off + size] = decimal_bytes(parts[0], parts[1], size)

    return put


def decimal_fits(value: int, size: int) -> bool:
    return decimal_store(value, size, DECIMAL_FORMATS[size].scale) is not None


def decimal_display(size: int) -> Callable[[bytes], bytes]:
    """DISPLAY of FLOAT-DECIMAL-16 / -34 as cobc 3.1.2 shows it (probe usage_float_decimal):
    the coefficient with its point when some digit is left of it (12.5, 99.33333333333333),
    else coefficient E exponent (1E2, 5E-1, 3333333333333333E-16); zero is 0E0."""

    def show(raw: bytes) -> bytes:
        coefficient, exponent = decimal_parts(raw, size)
        if coefficient == 0:
            return b"0E0"
        sign = "-" if coefficient < 0 else ""
        digits = str(abs(coefficient))
        if exponent == 0:
            return (sign + digits).encode()
        # the sign counts as a place left of the point (COMPUTE F = -0.5 shows -.5 where
        # 5 / 10 shows 5E-1)
        if exponent < 0 and len(sign) + len(digits) + exponent > 0:
            point = max(len(digits) + exponent, 0)
            return f"{sign}{digits[:point]}.{digits[point:]}".encode()
        return f"{sign}{digits}E{exponent}".encode()

    return show
