"""The characterization suite (tests/scenarios/) on the modern engine: every week of every
scenario must reproduce the hand-checked outputs and return code byte for byte. No cobc needed:
the expected bytes live in the fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from idrs_sandbox.engines.modern import ModernEngine
from idrs_sandbox.oracle.scenarios import Week, load_scenarios, run_week

SCENARIO_ROOT = Path(__file__).parents[1] / "scenarios"

WEEKS = [
    pytest.param(week, id=f"{scenario.name}/week{week.number}")
    for scenario in load_scenarios(SCENARIO_ROOT)
    for week in scenario.weeks
]


def test_the_suite_is_there() -> None:
    assert len(WEEKS) >= 30


@pytest.mark.parametrize("week", WEEKS)
def test_modern_reproduces_the_scenario(week: Week, tmp_path: Path) -> None:
    mismatches = run_week(ModernEngine(), week, tmp_path)
    assert not mismatches, "\n".join(str(m) for m in mismatches)
