"""Running one generated run on several engines, and keeping a disagreement as a run folder.

The equivalence oracle is: every engine, same inputs, identical outputs (whole files) and return
codes. When engines disagree, the inputs are written to a *counterexample folder* that replays
with one command, so a person can look at the shrunk deck without Hypothesis::

    .hypothesis-counterexamples/3f9c2a1b07de/
        CONTROL  MASTIN  TRANSIN     the run's inputs (a run folder for ``idrs run --input``)
        FAULTS                       outputs broken on purpose, when the run has I/O faults
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
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idrs_sandbox.engines.base import (
    FAULTS_FILE,
    INPUT_DDNAMES,
    Engine,
    OutputFault,
    RunInputs,
    RunResult,
    read_faults,
    run_engine,
    write_run_folder,
)
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
    reduced: Run | None = None
    """A smaller run that fails the same way (see :func:`reduce_run`), when one was found."""

    def message(self, engines: Sequence[str]) -> str:
        text = self.comparison.explain()
        if self.reduced is not None:
            size = f"{len(self.reduced.master)} accounts, {len(self.reduced.deck)} cards"
            text = f"(explained on a reduced run: {size})\n{text}"
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


REDUCE_SECONDS = 30.0
"""Time spent reducing a reported counterexample before it is kept (:func:`reduce_run`)."""


def compare_engines(run: Run, engines: Sequence[EngineUnderTest]) -> RunComparison | None:
    """Run ``run`` on every engine (in a scratch folder); the first disagreement, or None."""
    with tempfile.TemporaryDirectory(prefix="idrs-oracle-") as tmp:
        workdir = Path(tmp)
        return first_disagreement(run.write(workdir / "in"), engines, workdir)


def check_run(
    run: Run,
    engines: Sequence[EngineUnderTest],
    *,
    keep: bool = True,
    reduce_seconds: float = REDUCE_SECONDS,
) -> Disagreement | None:
    """Run ``run`` on every engine; on a disagreement return what differed and, when
    ``keep`` (and this is the example Hypothesis reports), reduce the run and keep it as a
    counterexample folder."""
    comparison = compare_engines(run, engines)
    if comparison is None:
        return None
    if not (keep and is_final_example()):
        return Disagreement(comparison)
    reduced = None
    if reduce_seconds > 0:
        smaller = reduce_run(run, lambda c: compare_engines(c, engines) is not None, reduce_seconds)
        again = compare_engines(smaller, engines) if smaller != run else None
        if again is not None:
            reduced, comparison = smaller, again
    return Disagreement(comparison, save_counterexample(reduced or run, comparison), reduced)


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
    return keep_counterexample(
        run.inputs(), repr(run), comparison, unreadable=run.unreadable, faults=run.faults
    )


def save_counterexample_inputs(folder: Path, comparison: RunComparison | None = None) -> Path:
    """Keep an existing run folder's inputs (e.g. one week of a multi-week test)."""
    inputs: dict[str, bytes | None] = {}
    for ddname in INPUT_DDNAMES:
        path = folder / ddname
        inputs[ddname] = path.read_bytes() if path.is_file() else None
    unreadable = tuple(dd for dd in INPUT_DDNAMES if (folder / dd).is_dir())
    faults = read_faults(folder / FAULTS_FILE)
    return keep_counterexample(
        inputs, f"inputs of {folder}", comparison, unreadable=unreadable, faults=faults
    )


def keep_counterexample(
    inputs: dict[str, bytes | None],
    description: str,
    comparison: RunComparison | None,
    *,
    unreadable: tuple[str, ...] = (),
    faults: tuple[tuple[str, OutputFault], ...] = (),
) -> Path:
    """Write CONTROL, MASTIN, TRANSIN (a missing one stays missing, an unreadable one is a
    folder), FAULTS, RUN.txt and README.txt under :func:`counterexample_root`, in a folder
    named by the hash of the inputs."""
    digest = hashlib.sha256()
    for ddname in INPUT_DDNAMES:
        digest.update(ddname.encode() + b"\0" + (inputs[ddname] or b"<missing>") + b"\0")
    for name in unreadable:
        digest.update(f"<folder {name}>".encode())
    for ddname, fault in faults:
        digest.update(f"<fault {ddname} {fault}>".encode())
    folder = counterexample_root() / digest.hexdigest()[:12]
    write_run_folder(folder, inputs, unreadable, faults)
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


def is_final_example() -> bool:
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


# ---------------------------------------------------------------------------------------------
# reducing a counterexample


def reduce_run(run: Run, still_fails: Callable[[Run], bool], budget_seconds: float = 30.0) -> Run:
    """A smaller run on which ``still_fails`` still holds: accounts, cards, then modules are
    dropped one at a time (largest chunks first), then account fields are set back to their
    defaults, while the failure persists and the time budget lasts.

    Hypothesis shrinks too, but one step of its shrinker on a large run costs a generation plus
    the engines; this knows the shape of a run, so a few dozen engine runs usually suffice.
    """
    deadline = time.perf_counter() + budget_seconds

    def fails(candidate: Run) -> bool:
        return time.perf_counter() < deadline and still_fails(candidate)

    current = run
    for _ in range(3):
        before = current
        current = _drop_items(current, "deck", fails)
        current = _drop_items(current, "master", fails)
        current = _drop_modules(current, fails)
        if current == before:
            break
    return _plain_accounts(current, fails)


def _drop_items(run: Run, name: str, fails: Callable[[Run], bool]) -> Run:
    """Delta debugging on one tuple of the run: drop chunks, halving their size."""
    items: tuple[Any, ...] = getattr(run, name)
    chunk = max(1, len(items) // 2)
    while items and chunk >= 1:
        start = 0
        while start < len(items):
            candidate_items = items[:start] + items[start + chunk :]
            changes: dict[str, Any] = {name: candidate_items}
            candidate = replace(run, **changes)
            if fails(candidate):
                run, items = candidate, candidate_items
            else:
                start += chunk
        chunk //= 2
    return run


def _drop_modules(run: Run, fails: Callable[[Run], bool]) -> Run:
    for index in range(len(run.master)):
        position = 0
        while position < len(run.master[index].modules):
            account = run.master[index]
            fewer = account.modules[:position] + account.modules[position + 1 :]
            candidate = _with_account(run, index, replace(account, modules=fewer))
            if fails(candidate):
                run = candidate
            else:
                position += 1
    return run


def _with_account(run: Run, index: int, account: Any) -> Run:
    return replace(run, master=(*run.master[:index], account, *run.master[index + 1 :]))


_PLAIN_FIELDS = ("street", "city", "state", "zip", "filing_status", "filler", "leftover")


def _plain_accounts(run: Run, fails: Callable[[Run], bool]) -> Run:
    """Account fields back to their defaults where the failure does not need them."""
    for index in range(len(run.master)):
        for name in _PLAIN_FIELDS:
            account = run.master[index]
            default = getattr(type(account)(), name)
            if getattr(account, name) == default:
                continue
            candidate = _with_account(run, index, replace(account, **{name: default}))
            if fails(candidate):
                run = candidate
    return run
