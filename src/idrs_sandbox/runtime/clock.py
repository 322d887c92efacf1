"""The run's clock: the real time, or the fixed one of COB_CURRENT_DATE (GnuCOBOL 3.1.2).

libcob (common.c cob_set_date_from_environment) reads ``COB_CURRENT_DATE`` as
``YYYY/MM/DD HH:MM:SS`` (a 2-digit year is 20YY; ``/`` or ``-`` between the date's parts,
``:`` or ``-`` between the time's; parts left out, or written ``YYYY``, ``MM``... keep the real
clock's) and every date and time a program asks for comes from it: testsuite "LINAGE and
LINAGE-COUNTER sample" (``ACCEPT ... FROM DATE`` gives 150206 for 2015/02/06 16:40:52).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

_PART = re.compile(r"(\d+)|([YMDHS]+)")


def now(environ: Mapping[str, str]) -> dt.datetime:
    """The time a program sees: COB_CURRENT_DATE's parts over the real local time."""
    real = dt.datetime.now()
    text = environ.get("COB_CURRENT_DATE") or environ.get("COB_DATE")
    if not text:
        return real
    parts = _parts(text)
    names = ("year", "month", "day", "hour", "minute", "second")
    given = {name: value for name, value in zip(names, parts, strict=False) if value is not None}
    if "year" in given and given["year"] < 100:
        given["year"] += 2000
    try:
        return real.replace(
            year=given.get("year", real.year),
            month=given.get("month", real.month),
            day=given.get("day", real.day),
            hour=given.get("hour", real.hour),
            minute=given.get("minute", real.minute),
            second=given.get("second", real.second),
            microsecond=0,
        )
    except ValueError:  # libcob warns "COB_CURRENT_DATE '...' is invalid" and keeps the clock
        return real


def _parts(text: str) -> list[int | None]:
    """Year, month, day, hour, minute, second as written (None: a placeholder like ``MM``)."""
    start = re.search(r"[\dY]", text)
    if start is None:
        return []
    values: list[int | None] = []
    for digits, letters in _PART.findall(text[start.start() :]):
        if len(values) == 6:
            break
        values.append(int(digits[:4] if not values else digits[:2]) if digits else None)
        del letters
    return values
