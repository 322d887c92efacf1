"""The ISO 8601 date and time functions as libcob 3.1.2 runs them (intrinsic.c): FORMATTED-DATE,
FORMATTED-TIME, FORMATTED-DATETIME, FORMATTED-CURRENT-DATE, INTEGER-OF-FORMATTED-DATE,
SECONDS-FROM-FORMATTED-TIME and TEST-FORMATTED-DATETIME, with their format checks (also used by
the compiler: cobc refuses a literal format that libcob's ``cob_valid_*_format`` rejects).

libcob works on C strings: a format or value argument is its bytes up to the first white space
or NUL, cut to 10 (date), 25 (time) or 36 (date and time) characters; a character read past the
end is a NUL (which no test accepts). Day numbers count from 1601-01-01 = 1 and are valid from 1
to 3,067,671 (9999-12-31); a time is valid from 0 to 86,400 seconds (86,400 itself is accepted,
shown as ``240000``); an offset in minutes when its magnitude is below 1,440. Every rule here,
the odd ones too, is libcob's and was measured with cobc 3.1.2 (probe ``functions_iso8601``):
an offset of -30 minutes shows ``+0030`` (``%+2.2d`` of the hours, which are 0, then the
minutes without sign), a ``Z`` time subtracts the offset and may move the date by one day.
An invalid argument sets EC-ARGUMENT-FUNCTION and gives spaces (as long as the format) or a
zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from idrs_sandbox.runtime import clock, exceptions
from idrs_sandbox.runtime.intrinsic_fields import Result, alloc, at_scale, uint

DATE_MAX = 10
TIME_MAX = 25
DATETIME_MAX = 36
DECIMALS_MAX = 9  # COB_TIMEDEC_MAX
LAST_DAY = 3067671  # 9999-12-31
SECONDS_IN_DAY = 86400
_NORMAL_DAYS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)
_LEAP_DAYS = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366)
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DATE_FORMATS = ("YYYYMMDD", "YYYY-MM-DD", "YYYYDDD", "YYYY-DDD", "YYYYWwwD", "YYYY-Www-D")
_DAY_ZERO = dt.date(1600, 12, 31).toordinal()


def c_string(raw: bytes | bytearray, limit: int) -> str:
    """copy_data_to_null_terminated_str: the bytes before the first white space (C isspace) or
    NUL, at most ``limit`` of them."""
    text = bytes(raw).decode("latin-1")
    end = 0
    while end < len(text) and text[end] not in " \t\n\v\f\r\0":
        end += 1
    return text[: min(end, limit)]


def _at(text: str, index: int) -> str:
    """str[index] of a C string: NUL past its end."""
    return text[index] if 0 <= index < len(text) else "\0"


def _c_div(a: int, b: int) -> int:
    """C integer division (toward zero)."""
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def _c_rem(a: int, b: int) -> int:
    return a - b * _c_div(a, b)


def _int32(value: int) -> int:
    """cob_get_int's C int."""
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value


def get_int(field: Result) -> int:
    """cob_get_int: the integer part (toward zero)."""
    return _int32(at_scale(field, 0))


# ---------------------------------------------------------------------------------------------
# formats


def valid_date_format(text: str) -> bool:
    return text in _DATE_FORMATS


def valid_time_format(text: str, point: str) -> bool:
    """cob_valid_time_format: hhmmss or hh:mm:ss, the point and 1 to 9 's', then nothing, Z
    or +hhmm / +hh:mm (as the colons go)."""
    if text.startswith("hhmmss"):
        colons, at = False, 6
    elif text.startswith("hh:mm:ss"):
        colons, at = True, 8
    else:
        return False
    if _at(text, at) == point:
        places = _places(text, at)
        at += places + 1
        if places == 0 or places > DECIMALS_MAX:
            return False
    rest = text[at:]
    return not rest or rest == "Z" or rest == ("+hh:mm" if colons else "+hhmm")


