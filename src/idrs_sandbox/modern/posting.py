"""Posting one valid card to its account (RULEBOOK §5): one function per transaction code.

As in the legacy program, a card posts "all or nothing": the module rules work on a *work copy*
of the module (POSTING.cbl's work fields), and the account is changed only when every new value
fits its field (else U10 and nothing changes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from idrs_sandbox.modern.codes import ACTION_FREEZE_A, TC, UPC, ModuleStatus, TransactionCode
from idrs_sandbox.modern.dates import due_date, expand_card_date, months_late
from idrs_sandbox.modern.model import Account, ControlCard, Generated, Module, Transaction
from idrs_sandbox.modern.money import AMOUNT_LIMIT, PENALTY_LIMIT, ZERO, fits, rounded
from idrs_sandbox.modern.namecontrol import name_control

FTF_RATE_PER_MONTH = Decimal("0.05")
FTF_MAX_MONTHS = 5

NO_GENERATED: tuple[Generated, ...] = ()


@dataclass(slots=True)
class Posted:
    """A card that posted: the TC it counts as (976 for a duplicate return) and generated TCs."""

    account: Account
    tc: TransactionCode
    generated: tuple[Generated, ...] = NO_GENERATED


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


def fits_its_fields(module: Module) -> bool:
    """U10: the new TAX-ASSESSED, CREDITS, FTF-PENALTY and BALANCE fit their PICs."""
    return (
        fits(module.tax_assessed, AMOUNT_LIMIT)
        and fits(module.credits, AMOUNT_LIMIT)
        and fits(module.ftf_penalty, PENALTY_LIMIT)
        and fits(module.balance, AMOUNT_LIMIT)
    )


# --- entity transactions (they change the account, never fail) -------------------------------


def establish_account(card: Transaction, control: ControlCard) -> Account:
    """TC 000: a new account in empty form; the card's name control is ignored.

    Replaces POSTING.cbl 3000-POST-ESTABLISH.
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


def change_name(account: Account, card: Transaction) -> None:
    """TC 013: new name line and name control; the card's state and zip are ignored.

    Replaces POSTING.cbl 3010-POST-NAME-CHANGE.
    """
    account.name_line = card.name_line
    account.name_control = name_control(card.name_line)


def change_address(account: Account, card: Transaction) -> None:
    """TC 014: new street and city. Replaces POSTING.cbl 3020-POST-ADDRESS."""
    account.street = card.street
    account.city = card.city


# --- module transactions: each changes the work copy and says which TC it posted as -----------


def ftf_penalty(tax_period: int, return_date: int, assessed: Decimal, credits: Decimal) -> Decimal:
    """Failure-to-file penalty (TC 166, RULEBOOK §6): 5 % of max(0, TAX-ASSESSED − CREDITS)
    per month late (30/360, rounded up) from the due date to the return date, at most five
    months; ROUNDED to cents.

    Replaces POSTING.cbl 3110-ASSESS-FTF.
    """
    months = min(months_late(due_date(tax_period), return_date), FTF_MAX_MONTHS)
    return rounded(max(ZERO, assessed - credits) * FTF_RATE_PER_MONTH * months)


def post_return(work: Module, card: Transaction, control: ControlCard) -> ModuleResult:
    """TC 150: assess the return, then the FTF penalty; a second return posts as TC 976.

    Replaces POSTING.cbl 3100-POST-RETURN.
    """
    if work.return_posted:
        work.freeze_a = True
        return TC.DUPLICATE_RETURN, NO_GENERATED
    assert card.amount is not None and card.trans_date is not None
    work.tax_assessed += card.amount
    work.return_date = expand_card_date(card.trans_date)
    generated = NO_GENERATED
    if work.return_date > due_date(work.tax_period):
        work.ftf_penalty = ftf_penalty(
            work.tax_period, work.return_date, work.tax_assessed, work.credits
        )
        if work.ftf_penalty > 0:
            generated = (Generated(TC.FTF_PENALTY, work.ftf_penalty),)
    work.balance = balance_of(work)
    if work.balance > 0:
        set_status(work, ModuleStatus.BALANCE_DUE, control.run_cycle)
    return TC.RETURN_FILED, generated


def post_additional_tax(work: Module, card: Transaction, control: ControlCard) -> ModuleResult:
    """TC 290: more tax; releases freeze A. Replaces POSTING.cbl 3200-POST-ADDITIONAL-TAX."""
    assert card.amount is not None
    work.tax_assessed += card.amount
    work.freeze_a = False
    work.balance = balance_of(work)
    return TC.ADDITIONAL_TAX, NO_GENERATED


