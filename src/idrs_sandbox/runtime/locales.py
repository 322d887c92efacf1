"""The locale functions as libcob 3.1.2 runs them (intrinsic.c): LOCALE-DATE, LOCALE-TIME,
LOCALE-TIME-FROM-SECONDS, LOCALE-COMPARE, CURRENCY-SYMBOL, MONETARY-DECIMAL-POINT,
MONETARY-THOUSANDS-SEPARATOR, NUMERIC-DECIMAL-POINT and NUMERIC-THOUSANDS-SEPARATOR.

libcob's cob_init calls ``setlocale (LC_ALL, "")`` (LC_ALL, else LC_<category>, else LANG:
here the run's environment), then puts LC_NUMERIC and LC_CTYPE back to "C" for COBOL. So
NUMERIC-DECIMAL-POINT is always ``.`` and NUMERIC-THOUSANDS-SEPARATOR always empty; the
monetary functions give ``localeconv ()``'s strings of the environment's LC_MONETARY (empty in
the C locale: a field of length 0); LOCALE-DATE / -TIME format with ``nl_langinfo (D_FMT /
T_FMT)`` of LC_TIME (or of the locale named by the second argument, when it exists), with a
``struct tm`` holding only the date or the time; LOCALE-COMPARE is ``strcoll`` under LC_COLLATE
(or the argument's locale). When the environment names a locale the system does not have,
glibc's ``setlocale`` fails and everything stays "C".

Measured with cobc 3.1.2 under LANG=C, C.UTF-8, POSIX and an absent de_DE.UTF-8 (the locales
this machine has; probe ``functions_locale``): all behave as "C": D_FMT ``%m/%d/%y`` (19630302
gives ``03/02/63``), T_FMT ``%H:%M:%S`` (240000 gives ``24:00:00``), the monetary strings
empty, strcoll the bytes' order. The engine answers those locales from these measured values.
For any other locale it asks Python's locale module (the C library's values; the process's
locale is switched under a lock for the call and put back), which this machine cannot check
against cobc (docs/interpreter.md).
"""

from __future__ import annotations

import contextlib
import locale
import threading
import time
from collections.abc import Iterator, Mapping

from idrs_sandbox.runtime import exceptions
from idrs_sandbox.runtime.intrinsic_fields import Result, at_scale

_C_NAMES = frozenset({"C", "POSIX", "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8"})
_CATEGORIES = {
    "LC_COLLATE": locale.LC_COLLATE,
    "LC_CTYPE": locale.LC_CTYPE,
    "LC_MONETARY": locale.LC_MONETARY,
    "LC_NUMERIC": locale.LC_NUMERIC,
    "LC_TIME": locale.LC_TIME,
    "LC_MESSAGES": locale.LC_MESSAGES,
}
_C_DATE = "%m/%d/%y"
_C_TIME = "%H:%M:%S"
_SMALL_BUFF = 1024  # COB_SMALL_BUFF: a longer locale argument is an invalid argument
_LOCK = threading.Lock()


def _name(environ: Mapping[str, str], category: str) -> str:
    """glibc's choice for setlocale (category, ""): LC_ALL, LC_<category>, LANG, "C"."""
    for variable in ("LC_ALL", category, "LANG"):
        value = environ.get(variable)
        if value:
            return value
    return "C"


@contextlib.contextmanager
def _switched(category: int, name: str) -> Iterator[bool]:
    """The process's ``category`` set to ``name`` for the block (False: no such locale)."""
    with _LOCK:
        saved = locale.setlocale(category)
        try:
            locale.setlocale(category, name)
        except locale.Error:
            yield False
            return
        try:
            yield True
        finally:
            locale.setlocale(category, saved)


def _exists(name: str) -> bool:
    if name in _C_NAMES:
        return True
    with _switched(locale.LC_CTYPE, name) as found:
        return found


