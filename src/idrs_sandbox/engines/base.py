"""The interface every engine shares: a run's input files in, its output files and return code out.

A run folder holds files named by their DD names (RULEBOOK §1): ``CONTROL``, ``MASTIN`` and
``TRANSIN`` in; ``MASTOUT``, ``NOTICES``, ``REFUNDS``, ``UNPOST`` and ``REPORT`` out. An engine
writes its outputs into a private staging folder; :func:`run_engine` then moves an earlier run's
outputs aside into a ``PRIOR.GnnnnV00`` folder (never deleted) and moves the new ones into place,
so no run loses a file and an abended run never leaves a new master beside (or over) the old one.
Non-regular inputs (``/dev/null``, a FIFO) are drained first, the same for every engine
(:mod:`idrs_sandbox.engines.inputs`).

A run folder may also hold a ``FAULTS`` file that breaks outputs on purpose (the oracle's I/O
faults, and a way to rehearse a bad night): one ``DDNAME FAULT`` per line, ``#`` comments,
where FAULT is

- ``no-folder``: the output lies in a folder that does not exist (OPEN OUTPUT gives status 30);
- ``folder``: a folder stands where the output goes (OPEN OUTPUT gives 37);
- ``full``: the output is a full device, ``/dev/full`` (a record WRITE gives 34).

:func:`run_engine` plants them in the staging folder before the engine starts, so every engine
meets the same file system; a broken output is never published.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal, Protocol, get_args

from idrs_sandbox.engines.inputs import drain, is_special
from idrs_sandbox.engines.staging import staging_folder, sweep_stale_staging
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.generations import keep_prior_generation
from idrs_sandbox.records.layout import RecordLayout
from idrs_sandbox.records.posting import CTLCARD, NOTICE, REFUND, TAXACCT, TRANSREC, UNPOST

INPUT_DDNAMES: tuple[str, ...] = ("CONTROL", "MASTIN", "TRANSIN")
OUTPUT_DDNAMES: tuple[str, ...] = ("MASTOUT", "NOTICES", "REFUNDS", "UNPOST", "REPORT")
LAYOUTS: dict[str, RecordLayout] = {
    "CONTROL": CTLCARD,
    "MASTIN": TAXACCT,
    "TRANSIN": TRANSREC,
    "MASTOUT": TAXACCT,
    "NOTICES": NOTICE,
    "REFUNDS": REFUND,
    "UNPOST": UNPOST,
}
"""The record layout of each fixed-record DD name (checked equal to the copybooks by
tests/records/test_posting_layouts.py); REPORT is line sequential and has none."""
RECORD_LENGTHS: dict[str, int] = {ddname: layout.size for ddname, layout in LAYOUTS.items()}
"""Fixed record lengths, from the layouts."""
COPYBOOKS: dict[str, str] = {
    "CONTROL": "CTLCARD",
    "MASTIN": "TAXACCT",
    "TRANSIN": "TRANSREC",
    "MASTOUT": "TAXACCT",
    "NOTICES": "NOTICE",
    "REFUNDS": "REFUND",
    "UNPOST": "UNPOST",
}
"""The copybook of every fixed-length file of a run, by DD name (RULEBOOK §1)."""

OutputFault = Literal["no-folder", "folder", "full"]
OUTPUT_FAULTS: tuple[OutputFault, ...] = ("no-folder", "folder", "full")
assert set(OUTPUT_FAULTS) == set(get_args(OutputFault))
FAULTS_FILE = "FAULTS"
FULL_DEVICE = Path("/dev/full")

RETURN_CODE_FILE = "RETURN-CODE"
"""Written beside the outputs by :func:`run_engine`: the run's return code as text, so that two
output folders can be compared later, return codes included."""

STAGED_INPUTS = "inputs"
"""The staging folder's sub-folder that receives drained non-regular inputs."""

RC_CLEAN = 0
RC_UNPOSTABLES = 4
RC_ABEND = 16


class EngineError(IdrsError):
    """The engine itself could not run (missing compiler, crash): not a business abend."""


