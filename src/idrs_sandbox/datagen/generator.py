"""``generate_run``: a whole run folder (CONTROL, MASTIN, TRANSIN) from a seed, streamed to disk.

One pass walks the TIN space in ascending order. Each TIN slot is, at random but with exact
totals, a master account (a TAXACCT record and its cards), a new account (a TC 000 and its cards)
or a special invalid slot (a card for a TIN not on file, or a non-numeric TIN). So MASTIN comes out
in ascending TIN order and TRANSIN sorted by TIN then SEQ, new TINs interleaved between master
TINs, without sorting and in memory that does not grow with the number of records.

Everything random comes from one ``random.Random(seed)``: the same arguments give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import BinaryIO

from idrs_sandbox.datagen.cards import (
    INTENDED_UPC,
    INVALID_MIX,
    MAX_CARDS_PER_TIN,
    SPECIAL_MIX,
    CardFactory,
    InvalidQuota,
)
from idrs_sandbox.datagen.dates import (
    MAX_RUN_YEAR,
    MIN_RUN_YEAR,
    RunCalendar,
    cycle_index,
    date8_valid,
    week_start,
    yyyymmdd,
)
from idrs_sandbox.datagen.layout import control_card, records_of_the_run
from idrs_sandbox.datagen.master import MasterFactory
from idrs_sandbox.datagen.masterfile import MasterFile, MasterRecord, cycle_after, newest_cycle
from idrs_sandbox.datagen.tins import TIN_SPACE, TinAllocator, index_of, tin_at
from idrs_sandbox.errors import IdrsError, UsageError
from idrs_sandbox.generations import keep_prior_generation

DEFAULT_ACCOUNTS = 1000
DEFAULT_CYCLE = 202415
DEFAULT_INTEREST_RATE = Decimal("0.0800")
DEFAULT_INVALID_SHARE = 0.05
NEW_ACCOUNT_SHARE = 0.03
"""Share of the cards that open a new account (TC 000) when there is a master file."""
NEW_ACCOUNT_CARDS_WITHOUT_MASTER = 6
"""With no master accounts every card belongs to a new account: one TC 000 per this many cards."""
RUN_DAY_OF_WEEK = 4
"""The run date is the fifth day of the run's week (weeks counted in sevens from 1 January)."""

RUN_FILES = ("CONTROL", "MASTIN", "TRANSIN")
"""The files of a run folder, as the posting program's DD names."""

_FLUSH_CARDS = 65_536
_FLUSH_ACCOUNTS = 4_096
_PROGRESS_EVERY = 10_000

Progress = Callable[[int], None]
"""Called now and then with the number of records (accounts + cards) written so far."""


class GenerateOptionError(UsageError):
    """An option of ``idrs generate`` / ``generate_run`` that cannot be honoured."""


class GenerateOutputError(IdrsError):
    """The run folder cannot be made or written (the message names the path)."""


@dataclass(frozen=True)
class GenerationOptions:
    """The arguments of a run; validated on construction."""

    accounts: int
    transactions: int
    seed: int = 0
    cycle: int = DEFAULT_CYCLE
    run_date: int | None = None
    interest_rate: Decimal = DEFAULT_INTEREST_RATE
    invalid_share: float = DEFAULT_INVALID_SHARE
    master: Path | None = None
    """Last week's MASTOUT: copied as MASTIN, the cards dealt against its accounts."""

    def __post_init__(self) -> None:
        if self.accounts < 0 or self.transactions < 0:
            raise GenerateOptionError("--accounts and --transactions must not be negative")
        if self.master is not None and self.accounts:
            raise GenerateOptionError("--accounts cannot be used with --master (the master's)")
        check_cycle(self.cycle)
        if self.run_date is not None:
            check_run_date(self.run_date)
        check_interest_rate(self.interest_rate)
        if not 0.0 <= self.invalid_share <= 1.0:
            raise GenerateOptionError(f"--invalid-share {self.invalid_share}: use 0.0 to 1.0")

    @property
    def effective_run_date(self) -> int:
        if self.run_date is not None:
            return self.run_date
        return yyyymmdd(week_start(self.cycle) + dt.timedelta(days=RUN_DAY_OF_WEEK))


def check_cycle(cycle: int) -> None:
    """RUN-CYCLE ``YYYYCC``: week 01-52 (RULEBOOK §2); years the card dates can express (§3)."""
    year, week = divmod(cycle, 100)
    if not 1 <= week <= 52 or not MIN_RUN_YEAR <= year <= MAX_RUN_YEAR:
        raise GenerateOptionError(
            f"--cycle {cycle}: use YYYYCC with week CC 01-52 and year "
            f"{MIN_RUN_YEAR}-{MAX_RUN_YEAR} (card dates are YYMMDD, century window 50)"
        )


