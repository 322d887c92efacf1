"""Intrinsic functions (FUNCTION name (args)) as GnuCOBOL 3.1.2 computes them.

Numeric arguments arrive as (unscaled int, scale) pairs; numeric results are returned the same
way; alphanumeric arguments and results are bytes. Dates follow ISO 8601 / COBOL 2002: day 1 of
INTEGER-OF-DATE is 1601-01-01; an invalid argument gives 0 (libcob sets an exception and returns
0, probe ``function_dates``).
"""

from __future__ import annotations

import datetime as dt

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
    text = bytes(raw).decode("latin-1").strip().upper()
    negative = False
    for sign in ("CR", "DB", "-", "+"):
        if text.endswith(sign):
            negative = sign != "+"
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
    """FUNCTION TRIM [LEADING | TRAILING]: spaces removed; an all-space argument gives one
    space (libcob returns a field of length 1)."""
    data = bytes(raw)
    if where == "LEADING":
        result = data.lstrip(b" ")
    elif where == "TRAILING":
        result = data.rstrip(b" ")
    else:
        result = data.strip(b" ")
    return result or b" "


_UPPER = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


def upper_case(raw: bytes) -> bytes:
    return bytes(raw).translate(_UPPER)


def lower_case(raw: bytes) -> bytes:
    return bytes(raw).translate(_LOWER)


def reverse(raw: bytes) -> bytes:
    return bytes(raw)[::-1]


def current_date() -> bytes:
    """YYYYMMDDHHMMSShh+hhmm, local time (21 bytes)."""
    now = dt.datetime.now().astimezone()
    offset = now.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    stamp = now.strftime("%Y%m%d%H%M%S") + f"{now.microsecond // 10000:02d}"
    return f"{stamp}{sign}{hours:02d}{mins:02d}".encode()
