"""The run's closed vocabularies: transaction codes, unpostable codes, notices, statuses, abends.

Each enum member carries the exact bytes the legacy program writes (RULEBOOK §2, §5, §6, §7), so
the rest of the engine never spells a code or a reason text twice.
"""

from __future__ import annotations

from enum import Enum, IntEnum


class TransactionCode(IntEnum):
    """Input TCs (RULEBOOK §5) and the TCs the run generates itself (§6)."""

    ESTABLISH = 0
    NAME_CHANGE = 13
    ADDRESS_CHANGE = 14
    RETURN_FILED = 150
    FTF_PENALTY = 166
    INTEREST = 196
    FTP_PENALTY = 276
    ADDITIONAL_TAX = 290
    ABATEMENT = 291
    EXAM_OPENED = 420
    EXAM_CLOSED = 421
    CREDIT_HOLD = 570
    CREDIT_HOLD_RELEASED = 571
    PAYMENT_WITH_RETURN = 610
    LATER_PAYMENT = 670
    OFFSET_IN = 706
    REFUNDABLE_CREDIT = 766
    WITHHOLDING = 806
    OFFSET_OUT = 826
    REFUND = 846
    MISC_ACTION = 971
    DUPLICATE_RETURN = 976


TC = TransactionCode

TC_BY_CODE: dict[int, TransactionCode] = {tc.value: tc for tc in TransactionCode}
"""A card's numeric TC to its enum member (a dict lookup: ``TransactionCode(n)`` is slow)."""

INPUT_TCS: frozenset[int] = frozenset(
    {
        TC.ESTABLISH,
        TC.NAME_CHANGE,
        TC.ADDRESS_CHANGE,
        TC.RETURN_FILED,
        TC.ADDITIONAL_TAX,
        TC.ABATEMENT,
        TC.EXAM_OPENED,
        TC.EXAM_CLOSED,
        TC.CREDIT_HOLD,
        TC.CREDIT_HOLD_RELEASED,
        TC.PAYMENT_WITH_RETURN,
        TC.LATER_PAYMENT,
        TC.REFUNDABLE_CREDIT,
        TC.WITHHOLDING,
        TC.MISC_ACTION,
    }
)
"""The TC table of RULEBOOK §5: any other code on a card is U04."""

INPUT_TC_BY_CODE: dict[int, TransactionCode] = {code: TC_BY_CODE[code] for code in INPUT_TCS}
"""A card's numeric TC to its enum member, for the codes of the TC table only."""

ENTITY_TCS: frozenset[int] = frozenset({TC.ESTABLISH, TC.NAME_CHANGE, TC.ADDRESS_CHANGE})
"""Entity TCs carry no tax period (U05 does not check theirs)."""

ZERO_AMOUNT_TCS: frozenset[int] = frozenset(
    {
        TC.ESTABLISH,
        TC.NAME_CHANGE,
        TC.ADDRESS_CHANGE,
        TC.EXAM_OPENED,
        TC.EXAM_CLOSED,
        TC.CREDIT_HOLD,
        TC.CREDIT_HOLD_RELEASED,
        TC.MISC_ACTION,
    }
)
"""TCs whose card amount must be zero (RULEBOOK §5, U05)."""

NEEDS_RETURN_TCS: frozenset[int] = frozenset(
    {
        TC.ADDITIONAL_TAX,
        TC.ABATEMENT,
        TC.EXAM_OPENED,
        TC.EXAM_CLOSED,
        TC.CREDIT_HOLD,
        TC.CREDIT_HOLD_RELEASED,
        TC.MISC_ACTION,
    }
)
"""TCs that need an existing module with a return posted (U06)."""

CREATES_MODULE_TCS: frozenset[int] = frozenset(
    {
        TC.RETURN_FILED,
        TC.PAYMENT_WITH_RETURN,
        TC.LATER_PAYMENT,
        TC.REFUNDABLE_CREDIT,
        TC.WITHHOLDING,
    }
)
"""TCs that create their module when absent (U07 when the table is full)."""

