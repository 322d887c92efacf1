"""Transaction cards (TRANSREC): valid ones that post, and deliberate unpostables.

The factory follows each account's state while it deals the account's cards (which tax modules
exist, which have a return, TAX-ASSESSED and CREDITS so far, the current name control), so that a
*valid* card really posts under RULEBOOK §5, and an *invalid* card fails exactly the check it was
built for. Invalid cards never change the state: an unpostable changes nothing (§5).

Sequence numbers go up by 10 within a TIN: that leaves room for a non-numeric SEQ such as
``00012A`` that still sorts between ``000120`` and ``000130``, so it passes the U09 sequence check
and reaches the U05 numeric check it is meant to fail.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

from idrs_sandbox.datagen import people
from idrs_sandbox.datagen.amounts import (
    ADDITIONAL_TAX,
    PAYMENT,
    REFUNDABLE_CREDIT,
    TAX,
    WITHHOLDING,
    AmountTable,
)
from idrs_sandbox.datagen.dates import DateText, RunCalendar, is_leap
from idrs_sandbox.datagen.layout import Account, CardText, card_text, records_of_the_run
from idrs_sandbox.datagen.master import MasterFactory
from idrs_sandbox.datagen.namecontrol import name_control

SEQ_STEP = 10
RECENT_DAYS = 56
MAX_SEQ = 999_990
MAX_CARDS_PER_TIN = MAX_SEQ // SEQ_STEP - 1
KNOWN_TCS = ("000", "013", "014", "150", "290", "291", "420", "421", "570", "571", "610", "670",
             "766", "806", "971")  # fmt: skip
ZERO_AMOUNT_TCS = ("000", "013", "014", "420", "421", "570", "571", "971")
UNKNOWN_TCS = ("001", "012", "140", "151", "160", "300", "460", "672", "840", "999")
ACTION_CODES = ("010", "010", "010", "001", "013", "030", "130", "160", "277", "999")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(slots=True)
class ModuleState:
    has_return: bool = False
    assessed: int = 0
    credits: int = 0
    due: bool = False
    """A balance due on last week's master (status 10, 21, 22, 54, 56, 58): payments go there."""


@dataclass(slots=True)
class AccountState:
    """What a card needs to know about its account to post (or to fail on purpose)."""

    tin: str
    name_line: str
    name_control: str
    state_code: str = "NY"
    zip_code: str = "10001"
    filing_status: int = 1
    bank_rtn: str = "000000000"
    bank_acct: str = ""
    modules: dict[int, ModuleState] = field(default_factory=dict)
    seq: int = 0

    @classmethod
    def of_account(cls, acct: Account) -> AccountState:
        modules = {
            m.tax_year: ModuleState(m.return_date != 0, m.assessed, m.credits) for m in acct.modules
        }
        text = card_text()
        return cls(
            text.tin(acct.tin),
            text.name_line(acct.name_line),
            acct.name_control,
            acct.state,
            acct.zip_code,
            max(acct.filing_status, 1),
            acct.bank_rtn,
            acct.bank_acct,
            modules,
        )


# --------------------------------------------------------------------------------------------
# the weights of the mix


VALID_MIX: tuple[tuple[str, int], ...] = (
    ("013", 1), ("014", 2), ("150", 14), ("976", 1), ("290", 3), ("291", 3), ("420", 2),
    ("421", 2), ("570", 2), ("571", 2), ("610", 8), ("670", 25), ("766", 4), ("806", 14),
    ("971", 3),
)  # fmt: skip
"""Valid cards by TC; ``976`` stands for a duplicate TC 150 (posted as TC 976, RULEBOOK §5)."""

