"""The interface every engine shares: a run's input files in, its output files and return code out.

A run folder holds files named by their DD names (RULEBOOK §1): ``CONTROL``, ``MASTIN`` and
``TRANSIN`` in; ``MASTOUT``, ``NOTICES``, ``REFUNDS``, ``UNPOST`` and ``REPORT`` out. An engine
writes its outputs into a private staging folder; :func:`run_engine` then moves them into place, so
a failed or abended run never leaves a new master beside (or over) the old one.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from idrs_sandbox.errors import IdrsError

INPUT_DDNAMES: tuple[str, ...] = ("CONTROL", "MASTIN", "TRANSIN")
OUTPUT_DDNAMES: tuple[str, ...] = ("MASTOUT", "NOTICES", "REFUNDS", "UNPOST", "REPORT")
RECORD_LENGTHS: dict[str, int] = {
    "CONTROL": 80,
    "MASTIN": 514,
    "TRANSIN": 100,
    "MASTOUT": 514,
    "NOTICES": 160,
    "REFUNDS": 156,
    "UNPOST": 140,
}
"""Fixed record lengths; REPORT is line sequential and has none."""
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

RETURN_CODE_FILE = "RETURN-CODE"
"""Written beside the outputs by :func:`run_engine`: the run's return code as text, so that two
output folders can be compared later, return codes included."""

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

    @classmethod
    def from_folder(cls, folder: Path) -> RunInputs:
        return cls(folder / "CONTROL", folder / "MASTIN", folder / "TRANSIN")

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


def run_engine(engine: Engine, inputs: RunInputs, output_dir: Path) -> RunResult:
    """Run ``engine`` and publish its outputs in ``output_dir``.

    On an abend (return code 16) MASTOUT is never published, and an older MASTOUT in the output
    folder is removed so that nothing new stands beside the old master (RULEBOOK §7).
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f".{engine.name}-", dir=output_dir) as tmp:
        staging = Path(tmp)
        return_code = engine.execute(inputs, staging)
        seconds = time.perf_counter() - started
        published: dict[str, Path] = {}
        for ddname in OUTPUT_DDNAMES:
            target = output_dir / ddname
            staged = staging / ddname
            if ddname == "MASTOUT" and return_code == RC_ABEND:
                target.unlink(missing_ok=True)
                continue
            if not staged.exists():
                raise EngineError(f"engine {engine.name} did not write {ddname}")
            shutil.move(staged, target)
            published[ddname] = target
    (output_dir / RETURN_CODE_FILE).write_text(f"{return_code}\n")
    return RunResult(engine.name, return_code, published, seconds)


def read_return_code(folder: Path) -> int | None:
    """The return code :func:`run_engine` recorded in ``folder``, or None when there is none."""
    try:
        return int((folder / RETURN_CODE_FILE).read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
