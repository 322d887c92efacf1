"""The characterization suite: every week of every scenario, run on an engine, must reproduce the
hand-checked outputs byte for byte (format: README.md in this folder).

Engines: ``gnucobol`` always (the truth). Other engines join with
``IDRS_SCENARIO_ENGINES=gnucobol,modern pytest tests/scenarios`` until they pass the whole suite,
after which they belong in ``DEFAULT_ENGINES``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from idrs_sandbox.engines.base import Engine
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.oracle.scenarios import Week, load_scenarios, run_week

SCENARIO_ROOT = Path(__file__).parent
DEFAULT_ENGINES = "gnucobol"
ENGINES = [n.strip() for n in os.environ.get("IDRS_SCENARIO_ENGINES", DEFAULT_ENGINES).split(",")]

WEEKS = [
    pytest.param(week, id=f"{scenario.name}/week{week.number}")
    for scenario in load_scenarios(SCENARIO_ROOT)
    for week in scenario.weeks
]


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> Engine:
    name: str = request.param
    if name == "gnucobol":
        request.getfixturevalue("cobc")  # skips locally without cobc, fails in CI
    chosen = get_engine(name)
    if not chosen.available():
        pytest.skip(f"engine {name} is not available here")
    return chosen


@pytest.mark.parametrize("week", WEEKS)
def test_week_reproduces_hand_checked_outputs(engine: Engine, week: Week, tmp_path: Path) -> None:
    mismatches = run_week(engine, week, tmp_path)
    assert not mismatches, "\n".join(str(m) for m in mismatches)
