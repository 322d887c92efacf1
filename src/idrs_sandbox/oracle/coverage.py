"""How much of POSTING.cbl the oracle's property tests reach.

The property tests draw runs from :func:`~idrs_sandbox.oracle.strategies.runs` (the
equivalence property, three times the profile's budget),
:func:`~idrs_sandbox.oracle.strategies.abend_runs` (the abend property, the budget) and
:func:`~idrs_sandbox.oracle.strategies.fault_runs` (the I/O-fault property, the budget) and
:func:`~idrs_sandbox.oracle.strategies.dirty_runs` (the dirty-data property, the budget); the
abend causes and the I/O-fault catalog (oracle/faults.py) are also pinned, one run each
(tests/oracle/test_equivalence.py, test_io_faults.py). This module draws the same way, adds the
pinned runs, and posts every run on a legacy engine compiled with coverage counters
(runtime/coverage.py), so the figure is the share of paragraphs and branches (each IF arm,
each WHEN and WHEN OTHER) that those runs enter. The hand-checked scenarios (tests/scenarios)
can be added on top, reported apart.

A branch nobody reaches is a rule the oracle cannot check: either the strategies never draw
what it needs (widen them) or the branch cannot be reached (say why in the program).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idrs_sandbox.engines.base import run_engine
from idrs_sandbox.engines.legacy import LegacyEngine
from idrs_sandbox.oracle.replay import scratch_folder
from idrs_sandbox.runtime.coverage import Coverage

if TYPE_CHECKING:  # strategies imports Hypothesis at import time
    from idrs_sandbox.oracle.strategies import Run

BRANCH_TARGET = 95.0
"""Share of POSTING.cbl's branches the property tests must reach (issue 6)."""


@dataclass
class Measurement:
    """Coverage reached by a set of generated runs (and, apart, by the scenarios)."""

    coverage: Coverage
    posting_runs: int = 0
    abend_runs: int = 0
    fault_runs: int = 0
    dirty_runs: int = 0
    pinned_abends: int = 0
    """Runs of ``strategies.pinned_abend_runs`` posted."""
    pinned_faults: int = 0
    """Cases of the I/O-fault catalog posted (oracle/faults.py)."""
    seed: int | None = None
    seconds: float = 0.0
    scenario_weeks: int = 0
    with_scenarios: Coverage | None = None
    failures: list[str] = field(default_factory=list)
    """Runs the legacy engine could not post (an engine error): each one line."""


Progress = Callable[[str, int], None]


def measure(
    posting_runs: int,
    abend_runs: int,
    fault_runs: int = 0,
    dirty_runs: int = 0,
    *,
    pinned: bool = True,
    seed: int | None = None,
    scenario_root: Path | None = None,
    progress: Progress | None = None,
) -> Measurement:
    """Post runs drawn like the equivalence, abend, I/O-fault and dirty-data properties, and
    (``pinned``)
    the pinned abend runs and I/O-fault cases, on a legacy engine that counts coverage; with
    ``scenario_root``, also every scenario week, counted apart (``with_scenarios``)."""
    from idrs_sandbox.oracle.strategies import abend_runs as abend_strategy
    from idrs_sandbox.oracle.strategies import dirty_runs as dirty_strategy
    from idrs_sandbox.oracle.strategies import fault_runs as fault_strategy
    from idrs_sandbox.oracle.strategies import pinned_abend_runs, runs

    engine = LegacyEngine(coverage=True)
    started = time.perf_counter()
    result = Measurement(engine.coverage(), seed=seed)
    with scratch_folder("idrs-coverage-") as workdir:
        counter = 0

        def post(run: Run, kind: str) -> None:
            nonlocal counter
            counter += 1
            folder = workdir / str(counter)
            try:
                run_engine(engine, run.write(folder / "in"), folder / "out")
            except Exception as error:  # reported with the figures, never hidden
                result.failures.append(f"{kind} run {counter}: {type(error).__name__}: {error}")
            shutil.rmtree(folder, ignore_errors=True)
            if progress is not None:
                progress(kind, counter)

        result.posting_runs = _draw(runs(), posting_runs, seed, lambda r: post(r, "posting"))
        result.abend_runs = _draw(abend_strategy(), abend_runs, seed, lambda r: post(r, "abend"))
        result.fault_runs = _draw(fault_strategy(), fault_runs, seed, lambda r: post(r, "fault"))
        result.dirty_runs = _draw(dirty_strategy(), dirty_runs, seed, lambda r: post(r, "dirty"))
        if pinned:
            pinned_abends = pinned_abend_runs()
            for run in pinned_abends:
                post(run, "pinned abend")
            result.pinned_abends = len(pinned_abends)
            result.pinned_faults = _post_fault_catalog(engine, workdir / "catalog")
        result.coverage = engine.coverage()
        if scenario_root is not None:
            result.scenario_weeks = _post_scenarios(engine, scenario_root, workdir / "scenarios")
            result.with_scenarios = engine.coverage()
    result.seconds = time.perf_counter() - started
    return result


def _draw(strategy: Any, count: int, seed: int | None, use: Callable[[Any], None]) -> int:
    """Feed ``count`` values drawn by Hypothesis from ``strategy`` to ``use``; how many ran."""
    if count <= 0:
        return 0
    from hypothesis import given
    from hypothesis import seed as hypothesis_seed

    from idrs_sandbox.oracle.strategies import quiet_generation

    drawn = 0

    @quiet_generation(count)
    @given(strategy)
    def each(value: Any) -> None:
        nonlocal drawn
        drawn += 1
        use(value)

    (hypothesis_seed(seed)(each) if seed is not None else each)()
    return drawn


def _post_fault_catalog(engine: LegacyEngine, workdir: Path) -> int:
    from idrs_sandbox.oracle.faults import FAULT_CASES, break_week, generate_pinned_week

    week = generate_pinned_week(workdir / "week")
    for number, case in enumerate(FAULT_CASES):
        inputs = break_week(week, case, workdir / f"{number}" / "in")
        run_engine(engine, inputs, workdir / f"{number}" / "out")
    return len(FAULT_CASES)


def _post_scenarios(engine: LegacyEngine, root: Path, workdir: Path) -> int:
    from idrs_sandbox.oracle.scenarios import load_scenarios, run_week

    weeks = 0
    for scenario in load_scenarios(root):
        for week in scenario.weeks:
            run_week(engine, week, workdir / scenario.name / f"week{week.number}")
            weeks += 1
    return weeks
