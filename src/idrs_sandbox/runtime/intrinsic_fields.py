"""The field libcob returns for a numeric intrinsic function, and the functions built on it.

libcob (intrinsic.c, GnuCOBOL 3.1.2) hands every function result back as a temporary field,
and DISPLAY, MOVE, comparisons and arithmetic all read that field. Its shape depends on the
function and on the value:

- ``cob_alloc_field`` (SUM, INTEGER, NUMVAL, MEAN, SQRT, ...): the decimal's trailing zero
  decimals are dropped; a value of fewer than 33 bits (32 when negative) with fewer than 10
  decimals goes into a 4-byte binary field of 9 digits, fewer than 65 / 64 bits and 19 decimals
  into an 8-byte one of 20 digits, anything else into a DISPLAY field of as many digits as
  GMP's ``mpz_sizeinbase (value, 10)`` says (which may be one too many: EXP (2) shows
  ``07.389...``); signed only when negative. Measured: SUM (3 9 2) shows ``000000014``,
  NUMVAL (" -12.5 ") ``-00000012.5``.
- ``cob_alloc_set_field_uint`` / ``_int`` (LENGTH, ORD, INTEGER-OF-DATE, SIGN, ...): a 4-byte
  binary field of 9 digits (``_int`` signed when negative: SIGN (-4) shows ``-000000001``).
- ``make_field_entry (argument)`` (ABS, MAX, MIN, MEDIAN of an odd count, MEAN of one): a copy of
  the argument's own field: ABS (-3.5) shows ``+3.5`` (the literal is signed), MAX (3 9 2) ``9``.
- a DISPLAY field of fixed digits: DATE-OF-INTEGER (8), DAY-OF-INTEGER (7).

The mathematical functions compute with GMP floats of 2048 bits and keep 96 significant digits
(``cob_decimal_set_mpf``: ``mpf_get_str (..., 96, ...)``, rounded): here the true value to 130
digits (Python's decimal module, correctly rounded), rounded to 96. The statistical functions
run libcob's ``cob_decimal`` arithmetic (integer value and scale; a division keeps 38 decimals
beyond the operands' scale difference and truncates), so their digits are libcob's.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from functools import cache

from idrs_sandbox.runtime import exceptions, floats, intrinsics, storage
from idrs_sandbox.runtime import move as mv
from idrs_sandbox.runtime.fields import Category, FieldType, Usage, numeric_display

MAX_DIGITS = 38
"""COB_MAX_DIGITS: the decimals cob_decimal_div keeps beyond the operands' scale difference."""

MPF_DIGITS = 96
"""Significant digits cob_decimal_set_mpf keeps of a GMP float."""

_LOGB2 = 0x4D104D427DE7FBCC + 1
"""GMP 6 (mp_bases[10].logb2 + 1, 64-bit limbs): mpz_sizeinbase (x, 10) is
``(bits * _LOGB2 >> 64) + 1``, exact or one too many (checked against libgmp)."""


@dataclass(frozen=True, slots=True)
class Result:
    """A function's result field: its unscaled value and shape.

    ``ftype`` is set when the field is a copy of an item's or a literal's own field (ABS, MAX,
    MIN...); DISPLAY then shows it as that item. Otherwise the field is libcob's binary field
    (``binary``) or a DISPLAY field of ``digits`` digits, signed when ``signed``."""

    value: int
    scale: int
    digits: int
    signed: bool
    binary: bool = True
    ftype: FieldType | None = None


# ---------------------------------------------------------------------------------------------
# building result fields


def sizeinbase10(magnitude: int) -> int:
    """GMP's mpz_sizeinbase (x, 10): 1 for 0."""
    if magnitude == 0:
        return 1
    return ((magnitude.bit_length() * _LOGB2) >> 64) + 1


def trim(value: int, scale: int) -> tuple[int, int]:
    """cob_trim_decimal: trailing zero decimals dropped (a zero has scale 0)."""
    if value == 0:
        return 0, 0
    while scale > 0 and value % 10 == 0:
        value //= 10
        scale -= 1
    return value, scale


