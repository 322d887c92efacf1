"""What ``idrs exercise check`` runs, and how it reports: outcomes with a readable diff.

Three kinds of evidence, the oracle's own:

- **scenarios**: hand-checked weekly runs (``tests/scenarios`` and an exercise's own acceptance
  decks) whose every output byte is expected;
- **equivalence**: two engines on the same generated deck must write identical files and return
  the same code (``idrs compare`` explains a difference field by field);
- **the oracle's property**: the same, on runs drawn by hypothesis from the oracle's strategies,
  a failure shrunk to a small run;
- **exercise rules**: what a change must and must not touch (checked on the outputs).

Every run is left under ``runs/`` in the work folder, so ``idrs compare`` can be pointed at it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from idrs_sandbox.cobol.diagnostics import CobolError
from idrs_sandbox.engines.base import Engine, EngineError, RunInputs, RunResult, run_engine
from idrs_sandbox.engines.cobc import CompileError
from idrs_sandbox.oracle.compare import compare_runs
from idrs_sandbox.oracle.scenarios import (
    Scenario,
    Week,
    check_outputs,
    load_scenarios,
    write_inputs,
)
from idrs_sandbox.paths import legacy_dir
from idrs_sandbox.training.engines import CobolUnavailable
from idrs_sandbox.training.progress import NO_PROGRESS, CheckProgress
from idrs_sandbox.training.workspace import TraineeCodeError, Workspace, describe_exception

MAX_DETAIL_LINES = 40
MAX_FAILED_ITEMS = 3
MAX_LISTED_DECKS = 10
DEFAULT_EXAMPLES = 20
"""Generated runs per property check: a few seconds; ``idrs exercise check --examples N``."""


class Status(Enum):
    PASS = "PASS"
    FAIL = "FAIL"
    SKIP = "NOT RUN"


@dataclass
class Outcome:
    """One check of an exercise: its verdict, a one-line summary and the evidence."""

    title: str
    status: Status
    summary: str = ""
    details: list[str] = field(default_factory=list)


@dataclass
class CheckReport:
    """Everything one ``check`` found."""

    exercise: str
    title: str
    outcomes: list[Outcome] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return bool(self.outcomes) and all(o.status is Status.PASS for o in self.outcomes)

    @property
    def verdict(self) -> str:
        if self.passed:
            return "PASS"
        if any(o.status is Status.FAIL for o in self.outcomes):
            return "FAIL"
        return "INCOMPLETE"

    def render(self) -> str:
        lines = [f"Exercise {self.exercise}: {self.title}"]
        lines.extend(f"note: {note}" for note in self.notes)
        for outcome in self.outcomes:
            lines.append(f"[{outcome.status.value}] {outcome.title}: {outcome.summary}")
            lines.extend(f"    {line}" for line in outcome.details)
        lines.append(f"Verdict: {self.verdict}")
        return "\n".join(lines)


@dataclass
class CheckContext:
    """The work folder being checked, where runs go, and the report being filled."""

    workspace: Workspace
    report: CheckReport
    examples: int = DEFAULT_EXAMPLES
    """Generated runs for the oracle's equivalence property (0: none)."""
    progress: CheckProgress = NO_PROGRESS
    """Told the check being run and every engine run (a progress bar on a terminal)."""

    @property
    def runs(self) -> Path:
        return self.workspace.runs

    def folder(self, *parts: str) -> Path:
        path = self.runs.joinpath(*parts)
        path.mkdir(parents=True, exist_ok=True)
        return path

    def add(self, outcome: Outcome) -> None:
        self.report.outcomes.append(outcome)

    def note(self, text: str | None) -> None:
        if text and text not in self.report.notes:
            self.report.notes.append(text)

    def shown(self, path: Path) -> str:
        """``path`` as a trainee types it: relative to the current folder when possible."""
        try:
            return str(path.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(path)

    @contextmanager
    def attempt(self, title: str) -> Iterator[None]:
        """Run one check; a missing engine, a compile error or the trainee's code crashing
        becomes that check's outcome instead of an exception."""
        self.progress.checking(title)
        try:
            yield
        except CobolUnavailable as error:
            self.add(Outcome(title, Status.SKIP, str(error)))
        except (TraineeCodeError, CompileError, CobolError, EngineError) as error:
            # Messages that already say where (cobc's diagnostics, file:line:col, the engine).
            what = (
                "does not compile" if isinstance(error, CompileError | CobolError) else "cannot run"
            )
            self.add(Outcome(title, Status.FAIL, what, _clip(str(error).splitlines())))
        except Exception as error:  # the trainee's code, run by an engine, crashed
            trace = describe_exception(error, self.workspace.root).splitlines()
            self.add(Outcome(title, Status.FAIL, "your code crashed", _clip(trace)))


def new_report(
    workspace: Workspace,
    exercise: str,
    title: str,
    examples: int = DEFAULT_EXAMPLES,
    progress: CheckProgress = NO_PROGRESS,
) -> CheckContext:
    """A fresh context; the runs of an earlier check are removed first."""
    if workspace.runs.exists():
        shutil.rmtree(workspace.runs)
    return CheckContext(workspace, CheckReport(exercise, title), examples, progress)


def _clip(lines: Sequence[str], limit: int = MAX_DETAIL_LINES) -> list[str]:
    shown = list(lines[:limit])
    if len(lines) > limit:
        shown.append(f"... ({len(lines) - limit} more lines)")
    return shown


# --- scenarios --------------------------------------------------------------------------------


def characterization_root() -> Path:
    """``tests/scenarios`` of the source checkout (the scenarios are not in the wheel)."""
    return legacy_dir().parent / "tests" / "scenarios"


@cache
def _cached_scenarios(root: Path) -> tuple[Scenario, ...]:
    return tuple(load_scenarios(root))


def characterization_weeks() -> list[Week] | None:
    """Every week of the characterization suite, or None outside a source checkout."""
    root = characterization_root()
    if not root.is_dir():
        return None
    return [week for scenario in _cached_scenarios(root) for week in scenario.weeks]


def scenario_weeks(folder: Path) -> list[Week]:
    """The weeks of every scenario under ``folder`` (an exercise's acceptance decks)."""
    return [week for scenario in _cached_scenarios(folder) for week in scenario.weeks]


Expectation = Callable[[Week, RunResult], list[str]]
"""Compares one run with a week's expectation; returns readable problems (none = match)."""


def exact_match(week: Week, result: RunResult) -> list[str]:
    return [str(mismatch) for mismatch in check_outputs(week, result)]


def check_weeks(
    ctx: CheckContext,
    title: str,
    engine: Engine,
    weeks: Sequence[Week],
    expectation: Expectation = exact_match,
) -> Outcome:
    """Run ``engine`` on every week and hold it to ``expectation``."""
    slug = _slug(title)
    failed: list[tuple[Week, list[str]]] = []
    for week in weeks:
        # Few folders: creating and removing one costs milliseconds on some disks.
        folder = ctx.folder(slug, engine.name, f"{week.scenario}.week{week.number}")
        inputs = write_inputs(week, folder)
        try:
            result = run_engine(engine, inputs, folder / "out")
        except (CobolUnavailable, CompileError, CobolError, TraineeCodeError):
            raise
        except Exception as error:  # the engine failed on this week only
            failed.append((week, _failure(ctx, engine, error)))
            continue
        finally:
            ctx.progress.ran()
        problems = expectation(week, result)
        if problems:
            failed.append((week, problems))
    if not weeks:
        return Outcome(title, Status.SKIP, "no weeks to run")
    if not failed:
        return Outcome(title, Status.PASS, f"{len(weeks)} of {len(weeks)} weekly runs as expected")
    details: list[str] = []
    for week, problems in failed[:MAX_FAILED_ITEMS]:
        details.append(f"{week.name}:")
        prefix = f"{week.name}: "
        lines = "\n".join(p.removeprefix(prefix) for p in problems).splitlines()
        details.extend(_clip(lines, 18))
    if len(failed) > MAX_FAILED_ITEMS:
        details.append(f"... and {len(failed) - MAX_FAILED_ITEMS} more failing weeks")
    details.append(f"runs kept under {ctx.shown(ctx.runs / slug / engine.name)}")
    summary = f"{len(weeks) - len(failed)} of {len(weeks)} weekly runs as expected"
    return Outcome(title, Status.FAIL, summary, details)


# --- equivalence on generated decks -------------------------------------------------------------


@dataclass(frozen=True)
class Deck:
    """A run folder's inputs, by name."""

    name: str
    inputs: RunInputs


def check_equivalence(
    ctx: CheckContext,
    title: str,
    engine_a: Engine,
    engine_b: Engine,
    decks: Sequence[Deck],
    *,
    every_deck: bool = False,
) -> Outcome:
    """Both engines on every deck: identical outputs and return codes, or the diff of the first
    deck that differs (and, with ``every_deck``, the names of all that differ)."""
    slug = _slug(title)
    differing: list[str] = []
    details: list[str] = []
    for deck in decks:
        folder_a = ctx.folder(slug, _slug(deck.name), engine_a.name)
        folder_b = ctx.folder(slug, _slug(deck.name), engine_b.name)
        crash = _run_both(ctx, (engine_a, engine_b), deck, (folder_a, folder_b))
        if crash:
            differing.append(deck.name)
            if not details:
                details.extend(_clip(crash, 24))
            if not every_deck:
                break
            continue
        comparison = compare_runs(
            folder_a,
            folder_b,
            max_differences=4,
            label_a=f"{engine_a.name} on {deck.name}",
            label_b=f"{engine_b.name} on {deck.name}",
        )
        if comparison.identical:
            continue
        differing.append(deck.name)
        if not details:
            details.extend(_clip(comparison.explain().splitlines(), 24))
            details.append(f"inputs: {ctx.shown(deck.inputs.mastin.parent)}")
            details.append(
                f"field by field: idrs compare {ctx.shown(folder_a)} {ctx.shown(folder_b)}"
            )
        if not every_deck:
            break
    if not differing:
        names = ", ".join(deck.name for deck in decks[:4]) + (", ..." if len(decks) > 4 else "")
        return Outcome(title, Status.PASS, f"identical on {len(decks)} decks ({names})")
    if every_deck:
        summary = f"{len(differing)} of {len(decks)} decks differ"
        others = differing[1:MAX_LISTED_DECKS]
        if others:
            more = len(differing) - 1 - len(others)
            details.append("also differing: " + ", ".join(others) + (f" (+{more})" if more else ""))
    else:
        summary = f"{engine_a.name} and {engine_b.name} differ on {differing[0]}"
    return Outcome(title, Status.FAIL, summary, details)


def _run_both(
    ctx: CheckContext, engines: tuple[Engine, Engine], deck: Deck, folders: tuple[Path, Path]
) -> list[str]:
    """Run both engines on ``deck``; the description of a crash (none = both ran)."""
    for engine, folder in zip(engines, folders, strict=True):
        try:
            run_engine(engine, deck.inputs, folder)
        except (CobolUnavailable, CompileError, CobolError, TraineeCodeError):
            raise
        except Exception as error:
            return [f"on {deck.name}:", *_failure(ctx, engine, error)]
        finally:
            ctx.progress.ran()
    return []


def _failure(ctx: CheckContext, engine: Engine, error: Exception) -> list[str]:
    """An engine that failed: its own message (EngineError), else the trainee's traceback."""
    if isinstance(error, EngineError):
        return [f"{engine.name} failed: {error}"]
    trace = describe_exception(error, ctx.workspace.root)
    return [f"{engine.name} crashed:", *trace.splitlines()]


def _slug(title: str) -> str:
    kept = "".join(c if c.isalnum() else "-" for c in title.lower())
    return "-".join(part for part in kept.split("-") if part)[:48]


# --- the oracle's equivalence property ------------------------------------------------------------

SHRINK_RUNS = 40
"""Candidate runs tried while shrinking a failure, at most (each runs both engines): the count,
not a time, so the same failure shrinks to the same counterexample on every machine."""


class _EnoughShrinking(BaseException):
    """Stops hypothesis at once (it lets BaseException through, not Exception)."""


def _disagreement(
    ctx: CheckContext, run: Any, folder: Path, engine_a: Engine, engine_b: Engine
) -> list[str]:
    """How the two engines differ on ``run`` (nothing when identical)."""
    inputs = run.write(folder / "in")
    for engine in (engine_a, engine_b):
        try:
            run_engine(engine, inputs, folder / engine.name)
        except (CobolUnavailable, CompileError, CobolError, TraineeCodeError):
            raise
        except Exception as error:
            return _failure(ctx, engine, error)
        finally:
            ctx.progress.ran()
    comparison = compare_runs(
        folder / engine_a.name, folder / engine_b.name, max_differences=4,
        label_a=engine_a.name, label_b=engine_b.name,
    )  # fmt: skip
    return [] if comparison.identical else comparison.explain().splitlines()


def check_property(
    ctx: CheckContext, title: str, engine_a: Engine, engine_b: Engine, examples: int
) -> Outcome | None:
    """The oracle's equivalence property: hypothesis draws whole runs (valid and invalid cards,
    abends; ``idrs_sandbox.oracle.strategies.runs``) and both engines must write identical files.
    Examples are drawn in a fixed order (derandomized), so a check is repeatable, and a failure
    is shrunk to a small run, kept under ``runs/`` for ``idrs compare``.

    None (and a note) when the property cannot run: switched off, or hypothesis (a test extra)
    or the oracle's strategies missing from this installation."""
    if examples <= 0:
        ctx.note("the oracle's equivalence property is switched off (--examples 0)")
        return None
    try:
        from hypothesis import HealthCheck, given, settings

        from idrs_sandbox.oracle.strategies import Run, runs
    except Exception as error:
        ctx.note(f"the oracle's equivalence property cannot run here ({error})")
        return None
    folder = ctx.folder(_slug(title))
    failure: list[tuple[Run, list[str]]] = []
    shrink_budget = [SHRINK_RUNS]

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(runs())
    def engines_agree(run: Run) -> None:
        if failure:
            # Shrinking runs both engines per candidate: cap its cost. Past the budget the
            # smallest failing run found so far is the counterexample.
            shrink_budget[0] -= 1
            if shrink_budget[0] < 0:
                raise _EnoughShrinking
        problems = _disagreement(ctx, run, folder, engine_a, engine_b)
        if problems:
            failure[:] = [(run, problems)]
            raise AssertionError("\n".join(problems))

    with suppress(Exception, _EnoughShrinking):  # the failure itself is noted in ``failure``
        engines_agree()
    if not failure:
        return Outcome(title, Status.PASS, f"{examples} generated runs, identical")
    run, explanation = failure[0]
    kept = ctx.folder(_slug(title) + "-counterexample")
    inputs = run.write(kept / "in")
    for engine in (engine_a, engine_b):
        with suppress(Exception):  # kept for idrs compare; the failure is described already
            run_engine(engine, inputs, kept / engine.name)
    details = [
        f"shrunk to {len(run.master)} accounts and {len(run.deck)} cards: {ctx.shown(kept / 'in')}",
        *_clip(explanation, 24),
        f"field by field: idrs compare {ctx.shown(kept / engine_a.name)} "
        f"{ctx.shown(kept / engine_b.name)}",
    ]
    return Outcome(title, Status.FAIL, "a generated run differs", details)
