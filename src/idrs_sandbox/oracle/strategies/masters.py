"""Master files (TAXACCT): accounts with modules in every status and freeze combination, notice
streams at every step and near the 5-cycle interval, credits to offset and refund
(RULEBOOK §2, §6)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from functools import cache

from hypothesis import strategies as st

from idrs_sandbox.datagen.dates import cycle_index, cycle_of_index
from idrs_sandbox.datagen.namecontrol import name_control
from idrs_sandbox.oracle.strategies.constants import (
    AMOUNT_MAX,
    CENT,
    FREEZES,
    MAX_ACCOUNTS,
    MONEY_FIELDS,
    NOTICE_STATUSES,
    NOTICE_STREAM,
    ODD_FREEZES,
    ODD_NOTICE,
    STATUSES,
    SYNTHETIC_AREAS,
)
from idrs_sandbox.oracle.strategies.dates import due_day, period_choices, yymmdd, yyyymmdd
from idrs_sandbox.oracle.strategies.entity import (
    bank_accounts,
    cities,
    master_routing_numbers,
    name_lines,
    states,
    streets,
    zips,
)
from idrs_sandbox.oracle.strategies.money import cents, money_amounts, penalties
from idrs_sandbox.oracle.strategies.values import Account, ControlCard, Module


@cache
def tins() -> st.SearchStrategy[str]:
    """Synthetic TINs: area 666 or 000, then six digits (mostly small, for readability)."""
    serial = st.one_of(st.integers(1, 40), st.integers(0, 999_999))
    return st.builds(lambda area, n: f"{area}{n:06d}", st.sampled_from(SYNTHETIC_AREAS), serial)


def draw_count(draw: st.DrawFn, maximum: int) -> int:
    """A count from 0 to ``maximum``, the larger of two draws: Hypothesis draws the simplest
    value (0) for about a third of its integers, which would leave a third of the masters and
    decks empty; the larger of two is 0 one time in nine and still shrinks to 0."""
    return max(draw(st.integers(0, maximum)), draw(st.integers(0, maximum)))


def _cycle_back(cycle: int, weeks: int) -> int:
    return cycle_of_index(max(cycle_index(cycle) - weeks, 53))


MODULE_FREEZES = ("   ",) * 4 + ("  R", *FREEZES, *ODD_FREEZES)
"""Freezes of a master module: clear a quarter of the time (notices and refunds need that),
credit hold alone more often than the others (it stops only a refund)."""


MODULE_SHAPES = (
    "any",
    "balance due",
    "balance due",
    "credit",
    "credit",
    "settled",
    "not filed",
    "near the limit",
)
"""What a master module is drawn as: anything, or a shape one rule of §6 needs (a balance due
for the notice step, a credit for offsets and refunds, a zero balance, no return, a balance
near the S9(9)V99 limit for the assessment overflow)."""
NOTICE_GAPS = st.one_of(st.sampled_from([5, 4, 6]), st.integers(0, 12))
"""Cycles since the last notice: around the 5-cycle interval, or anything up to 12."""
CLEAR_FOR_NOTICES = ("   ", "   ", "   ", "  R", "A  ", " L ", "X  ")
CLEAR_FOR_REFUNDS = ("   ", "   ", "  R", "A  ", " L ", "  *")


REFUND_EDGE_CENTS = st.sampled_from([99, 100, 101])
"""Credit left, in cents, around the refund limit of 1.00 (RULEBOOK §6 step 3), before or
after offsets."""


def draw_module(draw: st.DrawFn, control: ControlCard, tax_period: int) -> Module:
    """A module in any status and freeze: a return filed (on time or late) or not, money that
    leaves a balance due, zero or a credit (sometimes under a dollar), a notice stream at any
    step (or an unknown one) around the 5-cycle interval, interest assessed through an earlier
    date, now and then a packed −0 left by an older program (see :data:`MODULE_SHAPES`)."""
    shape = draw(st.sampled_from(MODULE_SHAPES))
    due = due_day(tax_period)
    filed = shape != "not filed" and (shape != "any" or draw(st.integers(0, 3)) > 0)
    return_day = due + dt.timedelta(days=draw(st.integers(-60, 400)))
    notice = draw(st.sampled_from(NOTICE_STREAM))
    if draw(st.integers(0, 19)) == 19:
        notice = ODD_NOTICE
    if shape == "near the limit":
        assessed = AMOUNT_MAX - cents(draw(st.integers(0, 100_000)))
        ftf = ftp = interest = Decimal("0.00")
    else:
        assessed = draw(money_amounts()) if filed else Decimal("0.00")
        ftf = draw(penalties()) if filed else Decimal("0.00")
        ftp, interest = draw(penalties()), draw(penalties())
    credits = _draw_credits(draw, shape, assessed + ftf + ftp + interest)
    status = draw(st.sampled_from((*NOTICE_STATUSES[notice], *STATUSES)))
    status_cycle = control.cycle if draw(st.integers(0, 2)) == 0 else _cycle_back(control.cycle, 9)
    module = Module(
        tax_period=tax_period,
        status=status if filed else draw(st.sampled_from([0, status])),
        status_cycle=status_cycle if status else 0,
        freezes=draw(st.sampled_from(_freezes_for(shape))),
        return_date=yyyymmdd(return_day) if filed else 0,
        assessed=assessed,
        credits=credits,
        ftf=ftf,
        ftp=ftp,
        interest=interest,
        interest_date=draw(st.sampled_from([0, yyyymmdd(due), yyyymmdd(control.run_day)])),
        last_notice=notice,
        notice_cycle=_cycle_back(control.cycle, draw(NOTICE_GAPS)) if notice.strip() else 0,
        last_tc=draw(st.sampled_from([0, 150, 806, 290])),
        last_activity=int(yymmdd(return_day)) if filed else 0,
    )
    module = _storable(module)
    if draw(st.integers(0, 9)) == 9:
        zeros = [name for name, value in _money_values(module) if value == 0]
        if zeros:
            module = replace(module, negative_zero=(draw(st.sampled_from(zeros)),))
    return module


def _freezes_for(shape: str) -> tuple[str, ...]:
    if shape in ("balance due", "near the limit"):
        return CLEAR_FOR_NOTICES
    if shape == "credit":
        return CLEAR_FOR_REFUNDS
    return MODULE_FREEZES


def _draw_credits(draw: st.DrawFn, shape: str, debits: Decimal) -> Decimal:
    """CREDITS for a module shape: below the debits (a balance due), exactly the debits
    (settled), above them (a credit, under a dollar now and then, which is kept rather than
    refunded), or any of these and any amount."""
    if shape in ("balance due", "near the limit"):
        return cents(draw(st.integers(0, max(0, int(min(debits, AMOUNT_MAX) * 100) - 1))))
    if shape == "settled":
        return min(AMOUNT_MAX, debits)
    if shape == "credit":
        # 0.99 / 1.00 / 1.01 left: kept, refunded exactly at the limit, refunded (§6 step 3).
        extra = draw(st.one_of(REFUND_EDGE_CENTS, st.integers(1, 99), st.integers(100, 300_000)))
        return min(AMOUNT_MAX, debits + cents(extra))
    kind = draw(st.sampled_from(["none", "any", "settled", "credit"]))
    if kind == "none":
        return Decimal("0.00")
    if kind == "any":
        return draw(money_amounts())
    return _draw_credits(draw, kind, debits)


@st.composite
def modules(draw: st.DrawFn, control: ControlCard, tax_period: int) -> Module:
    """Strategy of :func:`draw_module`."""
    return draw_module(draw, control, tax_period)


def _money_values(module: Module) -> list[tuple[str, Decimal]]:
    values = (module.assessed, module.credits, module.ftf, module.ftp, module.interest)
    return list(zip(MONEY_FIELDS, (*values, module.stored_balance), strict=True))


def _storable(module: Module) -> Module:
    """The module with a BALANCE that fits S9(9)V99, as the program would have stored it:
    without penalties and interest, then fully paid, when the sum would not fit."""
    if abs(module.stored_balance) > AMOUNT_MAX:
        zero = Decimal("0.00")
        module = replace(module, ftf=zero, ftp=zero, interest=zero)
    if abs(module.stored_balance) > AMOUNT_MAX:
        module = replace(module, credits=module.assessed)
    return module


def draw_account(draw: st.DrawFn, control: ControlCard, tin: str) -> Account:
    """A master account as the program writes it: name control derived from the name line,
    0-4 modules in ascending tax period, bank fields that make a direct deposit or a check
    (now and then a routing number that is not numeric, :func:`master_routing_numbers`), a
    FILLER to copy."""
    choices = period_choices(control.run_day.year)
    count = draw(st.sampled_from([0, 1, 2, 2, 3, 3, 4]))
    periods = sorted(draw(st.permutations(choices))[:count])
    line = draw(name_lines())
    drawn = tuple(draw_module(draw, control, period) for period in periods)
    if len(drawn) >= 2 and draw(st.integers(0, 2)) == 0:
        drawn = _with_offset_source(draw, drawn)
    return Account(
        tin=tin,
        name_control=name_control(line),
        name_line=line,
        street=draw(streets()),
        city=draw(cities()),
        state=draw(states()),
        zip=draw(zips()),
        filing_status=draw(st.sampled_from("1234")),
        bank_rtn=draw(master_routing_numbers()),
        bank_acct=draw(bank_accounts()),
        established_cycle=_cycle_back(control.cycle, 100),
        last_update_cycle=_cycle_back(control.cycle, draw(st.integers(1, 60))),
        modules=drawn,
        filler=draw(st.sampled_from(["", "KEEP ME", "X" * 20])),
    )


def _with_offset_source(draw: st.DrawFn, drawn: tuple[Module, ...]) -> tuple[Module, ...]:
    """One module made a credit that covers half, all or one and a half times what the other
    modules owe, plus up to 1.50 (often 0.99, 1.00 or 1.01): the offsets (TC 826/706,
    ascending TAX-PERIOD) stop part way through a module, and what is left is refunded or,
    under a dollar, kept (§6) - the refund limit met after the offsets."""
    index = draw(st.integers(0, len(drawn) - 1))
    source = drawn[index]
    owed = sum(
        (other.stored_balance for other in drawn if other is not source),
        start=Decimal("0.00"),
    )
    share = draw(st.sampled_from([Decimal("0.5"), Decimal("1"), Decimal("1.5")]))
    extra = draw(st.one_of(REFUND_EDGE_CENTS, st.integers(0, 150)))
    credit = (max(owed, Decimal("0.00")) * share).quantize(CENT) + cents(extra)
    debits = source.assessed + source.ftf + source.ftp + source.interest
    made = replace(
        source,
        return_date=source.return_date or yyyymmdd(due_day(source.tax_period)),
        freezes="   ",
        credits=min(AMOUNT_MAX, debits + credit),
        balance=None,
        negative_zero=(),  # its money changed: a −0 drawn for it may no longer be a zero
    )
    return (*drawn[:index], _storable(made), *drawn[index + 1 :])


@st.composite
def accounts(draw: st.DrawFn, control: ControlCard, tin: str) -> Account:
    """Strategy of :func:`draw_account`."""
    return draw_account(draw, control, tin)


def draw_master(draw: st.DrawFn, control: ControlCard, max_accounts: int) -> tuple[Account, ...]:
    # The count is drawn first (not list-length biased toward short lists): the end-of-account
    # rules need accounts, and they shrink away when a failure needs fewer.
    count = draw_count(draw, max_accounts)
    chosen = draw(st.lists(tins(), min_size=count, max_size=count, unique=True))
    return tuple(draw_account(draw, control, tin) for tin in sorted(chosen))


@st.composite
def master_files(
    draw: st.DrawFn, control: ControlCard, max_accounts: int = MAX_ACCOUNTS
) -> tuple[Account, ...]:
    """MASTIN: 0 to ``max_accounts`` accounts in ascending TIN order (areas 000 and 666)."""
    return draw_master(draw, control, max_accounts)
