"""Intrinsic functions (FUNCTION name (args)) as GnuCOBOL 3.1.2 computes them.

Numeric arguments arrive as (unscaled int, scale) pairs; numeric results are returned the same
way; alphanumeric arguments and results are bytes. Dates follow ISO 8601 / COBOL 2002: day 1 of
INTEGER-OF-DATE is 1601-01-01; an invalid argument gives 0 (libcob sets an exception and returns
0, probe ``function_dates``).
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Callable, Mapping
from decimal import ROUND_DOWN, Decimal, InvalidOperation, getcontext, localcontext

from idrs_sandbox.runtime import clock

_DAY_ZERO = dt.date(1600, 12, 31).toordinal()
MAX_INTEGER_DATE = dt.date(9999, 12, 31).toordinal() - _DAY_ZERO


def integer_of_date(value: int, scale: int) -> int:
    """YYYYMMDD -> days since 1600-12-31 (0 for an invalid date)."""
    whole = value // 10**scale if scale > 0 else value
    year, rest = divmod(whole, 10000)
    month, day = divmod(rest, 100)
    if not 1601 <= year <= 9999:
        return 0
    try:
        return dt.date(year, month, day).toordinal() - _DAY_ZERO
    except ValueError:
        return 0


def date_of_integer(value: int, scale: int) -> int:
    """Days since 1600-12-31 -> YYYYMMDD (0 when out of range)."""
    whole = value // 10**scale if scale > 0 else value
    if not 1 <= whole <= MAX_INTEGER_DATE:
        return 0
    date = dt.date.fromordinal(whole + _DAY_ZERO)
    return date.year * 10000 + date.month * 100 + date.day


def integer_of_day(value: int, scale: int) -> int:
    """YYYYDDD -> days since 1600-12-31."""
    whole = value // 10**scale if scale > 0 else value
    year, day = divmod(whole, 1000)
    if not 1601 <= year <= 9999 or not 1 <= day <= (366 if _leap(year) else 365):
        return 0
    return dt.date(year, 1, 1).toordinal() - _DAY_ZERO + day - 1


def day_of_integer(value: int, scale: int) -> int:
    whole = value // 10**scale if scale > 0 else value
    if not 1 <= whole <= MAX_INTEGER_DATE:
        return 0
    date = dt.date.fromordinal(whole + _DAY_ZERO)
    return date.year * 1000 + date.timetuple().tm_yday


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def mod(a: int, a_scale: int, b: int, b_scale: int) -> tuple[int, int]:
    """FUNCTION MOD: a - b * FLOOR(a / b) (the result has the sign of b)."""
    scale = max(a_scale, b_scale)
    a *= 10 ** (scale - a_scale)
    b *= 10 ** (scale - b_scale)
    if b == 0:
        return 0, 0
    return a % b, scale


def rem(a: int, a_scale: int, b: int, b_scale: int) -> tuple[int, int]:
    """FUNCTION REM: a - b * INTEGER-PART(a / b) (the result has the sign of a)."""
    scale = max(a_scale, b_scale)
    a *= 10 ** (scale - a_scale)
    b *= 10 ** (scale - b_scale)
    if b == 0:
        return 0, 0
    quotient = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        quotient = -quotient
    return a - b * quotient, scale


def integer(value: int, scale: int) -> int:
    """FUNCTION INTEGER: the greatest integer not above the value."""
    return value // 10**scale if scale > 0 else value


def integer_part(value: int, scale: int) -> int:
    """FUNCTION INTEGER-PART: the integer part (toward zero)."""
    if scale <= 0:
        return value
    magnitude = abs(value) // int(10**scale)
    return -magnitude if value < 0 else magnitude


def numval(raw: bytes, scale: int) -> int:
    """FUNCTION NUMVAL: the number in the text (spaces, one sign + - CR DB, digits, one
    point); the value comes back with ``scale`` decimals (the caller picks the widest
    possible). Text that is not a number gives 0."""
    text = bytes(raw).decode("latin-1").strip()
    negative = False
    for sign in ("CR", "DB", "-", "+"):
        if text.endswith(sign):
            # Measured (probe functions_more): GnuCOBOL 3.1.2 takes a trailing CR or DB but
            # leaves the value positive ("12.5 CR" gives 12.50); lower case cr is not a sign.
            negative = sign == "-"
            text = text[: -len(sign)].strip()
            break
        if text.startswith(sign) and sign in "+-":
            negative = sign == "-"
            text = text[1:].strip()
            break
    whole, _, fraction = text.partition(".")
    if not (whole + fraction).isdigit() or not (whole + fraction):
        return 0
    fraction = fraction[:scale]
    value = int((whole or "0") + fraction.ljust(scale, "0"))
    return -value if negative else value


def trim(raw: bytes, where: str | None) -> bytes:
    """FUNCTION TRIM [LEADING | TRAILING]: spaces removed; an all-space argument gives an
    empty value (cobc 3.1.2: DISPLAY ">" FUNCTION TRIM (X) "<" shows "><" and FUNCTION LENGTH
    of it is 0; probe blank_when_zero)."""
    data = bytes(raw)
    if where == "LEADING":
        result = data.lstrip(b" ")
    elif where == "TRAILING":
        result = data.rstrip(b" ")
    else:
        result = data.strip(b" ")
    return result


_UPPER = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


def upper_case(raw: bytes) -> bytes:
    return bytes(raw).translate(_UPPER)


def lower_case(raw: bytes) -> bytes:
    return bytes(raw).translate(_LOWER)


def reverse(raw: bytes) -> bytes:
    return bytes(raw)[::-1]


def current_date(environ: Mapping[str, str] | None = None) -> bytes:
    """YYYYMMDDHHMMSShh+hhmm, local time (21 bytes): the run's clock (runtime/clock.py:
    COB_CURRENT_DATE fixes the date and time, the hundredths stay the real ones', as cobc
    3.1.2 shows them)."""
    now = dt.datetime.now().astimezone()
    if environ is not None:
        fixed = clock.now(environ).replace(microsecond=now.microsecond)
        now = fixed.replace(tzinfo=now.tzinfo)
    offset = now.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    stamp = now.strftime("%Y%m%d%H%M%S") + f"{now.microsecond // 10000:02d}"
    return f"{stamp}{sign}{hours:02d}{mins:02d}".encode()


# ---------------------------------------------------------------------------------------------
# mathematical and statistical functions (issue 12)

FUNCTION_SCALE = 40
"""Decimals kept by the functions below. libcob computes them with GMP to more digits than
any PICTURE holds (SQRT(2) shows 96 decimals) and a store truncates; measured (probe
functions_math): COMPUTE into S9(3)V9(30) gives the first 30 decimals of the true value, which
is what 40 exact decimals truncated give too."""


def _decimal(value: int, scale: int) -> Decimal:
    return Decimal(value).scaleb(-scale)


def _pi() -> Decimal:
    """pi to the context's precision (the Python decimal module's recipe)."""
    getcontext().prec += 2
    three = Decimal(3)
    lasts, t, s, n, na, d, da = Decimal(0), three, Decimal(3), 1, 0, 0, 24
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    getcontext().prec -= 2
    return +s


def _sin_cos(x: Decimal) -> tuple[Decimal, Decimal]:
    """sin and cos by their series, after reducing x modulo 2 pi."""
    getcontext().prec += 4
    two_pi = 2 * _pi()
    x = x % two_pi
    sin = term = x
    i, lasts = 1, Decimal(0)
    while sin != lasts:
        lasts = sin
        i += 2
        term = -term * x * x / (i * (i - 1))
        sin += term
    cos = term = Decimal(1)
    i, lasts = 0, Decimal(0)
    while cos != lasts:
        lasts = cos
        i += 2
        term = -term * x * x / (i * (i - 1))
        cos += term
    getcontext().prec -= 4
    return +sin, +cos


def _atan(x: Decimal) -> Decimal:
    """arctangent: halve the argument until it is small, then the series."""
    getcontext().prec += 6
    halvings = 0
    while abs(x) > Decimal("0.1"):
        x = x / (1 + (1 + x * x).sqrt())
        halvings += 1
    total = term = x
    n, lasts = 1, Decimal(0)
    while total != lasts:
        lasts = total
        term = -term * x * x
        n += 2
        total += term / n
    total *= 2**halvings
    getcontext().prec -= 6
    result: Decimal = +total
    return result


def _asin(x: Decimal) -> Decimal:
    if abs(x) == 1:
        return _pi() / 2 * x
    return _atan(x / (1 - x * x).sqrt())


def _variance(values: list[Decimal]) -> Decimal:
    mean = sum(values, Decimal(0)) / len(values)
    return sum(((v - mean) ** 2 for v in values), Decimal(0)) / len(values)


def _median(values: list[Decimal]) -> Decimal:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _factorial(value: Decimal) -> Decimal:
    return Decimal(math.factorial(int(value)))


_MATH: dict[str, Callable[[list[Decimal]], Decimal]] = {
    "SQRT": lambda v: v[0].sqrt(),
    "EXP": lambda v: v[0].exp(),
    "EXP10": lambda v: Decimal(10) ** v[0],
    "LOG": lambda v: v[0].ln(),
    "LOG10": lambda v: v[0].log10(),
    "PI": lambda v: _pi(),
    "E": lambda v: Decimal(1).exp(),
    "SIN": lambda v: _sin_cos(v[0])[0],
    "COS": lambda v: _sin_cos(v[0])[1],
    "TAN": lambda v: _sin_cos(v[0])[0] / _sin_cos(v[0])[1],
    "ATAN": lambda v: _atan(v[0]),
    "ASIN": lambda v: _asin(v[0]),
    "ACOS": lambda v: _pi() / 2 - _asin(v[0]),
    "SUM": lambda v: sum(v, Decimal(0)),
    "MEAN": lambda v: sum(v, Decimal(0)) / len(v),
    "MEDIAN": _median,
    "MIDRANGE": lambda v: (max(v) + min(v)) / 2,
    "RANGE": lambda v: max(v) - min(v),
    "VARIANCE": _variance,
    "STANDARD-DEVIATION": lambda v: _variance(v).sqrt(),
    "FACTORIAL": lambda v: _factorial(v[0]),
    "SIGN": lambda v: Decimal((v[0] > 0) - (v[0] < 0)),
}
MATH_FUNCTIONS = frozenset(_MATH)
"""FUNCTION names computed by :func:`math_function` (any number of numeric arguments)."""


def math_function(name: str, scale: int, *args: tuple[int, int]) -> int:
    """FUNCTION name(args) as an unscaled int with ``scale`` decimals, truncated. Arguments
    outside the function's domain (SQRT of a negative, LOG of 0...) give 0, as libcob does
    after setting EC-ARGUMENT-FUNCTION."""
    with localcontext() as context:
        context.prec = scale + 40
        values = [_decimal(value, value_scale) for value, value_scale in args]
        try:
            result = _MATH[name](values)
        except (ArithmeticError, ValueError, InvalidOperation):
            return 0
        return int(result.scaleb(scale).to_integral_value(ROUND_DOWN))


def test_numval(raw: bytes) -> int:
    """FUNCTION TEST-NUMVAL: 0 when the text is a valid NUMVAL argument, else the position
    (from 1) of the first character that is not (measured: " 1x" gives 3)."""
    text = bytes(raw).decode("latin-1")
    at, size = 0, len(text)
    while at < size and text[at] == " ":
        at += 1
    if at < size and text[at] in "+-":
        at += 1
        while at < size and text[at] == " ":
            at += 1
        signed = True
    else:
        signed = False
    digits = point = 0
    while at < size and (text[at].isdigit() or (text[at] == "." and not point)):
        if text[at] == ".":
            point = 1
        else:
            digits += 1
        at += 1
    if not digits:
        return at + 1 if at < size else size + 1
    while at < size and text[at] == " ":
        at += 1
    if not signed and at < size:
        rest = text[at:].upper()
        for sign in ("CR", "DB", "+", "-"):
            if rest.startswith(sign):
                at += len(sign)
                break
        while at < size and text[at] == " ":
            at += 1
    return 0 if at >= size else at + 1


def substitute(raw: bytes, *pairs: bytes) -> bytes:
    """FUNCTION SUBSTITUTE(text, from-1, to-1, ...): every occurrence of each from-string,
    scanning left to right, replaced by its to-string (measured: ("abcabc", "b", "XY") gives
    "aXYcaXYc")."""
    data = bytes(raw)
    return substituted(data, data, list(zip(pairs[0::2], pairs[1::2], strict=False)))


def substituted(data: bytes, matched: bytes, patterns: list[tuple[bytes, bytes]]) -> bytes:
    """``data`` with each from-string of ``patterns`` found in ``matched`` (``data`` itself, or
    as SUBSTITUTE-CASE folds it) at the same place replaced by its to-string, left to right."""
    out = bytearray()
    at = 0
    while at < len(data):
        for old, new in patterns:
            if old and matched.startswith(old, at):
                out += new
                at += len(old)
                break
        else:
            out.append(data[at])
            at += 1
    return bytes(out)


def module_source(path: str, cwd: object) -> bytes:
    """FUNCTION MODULE-SOURCE: cobc records the source's name as given to it, usually from the
    folder where the program is then run (``cobc -x prog.cob`` gives ``prog.cob``, ``cobc -m
    sub/p.cob`` gives ``sub/p.cob``, measured); the engine gives the source's path from the
    run's folder, or the absolute path when the source is elsewhere than under it."""
    relative = os.path.relpath(path, str(cwd))
    shown = path if relative.startswith("..") else relative
    return shown.encode("latin-1")


