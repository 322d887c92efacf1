"""``idrs run`` through click's CliRunner: exit status = return code, outputs, summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
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


# --- engineer F: run safety, the progress bar (added; the tests above are C's) ------------------


def test_an_engine_that_fails_does_not_hide_the_others(
    run_folder: RunFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from idrs_sandbox.cli import run as run_module
    from idrs_sandbox.engines.base import EngineError, RunInputs
    from idrs_sandbox.engines.registry import get_engine

    class Crashing:
        name = "legacy"

        def available(self) -> bool:
            return True

        def execute(self, inputs: RunInputs, staging: Path) -> int:
            raise EngineError("POSTING.cbl ended with return code 139: segmentation fault")

    monkeypatch.setattr(
        run_module, "get_engine", lambda name: Crashing() if name == "legacy" else get_engine(name)
    )
    args = ["--engine", "modern", "--engine", "legacy", "--input", str(run_folder())]
    code, output = invoke(*args, "--output", str(tmp_path / "out"))
    assert code == 1
    assert "return code 4 (unpostables)" in output  # modern's own summary is still there
    assert "idrs run --engine legacy: failed: POSTING.cbl ended with return code 139" in output


def test_a_second_run_keeps_the_first_runs_outputs(run_folder: RunFolder, tmp_path: Path) -> None:
    out = tmp_path / "out"
    folder = str(run_folder())
    invoke("--input", folder, "--output", str(out))
    first = (out / "MASTOUT").read_bytes()
    code, output = invoke("--input", folder, "--output", str(out))
    assert code == 4
    assert (out / "PRIOR.G0001V00" / "MASTOUT").read_bytes() == first
    assert "moved to PRIOR.G0001V00" in output


def test_the_progress_bar_finds_how_far_a_file_is_read(tmp_path: Path) -> None:
    import subprocess
    import sys

    from idrs_sandbox.cli.progress import read_offset

    deck = tmp_path / "TRANSIN"
    deck.write_bytes(b"x" * 1000)
    assert read_offset(deck) is None
    with deck.open("rb") as reading:
        reading.seek(300)
        assert read_offset(deck) == 300
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"f=open({str(deck)!r},'rb'); f.seek(700); print(1, flush=True); input()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        child.stdout.readline()  # the child has the file open at byte 700
        assert read_offset(deck) == 700
    finally:
        child.communicate(b"\n")


def test_no_progress_bar_off_a_terminal(run_folder: RunFolder, tmp_path: Path) -> None:
    _, output = invoke("--input", str(run_folder()), "--output", str(tmp_path / "out"))
    assert "TRANSIN pass" not in output