def alloc(value: int, scale: int) -> Result:
    """cob_alloc_field + cob_decimal_get_field: the field for a decimal result."""
    negative = value < 0
    value, scale = trim(value, scale)
    if scale < 0:
        value, scale = value * 10**-scale, 0
    bits = max(abs(value).bit_length(), 1)
    if bits < 33 - negative and scale < 10:
        return Result(value, scale, 9, negative)
    if bits < 65 - negative and scale < 19:
        return Result(value, scale, 20, negative)
    digits = max(sizeinbase10(abs(value)), scale)
    return Result(value, scale, digits, negative, binary=False)


def uint(value: int) -> Result:
    """cob_alloc_set_field_uint: a 9-digit unsigned binary field."""
    return Result(value, 0, 9, False)


def sint(value: int) -> Result:
    """cob_alloc_set_field_int: a 9-digit binary field, signed when negative."""
    return Result(value, 0, 9, value < 0)


def fixed(value: int, digits: int) -> Result:
    """An unsigned DISPLAY field of ``digits`` digits (DATE-OF-INTEGER, DAY-OF-INTEGER)."""
    return Result(value, 0, digits, False, binary=False)


def item(ftype: FieldType, value: int) -> Result:
    """An item's or a literal's field as an argument (the value at its own scale)."""
    return Result(value, ftype.scale, ftype.digits, ftype.signed, False, ftype)


def literal(text: str, unscaled: int, scale: int) -> Result:
    """A numeric literal's field as cobc builds it: its digits, signed when written with a
    sign (``-3.5``: DISPLAY FUNCTION ABS shows ``+3.5``)."""
    digits = max(sum(ch.isdigit() for ch in text), 1)
    signed = text.lstrip()[:1] in ("+", "-")
    return item(numeric_display(digits, max(scale, 0), signed=signed), unscaled)


def invalid() -> Result:
    """An argument outside the function's domain: libcob sets EC-ARGUMENT-FUNCTION (FUNCTION
    EXCEPTION-STATUS shows it) and returns a 9-digit zero."""
    exceptions.raise_condition("EC-ARGUMENT-FUNCTION")
    return uint(0)


def nan() -> Result:
    """cob_alloc_field of a decimal that is not a number (a zero division): 9-digit zero."""
    return uint(0)


def mpf(number: Decimal) -> Result:
    """cob_decimal_set_mpf + cob_alloc_field: ``number`` rounded to 96 significant digits."""
    if not number:
        return alloc(0, 0)
    rounded = Context(prec=MPF_DIGITS, rounding=ROUND_HALF_UP).plus(number)
    sign, digits, exponent = rounded.as_tuple()
    assert isinstance(exponent, int)
    value = int("".join(map(str, digits)))
    if sign:
        value = -value
    if exponent >= 0:
        return alloc(value * 10**exponent, 0)
    return alloc(value, -exponent)


# ---------------------------------------------------------------------------------------------
# reading result fields


def at_scale(result: Result, scale: int) -> int:
    """The value with ``scale`` decimals (truncated toward zero when it has more)."""
    shift = scale - result.scale
    if shift >= 0:
        return result.value * int(10**shift)
    magnitude = abs(result.value) // int(10**-shift)
    return -magnitude if result.value < 0 else magnitude


def size(result: Result) -> int:
    """The field's length in bytes (FUNCTION LENGTH of a function result)."""
    if result.ftype is not None:
        return result.ftype.size
    if result.binary:
        return 4 if result.digits == 9 else 8
    return result.digits


def _item_bytes(ftype: FieldType, value: int) -> bytes:
    return storage.materializer(ftype)(value)


