"""I/O faults: an input that cannot be read, an output that cannot be opened or written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from hypothesis import strategies as st

from idrs_sandbox.engines.base import (
    OUTPUT_DDNAMES,
    OUTPUT_FAULTS,
    OutputFault,
)
from idrs_sandbox.oracle.strategies.constants import MAX_ACCOUNTS, MAX_CARDS
from idrs_sandbox.oracle.strategies.runs import draw_posting_run
from idrs_sandbox.oracle.strategies.values import Run


def draw_output_fault(draw: st.DrawFn, taken: Sequence[str] = ()) -> tuple[str, OutputFault]:
    """A broken output: a full device (its first WRITE fails), a missing folder or a folder in
    the way (its OPEN fails).

    A full REPORT fails only when stdio flushes its 4 KiB buffer (GnuCOBOL reports nothing
    for the lines before); the report is always longer than that (67 lines, 4,508 bytes even
    for an empty run), so the run always abends on it, as the modern engine does."""
    ddname = draw(st.sampled_from([dd for dd in OUTPUT_DDNAMES if dd not in taken]))
    return ddname, draw(st.sampled_from(OUTPUT_FAULTS))


@st.composite
def output_faults(draw: st.DrawFn) -> tuple[str, OutputFault]:
    """One broken output (:func:`draw_output_fault`)."""
    return draw_output_fault(draw)


def draw_fault_run(draw: st.DrawFn, max_accounts: int, max_cards: int) -> Run:
    """A posting run that meets one or two I/O faults: an input that cannot be read (a folder
    in place of CONTROL, MASTIN or TRANSIN) or broken outputs (:func:`draw_output_fault`).
    Two faults show which one POSTING.cbl meets first."""
    run = draw_posting_run(draw, max_accounts, max_cards)
    if draw(st.integers(0, 3)) == 0:
        unreadable = draw(st.sampled_from(("MASTIN", "TRANSIN", "CONTROL")))
        return replace(run, unreadable=(unreadable,))
    faults = [draw_output_fault(draw)]
    if draw(st.integers(0, 2)) == 0:
        faults.append(draw_output_fault(draw, taken=[faults[0][0]]))
    return replace(run, faults=tuple(faults))


@st.composite
def fault_runs(
    draw: st.DrawFn, max_accounts: int = MAX_ACCOUNTS, max_cards: int = MAX_CARDS
) -> Run:
    """Posting runs with I/O faults (:func:`draw_fault_run`)."""
    return draw_fault_run(draw, max_accounts, max_cards)
