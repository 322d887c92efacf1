"""Running one generated run on several engines, and keeping a disagreement as a run folder.

The equivalence oracle is: every engine, same inputs, identical outputs (whole files) and return
codes. When engines disagree, the inputs are written to a *counterexample folder* that replays
with one command, so a person can look at the shrunk deck without Hypothesis::

    .hypothesis-counterexamples/3f9c2a1b07de/
        CONTROL  MASTIN  TRANSIN     the run's inputs (a run folder for ``idrs run --input``)
        RUN.txt                      the generated value (paste it into an ``@example``)
        README.txt                   what differed and the command that replays it

``idrs oracle replay DIR`` runs every available engine on DIR and prints the field-level
comparison (``idrs compare``) of each against the first.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from idrs_sandbox.engines.base import INPUT_DDNAMES, Engine, RunInputs, RunResult, run_engine
from idrs_sandbox.engines.registry import available_engines, get_engine
from idrs_sandbox.oracle.compare import RunComparison, compare_runs

if TYPE_CHECKING:  # strategies imports Hypothesis, which only the test extra installs
    from idrs_sandbox.oracle.strategies import Run

COUNTEREXAMPLES_ENV = "IDRS_COUNTEREXAMPLES"
DEFAULT_COUNTEREXAMPLES = ".hypothesis-counterexamples"
"""Where counterexample folders go: ``$IDRS_COUNTEREXAMPLES``, else this folder under the
current directory (the repository root when pytest runs; it is git-ignored)."""


@dataclass(frozen=True)
class EngineUnderTest:
    """An engine as the oracle runs it: a label, the engine, and a context entered around its
    run (a mutant's patches, or nothing)."""

    label: str
    engine: Engine
    context: Callable[[], AbstractContextManager[object]] = nullcontext

    def run(self, inputs: RunInputs, output: Path) -> RunResult:
        with self.context():
            return run_engine(self.engine, inputs, output)


def engines_under_test(names: Sequence[str] | None = None) -> list[EngineUnderTest]:
    """Engines by name (default: every available engine, gnucobol first when present)."""
    chosen = list(names) if names else available_engines()
    return [EngineUnderTest(name, get_engine(name)) for name in chosen]


@dataclass
class Disagreement:
    """Two engines that did not produce the same run."""

    comparison: RunComparison
    folder: Path | None = None

    def message(self, engines: Sequence[str]) -> str:
        text = self.comparison.explain()
        if self.folder is not None:
            command = replay_command(self.folder, engines)
            text += f"\n\ncounterexample: {self.folder}\nreplay: {command}"
        return text


def first_disagreement(
    inputs: RunInputs, engines: Sequence[EngineUnderTest], workdir: Path
) -> RunComparison | None:
    """Run every engine on ``inputs`` (outputs in ``workdir/<label>``) and compare each with
    the first; the first comparison that is not identical, else None."""
    reference: Path | None = None
    for index, engine in enumerate(engines):
        output = workdir / f"{index}-{engine.label}"
        engine.run(inputs, output)
        if reference is None:
            reference = output
            continue
        comparison = compare_runs(reference, output, label_a=engines[0].label, label_b=engine.label)
        if not comparison.identical:
            return comparison
    return None


def check_run(
    run: Run, engines: Sequence[EngineUnderTest], *, keep: bool = True
) -> Disagreement | None:
    """Run ``run`` on every engine; on a disagreement keep the inputs as a counterexample
    folder (``keep``) and return what differed."""
    with tempfile.TemporaryDirectory(prefix="idrs-oracle-") as tmp:
        workdir = Path(tmp)
        inputs = run.write(workdir / "in")
        comparison = first_disagreement(inputs, engines, workdir)
        if comparison is None:
            return None
        folder = save_counterexample(run, comparison) if keep and _is_final_example() else None
        return Disagreement(comparison, folder)


def assert_engines_agree(run: Run, engines: Sequence[EngineUnderTest]) -> None:
    """The equivalence property: identical outputs and return codes on every engine, else an
    AssertionError naming file, record, TIN, field, both values and bytes, and the command
    that replays the kept counterexample."""
    disagreement = check_run(run, engines)
    if disagreement is not None:
        raise AssertionError(disagreement.message([engine.label for engine in engines]))


# ---------------------------------------------------------------------------------------------
# counterexample folders


def counterexample_root() -> Path:
    configured = os.environ.get(COUNTEREXAMPLES_ENV)
    return Path(configured) if configured else Path.cwd() / DEFAULT_COUNTEREXAMPLES


def save_counterexample(run: Run, comparison: RunComparison | None = None) -> Path:
    """Write ``run`` as a replayable run folder named by the hash of its inputs, with the
    generated value in RUN.txt (ready for an ``@example``)."""
    return keep_counterexample(run.inputs(), repr(run), comparison)


def save_counterexample_inputs(folder: Path, comparison: RunComparison | None = None) -> Path:
    """Keep an existing run folder's inputs (e.g. one week of a multi-week test)."""
    inputs: dict[str, bytes | None] = {}
    for ddname in INPUT_DDNAMES:
        path = folder / ddname
        inputs[ddname] = path.read_bytes() if path.is_file() else None
    return keep_counterexample(inputs, f"inputs of {folder}", comparison)


def keep_counterexample(
    inputs: dict[str, bytes | None], description: str, comparison: RunComparison | None
) -> Path:
    """Write CONTROL, MASTIN, TRANSIN (a missing one stays missing), RUN.txt and README.txt
    under :func:`counterexample_root`, in a folder named by the hash of the inputs."""
    digest = hashlib.sha256()
    for ddname in INPUT_DDNAMES:
        digest.update(ddname.encode() + b"\0" + (inputs[ddname] or b"<missing>") + b"\0")
    folder = counterexample_root() / digest.hexdigest()[:12]
    folder.mkdir(parents=True, exist_ok=True)
    for ddname in INPUT_DDNAMES:
        data = inputs[ddname]
        if data is None:
            (folder / ddname).unlink(missing_ok=True)
        else:
            (folder / ddname).write_bytes(data)
    (folder / "RUN.txt").write_text(description + "\n")
    engines = available_engines()
    notes = [
        "A run on which the engines disagreed (kept by the equivalence oracle).",
        f"Replay: {replay_command(folder, engines)}",
        f"Or by hand: {manual_replay_command(folder, engines)}",
        "",
    ]
    if comparison is not None:
        notes.append(comparison.explain())
    (folder / "README.txt").write_text("\n".join(notes) + "\n")
    return folder


def replay_command(folder: Path, engines: Sequence[str] = ()) -> str:
    options = "".join(f" --engine {name}" for name in engines)
    return f"idrs oracle replay {folder}{options}"


def manual_replay_command(folder: Path, engines: Sequence[str]) -> str:
    """``idrs run --engine A ... && idrs run --engine B ... && idrs compare X Y``."""
    names = list(engines)[:2] or ["gnucobol", "modern"]
    if len(names) == 1:
        names.append(names[0])
    outputs = [f"/tmp/idrs-replay-{name}" for name in names]
    # idrs run exits with the run's return code (4 with unpostables): ';' keeps going.
    runs = [
        f"idrs run --engine {name} --input {folder} --output {output}"
        for name, output in zip(names, outputs, strict=True)
    ]
    return " ; ".join(runs) + f" ; idrs compare {outputs[0]} {outputs[1]}"


def replay(
    folder: Path, engines: Sequence[EngineUnderTest], output_root: Path
) -> list[RunComparison]:
    """Run every engine on a run folder; the comparison of each with the first engine."""
    if output_root.exists():
        shutil.rmtree(output_root)
    inputs = RunInputs.from_folder(folder)
    outputs: list[Path] = []
    for engine in engines:
        output = output_root / engine.label
        engine.run(inputs, output)
        outputs.append(output)
    return [
        compare_runs(outputs[0], output, label_a=engines[0].label, label_b=engine.label)
        for engine, output in zip(engines[1:], outputs[1:], strict=True)
    ]


def _is_final_example() -> bool:
    """True outside Hypothesis, or on the run Hypothesis makes to report its final (shrunk)
    example: counterexample folders are written only then, not for every shrinking step."""
    try:
        from hypothesis.control import current_build_context

        return bool(current_build_context().is_final)
    except Exception:  # no build context: called outside a Hypothesis test
        return True


@contextmanager
def scratch_folder(prefix: str = "idrs-oracle-") -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        yield Path(tmp)