CREDIT_TCS: frozenset[int] = frozenset(
    {TC.PAYMENT_WITH_RETURN, TC.LATER_PAYMENT, TC.REFUNDABLE_CREDIT, TC.WITHHOLDING}
)

REPORT_TCS: tuple[TransactionCode, ...] = tuple(
    sorted(set(TransactionCode), key=lambda code: code.value)
)
"""The fixed row list of the control report (RULEBOOK §8), ascending."""

ACTION_FREEZE_A = 10
"""TC 971 action code that sets freeze A (TRANSREC 88 TR-ACTION-FREEZE-A)."""


class UnpostableCode(Enum):
    """Unpostable codes in the order the checks run (RULEBOOK §5); value = (UPC, reason)."""

    OUT_OF_SEQUENCE = ("U09", "OUT OF SEQUENCE")
    INVALID_DATA = ("U05", "INVALID DATA")
    INVALID_TC = ("U04", "INVALID TRANSACTION CODE")
    TIN_ON_FILE = ("U03", "TIN ALREADY ON FILE")
    TIN_NOT_ON_FILE = ("U01", "TIN NOT ON FILE")
    NAME_CONTROL_MISMATCH = ("U02", "NAME CONTROL MISMATCH")
    NO_RETURN_POSTED = ("U06", "NO MODULE OR NO RETURN POSTED")
    MODULE_TABLE_FULL = ("U07", "MODULE TABLE FULL")
    ABATEMENT_EXCEEDS = ("U08", "ABATEMENT EXCEEDS ASSESSMENT")
    FIELD_OVERFLOW = ("U10", "FIELD OVERFLOW")

    @property
    def upc(self) -> str:
        return self.value[0]

    @property
    def reason(self) -> str:
        return self.value[1]


UPC = UnpostableCode

REPORT_UPCS: tuple[UnpostableCode, ...] = tuple(sorted(UnpostableCode, key=lambda u: u.upc))
"""U01..U10, the report's row order (RULEBOOK §8)."""


class NoticeCode(Enum):
    """Balance-due notices, value = the five bytes written (RULEBOOK §2 NOTICE)."""

    CP14 = "CP14 "
    CP501 = "CP501"
    CP503 = "CP503"
    CP504 = "CP504"


class ModuleStatus(IntEnum):
    """TA-STATUS values (TAXACCT 88-levels)."""

    NONE = 0
    BALANCE_DUE = 10
    SETTLED = 12
    FIRST_NOTICE = 21
    TDA = 22
    CP501 = 54
    CP503 = 56
    CP504 = 58


class RefundMethod(Enum):
    """RF-METHOD: direct deposit or paper check (RULEBOOK §2 REFUND)."""

    DIRECT_DEPOSIT = "D"
    PAPER_CHECK = "C"


class Freeze(Enum):
    """Module freezes; value = the letter stored when set (TAXACCT 88-levels)."""

    A = "A"
    L = "L"
    R = "R"


class AbendCause(Enum):
    """Abend causes in the order they are checked (RULEBOOK §7); value = the report text."""

    CONTROL_INVALID = "CONTROL CARD INVALID"
    MASTIN_MISSING = "MASTIN MISSING"
    TRANSIN_MISSING = "TRANSIN MISSING"
    IO_ERROR = "I/O ERROR"
    """Not in the rulebook: a file that cannot be read or written (docs/posting-decisions.md,
    I/O faults); the report names file and status: ``I/O ERROR ON NOTICES STATUS 34``. An
    input that cannot be read is found by the edit passes, after the missing files and before
    the short records; an output, when it is opened or written."""
    MASTIN_SHORT = "MASTIN SHORT RECORD"
    TRANSIN_SHORT = "TRANSIN SHORT RECORD"
    MASTIN_SEQUENCE = "MASTIN OUT OF SEQUENCE"
    MASTIN_INVALID = "MASTIN INVALID RECORD"
