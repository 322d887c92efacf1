"""Generated runs through the real POSTING.cbl: the master is valid (no abend), every card meant
to be unpostable draws the UPC it was built for, the valid ones post, and the run balances."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import RC_CLEAN, RC_UNPOSTABLES, RunInputs, run_engine
from idrs_sandbox.engines.gnucobol import GnuCOBOLEngine


def unpostable_codes(unpost: Path) -> dict[str, int]:
    data = unpost.read_bytes()
    # UNPOST: the card image X(100), then UPC X(3) (RULEBOOK §2).
    codes = Counter(data[i + 100 : i + 103].decode() for i in range(0, len(data), 140))
    return dict(sorted(codes.items()))


def last_line(report: Path) -> str:
    return report.read_text("ascii").rstrip("\n").splitlines()[-1]


@pytest.mark.parametrize("cycle", [202415, 200001, 198852])
def test_generated_run_posts_and_balances(cobc: str, tmp_path: Path, cycle: int) -> None:
    summary = generate_run(tmp_path / "in", 300, 3000, seed=cycle, cycle=cycle)
    result = run_engine(GnuCOBOLEngine(), RunInputs.from_folder(tmp_path / "in"), tmp_path / "out")
    assert result.return_code == RC_UNPOSTABLES
    assert last_line(result.outputs["REPORT"]) == "RUN BALANCED"
    assert unpostable_codes(result.outputs["UNPOST"]) == summary.intended_upc
    assert result.outputs["MASTOUT"].stat().st_size == 514 * (300 + summary.new_accounts)


def test_valid_cards_all_post(cobc: str, tmp_path: Path) -> None:
    generate_run(tmp_path / "in", 300, 3000, seed=8, invalid_share=0.0)
    result = run_engine(GnuCOBOLEngine(), RunInputs.from_folder(tmp_path / "in"), tmp_path / "out")
    assert result.return_code == RC_CLEAN
    assert result.outputs["UNPOST"].stat().st_size == 0
    assert last_line(result.outputs["REPORT"]) == "RUN BALANCED"
