"""Exercise 04: the interest rate becomes a quarterly table (in the CONTROL card's FILLER), in
the COBOL program and in the modern engine."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from idrs_sandbox.oracle.scenarios import Week
from idrs_sandbox.training.checks import CheckContext
from idrs_sandbox.training.decks import CONTROL_FILLER_OFFSET, DeckSpec, set_control_filler
from idrs_sandbox.training.exercise import Exercise
from idrs_sandbox.training.exercises.acceptance import week_value, with_report_lines
from idrs_sandbox.training.exercises.common import (
    acceptance_check,
    characterization_check,
    cobol_copy,
    engines_of,
    equivalence_between,
    modern_copy,
    property_between,
    standard_decks,
)

RATE_TABLE_KEY = "rate_table"
DECK_RATE_TABLE = "RATES" + "2023401000" + "2024100725" + "2024200850" + "2024300900" + "2024400575"
"""Five quarters for the generated decks (their run dates are in 2024): some interest periods
start before the table, some inside it, and the last quarters start after some run dates."""


class QuarterlyInterest(Exercise):
    number = 4
    slug = "04-quarterly-interest"
    title = "The interest rate table becomes quarterly"
    summary = (
        "Interest now follows a table of quarterly rates on the CONTROL card (in its FILLER, "
        "after the mark RATES). Change POSTING.cbl, its CTLCARD copybook and the modern engine; "
        "old control cards must give exactly the old outputs."
    )
    managed = ("legacy", "modern")
    needs_cobol = True
    hints = (
        "Work the first acceptance week by hand before coding (its story shows the arithmetic): "
        "the interest period is cut at each quarter start, each piece at its own daily rate.",
        "COBOL: fields may be added only inside FILLER (RULEBOOK §2). CTLCARD's FILLER X(61) "
        "becomes the mark X(5) (88 VALUE 'RATES'), an OCCURS 5 table of YYYYQ + 9V9(4) and a "
        "FILLER X(6); check it in 1100-READ-CONTROL; use it in 5300-ASSESS where "
        "WS-DAILY-RATE * WS-INT-DAYS is computed today.",
        "Old cards: scenario 28 runs a card whose FILLER holds an operator's note. Without the "
        "RATES mark the FILLER must stay unread, whatever it holds.",
        "Keep the truncations where they were: each daily rate is truncated to 8 decimals "
        "(a V9(8) field); sum daily rate x days over the pieces, multiply by BALANCE, then "
        "truncate to cents once. With an empty table this is exactly the old formula.",
        "Modern: ControlCard (model.py) gets the table, decode_control (recordio.py) reads and "
        "checks it (None = CONTROL CARD INVALID), and assess_for_notice (settlement.py) sums the "
        "pieces. 7300-DAY-COUNT's 30/360 days add up: D(a,b) + D(b,c) = D(a,c).",
    )

    def check(self, ctx: CheckContext, variant: str | None) -> None:
        cobol = cobol_copy(ctx)
        acceptance = self.data / "acceptance"

        def with_table(week: Week) -> Week:
            return with_rate_table(week, str(week_value(acceptance, week, RATE_TABLE_KEY) or ""))

        with modern_copy(ctx) as modern:
            engines = engines_of(cobol, modern)
            for engine in engines:
                expectation = with_report_lines(acceptance)
                acceptance_check(ctx, engine, acceptance, expectation, with_table)
            for engine in engines:
                characterization_check(ctx, engine, "old control cards (tests/scenarios)")
            if cobol is not None and modern is not None:
                equivalence_between(ctx, cobol, modern, standard_decks(ctx, with_deck_table))
                property_between(ctx, cobol, modern)


def with_rate_table(week: Week, table: str) -> Week:
    """The week with ``table`` written into its CONTROL card's FILLER."""
    control = week.inputs.get("CONTROL")
    if not table or control is None:
        return week
    card = bytearray(control)
    card[CONTROL_FILLER_OFFSET : CONTROL_FILLER_OFFSET + len(table)] = table.encode("ascii")
    return replace(week, inputs={**week.inputs, "CONTROL": bytes(card)})


def with_deck_table(folder: Path, spec: DeckSpec) -> None:
    set_control_filler(folder, DECK_RATE_TABLE)
