"""``idrs demo``: generates a week, runs the engines, leaves the outputs where it says."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, read_return_code


def _demo(tmp_path: Path, *engines: str) -> tuple[int, str, Path]:
    out = tmp_path / "demo"
    args = ["demo", "--accounts", "60", "--transactions", "300", "--seed", "7", "--out", str(out)]
    for engine in engines:
        args += ["--engine", engine]
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.output, out


def test_demo_with_one_engine_writes_input_and_outputs(tmp_path: Path) -> None:
    code, output, out = _demo(tmp_path, "modern")
    assert code == 0, output
    assert "Week 1: 60 accounts (a new master) and 300 transactions" in output
    assert "RUN BALANCED" in output
    for name in ("CONTROL", "MASTIN", "TRANSIN"):
        assert (out / "input" / name).is_file()
    for ddname in OUTPUT_DDNAMES:
        assert (out / "modern" / ddname).is_file()
    assert read_return_code(out / "modern") in (0, 4)


def test_demo_engines_agree_byte_for_byte(tmp_path: Path, cobc: str) -> None:
    code, output, out = _demo(tmp_path, "gnucobol", "modern")
    assert code == 0, output
    assert "yes, to gnucobol" in output
    for ddname in OUTPUT_DDNAMES:
        gnucobol = (out / "gnucobol" / ddname).read_bytes()
        assert gnucobol == (out / "modern" / ddname).read_bytes(), ddname


def test_demo_posts_the_next_week_from_the_first_weeks_master(tmp_path: Path) -> None:
    code, output, out = _demo(tmp_path, "modern")
    assert code == 0, output
    assert "Week 2:" in output and "(the MASTOUT of week 1)" in output
    week1 = (out / "modern" / "MASTOUT").read_bytes()
    assert (out / "week2" / "input" / "MASTIN").read_bytes() == week1
    assert read_return_code(out / "week2" / "modern") in (0, 4)
    assert (out / "week2" / "input" / "CONTROL").read_bytes()[:6] != (
        out / "input" / "CONTROL"
    ).read_bytes()[:6]  # the cycle moved on
