"""Exercise 01: a migration bug has been seeded in a copy of the modern engine; find it from the
oracle's output alone and fix it."""

from __future__ import annotations

import random

from idrs_sandbox.training.checks import CheckContext
from idrs_sandbox.training.exercise import Exercise
from idrs_sandbox.training.exercises.common import (
    characterization_check,
    equivalence_with_truth,
    modern_copy,
    property_with_truth,
    standard_decks,
)
from idrs_sandbox.training.workspace import Workspace

VARIANT_HINTS: dict[str, tuple[str, str]] = {
    "half-even": (
        "The bug is in modern/money.py.",
        "RULEBOOK 'Rounding words': ROUNDED is half away from zero. Which rounding mode is used?",
    ),
    "rate-not-truncated": (
        "The bug is in modern/settlement.py, in the interest computation.",
        "RULEBOOK §6: the daily rate is stored in a PIC V9(8) field. How many decimals are kept?",
    ),
    "interest-rounded": (
        "The bug is in modern/settlement.py, in the interest computation.",
        "RULEBOOK §6: interest is truncated to cents (no ROUNDED). What does the code do?",
    ),
    "offset-newest-first": (
        "The bug is in modern/settlement.py, in the offsets.",
        "RULEBOOK §6 step 3: credits go to the other modules in ASCENDING tax period.",
    ),
    "aba-weights": (
        "The bug is in modern/settlement.py, in the choice of the refund method.",
        "RULEBOOK §6: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9). Compare with the weights.",
    ),
    "no-ftf-cap": (
        "The bug is in modern/posting.py, in the failure-to-file penalty.",
        "RULEBOOK §6 FTF: months late are capped at 5.",
    ),
    "century-window": (
        "The bug is in modern/dates.py.",
        "RULEBOOK §3: YY < 50 is 20YY, else 19YY. What happens to YY = 50?",
    ),
    "apostrophe-kept": (
        "The bug is in modern/namecontrol.py.",
        "RULEBOOK §4: remove ', ., blanks and <. Which characters does the code remove?",
    ),
    "refund-under-a-dollar": (
        "The bug is in modern/settlement.py, in the refund.",
        "RULEBOOK §6 step 3: a credit is refunded only when at least 1.00 is left.",
    ),
}
"""Per seeded bug: where it is (hint 3) and the rule it breaks (hint 4)."""


class SeededBug(Exercise):
    number = 1
    slug = "01-seeded-bug"
    title = "The oracle says no: find a seeded migration bug"
    summary = (
        "One realistic migration bug hides in a copy of the modern engine. Find it from the "
        "oracle's diff alone, fix it, and make every check pass."
    )
    managed = ("modern",)
    variants = tuple(VARIANT_HINTS)
    hints = (
        "Read only the FIRST difference the check shows: which file, which record, which field? "
        "Write down both values and the key (TIN, tax period).",
        "Find the transaction codes and rules that write that field (RULEBOOK §5-§6 and the "
        "failing scenario's story in tests/scenarios/<name>/scenario.toml). Work the expected "
        "value out by hand, then compute what the wrong value would need.",
    )

    def hints_for(self, variant: str | None) -> tuple[str, ...]:
        where, rule = VARIANT_HINTS.get(variant or "", ("", ""))
        return (*self.hints, where, rule) if where else self.hints

    def default_variant(self) -> str | None:
        return random.SystemRandom().choice(self.variants)

    def prepare(self, workspace: Workspace, variant: str | None) -> None:
        self.copy_modern(workspace)
        self.apply_data_edits(workspace, f"{variant}.edits")

    def check(self, ctx: CheckContext, variant: str | None) -> None:
        with modern_copy(ctx) as engine:
            if engine is not None:
                characterization_check(ctx, engine)
                equivalence_with_truth(ctx, engine, standard_decks(ctx))
                property_with_truth(ctx, engine)
