"""``idrs run`` through click's CliRunner: exit status = return code, outputs, summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from idrs_sandbox.cli.main import cli

RunFolder = Callable[..., Path]


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["run", *args])
    return result.exit_code, result.output


def test_run_modern_writes_every_output_and_exits_with_the_return_code(
    run_folder: RunFolder, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, output = invoke("--engine", "modern", "--input", str(run_folder()), "--output", str(out))
    assert code == 4  # the small deck has one unpostable (TIN not on file)
    assert sorted(p.name for p in out.iterdir() if p.name != "RETURN-CODE") == [
        "MASTOUT",
        "NOTICES",
        "REFUNDS",
        "REPORT",
        "UNPOST",
    ]
    assert (out / "UNPOST").stat().st_size == 140
    assert (out / "MASTOUT").stat().st_size == 514
    assert "RUN BALANCED" in output
    assert "return code 4" in output


def test_clean_run_exits_zero(run_folder: RunFolder, tmp_path: Path, small_deck: bytes) -> None:
    folder = run_folder(transin=small_deck[:300])  # without the unpostable card
    code, _ = invoke("--input", str(folder), "--output", str(tmp_path / "out"))
    assert code == 0


def test_abend_exits_16_and_leaves_no_master(run_folder: RunFolder, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "MASTOUT").write_bytes(b"old")
    code, output = invoke("--input", str(run_folder(mastin=None)), "--output", str(out))
    assert code == 16
    assert not (out / "MASTOUT").exists()
    assert "ABEND: MASTIN MISSING" in output


def test_unknown_engine_is_a_usage_error(run_folder: RunFolder, tmp_path: Path) -> None:
    code, output = invoke("--engine", "cobol", "--input", str(run_folder()), "--output", "x")
    assert code == 2
    assert "cobol" in output


def test_missing_input_folder_is_a_usage_error(tmp_path: Path) -> None:
    code, _ = invoke("--input", str(tmp_path / "nowhere"), "--output", str(tmp_path / "out"))
    assert code == 2


def test_an_output_folder_that_cannot_be_made_is_one_clean_error(
    run_folder: RunFolder, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, output = invoke("--input", str(run_folder()), "--output", str(blocker / "out"))
    assert code == 1
    assert "cannot write the outputs" in output
    assert "Traceback" not in output


def test_several_engines_run_side_by_side_and_agree(run_folder: RunFolder, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["--engine", "modern", "--engine", "legacy", "--input", str(run_folder())]
    code, output = invoke(*args, "--output", str(out))
    assert code == 4, output  # both agree, so the common return code
    assert "modern and legacy: identical" in output
    for engine in ("modern", "legacy"):
        assert (out / engine / "UNPOST").read_bytes() == (out / "modern" / "UNPOST").read_bytes()
        assert (out / engine / "RETURN-CODE").read_text() == "4\n"
