"""Posting one valid card to its account (RULEBOOK §5): one function per transaction code.

As in the legacy program, a card posts "all or nothing": a money rule computes its new values
first and stores them only when ``store_money`` finds that every one fits its field (else U10
and nothing changes); the rules that only set a freeze cannot fail.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from idrs_sandbox.modern.codes import (
    ACTION_FREEZE_A,
    TC,
    UPC,
    Freeze,
    ModuleStatus,
    TransactionCode,
)
from idrs_sandbox.modern.dates import due_date, expand_card_date, months_late
from idrs_sandbox.modern.model import (
    Account,
    ControlCard,
    EntityCard,
    Generated,
    Module,
    ModuleCard,
    ValidCard,
    new_record,
)
from idrs_sandbox.modern.money import (
    AMOUNT_FLOOR,
    AMOUNT_LIMIT,
    PENALTY_FLOOR,
    PENALTY_LIMIT,
    ZERO,
    rounded,
)
from idrs_sandbox.modern.namecontrol import name_control

FREEZE_A_SET, FREEZE_L_SET, FREEZE_R_SET = Freeze.A.value, Freeze.L.value, Freeze.R.value
FREEZE_CLEAR = " "
"""The freeze bytes the run writes (TAXACCT 88-levels TA-FREEZE-x-SET / -CLEAR)."""

FTF_RATE_PER_MONTH = Decimal("0.05")
FTF_MAX_MONTHS = 5

NO_GENERATED: tuple[Generated, ...] = ()

_RETURN_FILED = TC.RETURN_FILED
"""Bound once: reading a member off an enum class costs about 0.2 µs in Python 3.11 (issue 13,
session 6), and every module-level card that posts is compared with it. The members below are
bound for the same reason: each is read for every card of its TC."""
_DUPLICATE_RETURN, _FTF_PENALTY = TC.DUPLICATE_RETURN, TC.FTF_PENALTY
_EXAM_OPENED, _EXAM_CLOSED = TC.EXAM_OPENED, TC.EXAM_CLOSED
_CREDIT_HOLD, _CREDIT_HOLD_RELEASED = TC.CREDIT_HOLD, TC.CREDIT_HOLD_RELEASED
_BALANCE_DUE = ModuleStatus.BALANCE_DUE


Posted = tuple[Account, TransactionCode, tuple[Generated, ...]]
"""A card that posted: the account as it now stands, the TC the card counts as (976 for a
duplicate return) and the TCs it generated. A plain tuple: built in C, unpacked at once."""


def balance_of(module: Module) -> Decimal:
    """BALANCE = TAX-ASSESSED + FTF-PENALTY + FTP-PENALTY + INTEREST − CREDITS (RULEBOOK §2)."""
    return (
        module.tax_assessed
        + module.ftf_penalty
        + module.ftp_penalty
        + module.interest
        - module.credits
    )


def set_status(module: Module, status: ModuleStatus, run_cycle: int) -> None:
    """STATUS and STATUS-CYCLE change only when the status actually changes (RULEBOOK §5)."""
    if module.status != status:
        module.status = status
        module.status_cycle = run_cycle


# --- entity transactions (they change the account, never fail) -------------------------------


def establish_account(card: EntityCard, control: ControlCard) -> Account:
    """TC 000: a new account in empty form; the card's name control is ignored.

    Replaces POSTING.cbl 3100-POST-ESTABLISH.
    """
    return Account(
        tin=card.tin,
        name_control=name_control(card.name_line),
        name_line=card.name_line,
        state=card.state,
        zip=card.zip,
        established_cycle=control.run_cycle,
        last_update_cycle=control.run_cycle,
    )


def change_name(account: Account, card: EntityCard) -> None:
    """TC 013: new name line and name control; the card's state and zip are ignored.

    Replaces POSTING.cbl 3200-POST-NAME-CHANGE.
    """
    account.name_line = card.name_line
    account.name_control = name_control(card.name_line)


def change_address(account: Account, card: EntityCard) -> None:
    """TC 014: new street and city. Replaces POSTING.cbl 3300-POST-ADDRESS."""
    account.street = card.street
    account.city = card.city


# --- module transactions: each changes its module and says which TC it posted as ------------


def ftf_penalty(tax_period: int, return_date: int, assessed: Decimal, credits: Decimal) -> Decimal:
    """Failure-to-file penalty (TC 166, RULEBOOK §6): 5 % of max(0, TAX-ASSESSED − CREDITS)
    per month late (30/360, rounded up) from the due date to the return date, at most five
    months; ROUNDED to cents.

    Replaces POSTING.cbl 3500-POST-RETURN (the FTF computation).
    """
    months = min(months_late(due_date(tax_period), return_date), FTF_MAX_MONTHS)
    return rounded(max(ZERO, assessed - credits) * FTF_RATE_PER_MONTH * months)


def store_money(work: Module, assessed: Decimal, credits: Decimal, ftf: Decimal) -> bool:
    """Store a money TC's new TAX-ASSESSED, CREDITS and FTF-PENALTY and the BALANCE of the
    invariant, all four re-stored as computed results; False (U10, nothing stored) when one
    does not fit its field.

    Replaces POSTING.cbl 3800-STORE-MONEY.
    """
    balance = assessed + ftf + work.ftp_penalty + work.interest - credits
    # A value the module holds already fits its field (read from it, or stored after this
    # check), so only a new value is compared with its limits: a rule passes the unchanged
    # ones through (a credit changes CREDITS only), and a Decimal comparison costs more than
    # the identity test (issue 13, session 7).
    if not (
        (assessed is work.tax_assessed or AMOUNT_FLOOR < assessed < AMOUNT_LIMIT)
        and (credits is work.credits or AMOUNT_FLOOR < credits < AMOUNT_LIMIT)
        and AMOUNT_FLOOR < balance < AMOUNT_LIMIT
        and (ftf is work.ftf_penalty or PENALTY_FLOOR < ftf < PENALTY_LIMIT)
    ):
        return False
    # Each as ``money.stored(value)`` stores it: a zero becomes a new +0 (``value + ZERO``;
    # a -0 read must not survive, posting-notes P6); any other value has one packed encoding,
    # so it is stored as it is (no new Decimal for each of four fields on every money card).
    work.tax_assessed = assessed if assessed else assessed + ZERO
    work.credits = credits if credits else credits + ZERO
    work.ftf_penalty = ftf if ftf else ftf + ZERO
    work.balance = balance if balance else balance + ZERO
    return True


def post_return(work: Module, card: ModuleCard, control: ControlCard) -> ModuleResult:
    """TC 150: assess the return, then the FTF penalty; a second return posts as TC 976.

    Replaces POSTING.cbl 3500-POST-RETURN.
    """
    if work.return_posted:
        work.freeze_a = FREEZE_A_SET  # a duplicate return: no money moves (posting-notes P3)
        return _DUPLICATE_RETURN, NO_GENERATED
    assessed = work.tax_assessed + card.amount
    return_date = expand_card_date(card.trans_date)
    ftf = work.ftf_penalty  # kept unless the return is late (posting-notes P4)
    generated = NO_GENERATED
    if return_date > due_date(work.tax_period):
        ftf = ftf_penalty(work.tax_period, return_date, assessed, work.credits)
        if ftf > ZERO:
            generated = (new_record(Generated, (_FTF_PENALTY, ftf)),)
    if not store_money(work, assessed, work.credits, ftf):
        return UPC.FIELD_OVERFLOW
    work.return_date = return_date
    if work.balance > ZERO:
        set_status(work, _BALANCE_DUE, control.run_cycle)
    return _RETURN_FILED, generated


def post_additional_tax(work: Module, card: ModuleCard, control: ControlCard) -> ModuleResult:
    """TC 290: more tax; releases freeze A. Replaces POSTING.cbl 3600-POST-ADDL-TAX."""
    if not store_money(work, work.tax_assessed + card.amount, work.credits, work.ftf_penalty):
        return UPC.FIELD_OVERFLOW
    work.freeze_a = FREEZE_CLEAR
    return TC.ADDITIONAL_TAX, NO_GENERATED


def post_abatement(work: Module, card: ModuleCard, control: ControlCard) -> ModuleResult:
    """TC 291: less tax (U08 was checked). Replaces POSTING.cbl 3610-POST-ABATEMENT."""
    if not store_money(work, work.tax_assessed - card.amount, work.credits, work.ftf_penalty):
        return UPC.FIELD_OVERFLOW
    return TC.ABATEMENT, NO_GENERATED


def post_credit(work: Module, card: ModuleCard, control: ControlCard) -> ModuleResult:
    """TC 610/670/766/806: a payment or credit. Replaces POSTING.cbl 3700-POST-CREDIT."""
    if not store_money(work, work.tax_assessed, work.credits + card.amount, work.ftf_penalty):
        return UPC.FIELD_OVERFLOW
    return card.tc, NO_GENERATED


def post_exam(work: Module, card: ModuleCard, control: ControlCard) -> ModuleResult:
    """TC 420/421: exam opened / closed sets / releases freeze L (no money moves).

    Replaces POSTING.cbl 3400-POST-TO-MODULE (WHEN TR-TC-EXAM-OPEN / -CLOSED).
    """
    if card.tc == _EXAM_OPENED:
        work.freeze_l = FREEZE_L_SET
        return _EXAM_OPENED, NO_GENERATED
    work.freeze_l = FREEZE_CLEAR
    return _EXAM_CLOSED, NO_GENERATED


def post_credit_hold(work: Module, card: ModuleCard, control: ControlCard) -> ModuleResult:
    """TC 570/571: credit hold / released sets / releases freeze R (no money moves).

    Replaces POSTING.cbl 3400-POST-TO-MODULE (WHEN TR-TC-HOLD / -RELEASE).
    """
    if card.tc == _CREDIT_HOLD:
        work.freeze_r = FREEZE_R_SET
        return _CREDIT_HOLD, NO_GENERATED
    work.freeze_r = FREEZE_CLEAR
    return _CREDIT_HOLD_RELEASED, NO_GENERATED


def post_misc_action(work: Module, card: ModuleCard, control: ControlCard) -> ModuleResult:
    """TC 971: action code 010 sets freeze A, any other posts with no effect.

    Replaces POSTING.cbl 3400-POST-TO-MODULE (WHEN TR-TC-MISC).
    """
    if int(card.action_code) == ACTION_FREEZE_A:
        work.freeze_a = FREEZE_A_SET
    return TC.MISC_ACTION, NO_GENERATED


ModuleResult = tuple[TransactionCode, tuple[Generated, ...]] | UPC
"""The TC a card posted as and the TCs it generated, or U10."""
ModuleRule = Callable[[Module, ModuleCard, ControlCard], ModuleResult]

MODULE_RULES: dict[TransactionCode, ModuleRule] = {
    TC.RETURN_FILED: post_return,
    TC.ADDITIONAL_TAX: post_additional_tax,
    TC.ABATEMENT: post_abatement,
    TC.EXAM_OPENED: post_exam,
    TC.EXAM_CLOSED: post_exam,
    TC.CREDIT_HOLD: post_credit_hold,
    TC.CREDIT_HOLD_RELEASED: post_credit_hold,
    TC.PAYMENT_WITH_RETURN: post_credit,
    TC.LATER_PAYMENT: post_credit,
    TC.REFUNDABLE_CREDIT: post_credit,
    TC.WITHHOLDING: post_credit,
    TC.MISC_ACTION: post_misc_action,
}
"""The module-level TCs of RULEBOOK §5 and the rule that posts each."""


def insert_module(account: Account, module: Module) -> None:
    """Insert a new module where it keeps the tax periods ascending.

    Replaces POSTING.cbl 3900-INSERT-MODULE.
    """
    modules, tax_period = account.modules, module.tax_period
    position = 0
    for existing in modules:  # a loop, not sum() over a generator: half the cost
        if existing.tax_period < tax_period:
            position += 1
    modules.insert(position, module)


def post_to_module(
    account: Account, module: Module | None, card: ModuleCard, control: ControlCard
) -> Posted | UPC:
    """Post a module-level card to ``module``, the one validation found for its tax period
    (``None``: a new one), all or nothing: a rule stores nothing until ``store_money`` has
    accepted every new value, so on U10 the module is as it was (POSTING.cbl gets the same from
    its work module WM-MODULE).

    Replaces POSTING.cbl 3400-POST-TO-MODULE.
    """
    new_module = module is None
    if module is None:
        module = Module(tax_period=card.tax_period)  # 7700-EMPTY-WORK-MODULE
    result = MODULE_RULES[card.tc](module, card, control)
    if not isinstance(result, tuple):  # U10 (an enum: a failing isinstance on it is slow)
        return result  # nothing was stored, and a new module is not inserted
    posted_tc, generated = result
    module.last_tc = posted_tc
    module.last_activity = card.trans_date  # the card's six date bytes, as they are
    if posted_tc == _RETURN_FILED:
        account.filing_status = card.filing_status
        account.bank_rtn = card.bank_rtn
        account.bank_acct = card.bank_acct
    if new_module:
        insert_module(account, module)
    account.last_update_cycle = control.run_cycle
    return account, posted_tc, generated


def post_card(
    account: Account | None, module: Module | None, card: ValidCard, control: ControlCard
) -> Posted | UPC:
    """Post a validated card: entity TCs change the account, all others one module (``module``,
    the one validation found, or ``None`` for a new one).

    Replaces POSTING.cbl 3000-POST.
    """
    if isinstance(card, ModuleCard):
        if account is None:  # validation unposts it U01 first; a programming error here
            raise ValueError(f"TC {card.tc:03d} for TIN {card.tin} without an account")
        return post_to_module(account, module, card, control)
    if card.tc == TC.ESTABLISH:
        return establish_account(card, control), TC.ESTABLISH, NO_GENERATED
    if account is None:
        raise ValueError(f"TC {card.tc:03d} for TIN {card.tin} without an account")
    if card.tc == TC.NAME_CHANGE:
        change_name(account, card)
    else:
        change_address(account, card)
    account.last_update_cycle = control.run_cycle
    return account, card.tc, NO_GENERATED
