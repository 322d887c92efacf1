"""Acceptance decks of an exercise: scenario folders in the characterization format
(tests/scenarios/README.md), plus ``report_lines`` in a week: exact lines its REPORT must hold."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from idrs_sandbox.engines.base import RunResult
from idrs_sandbox.oracle.scenarios import SCENARIO_FILE, Week
from idrs_sandbox.training.checks import Expectation, exact_match

REPORT_LINES_KEY = "report_lines"


@cache
def week_tables(folder: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """The raw TOML table of every week under ``folder``, by (scenario name, week number), for
    the keys the scenario loader does not know (``report_lines``, an exercise's own)."""
    tables: dict[tuple[str, int], dict[str, Any]] = {}
    for path in sorted(folder.glob(f"*/{SCENARIO_FILE}")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for number, week in enumerate(data.get("weeks", []), start=1):
            tables[(path.parent.name, number)] = dict(week)
    return tables


def week_value(folder: Path, week: Week, key: str) -> Any:
    return week_tables(folder).get((week.scenario, week.number), {}).get(key)


def with_report_lines(folder: Path, base: Expectation = exact_match) -> Expectation:
    """``base``, and every ``report_lines`` line of the week present in its REPORT."""

    def expectation(week: Week, result: RunResult) -> list[str]:
        problems = base(week, result)
        wanted = tuple(str(line) for line in week_value(folder, week, REPORT_LINES_KEY) or ())
        return problems + missing_report_lines(result, wanted)

    return expectation


def missing_report_lines(result: RunResult, wanted: tuple[str, ...]) -> list[str]:
    if not wanted:
        return []
    path = result.outputs.get("REPORT")
    printed = path.read_text(encoding="latin-1").splitlines() if path is not None else []
    missing = [line for line in wanted if line not in printed]
    if not missing:
        return []
    near = {line: _closest(line, printed) for line in missing}
    problems = ["REPORT: expected lines not printed:"]
    for line in missing:
        problems.append(f"    expected: {line!r}")
        problems.append(f"    closest:  {near[line]!r}")
    return problems


def _closest(line: str, printed: list[str]) -> str:
    """The printed line of the same row: same code (columns 3-8), or for a row without a code
    the same description."""
    width = 10 if line[2:8].strip() else 43
    return next((candidate for candidate in printed if candidate[:width] == line[:width]), "(none)")
