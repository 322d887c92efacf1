"""No run loses a file: an earlier run's outputs are moved aside whole (PRIOR.GnnnnV00), an abend
leaves the old master byte-identical, and no staging folder outlives its run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from idrs_sandbox.engines.base import (
    OUTPUT_DDNAMES,
    RETURN_CODE_FILE,
    EngineError,
    RunInputs,
    prior_generation,
    run_engine,
)
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.engines.staging import OWNER_FILE, STAGING_PREFIX, sweep_stale_staging

ENGINES = ["gnucobol", "legacy", "modern"]
RunFolder = Callable[..., Path]


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    if request.param == "gnucobol":
        request.getfixturevalue("cobc")
    return str(request.param)


def _old_outputs(out: Path) -> dict[str, bytes]:
    """An earlier run's outputs (made-up bytes, so a rewrite would show)."""
    out.mkdir(parents=True, exist_ok=True)
    old = {ddname: f"old {ddname}\n".encode() for ddname in OUTPUT_DDNAMES}
    old[RETURN_CODE_FILE] = b"4\n"
    for name, content in old.items():
        (out / name).write_bytes(content)
    return old


def _staging_folders(out: Path) -> list[Path]:
    return list(out.glob(f"{STAGING_PREFIX}*"))


def test_an_abend_keeps_the_old_master_byte_identical(
    engine_name: str, run_folder: RunFolder, control_card: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    old = _old_outputs(out)
    folder = run_folder(
        control=b"202453" + control_card[6:]
    )  # run_folder 53: the control card abend
    result = run_engine(get_engine(engine_name), RunInputs.from_folder(folder), out)
    assert result.return_code == 16
    prior = out / "PRIOR.G0001V00"
    assert {p.name: p.read_bytes() for p in prior.iterdir()} == old
    assert not (out / "MASTOUT").exists()  # no master beside the new abend REPORT
    assert "ABEND" in (out / "REPORT").read_text()
    assert _staging_folders(out) == []
    assert any("PRIOR.G0001V00" in note for note in result.notes)


def test_generations_pile_up_and_none_is_overwritten(
    engine_name: str, run_folder: RunFolder, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    inputs = RunInputs.from_folder(run_folder())
    engine = get_engine(engine_name)
    first = run_engine(engine, inputs, out)
    master = (out / "MASTOUT").read_bytes()
    run_engine(engine, inputs, out)
    run_engine(engine, inputs, out)
    assert first.return_code == 4
    for generation in ("PRIOR.G0001V00", "PRIOR.G0002V00"):
        assert (out / generation / "MASTOUT").read_bytes() == master
        assert (out / generation / RETURN_CODE_FILE).read_text() == "4\n"
    assert not (out / "PRIOR.G0003V00").exists()
    assert (out / "MASTOUT").read_bytes() == master


def test_a_folder_named_mastout_is_moved_aside_not_written_into(
    engine_name: str, run_folder: RunFolder, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (out / "MASTOUT").mkdir(parents=True)
    (out / "MASTOUT" / "keep.txt").write_text("mine")
    result = run_engine(get_engine(engine_name), RunInputs.from_folder(run_folder()), out)
    assert (out / "PRIOR.G0001V00" / "MASTOUT" / "keep.txt").read_text() == "mine"
    assert (out / "PRIOR.G0001V00" / "MASTOUT").is_dir()
    assert (out / "MASTOUT").is_file()
    assert (out / "MASTOUT").stat().st_size == 514
    assert result.outputs["MASTOUT"] == out / "MASTOUT"


def test_a_symlink_in_place_of_an_output_moves_aside_and_its_target_is_untouched(
    run_folder: RunFolder, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "precious"
    elsewhere.write_bytes(b"not a run's file")
    (out / "REPORT").symlink_to(elsewhere)
    run_engine(get_engine("modern"), RunInputs.from_folder(run_folder()), out)
    assert elsewhere.read_bytes() == b"not a run's file"
    assert (out / "PRIOR.G0001V00" / "REPORT").is_symlink()
    assert not (out / "REPORT").is_symlink()


def test_a_crashed_engine_touches_nothing(run_folder: RunFolder, tmp_path: Path) -> None:
    class Crashing:
        name = "crashing"

        def available(self) -> bool:
            return True

        def execute(self, inputs: RunInputs, staging: Path) -> int:
            (staging / "MASTOUT").write_bytes(b"half")
            raise EngineError("the engine fell over")

    out = tmp_path / "out"
    old = _old_outputs(out)
    with pytest.raises(EngineError):
        run_engine(Crashing(), RunInputs.from_folder(run_folder()), out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old


def test_an_engine_that_forgets_an_output_publishes_nothing(
    run_folder: RunFolder, tmp_path: Path
) -> None:
    class Forgetful:
        name = "forgetful"

        def available(self) -> bool:
            return True

        def execute(self, inputs: RunInputs, staging: Path) -> int:
            for ddname in OUTPUT_DDNAMES[:-1]:
                (staging / ddname).write_bytes(b"")
            return 0

    out = tmp_path / "out"
    old = _old_outputs(out)
    with pytest.raises(EngineError, match="did not write REPORT"):
        run_engine(Forgetful(), RunInputs.from_folder(run_folder()), out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old


def test_prior_generation_takes_the_next_free_number(tmp_path: Path) -> None:
    (tmp_path / "PRIOR.G0007V00").mkdir()
    (tmp_path / "PRIOR.Gxyz").mkdir()
    (tmp_path / "UNPOST").write_bytes(b"u")
    (tmp_path / "notes.txt").write_text("not an output")
    moved = prior_generation(tmp_path)
    assert moved == tmp_path / "PRIOR.G0008V00"
    assert (moved / "UNPOST").read_bytes() == b"u"
    assert (tmp_path / "notes.txt").exists()
    assert prior_generation(tmp_path) is None  # nothing of a run left to move


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_stale_staging_folder_is_swept_by_the_next_run(
    run_folder: RunFolder, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    stale = out / f"{STAGING_PREFIX}modern-abc"
    stale.mkdir(parents=True)
    (stale / OWNER_FILE).write_text(f"{_dead_pid()} 1\n")
    (stale / "MASTOUT").write_bytes(b"x" * 514)
    live = out / f"{STAGING_PREFIX}modern-live"
    live.mkdir()
    (live / OWNER_FILE).write_text(f"{os.getpid()} -\n")
    unowned = out / f"{STAGING_PREFIX}legacy-anon"
    unowned.mkdir()
    result = run_engine(get_engine("modern"), RunInputs.from_folder(run_folder()), out)
    assert not stale.exists()
    assert live.is_dir() and unowned.is_dir()
    assert any("killed" in note and str(stale) in note for note in result.notes)
    assert any("without an owner" in note for note in result.notes)


def test_a_recycled_pid_does_not_keep_a_stale_folder(tmp_path: Path) -> None:
    # The OWNER file names this very pid but another start time: the owner is dead, the pid
    # was given to someone else since.
    stale = tmp_path / f"{STAGING_PREFIX}gnucobol-old"
    stale.mkdir()
    (stale / OWNER_FILE).write_text(f"{os.getpid()} 1\n")
    notes = sweep_stale_staging(tmp_path)
    assert not stale.exists()
    assert len(notes) == 1


def test_a_faults_file_with_a_non_ascii_byte_is_one_line_naming_line_and_byte(
    tmp_path: Path,
) -> None:
    from idrs_sandbox.engines.base import read_faults

    (tmp_path / "FAULTS").write_bytes(b"MASTOUT full\nRE\xffPORT full\n")
    with pytest.raises(EngineError) as raised:
        read_faults(tmp_path / "FAULTS")
    assert str(raised.value) == (
        f"{tmp_path / 'FAULTS'}: FAULTS line 2, byte 3: X'FF' is not ASCII "
        "(expected 'DDNAME FAULT')"
    )
