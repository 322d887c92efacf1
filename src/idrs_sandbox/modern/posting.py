"""Posting one valid card to its account (RULEBOOK §5): one function per transaction code.

Every function is pure: it returns a new account (and new modules) and never changes the one it
was given, so a card that turns out unpostable (U10) leaves nothing behind (“all or nothing”).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from idrs_sandbox.modern.codes import ACTION_FREEZE_A, TC, UPC, ModuleStatus, TransactionCode
from idrs_sandbox.modern.dates import days_360, due_date, expand_card_date, months_late
from idrs_sandbox.modern.model import Account, ControlCard, Generated, Module, Transaction
from idrs_sandbox.modern.money import AMOUNT_LIMIT, PENALTY_LIMIT, ZERO, fits, rounded
from idrs_sandbox.modern.namecontrol import name_control

FTF_RATE_PER_MONTH = Decimal("0.05")
FTF_MAX_MONTHS = 5


@dataclass(frozen=True, slots=True)
class Posted:
    """A card that posted: the account after it, the TC it counts as, and generated TCs."""

    account: Account
    tc: TransactionCode
    generated: tuple[Generated, ...] = ()


@dataclass(frozen=True, slots=True)
class ModuleChange:
    """What a module-level TC did: the new module, the TC it posts as, generated TCs."""

    module: Module
    tc: TransactionCode
    generated: tuple[Generated, ...] = ()


def balance_of(module: Module) -> Decimal:
    """BALANCE = TAX-ASSESSED + FTF-PENALTY + FTP-PENALTY + INTEREST − CREDITS (RULEBOOK §2)."""
    return (
        module.tax_assessed
        + module.ftf_penalty
        + module.ftp_penalty
        + module.interest
        - module.credits
    )


def rebalanced(module: Module) -> Module:
    return replace(module, balance=balance_of(module))


def with_status(module: Module, status: ModuleStatus, run_cycle: int) -> Module:
    """STATUS and STATUS-CYCLE change only when the status actually changes (RULEBOOK §5)."""
    if module.status == status:
        return module
    return replace(module, status=status, status_cycle=run_cycle)


def fits_its_fields(module: Module) -> bool:
    """U10: the new TAX-ASSESSED, CREDITS, FTF-PENALTY and BALANCE fit their PICs."""
    return (
        fits(module.tax_assessed, AMOUNT_LIMIT)
        and fits(module.credits, AMOUNT_LIMIT)
        and fits(module.ftf_penalty, PENALTY_LIMIT)
        and fits(module.balance, AMOUNT_LIMIT)
    )


# --- entity transactions ------------------------------------------------------------------


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


def change_name(account: Account, card: Transaction) -> Account:
    """TC 013: new name line and name control; the card's state and zip are ignored.

    Replaces POSTING.cbl 3010-POST-NAME-CHANGE.
    """
    return replace(account, name_line=card.name_line, name_control=name_control(card.name_line))


def change_address(account: Account, card: Transaction) -> Account:
    """TC 014: new street and city. Replaces POSTING.cbl 3020-POST-ADDRESS."""
    return replace(account, street=card.street, city=card.city)


# --- module transactions ------------------------------------------------------------------


def ftf_penalty(module: Module) -> Decimal:
    """Failure-to-file penalty once the return has posted (RULEBOOK §6, TC 166).

    base = max(0, TAX-ASSESSED − CREDITS); 5 % per month late (30/360, rounded up), at most
    five months; ROUNDED to cents.

    Replaces POSTING.cbl 3110-ASSESS-FTF.
    """
    months = min(months_late(due_date(module.tax_period), module.return_date), FTF_MAX_MONTHS)
    base = max(ZERO, module.tax_assessed - module.credits)
    return rounded(base * FTF_RATE_PER_MONTH * months)


def is_late_return(module: Module) -> bool:
    return days_360(due_date(module.tax_period), module.return_date) > 0


def post_return(module: Module, card: Transaction, control: ControlCard) -> ModuleChange:
    """TC 150: assess the return, then the FTF penalty; a second return posts as TC 976.

    Replaces POSTING.cbl 3100-POST-RETURN.
    """
    if module.return_posted:
        return ModuleChange(replace(module, freeze_a=True), TC.DUPLICATE_RETURN)
    assert card.amount is not None and card.trans_date is not None
    filed = replace(
        module,
        tax_assessed=module.tax_assessed + card.amount,
        return_date=expand_card_date(card.trans_date),
    )
    generated: tuple[Generated, ...] = ()
    if is_late_return(filed):
        penalty = ftf_penalty(filed)
        filed = replace(filed, ftf_penalty=penalty)
        if penalty > 0:
            generated = (Generated(TC.FTF_PENALTY, penalty),)
    filed = rebalanced(filed)
    if filed.balance > 0:
        filed = with_status(filed, ModuleStatus.BALANCE_DUE, control.run_cycle)
    return ModuleChange(filed, TC.RETURN_FILED, generated)


def post_additional_tax(module: Module, amount: Decimal) -> Module:
    """TC 290: more tax; releases freeze A. Replaces POSTING.cbl 3200-POST-ADDITIONAL-TAX."""
    return rebalanced(replace(module, tax_assessed=module.tax_assessed + amount, freeze_a=False))


def post_abatement(module: Module, amount: Decimal) -> Module:
    """TC 291: less tax. Replaces POSTING.cbl 3210-POST-ABATEMENT."""
    return rebalanced(replace(module, tax_assessed=module.tax_assessed - amount))


def post_credit(module: Module, amount: Decimal) -> Module:
    """TC 610/670/766/806: a payment or credit. Replaces POSTING.cbl 3300-POST-CREDIT."""
    return rebalanced(replace(module, credits=module.credits + amount))


def post_misc_action(module: Module, action_code: int) -> Module:
    """TC 971: action 010 sets freeze A, any other posts with no effect.

    Replaces POSTING.cbl 3400-POST-MISC-ACTION.
    """
    return replace(module, freeze_a=True) if action_code == ACTION_FREEZE_A else module


def post_exam(module: Module, opened: bool) -> Module:
    """TC 420/421: exam opened / closed sets / releases freeze L.

    Replaces POSTING.cbl 3500-POST-EXAM.
    """
    return replace(module, freeze_l=opened)


def post_credit_hold(module: Module, held: bool) -> Module:
    """TC 570/571: credit hold / released sets / releases freeze R.

    Replaces POSTING.cbl 3510-POST-CREDIT-HOLD.
    """
    return replace(module, freeze_r=held)


def change_module(module: Module, card: Transaction, tc: int, control: ControlCard) -> ModuleChange:
    """Dispatch a module-level TC to its rule."""
    assert card.amount is not None
    if tc == TC.RETURN_FILED:
        return post_return(module, card, control)
    if tc == TC.ADDITIONAL_TAX:
        return ModuleChange(post_additional_tax(module, card.amount), TC(tc))
    if tc == TC.ABATEMENT:
        return ModuleChange(post_abatement(module, card.amount), TC(tc))
    if tc == TC.MISC_ACTION:
        return ModuleChange(post_misc_action(module, int(card.action_code)), TC(tc))
    if tc in (TC.EXAM_OPENED, TC.EXAM_CLOSED):
        return ModuleChange(post_exam(module, tc == TC.EXAM_OPENED), TC(tc))
    if tc in (TC.CREDIT_HOLD, TC.CREDIT_HOLD_RELEASED):
        return ModuleChange(post_credit_hold(module, tc == TC.CREDIT_HOLD), TC(tc))
    return ModuleChange(post_credit(module, card.amount), TC(tc))


def with_module(modules: list[Module], module: Module) -> list[Module]:
    """The module list with ``module`` replacing its tax period's slot, or inserted in order."""
    kept = [m for m in modules if m.tax_period != module.tax_period]
    kept.append(module)
    kept.sort(key=lambda m: m.tax_period)
    return kept


