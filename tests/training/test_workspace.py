"""Work folders: copies that never point back into the installed package, the state file, hints,
loading the trainee's Python under a private name."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import pytest

from idrs_sandbox.errors import UsageError
from idrs_sandbox.training import course
from idrs_sandbox.training.workspace import (
    STATE_FILE,
    TraineeCodeError,
    WorkspaceError,
    copy_modern,
    find_workspace,
    loaded_module,
    loaded_package,
)


def test_the_modern_copy_imports_itself_relatively(tmp_path: Path) -> None:
    copy_modern(tmp_path / "modern")
    for path in (tmp_path / "modern").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("idrs_sandbox.modern"), path.name
            if isinstance(node, ast.Import):
                assert all(not a.name.startswith("idrs_sandbox.modern") for a in node.names)


def test_the_copy_loads_under_a_private_name_and_is_unloaded(tmp_path: Path) -> None:
    copy_modern(tmp_path / "modern")
    before = set(sys.modules)
    with loaded_package(tmp_path / "modern", "run") as package:
        assert package.__name__.startswith("_idrs_work_")
        assert package.run.__file__ == str(tmp_path / "modern" / "run.py")
        assert callable(package.run.run_posting)
    assert set(sys.modules) - before == set()
    assert not (tmp_path / "modern" / "__pycache__").exists()


def test_a_broken_copy_says_where_in_the_trainee_files(tmp_path: Path) -> None:
    copy_modern(tmp_path / "modern")
    (tmp_path / "modern" / "dates.py").write_text("def broken(:\n")
    broken = loaded_package(tmp_path / "modern", "run")
    with pytest.raises(TraineeCodeError, match="your code does not load") as raised, broken:
        pass
    assert "dates.py" in str(raised.value) and "line 1" in str(raised.value)


def test_a_crash_at_import_shows_the_trainee_frames_only(tmp_path: Path) -> None:
    (tmp_path / "strangler.py").write_text("import math\n\nvalue = 1 / 0\n")
    with pytest.raises(TraineeCodeError) as raised, loaded_module(tmp_path / "strangler.py"):
        pass
    text = str(raised.value)
    assert "strangler.py, line 3" in text and "ZeroDivisionError" in text
    assert "workspace.py" not in text


def test_start_writes_the_state_and_refuses_a_used_folder(tmp_path: Path) -> None:
    started = course.start("2", tmp_path / "work")
    state = json.loads((tmp_path / "work" / STATE_FILE).read_text())
    assert state["exercise"] == "02-port-edit-pass" and state["hints_shown"] == 0
    assert (tmp_path / "work" / "EXERCISE.md").read_text().startswith("# Exercise 02")
    assert find_workspace(tmp_path / "work" / "modern") == started.workspace
    with pytest.raises(UsageError, match="not empty"):
        course.start("2", tmp_path / "work")


def test_unknown_exercises_and_variants_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no exercise '9'"):
        course.start("9", tmp_path / "a")
    with pytest.raises(UsageError, match="no variant 'nope'"):
        course.start("01-seeded-bug", tmp_path / "b", variant="nope")
    assert course.find_exercise("03").slug == course.find_exercise("03-tc767").slug


def test_no_exercise_here(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no exercise here"):
        find_workspace(tmp_path)


def test_hints_come_one_at_a_time_weakest_first(tmp_path: Path) -> None:
    workspace = course.start("1", tmp_path / "work", variant="aba-weights").workspace
    hints = course.find_exercise("1").hints_for("aba-weights")
    shown = [course.next_hint(workspace) for _ in hints]
    assert [hint.text for hint in shown if hint] == list(hints)
    assert course.next_hint(workspace) is None
    assert [h.number for h in course.shown_hints(workspace)] == list(range(1, len(hints) + 1))
    assert "settlement.py" in hints[2]  # the variant's own hints come last


def test_reset_puts_the_start_back_even_after_files_were_deleted(tmp_path: Path) -> None:
    workspace = course.start("6", tmp_path / "work").workspace
    original = (workspace.root / "strangler.py").read_text()
    (workspace.root / "strangler.py").unlink()
    (workspace.root / "notes.txt").write_text("mine")
    course.reset(workspace)
    assert (workspace.root / "strangler.py").read_text() == original
    assert (workspace.root / "notes.txt").read_text() == "mine"  # not the exercise's: kept


@pytest.mark.parametrize("variant", course.find_exercise("1").variants)
def test_the_state_file_does_not_give_the_answer_away(tmp_path: Path, variant: str) -> None:
    workspace = course.start("1", tmp_path / "work", variant=variant).workspace
    text = workspace.state_path.read_text()
    assert variant not in text
    for word in [word for word in variant.split("-") if len(word) > 3]:
        assert word not in text.lower(), (word, text)
    assert course.current(workspace)[1].variant == variant  # and yet it is remembered
    assert [hint.text for hint in [course.next_hint(workspace)] if hint] == [
        course.find_exercise("1").hints_for(variant)[0]
    ]


def test_a_format_1_state_file_is_still_read(tmp_path: Path) -> None:
    workspace = course.start("1", tmp_path / "work", variant="aba-weights").workspace
    old = {"exercise": "01-seeded-bug", "variant": "aba-weights", "hints_shown": 1, "format": 1}
    workspace.state_path.write_text(json.dumps(old))
    exercise, state = course.current(workspace)
    assert (exercise.key, state.variant, state.hints_shown) == ("01", "aba-weights", 1)


@pytest.mark.parametrize(
    "text",
    ['{"exercise": 0}', "[]", '{"exercise": "01-seeded-bug", "hints_shown": -1}',
     '{"exercise": "01-seeded-bug", "variant_id": "0000"}', '{"exercise": "1", "format": 9}'],
)  # fmt: skip
def test_a_damaged_state_file_is_named(tmp_path: Path, text: str) -> None:
    workspace = course.start("1", tmp_path / "work").workspace
    workspace.state_path.write_text(text)
    with pytest.raises(WorkspaceError, match=STATE_FILE.replace(".", r"\.")):
        course.current(workspace)