def valid_datetime_format(text: str, point: str) -> bool:
    date, time = split_around_t(text)
    if not valid_date_format(date) or not valid_time_format(time, point):
        return False
    return (date[4] == "-") == time.startswith("hh:")


def _places(text: str, point_at: int) -> int:
    at = point_at + 1
    while _at(text, at) == "s":
        at += 1
    return at - point_at - 1


def split_around_t(text: str) -> tuple[str, str]:
    """split_around_t: before the first 'T' (at most 10 characters), after it (at most 25)."""
    at = text.find("T")
    if at < 0:
        return text[:DATE_MAX], ""
    return text[: min(at, DATE_MAX)], text[at + 1 :][:TIME_MAX]


@dataclass(frozen=True)
class DateFormat:
    days: str  # "MMDD", "DDD" or "WWWD"
    hyphens: bool


@dataclass(frozen=True)
class TimeFormat:
    colons: bool
    places: int
    extra: str  # "", "Z" or "offset"


def parse_date_format(text: str) -> DateFormat:
    if text in ("YYYYMMDD", "YYYY-MM-DD"):
        days = "MMDD"
    elif text in ("YYYYDDD", "YYYY-DDD"):
        days = "DDD"
    else:
        days = "WWWD"
    return DateFormat(days, _at(text, 4) == "-")


def parse_time_format(text: str) -> TimeFormat:
    """parse_time_format_string: the point may be '.' or ',' here (the format was checked)."""
    colons = not text.startswith("hhmmss")
    at = 8 if colons else 6
    places = 0
    if _at(text, at) in ".,":
        places = _places(text, at)
        at += places + 1
    extra = "" if len(text) <= at else "Z" if text[at:] == "Z" else "offset"
    return TimeFormat(colons, places, extra)


# ---------------------------------------------------------------------------------------------
# day numbers (libcob's own arithmetic: it also runs past 9999 or below day 1)


def leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_year(year: int) -> int:
    return 366 if leap_year(year) else 365


def _leaps_before(year: int) -> int:
    year -= 1
    return year // 4 - year // 100 + year // 400


def days_up_to_year(year: int) -> int:
    """Days from 1601-01-01 to the year's first day."""
    return 365 * (year - 1601) + _leaps_before(year) - _leaps_before(1601)


def date_of_integer(days: int) -> tuple[int, int, int]:
    """(year, month, day); a day number below 1 stays in January 1601 (day 0 or less)."""
    if 1 <= days <= LAST_DAY:
        date = dt.date.fromordinal(days + _DAY_ZERO)
        return date.year, date.month, date.day
    year, day = day_of_integer(days)
    table = _LEAP_DAYS if leap_year(year) else _NORMAL_DAYS
    for month in range(1, 13):
        if day <= table[month]:
            return year, month, day - table[month - 1]
    return year, 13, day  # not reached: day_of_integer keeps day within the year


def day_of_integer(days: int) -> tuple[int, int]:
    """(year, day of year): the loop of libcob's day_of_integer."""
    year = 1601
    if days <= 365:
        return year, days
    while days > _days_in_year(year):
        days -= _days_in_year(year)
        year += 1
    return year, days


def integer_of_date(year: int, month: int, day: int) -> int:
    table = _LEAP_DAYS if leap_year(year) else _NORMAL_DAYS
    return days_up_to_year(year) + table[month - 1] + day


def _day_of_week(days: int) -> int:
    """0 = Monday ... 6 = Sunday (C remainder: day 0 gives -1)."""
    return _c_rem(days - 1, 7)


def _iso_week_one(days: int, day_of_year: int) -> int:
    jan_4 = days - day_of_year + 4
    return jan_4 - _day_of_week(jan_4)