def seconds_past_midnight() -> int:
    now = dt.datetime.now()
    return now.hour * 3600 + now.minute * 60 + now.second


# ---------------------------------------------------------------------------------------------
# more functions (issue 12; probe functions_more)


def _whole(value: int, scale: int) -> int:
    return value // 10**scale if scale > 0 else value * int(10 ** (-scale))


def _annuity(values: list[Decimal]) -> Decimal:
    rate, periods = values[0], values[1]
    if rate == 0:
        return 1 / periods
    return rate / (1 - (1 + rate) ** -periods)


def _present_value(values: list[Decimal]) -> Decimal:
    rate, amounts = values[0], values[1:]
    return sum((amount / (1 + rate) ** (i + 1) for i, amount in enumerate(amounts)), Decimal(0))


_MATH["ANNUITY"] = _annuity
_MATH["PRESENT-VALUE"] = _present_value
MATH_FUNCTIONS = frozenset(_MATH)


def ord_max(*args: tuple[int, int]) -> int:
    """FUNCTION ORD-MAX: the position (from 1) of the first largest argument."""
    values = [_decimal(value, scale) for value, scale in args]
    return values.index(max(values)) + 1


def ord_min(*args: tuple[int, int]) -> int:
    """FUNCTION ORD-MIN: the position (from 1) of the first smallest argument."""
    values = [_decimal(value, scale) for value, scale in args]
    return values.index(min(values)) + 1