def shown(result: Result) -> bytes:
    """What DISPLAY shows (libcob pretty_display_numeric: sign when the field is signed, the
    digits, a point before the decimals)."""
    if result.ftype is not None:
        return _item_display(result.ftype)(_item_bytes(result.ftype, result.value))
    digits, scale = result.digits, result.scale
    magnitude = abs(result.value) % 10**digits
    text = f"{magnitude:0{digits}d}"
    if scale > 0:
        text = text[: digits - scale] + "." + text[digits - scale :]
    if result.signed:
        text = ("-" if result.value < 0 else "+") + text
    return text.encode()


@cache
def _item_display(ftype: FieldType) -> Callable[[bytes], bytes]:
    """DISPLAY of an item's field (statements/io.py display_item, at run time)."""
    from idrs_sandbox.runtime.compile.values import display_type

    if ftype.usage is Usage.FLOAT:
        return floats.display_text(ftype.size)
    if ftype.usage is Usage.FLOAT_DECIMAL:
        return floats.decimal_display(ftype.size)
    source = replace(ftype, scale=0) if ftype.usage is Usage.NATIVE else ftype
    move = mv.compile_move(source, display_type(source))
    if ftype.usage is Usage.NATIVE:
        return move
    return lambda raw: move(raw).replace(b"\0", b"")


def moved(result: Result, dst: FieldType) -> bytes:
    """MOVE result TO an item of type ``dst``: a numeric or edited receiver gets the value
    (libcob moves a binary field by value), an alphanumeric one the field's digits without
    sign (cob_move through a DISPLAY temporary of the field's digits)."""
    if result.ftype is not None:
        return mv.compile_move(result.ftype, dst)(_item_bytes(result.ftype, result.value))
    if dst.category in (Category.NUMERIC, Category.NUMERIC_EDITED):
        # the decimals the receiver cannot hold are cut first (a MOVE truncates), so the
        # DISPLAY source stays within the 38 digits runtime/move.py aligns (96-digit SQRT)
        scale = min(result.scale, max(dst.scale, 0))
        value = at_scale(result, scale)
        digits = max(len(str(abs(value))), scale, 1)
        source = numeric_display(digits, scale, signed=True)
        return mv.compile_move(source, dst)(_item_bytes(source, value))
    source = numeric_display(result.digits, result.scale, signed=result.signed)
    return mv.compile_move(source, dst)(_item_bytes(source, result.value))


# ---------------------------------------------------------------------------------------------
# cob_decimal arithmetic (numeric.c)

Dec = tuple[int, int]


def _align(a: Dec, b: Dec) -> tuple[int, int, int]:
    scale = max(a[1], b[1])
    return a[0] * 10 ** (scale - a[1]), b[0] * 10 ** (scale - b[1]), scale


def dec_add(a: Dec, b: Dec) -> Dec:
    x, y, scale = _align(a, b)
    return x + y, scale


def dec_sub(a: Dec, b: Dec) -> Dec:
    x, y, scale = _align(a, b)
    return x - y, scale


def dec_mul(a: Dec, b: Dec) -> Dec:
    return a[0] * b[0], a[1] + b[1]


def _tdiv(a: int, b: int) -> int:
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def dec_div(a: Dec, b: Dec) -> Dec | None:
    """cob_decimal_div: None for a zero divisor."""
    if b[0] == 0:
        return None
    if a[0] == 0:
        return 0, 0
    scale = a[1] - b[1]
    shift = MAX_DIGITS + (-scale if scale < 0 else 0)
    return _tdiv(a[0] * 10**shift, b[0]), scale + shift


def dec_pow_int(base: Dec, power: int) -> Dec | None:
    """cob_decimal_pow for an integer power (ANNUITY's (1 + r) ** -n)."""
    value, scale = trim(*base)
    if power == 0:
        return 1, 0
    if value == 0:
        return 0, 0
    if power == 1:
        return value, scale
    raised = trim(value ** abs(power), scale * abs(power))
    if power > 0:
        return raised
    quotient = dec_div((1, 0), raised)
    return None if quotient is None else trim(*quotient)


