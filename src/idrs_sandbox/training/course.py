"""The course: the list of exercises and the four things a trainee does with one (start, check,
hint, reset). The CLI (``idrs exercise``) is a thin layer over these functions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from idrs_sandbox.errors import UsageError
from idrs_sandbox.paths import legacy_dir
from idrs_sandbox.training.checks import DEFAULT_EXAMPLES, CheckReport, new_report
from idrs_sandbox.training.exercise import Exercise
from idrs_sandbox.training.progress import NO_PROGRESS, CheckProgress
from idrs_sandbox.training.workspace import (
    GUIDE_FILE,
    RUNS_DIR,
    START_DIR,
    STATE_FILE,
    ExerciseState,
    Workspace,
    WorkspaceError,
    clear_managed,
    restore_start,
    save_start,
    variant_id_of,
)


def exercises() -> list[Exercise]:
    """Every exercise, in course order."""
    from idrs_sandbox.training.exercises.ex01_seeded_bug import SeededBug
    from idrs_sandbox.training.exercises.ex02_port_edit_pass import PortEditPass
    from idrs_sandbox.training.exercises.ex03_tc767 import CreditReversal
    from idrs_sandbox.training.exercises.ex04_quarterly_interest import QuarterlyInterest
    from idrs_sandbox.training.exercises.ex05_century_window import CenturyWindow
    from idrs_sandbox.training.exercises.ex06_strangler import Strangler
    from idrs_sandbox.training.exercises.ex07_unax_review import UnaxReview

    return [
        SeededBug(),
        PortEditPass(),
        CreditReversal(),
        QuarterlyInterest(),
        CenturyWindow(),
        Strangler(),
        UnaxReview(),
    ]


class UnknownExercise(UsageError):
    pass


def find_exercise(key: str) -> Exercise:
    """An exercise by number (``3``, ``03``) or slug (``03-tc767``)."""
    wanted = key.strip().lower()
    for exercise in exercises():
        if wanted in (str(exercise.number), exercise.key, exercise.slug):
            return exercise
    known = ", ".join(f"{e.number} ({e.slug})" for e in exercises())
    raise UnknownExercise(f"no exercise {key!r}; the exercises are {known}")


@dataclass(frozen=True)
class Started:
    workspace: Workspace
    exercise: Exercise
    state: ExerciseState


def default_folder(exercise: Exercise) -> Path:
    return Path(f"idrs-exercise-{exercise.slug}")


def start(key: str, folder: Path | None = None, variant: str | None = None) -> Started:
    """Prepare the starting state of exercise ``key`` in a new (or empty) work folder."""
    exercise = find_exercise(key)
    root = (folder or default_folder(exercise)).resolve()
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise UsageError(
            f"{root} exists and is not empty: choose another --dir, or run 'idrs exercise reset' "
            "there to start that exercise again"
        )
    if variant is not None and variant not in exercise.variants:
        choices = ", ".join(exercise.variants) or "none"
        raise UsageError(
            f"exercise {exercise.key} has no variant {variant!r} (variants: {choices})"
        )
    root.mkdir(parents=True, exist_ok=True)
    workspace = Workspace(root)
    state = ExerciseState(exercise.slug, variant or exercise.default_variant())
    exercise.prepare(workspace, state.variant)
    save_start(root, exercise.managed)
    write_guide(workspace, exercise, state.variant)
    workspace.write_state(state)
    return Started(workspace, exercise, state)


def current(workspace: Workspace) -> tuple[Exercise, ExerciseState]:
    state = workspace.read_state()
    exercise = find_exercise(state.exercise)
    if state.variant is None and state.variant_id is not None:
        state.variant = _variant_named(workspace, exercise, state.variant_id)
    return exercise, state


def _variant_named(workspace: Workspace, exercise: Exercise, variant_id: str) -> str:
    for variant in exercise.variants:
        if variant_id_of(exercise.slug, variant) == variant_id:
            return variant
    raise WorkspaceError(
        f"{workspace.state_path}: variant id {variant_id!r} is none of exercise "
        f"{exercise.key}'s variants (the file was edited? 'idrs exercise start' anew)"
    )


def reset(workspace: Workspace) -> Exercise:
    """Put the exercise's managed paths back in their starting state (hints already seen stay).
    The state saved by ``start`` is restored; without it (deleted) the start is prepared anew."""
    exercise, state = current(workspace)
    if not restore_start(workspace.root, exercise.managed):
        clear_managed(workspace.root, exercise.managed)
        exercise.prepare(workspace, state.variant)
        save_start(workspace.root, exercise.managed)
    write_guide(workspace, exercise, state.variant)
    return exercise


def check(
    workspace: Workspace, examples: int = DEFAULT_EXAMPLES, progress: CheckProgress = NO_PROGRESS
) -> CheckReport:
    """Run every check of the work folder's exercise; ``examples`` generated runs for the
    oracle's equivalence property. In this process: ``idrs exercise check`` runs it in a child
    with a time limit (training/isolated.py)."""
    exercise, state = current(workspace)
    ctx = new_report(workspace, exercise.key, exercise.title, examples, progress)
    exercise.check(ctx, state.variant)
    return ctx.report


@dataclass(frozen=True)
class Hint:
    number: int
    total: int
    text: str


def next_hint(workspace: Workspace) -> Hint | None:
    """The next hint not yet shown (None when all were), and remember it was shown."""
    exercise, state = current(workspace)
    hints = exercise.hints_for(state.variant)
    if state.hints_shown >= len(hints):
        return None
    state.hints_shown += 1
    workspace.write_state(state)
    return Hint(state.hints_shown, len(hints), hints[state.hints_shown - 1])


def shown_hints(workspace: Workspace) -> list[Hint]:
    exercise, state = current(workspace)
    hints = exercise.hints_for(state.variant)
    return [Hint(i, len(hints), hints[i - 1]) for i in range(1, state.hints_shown + 1)]


def story_path(exercise: Exercise) -> str:
    """Where the exercise's story is, as a path that works from any folder (the trainee's work
    folder is elsewhere): the checkout's own page, else its name in the repository."""
    page = legacy_dir().parent / exercise.doc
    if page.is_file():
        return str(page)
    return f"{exercise.doc} in the IDRS-lite repository"


def write_guide(workspace: Workspace, exercise: Exercise, variant: str | None) -> None:
    """EXERCISE.md in the work folder: what to do, what may be touched, the commands."""
    managed = "\n".join(f"- `{name}`" for name in exercise.managed)
    text = f"""# Exercise {exercise.key}: {exercise.title}

{exercise.summary}

The whole story, the rules of the game and the debrief questions are in
`{story_path(exercise)}`.

## This work folder

Yours to edit (`idrs exercise reset` puts them back as they were at the start):

{managed}

Do not edit `{STATE_FILE}` or `{START_DIR}/` (the starting state that `reset` restores);
`{RUNS_DIR}/` is rewritten by every check (each run is kept there, so you can point
`idrs compare` at two of them).

## Commands (run them here, or anywhere with `--dir {workspace.root}`)

- `idrs exercise check`: run the oracle on your copies; PASS, FAIL (with the diff) or INCOMPLETE
- `idrs exercise hint`: the next hint ({len(exercise.hints_for(variant))} hints, weakest first)
- `idrs exercise reset`: back to the starting state
- `idrs compare RUN_A RUN_B`: a field-by-field diff of two runs
"""
    (workspace.root / GUIDE_FILE).write_text(text, encoding="utf-8")
