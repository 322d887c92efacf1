"""Run folders for the engine-interface tests: a small week, and a long deck to kill mid-run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

CONTROL = b"202420" + b"20240520" + b"00800" + b" " * 61
ESTABLISH = "JOHN<DOE<".ljust(35) + "NY12345"
RETURN_DATA = "1011000015ACCT123"


def card(
    tin: str, tc: str, seq: int, amount: int = 0, period: str = "202312", data: str = ""
) -> bytes:
    name = "    " if tc == "000" else "DOE "
    period = "000000" if tc == "000" else period
    image = f"{tin}{name}{tc}{period}{amount:011d}240601{seq:06d}{data:<55}"
    assert len(image) == 100
    return image.encode("latin-1")


SMALL_DECK = b"".join(
    [
        card("000000001", "000", 1, data=ESTABLISH),
        card("000000001", "150", 2, 150000, data=RETURN_DATA),
        card("000000001", "610", 3, 20000),
        card("000000002", "670", 1, 20000),  # U01: not on file
    ]
)
"""One account established, a return and a payment; one unpostable card (return code 4)."""


def long_deck(cards: int) -> bytes:
    """``cards`` payments to TINs not on file: every engine reads and rejects them all, which
    keeps it busy long enough to be killed while it posts."""
    return b"".join(card(f"666{number:06d}", "670", 1, 100) for number in range(1, cards + 1))


Week = Callable[..., Path]


@pytest.fixture
def week(tmp_path: Path) -> Week:
    """Write a run folder; ``None`` leaves a file missing."""

    def make(
        control: bytes | None = CONTROL,
        mastin: bytes | None = b"",
        transin: bytes | None = SMALL_DECK,
        name: str = "in",
    ) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for ddname, content in (("CONTROL", control), ("MASTIN", mastin), ("TRANSIN", transin)):
            if content is not None:
                (folder / ddname).write_bytes(content)
        return folder

    return make


@pytest.fixture
def control_card() -> bytes:
    return CONTROL


@pytest.fixture
def long_week(week: Week) -> Callable[[int], Path]:
    """A run folder whose TRANSIN holds ``cards`` cards for TINs not on file."""
    return lambda cards: week(transin=long_deck(cards), name=f"long{cards}")
