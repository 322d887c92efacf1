"""Special input files (/dev/null, /dev/zero, a FIFO) get the same outcome on every engine, and
none runs for ever: a non-regular input is drained into the staging folder within a byte limit
and an idle-time limit (engines/inputs.py)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RunInputs, run_engine
from idrs_sandbox.engines.inputs import SpecialInputError
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.engines.staging import STAGING_PREFIX

RunFolder = Callable[..., Path]
ENGINES = ["gnucobol", "legacy", "modern"]


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    if request.param == "gnucobol":
        request.getfixturevalue("cobc")
    return str(request.param)


def _outputs(folder: Path) -> dict[str, bytes | None]:
    return {
        name: (folder / name).read_bytes() if (folder / name).is_file() else None
        for name in (*OUTPUT_DDNAMES, "RETURN-CODE")
    }


@pytest.mark.parametrize("ddname", ["CONTROL", "MASTIN", "TRANSIN"])
def test_dev_null_reads_as_an_empty_file(
    engine_name: str, ddname: str, run_folder: RunFolder, tmp_path: Path
) -> None:
    empty = run_folder(**{ddname.lower(): b""}, name="empty")
    null = run_folder(**{ddname.lower(): None}, name="null")
    (null / ddname).symlink_to("/dev/null")
    engine = get_engine(engine_name)
    expected = run_engine(engine, RunInputs.from_folder(empty), tmp_path / "out-empty")
    got = run_engine(engine, RunInputs.from_folder(null), tmp_path / "out-null")
    assert got.return_code == expected.return_code
    assert _outputs(tmp_path / "out-null") == _outputs(tmp_path / "out-empty")
    assert list((tmp_path / "out-null").glob(f"{STAGING_PREFIX}*")) == []


def test_dev_null_gives_one_outcome_on_every_engine(
    run_folder: RunFolder, tmp_path: Path, cobc: str
) -> None:
    folder = run_folder(transin=None)
    (folder / "TRANSIN").symlink_to("/dev/null")
    seen = {}
    for name in ENGINES:
        result = run_engine(get_engine(name), RunInputs.from_folder(folder), tmp_path / name)
        seen[name] = (result.return_code, _outputs(tmp_path / name))
    assert seen["legacy"] == seen["gnucobol"] == seen["modern"]
    assert seen["modern"][0] == 0  # an empty deck posts nothing, cleanly


def test_dev_zero_is_cut_at_the_byte_limit_with_one_line(
    engine_name: str, run_folder: RunFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IDRS_SPECIAL_INPUT_LIMIT", "100000")
    folder = run_folder(mastin=None)
    (folder / "MASTIN").symlink_to("/dev/zero")
    out = tmp_path / "out"
    with pytest.raises(SpecialInputError) as raised:
        run_engine(get_engine(engine_name), RunInputs.from_folder(folder), out)
    message = str(raised.value)
    assert "MASTIN" in message and "100,000 bytes" in message and "\n" not in message
    assert sorted(p.name for p in out.iterdir()) == []  # nothing published, staging gone


def _feed(fifo: Path, data: bytes) -> threading.Thread:
    def write() -> None:
        with fifo.open("wb") as pipe:  # blocks until the run opens the FIFO for reading
            pipe.write(data)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return writer


def test_a_fifo_is_drained_once_and_posts_like_a_regular_file(
    engine_name: str, run_folder: RunFolder, tmp_path: Path
) -> None:
    regular = run_folder(name="regular")
    deck = (regular / "TRANSIN").read_bytes()
    piped = run_folder(transin=None, name="piped")
    os.mkfifo(piped / "TRANSIN")
    engine = get_engine(engine_name)
    expected = run_engine(engine, RunInputs.from_folder(regular), tmp_path / "out-regular")
    writer = _feed(piped / "TRANSIN", deck)
    got = run_engine(engine, RunInputs.from_folder(piped), tmp_path / "out-piped")
    writer.join()
    assert got.return_code == expected.return_code == 4
    assert _outputs(tmp_path / "out-piped") == _outputs(tmp_path / "out-regular")


def test_a_fifo_nobody_writes_is_given_up_after_the_idle_limit(
    run_folder: RunFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IDRS_SPECIAL_INPUT_IDLE", "0.2")
    folder = run_folder(transin=None)
    os.mkfifo(folder / "TRANSIN")
    with pytest.raises(SpecialInputError, match=r"TRANSIN .*no data for 0.2 s after byte 0"):
        run_engine(get_engine("modern"), RunInputs.from_folder(folder), tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_socket_is_one_clean_error(run_folder: RunFolder, tmp_path: Path) -> None:
    import socket

    folder = run_folder(control=None)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "CONTROL"))
    try:
        with pytest.raises(SpecialInputError, match=r"CONTROL .*cannot be opened"):
            run_engine(get_engine("modern"), RunInputs.from_folder(folder), tmp_path / "out")
    finally:
        server.close()
