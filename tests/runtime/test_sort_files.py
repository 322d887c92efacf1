"""File SORT and MERGE (runtime/sortfiles.py, statements/sort.py).

What cobc 3.1.2 prints is pinned by the probes ``sort_file_using`` and ``sort_file_procedures``
(tests/runtime/probes); here: the sort order itself, what the compiler refuses, and the run
that stops on a RELEASE outside a SORT.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pytest

from idrs_sandbox.cobol.program import parse_program_text
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.runtime.fields import numeric_display
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.sortfiles import SortFile, fit, sort_rows
from idrs_sandbox.runtime.storage import reader


def test_rows_sort_key_by_key_and_equal_keys_keep_their_order() -> None:
    rows = [b"B2x", b"A1a", b"B9y", b"A1b", b"A3c", b"B2z"]
    sort_rows(rows, [(0, 1, None, False), (1, 1, None, True)])
    assert rows == [b"A3c", b"A1a", b"A1b", b"B9y", b"B2x", b"B2z"]


def test_numeric_keys_compare_by_value_not_by_bytes() -> None:
    signed = reader(numeric_display(2, 0, signed=True))
    rows = [b"05", b"0p", b"10", b"0q"]  # 5, -0 ... overpunched: 0p = -0, 0q = -1
    sort_rows(rows, [(0, 2, signed, False)])
    assert rows == [b"0q", b"0p", b"05", b"10"]


def test_records_are_cut_or_padded_with_spaces_between_sizes() -> None:
    assert fit(b"ABCDEF", 4) == b"ABCD"
    assert fit(b"AB", 4) == b"AB  "


def test_release_after_the_first_return_fails_and_retrieve_ends_with_10() -> None:
    area = bytearray(3)
    work = SortFile("W", area, 3)
    work.sort_return = bytearray(b"\xff" * 4)
    assert work.release() == b"30"  # outside a SORT: SORT-RETURN untouched
    assert work.sort_return == b"\xff" * 4
    work.begin([(0, 3, None, True)])
    assert work.sort_return == bytes(4)
    for record in (b"AAA", b"CCC", b"BBB"):
        area[:] = record
        assert work.release() == b"00"
    assert work.retrieve() == b"00" and area == b"CCC"
    assert work.release() == b"30"
    assert int.from_bytes(work.sort_return, "little") == 16
    assert [work.retrieve(), bytes(area)] == [b"00", b"BBB"]
    assert [work.retrieve(), bytes(area)] == [b"00", b"AAA"]
    assert work.retrieve() == b"10"
    assert work.retrieve() == b"10"
    assert work.finish() == b"00"
    assert work.retrieve() == b"30"


HEADER = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SORTCHK.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN1 ASSIGN TO "IN1".
           SELECT WORK1 ASSIGN TO "WORK".
       DATA DIVISION.
       FILE SECTION.
       FD IN1.
       01 IN-REC PIC X(4).
       SD WORK1.
       01 WRK-REC.
          05 WRK-KEY PIC X(2).
          05 WRK-DATA PIC X(2).
       WORKING-STORAGE SECTION.
       01 OTHER-KEY PIC X(2).
       PROCEDURE DIVISION.
"""


def _compile(body: str) -> LegacyProgram:
    text = HEADER + textwrap.indent(textwrap.dedent(body), " " * 11)
    return LegacyProgram(parse_program_text(text, "SORTCHK.cbl"))


def test_an_sd_is_a_sort_file() -> None:
    program = parse_program_text(HEADER + "           STOP RUN.\n", "SORTCHK.cbl")
    assert [(f.name, f.sort) for f in program.files] == [("IN1", False), ("WORK1", True)]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("SORT IN1 ON ASCENDING KEY IN-REC USING IN1 GIVING IN1.", "'IN1' is not a sort file"),
        ("SORT WORK1 ON ASCENDING KEY OTHER-KEY USING IN1 GIVING IN1.", "not a field of the SD"),
        ("SORT WORK1 ON ASCENDING KEY WRK-KEY USING WORK1 GIVING IN1.", "is an SD"),
        (
            "SORT WORK1 ON ASCENDING KEY WRK-KEY\nCOLLATING SEQUENCE IS X USING IN1 GIVING IN1.",
            "SEQUENCE X: not an ALPHABET of SPECIAL-NAMES",
        ),
        ("RELEASE IN-REC.", "not a record of a sort file"),
        ("RETURN IN1 AT END CONTINUE.", "'IN1' is not a sort file"),
        ("SORT WORK1 ON ASCENDING KEY WRK-KEY\nUSING NOFILE GIVING IN1.", "unknown file 'NOFILE'"),
        ("SORT WORK1 ON ASCENDING KEY WRK-KEY\nUSING IN1 OUTPUT PROCEDURE NOPARA.", "NOPARA"),
    ],
)
def test_the_compiler_refuses_what_cobc_refuses(body: str, message: str) -> None:
    with pytest.raises(IdrsError, match=message):
        _compile(body)


def test_release_outside_a_sort_without_file_status_stops_the_run(tmp_path: Path) -> None:
    program = _compile('DISPLAY "A"\nRELEASE WRK-REC\nDISPLAY "B".')
    stdout = io.BytesIO()
    with pytest.raises(IdrsError, match=r"status = 30\) for file WORK1"):
        program.run(RunStreams(stdout, io.BytesIO(), {}, tmp_path))
    assert stdout.getvalue() == b"A\n"  # cobc: "libcob: error: permanent file error", status 1


class _Records:
    """A USING file of variable-length records: only ``last_size`` bytes of the area are the
    record read (runtime/files.py SequentialFile.last_size)."""

    def __init__(self, records: list[bytes]) -> None:
        self.area = bytearray(b"?" * 6)
        self.record_size = 6
        self.last_size = 6
        self.records = records
        self.opened = self.closed = 0

    def open(self, mode: str) -> bytes:
        self.opened += 1
        return b"00"

    def read(self) -> bytes:
        if not self.records:
            return b"10"
        record = self.records.pop(0)
        self.area[: len(record)] = record  # the rest keeps the longer record's bytes
        self.last_size = len(record)
        return b"00"

    def write(self, record: bytes) -> bytes:
        return b"00"

    def close(self) -> bytes:
        self.closed += 1
        return b"00"


def test_using_copies_a_variable_record_with_its_own_length() -> None:
    area = bytearray(5)
    work = SortFile("W", area, 5)
    source = _Records([b"BBBBBB", b"AA"])
    work.begin([(0, 5, None, False)])
    work.using(source)
    assert (source.opened, source.closed) == (1, 1)
    assert [work.retrieve(), bytes(area)] == [b"00", b"AA   "]
    assert [work.retrieve(), bytes(area)] == [b"00", b"BBBBB"]
