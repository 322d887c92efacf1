"""``idrs generate`` through click's CliRunner, files under tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.datagen import generate_run

ARGS = ["--accounts", "25", "--transactions", "300", "--seed", "4", "--cycle", "202310"]


def test_generate_writes_the_run_folder(tmp_path: Path) -> None:
    out = tmp_path / "run"
    result = CliRunner().invoke(cli, ["generate", *ARGS, "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "MASTIN 25 accounts" in result.output and "TRANSIN 300 cards" in result.output
    # The CLI and the Python API give the same bytes for the same arguments.
    generate_run(tmp_path / "api", 25, 300, seed=4, cycle=202310)
    for name in ("CONTROL", "MASTIN", "TRANSIN"):
        assert (out / name).read_bytes() == (tmp_path / "api" / name).read_bytes()


def test_options_reach_the_control_card(tmp_path: Path) -> None:
    args = ["generate", "--accounts", "0", "--transactions", "0", "--out", str(tmp_path)]
    args += ["--run-date", "20240229", "--interest-rate", "0.0525", "--cycle", "202409"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "CONTROL").read_bytes()[:19] == b"2024092024022900525"


def test_bad_values_are_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    for option, value in (
        ("--cycle", "202453"),
        ("--cycle", "2024-1"),
        ("--run-date", "20230229"),
        ("--interest-rate", "0.08125"),
        ("--invalid-share", "2"),
        ("--accounts", "-5"),
    ):
        result = runner.invoke(cli, ["generate", option, value, "--out", str(tmp_path)])
        assert result.exit_code == 2, (option, value, result.output)
        assert f"'{option}'" in result.output
    assert not (tmp_path / "MASTIN").exists()


def test_same_bytes_under_another_hash_seed(tmp_path: Path) -> None:
    """Nothing depends on Python's per-process string hashing (set or dict-of-str order)."""
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        command = [sys.executable, "-c", "from idrs_sandbox.cli.main import main; main()"]
        command += ["generate", *ARGS, "--out", str(tmp_path / hash_seed), "--quiet"]
        subprocess.run(command, env=env, check=True, capture_output=True)
    for name in ("MASTIN", "TRANSIN"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


def test_a_second_generation_keeps_the_first_files(tmp_path: Path) -> None:
    """`--out` on a folder that already holds a run: the earlier CONTROL, MASTIN and TRANSIN move,
    byte for byte, into PRIOR.G0001V00 (then G0002V00), never overwritten; other files stay."""
    out = tmp_path / "run"
    runner = CliRunner()
    first = runner.invoke(cli, ["generate", *ARGS, "--out", str(out), "--quiet"])
    assert first.exit_code == 0, first.output
    assert "moved to" not in first.output
    earlier = {name: (out / name).read_bytes() for name in ("CONTROL", "MASTIN", "TRANSIN")}
    (out / "NOTES.txt").write_text("mine\n")
    args = ["generate", "--accounts", "5", "--transactions", "7", "--seed", "9"]
    second = runner.invoke(cli, [*args, "--out", str(out), "--quiet"])
    assert second.exit_code == 0, second.output
    assert f"moved to {out / 'PRIOR.G0001V00'}" in second.output
    for name, content in earlier.items():
        assert (out / "PRIOR.G0001V00" / name).read_bytes() == content
        assert (out / name).read_bytes() != content
    assert (out / "NOTES.txt").read_text() == "mine\n"
    third = runner.invoke(cli, [*args, "--out", str(out), "--quiet"])
    assert third.exit_code == 0, third.output
    assert (out / "PRIOR.G0002V00" / "MASTIN").read_bytes() == (out / "MASTIN").read_bytes()
    assert (out / "PRIOR.G0001V00" / "MASTIN").read_bytes() == earlier["MASTIN"]
