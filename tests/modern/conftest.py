"""Fixtures for the modern engine's tests: small run folders written byte by byte."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

CONTROL_CARD = b"202420" + b"20240520" + b"00800" + b" " * 61


def card_bytes(
    tin: str,
    tc: str,
    seq: int,
    *,
    name_control: str = "DOE ",
    period: str = "202312",
    amount: str = "00000000000",
    date: str = "240601",
    data: str = "",
) -> bytes:
    image = f"{tin}{name_control}{tc}{period}{amount}{date}{seq:06d}{data:<55}"
    assert len(image) == 100
    return image.encode("latin-1")


ESTABLISH_DATA = "JOHN<DOE<".ljust(35) + "NY12345"
RETURN_DATA = "1011000015ACCT123"

SMALL_DECK = b"".join(
    [
        card_bytes(
            "000000001", "000", 1, name_control="    ", period="000000", data=ESTABLISH_DATA
        ),
        card_bytes("000000001", "150", 2, amount="00000150000", data=RETURN_DATA),
        card_bytes("000000001", "610", 3, amount="00000020000"),
        card_bytes("000000002", "670", 1, amount="00000020000"),  # U01: not on file
    ]
)
"""One account established with a late return and a payment; one unpostable card."""


RunFolder = Callable[..., Path]


@pytest.fixture
def control_card() -> bytes:
    return CONTROL_CARD


@pytest.fixture
def small_deck() -> bytes:
    return SMALL_DECK


@pytest.fixture
def run_folder(tmp_path: Path) -> RunFolder:
    """Write a run folder; ``None`` for a file leaves it missing."""

    def make(
        control: bytes | None = CONTROL_CARD,
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
