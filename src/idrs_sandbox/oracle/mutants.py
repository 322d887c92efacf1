"""A catalog of realistic migration bugs, switched on in the modern engine one at a time.

An oracle is only worth what it catches. Each :class:`Mutant` is a mistake a team porting
POSTING.cbl to Python could plausibly make (half-even rounding, float money, calendar days,
the wrong precedence of two unpostable codes...). ``with mutant.active():`` patches one
function or constant of ``idrs_sandbox.modern`` with the buggy variant (``unittest.mock.patch``)
and undoes it afterwards: the modern engine's source stays clean.

A name is patched in *every* ``idrs_sandbox.modern`` module that holds the same object (a
function imported with ``from ... import`` is bound in the importing module too), and the
modern engine's ``functools`` caches are cleared on the way in and out, so a cached result of
the correct code never leaks into the mutant or back.

:func:`hunt` runs the oracle against a mutant: the scenario suite, then the equivalence
property (the mutated modern engine against gnucobol, or against the unmutated modern engine
when cobc is absent). ``idrs oracle mutants`` prints the table.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import pkgutil
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, suppress
from dataclasses import dataclass, field, replace
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

import idrs_sandbox.modern as modern_package

MODERN_PREFIX = "idrs_sandbox.modern."
CENT = Decimal("0.01")
SHRINK_SECONDS = 20.0
"""How long :func:`hunt` may spend reducing a killing run (replay.reduce_run); the smallest
run found by then is reported."""
CI_EXAMPLE_BUDGET = 100
"""Generated runs per mutant: the ci Hypothesis profile's max_examples (tests/conftest.py).
The catalog's target is that the oracle kills every mutant within it."""

Patcher = Callable[[], Sequence[AbstractContextManager[Any]]]


@dataclass(frozen=True)
class Mutant:
    """One migration bug: a name, what the bug is, the rule it breaks, and its patches."""

    name: str
    description: str
    rule: str
    patches: Patcher = field(repr=False, compare=False)

    @contextmanager
    def active(self) -> Iterator[Mutant]:
        """The modern engine with this bug switched on (only inside the ``with``); raises
        :class:`MutantDoesNotApply` when its target is gone from the modern engine."""
        clear_modern_caches()
        try:
            with ExitStack() as stack:
                for patch in self.patches():
                    stack.enter_context(patch)
                clear_modern_caches()
                yield self
        finally:
            clear_modern_caches()


# ---------------------------------------------------------------------------------------------
# patching helpers


def modern_modules() -> list[ModuleType]:
    """Every module of ``idrs_sandbox.modern`` (imported)."""
    names = [info.name for info in pkgutil.iter_modules(modern_package.__path__, MODERN_PREFIX)]
    return [importlib.import_module(name) for name in names]


def clear_modern_caches() -> None:
    for module in modern_modules():
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and not isinstance(value, type):  # a cache, not its class
                clear()


def _module(name: str) -> ModuleType:
    return importlib.import_module(MODERN_PREFIX + name)


class MutantDoesNotApply(Exception):
    """A mutant's target is gone from the modern engine (renamed or refactored): the catalog
    must follow (see docs/oracle.md)."""


def everywhere(module: str, name: str, replacement: object) -> list[AbstractContextManager[Any]]:
    """Patch ``module.name`` and every other modern module's binding of the same object."""
    target_module = _module(module)
    if not hasattr(target_module, name):
        raise MutantDoesNotApply(f"idrs_sandbox.modern.{module} has no {name!r}")
    original = getattr(target_module, name)
    return [
        mock.patch.object(target, name, replacement)
        for target in modern_modules()
        if getattr(target, name, None) is original
    ]


def original(module: str, name: str) -> Any:
    """The unpatched object (looked up when the patch is built, before it is entered)."""
    target_module = _module(module)
    if not hasattr(target_module, name):
        raise MutantDoesNotApply(f"idrs_sandbox.modern.{module} has no {name!r}")
    return getattr(target_module, name)


def _money(name: str, replacement: Callable[..., Decimal]) -> Patcher:
    return lambda: everywhere("money", name, replacement)


# ---------------------------------------------------------------------------------------------
# the bugs


def _half_even(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_EVEN)


def _float_ftf() -> Sequence[AbstractContextManager[Any]]:
    months_late, due_date = original("posting", "months_late"), original("posting", "due_date")

    def ftf_penalty(period: int, return_date: int, assessed: Decimal, credits: Decimal) -> Decimal:
        months = min(months_late(due_date(period), return_date), 5)
        base = max(0.0, float(assessed) - float(credits))
        return Decimal(base * 0.05 * months).quantize(CENT, rounding=ROUND_HALF_UP)

    return everywhere("posting", "ftf_penalty", ftf_penalty)