def iso_week(days: int) -> tuple[int, int]:
    """get_iso_week (after Julian M. Bucknall): (ISO year, week)."""
    year, day_of_year = day_of_integer(days)
    dec_29 = days - day_of_year + _days_in_year(year) - 2
    if days >= dec_29:
        week_one = _iso_week_one(days + _days_in_year(year), day_of_year)
        if days < week_one:
            week_one = _iso_week_one(days, day_of_year)
        else:
            year += 1
    else:
        week_one = _iso_week_one(days, day_of_year)
        if days < week_one:
            year -= 1
            week_one = _iso_week_one(days - day_of_year, _days_in_year(year))
    return year, _c_div(days - week_one, 7) + 1


def max_week(year: int) -> int:
    first = integer_of_date(year, 1, 1)
    return iso_week(first + _days_in_year(year) - 1)[1]


def format_date(form: DateFormat, days: int) -> str:
    dash = "-" if form.hyphens else ""
    if form.days == "MMDD":
        year, month, day = date_of_integer(days)
        return f"{year:04d}{dash}{month:02d}{dash}{day:02d}"
    if form.days == "DDD":
        year, day = day_of_integer(days)
        return f"{year:04d}{dash}{day:03d}"
    year, week = iso_week(days)
    return f"{year:04d}{dash}W{week:02d}{dash}{_day_of_week(days) + 1}"


# ---------------------------------------------------------------------------------------------
# times


def _fraction_digits(places: int, fraction: Result, point: str) -> str:
    """add_decimal_digits: the point, then the fraction's digits from the left (its own scale,
    as an unsigned int), then zeros up to ``places``."""
    value = abs(fraction.value) & 0xFFFFFFFF
    scale = max(fraction.scale, 0)
    out = [point]
    while scale and places:
        scale -= 1
        power = (10**scale) & 0xFFFFFFFF
        digit = value // power if power else 0
        out.append(chr((48 + digit) & 0xFF))
        value = value % power if power else value
        places -= 1
    out.append("0" * places)
    return "".join(out)


def _offset_text(colons: bool, offset: int) -> str:
    """add_offset_time: ``%+2.2d`` of the hours, then the minutes without their sign."""
    hours = _c_div(offset, 60)
    minutes = abs(offset) % 60
    return f"{hours:+03d}{':' if colons else ''}{minutes:02d}"


def format_time(
    form: TimeFormat, seconds: int, fraction: Result, offset: int, point: str
) -> tuple[str, int]:
    """format_time: the text and the day it moved to (-1, 0, 1) when a Z time takes the offset
    off."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    moved = 0
    if form.extra == "Z":
        hours -= _c_div(offset, 60)
        minutes -= _c_rem(offset, 60)
        if minutes >= 60:
            minutes -= 60
            hours += 1
        elif minutes < 0:
            minutes += 60
            hours -= 1
        if hours >= 24:
            hours -= 24
            moved = 1
        elif hours < 0:
            hours += 24
            moved = -1
    colon = ":" if form.colons else ""
    text = f"{hours:02d}{colon}{minutes:02d}{colon}{secs:02d}"
    if form.places:
        text += _fraction_digits(form.places, fraction, point)
    if form.extra == "Z":
        text += "Z"
    elif form.extra == "offset":
        text += _offset_text(form.colons, offset)
    return text, moved


def _fraction(time: Result) -> Result:
    """get_fractional_seconds: the time's field less its whole seconds, at the field's scale."""
    whole = get_int(time)
    scale = max(time.scale, 0)
    return Result(time.value - whole * 10**scale if scale else 0, scale, 9, False)


def system_offset() -> int:
    """The local time's offset from UTC in minutes (libcob: tm_gmtoff)."""
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta(0)
    return int(offset.total_seconds()) // 60


def _offset(offset: Result | None, system: bool) -> int | None:
    """The offset argument (0 when left out), the system's with SYSTEM-OFFSET; None when the
    argument is out of range."""
    if system:
        return system_offset()
    if offset is None:
        return 0
    minutes = get_int(offset)
    return minutes if abs(minutes) < 1440 else None


def _invalid_text(length: int) -> bytes:
    exceptions.raise_condition("EC-ARGUMENT-FUNCTION")
    return b" " * length