def check_run_date(run_date: int) -> None:
    if not date8_valid(run_date) or not MIN_RUN_YEAR <= run_date // 10000 <= MAX_RUN_YEAR:
        raise GenerateOptionError(
            f"--run-date {run_date}: use a valid YYYYMMDD in {MIN_RUN_YEAR}-{MAX_RUN_YEAR}"
        )


def check_interest_rate(rate: Decimal) -> None:
    """INTEREST-RATE is PIC 9V9(4): 0.0000 to 9.9999, at most four decimals (RULEBOOK §2)."""
    try:
        fits = rate.is_finite() and 0 <= rate < 10 and rate == rate.quantize(Decimal("0.0001"))
    except InvalidOperation:
        fits = False
    if not fits:
        raise GenerateOptionError(f"--interest-rate {rate}: use 0.0000 to 9.9999 (PIC 9V9(4))")


@dataclass(frozen=True)
class GenerationSummary:
    """What a generation wrote. ``valid_by_tc`` counts valid cards by the TC they post as
    (``976`` = a duplicate TC 150); ``invalid_by_kind`` counts deliberate unpostables."""

    options: GenerationOptions
    folder: Path | None
    run_date: int
    accounts: int
    transactions: int
    new_accounts: int
    valid_by_tc: dict[str, int]
    invalid_by_kind: dict[str, int]
    seconds: float = field(default=0.0, compare=False)
    prior: Path | None = field(default=None, compare=False)
    """Where the folder's earlier CONTROL, MASTIN and TRANSIN were moved (None: there were none)."""

    @property
    def invalid(self) -> int:
        return sum(self.invalid_by_kind.values())

    @property
    def intended_upc(self) -> dict[str, int]:
        """Invalid cards by the UPC each was built to draw (RULEBOOK §5)."""
        totals: Counter[str] = Counter()
        for kind, count in self.invalid_by_kind.items():
            totals[INTENDED_UPC[kind]] += count
        return dict(sorted(totals.items()))


@dataclass
class _Plan:
    """How many TIN slots of each kind, and how the cards split between them."""

    masters: int
    new: int
    specials: dict[str, int]
    free_cards: int
    in_account_invalid: int

    @property
    def groups(self) -> int:
        return self.masters + self.new + sum(self.specials.values())


def plan_run(options: GenerationOptions, accounts: int) -> _Plan:
    """The slots of a run with ``accounts`` master accounts (``--accounts``, or the master's)."""
    cards = options.transactions
    invalid = math.floor(cards * options.invalid_share + 0.5)
    special_weight = sum(w for _, _, w in SPECIAL_MIX)
    all_weight = special_weight + sum(w for _, _, w in INVALID_MIX)
    special_total = min(cards, math.floor(invalid * special_weight / all_weight + 0.5))
    specials: dict[str, int] = {}
    left = special_total
    for kind, _, weight in SPECIAL_MIX:
        specials[kind] = min(left, math.floor(special_total * weight / special_weight + 0.5))
        left -= specials[kind]
    specials[SPECIAL_MIX[0][0]] += left
    if accounts:
        new = math.floor(cards * NEW_ACCOUNT_SHARE + 0.5)
    else:
        new = math.ceil(cards / NEW_ACCOUNT_CARDS_WITHOUT_MASTER)
    new = min(new, cards - special_total)
    free = cards - special_total - new
    if free and not accounts and not new:
        new, free = 1, free - 1
    plan = _Plan(accounts, new, specials, free, min(invalid - special_total, free))
    if plan.groups > TIN_SPACE:
        raise GenerateOptionError(
            f"{plan.groups:,} TINs needed ({accounts:,} accounts, {new:,} new, "
            f"{special_total:,} special); areas 000 and 666 hold {TIN_SPACE:,}"
        )
    if free > (accounts + new) * (MAX_CARDS_PER_TIN - 1):
        raise GenerateOptionError(
            f"{cards:,} transactions for {accounts + new:,} accounts: SEQ 9(6) in steps of 10 "
            f"allows at most {MAX_CARDS_PER_TIN - 1:,} cards per TIN"
        )
    return plan