def run_locale(environ: Mapping[str, str], category: str) -> str:
    """The locale libcob's setlocale (LC_ALL, "") leaves for ``category``: "C" when any
    category names a locale the system lacks (the call fails as a whole)."""
    names = {cat: _name(environ, cat) for cat in _CATEGORIES}
    if not all(_exists(name) for name in set(names.values())):
        return "C"
    return names[category]


def _field_text(raw: bytes) -> str:
    """cob_field_to_string: the bytes without trailing spaces (and NULs), up to a NUL."""
    return bytes(raw).split(b"\0", 1)[0].rstrip(b" ").decode("latin-1")


def _time_locale(environ: Mapping[str, str], named: bytes | None) -> str:
    """LC_TIME's locale, or the argument's when the system has it (setlocale fails silently
    otherwise and the environment's stays)."""
    if named is not None:
        wanted = _field_text(named)
        if _exists(wanted):
            return wanted
    return run_locale(environ, "LC_TIME")


def _strftime(name: str, item: int, fields: tuple[int, ...]) -> bytes:
    """strftime (nl_langinfo (item)) of a struct tm holding only ``fields`` (year, month,
    day, hour, minute, second; the rest 0: a Sunday, day 0 of the year)."""
    year, month, day, hour, minute, second = fields
    if name in _C_NAMES:
        text = _C_DATE if item == locale.D_FMT else _C_TIME
        return _c_format(text, fields)
    with _switched(locale.LC_TIME, name) as found:
        form = locale.nl_langinfo(item) if found else (_C_DATE if item == locale.D_FMT else _C_TIME)
        moment = (year, month, day, min(hour, 23), minute, second, 6, 1, 0)
        text = time.strftime(form, moment)  # Python's weekday 6 is C's tm_wday 0
    return text.encode(locale.getpreferredencoding(False), "replace")


def _c_format(form: str, fields: tuple[int, ...]) -> bytes:
    year, month, day, hour, minute, second = fields
    values = {
        "%m": f"{month:02d}",
        "%d": f"{day:02d}",
        "%y": f"{year % 100:02d}",
        "%H": f"{hour:02d}",
        "%M": f"{minute:02d}",
        "%S": f"{second:02d}",
    }
    for code, value in values.items():
        form = form.replace(code, value)
    return form.encode()


def _invalid() -> bytes:
    """cob_alloc_set_field_spaces (10) and EC-ARGUMENT-FUNCTION."""
    exceptions.raise_condition("EC-ARGUMENT-FUNCTION")
    return b" " * 10


def _c_div(a: int, b: int) -> int:
    quotient = abs(a) // b
    return quotient if a >= 0 else -quotient


def _digits(raw: bytes, count: int) -> int | None:
    """An alphanumeric argument's first ``count`` characters as a number (None: too short or
    not digits)."""
    head = bytes(raw[:count])
    if len(head) < count or not head.isdigit():
        return None
    return int(head)


def _whole(value: Result | bytes, count: int) -> int | None:
    if isinstance(value, Result):
        return at_scale(value, 0)
    return _digits(value, count)


def locale_date(environ: Mapping[str, str], value: Result | bytes, named: bytes | None) -> bytes:
    """FUNCTION LOCALE-DATE (YYYYMMDD [, locale])."""
    number = _whole(value, 8)
    if number is None or (named is not None and len(named) >= _SMALL_BUFF):
        return _invalid()
    year, rest = _c_div(number, 10000), number - _c_div(number, 10000) * 10000
    month, day = _c_div(rest, 100), rest - _c_div(rest, 100) * 100
    if not 1601 <= year <= 9999 or not 1 <= month <= 12 or not 1 <= day <= _month_days(year, month):
        return _invalid()
    return _strftime(_time_locale(environ, named), locale.D_FMT, (year, month, day, 0, 0, 0))


