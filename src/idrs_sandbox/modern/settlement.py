"""End-of-account processing (RULEBOOK §6): notices with interest and FTP, settlement, offsets
and refunds, in one pass over the modules of every account written to MASTOUT.

The amounts are pure functions of the module's values; the account, owned by the run at this
point, is then changed in place, the way POSTING.cbl changes its master record area.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from functools import cache
from operator import mul

from idrs_sandbox.modern.codes import TC, ModuleStatus, NoticeCode, RefundMethod
from idrs_sandbox.modern.dates import (
    cycles_since,
    days_360,
    due_date,
    months_late,
    respond_by,
)
from idrs_sandbox.modern.model import (
    NO_NOTICE,
    Account,
    ControlCard,
    Generated,
    Module,
    Notice,
    Refund,
    new_record,
)
from idrs_sandbox.modern.money import (
    AMOUNT_LIMIT,
    ONE_DOLLAR,
    PENALTY_LIMIT,
    RATE_QUANTUM,
    ZERO,
    fits,
    rounded,
    truncated,
)
from idrs_sandbox.modern.posting import balance_of, set_status
from idrs_sandbox.modern.validation import is_digits

DAYS_PER_YEAR = 360
FTP_RATE_PER_MONTH = Decimal("0.005")
FTP_MAX_RATE = Decimal("0.25")
NOTICE_INTERVAL_CYCLES = 5
ABA_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7, 1)

NEXT_NOTICE: dict[str, tuple[NoticeCode, ModuleStatus]] = {
    NO_NOTICE: (NoticeCode.CP14, ModuleStatus.FIRST_NOTICE),
    NoticeCode.CP14.value: (NoticeCode.CP501, ModuleStatus.CP501),
    NoticeCode.CP501.value: (NoticeCode.CP503, ModuleStatus.CP503),
    NoticeCode.CP503.value: (NoticeCode.CP504, ModuleStatus.CP504),
}
"""The notice stream, by LAST-NOTICE: blank → CP14 → CP501 → CP503 → CP504 (RULEBOOK §6)."""

END_OF_STREAM = NoticeCode.CP504.value
"""After CP504 no notice: status 22. Any other LAST-NOTICE text gets nothing (posting-notes E3)."""

_BALANCE_DUE, _SETTLED = ModuleStatus.BALANCE_DUE, ModuleStatus.SETTLED
"""Bound once: reading a member off an enum class costs about 0.2 µs in Python 3.11 (its
``EnumType.__getattr__``; issue 13, session 6), and settlement tests them for every module."""


@dataclass(slots=True)
class Settlement:
    """What end-of-account processing produced for one account."""

    notices: list[Notice] = field(default_factory=list)
    refunds: list[Refund] = field(default_factory=list)
    generated: list[Generated] = field(default_factory=list)
    overflows: int = 0


@dataclass(slots=True)
class Assessment:
    """Interest and FTP assessed before a notice, as work fields (RULEBOOK §6)."""

    interest: Decimal
    interest_this: Decimal
    interest_date: int
    ftp_penalty: Decimal
    ftp_this: Decimal
    balance: Decimal

    def fits(self) -> bool:
        """New INTEREST, FTP-PENALTY and BALANCE must fit, or nothing changes this week."""
        return (
            fits(self.interest, PENALTY_LIMIT)
            and fits(self.ftp_penalty, PENALTY_LIMIT)
            and fits(self.balance, AMOUNT_LIMIT)
        )


# --- interest and failure-to-pay ------------------------------------------------------------


@cache
def daily_rate(annual_rate: Decimal) -> Decimal:
    """INTEREST-RATE / 360 stored in a PIC V9(8) work field: truncated to eight decimals."""
    return (annual_rate / DAYS_PER_YEAR).quantize(RATE_QUANTUM, rounding=ROUND_DOWN)


def interest_days(module: Module, run_date: int) -> int:
    """Days of interest: D(max(INTEREST-DATE, due date), run date), 30/360."""
    start = max(module.interest_date, due_date(module.tax_period))
    return days_360(start, run_date)


def interest_due(balance: Decimal, annual_rate: Decimal, days: int) -> Decimal:
    """Interest (TC 196) = BALANCE × daily rate × days, truncated to cents (RULEBOOK §6).

    Replaces POSTING.cbl 5300-ASSESS (interest).
    """
    return truncated(balance * daily_rate(annual_rate) * days)


def ftp_allowed(tax_assessed: Decimal, months: int) -> Decimal:
    """FTP allowed so far = TAX-ASSESSED × min(0.5 % × months, 25 %), ROUNDED."""
    return rounded(tax_assessed * min(FTP_RATE_PER_MONTH * months, FTP_MAX_RATE))


def ftp_due(tax_period: int, tax_assessed: Decimal, ftp_penalty: Decimal, run_date: int) -> Decimal:
    """This week's failure-to-pay penalty (TC 276): allowed − FTP-PENALTY when positive.

    Replaces POSTING.cbl 5300-ASSESS (FTP).
    """
    months = months_late(due_date(tax_period), run_date)
    return max(ZERO, ftp_allowed(tax_assessed, months) - ftp_penalty)


def assess_for_notice(module: Module, control: ControlCard) -> Assessment:
    """Interest (on the balance before this week's FTP), then FTP, up to the run date.

    Replaces POSTING.cbl 5300-ASSESS.
    """
    days = interest_days(module, control.run_date)
    interest_this = ZERO
    interest_date = module.interest_date
    if days > 0:
        interest_this = interest_due(module.balance, control.interest_rate, days)
        interest_date = control.run_date
    ftp_this = ftp_due(module.tax_period, module.tax_assessed, module.ftp_penalty, control.run_date)
    interest = module.interest + interest_this
    ftp_penalty = module.ftp_penalty + ftp_this
    return Assessment(
        interest=interest,
        interest_this=interest_this,
        interest_date=interest_date,
        ftp_penalty=ftp_penalty,
        ftp_this=ftp_this,
        # The invariant on the new values (not the stored BALANCE plus this week's amounts).
        balance=module.tax_assessed + module.ftf_penalty + ftp_penalty + interest - module.credits,
    )


# --- notices --------------------------------------------------------------------------------


def is_notice_candidate(module: Module) -> bool:
    """Balance due, return posted, freezes A and L clear: the notice step applies."""
    return (
        module.balance > ZERO and module.return_posted and not (module.frozen_a or module.frozen_l)
    )


def is_notice_due(module: Module, run_cycle: int) -> bool:
    """A notice is due when none was sent or 5 cycles have passed (RULEBOOK §6)."""
    if module.status == _BALANCE_DUE and module.status_cycle == run_cycle:
        return False
    if module.last_notice == NO_NOTICE:
        return True
    return cycles_since(module.notice_cycle, run_cycle) >= NOTICE_INTERVAL_CYCLES


def notice_for(
    account: Account, module: Module, code: NoticeCode, control: ControlCard, done: Assessment
) -> Notice:
    # In Notice's field order, built by tuple.__new__ (model.new_record: a NamedTuple's own
    # __new__ is a Python function, and keywords make it dearer still).
    return new_record(
        Notice,
        (
            account.tin,
            code,
            module.tax_period,
            account.name_line,
            account.street,
            account.city,
            account.state,
            account.zip,
            done.balance,  # balance_due
            done.ftp_this,
            done.interest_this,
            control.run_cycle,
            respond_by(control.run_date),
        ),
    )


def notice_step(account: Account, module: Module, control: ControlCard, result: Settlement) -> None:
    """Step 1: the next notice of the stream, with this week's interest and FTP.

    Replaces POSTING.cbl 5200-NOTICE-STEP.
    """
    if not is_notice_due(module, control.run_cycle):
        return
    if module.last_notice == END_OF_STREAM:
        set_status(module, ModuleStatus.TDA, control.run_cycle)
        return
    if module.last_notice not in NEXT_NOTICE:
        return
    code, status = NEXT_NOTICE[module.last_notice]
    done = assess_for_notice(module, control)
    if not done.fits():
        result.overflows += 1
        return
    # Each ``money.stored(value)`` written out (a new value, a zero always +0): three calls on
    # every notice cost more than the additions (issue 13, session 7).
    module.interest, module.interest_date = done.interest + ZERO, done.interest_date
    module.ftp_penalty, module.balance = done.ftp_penalty + ZERO, done.balance + ZERO
    module.last_notice, module.notice_cycle = code.value, control.run_cycle
    set_status(module, status, control.run_cycle)
    if done.interest_this > ZERO:
        result.generated.append(new_record(Generated, (TC.INTEREST, done.interest_this)))
    if done.ftp_this > ZERO:
        result.generated.append(new_record(Generated, (TC.FTP_PENALTY, done.ftp_this)))
    result.notices.append(notice_for(account, module, code, control, done))


# --- settlement, offsets and refunds ----------------------------------------------------------


def settle(module: Module, control: ControlCard) -> None:
    """Entering status 12 clears the notice stream and restarts interest from the run date.

    Replaces POSTING.cbl 5800-SET-STATUS (entering status 12).
    """
    if module.status == _SETTLED:
        return
    module.status, module.status_cycle = _SETTLED, control.run_cycle
    module.last_notice, module.notice_cycle = NO_NOTICE, 0
    module.interest_date = control.run_date


_DIGIT_VALUE = {str(digit): digit for digit in range(10)}.__getitem__
"""The value of an ASCII digit character."""


def is_aba_valid(routing: str) -> bool:
    """ABA check: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10), not all zeros.

    Replaces POSTING.cbl 7600-ABA-CHECK.
    """
    if not is_digits(routing) or len(routing) != len(ABA_WEIGHTS) or int(routing) == 0:
        return False
    # Both maps in C, the digits read from a table: a quarter of the cost of a generator of
    # int() calls (issue 13, session 7); the lengths were checked above.
    total: int = sum(map(mul, ABA_WEIGHTS, map(_DIGIT_VALUE, routing)))
    return total % 10 == 0


def refund_method(account: Account) -> RefundMethod:
    """Direct deposit with a valid routing number and an account number, else a paper check."""
    if is_aba_valid(account.bank_rtn) and account.bank_acct.strip():
        return RefundMethod.DIRECT_DEPOSIT
    return RefundMethod.PAPER_CHECK


def refund_for(account: Account, module: Module, amount: Decimal, control: ControlCard) -> Refund:
    """A refund order (TC 846). Replaces POSTING.cbl 5600-REFUND."""
    method = refund_method(account)
    direct = method is RefundMethod.DIRECT_DEPOSIT
    return new_record(  # in Refund's field order (see notice_for)
        Refund,
        (
            account.tin,
            module.tax_period,
            amount,
            method,
            account.bank_rtn if direct else "000000000",
            account.bank_acct if direct else "",
            account.name_line,
            account.street,
            account.city,
            account.state,
            account.zip,
            control.run_cycle,
        ),
    )


def is_offset_source(module: Module) -> bool:
    return (
        module.balance < ZERO
        and module.return_posted
        and not (module.frozen_a or module.frozen_l or module.frozen_r)
    )


def move_credit(module: Module, amount: Decimal, control: ControlCard) -> None:
    """CREDITS += amount; a module whose balance becomes 0 here is settled at once."""
    module.credits = module.credits + amount + ZERO  # money.stored, written out (notice_step)
    module.balance = balance_of(module) + ZERO
    if module.balance == ZERO:
        settle(module, control)


def offset_and_refund(
    account: Account, source: Module, control: ControlCard, result: Settlement
) -> None:
    """Step 3: offset a credit to the other modules (TC 826/706), refund the rest (TC 846).

    Replaces POSTING.cbl 5500-OFFSET-AND-REFUND and 5510-OFFSET-ONE.
    """
    credit = -source.balance
    for target in account.modules:
        if target is source or target.balance <= ZERO or credit <= ZERO:
            continue
        taken = min(credit, target.balance)
        if not fits(target.credits + taken, AMOUNT_LIMIT):
            # posting-notes E7: an offset that would overflow the target's CREDITS is skipped
            # and counted as an assessment overflow.
            result.overflows += 1
            continue
        move_credit(target, taken, control)
        move_credit(source, -taken, control)
        result.generated.extend(
            (
                new_record(Generated, (TC.OFFSET_OUT, taken)),
                new_record(Generated, (TC.OFFSET_IN, taken)),
            )
        )
        credit -= taken
    if credit >= ONE_DOLLAR:
        result.refunds.append(refund_for(account, source, credit, control))
        result.generated.append(new_record(Generated, (TC.REFUND, credit)))
        move_credit(source, -credit, control)


def settle_account(account: Account, control: ControlCard) -> Settlement:
    """End-of-account processing: one pass over the modules, each judged when reached.

    Replaces POSTING.cbl 5000-END-OF-ACCOUNT and 5100-JUDGE-MODULE.
    """
    result = Settlement()
    for module in account.modules:
        # Each rule is asked only where the sign of BALANCE lets it apply (a notice candidate
        # has a balance due, an offset source a credit): a call saved per module, the same
        # outcome (issue 13, session 7).
        balance = module.balance
        if balance > ZERO:
            if is_notice_candidate(module):
                notice_step(account, module, control, result)
        elif balance == ZERO:
            if module.return_posted:
                settle(module, control)
        elif is_offset_source(module):
            offset_and_refund(account, module, control, result)
    return result