def default_cycle(master: Path | None) -> int:
    """``--cycle`` when not given: the cycle after the master's newest activity (its latest
    established, updated, status or notice cycle), else ``DEFAULT_CYCLE``."""
    if master is None:
        return DEFAULT_CYCLE
    MasterFile(master)  # a file that is not whole TAXACCT records is named as such first
    newest = newest_cycle(master)
    if not newest:
        return DEFAULT_CYCLE
    cycle = cycle_after(newest)
    try:
        check_cycle(cycle)
    except GenerateOptionError:
        raise GenerateOptionError(
            f"{master}: the newest activity is in cycle {newest}; the cycle after it, {cycle}, "
            "cannot be generated: give --cycle"
        ) from None
    return cycle


def check_follows_master(cycle: int, master: Path) -> None:
    """A week follows its master: ``cycle`` must come after the newest cycle the master records
    (an earlier week would post modules of tax years its calendar does not know yet)."""
    MasterFile(master)  # a file that is not whole TAXACCT records is named as such first
    newest = newest_cycle(master)
    if newest and cycle_index(cycle) <= cycle_index(newest):
        raise GenerateOptionError(
            f"--cycle {cycle} is not after {master}'s newest cycle {newest}: a week follows its "
            f"master (give {cycle_after(newest)} or later, or leave --cycle out)"
        )


def generate_run(
    folder: Path,
    accounts: int,
    transactions: int,
    seed: int = 0,
    cycle: int | None = None,
    *,
    run_date: int | None = None,
    interest_rate: Decimal = DEFAULT_INTEREST_RATE,
    invalid_share: float = DEFAULT_INVALID_SHARE,
    master: Path | None = None,
    progress: Progress | None = None,
) -> GenerationSummary:
    """Write ``CONTROL``, ``MASTIN`` and ``TRANSIN`` into ``folder`` (created if needed).

    With ``master`` (last week's MASTOUT; ``accounts`` must be 0), MASTIN is that file's bytes
    and the cards are dealt against its accounts; ``cycle`` defaults to the week after the
    master's newest activity (:func:`default_cycle`).

    The two big files are written under temporary names and renamed at the end, so an
    interrupted generation never leaves a half-written MASTIN that looks complete.
    """
    if cycle is None:
        cycle = default_cycle(master)
    elif master is not None:
        check_cycle(cycle)
        check_follows_master(cycle, master)
    options = GenerationOptions(
        accounts, transactions, seed, cycle, run_date, interest_rate, invalid_share, master
    )
    try:
        summary = _write_folder(folder, options, progress)
    except OSError as error:
        # A folder that cannot be made or written: one line naming the path, never a traceback.
        path = error.filename if error.filename is not None else folder
        if Path(path).name.endswith(".partial"):  # a temporary name means nothing to a person
            path = folder
        if isinstance(error, FileExistsError):
            raise GenerateOutputError(f"{path}: exists and is not a folder") from None
        if isinstance(error, NotADirectoryError):
            reason = "a part of that path is a file, not a folder"
            raise GenerateOutputError(f"{path}: cannot make it ({reason})") from None
        raise GenerateOutputError(f"{path}: cannot write ({error.strerror})") from None
    return replace(summary, folder=folder)


def _write_folder(
    folder: Path, options: GenerationOptions, progress: Progress | None
) -> GenerationSummary:
    """Write the three files as hidden partial files, then move any earlier CONTROL, MASTIN and
    TRANSIN of ``folder`` into a ``PRIOR.GnnnnV00`` folder (never deleted, never overwritten)
    and rename the new ones into place: an interrupted generation leaves the earlier files."""
    folder.mkdir(parents=True, exist_ok=True)
    partial: dict[str, Path] = {}
    try:
        for name in RUN_FILES:  # unique names: never a file of someone else's
            handle, made = tempfile.mkstemp(prefix=f".{name}.", suffix=".partial", dir=folder)
            os.close(handle)
            partial[name] = Path(made)
        partial["CONTROL"].write_bytes(
            control_card(options.cycle, options.effective_run_date, options.interest_rate)
        )
        with (
            partial["MASTIN"].open("wb", buffering=1 << 20) as mastin,
            partial["TRANSIN"].open("wb", buffering=1 << 20) as transin,
        ):
            summary = generate_streams(options, mastin, transin, progress)
        prior = keep_prior_generation(folder, RUN_FILES)
        for name, path in partial.items():
            os.replace(path, folder / name)
    finally:
        for path in partial.values():
            path.unlink(missing_ok=True)
    return replace(summary, prior=prior)