def test_date_yyyymmdd(value: int, scale: int) -> int:
    """FUNCTION TEST-DATE-YYYYMMDD: 0 for a valid date, else 1 (year outside 1601-9999),
    2 (month) or 3 (day), measured."""
    year, rest = divmod(_whole(value, scale), 10000)
    month, day = divmod(rest, 100)
    if not 1601 <= year <= 9999:
        return 1
    if not 1 <= month <= 12:
        return 2
    try:
        dt.date(year, month, day)
    except ValueError:
        return 3
    return 0


def test_day_yyyyddd(value: int, scale: int) -> int:
    """FUNCTION TEST-DAY-YYYYDDD: 0 valid, 1 year outside 1601-9999, 2 day of year."""
    year, day = divmod(_whole(value, scale), 1000)
    if not 1601 <= year <= 9999:
        return 1
    return 0 if 1 <= day <= (366 if _leap(year) else 365) else 2


def _window(yy: int, window: int, current: int) -> int:
    """YEAR-TO-YYYY's rule: the year ending in yy at most ``current + window``."""
    maximum = current + window
    century = maximum // 100 * 100
    return century + yy if yy <= maximum % 100 else century - 100 + yy


def _current_year() -> int:
    return dt.date.today().year


def year_to_yyyy(yy: int, window: int = 50, current: int | None = None) -> int:
    return _window(yy % 100, window, _current_year() if current is None else current)


def date_to_yyyymmdd(yymmdd: int, window: int = 50, current: int | None = None) -> int:
    yy, mmdd = divmod(yymmdd, 10000)
    return year_to_yyyy(yy, window, current) * 10000 + mmdd


def day_to_yyyyddd(yyddd: int, window: int = 50, current: int | None = None) -> int:
    yy, ddd = divmod(yyddd, 1000)
    return year_to_yyyy(yy, window, current) * 1000 + ddd


def numval_c(raw: bytes, scale: int) -> int:
    """FUNCTION NUMVAL-C: NUMVAL that also skips the currency sign $ and the comma
    separators ("$1,234.56-" is -1234.56)."""
    text = bytes(raw).replace(b"$", b"").replace(b",", b"")
    return numval(text, scale)


def char(value: int, scale: int) -> bytes:
    """FUNCTION CHAR(n): the character of ordinal n (n - 1 in the native code page)."""
    return bytes([(_whole(value, scale) - 1) % 256])


def concatenate(*parts: bytes) -> bytes:
    return b"".join(bytes(part) for part in parts)