INVALID_MIX: tuple[tuple[str, str, int], ...] = (
    ("out_of_sequence", "U09", 8),
    ("bad_overpunch", "U05", 6),
    ("non_numeric_amount", "U05", 4),
    ("non_numeric_tc", "U05", 3),
    ("non_numeric_date", "U05", 3),
    ("non_numeric_seq", "U05", 3),
    ("non_numeric_zip", "U05", 2),
    ("non_numeric_return_data", "U05", 3),
    ("non_numeric_action_code", "U05", 2),
    ("negative_amount", "U05", 5),
    ("nonzero_amount", "U05", 5),
    ("invalid_date", "U05", 6),
    ("invalid_tax_period", "U05", 5),
    ("unknown_tc", "U04", 6),
    ("duplicate_000", "U03", 4),
    ("wrong_name_control", "U02", 8),
    ("no_module", "U06", 6),
    ("module_table_full", "U07", 5),
    ("abatement_exceeds", "U08", 5),
    ("field_overflow", "U10", 5),
)
"""In-account invalid cards: (kind, the UPC it is built to draw, weight)."""

SPECIAL_MIX: tuple[tuple[str, str, int], ...] = (
    ("tin_not_on_file", "U01", 6),
    ("non_numeric_tin", "U05", 2),
)
"""Invalid cards that need a TIN of their own (a slot between two accounts)."""

INTENDED_UPC = {kind: upc for kind, upc, _ in (*INVALID_MIX, *SPECIAL_MIX)}


class InvalidQuota:
    """Exactly ``invalid`` of the next ``slots`` card slots are invalid, spread at random."""

    def __init__(self, invalid: int, slots: int) -> None:
        self.invalid = invalid
        self.slots = slots

    def take(self, rng: random.Random) -> bool:
        """Selection sampling (Knuth's algorithm S): no list of positions is ever built."""
        chosen = self.slots > 0 and rng.random() * self.slots < self.invalid
        self.slots -= 1
        if chosen:
            self.invalid -= 1
        return chosen


Builder = Callable[[AccountState], "str | None"]


