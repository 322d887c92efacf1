"""``idrs exercise check`` in a child process, with a time limit.

The check runs the trainee's own code. Code that calls ``os._exit(3)`` (or ``sys.exit``) would end
the ``idrs`` process itself, with no word said; code that loops forever would hang it. So the
check runs in a child Python (``python -m idrs_sandbox.training.isolated``) that writes its report
as JSON to a file; the parent waits at most ``time_limit`` seconds, then stops the child and its
own children (a process group), and says in one line what happened.

The child draws its progress (the check running, runs done, their rate, time spent) on its
stderr when that is a terminal; the parent prints the report.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.training.checks import CheckReport, Outcome, Status

DEFAULT_TIME_LIMIT = 900
"""Seconds a whole check may take (every exercise's check takes under two minutes here, cobc
included; a slow machine has room to spare, an endless loop is stopped)."""


class CheckStopped(IdrsError):
    """The check did not finish: time limit reached, or the trainee's code ended the process."""


def check_in_child(
    root: Path, examples: int, time_limit: float = DEFAULT_TIME_LIMIT
) -> CheckReport:
    """Run ``course.check`` on the work folder ``root`` in a child process; its report."""
    with tempfile.TemporaryDirectory(prefix="idrs-check-") as scratch:
        report_file = Path(scratch) / "report.json"
        command = [
            sys.executable,
            "-m",
            "idrs_sandbox.training.isolated",
            str(root),
            str(examples),
            str(report_file),
        ]
        with _child(command) as child:
            try:
                status = child.wait(timeout=time_limit)
            except subprocess.TimeoutExpired:
                raise CheckStopped(
                    f"{root}: the check was stopped after {time_limit:g} s: does your code loop "
                    "forever? (allow more with --time-limit SECONDS)"
                ) from None
        return _read_report(root, report_file, status)


@contextmanager
def _child(command: list[str]) -> Iterator[subprocess.Popen[bytes]]:
    # A new session: the whole group (the child and whatever it started, e.g. a compiled
    # POSTING) is stopped together on every way out, Ctrl-C included.
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        yield child
    finally:
        if child.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGKILL)
            child.wait()


def _read_report(root: Path, report_file: Path, status: int) -> CheckReport:
    try:
        data = json.loads(report_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        how = f"exit status {status}" if status >= 0 else f"signal {-status}"
        raise CheckStopped(
            f"{root}: your code ended the check before it finished ({how}: os._exit, sys.exit "
            "or a crash of the Python process?); run your change alone to see where"
        ) from None
    if "error" in data:
        error = IdrsError(str(data["error"]))
        error.exit_code = int(data.get("exit_code", 1))
        raise error
    return report_from_json(data)


def report_to_json(report: CheckReport) -> dict[str, object]:
    return {
        "exercise": report.exercise,
        "title": report.title,
        "notes": list(report.notes),
        "outcomes": [
            {
                "title": o.title,
                "status": o.status.name,
                "summary": o.summary,
                "details": list(o.details),
            }
            for o in report.outcomes
        ],
    }


def report_from_json(data: dict[str, object]) -> CheckReport:
    outcomes = data.get("outcomes")
    notes = data.get("notes")
    assert isinstance(outcomes, list) and isinstance(notes, list)  # written by report_to_json
    return CheckReport(
        str(data["exercise"]),
        str(data["title"]),
        [
            Outcome(o["title"], Status[o["status"]], o["summary"], list(o["details"]))
            for o in outcomes
        ],
        [str(note) for note in notes],
    )


def _main(root: str, examples: str, report_file: str) -> int:
    from idrs_sandbox.training import course
    from idrs_sandbox.training.progress import check_progress
    from idrs_sandbox.training.workspace import Workspace

    try:
        with check_progress() as progress:
            report = course.check(Workspace(Path(root)), int(examples), progress)
        data = report_to_json(report)
    except IdrsError as error:
        data = {"error": str(error), "exit_code": error.exit_code}
    Path(report_file).write_text(json.dumps(data), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(_main(*sys.argv[1:4]))
