"""The trainee's work folder: copies of what an exercise lets them edit, and its state file.

A work folder never points back into the installed package: the COBOL program and copybooks are
copied into ``legacy/``, the modern engine into ``modern/`` (its imports of itself made relative, so
the copy is loaded from the work folder under a private name and never touches
``idrs_sandbox.modern``), and an exercise may add files of its own (``strangler.py``).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import shutil
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path
from types import ModuleType

from idrs_sandbox.errors import IdrsError, UsageError
from idrs_sandbox.paths import copybook_dir, program_path

STATE_FILE = ".idrs-exercise.json"
STATE_FORMAT = 2
"""2: the variant is kept as :func:`variant_id` (format 1 held its name, the answer, in plain
text); format 1 files are still read."""
MODERN_DIR = "modern"
LEGACY_DIR = "legacy"
PROGRAM_FILE = "legacy/programs/POSTING.cbl"
COPYBOOK_DIR = "legacy/copybooks"
RUNS_DIR = "runs"
GUIDE_FILE = "EXERCISE.md"
START_DIR = ".idrs-exercise-start"
"""A copy of the managed paths as ``start`` left them: what ``reset`` puts back."""

_SELF_IMPORT = re.compile(r"^(\s*)from idrs_sandbox\.modern(\.[\w.]+)? import ", re.MULTILINE)
_LOADS = itertools.count(1)


class WorkspaceError(UsageError):
    """The work folder is missing, foreign or damaged (exit status 2)."""


class TraineeCodeError(IdrsError):
    """The trainee's code does not load or crashed; the message shows where, in their files."""


@dataclass
class ExerciseState:
    """What the work folder remembers between commands (the state file, JSON).

    The variant (exercise 01: which bug was seeded) is the answer a trainee looks for, so the
    file holds only :func:`variant_id` of it; ``variant`` is filled in by whoever knows the
    exercise's variants (``course.current``)."""

    exercise: str
    variant: str | None = None
    hints_shown: int = 0
    format: int = STATE_FORMAT
    variant_id: str | None = None

    def saved(self) -> dict[str, object]:
        variant_id = (
            variant_id_of(self.exercise, self.variant)
            if self.variant is not None
            else self.variant_id
        )
        return {
            "exercise": self.exercise,
            "format": STATE_FORMAT,
            "hints_shown": self.hints_shown,
            "variant_id": variant_id,
        }


def variant_id_of(exercise: str, variant: str) -> str:
    """An id that names a variant without saying it: the start of a SHA-256 of the names."""
    return hashlib.sha256(f"idrs-exercise:{exercise}:{variant}".encode()).hexdigest()[:16]


def _state_from(data: object) -> ExerciseState:
    """The state in a parsed state file; ValueError when a field is missing or of a wrong type."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    exercise, hints = data.get("exercise"), data.get("hints_shown", 0)
    form, variant_id = data.get("format", 1), data.get("variant_id")
    variant = data.get("variant") if form == 1 else None
    if not isinstance(exercise, str) or not exercise:
        raise ValueError("'exercise' must be the exercise's name")
    if not isinstance(hints, int) or isinstance(hints, bool) or hints < 0:
        raise ValueError("'hints_shown' must be a count")
    if form not in (1, STATE_FORMAT):
        raise ValueError(f"state format {form!r} is unknown")
    for name, value in (("variant_id", variant_id), ("variant", variant)):
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name!r} must be text")
    return ExerciseState(exercise, variant, hints, STATE_FORMAT, variant_id)


@dataclass(frozen=True)
class Workspace:
    """A work folder and its state file."""

    root: Path

    @property
    def state_path(self) -> Path:
        return self.root / STATE_FILE

    @property
    def modern_dir(self) -> Path:
        return self.root / MODERN_DIR

    @property
    def program(self) -> Path:
        return self.root / PROGRAM_FILE

    @property
    def copybooks(self) -> Path:
        return self.root / COPYBOOK_DIR

    @property
    def runs(self) -> Path:
        return self.root / RUNS_DIR

    def exists(self) -> bool:
        return self.state_path.is_file()

    def read_state(self) -> ExerciseState:
        try:
            return _state_from(json.loads(self.state_path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as error:
            message = f"{self.state_path}: not a valid exercise state ({error})"
            raise WorkspaceError(message) from None

    def write_state(self, state: ExerciseState) -> None:
        text = json.dumps(state.saved(), indent=2, sort_keys=True) + "\n"
        self.state_path.write_text(text, encoding="utf-8")


def find_workspace(start: Path) -> Workspace:
    """The work folder holding ``start`` (``start`` itself or one of its parents)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / STATE_FILE).is_file():
            return Workspace(folder)
    raise WorkspaceError(
        f"no exercise here: {start} has no {STATE_FILE} (nor any folder above it); "
        "start one with 'idrs exercise start N', or pass --dir"
    )


