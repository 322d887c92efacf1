"""Engines the checks run: the trainee's copies (COBOL and modern) and the reference ("truth").

The truth is the repo's own POSTING.cbl built by cobc. Without cobc the legacy interpreter stands
in for it (once it can run a given program); for checks that only need *a* faithful reference the
installed modern engine, itself proven byte-identical to POSTING.cbl in CI, stands in last, and the
check says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from idrs_sandbox.engines.base import OUTPUT_DDNAMES, Engine, RunInputs
from idrs_sandbox.engines.cobc import cobc_path, compile_program
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.paths import copybook_dir, program_path
from idrs_sandbox.training.workspace import TraineeCodeError, Workspace

NO_COBOL_ENGINE = (
    "cobc (GnuCOBOL 3.1.2) is not installed, so the COBOL program cannot be run here: install it "
    "with 'apt-get install gnucobol3' (the CI does). The legacy interpreter engine will stand in "
    "once it can run a given program."
)


class CobolUnavailable(IdrsError):
    """Neither cobc nor the legacy interpreter can run a COBOL program here."""

    def __init__(self) -> None:
        super().__init__(NO_COBOL_ENGINE)


class WorkModernEngine:
    """The trainee's copy of the modern engine (``modern/`` of the work folder), already loaded."""

    def __init__(self, package: ModuleType, name: str = "yours-modern") -> None:
        self.name = name
        run = getattr(package, "run", None)
        run_posting = getattr(run, "run_posting", None)
        if not callable(run_posting):
            raise TraineeCodeError("modern/run.py must define run_posting(files) -> int")
        self._run_posting = run_posting

    def available(self) -> bool:
        return True

    def execute(self, inputs: RunInputs, staging: Path) -> int:
        files = dict(inputs.by_ddname())
        files.update({ddname: staging / ddname for ddname in OUTPUT_DDNAMES})
        return int(self._run_posting(files))


@dataclass(frozen=True)
class Reference:
    """The engine a check compares against, and a note when it is a stand-in."""

    engine: Engine
    note: str | None = None


def cobol_engine(program: Path, copy_dirs: tuple[Path, ...], name: str) -> Engine | None:
    """An engine running ``program`` (cobc, else the interpreter when it can), or None."""
    if cobc_path() is not None:
        from idrs_sandbox.engines.gnucobol import GnuCOBOLEngine

        engine = GnuCOBOLEngine(program, copy_dirs)
        engine.name = name
        return engine
    return _interpreter_engine(program, copy_dirs, name)


def _interpreter_engine(program: Path, copy_dirs: tuple[Path, ...], name: str) -> Engine | None:
    # The legacy engine is being built by another helper; it is used as soon as its adapter
    # takes a program path (requests-for-interpreter.md), and silently skipped until then.
    try:
        from idrs_sandbox.engines.legacy import LegacyEngine  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        engine: Engine = LegacyEngine(program=program, copy_dirs=copy_dirs)
    except TypeError:
        return None
    if not engine.available():
        return None
    engine.name = name  # type: ignore[misc,unused-ignore]
    return engine


def cobol_available() -> bool:
    """True when a COBOL program can be run here (cobc, or the interpreter when it can)."""
    return cobol_engine(program_path("POSTING"), (copybook_dir(),), "probe") is not None


def trainee_cobol_engine(workspace: Workspace) -> Engine:
    """The trainee's POSTING.cbl with their copybooks; compiled now so a compile error shows up
    first, with cobc's own messages."""
    engine = cobol_engine(workspace.program, (workspace.copybooks,), "yours-cobol")
    if engine is None:
        raise CobolUnavailable()
    if cobc_path() is not None:
        if not workspace.program.is_file():
            raise TraineeCodeError(f"{workspace.program} is missing ('idrs exercise reset')")
        compile_program(workspace.program, (workspace.copybooks,))
    return engine


def truth_engine(*, modern_may_stand_in: bool) -> Reference:
    """The repo's POSTING.cbl; the installed modern engine when allowed and nothing else runs."""
    engine = cobol_engine(program_path("POSTING"), (copybook_dir(),), "truth")
    if engine is not None:
        return Reference(engine)
    if not modern_may_stand_in:
        raise CobolUnavailable()
    from idrs_sandbox.engines.modern import ModernEngine

    stand_in = ModernEngine()
    stand_in.name = "truth"
    return Reference(
        stand_in,
        "cobc is not installed: the installed modern engine (byte-identical to POSTING.cbl in CI) "
        "stands in for the COBOL program",
    )