def _float_interest() -> Sequence[AbstractContextManager[Any]]:
    def interest_due(balance: Decimal, annual_rate: Decimal, days: int) -> Decimal:
        rate = float(annual_rate) / 360
        return Decimal(float(balance) * rate * days).quantize(CENT, rounding=ROUND_DOWN)

    return everywhere("settlement", "interest_due", interest_due)


def _calendar_days(start: int, end: int) -> int:
    def day(value: int) -> dt.date:
        return dt.date(value // 10000, value // 100 % 100, value % 100)

    return (day(end) - day(start)).days


def _days_360_uncapped(start: int, end: int) -> int:
    sy, sm, sd = start // 10000, start // 100 % 100, start % 100
    ey, em, ed = end // 10000, end // 100 % 100, end % 100
    return 360 * (ey - sy) + 30 * (em - sm) + (ed - sd)


def _uncut_daily_rate(annual_rate: Decimal) -> Decimal:
    return annual_rate / 360


def _rounded_interest() -> Sequence[AbstractContextManager[Any]]:
    daily_rate, rounded = original("settlement", "daily_rate"), original("money", "rounded")

    def interest_due(balance: Decimal, annual_rate: Decimal, days: int) -> Decimal:
        result: Decimal = rounded(balance * daily_rate(annual_rate) * days)
        return result

    return everywhere("settlement", "interest_due", interest_due)


def _no_century_window(yymmdd: int) -> int:
    return 20000000 + yymmdd


def _julian_leap_years(year: int) -> bool:
    return year % 4 == 0 and year % 100 != 0  # the 400-year rule forgotten: 2000 not leap


def _apostrophe_kept() -> Sequence[AbstractContextManager[Any]]:
    return _constant("namecontrol", "_DROPPED", str.maketrans("", "", ". <"))()


def _last_word_surname(name_line: str) -> str:
    words = [word for word in name_line.split(" ") if word]
    return words[-1] if words else ""


def _lowercase_kept() -> Sequence[AbstractContextManager[Any]]:
    surname, dropped = original("namecontrol", "surname"), original("namecontrol", "_DROPPED")

    def name_control(name_line: str) -> str:
        return str(surname(name_line).translate(dropped))[:4].ljust(4)

    return everywhere("namecontrol", "name_control", name_control)


def _refund_under_credit_hold() -> Sequence[AbstractContextManager[Any]]:
    def is_offset_source(module: Any) -> bool:
        # Freeze R (credit hold) forgotten: only A and L stop an offset or a refund.
        return bool(
            module.balance < 0 and module.return_posted and not (module.frozen_a or module.frozen_l)
        )

    return everywhere("settlement", "is_offset_source", is_offset_source)


def _newest_period_first() -> Sequence[AbstractContextManager[Any]]:
    offset_and_refund = original("settlement", "offset_and_refund")

    def newest_first(account: Any, source: Any, control: Any, result: Any) -> None:
        # The same modules (changed in place), visited from the latest tax period down.
        reversed_view = replace(account, modules=list(reversed(account.modules)))
        offset_and_refund(reversed_view, source, control, result)

    return everywhere("settlement", "offset_and_refund", newest_first)


def _wrong_aba_weights() -> Sequence[AbstractContextManager[Any]]:
    weights = (7, 3, 1, 7, 3, 1, 7, 3, 1)  # the weights in the wrong order
    return _constant("settlement", "ABA_WEIGHTS", weights)()


def _direct_deposit_without_account() -> Sequence[AbstractContextManager[Any]]:
    is_aba_valid = original("settlement", "is_aba_valid")
    codes = _module("codes")

    def refund_method(account: Any) -> Any:
        valid = is_aba_valid(account.bank_rtn)
        return codes.RefundMethod.DIRECT_DEPOSIT if valid else codes.RefundMethod.PAPER_CHECK

    return everywhere("settlement", "refund_method", refund_method)


def _negative_amount_sign_lost() -> Sequence[AbstractContextManager[Any]]:
    decode = original("recordio", "decode_card_amount")
    return everywhere("recordio", "decode_card_amount", lambda raw: abs(decode(raw)))


def _u10_unchecked() -> Sequence[AbstractContextManager[Any]]:
    balance_of = original("posting", "balance_of")
    stored = original("money", "stored")

    def store_money(work: Any, assessed: Decimal, credits: Decimal, ftf: Decimal) -> bool:
        # No SIZE ERROR check: Python integers never overflow, so nothing looked.
        work.tax_assessed, work.credits, work.ftf_penalty = (
            stored(assessed), stored(credits), stored(ftf),
        )  # fmt: skip
        work.balance = stored(balance_of(work))
        return True

    return everywhere("posting", "store_money", store_money)


def _assessment_overflow_unchecked() -> Sequence[AbstractContextManager[Any]]:
    assessment = original("settlement", "Assessment")
    if not hasattr(assessment, "fits"):
        raise MutantDoesNotApply("idrs_sandbox.modern.settlement.Assessment has no 'fits'")
    return [mock.patch.object(assessment, "fits", lambda self: True)]


def _account_checks_first() -> Sequence[AbstractContextManager[Any]]:
    posting = original("run", "Posting")
    apply = posting.apply
    check_against_account = original("validation", "check_against_account")
    decode_transaction = original("recordio", "decode_transaction")
    typed = original("validation", "typed")
    codes, model = _module("codes"), _module("model")

    def account_checks_first(self: Any, card: Any, account: Any) -> Any:
        # The account lookups (U01-U03, U06-U08) before the card's own data (U05, U04): a card
        # that failed on its own is typed anyway, as far as its TC, amount, date and tax period
        # allow, and checked against the account first.
        if type(card) is model.InvalidCard:
            read = decode_transaction(card.image)
            tc = codes.INPUT_TC_BY_CODE.get(read.tc) if read.tc is not None else None
            if tc is not None and read.amount is not None and read.trans_date is not None:
                early = typed(read, tc, read.amount, read.trans_date)  # None: a bad tax period
                if early is not None:
                    code = check_against_account(early, account)
                    if isinstance(code, codes.UnpostableCode):
                        self.unpost(card, code)
                        return account
        return apply(self, card, account)

    return [mock.patch.object(posting, "apply", account_checks_first)]


def _u04_before_u05() -> Sequence[AbstractContextManager[Any]]:
    check_card = original("validation", "check_card")
    codes = _module("codes")

    def check_first_tc(card: Any) -> Any:
        if card.tc is not None and card.tc not in codes.INPUT_TCS:
            return codes.UPC.INVALID_TC
        return check_card(card)

    return everywhere("validation", "check_card", check_first_tc)


def _duplicate_key_accepted() -> Sequence[AbstractContextManager[Any]]:
    return everywhere("validation", "is_out_of_sequence", lambda key, high: key < high)


def _sequence_by_tin_only() -> Sequence[AbstractContextManager[Any]]:
    return everywhere("validation", "is_out_of_sequence", lambda key, high: key[:9] < high[:9])


def _duplicate_return_moves_money() -> Sequence[AbstractContextManager[Any]]:
    posting = _module("posting")
    post_return = original("posting", "post_return")
    store_money = original("posting", "store_money")

    def buggy(work: Any, card: Any, control: Any) -> Any:
        if work.return_posted:  # the second return's tax is assessed too
            store_money(work, work.tax_assessed + card.amount, work.credits, work.ftf_penalty)
        return post_return(work, card, control)

    return [mock.patch.dict(posting.MODULE_RULES, {150: buggy})]


def _status_cycle_always_written() -> Sequence[AbstractContextManager[Any]]:
    def set_status(module: Any, status: Any, run_cycle: int) -> None:
        module.status, module.status_cycle = status, run_cycle

    return everywhere("posting", "set_status", set_status)


def _constant(module: str, name: str, value: object) -> Patcher:
    def patches() -> Sequence[AbstractContextManager[Any]]:
        original(module, name)  # the constant must still be there
        return [mock.patch.object(_module(module), name, value)]

    return patches


def _cycles_as_numbers(earlier: int, later: int) -> int:
    return later - earlier  # YYYYCC subtracted as numbers: 202501 - 202452 = 49, not 1


def _interest_from_due_date() -> Sequence[AbstractContextManager[Any]]:
    due_date, days_360 = original("settlement", "due_date"), original("settlement", "days_360")

    def interest_days(module: Any, run_date: int) -> int:
        result: int = days_360(due_date(module.tax_period), run_date)
        return result

    return everywhere("settlement", "interest_days", interest_days)


def _respond_by_30_day_months(run_date: int) -> int:
    year, month, day = run_date // 10000, run_date // 100 % 100, run_date % 100
    day += 21
    if day > 30:  # every month taken as 30 days long
        day, month = day - 30, month + 1
    if month > 12:
        month, year = 1, year + 1
    day = min(day, calendar.monthrange(year, month)[1])
    return year * 10000 + month * 100 + day


def _ftf_ignores_credits() -> Sequence[AbstractContextManager[Any]]:
    ftf_penalty = original("posting", "ftf_penalty")

    def gross(tax_period: int, return_date: int, assessed: Decimal, credits: Decimal) -> Decimal:
        result: Decimal = ftf_penalty(tax_period, return_date, assessed, Decimal("0.00"))
        return result

    return everywhere("posting", "ftf_penalty", gross)


def _any_month_tax_period(tax_period: int | None) -> bool:
    if tax_period is None:
        return False
    year, month = divmod(tax_period, 100)
    return 1 <= month <= 12 and 1960 <= year <= 2098


def _settle_keeps_notice() -> Sequence[AbstractContextManager[Any]]:
    codes = _module("codes")

    def settle(module: Any, control: Any) -> None:
        if module.status != codes.ModuleStatus.SETTLED:
            module.status, module.status_cycle = codes.ModuleStatus.SETTLED, control.run_cycle
            module.interest_date = control.run_date  # LAST-NOTICE and NOTICE-CYCLE forgotten

    return everywhere("settlement", "settle", settle)


# --- invalid data (issue 11): what a port does with bytes no generator wrote -----------------

CARD_NUMBERS = ("TR-TIN", "TR-TC", "TR-TAX-PERIOD", "TR-TRANS-DATE", "TR-SEQ")
"""The unsigned DISPLAY numbers of every card: POSTING.cbl tests them NUMERIC (U05)."""


def _card_numbers_read_as(transform: Callable[[bytes], bytes]) -> Patcher:
    """A card reader that passes the bytes of the card's numbers through ``transform`` before
    it decodes them (keeping the image UNPOST copies): a port that cleans numbers up."""

    def patches() -> Sequence[AbstractContextManager[Any]]:
        decode_card = original("recordio", "decode_card")
        layout = _module("layouts").TRANSREC
        spans = [layout.field(name) for name in CARD_NUMBERS]

        def read(raw: bytes) -> Any:
            cleaned = bytearray(raw)
            for item in spans:
                where = item.span
                cleaned[where] = transform(bytes(raw[where]))
            return decode_card(bytes(cleaned))._replace(image=raw)

        return everywhere("recordio", "decode_card", read)

    return patches


def _blanks_as_zeros(raw: bytes) -> bytes:
    return raw.replace(b" ", b"0")


def _low_values_as_zeros(raw: bytes) -> bytes:
    return raw.replace(b"\x00", b"0")


def _leading_sign_dropped(raw: bytes) -> bytes:
    # int("+00001") == 1: a leading sign read as a number's own.
    return b"0" + raw[1:] if raw[:1] in (b"+", b"-") else raw


def _overpunch_as_digit(raw: bytes) -> bytes:
    # The last byte p-y (x'70'-x'79', ASCII negative overpunch) read as its digit.
    last = raw[-1:]
    return raw[:-1] + bytes([last[0] - 0x40]) if last and 0x70 <= last[0] <= 0x79 else raw


def _amount_read_as(transform: Callable[[bytes], bytes]) -> Patcher:
    def patches() -> Sequence[AbstractContextManager[Any]]:
        decode = original("recordio", "decode_card_amount")
        return everywhere("recordio", "decode_card_amount", lambda raw: decode(transform(raw)))

    return patches


EBCDIC_SIGNS = {
    **{byte: (digit, "") for digit, byte in enumerate(b"{ABCDEFGHI")},
    **{byte: (digit, "-") for digit, byte in enumerate(b"}JKLMNOPQR")},
}
"""The IBM zoned sign of the last byte: ``{`` A-I positive, ``}`` J-R negative."""


def _ebcdic_overpunch(raw: bytes) -> bytes:
    if raw[-1:] and raw[-1] in EBCDIC_SIGNS:
        digit, sign = EBCDIC_SIGNS[raw[-1]]
        return raw[:-1] + bytes([0x70 + digit if sign else 0x30 + digit])
    return raw


def _lenient_amount() -> Sequence[AbstractContextManager[Any]]:
    decode = original("recordio", "decode_card_amount")

    def read(raw: bytes) -> Decimal:
        # Decimal(text.strip()): blanks around, a leading sign and a point all accepted.
        text = raw.decode("latin-1").strip()
        if text and text.lstrip("+-").isdigit():
            return Decimal(text).scaleb(-2)
        result: Decimal = decode(raw)
        return result

    return everywhere("recordio", "decode_card_amount", read)


def _card_text_stripped() -> Sequence[AbstractContextManager[Any]]:
    decode_card = original("recordio", "decode_card")

    def read(raw: bytes) -> Any:
        # NAME-LINE (TC 000/013) and STREET (TC 014) share DATA's first 35 bytes.
        card = decode_card(raw)
        if not hasattr(card, "data"):  # a card unpostable on its own posts no text
            return card
        return card._replace(data=card.data[:35].strip().ljust(35) + card.data[35:])

    return everywhere("recordio", "decode_card", read)


def _unicode_upper() -> Sequence[AbstractContextManager[Any]]:
    surname, dropped = original("namecontrol", "surname"), original("namecontrol", "_DROPPED")

    def name_control(name_line: str) -> str:
        return str(surname(name_line).translate(dropped)).upper()[:4].ljust(4)

    return everywhere("namecontrol", "name_control", name_control)


def _any_whitespace_splits(name_line: str) -> str:
    if name_line.count("<") >= 2:
        return name_line.split("<", 2)[1]
    words = name_line.split()  # splits on tabs, no-break spaces, x'1C'-x'1F', x'85' too
    return words[-1] if words else ""


def _letter_only(flag: str) -> property:
    def frozen(module: Any) -> bool:
        return bool(getattr(module, f"freeze_{flag}") == flag.upper())

    return property(frozen)


def _freeze_needs_its_letter() -> Sequence[AbstractContextManager[Any]]:
    module = original("model", "Module")
    return [mock.patch.object(module, f"frozen_{flag}", _letter_only(flag)) for flag in "alr"]


def _abatement_equal_refused() -> Sequence[AbstractContextManager[Any]]:
    check = original("validation", "check_against_account")
    codes = _module("codes")

    def check_against_account(card: Any, account: Any) -> Any:
        found = check(card, account)  # a UPC, else the module the card posts to (or None)
        if isinstance(found, codes.UnpostableCode):
            return found
        abatement = card.tc == codes.TransactionCode.ABATEMENT and found is not None
        if abatement and card.amount == found.tax_assessed:
            return codes.UnpostableCode.ABATEMENT_EXCEEDS  # "larger" read as "not less"
        return found

    return everywhere("validation", "check_against_account", check_against_account)


def _unbounded_total(total: Decimal) -> Decimal:
    return total  # Python's Decimal never overflows: no S9(13)V99 truncation


MUTANTS: tuple[Mutant, ...] = (
    Mutant(
        "half-even-rounding",
        "ROUNDED done as banker's rounding (Python's default) instead of half up",
        "RULEBOOK rounding words; §6 FTF, FTP",
        _money("rounded", _half_even),
    ),
    Mutant(
        "float-ftf",
        "FTF penalty computed in binary floating point",
        "§6 FTF (exact decimal money)",
        _float_ftf,
    ),
    Mutant(
        "float-interest",
        "interest computed in binary floating point, then truncated",
        "§6 interest (exact decimal money)",
        _float_interest,
    ),
    Mutant(
        "calendar-days",
        "day counts in calendar days instead of 30/360",
        "§3 day count",
        lambda: everywhere("dates", "days_360", _calendar_days),
    ),
    Mutant(
        "day-31-counted",
        "30/360 without capping the 31st at 30",
        "§3 day count min(d, 30)",
        lambda: everywhere("dates", "days_360", _days_360_uncapped),
    ),
    Mutant(
        "daily-rate-not-truncated",
        "daily interest rate kept at full precision instead of PIC V9(8)",
        "§6 interest daily rate",
        lambda: everywhere("settlement", "daily_rate", _uncut_daily_rate),
    ),
    Mutant(
        "interest-rounded",
        "interest ROUNDED instead of truncated",
        "§6 interest truncated to cents",
        _rounded_interest,
    ),
    Mutant(
        "century-window-ignored",
        "card years read as 20YY always",
        "§3 century window 50",
        lambda: everywhere("dates", "expand_card_date", _no_century_window),
    ),
    Mutant(
        "leap-400-rule-forgotten",
        "leap years without the 400-year rule (29 February 2000 rejected)",
        "§3 leap years",
        lambda: everywhere("dates", "is_leap_year", _julian_leap_years),
    ),
    Mutant(
        "apostrophe-kept",
        "the apostrophe kept in the name control",
        "§4 name control",
        _apostrophe_kept,
    ),
    Mutant(
        "surname-last-word",
        "surname always the last word (the < marks ignored)",
        "§4 name control",
        lambda: everywhere("namecontrol", "surname", _last_word_surname),
    ),
    Mutant(
        "lowercase-kept",
        "name control not upper-cased",
        "§4 name control",
        _lowercase_kept,
    ),
    Mutant(
        "refund-under-credit-hold",
        "freeze R (credit hold) does not stop an offset or a refund",
        "§6 step 3 no freeze",
        _refund_under_credit_hold,
    ),
    Mutant(
        "newest-period-first",
        "credits offset to the newest tax period first",
        "§6 step 3 ascending TAX-PERIOD",
        _newest_period_first,
    ),
    Mutant(
        "refund-under-one-dollar",
        "credits below 1.00 refunded",
        "§6 step 3 refund when at least 1.00",
        _constant("settlement", "ONE_DOLLAR", CENT),
    ),
    Mutant(
        "wrong-aba-weights",
        "ABA check with weights 7 3 1 instead of 3 7 1",
        "§6 ABA check",
        _wrong_aba_weights,
    ),
    Mutant(
        "direct-deposit-without-account",
        "direct deposit with a valid routing number but a blank account number",
        "§6 refund method",
        _direct_deposit_without_account,
    ),
    Mutant(
        "no-ftf-cap",
        "FTF penalty not capped at 5 months",
        "§6 FTF cap",
        _constant("posting", "FTF_MAX_MONTHS", 99),
    ),
    Mutant(
        "no-ftp-cap",
        "FTP rate not capped at 25 %",
        "§6 FTP min(0.005 × months, 0.25)",
        _constant("settlement", "FTP_MAX_RATE", Decimal("9.99")),
    ),
    Mutant(
        "ftf-ignores-credits",
        "FTF base is TAX-ASSESSED without subtracting CREDITS",
        "§6 FTF base",
        _ftf_ignores_credits,
    ),
    Mutant(
        "negative-amount-sign-lost",
        "the sign of a negative zoned amount (overpunch p-y) dropped",
        "§2 signed zoned; §5 U05 amount < 0",
        _negative_amount_sign_lost,
    ),
    Mutant(
        "u10-unchecked",
        "no overflow check when a money TC posts",
        "§5 U10",
        _u10_unchecked,
    ),
    Mutant(
        "assessment-overflow-unchecked",
        "no overflow check on interest and FTP before a notice",
        "§6 assessment overflow",
        _assessment_overflow_unchecked,
    ),
    Mutant(
        "account-checks-first",
        "account checks (U01-U03, U06-U08) before the card's data (U05, U04)",
        "§5 UPC precedence",
        _account_checks_first,
    ),
    Mutant(
        "u04-before-u05",
        "an unknown TC reported as U04 before its data is checked",
        "§5 UPC precedence",
        _u04_before_u05,
    ),
    Mutant(
        "duplicate-key-accepted",
        "a card whose TIN‖SEQ equals the high-water key is not U09",
        "§5 U09 (≤ the high-water key)",
        _duplicate_key_accepted,
    ),
    Mutant(
        "sequence-by-tin-only",
        "U09 compares the TIN only, not TIN‖SEQ",
        "§5 U09 key",
        _sequence_by_tin_only,
    ),
    Mutant(
        "duplicate-return-moves-money",
        "a duplicate return (TC 976) also assesses its amount",
        "§5 TC 150 duplicate",
        _duplicate_return_moves_money,
    ),
    Mutant(
        "status-cycle-always-written",
        "STATUS-CYCLE rewritten even when the status does not change",
        "§5 status written only on a change",
        _status_cycle_always_written,
    ),
    Mutant(
        "notice-interval-off-by-one",
        "a notice after more than 5 cycles instead of 5 or more",
        "§6 notice step",
        _constant("settlement", "NOTICE_INTERVAL_CYCLES", 6),
    ),
    Mutant(
        "cycles-as-numbers",
        "cycles since = YYYYCC − YYYYCC instead of a difference of cycle indexes",
        "§3 cycle index",
        lambda: everywhere("dates", "cycles_since", _cycles_as_numbers),
    ),
    Mutant(
        "interest-from-due-date",
        "interest always counted from the due date (INTEREST-DATE ignored)",
        "§6 interest days",
        _interest_from_due_date,
    ),
    Mutant(
        "respond-by-30-day-months",
        "respond-by date with every month taken as 30 days",
        "§3 respond-by = run date + 21 calendar days",
        lambda: everywhere("dates", "respond_by", _respond_by_30_day_months),
    ),
    Mutant(
        "zero-amount-rule-missing",
        "a non-zero amount accepted on TCs that must carry zero",
        "§5 U05 zero amount",
        _constant("validation", "ZERO_AMOUNT_TCS", frozenset()),
    ),
    Mutant(
        "tax-period-any-month",
        "a tax period of any month accepted",
        "§5 U05 tax period month 12",
        lambda: everywhere("validation", "is_valid_tax_period", _any_month_tax_period),
    ),
    Mutant(
        "settle-keeps-notice",
        "entering status 12 keeps LAST-NOTICE and NOTICE-CYCLE",
        "§6 entering status 12",
        _settle_keeps_notice,
    ),
    Mutant(
        "card-blanks-read-as-zeros",
        "blanks in a card's TIN, TC, tax period, date or SEQ read as zeros",
        "§5 U05 non-numeric (issue 11)",
        _card_numbers_read_as(_blanks_as_zeros),
    ),
    Mutant(
        "card-low-values-read-as-zeros",
        "X'00' in a card's TIN, TC, tax period, date or SEQ read as zeros",
        "§5 U05 non-numeric (issue 11)",
        _card_numbers_read_as(_low_values_as_zeros),
    ),
    Mutant(
        "leading-sign-accepted",
        "a leading + or - in a card's unsigned number read as its sign (int())",
        "§5 U05 non-numeric (issue 11)",
        _card_numbers_read_as(_leading_sign_dropped),
    ),
    Mutant(
        "unsigned-overpunch-accepted",
        "an overpunched last byte (p-y) in a card's unsigned number read as its digit",
        "§5 U05 non-numeric (issue 11)",
        _card_numbers_read_as(_overpunch_as_digit),
    ),
    Mutant(
        "superscript-digits-accepted",
        "ZIP, filing status, routing number, action code tested with str.isdigit (² passes)",
        "§5 U05 non-numeric: ASCII digits only (issue 11)",
        lambda: everywhere("validation", "is_digits", str.isdigit),
    ),
    Mutant(
        "amount-blanks-read-as-zeros",
        "blanks in TR-AMOUNT read as zeros",
        "§5 U05 non-numeric amount (issue 11)",
        _amount_read_as(_blanks_as_zeros),
    ),
    Mutant(
        "amount-parsed-leniently",
        "TR-AMOUNT parsed with Decimal(text.strip()): blanks around and a leading sign accepted",
        "§5 U05 non-numeric amount (issue 11)",
        _lenient_amount,
    ),
    Mutant(
        "ebcdic-overpunch-accepted",
        "an EBCDIC-style sign ({ A-I } J-R) in TR-AMOUNT accepted",
        "§2 ASCII overpunch only; §5 U05 (issue 11)",
        _amount_read_as(_ebcdic_overpunch),
    ),
    Mutant(
        "card-text-stripped",
        "a card's name line or street stripped of its blanks before it is posted",
        "§5 TC 000/013/014 copy the text as read (issue 11)",
        _card_text_stripped,
    ),
    Mutant(
        "unicode-upper-cased",
        "name control upper-cased with str.upper (é becomes É)",
        "§4 upper-case a-z only (issue 11)",
        _unicode_upper,
    ),
    Mutant(
        "any-whitespace-splits-words",
        "the last word found with str.split() (a tab or no-break space delimits it)",
        "§4 last blank-delimited word (issue 11)",
        lambda: everywhere("namecontrol", "surname", _any_whitespace_splits),
    ),
    Mutant(
        "freeze-needs-its-letter",
        "a freeze byte counts as set only when it holds its letter (an odd byte is clear)",
        "posting-notes E2: any byte but a space is set (issue 11)",
        _freeze_needs_its_letter,
    ),
    Mutant(
        "refund-threshold-strict",
        "a credit refunded only above 1.00 (1.00 itself kept)",
        "§6 step 3 refund when at least 1.00",
        _constant("settlement", "ONE_DOLLAR", Decimal("1.01")),
    ),
    Mutant(
        "abatement-equal-refused",
        "an abatement of exactly TAX-ASSESSED refused as U08",
        "§5 U08 larger than TAX-ASSESSED",
        _abatement_equal_refused,
    ),
    Mutant(
        "report-total-unbounded",
        "report totals added without the S9(13)V99 truncation",
        "§8 totals accumulate in S9(13)V99",
        lambda: everywhere("report", "wrapped", _unbounded_total),
    ),
)
"""The catalog, one realistic bug per entry."""


def mutant_named(name: str) -> Mutant:
    for mutant in MUTANTS:
        if mutant.name == name:
            return mutant
    known = ", ".join(mutant.name for mutant in MUTANTS)
    raise KeyError(f"no mutant {name!r}; known: {known}")


# ---------------------------------------------------------------------------------------------
# hunting a mutant


@dataclass
class Hunt:
    """What the oracle did against one mutant."""

    mutant: Mutant
    killed_by_scenarios: list[str] = field(default_factory=list)
    pinned_killed: int = 0
    """Pinned killing runs (oracle/killing_runs.py) on which the mutant differed."""
    property_killed: bool = False
    examples_to_kill: int = 0
    seconds_to_kill: float = 0.0
    seconds: float = 0.0
    shrunk: Any = None
    explanation: str = ""
    broken: str = ""
    """Why the mutant could not be switched on (its target is gone), else empty."""

    @property
    def killed(self) -> bool:
        if self.broken:
            return False
        return self.property_killed or bool(self.pinned_killed or self.killed_by_scenarios)

    @property
    def shrunk_cards(self) -> int | None:
        return len(self.shrunk.deck) if self.shrunk is not None else None

    @property
    def shrunk_accounts(self) -> int | None:
        return len(self.shrunk.master) if self.shrunk is not None else None


def scenario_weeks_failing(engine: Any, scenario_root: Path, workdir: Path) -> list[str]:
    """Names of the scenario weeks on which ``engine`` does not match the expectation."""
    from idrs_sandbox.oracle.scenarios import load_scenarios, run_week

    failing = []
    for scenario in load_scenarios(scenario_root):
        for week in scenario.weeks:
            folder = workdir / scenario.name / f"week{week.number}"
            try:
                mismatches = bool(run_week(engine, week, folder))
            except Exception:  # a mutant that crashes the engine fails the week too
                mismatches = True
            if mismatches:
                failing.append(week.name)
    return failing


def scenario_root() -> Path | None:
    """``tests/scenarios`` of the source checkout, when there is one."""
    from idrs_sandbox.paths import legacy_dir

    folder = legacy_dir().parent / "tests" / "scenarios"
    return folder if folder.is_dir() else None


def hunt(
    mutant: Mutant,
    reference: str,
    *,
    max_examples: int,
    workdir: Path,
    scenario_root: Path | None = None,
    scenario_baseline: Sequence[str] = (),
    shrink: bool = True,
    derandomize: bool = False,
    seed: int | None = None,
    shrink_seconds: float = SHRINK_SECONDS,
    pinned: bool = True,
    search: bool = True,
) -> Hunt:
    """Run the oracle against ``mutant``: the scenario weeks (those the unmutated engine passes,
    i.e. not in ``scenario_baseline``), then (``pinned``) the runs pinned as killing it, as
    Hypothesis runs an ``@example`` before it draws, then (``search``) the equivalence property
    with the mutated modern engine against ``reference`` (``gnucobol``, or ``modern``
    unmutated). The search is skipped when a pinned run killed the mutant, unless ``pinned``
    is off: the pinned runs make the verdict independent of the order Hypothesis draws in;
    the search without them measures what the strategies find on their own."""
    from idrs_sandbox.engines.registry import get_engine

    result = Hunt(mutant)
    started = time.perf_counter()
    try:
        with mutant.active():
            pass
    except MutantDoesNotApply as error:
        result.broken = str(error)
        return result
    if scenario_root is not None:
        with mutant.active():
            failing = scenario_weeks_failing(get_engine("modern"), scenario_root, workdir)
        result.killed_by_scenarios = [name for name in failing if name not in scenario_baseline]
    if pinned:
        _pinned_kills(result, reference)
    if search and not result.pinned_killed and not result.broken:
        _hunt_with_property(
            result, reference, max_examples, shrink, derandomize, seed, shrink_seconds
        )
    result.seconds = time.perf_counter() - started
    return result


def _hunt_engines(mutant: Mutant, reference: str) -> list[Any]:
    from idrs_sandbox.engines.registry import get_engine
    from idrs_sandbox.oracle.replay import EngineUnderTest

    return [
        EngineUnderTest(reference, get_engine(reference)),
        EngineUnderTest(f"modern+{mutant.name}", get_engine("modern"), mutant.active),
    ]


def patch_fault(error: BaseException) -> str:
    """Why ``error`` is the mutant's own fault (raised in this module's patch code: a patch
    that no longer fits the modern engine's signatures), else an empty string. Such a crash
    is no kill: the catalog must follow the engine."""
    frames = traceback.extract_tb(error.__traceback__)
    if frames and frames[-1].filename == __file__:
        where = frames[-1]
        return f"the patch fails at mutants.py:{where.lineno} ({type(error).__name__}: {error})"
    return ""


def _pinned_kills(result: Hunt, reference: str) -> None:
    """Count the runs pinned for the mutant (oracle/killing_runs.py) on which it differs."""
    from idrs_sandbox.oracle.killing_runs import killing_runs
    from idrs_sandbox.oracle.replay import compare_engines

    engines = _hunt_engines(result.mutant, reference)
    for run in killing_runs(result.mutant.name):
        try:
            result.pinned_killed += compare_engines(run, engines) is not None
        except Exception as error:  # a mutant that crashes the engine is caught too
            result.broken = patch_fault(error)
            if result.broken:
                return
            result.pinned_killed += 1


def _hunt_with_property(
    result: Hunt,
    reference: str,
    max_examples: int,
    shrink: bool,
    derandomize: bool,
    seed: int | None,
    shrink_seconds: float,
) -> None:
    from hypothesis import given
    from hypothesis import seed as hypothesis_seed

    from idrs_sandbox.oracle.replay import check_run, compare_engines, reduce_run
    from idrs_sandbox.oracle.strategies import Run, oracle_runs, quiet_generation

    engines = _hunt_engines(result.mutant, reference)
    started = time.perf_counter()
    tried = 0

    @quiet_generation(max_examples, derandomize)
    @given(oracle_runs())
    def equivalence(run: Run) -> None:
        nonlocal tried
        if not result.property_killed:
            tried += 1
        try:
            disagreement = check_run(run, engines, keep=False)
            explanation = disagreement.comparison.explain() if disagreement else None
        except Exception as error:  # a mutant that crashes the engine is caught too
            result.broken = result.broken or patch_fault(error)
            explanation = f"the run failed: {type(error).__name__}: {error}"
        if explanation is None:
            return
        if not result.property_killed:
            result.property_killed = True
            result.examples_to_kill = tried
            result.seconds_to_kill = time.perf_counter() - started
        result.shrunk = run
        result.explanation = explanation
        raise AssertionError(explanation)

    test = hypothesis_seed(seed)(equivalence) if seed is not None else equivalence
    with suppress(AssertionError):
        test()
    if shrink and result.shrunk is not None:
        # Reduce the killing run by dropping accounts, cards and modules (faster and surer on
        # a run than Hypothesis's generic shrinker, whose every step runs both engines).
        def still_kills(run: Run) -> bool:
            try:
                return compare_engines(run, engines) is not None
            except Exception:  # a crash of the mutated engine still kills
                return True

        result.shrunk = reduce_run(result.shrunk, still_kills, shrink_seconds)
        with suppress(Exception):
            again = compare_engines(result.shrunk, engines)
            if again is not None:
                result.explanation = again.explain()
