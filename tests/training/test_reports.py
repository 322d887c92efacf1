"""The report line layout used by exercises 03 and 06, against reports pinned by hand in the
characterization scenarios (each read against its hand counts, see tests/scenarios/README.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from idrs_sandbox.training.reports import (
    body_lines,
    count_line,
    detail_line,
    edit_amount,
    paginate,
    with_row_after,
)

PINNED = sorted((Path(__file__).parents[1] / "scenarios").glob("*/week*.REPORT"))
PINNED_TEXT = [path.read_text(encoding="latin-1") for path in PINNED]


def test_rows_are_laid_out_as_the_pinned_reports_print_them() -> None:
    # tests/scenarios/12-interest-truncated-ftp-rounded: three TC 196 for 1,946.10 (hand counts)
    assert (
        detail_line("TC 196", "INTEREST", 3, Decimal("1946.10"))
        == "  TC 196  INTEREST                                     3                $1,946.10"
    )
    assert (
        count_line("CP14", "", 2).rstrip()
        == "  CP14                                                 2"
    )
    assert edit_amount(Decimal("-1234.5")) == "             $1,234.50-"
    assert edit_amount(Decimal("0")) == "                 $0.00 "


@pytest.mark.skipif(not PINNED, reason="no pinned reports in this checkout")
def test_every_pinned_row_is_printed_by_the_layout() -> None:
    for text in PINNED_TEXT:
        for line in body_lines(text)[1]:
            if line.startswith("  TC ") or line.startswith("  U"):
                count = int(line[43:56].replace(",", ""))
                raw = line[59:82].strip()
                amount = Decimal(raw.strip("-").replace("$", "").replace(",", ""))
                amount = -amount if raw.endswith("-") else amount
                assert detail_line(line[2:8].strip(), line[10:43].strip(), count, amount) == line


@pytest.mark.skipif(not PINNED, reason="no pinned reports in this checkout")
def test_pages_come_back_as_printed() -> None:
    for text in PINNED_TEXT:
        header, body = body_lines(text)
        if header:
            assert paginate(header, body) == text


@pytest.mark.skipif(not PINNED, reason="no pinned reports in this checkout")
def test_a_new_row_moves_the_page_break() -> None:
    text = next(t for t in PINNED_TEXT if "  TC 766" in t)
    row = detail_line("TC 767", "CREDIT REVERSAL", 0, Decimal(0))
    longer = with_row_after(text.encode("latin-1"), "  TC 766", row).decode("latin-1")
    lines = longer.splitlines()
    assert lines[lines.index(next(x for x in lines if x.startswith("  TC 766"))) + 1] == row
    pages = [index for index, line in enumerate(lines) if line.startswith("POSTING ")]
    assert pages[1] - pages[0] == 55 and len(lines) == len(text.splitlines()) + 1
    assert with_row_after(b"ABEND: MASTIN MISSING\n", "  TC 766", row) == (
        b"ABEND: MASTIN MISSING\n"
    )