def generate_streams(
    options: GenerationOptions,
    mastin: BinaryIO,
    transin: BinaryIO,
    progress: Progress | None = None,
) -> GenerationSummary:
    """Write the MASTIN and TRANSIN records of ``options`` to two binary streams."""
    started = time.perf_counter()
    on_file = MasterFile(options.master) if options.master is not None else None
    plan = plan_run(options, on_file.count if on_file is not None else options.accounts)
    rng = random.Random(options.seed)
    run_date = options.effective_run_date
    calendar = RunCalendar(
        options.cycle, dt.date(run_date // 10000, run_date // 100 % 100, run_date % 100)
    )
    masters = MasterFactory(rng, calendar, options.interest_rate)
    cards = CardFactory(rng, calendar)
    writer = _Writer(mastin, transin, cards.out, progress)
    if on_file is None:
        _walk(plan, rng, masters, cards, writer)
    else:
        _walk_on_file(plan, rng, iter(on_file), cards, writer)
    writer.flush()
    if writer.cards != options.transactions:
        raise RuntimeError(f"generator bug: {writer.cards} cards, {options.transactions} asked")
    return GenerationSummary(
        options=options,
        folder=None,
        run_date=run_date,
        accounts=writer.accounts,
        transactions=writer.cards,
        new_accounts=cards.new_accounts,
        valid_by_tc=dict(sorted(cards.by_tc.items())),
        invalid_by_kind=dict(sorted(cards.invalid_by_kind.items())),
        seconds=time.perf_counter() - started,
    )


@dataclass
class _Budget:
    """What a walk still has to deal: TIN slots of each kind, account holders, free cards (the
    cards beyond each group's first), and the quota of invalid cards."""

    left: dict[str, int]
    holders: int
    free: int
    quota: InvalidQuota

    @classmethod
    def of(cls, plan: _Plan) -> _Budget:
        return cls(
            {"master": plan.masters, "new": plan.new, **plan.specials},
            plan.masters + plan.new,
            plan.free_cards,
            InvalidQuota(plan.in_account_invalid, plan.free_cards),
        )

    def draw_kind(self, rng: random.Random, slots_left: int) -> str:
        return _draw_kind(rng, tuple(self.left), self.left, slots_left)

    def draw_count(self, rng: random.Random) -> int:
        """The number of cards of the next account's group (exact totals at the end)."""
        count = _draw_count(rng, self.free, self.holders)
        self.holders, self.free = self.holders - 1, self.free - count
        return count


def _walk(
    plan: _Plan, rng: random.Random, masters: MasterFactory, cards: CardFactory, writer: _Writer
) -> None:
    """Visit every TIN slot in ascending order, choosing its kind with exact totals."""
    budget = _Budget.of(plan)
    slots = plan.groups
    tins = TinAllocator(rng, slots)
    next_tin = tins.next() if slots else 0
    for slot in range(slots):
        tin, next_tin = next_tin, (tins.next() if slot + 1 < slots else 0)
        kind = budget.draw_kind(rng, slots - slot)
        if kind in ("master", "new"):
            count = budget.draw_count(rng)
            if kind == "master":
                account = masters.account(tin)
                writer.account(masters.record(account))
                cards.master_group(account, count, budget.quota)
            else:
                cards.new_group(tin, count, budget.quota)
        else:
            cards.special_group(kind, tin, next_tin if slot + 1 < slots else None)
        writer.cards_dealt()


def _walk_on_file(
    plan: _Plan,
    rng: random.Random,
    accounts: Iterator[MasterRecord],
    cards: CardFactory,
    writer: _Writer,
) -> None:
    """As :func:`_walk`, but the master slots are the accounts of a master file, in its order,
    and new and special TINs are drawn from the gaps between them (:class:`_Gaps`).

    Only the next account is held (read one ahead, to know how much room its gap leaves)."""
    budget = _Budget.of(plan)
    left = budget.left
    slots = plan.groups
    gaps = _Gaps(rng, slots)
    upcoming = next(accounts, None)
    for slot in range(slots):
        kind = budget.draw_kind(rng, slots - slot)
        ceiling = _ceiling(upcoming)
        if kind != "master" and upcoming is not None and not gaps.room(ceiling):
            # No free TIN before the next account: take the account now, the drawn kind later.
            left[kind], left["master"], kind = left[kind] + 1, left["master"] - 1, "master"
        if kind in ("master", "new"):
            count = budget.draw_count(rng)
            if kind == "master":
                if upcoming is None:
                    raise RuntimeError("generator bug: more master slots than accounts")
                writer.account(upcoming.raw)
                gaps.passed(index_of(upcoming.tin) if upcoming.tin else -1)
                cards.on_file_group(upcoming.state, count, budget.quota)
                upcoming = next(accounts, None)
            else:
                cards.new_group(gaps.take(ceiling, slots - slot), count, budget.quota)
        else:
            tin = gaps.take(ceiling, slots - slot)
            cards.special_group(kind, tin, upcoming.tin if upcoming else None)
            if not cards.out[-1][:9].isdigit():
                gaps.passed(_decade_end_index(tin))  # the next TIN must differ in 8 digits
        writer.cards_dealt()
    if upcoming is not None:
        raise RuntimeError("generator bug: accounts left on the master")


def _ceiling(upcoming: MasterRecord | None) -> int:
    """The index of the next account's TIN (no new TIN may reach it), or the end of the space."""
    if upcoming is None:
        return TIN_SPACE
    return index_of(upcoming.tin) if upcoming.tin else -1


def _decade_end_index(tin: int) -> int:
    """The index of the last TIN that shares ``tin``'s first eight digits."""
    return index_of(tin // 10 * 10 + 9)


class _Gaps:
    """New TINs between the accounts of a master file, ascending, at most one stride apart."""

    def __init__(self, rng: random.Random, slots: int) -> None:
        self.rng = rng
        self.stride = TIN_SPACE // max(slots, 1)
        self.low = 0  # the lowest index still free

    def room(self, ceiling: int) -> bool:
        return self.low < ceiling

    def passed(self, index: int) -> None:
        self.low = max(self.low, index + 1)

    def take(self, ceiling: int, slots_left: int) -> int:
        room = ceiling - self.low
        if ceiling >= TIN_SPACE:  # after the last account: keep room for every slot left
            room = (TIN_SPACE - self.low) // max(slots_left, 1)
        if room < 1:
            raise GenerateOptionError(
                f"the master's last TINs leave no room for {slots_left:,} more new TINs in "
                "areas 000 and 666: ask for fewer --transactions"
            )
        index = self.low + self.rng.randrange(min(room, self.stride))
        self.low = index + 1
        return tin_at(index)


def _draw_kind(rng: random.Random, kinds: tuple[str, ...], left: dict[str, int], total: int) -> str:
    """Sampling without replacement: each kind with probability (its remaining) / (remaining)."""
    pick = rng.random() * total
    for kind in kinds:
        pick -= left[kind]
        if pick < 0 and left[kind]:
            left[kind] -= 1
            return kind
    kind = next(k for k in reversed(kinds) if left[k])  # rounding at the very end
    left[kind] -= 1
    return kind


def _draw_count(rng: random.Random, free: int, holders: int) -> int:
    """Cards for one account: geometric around the remaining mean, so a few accounts are busy
    and many quiet, while the total stays exact and no TIN exceeds its SEQ range."""
    cap = MAX_CARDS_PER_TIN - 1
    floor_needed = max(0, free - (holders - 1) * cap)
    if holders <= 1:
        return free
    mean = free / holders
    count = 0
    if mean > 0:
        # Geometric with mean μ: P(k) = (1-p)^k p, p = 1/(1+μ) (inverse transform).
        count = int(math.log(1.0 - rng.random()) / math.log(mean / (1.0 + mean)))
    return max(floor_needed, min(count, cap, free))


class _Writer:
    """Buffered writes of whole batches: one ``write`` per 65,536 cards or 4,096 accounts."""

    def __init__(
        self, mastin: BinaryIO, transin: BinaryIO, out: list[str], progress: Progress | None
    ) -> None:
        self.mastin = mastin
        self.transin = transin
        self.out = out
        self.progress = progress
        self.pending: list[bytes] = []
        self.card_size = records_of_the_run().card.size
        self.accounts = 0
        self.cards = 0
        self._reported = 0

    def account(self, record: bytes) -> None:
        self.pending.append(record)
        if len(self.pending) >= _FLUSH_ACCOUNTS:
            self._flush_accounts()

    def cards_dealt(self) -> None:
        if len(self.out) >= _FLUSH_CARDS:
            self._flush_cards()
        done = self.accounts + len(self.pending) + self.cards + len(self.out)
        if self.progress is not None and done - self._reported >= _PROGRESS_EVERY:
            self._reported = done
            self.progress(done)

    def flush(self) -> None:
        self._flush_accounts()
        self._flush_cards()
        if self.progress is not None:
            self.progress(self.accounts + self.cards)

    def _flush_accounts(self) -> None:
        self.mastin.write(b"".join(self.pending))
        self.accounts += len(self.pending)
        self.pending.clear()

    def _flush_cards(self) -> None:
        # latin-1, not ascii: a card for an account on file carries the master's own bytes (its
        # name control may hold any byte), one character per byte as the codec decoded them.
        blob = "".join(self.out).encode("latin-1")
        if len(blob) != self.card_size * len(self.out):
            raise RuntimeError(f"generator bug: a TRANSREC card is not {self.card_size} bytes")
        self.transin.write(blob)
        self.cards += len(self.out)
        self.out.clear()
