"""Layouts declared in Python equal the layouts of the copybooks (the modern engine relies on
it); the declaration below is written from RULEBOOK §2 by hand."""

from __future__ import annotations

import pytest

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.records.layout import Figurative, LayoutError, Usage
from idrs_sandbox.records.schema import condition, field, filler, group, record

PACKED = "COMP-3"


def taxacct() -> object:
    return record(
        "TA-ACCOUNT",
        field("TA-TIN", "9(9)"),
        field("TA-NAME-CONTROL", "X(4)"),
        field("TA-NAME-LINE", "X(35)"),
        field("TA-STREET", "X(35)"),
        field("TA-CITY", "X(20)"),
        field("TA-STATE", "X(2)"),
        field("TA-ZIP", "9(5)"),
        field("TA-FILING-STATUS", "9"),
        field("TA-BANK-RTN", "9(9)"),
        group("TA-BANK-RTN-X", field("TA-RTN-DIGIT", "9", occurs=9), redefines="TA-BANK-RTN"),
        field("TA-BANK-ACCT", "X(17)"),
        field("TA-ESTABLISHED-CYCLE", "9(6)"),
        field("TA-LAST-UPDATE-CYCLE", "9(6)"),
        field("TA-MODULE-COUNT", "9", conditions=[condition("TA-MODULES-FULL", 4)]),
        group(
            "TA-MODULE",
            field("TA-TAX-PERIOD", "9(6)"),
            field(
                "TA-STATUS",
                "9(2)",
                conditions=[
                    condition("TA-ST-NONE", 0),
                    condition("TA-ST-BALANCE-DUE", 10),
                    condition("TA-ST-SETTLED", 12),
                    condition("TA-ST-FIRST-NOTICE", 21),
                    condition("TA-ST-TDA", 22),
                    condition("TA-ST-CP501", 54),
                    condition("TA-ST-CP503", 56),
                    condition("TA-ST-CP504", 58),
                ],
            ),
            field("TA-STATUS-CYCLE", "9(6)"),
            *(
                field(
                    f"TA-FREEZE-{letter}",
                    "X",
                    conditions=[
                        condition(f"TA-FREEZE-{letter}-SET", letter),
                        condition(f"TA-FREEZE-{letter}-CLEAR", Figurative.SPACE),
                    ],
                )
                for letter in "ALR"
            ),
            field(
                "TA-RETURN-DATE", "9(8)", conditions=[condition("TA-NO-RETURN", Figurative.ZERO)]
            ),
            field("TA-TAX-ASSESSED", "S9(9)V99", usage=PACKED),
            field("TA-CREDITS", "S9(9)V99", usage=PACKED),
            field("TA-FTF-PENALTY", "S9(7)V99", usage=PACKED),
            field("TA-FTP-PENALTY", "S9(7)V99", usage=PACKED),
            field("TA-INTEREST", "S9(7)V99", usage=PACKED),
            field("TA-BALANCE", "S9(9)V99", usage=PACKED),
            field("TA-INTEREST-DATE", "9(8)"),
            field(
                "TA-LAST-NOTICE", "X(5)", conditions=[condition("TA-NO-NOTICE", Figurative.SPACE)]
            ),
            field("TA-NOTICE-CYCLE", "9(6)"),
            field("TA-LAST-TC", "9(3)"),
            field("TA-LAST-ACTIVITY", "9(6)"),
            occurs=4,
            indexed_by=("TA-MX",),
        ),
        filler("X(20)"),
    )


def test_declared_taxacct_equals_the_copybook() -> None:
    assert taxacct() == load_copybook("TAXACCT")


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