def _dec(result: Result) -> Dec:
    return result.value, result.scale


def _exact(value: int, scale: int) -> Decimal:
    """value * 10**-scale, every digit kept (scaleb would round to the context's precision)."""
    return Decimal(f"{value}E{-scale}")


def _decimal(result: Result) -> Decimal:
    return _exact(result.value, result.scale)


def _get_int(result: Result) -> int:
    """cob_get_int: the integer part."""
    return at_scale(result, 0)


# ---------------------------------------------------------------------------------------------
# the functions


def abs_(arg: Result) -> Result:
    return replace(arg, value=abs(arg.value))


def max_(*args: Result) -> Result:
    best = args[0]
    for arg in args[1:]:
        if _decimal(arg) > _decimal(best):
            best = arg
    return best


def min_(*args: Result) -> Result:
    best = args[0]
    for arg in args[1:]:
        if _decimal(arg) < _decimal(best):
            best = arg
    return best


def ord_max(*args: Result) -> Result:
    return uint(args.index(max_(*args)) + 1)


def ord_min(*args: Result) -> Result:
    return uint(args.index(min_(*args)) + 1)


def sum_(*args: Result) -> Result:
    total: Dec = (0, 0)
    for arg in args:
        total = dec_add(total, _dec(arg))
    return alloc(*total)


def _mean(args: tuple[Result, ...]) -> Dec:
    total: Dec = (0, 0)
    for arg in args:
        total = dec_add(total, _dec(arg))
    quotient = dec_div(total, (len(args), 0))
    assert quotient is not None
    return quotient


def mean(*args: Result) -> Result:
    if len(args) == 1:
        return args[0]
    return alloc(*_mean(args))


def _half(a: Result, b: Result) -> Result:
    quotient = dec_div(dec_add(_dec(a), _dec(b)), (2, 0))
    assert quotient is not None
    return alloc(*quotient)


def midrange(*args: Result) -> Result:
    return _half(min_(*args), max_(*args))


def median(*args: Result) -> Result:
    if len(args) == 1:
        return args[0]
    ordered = sorted(args, key=_decimal)
    middle = len(args) // 2
    if len(args) % 2:
        return ordered[middle]
    return _half(ordered[middle - 1], ordered[middle])


def range_(*args: Result) -> Result:
    return alloc(*dec_sub(_dec(max_(*args)), _dec(min_(*args))))


def _variance(args: tuple[Result, ...]) -> Dec:
    if len(args) == 1:
        return 0, 0
    average = _mean(args)
    total: Dec = (0, 0)
    for arg in args:
        difference = dec_sub(_dec(arg), average)
        total = dec_add(total, dec_mul(difference, difference))
    quotient = dec_div(total, (len(args), 0))
    assert quotient is not None
    return quotient


def variance(*args: Result) -> Result:
    return alloc(*_variance(args))


def standard_deviation(*args: Result) -> Result:
    value, scale = trim(*_variance(args))
    if value == 0:
        return alloc(0, 0)
    return _mpf_of(lambda x: x.sqrt(), _exact(value, scale))


def present_value(rate: Result, *amounts: Result) -> Result:
    base = dec_add(_dec(rate), (1, 0))
    total: Dec = (0, 0)
    for i, amount in enumerate(amounts, start=1):
        divisor = (base[0] ** i, base[1] * i) if i > 1 else base
        quotient = dec_div(_dec(amount), divisor)
        if quotient is None:
            return nan()
        total = dec_add(total, quotient)
    return alloc(*total)


def annuity(rate: Result, periods: Result) -> Result:
    r, n = _dec(rate), _dec(periods)
    if r[0] < 0 or n[0] <= 0 or n[1] != 0:
        return invalid()
    if r[0] == 0:
        quotient = dec_div((1, 0), n)
        assert quotient is not None
        return alloc(*quotient)
    raised = dec_pow_int(trim(*dec_add(r, (1, 0))), -trim(*n)[0])
    if raised is None:
        return nan()
    denominator = trim(*dec_sub((1, 0), raised))
    quotient = dec_div(trim(*r), denominator)
    return nan() if quotient is None else alloc(*quotient)