# ---------------------------------------------------------------------------------------------
# the functions


def formatted_date(fmt: bytes, days: Result) -> bytes:
    """FUNCTION FORMATTED-DATE (format, day number)."""
    form = c_string(fmt, DATE_MAX)
    number = get_int(days)
    if not 1 <= number <= LAST_DAY or not valid_date_format(form):
        return _invalid_text(len(form))
    return format_date(parse_date_format(form), number).encode("latin-1")[: len(form)]


def formatted_time(
    fmt: bytes, time: Result, offset: Result | None, system: bool, point: str
) -> bytes:
    """FUNCTION FORMATTED-TIME (format, seconds [, offset | SYSTEM-OFFSET])."""
    form = c_string(fmt, TIME_MAX)
    seconds = get_int(time)
    if not 0 <= seconds <= SECONDS_IN_DAY or not valid_time_format(form, point):
        return _invalid_text(len(form))
    minutes = _offset(offset, system)
    if minutes is None:
        return _invalid_text(len(form))
    text, _ = format_time(parse_time_format(form), seconds, _fraction(time), minutes, point)
    return text.encode("latin-1")[: len(form)]


def formatted_datetime(
    fmt: bytes, days: Result, time: Result, offset: Result | None, system: bool, point: str
) -> bytes:
    """FUNCTION FORMATTED-DATETIME (format, day number, seconds [, offset | SYSTEM-OFFSET])."""
    form = c_string(fmt, DATETIME_MAX)
    if not valid_datetime_format(form, point):
        return _invalid_text(len(form))
    number, seconds = get_int(days), get_int(time)
    if not 1 <= number <= LAST_DAY or not 0 <= seconds <= SECONDS_IN_DAY:
        return _invalid_text(len(form))
    minutes = _offset(offset, system)
    if minutes is None:
        return _invalid_text(len(form))
    return _datetime_text(form, number, seconds, _fraction(time), minutes, point)


def _datetime_text(
    form: str, days: int, seconds: int, fraction: Result, offset: int, point: str
) -> bytes:
    date_form, time_form = split_around_t(form)
    time_text, moved = format_time(parse_time_format(time_form), seconds, fraction, offset, point)
    date_text = format_date(parse_date_format(date_form), days + moved)
    return f"{date_text}T{time_text}".encode("latin-1")[: len(form)]


def formatted_current_date(fmt: bytes, environ: Mapping[str, str], point: str) -> bytes:
    """FUNCTION FORMATTED-CURRENT-DATE (format): the run's clock (runtime/clock.py:
    COB_CURRENT_DATE fixes the date and time; the fraction of a second stays the real one, as
    cobc 3.1.2 gives it) and the local offset."""
    now = clock.now(environ).replace(microsecond=dt.datetime.now().microsecond)
    form = c_string(fmt, DATETIME_MAX)
    if not valid_datetime_format(form, point):
        return _invalid_text(len(form))
    days = integer_of_date(now.year, now.month, now.day)
    seconds = now.hour * 3600 + now.minute * 60 + now.second
    fraction = Result(now.microsecond * 1000, 9, 9, False)
    return _datetime_text(form, days, seconds, fraction, system_offset(), point)


def integer_of_formatted_date(fmt: bytes, value: bytes, point: str) -> Result:
    """FUNCTION INTEGER-OF-FORMATTED-DATE (format, date or date and time)."""
    form = c_string(fmt, DATETIME_MAX)
    text = c_string(value, DATETIME_MAX)
    if valid_date_format(form):
        date_form = form
    elif valid_datetime_format(form, point):
        date_form = split_around_t(form)[0]
        text = split_around_t(text)[0]
    else:
        return _invalid()
    parsed = parse_date_format(date_form)
    if test_date(parsed, text, True):
        return _invalid()
    return uint(_integer_of_formatted(parsed, text))


