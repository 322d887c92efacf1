"""``idrs exercise``: list, start, check, hint and reset through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.paths import copybook_dir, program_path
from idrs_sandbox.training import course, engines


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["exercise", *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_list_names_every_exercise_and_its_story() -> None:
    code, output = invoke("list")
    assert code == 0
    for exercise in course.exercises():
        assert exercise.key in output and exercise.slug[:12] in output


def test_start_hint_reset_from_the_work_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, output = invoke("start", "2", "--dir", str(tmp_path / "work"))
    assert code == 0 and "Work folder:" in output
    monkeypatch.chdir(tmp_path / "work" / "modern")  # any folder inside the work folder
    code, output = invoke("hint")
    assert code == 0 and output.startswith("Hint 1/4:")
    code, output = invoke("hint", "--all")
    assert output.count("Hint ") == 1
    recordio = tmp_path / "work" / "modern" / "recordio.py"
    started_with = recordio.read_text()
    recordio.write_text("garbage")
    code, output = invoke("reset", "--yes")
    assert code == 0 and recordio.read_text() == started_with


def test_errors_are_one_line_with_a_usage_exit_code(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["exercise", "check", "--dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "no exercise here" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["exercise", "start", "42", "--dir", str(tmp_path / "x")])
    assert result.exit_code == 2 and "no exercise '42'" in result.output


def test_check_exits_1_and_shows_the_diff(
    tmp_path: Path, cobc: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    invoke("start", "2", "--dir", "work")
    code, output = invoke("check", "--dir", "work")
    assert code == 1
    assert "damaged masters" in output and "ABEND: MASTIN INVALID RECORD" in output
    assert "idrs compare runs/" in output or "idrs compare work/runs/" in output
    assert output.rstrip().endswith("FAIL")


def test_without_cobc_or_interpreter_the_cobol_checks_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "cobc_path", lambda: None)
    monkeypatch.setattr(engines, "_interpreter_engine", lambda *args: None)
    workspace = course.start("3", tmp_path / "work").workspace
    report = course.check(workspace)
    cobol = next(o for o in report.outcomes if "POSTING.cbl compiles" in o.title)
    assert cobol.status.value == "NOT RUN" and "apt-get install gnucobol3" in cobol.summary
    assert report.verdict != "PASS"
    assert not any("yours-cobol" in o.title for o in report.outcomes)


def test_without_cobc_the_interpreter_stands_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "cobc_path", lambda: None)
    engine = engines.cobol_engine(program_path("POSTING"), (copybook_dir(),), "yours-cobol")
    if engine is None:
        pytest.skip("the legacy interpreter engine is not in this checkout")
    assert type(engine).__name__ == "LegacyEngine" and engine.name == "yours-cobol"


def test_without_cobc_the_truth_may_be_the_modern_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "cobc_path", lambda: None)
    monkeypatch.setattr(engines, "_interpreter_engine", lambda *args: None)
    reference = engines.truth_engine(modern_may_stand_in=True)
    assert reference.note and "stands in" in reference.note
    with pytest.raises(engines.CobolUnavailable):
        engines.truth_engine(modern_may_stand_in=False)


def test_without_the_oracle_strategies_the_property_is_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from idrs_sandbox.engines.modern import ModernEngine
    from idrs_sandbox.training.checks import check_property, new_report

    monkeypatch.setitem(sys.modules, "idrs_sandbox.oracle.strategies", None)  # not importable
    workspace = course.start("2", tmp_path / "work").workspace
    ctx = new_report(workspace, "02", "title")
    assert check_property(ctx, "property", ModernEngine(), ModernEngine(), 5) is None
    assert any("cannot run here" in note for note in ctx.report.notes)
    assert check_property(ctx, "property", ModernEngine(), ModernEngine(), 0) is None
    assert any("switched off" in note for note in ctx.report.notes)


def _start_with(tmp_path: Path, code: str) -> Path:
    """Exercise 01 in a work folder, its modern/run.py ending with ``code``."""
    work = tmp_path / "work"
    invoke("start", "1", "--dir", str(work))
    run_py = work / "modern" / "run.py"
    run_py.write_text(run_py.read_text() + "\n" + code + "\n")
    return work


def test_trainee_code_that_ends_the_process_gets_a_clear_message(tmp_path: Path) -> None:
    work = _start_with(tmp_path, "import os\nos._exit(3)")
    result = CliRunner().invoke(cli, ["exercise", "check", "--dir", str(work), "--examples", "0"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {work}: your code ended the check before it finished")
    assert "exit status 3" in result.stderr and "Traceback" not in result.output


def test_trainee_code_that_loops_forever_is_stopped_at_the_time_limit(tmp_path: Path) -> None:
    # Whatever the machine's load, an endless loop never ends: the outcome cannot vary.
    work = _start_with(tmp_path, "while True:\n    pass")
    args = ["exercise", "check", "--dir", str(work), "--examples", "0", "--time-limit", "2"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {work}: the check was stopped after 2 s: does your code loop forever? "
        "(allow more with --time-limit SECONDS)\n"
    )


def test_start_prints_a_story_path_that_works_from_the_work_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = invoke("start", "1", "--dir", "work")
    assert code == 0
    story = next(line for line in output.splitlines() if "the story and the rules:" in line)
    path = Path(story.split("the story and the rules: ")[1].split(" (")[0])
    assert path.is_absolute() and path.is_file() and path.name == "01-seeded-bug.md"
    guide = (tmp_path / "work" / "EXERCISE.md").read_text()
    assert str(path) in guide
