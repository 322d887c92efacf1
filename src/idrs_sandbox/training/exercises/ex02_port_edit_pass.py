"""Exercise 02: port POSTING.cbl's MASTIN edit pass (1300/1310) to Python where the rulebook and
the program disagree; the program wins."""

from __future__ import annotations

import shutil

from idrs_sandbox.engines.base import RunInputs
from idrs_sandbox.training.checks import CheckContext, Deck, check_equivalence
from idrs_sandbox.training.decks import (
    DAMAGED_MASTER,
    MASTER_LENGTH,
    damage,
    damaged_master_plans,
    generate_deck,
)
from idrs_sandbox.training.engines import Reference, truth_engine
from idrs_sandbox.training.exercise import Exercise
from idrs_sandbox.training.exercises.common import (
    characterization_check,
    modern_copy,
    property_with_truth,
)
from idrs_sandbox.training.workspace import Workspace


class PortEditPass(Exercise):
    number = 2
    slug = "02-port-edit-pass"
    title = "Port a paragraph where the rulebook and the program disagree"
    summary = (
        "modern/recordio.py's scan_master was written from RULEBOOK §7. Port POSTING.cbl's "
        "1300-SCAN-MASTIN / 1310-SCAN-ONE-MASTER instead: where the two disagree, the program "
        "is the truth."
    )
    managed = ("modern",)
    hints = (
        "The hand-checked scenarios pass: each has one bad master record. Look at the first "
        "damaged master that fails (its name says which faults sit in records 3 and 6) and at the "
        "two ABEND lines: which cause did POSTING.cbl report, which did yours?",
        "Read 1300-SCAN-MASTIN and 1310-SCAN-ONE-MASTER in legacy/programs/POSTING.cbl (and the "
        "DECISION comment above them). When does the scan stop, and in which order does it look at "
        "the records?",
        "The rulebook's order of causes is not the program's: the program judges the records one "
        "by one, in file order, and the first bad record names the cause. Only inside one record "
        "is OUT OF SEQUENCE tested before INVALID RECORD.",
        "One loop over the records: a numeric TIN that is not above the previous good record's "
        "TIN (compared as 9 bytes) is OUT OF SEQUENCE; otherwise a non-numeric TIN, or a "
        "MODULE-COUNT that is not a digit or is above 4, is INVALID RECORD. Stop at the first.",
    )

    def prepare(self, workspace: Workspace, variant: str | None) -> None:
        self.copy_modern(workspace)
        self.apply_data_edits(workspace, "start.edits")

    def check(self, ctx: CheckContext, variant: str | None) -> None:
        with modern_copy(ctx) as engine:
            if engine is None:
                return
            characterization_check(ctx, engine)
            title = f"damaged masters: {engine.name} vs POSTING.cbl"
            with ctx.attempt(title):
                reference: Reference = truth_engine(modern_may_stand_in=True)
                ctx.note(reference.note)
                decks = damaged_master_decks(ctx)
                outcome = check_equivalence(
                    ctx, title, reference.engine, engine, decks, every_deck=True
                )
                ctx.add(outcome)
            property_with_truth(ctx, engine)


def damaged_master_decks(ctx: CheckContext) -> list[Deck]:
    """A small valid run, then the same run with one or two bad master records."""
    base = ctx.folder("decks", "master-base")
    generate_deck(base, DAMAGED_MASTER)
    master = (base / "MASTIN").read_bytes()
    decks = [Deck("undamaged", RunInputs.from_folder(base))]
    for index, (name, faults) in enumerate(damaged_master_plans(), start=1):
        folder = ctx.folder("decks", f"damaged-{index:03d}")
        for ddname in ("CONTROL", "TRANSIN"):
            shutil.copyfile(base / ddname, folder / ddname)
        (folder / "MASTIN").write_bytes(damage(master, faults))
        decks.append(Deck(name, RunInputs.from_folder(folder)))
    short = ctx.folder("decks", "damaged-short")
    for ddname in ("CONTROL", "TRANSIN"):
        shutil.copyfile(base / ddname, short / ddname)
    damaged = damage(master, {3: "count-5"})
    (short / "MASTIN").write_bytes(damaged + damaged[: MASTER_LENGTH // 2])
    decks.append(Deck("count-5@3 and a short last record", RunInputs.from_folder(short)))
    return decks
