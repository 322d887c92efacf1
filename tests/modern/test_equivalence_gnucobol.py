"""Modern against GnuCOBOL on generated data: every output file byte for byte and the return
code, for a few seeds and sizes, and over a chain of weeks (each week's MASTOUT is the next
week's MASTIN, so later notices, settlements and offsets are reached)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RunInputs, RunResult, run_engine
from idrs_sandbox.engines.gnucobol import GnuCOBOLEngine
from idrs_sandbox.engines.modern import ModernEngine


def run_both(folder: Path, out: Path) -> tuple[RunResult, RunResult]:
    inputs = RunInputs.from_folder(folder)
    return (
        run_engine(GnuCOBOLEngine(), inputs, out / "gnucobol"),
        run_engine(ModernEngine(), inputs, out / "modern"),
    )


def assert_identical(cobol: RunResult, modern: RunResult) -> None:
    assert modern.return_code == cobol.return_code
    assert sorted(modern.outputs) == sorted(cobol.outputs)
    for ddname in OUTPUT_DDNAMES:
        if ddname not in cobol.outputs:
            continue
        expected = cobol.outputs[ddname].read_bytes()
        actual = modern.outputs[ddname].read_bytes()
        if actual != expected:
            first = next(
                (i for i, (a, b) in enumerate(zip(actual, expected, strict=False)) if a != b),
                min(len(actual), len(expected)),
            )
            pytest.fail(
                f"{ddname} differs at byte {first:,} (sizes {len(actual):,} / {len(expected):,}): "
                f"modern {actual[first : first + 16].hex(' ')} / "
                f"gnucobol {expected[first : first + 16].hex(' ')}"
            )


@pytest.mark.parametrize(
    ("seed", "accounts", "transactions", "invalid_share"),
    [
        (1, 300, 3_000, 0.05),
        (2, 1_000, 8_000, 0.05),
        (3, 200, 2_000, 0.5),
        (4, 0, 600, 0.1),
        (5, 150, 0, 0.05),
    ],
)
def test_generated_run_is_identical(
    cobc: str, tmp_path: Path, seed: int, accounts: int, transactions: int, invalid_share: float
) -> None:
    folder = tmp_path / "in"
    generate_run(folder, accounts, transactions, seed, invalid_share=invalid_share)
    assert_identical(*run_both(folder, tmp_path / "out"))


def control_card(cycle: int, run_date: int, rate: str = "00800") -> bytes:
    return f"{cycle:06d}{run_date:08d}{rate}".encode().ljust(80)


def test_a_chain_of_weeks_is_identical(cobc: str, tmp_path: Path) -> None:
    # Week 1 from the generator; then the same deck again 5, 10 and 30 weeks later on the
    # previous MASTOUT: duplicate returns, CP501/CP503/CP504, status 22, more interest and FTP.
    week = tmp_path / "week1"
    generate_run(week, 400, 4_000, seed=7, interest_rate=Decimal("0.0650"))
    transin = (week / "TRANSIN").read_bytes()
    later = [(202420, 20240517), (202425, 20240621), (202503, 20250117)]
    for number, (cycle, run_date) in enumerate(later, start=2):
        cobol, modern = run_both(week, tmp_path / f"out{number - 1}")
        assert_identical(cobol, modern)
        week = tmp_path / f"week{number}"
        week.mkdir()
        (week / "CONTROL").write_bytes(control_card(cycle, run_date))
        (week / "MASTIN").write_bytes(cobol.outputs["MASTOUT"].read_bytes())
        (week / "TRANSIN").write_bytes(transin)
    assert_identical(*run_both(week, tmp_path / "out-last"))


def test_report_totals_wrap_like_gnucobol(cobc: str, tmp_path: Path) -> None:
    # 20,000 unknown-TC cards of 999,999,999.99 each (U04): the money totals pass 10**13 and
    # lose their high-order digits, as ADD without ON SIZE ERROR does.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "CONTROL").write_bytes(control_card(202415, 20240412))
    (folder / "MASTIN").write_bytes(b"")
    cards = (
        f"666{n:06d}DOE 999202312{'9' * 11}240401000001".encode().ljust(100) for n in range(20_000)
    )
    (folder / "TRANSIN").write_bytes(b"".join(cards))
    cobol, modern = run_both(folder, tmp_path / "out")
    assert b"$9,999,999,999,800.00" in cobol.outputs["REPORT"].read_bytes()
    assert_identical(cobol, modern)