def _mod_or_rem(a: Result, b: Result, is_rem: bool) -> Result:
    if b.value == 0:
        return invalid()
    quotient = dec_div(_dec(a), _dec(b))
    assert quotient is not None
    value, scale = quotient
    if scale < 0:
        whole = value * 10**-scale
    elif is_rem:
        whole = _tdiv(value, 10**scale)
    else:
        whole = value // 10**scale  # INTEGER: toward minus infinity
    return alloc(*dec_sub(_dec(a), dec_mul((whole, 0), _dec(b))))


def mod(a: Result, b: Result) -> Result:
    return _mod_or_rem(a, b, False)


def rem(a: Result, b: Result) -> Result:
    return _mod_or_rem(a, b, True)


def integer(arg: Result) -> Result:
    return alloc(arg.value // 10**arg.scale if arg.scale > 0 else at_scale(arg, 0), 0)


def integer_part(arg: Result) -> Result:
    return alloc(at_scale(arg, 0), 0)


def fraction_part(arg: Result) -> Result:
    if arg.scale <= 0:
        return alloc(0, 0)
    return alloc(arg.value - at_scale(arg, 0) * 10**arg.scale, arg.scale)


def sign(arg: Result) -> Result:
    return sint((arg.value > 0) - (arg.value < 0))


def factorial(arg: Result) -> Result:
    number = _get_int(arg)
    if number < 0:
        return invalid()
    return alloc(math.factorial(number), 0)


def _mpf_of(compute: Callable[[Decimal], Decimal], x: Decimal) -> Result:
    with localcontext() as context:
        context.prec = MPF_DIGITS + 34
        return mpf(compute(x))


def exp(arg: Result) -> Result:
    if arg.value == 0:
        return uint(1)
    return _mpf_of(lambda x: x.exp(), _decimal(arg))


def exp10(arg: Result) -> Result:
    if arg.value == 0:
        return uint(1)
    value, scale = trim(*_dec(arg))
    if scale == 0:
        return alloc(1, -value) if value < 0 else alloc(10**value, 0)
    return _mpf_of(lambda x: (x * Decimal(10).ln()).exp(), _exact(value, scale))


def log(arg: Result) -> Result:
    if arg.value <= 0:
        return invalid()
    if trim(*_dec(arg)) == (1, 0):
        return uint(0)
    return _mpf_of(lambda x: x.ln(), _decimal(arg))


def log10(arg: Result) -> Result:
    if arg.value <= 0:
        return invalid()
    if trim(*_dec(arg)) == (1, 0):
        return uint(0)
    return _mpf_of(lambda x: x.log10(), _decimal(arg))


def sqrt(arg: Result) -> Result:
    if arg.value < 0:
        return invalid()
    if arg.value == 0:
        return alloc(0, 0)
    return _mpf_of(lambda x: x.sqrt(), _decimal(arg))


def _trig(name: str) -> Callable[[Decimal], Decimal]:
    def compute(x: Decimal) -> Decimal:
        return Decimal(intrinsics.math_function(name, MPF_DIGITS + 20, (_unscaled(x), 200))) / (
            Decimal(10) ** (MPF_DIGITS + 20)
        )

    return compute


def _unscaled(x: Decimal) -> int:
    return int(x.scaleb(200))


def sin(arg: Result) -> Result:
    return _mpf_of(_trig("SIN"), _decimal(arg))


def cos(arg: Result) -> Result:
    return _mpf_of(_trig("COS"), _decimal(arg))


def tan(arg: Result) -> Result:
    return _mpf_of(_trig("TAN"), _decimal(arg))


def atan(arg: Result) -> Result:
    if arg.value == 0:
        return uint(0)
    return _mpf_of(_trig("ATAN"), _decimal(arg))


def asin(arg: Result) -> Result:
    x = _decimal(arg)
    if x < -1 or x > 1:
        return invalid()
    if arg.value == 0:
        return uint(0)
    return _mpf_of(_trig("ASIN"), x)


def acos(arg: Result) -> Result:
    x = _decimal(arg)
    if x < -1 or x > 1:
        return invalid()
    if x == 1:
        return alloc(0, 0)
    return _mpf_of(_trig("ACOS"), x)


def pi() -> Result:
    return _mpf_of(lambda _: _trig("PI")(Decimal(0)), Decimal(0))


def e() -> Result:
    return _mpf_of(lambda _: Decimal(1).exp(), Decimal(0))


# dates


def integer_of_date(arg: Result) -> Result:
    return uint(intrinsics.integer_of_date(_get_int(arg), 0))


def integer_of_day(arg: Result) -> Result:
    return uint(intrinsics.integer_of_day(_get_int(arg), 0))


def date_of_integer(arg: Result) -> Result:
    return fixed(intrinsics.date_of_integer(_get_int(arg), 0), 8)


def day_of_integer(arg: Result) -> Result:
    return fixed(intrinsics.day_of_integer(_get_int(arg), 0), 7)


def test_date_yyyymmdd(arg: Result) -> Result:
    return uint(intrinsics.test_date_yyyymmdd(_get_int(arg), 0))


def test_day_yyyyddd(arg: Result) -> Result:
    return uint(intrinsics.test_day_yyyyddd(_get_int(arg), 0))


def _window(args: tuple[Result, ...]) -> tuple[int, int]:
    interval = _get_int(args[1]) if len(args) > 1 else 50
    current = _get_int(args[2]) if len(args) > 2 else dt.date.today().year
    return interval, current


def _windowed(year: int, args: tuple[Result, ...], limit: int) -> int | None:
    interval, current = _window(args)
    maximum = current + interval
    if not 0 <= year <= limit or not 1601 <= current <= 9999 or not 1700 <= maximum <= 9999:
        return None
    if maximum % 100 >= year:
        return year + 100 * (maximum // 100)
    return year + 100 * (maximum // 100 - 1)


def year_to_yyyy(*args: Result) -> Result:
    year = _windowed(_get_int(args[0]), args, 99)
    return invalid() if year is None else sint(year)


def date_to_yyyymmdd(*args: Result) -> Result:
    whole = _get_int(args[0])
    year = _windowed(_c_div(whole, 10000), args, 999999)
    return invalid() if year is None else sint(year * 10000 + _c_rem(whole, 10000))


def day_to_yyyyddd(*args: Result) -> Result:
    whole = _get_int(args[0])
    year = _windowed(_c_div(whole, 1000), args, 999999)
    return invalid() if year is None else sint(year * 1000 + _c_rem(whole, 1000))


def _c_div(a: int, b: int) -> int:
    return _tdiv(a, b)


def _c_rem(a: int, b: int) -> int:
    return a - b * _tdiv(a, b)


def seconds_past_midnight() -> Result:
    now = dt.datetime.now()
    return sint(now.hour * 3600 + now.minute * 60 + min(now.second, 59))


# text to number


def check_numval(raw: bytes, currency: bytes | None = None, point: int = 0x2E) -> int:
    """cob_check_numval (NUMVAL, and NUMVAL-C with ``currency``): 0 when ``raw`` is valid,
    else the position (from 1) of the first character in error."""
    data = bytes(raw)
    size = len(data)
    symbol = currency
    if symbol is not None and len(symbol) >= size:
        symbol = None
    if not size:
        return 1
    plus_minus = digits = dec_seen = space_seen = 0
    n = 0
    while n < size:
        ch = data[n]
        if 0x30 <= ch <= 0x39:
            break
        if ch == 0x20:
            n += 1
            continue
        if ch in b"+-":
            if plus_minus:
                return n + 1
            plus_minus = 1
            n += 1
            continue
        if ch in b",.":
            if ch != point:
                return n + 1
            break
        if symbol and n < size - len(symbol) and data.startswith(symbol, n):
            n += len(symbol)
            continue
        return n + 1
    if n == size:
        return n + 1
    while n < size:
        ch = data[n]
        if 0x30 <= ch <= 0x39:
            digits += 1
            if digits > MAX_DIGITS or space_seen:
                return n + 1
        elif ch in b",.":
            if dec_seen or space_seen:
                return n + 1
            if ch == point:
                dec_seen = 1
            elif currency is None:
                return n + 1
        elif ch == 0x20:
            space_seen = 1
        elif ch in b"+-":
            if plus_minus:
                return n + 1
            plus_minus = 1
        elif ch in b"CD":
            if plus_minus:
                return n + 1
            if n < size - 1 and data[n + 1] == (0x52 if ch == 0x43 else 0x42):
                plus_minus = 1
                n += 2
                continue
            return n + 2
        else:
            return n + 1
        n += 1
    if not digits:
        return n + 1
    return 0


def _numval(raw: bytes, currency: bytes | None, point: int = 0x2E) -> Result:
    data = bytes(raw)
    if check_numval(data, currency, point):
        return invalid()
    size = len(data)
    symbol = currency if currency and len(currency) < size else None
    digits = bytearray()
    decimals = 0
    negative = decimal_seen = False
    i = 0
    while i < size:
        if i + 2 < size and data[i : i + 2] in (b"CR", b"DB"):
            negative = True
            break
        ch = data[i]
        if symbol is not None and i + len(symbol) < size and data.startswith(symbol, i):
            i += len(symbol)
            continue
        if ch == 0x2D:
            negative = True
        elif ch == point:
            decimal_seen = True
        elif 0x30 <= ch <= 0x39:
            decimals += decimal_seen
            digits.append(ch)
        if len(digits) > MAX_DIGITS:
            break
        i += 1
    value = int(digits or b"0")
    return alloc(-value if negative else value, decimals)


def numval(raw: bytes, point: int = 0x2E) -> Result:
    """``point``: the program's decimal point (X'2C' with DECIMAL-POINT IS COMMA; libcob's
    COB_MODULE_PTR->decimal_point), here and in the NUMVAL-C / TEST-NUMVAL functions."""
    return _numval(raw, None, point)


def numval_c(raw: bytes, currency: bytes = b"$", point: int = 0x2E) -> Result:
    return _numval(raw, currency, point)


def test_numval(raw: bytes, point: int = 0x2E) -> Result:
    return uint(check_numval(raw, None, point))


def test_numval_c(raw: bytes, currency: bytes = b"$", point: int = 0x2E) -> Result:
    return uint(check_numval(raw, currency, point))


def check_numval_f(raw: bytes, point: int = 0x2E) -> int:
    """cob_check_numval_f: [sp][+|-][sp]{digits[.[digits]]|.digits}[sp][E[sp]{+|-}[sp]digits[sp]]"""
    data = bytes(raw)
    size = len(data)
    if not size:
        return 1
    plus_minus = digits = dec_seen = space_seen = e_seen = exponent = e_sign = 0
    n = 0
    while n < size:
        ch = data[n]
        if 0x30 <= ch <= 0x39:
            break
        if ch == 0x20:
            n += 1
            continue
        if ch in b"+-":
            if plus_minus:
                return n + 1
            plus_minus = 1
            n += 1
            continue
        if ch in b",." and ch == point:
            break
        return n + 1
    if n == size:
        return n + 1
    while n < size:
        ch = data[n]
        if 0x30 <= ch <= 0x39:
            if e_seen:
                exponent += 1
                if exponent > 4 or not e_sign:
                    return n + 1
            else:
                digits += 1
                if digits > MAX_DIGITS or space_seen:
                    return n + 1
        elif ch in b",.":
            if dec_seen or space_seen or e_seen or ch != point:
                return n + 1
            dec_seen = 1
        elif ch == 0x20:
            space_seen = 1
        elif ch == 0x45:
            if e_seen:
                return n + 1
            e_seen = 1
        elif ch in b"+-":
            if e_seen:
                if e_sign:
                    return n + 1
                e_sign = 1
            else:
                if plus_minus:
                    return n + 1
                plus_minus = 1
        else:
            return n + 1
        n += 1
    if not digits or (e_seen and not exponent):
        return n + 1
    return 0


def numval_f(raw: bytes, point: int = 0x2E) -> Result:
    data = bytes(raw)
    if check_numval_f(data, point):
        return invalid()
    digits = bytearray()
    decimals = exponent = 0
    negative = dec_seen = e_seen = e_negative = False
    for ch in data:
        if 0x30 <= ch <= 0x39:
            if e_seen:
                exponent = exponent * 10 + ch - 0x30
            else:
                decimals += dec_seen
                digits.append(ch)
        elif ch == 0x45:
            e_seen = True
        elif ch == 0x2D:
            if e_seen:
                e_negative = True
            else:
                negative = True
        elif ch == point:
            dec_seen = True
    value = int(digits or b"0")
    if value == 0:
        return alloc(0, 0)
    if negative:
        value = -value
    if not exponent:
        return alloc(value, decimals)
    if e_negative:
        return alloc(value, decimals + exponent)
    if decimals >= exponent:
        return alloc(value, decimals - exponent)
    return alloc(value * 10 ** (exponent - decimals), 0)


def test_numval_f(raw: bytes, point: int = 0x2E) -> Result:
    return uint(check_numval_f(raw, point))


# text functions with a numeric result


def length(raw: bytes) -> Result:
    return uint(len(raw))


def ord_(raw: bytes) -> Result:
    return uint(bytes(raw)[0] + 1 if raw else 1)


def stored_char_length(raw: bytes) -> Result:
    return uint(len(bytes(raw).rstrip(b" ")))


# more functions (issue 12, probe functions_refused)

_MAX_INTEGER_DATE = 3067671  # 9999-12-31 (valid_integer_date)


def combined_datetime(days: Result, seconds: Result) -> Result:
    """COMBINED-DATETIME: days + seconds / 100000 (cob_decimal), 0 for an invalid argument."""
    whole = _get_int(days)
    moment = _dec(seconds)
    if not 1 <= whole <= _MAX_INTEGER_DATE or not 0 <= _exact(*moment) < 86400:
        return invalid()
    fraction = dec_div(moment, (100000, 0))
    assert fraction is not None
    return alloc(*dec_add((whole, 0), fraction))


def algebraic_limit(ftype: FieldType, highest: bool) -> Result:
    """HIGHEST-ALGEBRAIC / LOWEST-ALGEBRAIC of a numeric item: its PICTURE's limit (a COMP-5 or
    COMP-X item's: its bytes'); 0 for the lowest of an unsigned item."""
    signed = ftype.signed or any(symbol in "+-CD" for symbol, _ in ftype.pic)
    if not highest and not signed:
        return uint(0)
    if ftype.usage in (Usage.NATIVE, Usage.BINARY_X, Usage.INDEX):
        bits = ftype.size * 8 - (1 if signed else 0)
        value = (1 << bits) - 1 if highest else -(1 << bits)
    else:
        value = 10**ftype.digits - 1
        if not highest:
            value = -value
    return alloc(value, ftype.scale)


def substitute_case(raw: bytes, *pairs: bytes) -> bytes:
    """SUBSTITUTE-CASE: SUBSTITUTE with the from-strings matched ignoring case (strncasecmp)."""
    data = bytes(raw)
    patterns = [
        (bytes(old).lower(), bytes(new)) for old, new in zip(pairs[0::2], pairs[1::2], strict=False)
    ]
    return intrinsics.substituted(data, data.lower(), patterns)
