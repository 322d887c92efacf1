"""The ISO 8601 functions (runtime/iso8601.py) and FUNCTION RANDOM (runtime/randoms.py) beyond
their probes (functions_iso8601, functions_iso8601_comma, functions_random, recorded from cobc
3.1.2): libcob's character tests position by position, cobc's compile-time checks of a literal
format, EXCEPTION-LOCATION of an invalid argument, SYSTEM-OFFSET under a time zone, and the
random generator's state being the run's own."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime import iso8601
from idrs_sandbox.runtime.intrinsic_fields import Result
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.randoms import RAND_MAX, Rand

REPO = Path(__file__).resolve().parents[2]
_CLI = "import sys; from idrs_sandbox.cli.main import main; sys.exit(main())"


def _program(body: str, name: str = "iso") -> str:
    lines = [
        "       IDENTIFICATION DIVISION.",
        f"       PROGRAM-ID. {name}.",
        "       PROCEDURE DIVISION.",
        *(f"           {line}" for line in body.splitlines()),
        "           STOP RUN.",
    ]
    return "\n".join(lines) + "\n"


def _run(tmp_path: Path, source: str, debug: bool = False) -> bytes:
    path = tmp_path / "iso.cbl"
    path.write_text(source)
    stdout = io.BytesIO()
    program = LegacyProgram.from_file(path, debug=debug)
    program.run(RunStreams(stdout, io.BytesIO(), dict(os.environ), tmp_path))
    return stdout.getvalue()


# libcob's test_formatted_date / _time: the position of the first character that does not fit
DATE_POSITIONS = [
    ("YYYYMMDD", "20120229", 0),
    ("YYYYMMDD", "20130229", 8),  # the day's last digit: 9 > 8 in February 2013
    ("YYYYMMDD", "16001231", 4),  # after 160 the year's last digit must be 1-9
    ("YYYYMMDD", "16010101 ", 0),  # trailing spaces end a date alone
    ("YYYY-MM-DD", "2012-1301", 7),  # month 1x takes 0-2
    ("YYYYDDD", "2012366", 0),
    ("YYYYDDD", "2013366", 7),
    ("YYYYDDD", "2013000", 7),
    ("YYYYWwwD", "2015W537", 0),  # 2015 has 53 ISO weeks
    ("YYYYWwwD", "2014W537", 7),
    ("YYYYWwwD", "2014W018", 8),
    ("YYYYWwwD", "2014X011", 5),
]


@pytest.mark.parametrize(("form", "value", "position"), DATE_POSITIONS)
def test_date_positions(form: str, value: str, position: int) -> None:
    assert iso8601.test_date(iso8601.parse_date_format(form), value, True) == position


TIME_POSITIONS = [
    ("hhmmss", "235959", 0),
    ("hhmmss", "240000", 2),  # hour 2x takes 0-3 only
    ("hhmmss", "126000", 3),
    ("hh:mm:ss.ss", "12:00:00.5", 11),
    ("hhmmssZ", "120000", 7),
    ("hhmmss+hhmm", "120000-2359", 0),
    ("hhmmss+hhmm", "1200000000", 11),  # libcob wants 0, then 00, then 00: five zeros
    ("hhmmss+hhmm", "12000000000", 0),
    ("hhmmss+hhmm", "120000x0000", 7),
]


@pytest.mark.parametrize(("form", "value", "position"), TIME_POSITIONS)
def test_time_positions(form: str, value: str, position: int) -> None:
    assert iso8601.test_time(iso8601.parse_time_format(form), value, ".") == position


def test_the_positions_are_what_cobc_gives(cobc: str, tmp_path: Path) -> None:
    """Both tables through FUNCTION TEST-FORMATTED-DATETIME of cobc 3.1.2."""
    rows = [*DATE_POSITIONS, *TIME_POSITIONS]
    display = 'DISPLAY FUNCTION TEST-FORMATTED-DATETIME\n    ("{}" "{}").'
    body = "\n".join(display.format(form, value) for form, value, _ in rows)
    (tmp_path / "iso.cbl").write_text(_program(body))
    subprocess.run([cobc, "-x", "-o", "iso", "iso.cbl"], cwd=tmp_path, check=True)
    done = subprocess.run(["./iso"], cwd=tmp_path, capture_output=True, check=True)
    assert done.stdout == b"".join(b"%09d\n" % position for _, _, position in rows)


@pytest.mark.parametrize(
    ("form", "point", "valid"),
    [
        ("hhmmss", ".", True),
        ("hh:mm:ss.sssssssss", ".", True),
        ("hh:mm:ss.ssssssssss", ".", False),  # more than 9 decimals
        ("hhmmss.", ".", False),
        ("hhmmss,ss", ".", False),
        ("hhmmss,ss", ",", True),
        ("hhmmss+hh:mm", ".", False),  # the offset's colon follows the time's
        ("hh:mm:ssZ", ".", True),
        ("HHMMSS", ".", False),
    ],
)
def test_time_formats(form: str, point: str, valid: bool) -> None:
    assert iso8601.valid_time_format(form, point) is valid


def test_datetime_formats_pair_hyphens_with_colons() -> None:
    assert iso8601.valid_datetime_format("YYYY-MM-DDThh:mm:ss", ".")
    assert not iso8601.valid_datetime_format("YYYY-MM-DDThhmmss", ".")
    assert not iso8601.valid_datetime_format("YYYYMMDD", ".")  # no time part
    assert not iso8601.valid_date_format("yyyymmdd")  # libcob compares case and all


def test_week_dates_match_the_iso_calendar() -> None:
    """get_iso_week against Python's isocalendar on the days around every new year."""
    form = iso8601.parse_date_format("YYYYWwwD")
    for year in (1601, 1700, 2000, 2004, 2014, 2015, 2020, 9998):
        first = iso8601.integer_of_date(year, 1, 1)
        for days in range(max(first - 5, 1), first + 5):
            date = iso8601.date_of_integer(days)
            iso_year, week, weekday = dt.date(*date).isocalendar()
            assert iso8601.format_date(form, days) == f"{iso_year:04d}W{week:02d}{weekday}"


