"""COMP-1 / FLOAT-SHORT (4 bytes) and COMP-2 / FLOAT-LONG (8 bytes): IEEE binary floating point
as libcob 3.1.2 reads, stores, shows and compares it (numeric.c, termio.c; probe usage_float).

The compiler works on integers with a scale fixed at compile time, so a float item is read as
its exact value with ``FLOAT_SCALE`` decimals (libcob's ``cob_decimal_set_double`` takes the
double's exact decimal digits too, 96 significant ones). A store turns the decimal back into a
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


def value_of(number: float, scale: int = FLOAT_SCALE) -> int:
    """The exact value of ``number`` with ``scale`` decimals (truncated beyond them); 0 for an
    infinity or NaN, as libcob's cob_decimal_set_double."""
    if number == 0 or not math.isfinite(number):
        return 0
    numerator, denominator = number.as_integer_ratio()
    factor: int = 10**scale
    magnitude = abs(numerator) * factor // denominator
    return -magnitude if numerator < 0 else magnitude


def reader(size: int) -> Callable[[bytearray, int], int]:
    fmt = _FORMATS[size]
    unpack_from = struct.unpack_from

    def get(buf: bytearray, off: int) -> int:
        return value_of(unpack_from(fmt, buf, off)[0])

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
