"""The six record layouts of the weekly posting run, declared in Python (RULEBOOK §2).

The modern engine and the online layer may not read COBOL, so the copybooks' layouts are declared
once here with :mod:`idrs_sandbox.records.schema` for both (and for the engine interface);
``tests/records/test_posting_layouts.py`` checks that each one equals the layout cobc's rules
give the copybook (``legacy/copybooks/*.cpy``), 88-levels included.
"""

from __future__ import annotations

from idrs_sandbox.records.layout import Figurative, RecordLayout
from idrs_sandbox.records.schema import condition, field, filler, group, record

CTLCARD: RecordLayout = record(
    "CTL-CARD",
    group(
        "CTL-RUN-CYCLE",
        field("CTL-RUN-YEAR", "9(4)"),
        field("CTL-RUN-WEEK", "9(2)", conditions=[condition("CTL-WEEK-VALID", (1, 52))]),
    ),
    group(
        "CTL-RUN-DATE",
        field("CTL-RUN-DATE-YYYY", "9(4)"),
        field("CTL-RUN-DATE-MM", "9(2)"),
        field("CTL-RUN-DATE-DD", "9(2)"),
    ),
    field("CTL-INTEREST-RATE", "9V9(4)"),
    filler("X(61)"),
)
"""CTLCARD (80 bytes): the control card."""

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
"""TRANSREC (100 bytes): one card; the DATA area is redefined by TC."""

TRANSREC_PARTS: tuple[str, ...] = tuple(
    part.name for part in TRANSREC.root.children if part.redefines is None
)
"""The card's eight fields in record order, without the views that redefine them (TR-TIN,
TR-NAME-CONTROL, TR-TC, TR-TAX-PERIOD, TR-AMOUNT, TR-TRANS-DATE, TR-SEQ, TR-DATA)."""


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
"""TAXACCT (514 bytes): the master record, four module slots."""

NOTICE: RecordLayout = record(
    "NT-RECORD",
    field("NT-TIN", "9(9)"),
    field(
        "NT-NOTICE-CODE",
        "X(5)",
        conditions=[
            condition("NT-CP14", "CP14 "),
            condition("NT-CP501", "CP501"),
            condition("NT-CP503", "CP503"),
            condition("NT-CP504", "CP504"),
        ],
    ),
    field("NT-TAX-PERIOD", "9(6)"),
    field("NT-NAME-LINE", "X(35)"),
    field("NT-STREET", "X(35)"),
    field("NT-CITY", "X(20)"),
    field("NT-STATE", "X(2)"),
    field("NT-ZIP", "9(5)"),
    field("NT-BALANCE-DUE", "S9(9)V99"),
    field("NT-FTP-THIS", "S9(7)V99"),
    field("NT-INTEREST-THIS", "S9(7)V99"),
    field("NT-CYCLE", "9(6)"),
    field("NT-RESPOND-BY", "9(8)"),
)
"""NOTICE (160 bytes): a balance-due notice."""

REFUND: RecordLayout = record(
    "RF-RECORD",
    field("RF-TIN", "9(9)"),
    field("RF-TAX-PERIOD", "9(6)"),
    field("RF-AMOUNT", "9(9)V99"),
    field(
        "RF-METHOD",
        "X",
        conditions=[
            condition("RF-DIRECT-DEPOSIT", "D"),
            condition("RF-PAPER-CHECK", "C"),
        ],
    ),
    field("RF-BANK-RTN", "9(9)"),
    field("RF-BANK-ACCT", "X(17)"),
    field("RF-NAME-LINE", "X(35)"),
    field("RF-STREET", "X(35)"),
    field("RF-CITY", "X(20)"),
    field("RF-STATE", "X(2)"),
    field("RF-ZIP", "9(5)"),
    field("RF-CYCLE", "9(6)"),
)
"""REFUND (156 bytes): a refund order."""

UNPOST: RecordLayout = record(
    "UP-RECORD",
    field("UP-TRANS-IMAGE", "X(100)"),
    field("UP-UPC", "X(3)"),
    field("UP-CYCLE", "9(6)"),
    field("UP-REASON", "X(31)"),
)
"""UNPOST (140 bytes): a card that did not post."""

LAYOUTS: dict[str, RecordLayout] = {
    "CTLCARD": CTLCARD,
    "TRANSREC": TRANSREC,
    "TAXACCT": TAXACCT,
    "NOTICE": NOTICE,
    "REFUND": REFUND,
    "UNPOST": UNPOST,
}
"""Every layout by its copybook's name."""
