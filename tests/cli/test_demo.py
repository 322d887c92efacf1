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
    assert "Generated 60 accounts and 300 transactions" in output
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