class CardFactory:
    """Deals the cards of one account at a time into ``out``; counts what it dealt."""

    def __init__(self, rng: random.Random, calendar: RunCalendar) -> None:
        self.rng = rng
        self.cal = calendar
        self.text: CardText = card_text()
        self._seq_text = self.text.seq
        self._card_template = self.text.template
        self.max_modules = records_of_the_run().max_modules
        self.max_money = records_of_the_run().max_money
        # TC 000/013/014 carry no tax period; it is not checked (RULEBOOK §5).
        self.no_period = self.text.no_period
        self.dates = DateText()
        self.tax = AmountTable(rng, TAX)
        self.additional = AmountTable(rng, ADDITIONAL_TAX)
        self.payment = AmountTable(rng, PAYMENT)
        self.withholding = AmountTable(rng, WITHHOLDING)
        self.credit = AmountTable(rng, REFUNDABLE_CREDIT)
        self.out: list[str] = []
        self.by_tc: Counter[str] = Counter()
        self.invalid_by_kind: Counter[str] = Counter()
        self.new_accounts = 0
        # The key (TIN, SEQ) of the last card that passes U09: the file's high-water key.
        self.last_key: tuple[str, str] | None = None
        self._valid = self._valid_builders()
        self._invalid = self._invalid_builders()
        self._valid_cum = tuple(accumulate(w for _, w in VALID_MIX))
        self._invalid_cum = tuple(accumulate(w for _, _, w in INVALID_MIX))
        self._edge_dates = self._edge_date_ordinals()
        self._years = tuple(range(calendar.oldest_tax_year, calendar.latest_filing_year + 1))
        # The last eight weeks' dates as card text, and the month end of each (not after the run).
        run = calendar.run_ordinal
        days = [dt.date.fromordinal(run - back) for back in range(RECENT_DAYS)]
        self._recent_days = [self.dates.card(day.toordinal()) for day in days]
        self._recent_month_ends = [
            self.dates.card(min(_month_end(day).toordinal(), run)) for day in days
        ]

    # ------------------------------------------------------------------------------ groups

    def master_group(self, acct: Account, cards: int, quota: InvalidQuota) -> None:
        self._deal(AccountState.of_account(acct), cards, quota)

    def on_file_group(self, state: AccountState, cards: int, quota: InvalidQuota) -> None:
        """``cards`` cards for an account read from a master file (``--master``)."""
        self._deal(state, cards, quota)

    def new_group(self, tin: int, cards: int, quota: InvalidQuota) -> None:
        """A TC 000 for a TIN not on file, then ``cards`` more for the new account."""
        rng = self.rng
        line = self.text.name_line(people.name_line(rng))
        addr = people.address(rng)
        tin_text = self.text.tin(tin)
        state = AccountState(tin_text, line, name_control(line), addr.state, addr.zip_code)
        state.filing_status = rng.randrange(1, 6)
        state.bank_rtn, state.bank_acct = MasterFactory.bank(rng)
        # The card's NAME-CONTROL is ignored for TC 000 (RULEBOOK §5): sometimes left blank.
        ctl = "    " if rng.random() < 0.1 else state.name_control
        data = self.text.entity_data(line, addr.state, addr.zip_code)
        self._emit(state, ctl, "000", self.no_period, self.text.zero, self._recent(), data)
        self.new_accounts += 1
        self.by_tc["000"] += 1
        self._deal(state, cards, quota)

    def special_group(self, kind: str, tin: int, next_tin: int | None) -> None:
        """One invalid card on a TIN of its own: not on file, or made non-numeric."""
        rng = self.rng
        state = AccountState(self.text.tin(tin), "", name_control(people.name_line(rng)))
        if kind == "non_numeric_tin" and (next_tin is None or next_tin // 10 > tin // 10):
            # 'xxxxxxxxA' sorts after this slot's TIN and, because the next TIN differs in its
            # first eight digits, before the next account: U09 passes, U05 fails it.
            state.tin = state.tin[:8] + rng.choice(LETTERS)
        else:
            kind = "tin_not_on_file"
        year = rng.choice(self._years)
        _, amount = self.payment.draw()
        self._emit(state, state.name_control, "670", f"{year}12", amount, self._recent(), "")
        self.invalid_by_kind[kind] += 1

    def _deal(self, state: AccountState, cards: int, quota: InvalidQuota) -> None:
        rng = self.rng
        for _ in range(min(cards, MAX_CARDS_PER_TIN)):
            if quota.take(rng):
                self._deal_invalid(state)
                continue
            tc = VALID_MIX[bisect.bisect(self._valid_cum, rng.random() * self._valid_cum[-1])][0]
            built = self._valid[tc](state)
            if built is None:
                tc = "670"  # always possible: an existing module or a new one
                built = self._valid[tc](state)
            self.by_tc[tc] += 1

    def _deal_invalid(self, state: AccountState) -> None:
        """One invalid card of a kind this account allows (U07 needs four modules, ...)."""
        for _ in range(4):
            index = bisect.bisect(self._invalid_cum, self.rng.random() * self._invalid_cum[-1])
            kind = INVALID_MIX[index][0]
            if self._invalid[kind](state) is not None:
                self.invalid_by_kind[kind] += 1
                return
        self._unknown_tc(state)  # possible on any account
        self.invalid_by_kind["unknown_tc"] += 1

    # ----------------------------------------------------------------------------- emitting

    def _emit(
        self,
        state: AccountState,
        ctl: str,
        tc: str,
        period: str,
        amount: str,
        date: str,
        data: str,
        seq: str | None = None,
    ) -> str:
        if seq is None:
            state.seq += SEQ_STEP
            seq = self._seq_text(state.seq)
        # TRANSREC field by field (every argument but data is already its field's width); one
        # template from the layout, because this runs a million times a run. The writer checks
        # every batch's size.
        text = self._card_template % (state.tin, ctl, tc, period, amount, date, seq, data)
        self.out.append(text)
        self.last_key = (state.tin, seq)
        return text

    # ------------------------------------------------------------------------- valid cards

    def _valid_builders(self) -> dict[str, Builder]:
        return {
            "013": self._tc013,
            "014": self._tc014,
            "150": self._tc150,
            "976": self._duplicate_return,
            "290": self._tc290,
            "291": self._tc291,
            "420": self._freeze_tc("420"),
            "421": self._freeze_tc("421"),
            "570": self._freeze_tc("570"),
            "571": self._freeze_tc("571"),
            "610": self._credit_tc("610", self.payment, filing=True),
            "670": self._credit_tc("670", self.payment, filing=False),
            "766": self._credit_tc("766", self.credit, filing=True),
            "806": self._credit_tc("806", self.withholding, filing=False),
            "971": self._tc971,
        }

    def _tc013(self, state: AccountState) -> str:
        line = self.text.name_line(people.name_line(self.rng))
        data = self.text.entity_data(line, state.state_code, state.zip_code)
        # The card carries the *current* name control (U02); the new one applies afterwards.
        text = self._emit(
            state, state.name_control, "013", self.no_period, self.text.zero, self._recent(), data
        )
        state.name_line, state.name_control = line, name_control(line)
        return text

    def _tc014(self, state: AccountState) -> str:
        addr = people.address(self.rng)
        data = self.text.address_data(addr.street, addr.city)
        return self._emit(
            state, state.name_control, "014", self.no_period, self.text.zero, self._recent(), data
        )

    def _tc150(self, state: AccountState) -> str | None:
        year = self._return_year(state)
        if year is None:
            return None
        cents, amount = (0, self.text.zero) if self.rng.random() < 0.03 else self.tax.draw()
        module = state.modules.setdefault(year, ModuleState())
        module.has_return, module.assessed = True, module.assessed + cents
        return self._emit(
            state, state.name_control, "150", f"{year}12", amount, self._filing(year),
            self._return_data(state),
        )  # fmt: skip

    def _duplicate_return(self, state: AccountState) -> str | None:
        """A second TC 150 for a module with a return: posts as TC 976 (RULEBOOK §5)."""
        year = self._year_with_return(state)
        if year is None:
            return None
        _, amount = self.tax.draw()
        return self._emit(
            state, state.name_control, "150", f"{year}12", amount, self._recent(),
            self._return_data(state),
        )  # fmt: skip

    def _tc290(self, state: AccountState) -> str | None:
        year = self._year_with_return(state)
        if year is None:
            return None
        cents, amount = self.additional.draw()
        state.modules[year].assessed += cents
        return self._emit(state, state.name_control, "290", f"{year}12", amount, self._recent(), "")

    def _tc291(self, state: AccountState) -> str | None:
        years = [y for y, m in state.modules.items() if m.has_return and m.assessed > 0]
        if not years:
            return None
        module = state.modules[year := self.rng.choice(years)]
        cents, amount = self.additional.draw()
        if cents > module.assessed:  # abate part of the tax (U08 is for the invalid cards)
            cents = module.assessed * self.rng.randrange(1, 101) // 100 or module.assessed
            amount = self.text.amount(cents)
        module.assessed -= cents
        return self._emit(state, state.name_control, "291", f"{year}12", amount, self._recent(), "")

    def _freeze_tc(self, tc: str) -> Builder:
        def build(state: AccountState) -> str | None:
            year = self._year_with_return(state)
            if year is None:
                return None
            return self._emit(
                state, state.name_control, tc, f"{year}12", self._zero(), self._recent(), ""
            )

        return build

    def _credit_tc(self, tc: str, table: AmountTable, *, filing: bool) -> Builder:
        """TC 610/670/766/806: CREDITS += amount; creates the module if absent (RULEBOOK §5)."""

        def build(state: AccountState) -> str:
            year = self._credit_year(state, tc)
            cents, amount = table.draw()
            module = state.modules.get(year)
            if module is None:
                module = state.modules[year] = ModuleState()
            module.credits += cents
            if tc == "806":
                date = self._withholding_date(year)
            else:
                date = self._filing(year) if filing else self._recent()
            return self._emit(state, state.name_control, tc, f"{year}12", amount, date, "")

        return build

    def _tc971(self, state: AccountState) -> str | None:
        year = self._year_with_return(state)
        if year is None:
            return None
        data = self.rng.choice(ACTION_CODES)
        return self._emit(
            state, state.name_control, "971", f"{year}12", self._zero(), self._recent(), data
        )

    # ----------------------------------------------------------------------- invalid cards

    def _invalid_builders(self) -> dict[str, Builder]:
        return {
            "out_of_sequence": self._out_of_sequence,
            "bad_overpunch": self._bad_overpunch,
            "non_numeric_amount": self._non_numeric_amount,
            "non_numeric_tc": self._non_numeric_tc,
            "non_numeric_date": self._non_numeric_date,
            "non_numeric_seq": self._non_numeric_seq,
            "non_numeric_zip": self._non_numeric_zip,
            "non_numeric_return_data": self._non_numeric_return_data,
            "non_numeric_action_code": self._non_numeric_action_code,
            "negative_amount": self._negative_amount,
            "nonzero_amount": self._nonzero_amount,
            "invalid_date": self._invalid_date,
            "invalid_tax_period": self._invalid_tax_period,
            "unknown_tc": self._unknown_tc,
            "duplicate_000": self._duplicate_000,
            "wrong_name_control": self._wrong_name_control,
            "no_module": self._no_module,
            "module_table_full": self._module_table_full,
            "abatement_exceeds": self._abatement_exceeds,
            "field_overflow": self._field_overflow,
        }

    def _payment_card(
        self, state: AccountState, *, amount: str | None = None, tc: str = "670",
        period: str | None = None, date: str | None = None, ctl: str | None = None,
        seq: str | None = None,
    ) -> str:  # fmt: skip
        """An otherwise valid payment card with one field replaced by the caller."""
        if period is None:
            period = f"{self._existing_or_latest_year(state)}12"
        return self._emit(
            state,
            state.name_control if ctl is None else ctl,
            tc,
            period,
            self.payment.draw()[1] if amount is None else amount,
            self._recent() if date is None else date,
            "",
            seq,
        )

    def _out_of_sequence(self, state: AccountState) -> str | None:
        """U09: a key not above the high-water key (a repeated or a lower SEQ)."""
        if state.seq > 0:
            seq = state.seq - SEQ_STEP * self.rng.randrange(0, 2) - self.rng.randrange(0, 10)
            key = (state.tin, self.text.seq(max(seq, 0)))
        elif self.last_key is not None:
            key = self.last_key  # the previous card's key, repeated at the head of this TIN
        else:
            return None
        before = self.last_key
        text = self._payment_card(AccountState(key[0], "", state.name_control), seq=key[1])
        self.last_key = before  # a U09 card does not raise the high-water key (RULEBOOK §5)
        return text

    def _bad_overpunch(self, state: AccountState) -> str:
        """U05: an amount whose last byte is no ASCII overpunch (EBCDIC ``{``/``}``/A-R, ...)."""
        _, amount = self.payment.draw()
        return self._payment_card(state, amount=amount[:10] + self.rng.choice("{}ABCJKR+- !z"))

    def _non_numeric_amount(self, state: AccountState) -> str:
        _, amount = self.payment.draw()
        position = self.rng.randrange(10)
        junk = self.rng.choice((" ", ".", ",", "O", "l", "$"))
        if self.rng.random() < 0.2:
            return self._payment_card(state, amount=" " * 11)
        return self._payment_card(state, amount=amount[:position] + junk + amount[position + 1 :])

    def _non_numeric_tc(self, state: AccountState) -> str:
        tc = self.rng.choice(("6 0", "67O", "15l", "   ", "8O6", "29-", "A70"))
        return self._payment_card(state, tc=tc)

    def _non_numeric_date(self, state: AccountState) -> str:
        date = self._recent()
        position = self.rng.randrange(6)
        if self.rng.random() < 0.2:
            return self._payment_card(state, date="      ")
        return self._payment_card(state, date=date[:position] + "O" + date[position + 1 :])

    def _non_numeric_seq(self, state: AccountState) -> str:
        """U05: SEQ ``00012A`` sorts after ``000120`` and before ``000130``, so U09 passes."""
        state.seq += SEQ_STEP
        seq = self.text.seq(state.seq)[:-1] + self.rng.choice(LETTERS)
        return self._payment_card(state, seq=seq)

    def _non_numeric_zip(self, state: AccountState) -> str:
        """U05 before U03: a TC 000 whose ZIP is not numeric, on a TIN already on file."""
        line = state.name_line or self.text.name_line(people.name_line(self.rng))
        zip_code = self.rng.choice(("1234 ", "ABCDE", "     ", "9O210", "02l38"))
        data = self.text.entity_data(line, state.state_code, zip_code)
        return self._emit(
            state, state.name_control, "000", self.no_period, self.text.zero, self._recent(), data
        )

    def _non_numeric_return_data(self, state: AccountState) -> str:
        """U05: TC 150 with a non-numeric FILING-STATUS or BANK-RTN."""
        if self.rng.random() < 0.5:
            data = self.rng.choice((" ", "S", "*")) + "000000000"
        else:
            data = f"{state.filing_status}" + self.rng.choice(
                ("         ", "02100002 ", "O21000021")
            )
        year = self._existing_or_latest_year(state)
        _, amount = self.tax.draw()
        return self._emit(
            state, state.name_control, "150", f"{year}12", amount, self._filing(year), data
        )

    def _non_numeric_action_code(self, state: AccountState) -> str:
        data = self.rng.choice(("O10", "   ", "01 ", "A10"))
        year = self._existing_or_latest_year(state)
        return self._emit(
            state, state.name_control, "971", f"{year}12", self.text.zero, self._recent(), data
        )

    def _negative_amount(self, state: AccountState) -> str:
        cents, _ = self.payment.draw()
        tc = self.rng.choice(("670", "610", "806", "290", "766"))
        return self._payment_card(state, tc=tc, amount=self.text.amount(-cents))

    def _nonzero_amount(self, state: AccountState) -> str:
        """U05: an amount on a TC that must carry zero (000/013/014/420/421/570/571/971)."""
        tc = self.rng.choice(("420", "971", "421", "570", "571", "013", "014"))
        _, amount = self.payment.draw()
        if tc in ("013", "014"):
            line = state.name_line or self.text.name_line(people.name_line(self.rng))
            data = self.text.entity_data(line, state.state_code, state.zip_code)
            return self._emit(
                state, state.name_control, tc, self.no_period, amount, self._recent(), data
            )
        data = "010" if tc == "971" else ""
        year = self._existing_or_latest_year(state)
        return self._emit(state, state.name_control, tc, f"{year}12", amount, self._recent(), data)

    def _invalid_date(self, state: AccountState) -> str:
        return self._payment_card(state, date=self.rng.choice(self._invalid_dates()))

    def _invalid_tax_period(self, state: AccountState) -> str:
        """U05: month not 12, year outside 1960-2098, or not numeric (RULEBOOK §5)."""
        year = self._existing_or_latest_year(state)
        period = self.rng.choice(
            (f"{year}06", f"{year}01", f"{year}13", "195912", "209912", "000000", f"{year}1 ",
             f"{year}AB", "      ")
        )  # fmt: skip
        tc = self.rng.choice(("670", "610", "806", "150", "290"))
        return self._payment_card(state, tc=tc, period=period)

    def _unknown_tc(self, state: AccountState) -> str:
        return self._payment_card(state, tc=self.rng.choice(UNKNOWN_TCS))

    def _duplicate_000(self, state: AccountState) -> str:
        """U03: a TC 000 for a TIN already on file (otherwise a perfect TC 000)."""
        line = state.name_line or self.text.name_line(people.name_line(self.rng))
        data = self.text.entity_data(line, state.state_code, state.zip_code)
        return self._emit(
            state, state.name_control, "000", self.no_period, self.text.zero, self._recent(), data
        )

    def _wrong_name_control(self, state: AccountState) -> str:
        """U02: NAME-CONTROL bytes differ from the account's (compared as bytes, §5)."""
        current = state.name_control
        candidates = [current.lower(), current[::-1], "XXXX", "    ", name_control("A<QZYX<")]
        wrong = self.rng.choice([c for c in candidates if c != current] or ["ZZZZ"])
        return self._payment_card(state, ctl=wrong)

    def _no_module(self, state: AccountState) -> str:
        """U06: 290/291/420/421/570/571/971 on a missing module or one without a return."""
        missing = [y for y in self._years if not state.modules.get(y, ModuleState()).has_return]
        year = self.rng.choice(missing)
        tc = self.rng.choice(("290", "291", "420", "421", "570", "571", "971"))
        amount = self.additional.draw()[1] if tc in ("290", "291") else self.text.zero
        data = "010" if tc == "971" else ""
        return self._emit(state, state.name_control, tc, f"{year}12", amount, self._recent(), data)

    def _module_table_full(self, state: AccountState) -> str | None:
        """U07: a module-creating TC for a fifth tax period."""
        if len(state.modules) < self.max_modules:
            return None
        year = self.rng.choice([y for y in self._years if y not in state.modules])
        tc = self.rng.choice(("150", "610", "670", "766", "806"))
        if tc == "150":  # with valid return data, so that U05 passes and U07 decides
            _, amount = self.tax.draw()
            return self._emit(
                state, state.name_control, tc, f"{year}12", amount, self._filing(year),
                self._return_data(state),
            )  # fmt: skip
        return self._payment_card(state, tc=tc, period=f"{year}12")

    def _abatement_exceeds(self, state: AccountState) -> str | None:
        """U08: a TC 291 larger than TAX-ASSESSED."""
        years = [y for y, m in state.modules.items() if m.has_return]
        if not years:
            return None
        year = self.rng.choice(years)
        cents = state.modules[year].assessed + self.rng.choice((1, 100, self.additional.draw()[0]))
        return self._payment_card(
            state, tc="291", period=f"{year}12", amount=self.text.amount(cents)
        )

    def _field_overflow(self, state: AccountState) -> str | None:
        """U10: an FTF past 9,999,999.99, or TAX-ASSESSED / CREDITS past 999,999,999.99.

        Each card carries the smallest amount that overflows, because the control report sums
        every card's AMOUNT in S9(13)V99 (RULEBOOK §8) and long runs must not overflow that.
        """
        if self.rng.random() < 0.85:
            late_return = self._ftf_overflow(state)
            if late_return is not None:
                return late_return
        for year, module in state.modules.items():
            if module.has_return and module.assessed > 0:
                cents = self.max_money - module.assessed + min(module.assessed, 1 + self._below(99))
                return self._payment_card(
                    state, tc="290", period=f"{year}12", amount=self.text.amount(cents)
                )
            if module.credits > 0:
                cents = self.max_money - module.credits + min(module.credits, 1 + self._below(99))
                return self._payment_card(
                    state, tc="670", period=f"{year}12", amount=self.text.amount(cents)
                )
        return self._ftf_overflow(state)

    def _ftf_overflow(self, state: AccountState) -> str | None:
        """A return 150 days late (5 months, the cap; RULEBOOK §3, §6) whose FTF base exceeds
        $40,000,000: base × 5% × 5 does not fit FTF-PENALTY S9(7)V99."""
        modules = state.modules
        unfiled = [y for y, m in modules.items() if not m.has_return]
        free = [y for y in self._years if y not in modules]
        if unfiled:
            year = unfiled[0]
        elif free and len(modules) < self.max_modules:
            year = free[-1]
        else:
            return None
        credits, assessed = (
            (modules[year].credits, modules[year].assessed) if year in modules else (0, 0)
        )
        cents = credits + 4_000_100_000 + self._below(2_000_000_000)
        if cents > self.max_money - max(assessed, 0):
            return None
        late = self.dates.card(self.cal.due_ordinal(year) + 150)
        return self._emit(
            state, state.name_control, "150", f"{year}12", self.text.amount(cents), late,
            self._return_data(state),
        )  # fmt: skip

    def _below(self, n: int) -> int:
        return self.rng.randrange(n)

    # ------------------------------------------------------------------------ choosing years

    def _year_with_return(self, state: AccountState) -> int | None:
        years = [y for y, m in state.modules.items() if m.has_return]
        return self.rng.choice(years) if years else None

    def _return_year(self, state: AccountState) -> int | None:
        """A module without a return, or a new tax year when the table has room (U07)."""
        latest = self.cal.latest_filing_year
        unfiled = [y for y, m in state.modules.items() if not m.has_return and y <= latest]
        if unfiled:
            return self.rng.choice(unfiled)
        if len(state.modules) >= self.max_modules:
            return None
        free = [y for y in self._years if y not in state.modules]
        # Mostly this filing season's return; sometimes a late one for an earlier year.
        if latest not in state.modules and self.rng.random() < 0.7:
            return latest
        return self.rng.choice(free) if free else None

    def _credit_year(self, state: AccountState, tc: str) -> int:
        modules = state.modules
        due = [y for y, m in modules.items() if m.due] if tc in ("610", "670") else []
        # Only accounts read from a master file mark modules due: a payment answers a notice.
        if due and self.rng.random() < 0.5:
            return self.rng.choice(due)
        if modules and (len(modules) >= self.max_modules or self.rng.random() < 0.7):
            return self.rng.choice(list(modules))
        if tc == "806" and self.cal.run_year not in modules and self.rng.random() < 0.3:
            return self.cal.run_year  # this year's withholding, before any return
        latest = self.cal.latest_filing_year
        if latest not in modules:
            return latest
        free = [y for y in self._years if y not in modules]
        return self.rng.choice(free)

    def _existing_or_latest_year(self, state: AccountState) -> int:
        return (
            self.rng.choice(list(state.modules)) if state.modules else self.cal.latest_filing_year
        )

    # ------------------------------------------------------------------------------- details

    def _zero(self) -> str:
        return self.text.negative_zero if self.rng.random() < 0.02 else self.text.zero

    def _return_data(self, state: AccountState) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            state.bank_rtn, state.bank_acct = MasterFactory.bank(rng)
        if rng.random() < 0.05:
            state.filing_status = rng.randrange(1, 6)
        return self.text.return_data(state.filing_status, state.bank_rtn, state.bank_acct)

    # --------------------------------------------------------------------------------- dates

    def _recent(self) -> str:
        """A date in the last eight weeks; sometimes a month end or an edge of the calendar."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.006:
            return self.dates.card(rng.choice(self._edge_dates))
        day = int(rng.random() * RECENT_DAYS)
        return self._recent_month_ends[day] if roll < 0.08 else self._recent_days[day]

    def _filing(self, year: int) -> str:
        """A filing date around the due date (15 April), a fifth of them late."""
        rng = self.rng
        if rng.random() < 0.006:
            return self.dates.card(rng.choice(self._edge_dates))
        due = self.cal.due_ordinal(year)
        roll = rng.random()
        if roll < 0.1:
            ordinal = due  # on the day
        elif roll < 0.8:
            ordinal = due - rng.randrange(1, 90)
        else:
            ordinal = due + rng.randrange(1, 240)
        opens = dt.date(year + 1, 1, 2).toordinal()
        return self.dates.card(
            max(min(ordinal, self.cal.run_ordinal), min(opens, self.cal.run_ordinal))
        )

    def _withholding_date(self, year: int) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.5:
            day = dt.date(year, 12, 31)
        elif roll < 0.7:
            day = dt.date(year + 1, 1, 31)
        else:
            day = _month_end(dt.date(year, rng.randrange(1, 13), 1))
        return self.dates.card(min(day.toordinal(), self.cal.run_ordinal))

    def _edge_date_ordinals(self) -> tuple[int, ...]:
        """Valid dates at the edges: leap days, the century window (2049 vs 1960), 2000-02-29."""
        run_year = self.cal.run_year
        edges = [dt.date(1960, 1, 1), dt.date(1999, 12, 31), dt.date(2000, 2, 29),
                 dt.date(2049, 12, 31), dt.date(2049, 1, 1), dt.date(run_year, 4, 15)]  # fmt: skip
        edges += [dt.date(y, 2, 29) for y in range(run_year - 8, run_year + 1) if is_leap(y)]
        return tuple(day.toordinal() for day in edges)

    def _invalid_dates(self) -> tuple[str, ...]:
        """Dates that fail RULEBOOK §3: no such day, no such month, or before 1960 by the window."""
        yy = self.cal.run_year % 100
        non_leap = next(y for y in range(self.cal.run_year, 1900, -1) if not is_leap(y)) % 100
        return (f"{non_leap:02d}0229", f"{yy:02d}0230", f"{yy:02d}0431", f"{yy:02d}1301",
                f"{yy:02d}0000", f"{yy:02d}0100", "000000", "500101", "591231", "550615",
                "000230", "990931")  # fmt: skip


def _month_end(day: dt.date) -> dt.date:
    first_next = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)
