"""Runs: a control card, a master file and a deck; posting runs, and runs that abend for each
cause of RULEBOOK §7 (kept rare by :func:`runs`)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import cache

from hypothesis import strategies as st

from idrs_sandbox.oracle.strategies.constants import MAX_ACCOUNTS, MAX_CARDS, MAX_TINS
from idrs_sandbox.oracle.strategies.control import (
    INVALID_CONTROL_KINDS,
    control_cards,
    invalid_control_cards,
)
from idrs_sandbox.oracle.strategies.decks import KnownAccount, draw_deck
from idrs_sandbox.oracle.strategies.masters import draw_master
from idrs_sandbox.oracle.strategies.values import Account, Card, ControlCard, RawControl, Run


def draw_posting_run(draw: st.DrawFn, max_accounts: int, max_cards: int) -> Run:
    control = draw(control_cards())
    master = draw_master(draw, control, max_accounts)
    known = [KnownAccount.of(account) for account in master]
    return Run(control, master, draw_deck(draw, control, known, MAX_TINS, max_cards))


@st.composite
def posting_runs(
    draw: st.DrawFn, max_accounts: int = MAX_ACCOUNTS, max_cards: int = MAX_CARDS
) -> Run:
    """A run that completes (return code 0 or 4): a valid control card, a valid master file
    and a deck aimed at it."""
    return draw_posting_run(draw, max_accounts, max_cards)


ABEND_CAUSES = (
    "CONTROL CARD INVALID",
    "MASTIN MISSING",
    "TRANSIN MISSING",
    "MASTIN SHORT RECORD",
    "TRANSIN SHORT RECORD",
    "MASTIN OUT OF SEQUENCE",
    "MASTIN INVALID RECORD",
)
"""The abend causes of RULEBOOK §7, in the order POSTING.cbl checks them (1000-INITIALIZE)."""


def draw_abend_run(draw: st.DrawFn, cause: str | None = None) -> Run:
    """A run that abends with ``cause`` (drawn first when None: a cause is never left to how
    Hypothesis spreads its draws over nested choices, measured with 6.170: 60 % of the draws of
    a family-then-variant tree were CONTROL CARD INVALID, 4 % TRANSIN SHORT RECORD)."""
    if cause is None:
        cause = draw(st.sampled_from(ABEND_CAUSES))
    run = draw_posting_run(draw, 3, 3)
    if cause == "CONTROL CARD INVALID":
        if draw(st.integers(0, 3)) == 0:
            return replace(run, missing=("CONTROL",))
        return replace(run, control=draw(invalid_control_cards()))
    if cause in ("MASTIN MISSING", "TRANSIN MISSING"):
        return replace(run, missing=(cause.split()[0],))
    if cause in ("MASTIN SHORT RECORD", "TRANSIN SHORT RECORD"):
        # A short last record needs a record to cut: an empty file stays empty.
        if cause.startswith("MASTIN") and not run.master:
            run = replace(run, master=(Account(),))
        if cause.startswith("TRANSIN") and not run.deck:
            run = replace(run, deck=(Card("666000001", 1, 610),))
        return replace(run, cut=((cause.split()[0], draw(st.integers(1, 99))),))
    if cause not in ABEND_CAUSES:
        raise ValueError(f"no abend cause {cause!r}; known: {', '.join(ABEND_CAUSES)}")
    return replace(run, master=_draw_broken_master(draw, run, cause))


@cache
def abend_runs(cause: str | None = None) -> st.SearchStrategy[Run]:
    """Runs that must abend (RULEBOOK §7) with ``cause`` (:data:`ABEND_CAUSES`), or with any
    cause, drawn first: an invalid control card or a missing CONTROL, a missing MASTIN or
    TRANSIN, a short record, a master out of sequence or with an invalid record (non-numeric
    TIN, MODULE-COUNT above 4 or not numeric)."""

    @st.composite
    def drawn(draw: st.DrawFn) -> Run:
        return draw_abend_run(draw, cause)

    return drawn()


def _draw_broken_master(draw: st.DrawFn, run: Run, cause: str) -> tuple[Account, ...]:
    master = list(run.master) or [Account()]
    index = draw(st.integers(0, len(master) - 1))
    if cause == "MASTIN OUT OF SEQUENCE":
        return _broken_master(master, index, "sequence")
    return _broken_master(master, index, draw(st.sampled_from(["tin", "count", "count letter"])))


def _broken_master(master: list[Account], index: int, fault: str) -> tuple[Account, ...]:
    """``master`` with account ``index`` repeated (``sequence``) or made invalid."""
    broken = list(master)
    if fault == "sequence":
        broken.insert(index + 1, replace(broken[index], modules=()))  # a repeated TIN
    elif fault == "tin":
        broken[index] = replace(broken[index], tin="66600000 ")
    else:
        broken[index] = replace(broken[index], module_count="5" if fault == "count" else "X")
    return tuple(broken)


def pinned_abend_runs() -> tuple[Run, ...]:
    """One small run per abend cause of RULEBOOK §7 and per variant :func:`abend_runs` draws
    (every invalid CONTROL file, each missing input, each short input, each bad master), so
    that the abend property checks every one on every test run, whatever Hypothesis draws."""
    base = Run(
        ControlCard(),
        master=(Account(tin="000000007"), Account(tin="666000001")),
        deck=(Card("666000001", 1, 610, amount=Decimal("100.00")),),
    )
    pinned = [
        replace(base, control=RawControl(text)) for kind in INVALID_CONTROL_KINDS for text in kind
    ]
    pinned += [replace(base, missing=(ddname,)) for ddname in ("CONTROL", "MASTIN", "TRANSIN")]
    pinned += [replace(base, cut=((ddname, 1),)) for ddname in ("MASTIN", "TRANSIN")]
    pinned += [
        replace(base, master=_broken_master(list(base.master), 1, fault))
        for fault in ("sequence", "tin", "count", "count letter")
    ]
    return tuple(pinned)


@st.composite
def runs(draw: st.DrawFn, max_accounts: int = MAX_ACCOUNTS, max_cards: int = MAX_CARDS) -> Run:
    """Posting runs, and (about one in ten) a run that abends. A failing abend run shrinks to a
    posting run when the posting run fails too (the abend branch is the last value)."""
    if draw(st.integers(0, 9)) == 9:
        return draw_abend_run(draw)
    return draw_posting_run(draw, max_accounts, max_cards)