def _integer_of_formatted(form: DateFormat, text: str) -> int:
    year = int(text[:4])
    rest = text[4 + form.hyphens :]
    if form.days == "MMDD":
        month = int(rest[:2])
        day = int(rest[2 + form.hyphens : 4 + form.hyphens])
        return integer_of_date(year, month, day)
    if form.days == "DDD":
        return days_up_to_year(year) + int(rest[:3])
    week = int(rest[1:3])
    day_of_week = int(rest[3 + form.hyphens])
    monday = _iso_week_one(days_up_to_year(year) + 1, 1)
    return monday + (week - 1) * 7 + day_of_week - 1


def _invalid() -> Result:
    exceptions.raise_condition("EC-ARGUMENT-FUNCTION")
    return uint(0)


def seconds_from_formatted_time(fmt: bytes, value: bytes, point: str) -> Result:
    """FUNCTION SECONDS-FROM-FORMATTED-TIME (format, time or date and time): the seconds with
    the format's decimals, in a cob_alloc_field field."""
    size = len(c_string(fmt, len(fmt)))
    form = bytes(fmt[:size]).decode("latin-1")
    raw = bytes(value).decode("latin-1")
    if valid_datetime_format(form, point):
        form = split_around_t(form)[1]
        text = split_around_t(raw.split("\0")[0])[1]
    elif valid_time_format(form, point):
        text = raw[:size]
    else:
        return _invalid()
    parsed = parse_time_format(form)
    if test_time(parsed, text, point):
        return _invalid()
    step = 3 if parsed.colons else 2
    hours, minutes, seconds = (int(text[i * step : i * step + 2]) for i in range(3))
    total = hours * 3600 + minutes * 60 + seconds
    if not parsed.places:
        return alloc(total, 0)
    start = 9 if parsed.colons else 7
    fraction = int(text[start : start + parsed.places])
    return alloc(total * 10**parsed.places + fraction, parsed.places)


def test_formatted_datetime(fmt: bytes, value: bytes, point: str) -> Result:
    """FUNCTION TEST-FORMATTED-DATETIME (format, value): 0, or the position (from 1) of the
    first character that does not fit the format."""
    form = c_string(fmt, DATETIME_MAX)
    text = c_string(value, DATETIME_MAX)
    if valid_date_format(form):
        date_form, time_form = form, None
    elif valid_time_format(form, point):
        date_form, time_form = None, form
    elif valid_datetime_format(form, point):
        date_form, time_form = split_around_t(form)
    else:
        return _invalid()
    date_text, time_text = text[:DATE_MAX], text[:TIME_MAX]
    if date_form is not None and time_form is not None:
        date_text, time_text = split_around_t(text)
    if date_form is not None:
        error = test_date(parse_date_format(date_form), date_text, time_form is None)
        if error:
            return uint(error)
    if date_form is not None and time_form is not None and _at(text, len(date_text)) != "T":
        return uint(len(date_text) + 1)
    if time_form is not None:
        error = test_time(parse_time_format(time_form), time_text, point)
        if error:
            return uint((len(date_text) + 1 if date_form is not None else 0) + error)
    return uint(0)


# ---------------------------------------------------------------------------------------------
# libcob's character-by-character tests: 0, or the position (from 1) of the first bad one


class _Bad(Exception):
    def __init__(self, position: int) -> None:
        self.position = position


class _Scan:
    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def take(self, ok: bool) -> str:
        if not ok:
            raise _Bad(self.at + 1)
        self.at += 1
        return self.text[self.at - 1]

    def char(self) -> str:
        return _at(self.text, self.at)

    def expect(self, wanted: str) -> None:
        self.take(self.char() == wanted)

    def within(self, low: str, high: str) -> int:
        ch = self.char()
        self.take(low <= ch <= high and ch != "\0")
        return ord(ch) - 48

    def digit(self) -> int:
        return self.within("0", "9")