def stamped(module: Module, tc: TransactionCode, card: Transaction) -> Module:
    """LAST-TC and LAST-ACTIVITY (the card's date bytes as they are) of a posted card."""
    assert card.trans_date is not None
    return replace(module, last_tc=tc, last_activity=card.trans_date)


def post_to_module(
    account: Account, card: Transaction, tc: int, control: ControlCard
) -> Posted | UPC:
    """Post a module-level card, all or nothing (U10 when a new value does not fit).

    Replaces POSTING.cbl 2300-POST-TO-MODULE.
    """
    assert card.tax_period is not None
    module = account.module_for(card.tax_period) or Module(tax_period=card.tax_period)
    change = change_module(module, card, tc, control)
    if not fits_its_fields(change.module):
        return UPC.FIELD_OVERFLOW
    new_module = stamped(change.module, change.tc, card)
    new_account = replace(
        account,
        modules=with_module(account.modules, new_module),
        last_update_cycle=control.run_cycle,
    )
    return Posted(new_account, change.tc, change.generated)


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
        changed = change_name(account, card)
    elif tc == TC.ADDRESS_CHANGE:
        changed = change_address(account, card)
    else:
        return post_to_module(account, card, tc, control)
    return Posted(replace(changed, last_update_cycle=control.run_cycle), TC(tc))
