"""The two record layouts the online layer reads and writes (RULEBOOK §2), declared with
:mod:`idrs_sandbox.records.schema`: TAXACCT (the master, read-only here) and TRANSREC (the TC 290 /
291 cards of an adjustment). ``online/`` reads the master through ``records/`` only and never
imports ``cobol/``, ``runtime/`` or ``modern/``; ``tests/online/test_layouts.py`` checks these equal
the layouts the copybooks give.
"""

from __future__ import annotations

from idrs_sandbox.records.layout import Figurative, RecordLayout
from idrs_sandbox.records.schema import condition, field, filler, group, record

TRANSREC: RecordLayout = record(
    "TR-RECORD",
    field("TR-TIN", "9(9)"),
    field("TR-NAME-CONTROL", "X(4)"),
    field(
        "TR-TC",
        "9(3)",
        conditions=[
            condition("TR-TC-ESTABLISH", 0),
            condition("TR-TC-NAME-CHANGE", 13),
            condition("TR-TC-ADDRESS", 14),
            condition("TR-TC-RETURN", 150),
            condition("TR-TC-ADDL-TAX", 290),
            condition("TR-TC-ABATEMENT", 291),
            condition("TR-TC-EXAM-OPEN", 420),
            condition("TR-TC-EXAM-CLOSED", 421),
            condition("TR-TC-HOLD", 570),
            condition("TR-TC-HOLD-RELEASE", 571),
            condition("TR-TC-PAYMENT", 610, 670),
            condition("TR-TC-CREDIT", 766, 806),
            condition("TR-TC-MISC", 971),
            condition("TR-TC-ENTITY", 0, 13, 14),
            condition(
                "TR-TC-KNOWN",
                *(0, 13, 14, 150, 290, 291, 420, 421, 570, 571, 610, 670, 766, 806, 971),
            ),
        ],
    ),
    group(
        "TR-TAX-PERIOD",
        field("TR-TAX-PERIOD-YYYY", "9(4)"),
        field("TR-TAX-PERIOD-MM", "9(2)"),
    ),
    field("TR-AMOUNT", "S9(9)V99"),
    field("TR-AMOUNT-X", "X(11)", redefines="TR-AMOUNT"),
    group(
        "TR-TRANS-DATE",
        field("TR-TRANS-YY", "9(2)"),
        field("TR-TRANS-MM", "9(2)"),
        field("TR-TRANS-DD", "9(2)"),
    ),
    field("TR-SEQ", "9(6)"),
    field("TR-DATA", "X(55)"),
    group(
        "TR-ENTITY-DATA",
        field("TR-NAME-LINE", "X(35)"),
        field("TR-STATE", "X(2)"),
        field("TR-ZIP", "9(5)"),
        filler("X(13)"),
        redefines="TR-DATA",
    ),
    group(
        "TR-ADDRESS-DATA",
        field("TR-STREET", "X(35)"),
        field("TR-CITY", "X(20)"),
        redefines="TR-DATA",
    ),
    group(
        "TR-RETURN-DATA",
        field("TR-FILING-STATUS", "9"),
        field("TR-BANK-RTN", "9(9)"),
        field("TR-BANK-ACCT", "X(17)"),
        filler("X(28)"),
        redefines="TR-DATA",
    ),
    group(
        "TR-ACTION-DATA",
        field("TR-ACTION-CODE", "9(3)", conditions=[condition("TR-ACTION-FREEZE-A", 10)]),
        filler("X(52)"),
        redefines="TR-DATA",
    ),
)
"""TRANSREC: one card; the DATA area is redefined by TC."""


TAXACCT: RecordLayout = record(
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
        field(
            "TA-FREEZE-A",
            "X",
            conditions=[
                condition("TA-FREEZE-A-SET", "A"),
                condition("TA-FREEZE-A-CLEAR", Figurative.SPACE),
            ],
        ),
        field(
            "TA-FREEZE-L",
            "X",
            conditions=[
                condition("TA-FREEZE-L-SET", "L"),
                condition("TA-FREEZE-L-CLEAR", Figurative.SPACE),
            ],
        ),
        field(
            "TA-FREEZE-R",
            "X",
            conditions=[
                condition("TA-FREEZE-R-SET", "R"),
                condition("TA-FREEZE-R-CLEAR", Figurative.SPACE),
            ],
        ),
        field("TA-RETURN-DATE", "9(8)", conditions=[condition("TA-NO-RETURN", Figurative.ZERO)]),
        field("TA-TAX-ASSESSED", "S9(9)V99", usage="COMP-3"),
        field("TA-CREDITS", "S9(9)V99", usage="COMP-3"),
        field("TA-FTF-PENALTY", "S9(7)V99", usage="COMP-3"),
        field("TA-FTP-PENALTY", "S9(7)V99", usage="COMP-3"),
        field("TA-INTEREST", "S9(7)V99", usage="COMP-3"),
        field("TA-BALANCE", "S9(9)V99", usage="COMP-3"),
        field("TA-INTEREST-DATE", "9(8)"),
        field("TA-LAST-NOTICE", "X(5)", conditions=[condition("TA-NO-NOTICE", Figurative.SPACE)]),
        field("TA-NOTICE-CYCLE", "9(6)"),
        field("TA-LAST-TC", "9(3)"),
        field("TA-LAST-ACTIVITY", "9(6)"),
        occurs=4,
        indexed_by=("TA-MX",),
    ),
    filler("X(20)"),
)
"""TAXACCT: the master record, four module slots."""

MASTER_LENGTH = TAXACCT.size
CARD_LENGTH = TRANSREC.size
