"""records/schema.py: layouts declared in Python. That the run's own declarations
(records/posting.py) equal the copybooks is tests/records/test_posting_layouts.py."""

from __future__ import annotations

import pytest

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.records.layout import LayoutError, Usage
from idrs_sandbox.records.schema import condition, field, filler, group, record


def test_a_difference_is_seen() -> None:
    declared = record("CTL-CARD", field("CTL-RUN-CYCLE", "9(6)"), filler("X(74)"))
    assert declared != load_copybook("CTLCARD")


def test_ranges_levels_usage_and_signs() -> None:
    layout = record(
        "R",
        group(
            "G",
            field("A", "S9(3)"),
            field("B", "S9(3)", sign="trailing"),
            usage="COMP-3",
            sign="leading",
            sign_separate=True,
        ),
        field("W", "99", conditions=[condition("VALID", (1, 52))]),
        field("Z", "S9", sign="leading", sign_separate=True),
    )
    g = layout.field("G")
    assert (g.level, layout.field("A").level) == (5, 10)
    assert layout.field("A").usage is Usage.COMP_3 and layout.field("A").size == 2
    assert layout.field("W").conditions[0].ranges[0][1] == 52
    assert layout.field("Z").size == 2 and layout.field("Z").sign_leading


def test_lookup_and_qualification() -> None:
    layout = record("R", group("G1", field("X", "9")), group("G2", field("X", "9")))
    with pytest.raises(LayoutError, match="ambiguous"):
        layout.field("X")
    assert layout.field("X OF G2").offset == 1
    assert layout.field("x in g1").offset == 0
    with pytest.raises(LayoutError, match="no field Y in record R"):
        layout.field("Y")


def test_bad_declarations() -> None:
    with pytest.raises(ValueError, match="unknown USAGE"):
        field("A", "9", usage="COMP-9")
    with pytest.raises(ValueError, match="has no children"):
        group("G")
    with pytest.raises(LayoutError, match="needs a numeric PICTURE"):
        record("R", field("A", "X", usage="COMP"))