def post_abatement(work: Module, card: Transaction, control: ControlCard) -> ModuleResult:
    """TC 291: less tax. Replaces POSTING.cbl 3210-POST-ABATEMENT."""
    assert card.amount is not None
    work.tax_assessed -= card.amount
    work.balance = balance_of(work)
    return TC.ABATEMENT, NO_GENERATED


def post_credit(work: Module, card: Transaction, control: ControlCard) -> ModuleResult:
    """TC 610/670/766/806: a payment or credit. Replaces POSTING.cbl 3300-POST-CREDIT."""
    assert card.amount is not None and card.tc is not None
    work.credits += card.amount
    work.balance = balance_of(work)
    return TC(card.tc), NO_GENERATED


def post_exam(work: Module, card: Transaction, control: ControlCard) -> ModuleResult:
    """TC 420/421: exam opened / closed sets / releases freeze L.

    Replaces POSTING.cbl 3500-POST-EXAM.
    """
    opened = card.tc == TC.EXAM_OPENED
    work.freeze_l = opened
    return (TC.EXAM_OPENED if opened else TC.EXAM_CLOSED), NO_GENERATED


def post_credit_hold(work: Module, card: Transaction, control: ControlCard) -> ModuleResult:
    """TC 570/571: credit hold / released sets / releases freeze R.

    Replaces POSTING.cbl 3510-POST-CREDIT-HOLD.
    """
    held = card.tc == TC.CREDIT_HOLD
    work.freeze_r = held
    return (TC.CREDIT_HOLD if held else TC.CREDIT_HOLD_RELEASED), NO_GENERATED


def post_misc_action(work: Module, card: Transaction, control: ControlCard) -> ModuleResult:
    """TC 971: action code 010 sets freeze A, any other posts with no effect.

    Replaces POSTING.cbl 3400-POST-MISC-ACTION.
    """
    if int(card.action_code) == ACTION_FREEZE_A:
        work.freeze_a = True
    return TC.MISC_ACTION, NO_GENERATED


ModuleResult = tuple[TransactionCode, tuple[Generated, ...]]
ModuleRule = Callable[[Module, Transaction, ControlCard], ModuleResult]

MODULE_RULES: dict[int, ModuleRule] = {
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


def install_module(account: Account, module: Module) -> None:
    """Put ``module`` in its tax period's slot, or insert it keeping ascending tax periods."""
    modules = account.modules
    for index, existing in enumerate(modules):
        if existing.tax_period == module.tax_period:
            modules[index] = module
            return
        if existing.tax_period > module.tax_period:
            modules.insert(index, module)
            return
    modules.append(module)


def post_to_module(
    account: Account, card: Transaction, tc: int, control: ControlCard
) -> Posted | UPC:
    """Post a module-level card on a work copy; install it only if every value fits (U10).

    Replaces POSTING.cbl 2300-POST-TO-MODULE.
    """
    assert card.tax_period is not None and card.trans_date is not None
    existing = account.module_for(card.tax_period)
    work = existing.copy() if existing is not None else Module(tax_period=card.tax_period)
    posted_tc, generated = MODULE_RULES[tc](work, card, control)
    if not fits_its_fields(work):
        return UPC.FIELD_OVERFLOW
    work.last_tc = posted_tc
    work.last_activity = card.trans_date  # the card's six date bytes, as they are
    if tc == TC.RETURN_FILED and posted_tc == TC.RETURN_FILED:
        account.filing_status = card.filing_status
        account.bank_rtn = card.bank_rtn
        account.bank_acct = card.bank_acct
    install_module(account, work)
    account.last_update_cycle = control.run_cycle
    return Posted(account, posted_tc, generated)


def post_card(
    account: Account | None, card: Transaction, tc: int, control: ControlCard
) -> Posted | UPC:
    """Post a validated card: entity TCs change the account, all others one module.

    Replaces POSTING.cbl 2200-POST-TRANSACTION.
    """
    if tc == TC.ESTABLISH:
        return Posted(establish_account(card, control), TC.ESTABLISH)
    assert account is not None
    if tc == TC.NAME_CHANGE:
        change_name(account, card)
    elif tc == TC.ADDRESS_CHANGE:
        change_address(account, card)
    else:
        return post_to_module(account, card, tc, control)
    account.last_update_cycle = control.run_cycle
    return Posted(account, TC(tc))
