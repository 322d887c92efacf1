"""I/O faults: an output that cannot be opened or written, an input that cannot be read.

A ``FAULTS`` file in the run folder breaks outputs on purpose (engines/base.py); a folder in
place of MASTIN or TRANSIN cannot be read. POSTING.cbl abends with the first unexpected file
status, ``ABEND: I/O ERROR ON <DD> STATUS <NN>`` (30, 34 or 37, as GnuCOBOL reports them), and
every engine must do exactly the same: return code, every published file, byte for byte. The
broken output is never published, and neither is MASTOUT.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from idrs_sandbox.engines.base import EngineError, RunInputs, read_faults, run_engine
from idrs_sandbox.engines.modern import ModernEngine
from idrs_sandbox.oracle.faults import FAULT_CASES, FaultCase, break_week, generate_pinned_week
from idrs_sandbox.oracle.replay import engines_under_test, first_disagreement, save_counterexample
from idrs_sandbox.oracle.strategies import Run

FAULTS = [
    ("MASTOUT full", "I/O ERROR ON MASTOUT STATUS 34"),
    ("NOTICES full", "I/O ERROR ON NOTICES STATUS 34"),
    ("REFUNDS full", "I/O ERROR ON REFUNDS STATUS 34"),
    ("UNPOST full", "I/O ERROR ON UNPOST STATUS 34"),
    ("MASTOUT no-folder", "I/O ERROR ON MASTOUT STATUS 30"),
    ("REFUNDS folder", "I/O ERROR ON REFUNDS STATUS 37"),
    # Outputs are opened in order (1700-OPEN-OUTPUTS): the first failure names the cause.
    ("UNPOST no-folder\nNOTICES folder", "I/O ERROR ON NOTICES STATUS 37"),
    # A report that cannot be opened: the abend line has nowhere to go.
    ("REPORT folder", None),
]


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalog's week: it writes records to every output."""
    return generate_pinned_week(tmp_path_factory.mktemp("week") / "in")


def _with_faults(week: Path, tmp_path: Path, faults: str) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(week, folder)
    (folder / "FAULTS").write_text(faults + "\n")
    return folder


@pytest.mark.parametrize(("faults", "cause"), FAULTS, ids=[f for f, _ in FAULTS])
def test_modern_abends_on_the_first_io_error(
    week: Path, tmp_path: Path, faults: str, cause: str | None
) -> None:
    folder = _with_faults(week, tmp_path, faults)
    out = tmp_path / "out"
    out.mkdir()
    (out / "MASTOUT").write_bytes(b"an older master")
    result = run_engine(ModernEngine(), RunInputs.from_folder(folder), out)
    assert result.return_code == 16
    broken = {line.split()[0] for line in faults.splitlines()}
    assert not (out / "MASTOUT").exists()
    for ddname in ("NOTICES", "REFUNDS", "UNPOST"):
        if ddname not in broken:
            assert (out / ddname).read_bytes() == b""
    if cause is None:
        assert not (out / "REPORT").exists()
    else:
        assert (out / "REPORT").read_text() == f"ABEND: {cause}\n"


@pytest.mark.parametrize("ddname", ["MASTIN", "TRANSIN"])
def test_an_input_that_cannot_be_read_abends(week: Path, tmp_path: Path, ddname: str) -> None:
    folder = tmp_path / "in"
    shutil.copytree(week, folder)
    (folder / ddname).unlink()
    (folder / ddname).mkdir()
    result = run_engine(ModernEngine(), RunInputs.from_folder(folder), tmp_path / "out")
    assert result.return_code == 16
    assert (tmp_path / "out" / "REPORT").read_text() == f"ABEND: I/O ERROR ON {ddname} STATUS 30\n"


@pytest.mark.cobc
@pytest.mark.parametrize("case", FAULT_CASES, ids=[case.name for case in FAULT_CASES])
def test_every_engine_meets_the_fault_the_same_way(
    week: Path, tmp_path: Path, case: FaultCase, cobc: str
) -> None:
    inputs = break_week(week, case, tmp_path / "in")
    engines = engines_under_test()
    assert [engine.label for engine in engines] == ["gnucobol", "legacy", "modern"]
    disagreement = first_disagreement(inputs, engines, tmp_path / "runs")
    assert disagreement is None, disagreement.explain()


def test_a_faults_file_with_a_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "FAULTS"
    path.write_text("# planted\nNOTICES full\nMASTIN full\n")
    with pytest.raises(EngineError, match=r"FAULTS:3: expected 'DDNAME FAULT'.*'MASTIN full'"):
        read_faults(path)
    path.write_text("NOTICES full  # the notices disk\nREPORT no-folder\n")
    assert read_faults(path) == (("NOTICES", "full"), ("REPORT", "no-folder"))


def test_a_kept_counterexample_keeps_its_faults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IDRS_COUNTEREXAMPLES", str(tmp_path / "kept"))
    run = Run(unreadable=("TRANSIN",), faults=(("NOTICES", "full"), ("REPORT", "folder")))
    folder = save_counterexample(run)
    assert (folder / "TRANSIN").is_dir()
    assert RunInputs.from_folder(folder).faults == run.faults
    assert "faults=(('NOTICES', 'full'), ('REPORT', 'folder'))" in (folder / "RUN.txt").read_text()
    # The same run without its faults is another counterexample.
    assert save_counterexample(Run(unreadable=("TRANSIN",))) != folder
