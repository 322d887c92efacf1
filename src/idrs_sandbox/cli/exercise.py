"""``idrs exercise list | start N | check | hint | reset``: the training katas (docs/exercises/)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from idrs_sandbox.cli.console import console as make_console
from idrs_sandbox.training import course
from idrs_sandbox.training.checks import DEFAULT_EXAMPLES, CheckReport, Status
from idrs_sandbox.training.engines import NO_COBOL_ENGINE, cobol_available
from idrs_sandbox.training.isolated import DEFAULT_TIME_LIMIT, check_in_child
from idrs_sandbox.training.workspace import Workspace, find_workspace

STATUS_STYLE = {Status.PASS: "green", Status.FAIL: "red", Status.SKIP: "yellow"}
VERDICT_STYLE = {"PASS": "bold green", "FAIL": "bold red", "INCOMPLETE": "bold yellow"}

dir_option = click.option(
    "--dir",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The exercise's work folder (default: the current folder or one above it).",
)


def _workspace(folder: Path | None) -> Workspace:
    return find_workspace(folder if folder is not None else Path.cwd())


@click.group("exercise")
def exercise_group() -> None:
    """Training katas: change or port real behaviour, and let the oracle judge it.

    Start an exercise in a work folder, edit the copies there, run 'idrs exercise check' until
    it passes. The stories are in docs/exercises/ (start with docs/getting-started.md).
    """


@exercise_group.command("list")
def list_command() -> None:
    """The exercises, in course order."""
    table = Table(title="IDRS-lite exercises", title_justify="left")
    for column in ("#", "exercise", "you edit", "story"):
        table.add_column(column)
    for exercise in course.exercises():
        edits = ", ".join(exercise.managed)
        if exercise.needs_cobol:
            edits += "  (runs your COBOL)"
        title = f"{escape(exercise.title)}\n[dim]{exercise.slug}[/]"
        table.add_row(exercise.key, title, edits, exercise.doc)
    out = make_console()
    out.print(table)
    if not cobol_available():
        out.print(f"[yellow]note:[/] {escape(NO_COBOL_ENGINE)}")


@exercise_group.command("start")
@click.argument("exercise")
@dir_option
@click.option("--variant", default=None, help="Choose the variant (exercise 01: which bug).")
def start_command(exercise: str, folder: Path | None, variant: str | None) -> None:
    """Prepare EXERCISE (a number or a slug) in a new work folder."""
    started = course.start(exercise, folder, variant)
    out = make_console()
    root = started.workspace.root
    out.print(
        f"Exercise {started.exercise.key}: [bold]{escape(started.exercise.title)}[/]\n"
        f"{escape(started.exercise.summary)}\n\n"
        f"Work folder: {root}\n"
        f"  yours to edit: {', '.join(started.exercise.managed)}\n"
        f"  the story and the rules: {course.story_path(started.exercise)} "
        f"(a summary: EXERCISE.md)\n\n"
        f"Next: cd {root} && idrs exercise check"
    )
    if started.exercise.needs_cobol and not cobol_available():
        out.print(f"[yellow]note:[/] {escape(NO_COBOL_ENGINE)}")


@exercise_group.command("check")
@dir_option
@click.option(
    "--examples",
    type=click.IntRange(min=0),
    default=DEFAULT_EXAMPLES,
    show_default=True,
    help="Generated runs for the oracle's equivalence property (0: skip it).",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=1),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Seconds the whole check may take; then it is stopped (your code loops forever?).",
)
def check_command(folder: Path | None, examples: int, time_limit: float) -> None:
    """Run the oracle on your copies: exit 0 when every check passes, 1 otherwise (also when
    the check was stopped: time limit reached, or your code ended the process)."""
    workspace = _workspace(folder)
    course.current(workspace)  # a damaged state file is reported here, before any run
    report = check_in_child(workspace.root, examples, time_limit)
    show_report(report, make_console(highlight=False))
    sys.exit(0 if report.passed else 1)


def show_report(report: CheckReport, console: Console) -> None:
    console.print(f"Exercise {report.exercise}: [bold]{escape(report.title)}[/]")
    for note in report.notes:
        console.print(f"[yellow]note:[/] {escape(note)}")
    for outcome in report.outcomes:
        style = STATUS_STYLE[outcome.status]
        tag = f"[{style}]{outcome.status.value:>7}[/]"
        console.print(f"{tag}  {escape(outcome.title)}: {escape(outcome.summary)}")
        for line in outcome.details:
            console.print(f"         {escape(line)}", soft_wrap=True)
    verdict = report.verdict
    console.print(f"[{VERDICT_STYLE[verdict]}]{verdict}[/]")


@exercise_group.command("hint")
@dir_option
@click.option("--all", "show_all", is_flag=True, help="Show again every hint seen so far.")
def hint_command(folder: Path | None, show_all: bool) -> None:
    """Show the next hint (hints get stronger; each is shown once, then stays available)."""
    workspace = _workspace(folder)
    console = make_console(highlight=False)
    if show_all:
        for seen in course.shown_hints(workspace):
            console.print(f"Hint {seen.number}/{seen.total}: {escape(seen.text)}")
        return
    hint = course.next_hint(workspace)
    if hint is None:
        console.print("No more hints: every hint has been shown ('idrs exercise hint --all').")
        return
    console.print(f"Hint {hint.number}/{hint.total}: {escape(hint.text)}")


@exercise_group.command("reset")
@dir_option
@click.confirmation_option(prompt="Throw away your changes and restore the starting state?")
def reset_command(folder: Path | None) -> None:
    """Restore the exercise's starting state (your edits to its copies are lost)."""
    workspace = _workspace(folder)
    exercise = course.reset(workspace)
    make_console().print(
        f"Exercise {exercise.key} reset in {workspace.root}: {', '.join(exercise.managed)}"
    )
