"""Offsets and lengths of every named item of the six copybooks, measured with cobc.

The probe program takes ``ADDRESS OF`` each item (first occurrence, and the last occurrence of
table elements) relative to the record's address, and ``FUNCTION LENGTH`` of it; our layout
(from ``cobol.copybook``) must agree on every one, and on the record length.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.records.layout import FieldLayout, RecordLayout
from rulebook import RECORD_LENGTHS

COPYBOOKS = RECORD_LENGTHS

HEADER = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LAYPROBE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       COPY {copybook}.
       01  PROBE-BASE USAGE POINTER.
       01  PROBE-BASE-N REDEFINES PROBE-BASE PIC S9(18) COMP-5.
       01  PROBE-AT USAGE POINTER.
       01  PROBE-AT-N REDEFINES PROBE-AT PIC S9(18) COMP-5.
       01  PROBE-OFF PIC 9(9).
       01  PROBE-LEN PIC 9(9).
       PROCEDURE DIVISION.
           SET PROBE-BASE TO ADDRESS OF {record}
"""


def _occurrences(
    item: FieldLayout, counts: tuple[int, ...]
) -> Iterator[tuple[FieldLayout, tuple[int, ...]]]:
    """Every named item with subscript lists to probe: all-first and all-last occurrences."""
    counts = (*counts, item.count) if item.occurs else counts
    if not item.filler:
        yield item, tuple(1 for _ in counts)
        if any(c > 1 for c in counts):
            yield item, counts
    for child in item.children:
        yield from _occurrences(child, counts)


def _reference(name: str, subscripts: tuple[int, ...]) -> str:
    return f"{name}({' '.join(map(str, subscripts))})" if subscripts else name


def _expected_offset(layout: RecordLayout, item: FieldLayout, subscripts: tuple[int, ...]) -> int:
    """Our offset of an occurrence: the first occurrence's offset plus, for each enclosing
    OCCURS, (subscript - 1) * that table element's size."""
    offset = item.offset
    tables = [f for f in layout.fields() if f.occurs and _encloses(f, item)]
    for table, subscript in zip(tables, subscripts, strict=True):
        offset += (subscript - 1) * table.size
    return offset


def _encloses(outer: FieldLayout, inner: FieldLayout) -> bool:
    return any(f is inner for f in outer.walk())


def _probe(
    layout: RecordLayout, copybook: str
) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    """The probe's header, the expected (reference, offset, length) list and the statements."""
    statements: list[str] = []
    expected: list[tuple[str, int, int]] = []
    for item, subscripts in _occurrences(layout.root, ()):
        reference = _reference(item.name, subscripts)
        statements += [
            f"SET PROBE-AT TO ADDRESS OF {reference}",
            "COMPUTE PROBE-OFF = PROBE-AT-N - PROBE-BASE-N",
            f"MOVE FUNCTION LENGTH({reference}) TO PROBE-LEN",
            f'DISPLAY "{reference} " PROBE-OFF " " PROBE-LEN',
        ]
        expected.append((reference, _expected_offset(layout, item, subscripts), item.size))
    return HEADER.format(copybook=copybook, record=layout.name), expected, statements


@pytest.mark.parametrize("copybook", sorted(COPYBOOKS))
def test_offsets_and_lengths_match_cobc(
    copybook: str,
    run_probe: Callable[[str, str], tuple[str, object]],
    cobol_lines: Callable[..., str],
) -> None:
    layout = load_copybook(copybook)
    header, expected, statements = _probe(layout, copybook)
    source = header + cobol_lines([*statements, "STOP RUN."]) + "\n"
    stdout, _ = run_probe(source, f"LAY{copybook}")
    measured = {}
    for line in stdout.splitlines():
        reference, offset, length = line.rsplit(" ", 2)
        measured[reference] = (int(offset), int(length))
    assert len(measured) == len(expected)
    for reference, offset, size in expected:
        assert measured[reference] == (offset, size), reference


@pytest.mark.parametrize(("copybook", "length"), sorted(COPYBOOKS.items()))
def test_record_length_is_the_rulebook_length(copybook: str, length: int) -> None:
    # The rulebook's lengths (RULEBOOK §1), which tests/legacy checks against FUNCTION LENGTH.
    assert load_copybook(copybook).size == length