def test_date(form: DateFormat, text: str, end_of_string: bool) -> int:
    scan = _Scan(text)
    try:
        year = _year(scan)
        if form.hyphens:
            scan.expect("-")
        _date_end(scan, form, year)
        _no_junk(scan, end_of_string)
    except _Bad as bad:
        return bad.position
    return 0


def _year(scan: _Scan) -> int:
    """test_year: 1601 to 9999 digit by digit."""
    year = scan.within("1", "9")
    year = year * 10 + (scan.within("6", "9") if year == 1 else scan.digit())
    year = year * 10 + scan.digit()
    return year * 10 + (scan.within("1", "9") if year == 160 else scan.digit())


def _date_end(scan: _Scan, form: DateFormat, year: int) -> None:
    if form.days == "MMDD":
        first = scan.within("0", "1")
        month = first * 10 + (scan.within("1", "9") if first == 0 else scan.within("0", "2"))
        if form.hyphens:
            scan.expect("-")
        _day_of_month(scan, year, month)
    elif form.days == "DDD":
        _day_of_year(scan, year)
    else:
        scan.expect("W")
        first = scan.within("0", "5")
        if first == 0:
            scan.within("1", "9")
        elif first != 5:
            scan.digit()
        else:
            scan.within("0", "3" if max_week(year) == 53 else "2")
        if form.hyphens:
            scan.expect("-")
        scan.within("1", "7")


def _day_of_month(scan: _Scan, year: int, month: int) -> None:
    days = 29 if month == 2 and leap_year(year) else _MONTH_DAYS[month]
    top = chr(48 + days // 10)
    first = scan.within("0", top)
    if first == 0:
        scan.within("1", "9")
    elif chr(48 + first) != top:
        scan.digit()
    else:
        scan.within("0", chr(48 + days % 10))


def _day_of_year(scan: _Scan, year: int) -> None:
    state = scan.within("0", "3")
    state = state * 10 + (scan.digit() if state != 3 else scan.within("0", "6"))
    if state == 0:
        scan.within("1", "9")
    elif state != 36:
        scan.digit()
    else:
        scan.within("0", "6" if leap_year(year) else "5")


def _no_junk(scan: _Scan, end_of_string: bool) -> None:
    """test_no_trailing_junk: trailing spaces are allowed at the end of the whole value."""
    rest = scan.text[scan.at :]
    if end_of_string:
        for index, ch in enumerate(rest):
            if ch != " ":
                raise _Bad(scan.at + index + 1)
    elif rest:
        raise _Bad(scan.at + 1)


def test_time(form: TimeFormat, text: str, point: str) -> int:
    scan = _Scan(text)
    try:
        _hour(scan)
        _colon(scan, form)
        _below_60(scan)
        _colon(scan, form)
        _below_60(scan)
        if form.places:
            scan.expect(point)
            for _ in range(form.places):
                scan.digit()
        if form.extra == "Z":
            scan.expect("Z")
        elif form.extra == "offset":
            _offset_value(scan, form)
        _no_junk(scan, True)
    except _Bad as bad:
        return bad.position
    return 0


def _hour(scan: _Scan) -> None:
    first = scan.within("0", "2")
    if first != 2:
        scan.digit()
    else:
        scan.within("0", "3")


def _below_60(scan: _Scan) -> None:
    scan.within("0", "5")
    scan.digit()


def _colon(scan: _Scan, form: TimeFormat) -> None:
    if form.colons:
        scan.expect(":")


def _offset_value(scan: _Scan, form: TimeFormat) -> None:
    """test_offset_time: +hhmm / -hhmm, or 0000 (with the colon as the format has it)."""
    ch = scan.char()
    if ch in "+-" and ch != "\0":
        scan.take(True)
        _hour(scan)
        _colon(scan, form)
        _below_60(scan)
    elif ch == "0":
        scan.take(True)
        scan.expect("0")
        scan.expect("0")
        _colon(scan, form)
        scan.expect("0")
        scan.expect("0")
    else:
        raise _Bad(scan.at + 1)