def _month_days(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def locale_time(environ: Mapping[str, str], value: Result | bytes, named: bytes | None) -> bytes:
    """FUNCTION LOCALE-TIME (hhmmss [, locale]): hours 0 to 24."""
    number = _whole(value, 6)
    if number is None:
        return _invalid()
    hours, rest = _c_div(number, 10000), number - _c_div(number, 10000) * 10000
    minutes, seconds = _c_div(rest, 100), rest - _c_div(rest, 100) * 100
    if not 0 <= hours <= 24 or not 0 <= minutes <= 59 or not 0 <= seconds <= 59:
        return _invalid()
    return _time_text(environ, (hours, minutes, seconds), named)


def locale_time_from_seconds(
    environ: Mapping[str, str], value: Result | bytes, named: bytes | None
) -> bytes:
    """FUNCTION LOCALE-TIME-FROM-SECONDS (seconds [, locale]): 0 to 86,400; a numeric
    argument only."""
    if not isinstance(value, Result):
        return _invalid()
    seconds = at_scale(value, 0)
    if not 0 <= seconds <= 86400:
        return _invalid()
    hours, rest = divmod(seconds, 3600)
    return _time_text(environ, (hours, *divmod(rest, 60)), named)


def _time_text(environ: Mapping[str, str], hms: tuple[int, ...], named: bytes | None) -> bytes:
    if named is not None and len(named) >= _SMALL_BUFF:
        return _invalid()
    return _strftime(_time_locale(environ, named), locale.T_FMT, (1900, 1, 1, *hms))


def _compared(raw: bytes) -> bytes:
    """LOCALE-COMPARE's operand: trailing spaces dropped (the first character always kept),
    up to a NUL (a C string)."""
    data = bytes(raw)
    size = len(data)
    while size > 1 and data[size - 1] == 0x20:
        size -= 1
    return data[:size].split(b"\0", 1)[0]


def locale_compare(
    environ: Mapping[str, str], left: bytes, right: bytes, named: bytes | None = None
) -> bytes:
    """FUNCTION LOCALE-COMPARE (a, b [, locale]): ``<``, ``=`` or ``>`` as strcoll orders the
    two; an empty locale argument is invalid (a space)."""
    if named is not None and not len(named):
        exceptions.raise_condition("EC-ARGUMENT-FUNCTION")
        return b" "
    a, b = _compared(left), _compared(right)
    name = run_locale(environ, "LC_COLLATE")
    if named is not None and _exists(_field_text(named)):
        name = _field_text(named)
    if name in _C_NAMES:
        order = (a > b) - (a < b)
    else:
        with _switched(locale.LC_COLLATE, name):
            encoding = locale.getpreferredencoding(False)
            order = locale.strcoll(a.decode(encoding, "replace"), b.decode(encoding, "replace"))
    return b"<" if order < 0 else b">" if order > 0 else b"="


def _monetary(environ: Mapping[str, str], key: str) -> bytes:
    name = run_locale(environ, "LC_MONETARY")
    if name in _C_NAMES:
        return b""  # localeconv () of "C" (and glibc's C.UTF-8): empty strings
    with _switched(locale.LC_MONETARY, name):
        conventions: Mapping[str, object] = locale.localeconv()
        value = str(conventions[key])
    return value.encode(locale.getpreferredencoding(False), "replace")


def currency_symbol(environ: Mapping[str, str]) -> bytes:
    return _monetary(environ, "currency_symbol")


def monetary_decimal_point(environ: Mapping[str, str]) -> bytes:
    return _monetary(environ, "mon_decimal_point")


def monetary_thousands_separator(environ: Mapping[str, str]) -> bytes:
    return _monetary(environ, "mon_thousands_sep")


def numeric_decimal_point(environ: Mapping[str, str]) -> bytes:
    """LC_NUMERIC is always "C" in a libcob program: the point."""
    del environ
    return b"."


def numeric_thousands_separator(environ: Mapping[str, str]) -> bytes:
    """LC_NUMERIC is always "C" in a libcob program: no separator (a field of length 0)."""
    del environ
    return b""