@dataclass(frozen=True)
class RunInputs:
    """Paths of a run's three input files. A path that does not exist is a missing file."""

    control: Path
    mastin: Path
    transin: Path
    faults: tuple[tuple[str, OutputFault], ...] = ()
    """Outputs broken on purpose: (DD name, fault), see the module's docstring."""

    @classmethod
    def from_folder(cls, folder: Path) -> RunInputs:
        """The run folder's three inputs, and its ``FAULTS`` file when there is one."""
        faults = read_faults(folder / FAULTS_FILE)
        return cls(folder / "CONTROL", folder / "MASTIN", folder / "TRANSIN", faults)

    def by_ddname(self) -> dict[str, Path]:
        return {"CONTROL": self.control, "MASTIN": self.mastin, "TRANSIN": self.transin}


@dataclass(frozen=True)
class RunResult:
    """What a run produced: the return code and the output files by DD name."""

    engine: str
    return_code: int
    outputs: dict[str, Path]
    seconds: float = 0.0
    stderr: str = field(default="", compare=False)
    notes: tuple[str, ...] = field(default=(), compare=False)
    """What the run did besides posting: a stale staging folder swept, earlier outputs kept
    aside (one line each, for the person who runs it)."""

    @property
    def abended(self) -> bool:
        return self.return_code == RC_ABEND


class Engine(Protocol):
    """A posting-run engine. ``execute`` writes every output DD name into ``staging``."""

    name: str

    def available(self) -> bool:
        """True when the engine can run on this machine."""
        ...

    def execute(self, inputs: RunInputs, staging: Path) -> int:
        """Run once; write the outputs into ``staging``; return the run's return code."""
        ...


def read_faults(path: Path) -> tuple[tuple[str, OutputFault], ...]:
    """The faults a ``FAULTS`` file asks for (none when there is no such file)."""
    if not path.is_file():
        return ()
    faults: list[tuple[str, OutputFault]] = []
    for number, raw in enumerate(path.read_bytes().splitlines(), start=1):
        try:
            line = raw.decode("ascii")
        except UnicodeDecodeError as error:
            raise EngineError(
                f"{path}: FAULTS line {number}, byte {error.start + 1}: "
                f"X'{raw[error.start]:02X}' is not ASCII (expected 'DDNAME FAULT')"
            ) from None
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) != 2 or words[0] not in OUTPUT_DDNAMES or words[1] not in OUTPUT_FAULTS:
            raise EngineError(
                f"{path}:{number}: expected 'DDNAME FAULT' with DDNAME one of "
                f"{', '.join(OUTPUT_DDNAMES)} and FAULT one of {', '.join(OUTPUT_FAULTS)}, "
                f"got {line.strip()!r}"
            )
        ddname, fault = words
        faults.append((ddname, fault))  # type: ignore[arg-type]  # checked just above
    return tuple(faults)


def write_faults(path: Path, faults: tuple[tuple[str, OutputFault], ...]) -> None:
    """Write (or remove, when there are none) a run folder's ``FAULTS`` file."""
    if not faults:
        path.unlink(missing_ok=True)
        return
    path.write_text("".join(f"{ddname} {fault}\n" for ddname, fault in faults), encoding="utf-8")


def write_run_folder(
    folder: Path,
    inputs: Mapping[str, bytes | None],
    unreadable: Iterable[str] = (),
    faults: tuple[tuple[str, OutputFault], ...] = (),
) -> None:
    """Write a run folder: each input's bytes (None: the file is missing; a DD name of
    ``unreadable``: a folder in its place, which opens but cannot be read) and FAULTS."""
    folder.mkdir(parents=True, exist_ok=True)
    folders = set(unreadable)
    for ddname in INPUT_DDNAMES:
        path = folder / ddname
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
        data = inputs.get(ddname)
        if ddname in folders:
            path.mkdir()
        elif data is not None:
            path.write_bytes(data)
    write_faults(folder / FAULTS_FILE, faults)


def plant_faults(staging: Path, faults: tuple[tuple[str, OutputFault], ...]) -> None:
    """Break the outputs ``faults`` names, in the staging folder the engine writes into."""
    for ddname, fault in faults:
        where = staging / ddname
        if fault == "folder":
            where.mkdir()
        elif fault == "no-folder":
            where.symlink_to(staging / "no-such-folder" / ddname)
        else:
            where.symlink_to(FULL_DEVICE)


