"""Exercise 03: a new transaction code, TC 767 (reversal of a refundable credit), in the COBOL
program and in the modern engine, proven equivalent."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from idrs_sandbox.engines.base import RunResult
from idrs_sandbox.oracle.scenarios import Week
from idrs_sandbox.training.checks import CheckContext, exact_match
from idrs_sandbox.training.decks import DeckSpec, convert_tc
from idrs_sandbox.training.exercise import Exercise
from idrs_sandbox.training.exercises.acceptance import with_report_lines
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
from idrs_sandbox.training.reports import detail_line, with_row_after

NEW_ROW = detail_line("TC 767", "CREDIT REVERSAL", 0, Decimal("0.00"))
"""The report row every run now prints, between TC 766 and TC 806."""
ROW_BEFORE = "  TC 766"


class CreditReversal(Exercise):
    number = 3
    slug = "03-tc767"
    title = "A new transaction code: TC 767 reverses a refundable credit"
    summary = (
        "Add TC 767 (CREDITS minus the amount, on an existing module) to POSTING.cbl and to the "
        "modern engine, with its report row, and prove the two engines equivalent."
    )
    managed = ("legacy", "modern")
    needs_cobol = True
    hints = (
        "Start with the acceptance deck's story (data/03-tc767/acceptance in the package, or "
        "docs/exercises/03-tc767.md): it says what every card must do. Then find every place "
        "POSTING.cbl knows the list of TCs: grep for 766.",
        "COBOL: the known TCs are an 88-level in the TRANSREC copybook; U06 is decided in "
        "2200-VALIDATE; the posting is chosen in 3400-POST-TO-MODULE's EVALUATE; the report rows "
        "come from WS-TC-TABLE-DATA, whose size appears in three OCCURS and two loops.",
        "Modern: codes.py (the TC enum and the sets of TCs), validation.py (U06), posting.py "
        "(MODULE_RULES) and report.py (TC_DESCRIPTIONS). The report row list is derived from the "
        "enum, so the row appears once the code exists.",
        "U06 for TC 767 is 'no module for that tax period' only: unlike TC 290-971, a return need "
        "not be posted. CREDITS may go below zero; U10 when a new value does not fit.",
    )

    def check(self, ctx: CheckContext, variant: str | None) -> None:
        cobol = cobol_copy(ctx)
        with modern_copy(ctx) as modern:
            engines = engines_of(cobol, modern)
            acceptance = self.data / "acceptance"
            for engine in engines:
                acceptance_check(ctx, engine, acceptance, with_report_lines(acceptance))
            for engine in engines:
                characterization_check(
                    ctx,
                    engine,
                    "unchanged otherwise (tests/scenarios, with the new row)",
                    with_new_row,
                )
            if cobol is not None and modern is not None:
                decks = standard_decks(ctx, with_reversals)
                equivalence_between(ctx, cobol, modern, decks)
                property_between(ctx, cobol, modern)


def with_new_row(week: Week, result: RunResult) -> list[str]:
    """The hand-checked expectation, its report showing the TC 767 row (count 0)."""
    report = week.expected.files.get("REPORT")
    if report is None:
        return exact_match(week, result)
    files = dict(week.expected.files)
    files["REPORT"] = with_row_after(report, ROW_BEFORE, NEW_ROW)
    moved = replace(week, expected=replace(week.expected, files=files))
    return exact_match(moved, result)


def with_reversals(folder: Path, spec: DeckSpec) -> None:
    """Every second TC 766 card of the deck becomes a TC 767."""
    convert_tc(folder, "766", "767", every=2)
