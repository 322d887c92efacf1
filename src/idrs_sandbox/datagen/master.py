"""Master accounts (TAXACCT) that are valid under the rulebook and look like last week's output.

Every module keeps the RULEBOOK §2 invariant BALANCE = ASSESSED + FTF + FTP + INTEREST − CREDITS,
and its status agrees with its money and notice history (RULEBOOK §6):

- ``00``: no return posted (withholding or estimated payments only, so often a credit balance);
- ``10``: return posted, balance due, no notice yet;
- ``12``: settled (balance 0), or a credit held by a freeze, or (rarely) an unfrozen credit left
  for this week's offset / refund step;
- ``21`` / ``54`` / ``56`` / ``58``: CP14 / CP501 / CP503 / CP504 sent, at least five cycles
  apart, the last one ``NOTICE-CYCLE``; interest and FTP assessed up to that notice's run;
- ``22``: CP504 sent five or more cycles ago and nothing more to send.

One module in a thousand owes hundreds of millions (status 10, filed on time): its first notice
needs interest or FTP that does not fit S9(7)V99, the report's "assessment overflow" (§6).

FTF, FTP and interest are computed with the rulebook's own formulas (§3, §6) so the figures look
like something the program itself wrote.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from decimal import Decimal
from itertools import accumulate

from idrs_sandbox.datagen import banking, people
from idrs_sandbox.datagen.amounts import TAX, WITHHOLDING, AmountTable
from idrs_sandbox.datagen.dates import (
    RunCalendar,
    cycle_index,
    cycle_of_date,
    cycle_of_index,
    days_360,
    due_date,
    months_late,
    yymmdd,
    yyyymmdd,
)
from idrs_sandbox.datagen.layout import Account, Module, encode_account, encode_module

FTF_MONTHS_CAP = 5  # RULEBOOK §6
NOTICE_GAP = 5  # RULEBOOK §6: a next notice is due 5 or more cycles after the last one
NOTICE_CODES = ("CP14 ", "CP501", "CP503", "CP504")
STATUS_OF_NOTICE = {1: 21, 2: 54, 3: 56, 4: 58}
EARLIEST_CYCLE_INDEX = cycle_index(196001)
NO_ACTIVITY = "000000"

# Module kinds and their share of master modules: the status spread of the brief.
_KINDS = (
    ("none", 6),
    ("due", 8),
    ("settled", 44),
    ("notice1", 12),
    ("notice2", 6),
    ("notice3", 5),
    ("notice4", 4),
    ("tda", 5),
    ("held_credit", 7),
    ("open_credit", 3),
    ("huge_due", 0.1),
)
_KIND_NAMES = tuple(name for name, _ in _KINDS)
_KIND_CUMULATIVE = tuple(accumulate(weight for _, weight in _KINDS))
_MODULE_COUNTS = (0, 1, 1, 1, 2, 2, 2, 3, 3, 4)
_FILING_STATUSES = (1, 1, 1, 1, 2, 2, 2, 2, 3, 4, 4, 5)


MODULE_POOL_BITS = 11
"""Each tax year draws its modules from a pool of 2,048, built lazily (see MasterFactory)."""


class MasterFactory:
    """Builds one valid :class:`Account` per call, from the run's random stream.

    Building and packing a module costs far more than the rest of an account, so each tax year
    keeps a pool of 2,048 modules, each built (and encoded) the first time it is drawn, then
    shared by every account that draws it again. Pooled modules are never mutated afterwards.
    """

    def __init__(self, rng: random.Random, calendar: RunCalendar, interest_rate: Decimal) -> None:
        self.rng = rng
        self.cal = calendar
        self.tax = AmountTable(rng, TAX)
        self.withholding = AmountTable(rng, WITHHOLDING)
        # RULEBOOK §6: daily rate = INTEREST-RATE / 360 in a PIC V9(8) field, truncated.
        self.daily_rate_e8 = int(interest_rate * 10**8) // 360
        self._pool: dict[int, list[Module | None]] = {}
        self._encoded: dict[int, bytes] = {}  # id(pooled module) -> its 86 bytes
        self._activity: dict[int, int] = {}  # id(pooled module) -> cycle index of LAST-ACTIVITY

    def account(self, tin: int) -> Account:
        rng = self.rng
        addr = people.address(rng)
        name = people.name_line(rng)
        acct = Account(tin, name, addr.street, addr.city, addr.state, addr.zip_code)
        years = self._tax_years(rng.choice(_MODULE_COUNTS))
        acct.modules = [self._pooled(year) for year in years]
        if any(m.return_date for m in acct.modules) or rng.random() < 0.3:
            acct.filing_status = rng.choice(_FILING_STATUSES)
        acct.bank_rtn, acct.bank_acct = self.bank(rng)
        self._cycles(acct)
        return acct

    def record(self, acct: Account) -> bytes:
        """The TAXACCT bytes of an account built here (pooled modules are encoded once)."""
        return encode_account(acct, [self._encoded[id(m)] for m in acct.modules])

    def _pooled(self, year: int) -> Module:
        slots = self._pool.get(year)
        if slots is None:
            slots = self._pool[year] = [None] * (1 << MODULE_POOL_BITS)
        index = self.rng.getrandbits(MODULE_POOL_BITS)
        module = slots[index]
        if module is None:
            module = slots[index] = self._module(year)
            self._encoded[id(module)] = encode_module(module)
            if module.last_activity != NO_ACTIVITY:
                day = _date_of_text(module.last_activity)
                self._activity[id(module)] = cycle_index(cycle_of_date(day))
        return module

    @staticmethod
    def bank(rng: random.Random) -> tuple[str, str]:
        """Bank fields in every shape RULEBOOK §6 distinguishes for a refund."""
        roll = rng.random()
        if roll < 0.45:
            return banking.valid_routing(rng), banking.bank_account(rng)
        if roll < 0.55:
            return banking.invalid_routing(rng), banking.bank_account(rng)
        if roll < 0.60:
            return banking.valid_routing(rng), ""  # valid routing, blank account: paper check
        return banking.NO_ROUTING, ""

    def _tax_years(self, count: int) -> list[int]:
        span = range(self.cal.oldest_tax_year + 1, self.cal.latest_filing_year + 1)
        return sorted(self.rng.sample(span, min(count, len(span))))

    def _cycles(self, acct: Account) -> None:
        """ESTABLISHED-CYCLE before any activity; LAST-UPDATE-CYCLE the latest posting's week."""
        run_index = self.cal.run_index
        touched = [self._activity[id(m)] for m in acct.modules if id(m) in self._activity]
        first = min(touched, default=run_index - 1)
        established = max(EARLIEST_CYCLE_INDEX, min(first, run_index - 1) - self.rng.randrange(400))
        last = min(max([established, *touched]), run_index - 1)
        acct.established_cycle = cycle_of_index(established)
        acct.last_update_cycle = cycle_of_index(max(last, established))

    # ---------------------------------------------------------------------------------- modules

    def _module(self, year: int) -> Module:
        rng = self.rng
        kind = _KIND_NAMES[bisect.bisect(_KIND_CUMULATIVE, rng.random() * _KIND_CUMULATIVE[-1])]
        m = Module(year)
        if kind == "none":
            self._no_return(m)
            return m
        withholding, posted = self._file_return(m)
        if kind.startswith("notice") or kind == "tda":
            count = 4 if kind == "tda" else int(kind[-1])
            if self._noticed(m, withholding, posted, count, tda=kind == "tda"):
                return m
            kind = "settled"  # too recent a return for that many notices
        if kind == "huge_due":
            self._huge(m, posted)
        elif kind == "due" and m.assessed + m.ftf > 0:
            self._balance_due(m, withholding, posted)
        elif kind in ("held_credit", "open_credit"):
            self._credit(m, posted, held=kind == "held_credit")
        else:
            self._settled(m, withholding, posted)
        self._overlay_freezes(m)
        return m

    def _no_return(self, m: Module) -> None:
        """Status 00: withholding (TC 806) posted, no return yet; a credit balance or zero."""
        if self.rng.random() < 0.8:
            m.credits = self.withholding.draw()[0]
            posted = dt.date(m.tax_year, 12, 31)
            m.last_tc, m.last_activity = 806, yymmdd(min(posted, self._before_run(3)))
        else:
            m.last_tc, m.last_activity = 0, NO_ACTIVITY

    def _file_return(self, m: Module) -> tuple[int, int]:
        """TC 150: TAX-ASSESSED, RETURN-DATE, FTF; returns (withholding, index of posting cycle)."""
        rng = self.rng
        due = due_date(m.tax_year)
        if rng.random() < 0.8:
            filed = due - dt.timedelta(days=rng.randrange(90))
        else:
            filed = due + dt.timedelta(days=rng.randrange(1, 240))
        filed = max(dt.date(m.tax_year + 1, 1, 2), min(filed, self._before_run(7)))
        m.assessed = 0 if rng.random() < 0.03 else self.tax.draw()[0]
        withholding = m.assessed * rng.randrange(50, 116) // 100
        # RULEBOOK §6 FTF: base × 0.05 × months (cap 5), ROUNDED; base = assessed − credits.
        months = min(months_late(due, filed), FTF_MONTHS_CAP)
        m.ftf = (max(0, m.assessed - withholding) * 5 * months + 50) // 100
        m.return_date = yyyymmdd(filed)
        m.last_tc, m.last_activity = 150, yymmdd(filed)
        return withholding, cycle_index(cycle_of_date(filed)) + 1

    def _balance_due(self, m: Module, withholding: int, posted: int) -> None:
        """Status 10: the return left a balance; no notice has gone out yet."""
        total = m.assessed + m.ftf
        m.credits = min(withholding, total - max(1, total * self.rng.randrange(2, 60) // 100))
        m.status, m.status_cycle = 10, self._past_cycle(posted)

    def _huge(self, m: Module, posted: int) -> None:
        """Status 10 with a balance of hundreds of millions, filed on time (so no FTF)."""
        m.assessed = 60_000_000_000 + self.rng.randrange(20_000_000_000)
        m.ftf = 0
        m.return_date = min(m.return_date, yyyymmdd(due_date(m.tax_year)))
        m.last_activity = yymmdd(_date8(m.return_date))
        m.credits = m.assessed // 10
        m.status, m.status_cycle = 10, self._past_cycle(posted)

    def _settled(self, m: Module, withholding: int, posted: int) -> None:
        """Status 12: paid in full (possibly after interest and FTP), or refunded at filing."""
        m.status, m.interest, m.ftp = 12, 0, 0
        if withholding >= m.assessed + m.ftf:
            # The excess went out as a refund (TC 846 reduces CREDITS; RULEBOOK §6).
            m.credits = m.assessed + m.ftf
            settled = _date8(m.return_date)
        else:
            settled = self._after(_date8(m.return_date), 10, 200)
            if self.rng.random() < 0.3:
                self._assess_through(m, m.assessed + m.ftf - withholding, settled)
            m.credits = m.assessed + m.ftf + m.ftp + m.interest
            m.last_tc, m.last_activity = 670, yymmdd(settled)
            posted = cycle_index(cycle_of_date(settled))
        m.status_cycle = self._past_cycle(posted)
        # RULEBOOK §6: entering status 12 sets INTEREST-DATE to that run's date.
        m.interest_date = yyyymmdd(min(self.cal.cycle_start(posted), self._before_run(1)))

    def _credit(self, m: Module, posted: int, *, held: bool) -> None:
        """A credit balance: an overpayment after settlement, held by a freeze or left open."""
        self._settled(m, m.assessed + m.ftf, posted)
        m.credits += self.withholding.draw()[0] // 10 + 1
        if held:
            roll = self.rng.random()
            m.freeze_r, m.freeze_l, m.freeze_a = roll < 0.6, 0.6 <= roll < 0.85, roll >= 0.85
            m.last_tc = 570 if m.freeze_r else 420 if m.freeze_l else 971

    def _noticed(self, m: Module, withholding: int, posted: int, count: int, *, tda: bool) -> bool:
        """Statuses 21/54/56/58 (``count`` notices sent) or 22; False when the dates cannot fit."""
        run_index = self.cal.run_index
        earliest = posted + 1 + NOTICE_GAP * (count - 1)
        latest = run_index - 1 - (NOTICE_GAP if tda else 0)
        if earliest > latest:
            return False
        notice = max(earliest, latest - self.rng.randrange(12))
        notice_day = self.cal.cycle_start(notice) + dt.timedelta(days=4)
        total = m.assessed + m.ftf
        owed = max(1, total * self.rng.randrange(5, 80) // 100)
        m.credits = max(0, min(withholding, total - owed))
        self._assess_through(m, total - m.credits, notice_day)
        if m.balance <= 0:
            m.interest = m.ftp = 0
            return False
        m.last_notice, m.notice_cycle = NOTICE_CODES[count - 1], cycle_of_index(notice)
        if tda:
            m.status = 22
            m.status_cycle = cycle_of_index(self.rng.randrange(notice + NOTICE_GAP, run_index))
        else:
            m.status, m.status_cycle = STATUS_OF_NOTICE[count], m.notice_cycle
        m.interest_date = yyyymmdd(notice_day)
        return True

    def _assess_through(self, m: Module, owed: int, day: dt.date) -> None:
        """Interest (truncated) then FTP (ROUNDED) from the due date to ``day`` (RULEBOOK §6)."""
        due = due_date(m.tax_year)
        days = days_360(due, day)
        if days > 0 and owed > 0:
            m.interest = min(owed * self.daily_rate_e8 * days // 10**8, 10**8)
        tenths = min(5 * months_late(due, day), 250)  # 0.005 per month, at most 0.25
        m.ftp = min((m.assessed * tenths + 500) // 1000, 10**8)

    def _overlay_freezes(self, m: Module) -> None:
        roll = self.rng.random()
        if roll < 0.02:
            m.freeze_a, m.last_tc = True, 971
        elif roll < 0.05:
            m.freeze_l, m.last_tc = True, 420
        elif roll < 0.07:
            m.freeze_r, m.last_tc = True, 570

    # ------------------------------------------------------------------------------------ dates

    def _past_cycle(self, index: int) -> int:
        """The cycle of ``index``, no later than last week's (the master is last week's output)."""
        return cycle_of_index(min(index, self.cal.run_index - 1))

    def _before_run(self, days: int) -> dt.date:
        return self.cal.run_date - dt.timedelta(days=days)

    def _after(self, start: dt.date, low: int, high: int) -> dt.date:
        later = start + dt.timedelta(days=self.rng.randrange(low, high))
        return max(start, min(later, self._before_run(1)))


def _date8(value: int) -> dt.date:
    return dt.date(value // 10000, value // 100 % 100, value % 100)


def _date_of_text(text: str) -> dt.date:
    """A module's LAST-ACTIVITY (``YYMMDD``, window 50) as a date; ``000000`` is no activity."""
    if text == NO_ACTIVITY:
        return dt.date(1960, 1, 1)
    yy = int(text[:2])
    return dt.date(2000 + yy if yy < 50 else 1900 + yy, int(text[2:4]), int(text[4:]))