def test_fraction_digits_come_from_the_time_field() -> None:
    form = iso8601.parse_time_format("hhmmss.ssss")
    text, moved = iso8601.format_time(form, 45296, Result(78, 2, 9, False), 0, ".")
    assert (text, moved) == ("123456.7800", 0)
    text, _ = iso8601.format_time(form, 45296, Result(123456, 6, 9, False), 0, ".")
    assert text == "123456.1234"  # cut, never rounded


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('FORMATTED-DATE ("yyyymmdd" 1)', "FUNCTION 'FORMATTED-DATE' has invalid date/time format"),
        ('FORMATTED-TIME ("YYYYMMDD" 1)', "FUNCTION 'FORMATTED-TIME' has invalid date/time format"),
        (
            'FORMATTED-TIME ("hhmmss" 1 0 SYSTEM-OFFSET)',
            "cannot specify offset and SYSTEM-OFFSET at the same time",
        ),
        ('FORMATTED-DATETIME ("YYYYMMDDThhmmss" 1)', "has wrong number of arguments"),
    ],
)
def test_literal_formats_are_checked_at_compile_time(
    tmp_path: Path, call: str, message: str
) -> None:
    with pytest.raises(CobolSemanticError, match=message):
        _run(tmp_path, _program(f"DISPLAY FUNCTION {call}."))


INVALID_OFFSET = _program(
    'DISPLAY FUNCTION FORMATTED-TIME ("hhmmss+hhmm" 1 3000) "|".\n'
    "DISPLAY FUNCTION EXCEPTION-STATUS.\n"
    "DISPLAY FUNCTION EXCEPTION-LOCATION.\n"
    "DISPLAY FUNCTION EXCEPTION-STATEMENT."
)
INVALID_OFFSET_EXPECTED = (
    b"           |\n"
    b"EC-ARGUMENT-FUNCTION           \n"
    b"iso; ; 4\n"  # the statement's line (cobc -debug: cob_set_exception's source line)
    b"DISPLAY                        \n"
)


def test_an_invalid_argument_records_the_statement(tmp_path: Path) -> None:
    assert _run(tmp_path, INVALID_OFFSET, debug=True) == INVALID_OFFSET_EXPECTED


