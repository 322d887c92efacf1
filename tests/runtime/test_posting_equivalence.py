"""POSTING.cbl under the legacy engine: byte-identical to GnuCOBOL.

- every week of the characterization suite (tests/scenarios) reproduces the hand-checked outputs
  (the very outputs the gnucobol engine must give), return code included;
- generated runs of many shapes (sizes, cycles, run dates, interest rates, share of invalid
  cards) give the same bytes and return code as the cobc-built POSTING. CI runs 200 of them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RunInputs, run_engine
from idrs_sandbox.engines.gnucobol import GnuCOBOLEngine
from idrs_sandbox.engines.legacy import LegacyEngine
from idrs_sandbox.oracle.scenarios import Week, load_scenarios, run_week

SCENARIO_ROOT = Path(__file__).parents[1] / "scenarios"
WEEKS = [
    pytest.param(week, id=f"{scenario.name}/week{week.number}")
    for scenario in load_scenarios(SCENARIO_ROOT)
    for week in scenario.weeks
]

GENERATED_RUNS = 200 if os.environ.get("CI") else 24
CYCLES = (202415, 202401, 202452, 200001, 198852, 202310)
RATES = (Decimal("0.0800"), Decimal("0.0000"), Decimal("0.1250"), Decimal("0.0365"))
INVALID_SHARES = (0.05, 0.0, 0.2, 0.5)


@pytest.mark.parametrize("week", WEEKS)
def test_scenario_week_matches_the_hand_checked_outputs(week: Week, tmp_path: Path) -> None:
    mismatches = run_week(LegacyEngine(), week, tmp_path)
    assert not mismatches, "\n".join(str(m) for m in mismatches)


@dataclass(frozen=True)
class Shape:
    accounts: int
    transactions: int
    cycle: int
    interest_rate: Decimal
    invalid_share: float


def generated_shape(seed: int) -> Shape:
    """A different run for every seed: small and large decks, every cycle and rate."""
    return Shape(
        accounts=3 + (seed * 7) % 60,
        transactions=10 + (seed * 37) % 400,
        cycle=CYCLES[seed % len(CYCLES)],
        interest_rate=RATES[(seed // 2) % len(RATES)],
        invalid_share=INVALID_SHARES[(seed // 3) % len(INVALID_SHARES)],
    )


@pytest.mark.cobc
@pytest.mark.parametrize("seed", range(GENERATED_RUNS))
def test_generated_run_is_byte_identical_to_gnucobol(seed: int, tmp_path: Path, cobc: str) -> None:
    shape = generated_shape(seed)
    generate_run(
        tmp_path / "in",
        shape.accounts,
        shape.transactions,
        seed=seed,
        cycle=shape.cycle,
        interest_rate=shape.interest_rate,
        invalid_share=shape.invalid_share,
    )
    inputs = RunInputs.from_folder(tmp_path / "in")
    expected = run_engine(GnuCOBOLEngine(), inputs, tmp_path / "gnucobol")
    actual = run_engine(LegacyEngine(), inputs, tmp_path / "legacy")
    assert actual.return_code == expected.return_code
    for ddname in OUTPUT_DDNAMES:
        expected_file = expected.outputs.get(ddname)
        actual_file = actual.outputs.get(ddname)
        assert (expected_file is None) == (actual_file is None), ddname
        if expected_file is not None and actual_file is not None:
            assert actual_file.read_bytes() == expected_file.read_bytes(), (ddname, shape)


@pytest.mark.cobc
@pytest.mark.parametrize("seed", [3, 41])
def test_chained_weeks_stay_identical(seed: int, tmp_path: Path, cobc: str) -> None:
    """Week after week (each MASTOUT is the next MASTIN, no new cards, five cycles apart), the
    notice stream, interest, FTP penalties, offsets and refunds evolve the same way."""
    from idrs_sandbox.datagen.dates import cycle_index, cycle_of_index, week_start
    from idrs_sandbox.datagen.layout import control_card

    cycle = 202415
    generate_run(tmp_path / "week0", 40, 300, seed=seed, cycle=cycle, invalid_share=0.1)
    master = tmp_path / "week0" / "MASTIN"
    cards = tmp_path / "week0" / "TRANSIN"
    for week in range(1, 7):
        folder = tmp_path / f"week{week}"
        folder.mkdir(exist_ok=True)
        (folder / "MASTIN").write_bytes(master.read_bytes())
        (folder / "TRANSIN").write_bytes(cards.read_bytes())
        run_date = int(week_start(cycle).strftime("%Y%m%d"))
        (folder / "CONTROL").write_bytes(control_card(cycle, run_date, Decimal("0.0800")))
        inputs = RunInputs.from_folder(folder)
        expected = run_engine(GnuCOBOLEngine(), inputs, folder / "gnucobol")
        actual = run_engine(LegacyEngine(), inputs, folder / "legacy")
        assert actual.return_code == expected.return_code, week
        for ddname in OUTPUT_DDNAMES:
            assert actual.outputs[ddname].read_bytes() == expected.outputs[ddname].read_bytes(), (
                week,
                ddname,
            )
        master = expected.outputs["MASTOUT"]
        cards = tmp_path / "empty"
        cards.write_bytes(b"")
        cycle = cycle_of_index(cycle_index(cycle) + 5)


@pytest.mark.cobc
@pytest.mark.parametrize(("accounts", "transactions"), [(500, 4_000), (2_000, 15_000)])
def test_larger_generated_runs_are_identical(
    accounts: int, transactions: int, tmp_path: Path, cobc: str
) -> None:
    generate_run(tmp_path / "in", accounts, transactions, seed=accounts)
    inputs = RunInputs.from_folder(tmp_path / "in")
    expected = run_engine(GnuCOBOLEngine(), inputs, tmp_path / "gnucobol")
    actual = run_engine(LegacyEngine(), inputs, tmp_path / "legacy")
    assert actual.return_code == expected.return_code
    for ddname in OUTPUT_DDNAMES:
        assert actual.outputs[ddname].read_bytes() == expected.outputs[ddname].read_bytes(), ddname
