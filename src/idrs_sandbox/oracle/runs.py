"""Several engines on the same inputs: each run published in its own folder, each compared with
the first (the reference). Shared by ``idrs run --engine A --engine B`` and ``idrs demo``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from idrs_sandbox.engines.base import Engine, RunInputs, RunResult, run_engine
from idrs_sandbox.oracle.compare import RunComparison, compare_runs


@dataclass(frozen=True)
class EngineRun:
    result: RunResult
    folder: Path
    comparison: RunComparison | None
    """Against the first engine's run; None for the first engine itself."""

    @property
    def agrees(self) -> bool:
        return self.comparison is None or self.comparison.identical


def run_engines(
    engines: Sequence[Engine],
    inputs: RunInputs,
    output_dir: Path,
    on_engine: Callable[[str], Callable[[], None]] | None = None,
) -> list[EngineRun]:
    """Run every engine into ``output_dir/<engine name>`` and compare each with the first.

    ``on_engine(name)`` is called before an engine starts and returns what to call when it ends
    (a progress bar's hooks).
    """
    runs: list[EngineRun] = []
    for engine in engines:
        done = on_engine(engine.name) if on_engine else None
        folder = output_dir / engine.name
        result = run_engine(engine, inputs, folder)
        if done:
            done()
        comparison = None
        if runs:
            first = runs[0]
            comparison = compare_runs(
                first.folder, folder, label_a=first.result.engine, label_b=engine.name
            )
        runs.append(EngineRun(result, folder, comparison))
    return runs


def all_agree(runs: Sequence[EngineRun]) -> bool:
    return all(run.agrees for run in runs)