def test_the_invalid_argument_lines_are_what_cobc_debug_prints(cobc: str, tmp_path: Path) -> None:
    (tmp_path / "iso.cbl").write_text(INVALID_OFFSET)
    subprocess.run([cobc, "-x", "-debug", "-o", "iso", "iso.cbl"], cwd=tmp_path, check=True)
    done = subprocess.run(["./iso"], cwd=tmp_path, capture_output=True, check=True)
    assert done.stdout == INVALID_OFFSET_EXPECTED


SYSTEM_OFFSET = _program(
    "DISPLAY FUNCTION FORMATTED-TIME\n"
    '    ("hh:mm:ss+hh:mm" 45296 SYSTEM-OFFSET).\n'
    "DISPLAY FUNCTION FORMATTED-TIME\n"
    '    ("hhmmssZ" 45296 SYSTEM-OFFSET).\n'
    "DISPLAY FUNCTION FORMATTED-DATETIME\n"
    '    ("YYYYMMDDThhmmss+hhmm" 1 60 SYSTEM-OFFSET).'
)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Kolkata", b"12:34:56+05:30\n070456Z\n16010101T000100+0530\n"),
        ("America/St_Johns", None),  # -03:30 or -02:30 as the day's daylight saving goes
    ],
)
def test_system_offset_is_the_local_zone(
    cobc: str, tmp_path: Path, zone: str, expected: bytes | None
) -> None:
    """SYSTEM-OFFSET is the offset of the process's time zone (TZ), as libcob's tm_gmtoff."""
    (tmp_path / "iso.cbl").write_text(SYSTEM_OFFSET)
    env = {**os.environ, "TZ": zone, "PYTHONPATH": str(REPO / "src")}
    subprocess.run([cobc, "-x", "-o", "iso", "iso.cbl"], cwd=tmp_path, check=True, env=env)
    real = subprocess.run(["./iso"], cwd=tmp_path, capture_output=True, check=True, env=env)
    idrs = [sys.executable, "-c", _CLI, "cobol", "run", "iso.cbl"]
    ours = subprocess.run(idrs, cwd=tmp_path, capture_output=True, check=True, env=env)
    assert ours.stdout == real.stdout
    if expected is not None:
        assert ours.stdout == expected


def test_rand_is_glibcs() -> None:
    """glibc 2.x rand (): 1804289383 first when unseeded; srand (7) then rand () / RAND_MAX is
    0.4869041393915676 (both measured with cobc 3.1.2's FUNCTION RANDOM)."""
    state = Rand()
    assert [state.next() for _ in range(3)] == [1804289383, 846930886, 1681692777]
    state.seed(7)
    assert state.next() / RAND_MAX == 0.4869041393915676
    state.seed(0)
    assert state.next() == 1804289383  # srand (0) is srand (1)


def test_each_run_has_its_own_random_state(tmp_path: Path) -> None:
    """Two runs in one process: each starts unseeded (no module-global state)."""
    source = _program("DISPLAY FUNCTION RANDOM.\nDISPLAY FUNCTION RANDOM.")
    first = _run(tmp_path, source)
    assert first == b"0.8401877171547095\n0.394382926819093\n"
    assert _run(tmp_path, source) == first


FIXED_CLOCK = _program(
    "DISPLAY FUNCTION FORMATTED-CURRENT-DATE\n"
    '    ("YYYY-MM-DDThh:mm:ss").\n'
    "DISPLAY FUNCTION CURRENT-DATE (1:14)."
)


def test_cob_current_date_fixes_the_current_date_functions(cobc: str, tmp_path: Path) -> None:
    """COB_CURRENT_DATE (runtime/clock.py) sets what FORMATTED-CURRENT-DATE and CURRENT-DATE
    show, as in a cobc-built program (their fractions of a second stay the real ones)."""
    env = {**os.environ, "COB_CURRENT_DATE": "2015/02/06 16:40:52"}
    path = tmp_path / "iso.cbl"
    path.write_text(FIXED_CLOCK)
    stdout = io.BytesIO()
    LegacyProgram.from_file(path).run(RunStreams(stdout, io.BytesIO(), env, tmp_path))
    assert stdout.getvalue() == b"2015-02-06T16:40:52\n20150206164052\n"
    subprocess.run([cobc, "-x", "-o", "iso", "iso.cbl"], cwd=tmp_path, check=True)
    real = subprocess.run(["./iso"], cwd=tmp_path, capture_output=True, check=True, env=env)
    assert real.stdout == stdout.getvalue()