def stage_inputs(inputs: RunInputs, folder: Path) -> RunInputs:
    """``inputs`` with every non-regular input (device, FIFO) drained into ``folder`` (see
    :mod:`idrs_sandbox.engines.inputs`); the same ``inputs`` when all are regular files."""
    paths = inputs.by_ddname()
    special = [ddname for ddname, path in paths.items() if is_special(path)]
    if not special:
        return inputs
    folder.mkdir(parents=True, exist_ok=True)
    for ddname in special:
        drain(ddname, paths[ddname], folder / ddname)
        paths[ddname] = folder / ddname
    return replace(
        inputs, control=paths["CONTROL"], mastin=paths["MASTIN"], transin=paths["TRANSIN"]
    )


@contextlib.contextmanager
def prepared_inputs(inputs: RunInputs, parent: Path) -> Iterator[RunInputs]:
    """``inputs`` with non-regular inputs drained once into a staging folder of ``parent``,
    removed at the end: what several engines on the same inputs share (a FIFO drains once)."""
    if not any(is_special(path) for path in inputs.by_ddname().values()):
        yield inputs
        return
    parent.mkdir(parents=True, exist_ok=True)
    with staging_folder(parent, "inputs") as staging:
        yield stage_inputs(inputs, staging)


def prior_generation(output_dir: Path) -> Path | None:
    """Move an earlier run's outputs out of the way, whole, into the next free
    ``PRIOR.G0001V00``-style folder of ``output_dir`` (never deleted, never overwritten), and
    return that folder; None when ``output_dir`` holds no output of an earlier run."""
    return keep_prior_generation(output_dir, (*OUTPUT_DDNAMES, RETURN_CODE_FILE))


def publish_outputs(
    staging: Path, output_dir: Path, return_code: int, ddnames: Iterable[str]
) -> tuple[dict[str, Path], Path | None]:
    """Move an earlier run's outputs aside (:func:`prior_generation`), then ``ddnames`` from
    ``staging`` into ``output_dir`` and the return code into ``RETURN-CODE``, by rename.
    Returns the published outputs and the ``PRIOR`` folder (None when there was nothing)."""
    (staging / RETURN_CODE_FILE).write_text(f"{return_code}\n")
    prior = prior_generation(output_dir)
    published: dict[str, Path] = {}
    for ddname in ddnames:
        os.rename(staging / ddname, output_dir / ddname)
        published[ddname] = output_dir / ddname
    os.rename(staging / RETURN_CODE_FILE, output_dir / RETURN_CODE_FILE)
    return published, prior


def run_engine(engine: Engine, inputs: RunInputs, output_dir: Path) -> RunResult:
    """Run ``engine`` and publish its outputs in ``output_dir`` (see docs/architecture.md,
    "Files of a run").

    The engine writes into a staging folder; nothing in ``output_dir`` is touched until it ends.
    Then, whatever the return code, an earlier run's outputs in ``output_dir`` are moved aside,
    whole and byte for byte, into a new ``PRIOR.GnnnnV00`` folder, and this run's outputs are
    published: all five, except MASTOUT after an abend (return code 16) and an output broken by a
    planted fault. A run never deletes, truncates or overwrites a file it did not create.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    notes = tuple(sweep_stale_staging(output_dir))
    started = time.perf_counter()
    broken = {ddname for ddname, _ in inputs.faults}
    with staging_folder(output_dir, engine.name) as staging:
        staged_inputs = stage_inputs(inputs, staging / STAGED_INPUTS)
        plant_faults(staging, inputs.faults)
        return_code = engine.execute(staged_inputs, staging)
        seconds = time.perf_counter() - started
        publish = [
            ddname
            for ddname in OUTPUT_DDNAMES
            if ddname not in broken and not (ddname == "MASTOUT" and return_code == RC_ABEND)
        ]
        for ddname in publish:
            if not (staging / ddname).is_file() or (staging / ddname).is_symlink():
                raise EngineError(f"engine {engine.name} did not write {ddname}")
        published, prior = publish_outputs(staging, output_dir, return_code, publish)
    if prior is not None:
        notes += (f"{output_dir}: the earlier run's outputs were moved to {prior.name}",)
    return RunResult(engine.name, return_code, published, seconds, notes=notes)


def read_return_code(folder: Path) -> int | None:
    """The return code :func:`run_engine` recorded in ``folder``, or None when there is none."""
    try:
        return int((folder / RETURN_CODE_FILE).read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
