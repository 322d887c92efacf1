"""Abends, RULEBOOK §7: return code 16, empty outputs, REPORT = one ``ABEND:`` line, and
``run_engine`` never publishes (or keeps) a MASTOUT after one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from idrs_sandbox.engines.base import RunInputs, run_engine
from idrs_sandbox.engines.modern import ModernEngine

RunFolder = Callable[..., Path]
CONTROL_CARD = b"202420" + b"20240520" + b"00800" + b" " * 61
DECK = b"000000001DOE 67020231200000020000240601000001" + b" " * 55


def master(tin: str, count: str = "0") -> bytes:
    """A master record without modules (the module area is not read when MODULE-COUNT is 0)."""
    record = f"{tin}{'DOE ':<4}{'':<124}{'202401202401'}{count}".encode() + b" " * 364
    assert len(record) == 514
    return record


@pytest.mark.parametrize(
    ("inputs", "cause"),
    [
        ({"control": None}, "CONTROL CARD INVALID"),
        ({"control": b""}, "CONTROL CARD INVALID"),
        ({"control": CONTROL_CARD * 2}, "CONTROL CARD INVALID"),
        ({"control": CONTROL_CARD[:79]}, "CONTROL CARD INVALID"),
        ({"control": b"2024AA" + CONTROL_CARD[6:]}, "CONTROL CARD INVALID"),
        ({"control": b"202453" + CONTROL_CARD[6:]}, "CONTROL CARD INVALID"),
        ({"control": b"202400" + CONTROL_CARD[6:]}, "CONTROL CARD INVALID"),
        ({"control": CONTROL_CARD[:6] + b"20230229" + CONTROL_CARD[14:]}, "CONTROL CARD INVALID"),
        # CONTROL is checked first: it wins over a missing MASTIN.
        ({"control": None, "mastin": None}, "CONTROL CARD INVALID"),
        ({"mastin": None}, "MASTIN MISSING"),
        ({"mastin": None, "transin": None}, "MASTIN MISSING"),
        ({"transin": None}, "TRANSIN MISSING"),
        ({"mastin": b"x" * 513}, "MASTIN SHORT RECORD"),
        ({"transin": DECK + b"1"}, "TRANSIN SHORT RECORD"),
        # A short record wins over a sequence error earlier in the file.
        ({"mastin": master("000000009") + master("000000008") + b"0"}, "MASTIN SHORT RECORD"),
        ({"mastin": master("000000009") + master("000000008")}, "MASTIN OUT OF SEQUENCE"),
        ({"mastin": master("000000009") + master("000000009")}, "MASTIN OUT OF SEQUENCE"),
        ({"mastin": master("00000000X")}, "MASTIN INVALID RECORD"),
        ({"mastin": master("000000001", count="5")}, "MASTIN INVALID RECORD"),
        ({"mastin": master("000000001", count="A")}, "MASTIN INVALID RECORD"),
    ],
)
def test_abend(
    run_folder: RunFolder, tmp_path: Path, inputs: dict[str, bytes | None], cause: str
) -> None:
    folder = run_folder(**inputs)
    out = tmp_path / "out"
    out.mkdir()
    (out / "MASTOUT").write_bytes(b"stale master from an earlier run")
    result = run_engine(ModernEngine(), RunInputs.from_folder(folder), out)
    assert result.return_code == 16
    assert not (out / "MASTOUT").exists()
    for ddname in ("NOTICES", "REFUNDS", "UNPOST"):
        assert (out / ddname).read_bytes() == b""
    assert (out / "REPORT").read_bytes() == f"ABEND: {cause}\n".encode()


def test_empty_inputs_are_a_clean_run(run_folder: RunFolder, tmp_path: Path) -> None:
    folder = run_folder(transin=b"")
    result = run_engine(ModernEngine(), RunInputs.from_folder(folder), tmp_path / "out")
    assert result.return_code == 0
    assert (tmp_path / "out" / "MASTOUT").read_bytes() == b""