def clear_managed(root: Path, managed: tuple[str, ...]) -> None:
    """Remove the paths an exercise manages (its copies and the runs of earlier checks)."""
    for name in (*managed, RUNS_DIR):
        path = root / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def save_start(root: Path, managed: tuple[str, ...]) -> None:
    """Keep a copy of the managed paths in their starting state (see :data:`START_DIR`)."""
    keep = root / START_DIR
    if keep.exists():
        shutil.rmtree(keep)
    for name in managed:
        _copy_path(root / name, keep / name)


def restore_start(root: Path, managed: tuple[str, ...]) -> bool:
    """Put the saved starting state back; False when none was saved."""
    keep = root / START_DIR
    if not all((keep / name).exists() for name in managed):
        return False
    clear_managed(root, managed)
    for name in managed:
        _copy_path(keep / name, root / name)
    return True


def _copy_path(source: Path, target: Path) -> None:
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


# --- copies ---------------------------------------------------------------------------------


def installed_modern_dir() -> Path:
    """The folder of the installed modern engine (the source of the trainee's copy)."""
    import idrs_sandbox.modern as modern

    return Path(modern.__file__).resolve().parent


def copy_modern(target: Path) -> None:
    """Copy the modern engine's modules into ``target`` with its self-imports made relative
    (``from idrs_sandbox.modern.dates import x`` becomes ``from .dates import x``)."""
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(installed_modern_dir().glob("*.py")):
        text = _SELF_IMPORT.sub(_relative_import, source.read_text(encoding="utf-8"))
        (target / source.name).write_text(text, encoding="utf-8")


def _relative_import(match: re.Match[str]) -> str:
    indent, module = match.group(1), match.group(2)
    return f"{indent}from .{module[1:] if module else ''} import "


def copy_legacy(root: Path) -> None:
    """Copy POSTING.cbl and the copybooks into ``root/legacy`` (programs/, copybooks/)."""
    programs = root / "legacy" / "programs"
    programs.mkdir(parents=True, exist_ok=True)
    shutil.copy2(program_path("POSTING"), programs / "POSTING.cbl")
    copybooks = root / COPYBOOK_DIR
    copybooks.mkdir(parents=True, exist_ok=True)
    for copybook in sorted(copybook_dir().glob("*.cpy")):
        shutil.copy2(copybook, copybooks / copybook.name)


# --- loading the trainee's Python -----------------------------------------------------------


@contextmanager
def loaded_package(package_dir: Path, *submodules: str) -> Iterator[ModuleType]:
    """Import the package in ``package_dir`` under a private name, with ``submodules``; unload
    it afterwards. Load and import errors become :class:`TraineeCodeError`."""
    init = package_dir / "__init__.py"
    if not init.is_file():
        raise TraineeCodeError(f"{package_dir} is not a Python package (no __init__.py)")
    name = f"_idrs_work_{next(_LOADS)}"
    spec = spec_from_file_location(name, init, submodule_search_locations=[str(package_dir)])
    assert spec is not None and spec.loader is not None  # a file location always has both
    package = module_from_spec(spec)
    sys.modules[name] = package
    try:
        with _no_bytecode():
            try:
                spec.loader.exec_module(package)
                for submodule in submodules:
                    import_module(f"{name}.{submodule}")
            except Exception as error:
                raise TraineeCodeError(
                    "your code does not load:\n" + describe_exception(error, package_dir.parent)
                ) from None
        yield package
    finally:
        for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[loaded]


@contextmanager
def loaded_module(path: Path) -> Iterator[ModuleType]:
    """Import the single file ``path`` under a private name; unload it afterwards."""
    if not path.is_file():
        raise TraineeCodeError(f"{path} is missing (run 'idrs exercise reset' to restore it)")
    name = f"_idrs_work_{next(_LOADS)}"
    spec = spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = module_from_spec(spec)
    sys.modules[name] = module
    try:
        with _no_bytecode():
            try:
                spec.loader.exec_module(module)
            except Exception as error:
                raise TraineeCodeError(
                    "your code does not load:\n" + describe_exception(error, path.parent)
                ) from None
        yield module
    finally:
        sys.modules.pop(name, None)


@contextmanager
def _no_bytecode() -> Iterator[None]:
    # A work folder is edited by hand between checks; no __pycache__ can then be stale.
    previous = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        yield
    finally:
        sys.dont_write_bytecode = previous


def describe_exception(error: BaseException, root: Path) -> str:
    """The exception and the frames that lie in the trainee's files (``root``), innermost last;
    a trainee's own bug deserves its traceback, but not the sandbox's frames around it."""
    root = root.resolve()
    lines: list[str] = []
    for frame in traceback.extract_tb(error.__traceback__):
        path = Path(frame.filename)
        if path.is_absolute() and path.resolve().is_relative_to(root):
            shown = path.resolve().relative_to(root)
            lines.append(f"  {shown}, line {frame.lineno}, in {frame.name}")
            if frame.line:
                lines.append(f"    {frame.line}")
    if isinstance(error, SyntaxError) and error.filename:
        lines.append(f"  {error.filename}, line {error.lineno}")
        if error.text:
            lines.append(f"    {error.text.rstrip()}")
    lines.append(f"{type(error).__name__}: {error}")
    return "\n".join(lines)
