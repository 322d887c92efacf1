"""Every exercise from a newcomer's side: start it, the check fails; apply the reference solution
(tests/training/solutions/<slug>/, never shipped in the package), the check passes; reset, and
the work folder is back in its starting state."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from idrs_sandbox.training import course
from idrs_sandbox.training.edits import apply_edits, load_edits
from idrs_sandbox.training.exercises.ex01_seeded_bug import VARIANT_HINTS
from idrs_sandbox.training.workspace import RUNS_DIR, Workspace, copy_modern

SOLUTIONS = Path(__file__).parent / "solutions"
SLUGS = [exercise.slug for exercise in course.exercises()]
PROPERTY_EXAMPLES = 8
"""Fewer generated runs than a trainee's check (20): the property's path is what is tested."""


def snapshot(workspace: Workspace, managed: tuple[str, ...]) -> dict[str, bytes]:
    """Every file of the managed paths, by path relative to the work folder."""
    files: dict[str, bytes] = {}
    for name in managed:
        path = workspace.root / name
        found = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for item in found:
            files[str(item.relative_to(workspace.root))] = item.read_bytes()
    return files


def apply_solution(workspace: Workspace, slug: str, edits: str = "solution.edits") -> None:
    """The reference solution: its edit script, and any other file copied over the work folder."""
    folder = SOLUTIONS / slug
    script = folder / edits
    if script.exists():
        apply_edits(workspace.root, load_edits(script))
    for item in folder.rglob("*"):
        if item.is_file() and item.suffix != ".edits":
            target = workspace.root / item.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(item, target)


def test_every_exercise_has_a_reference_solution() -> None:
    for slug in SLUGS:
        assert (SOLUTIONS / slug).is_dir(), f"no reference solution for {slug}"


@pytest.mark.parametrize("slug", [s for s in SLUGS if s != "01-seeded-bug"])
def test_start_fails_solution_passes_reset_restores(
    slug: str, tmp_path: Path, cobc: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    started = course.start(slug, tmp_path / "work")
    workspace, managed = started.workspace, started.exercise.managed
    start_state = snapshot(workspace, managed)

    at_start = course.check(workspace, examples=PROPERTY_EXAMPLES)
    assert at_start.verdict == "FAIL", at_start.render()

    apply_solution(workspace, slug)
    assert snapshot(workspace, managed) != start_state
    solved = course.check(workspace, examples=PROPERTY_EXAMPLES)
    assert solved.passed, solved.render()
    assert (workspace.root / RUNS_DIR).is_dir()

    course.reset(workspace)
    assert snapshot(workspace, managed) == start_state
    assert not (workspace.root / RUNS_DIR).exists()


def test_seeded_bug_lifecycle(tmp_path: Path, cobc: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    started = course.start("1", tmp_path / "work", variant="offset-newest-first")
    workspace = started.workspace
    start_state = snapshot(workspace, started.exercise.managed)
    assert course.check(workspace).verdict == "FAIL"

    apply_solution(workspace, "01-seeded-bug", "offset-newest-first.edits")
    solved = course.check(workspace)
    assert solved.passed, solved.render()

    course.reset(workspace)
    assert snapshot(workspace, started.exercise.managed) == start_state


def python_files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.glob("*.py")}


@pytest.mark.parametrize("variant", sorted(VARIANT_HINTS))
def test_every_seeded_bug_is_caught_and_its_fix_restores_the_engine(
    variant: str, tmp_path: Path, cobc: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    workspace = course.start("1", tmp_path / "work", variant=variant).workspace
    pristine = tmp_path / "pristine"
    copy_modern(pristine)
    assert python_files(workspace.modern_dir) != python_files(pristine)

    report = course.check(workspace, examples=0)  # scenarios and decks catch every seeded bug
    assert report.verdict == "FAIL", report.render()

    apply_solution(workspace, "01-seeded-bug", f"{variant}.edits")
    assert python_files(workspace.modern_dir) == python_files(pristine)
