"""Checks several exercises share: load the trainee's copies, run the characterization suite,
generate decks, compare with the truth."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from idrs_sandbox.engines.base import Engine
from idrs_sandbox.oracle.scenarios import Week
from idrs_sandbox.training.checks import (
    CheckContext,
    Deck,
    Expectation,
    Outcome,
    Status,
    characterization_root,
    characterization_weeks,
    check_equivalence,
    check_property,
    check_weeks,
    exact_match,
    scenario_weeks,
)
from idrs_sandbox.training.decks import STANDARD_DECKS, DeckSpec, generate_deck
from idrs_sandbox.training.engines import WorkModernEngine, trainee_cobol_engine, truth_engine
from idrs_sandbox.training.workspace import TraineeCodeError, loaded_package

DeckEdit = Callable[[Path, DeckSpec], None]
"""Changes a generated deck's files in place (adds the exercise's new cases)."""


@contextmanager
def modern_copy(ctx: CheckContext) -> Iterator[Engine | None]:
    """The trainee's modern engine (``modern/``), or None after recording why it cannot load."""
    stack = ExitStack()
    engine: Engine | None = None
    try:
        package = stack.enter_context(loaded_package(ctx.workspace.modern_dir, "run"))
        engine = WorkModernEngine(package)
    except TraineeCodeError as error:
        stack.close()
        lines = str(error).splitlines()
        ctx.add(Outcome("your modern engine loads", Status.FAIL, lines[0], lines[1:]))
    with stack:
        yield engine


def engines_of(*engines: Engine | None) -> list[Engine]:
    """The engines that could be built (a copy that does not load or compile is None)."""
    return [engine for engine in engines if engine is not None]


def cobol_copy(ctx: CheckContext) -> Engine | None:
    """The trainee's COBOL program, compiled; None after recording why it cannot run."""
    title = "your POSTING.cbl compiles"
    engine: Engine | None = None
    with ctx.attempt(title):
        engine = trainee_cobol_engine(ctx.workspace)
    return engine


def characterization_check(
    ctx: CheckContext,
    engine: Engine,
    title: str = "characterization scenarios (tests/scenarios)",
    expectation: Expectation = exact_match,
    keep: Callable[[Week], bool] | None = None,
) -> None:
    """Every week of the hand-checked suite, held to ``expectation``."""
    weeks = characterization_weeks()
    if weeks is None:
        where = characterization_root()
        ctx.add(Outcome(title, Status.SKIP, f"needs a source checkout ({where} not found)"))
        return
    chosen = [week for week in weeks if keep is None or keep(week)]
    with ctx.attempt(title):
        ctx.add(check_weeks(ctx, f"{title} on {engine.name}", engine, chosen, expectation))


def acceptance_check(
    ctx: CheckContext,
    engine: Engine,
    folder: Path,
    expectation: Expectation = exact_match,
    prepare: Callable[[Week], Week] | None = None,
) -> None:
    """The exercise's own hand-checked decks (``data/<slug>/acceptance``)."""
    title = f"acceptance decks on {engine.name}"
    weeks = scenario_weeks(folder)
    if prepare is not None:
        weeks = [prepare(week) for week in weeks]
    with ctx.attempt(title):
        ctx.add(check_weeks(ctx, title, engine, weeks, expectation))


def standard_decks(ctx: CheckContext, edit: DeckEdit | None = None) -> list[Deck]:
    """The three generated decks, written under ``runs/decks`` (and edited when asked)."""
    decks = []
    for spec in STANDARD_DECKS:
        folder = ctx.folder("decks", spec.name)
        inputs = generate_deck(folder, spec)
        if edit is not None:
            edit(folder, spec)
        decks.append(Deck(spec.name, inputs))
    return decks


def equivalence_with_truth(ctx: CheckContext, engine: Engine, decks: Sequence[Deck]) -> None:
    title = f"generated decks: {engine.name} vs POSTING.cbl"
    with ctx.attempt(title):
        reference = truth_engine(modern_may_stand_in=True)
        ctx.note(reference.note)
        ctx.add(check_equivalence(ctx, title, reference.engine, engine, decks))


def equivalence_between(
    ctx: CheckContext, engine_a: Engine, engine_b: Engine, decks: Sequence[Deck]
) -> None:
    title = f"generated decks: {engine_a.name} vs {engine_b.name}"
    with ctx.attempt(title):
        ctx.add(check_equivalence(ctx, title, engine_a, engine_b, decks))


def property_between(ctx: CheckContext, engine_a: Engine, engine_b: Engine) -> None:
    """The oracle's equivalence property on ``ctx.examples`` generated runs."""
    title = f"oracle property: {engine_a.name} vs {engine_b.name} on generated runs"
    with ctx.attempt(title):
        outcome = check_property(ctx, title, engine_a, engine_b, ctx.examples)
        if outcome is not None:
            ctx.add(outcome)


def property_with_truth(ctx: CheckContext, engine: Engine) -> None:
    reference = truth_engine(modern_may_stand_in=True)
    ctx.note(reference.note)
    property_between(ctx, reference.engine, engine)
