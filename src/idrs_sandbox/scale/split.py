"""The split pass: MASTIN and TRANSIN cut by TIN range in one streamed pass (docs/scale.md).

Posting is independent per TIN, so partition ``i`` receives the master records and the cards whose
TIN lies in ``[boundary[i], boundary[i+1])``; the boundaries are master TINs, read by seeking to
every N-th part of MASTIN, so each partition holds about the same number of accounts.

Two things are not per TIN, and the pass settles both with what it sees of the whole week:

- **U09, sequence errors** (RULEBOOK §5, POSTING.cbl 4200-READ-TRANSIN): a card whose TIN‖SEQ is
  not above the high-water key of *every card before it in the deck* is unposted. The pass keeps
  that global high-water key (the same 15 bytes, compared as bytes, starting at LOW-VALUES) and
  sends such a card not to its own TIN's partition but to the partition of the card that set the
  high-water key, right behind it: there the engine rejects it as U09 too (its key is not above
  that partition's high-water key, which is the same card's), and its UNPOST record lands, in the
  merged file, exactly where the single run writes it. Which UPC a card gets is still decided by
  the engine; the pass only chooses where the card goes.
- **Run-level abends** (RULEBOOK §7) that a partition cannot see: a missing file, a file whose size
  is not a multiple of its record length, a master out of sequence (or with a TIN that is not nine
  digits, whose order the pass cannot judge) anywhere, including across a boundary. The pass
  reports these as ``single_run_reason``: the week is then posted as one task on the whole input,
  so the abend outputs are the single run's by construction.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from idrs_sandbox.engines.base import LAYOUTS, RECORD_LENGTHS, RunInputs

MASTER_LENGTH = RECORD_LENGTHS["MASTIN"]
CARD_LENGTH = RECORD_LENGTHS["TRANSIN"]
_CHUNK_RECORDS = 4096
"""Records per read and write: the pass streams, whatever the size of the week."""


@cache
def key_slices() -> tuple[slice, slice, slice]:
    """Where the TA-TIN of a master and the TR-TIN and TR-SEQ of a card lie (from the layouts)."""
    master_tin = LAYOUTS["MASTIN"].field("TA-TIN")
    card_tin, seq = LAYOUTS["TRANSIN"].field("TR-TIN"), LAYOUTS["TRANSIN"].field("TR-SEQ")
    return master_tin.span, card_tin.span, seq.span


@dataclass
class Split:
    """What the split pass produced."""

    parts: list[RunInputs] = field(default_factory=list)
    boundaries: list[bytes] = field(default_factory=list)
    """The first TIN of every partition but the first (which takes every lower TIN too)."""
    single_run_reason: str | None = None
    """Why the week must be posted as one task (a run-level abend is certain or possible)."""
    master_records: int = 0
    cards: int = 0
    cards_rerouted: int = 0
    """Cards sent behind the card that set the high-water key (the single run's U09s)."""


def _size_problem(path: Path, ddname: str) -> str | None:
    if not path.is_file():
        return f"{ddname} is missing or not a regular file"
    if path.stat().st_size % RECORD_LENGTHS[ddname]:
        return f"{ddname} size is not a multiple of {RECORD_LENGTHS[ddname]}"
    return None


def boundaries_of(mastin: Path, partitions: int) -> list[bytes]:
    """The TINs that open partitions 2..N: the master's TIN at every N-th part of the file."""
    tin, _, _ = key_slices()
    records = mastin.stat().st_size // MASTER_LENGTH
    found: list[bytes] = []
    with mastin.open("rb") as master:
        for part in range(1, partitions):
            index = records * part // partitions
            if index == 0:
                continue  # a partition without accounts: fewer partitions than asked
            master.seek(index * MASTER_LENGTH)
            record = master.read(MASTER_LENGTH)
            if len(record) == MASTER_LENGTH and (not found or record[tin] > found[-1]):
                found.append(record[tin])
    return found


def _records(path: Path, length: int) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(length * _CHUNK_RECORDS):
            for start in range(0, len(chunk), length):
                yield chunk[start : start + length]


def split_week(inputs: RunInputs, partitions: int, folder: Path) -> Split:
    """Cut ``inputs`` into ``partitions`` run folders under ``folder`` (``part-001``, ...).

    Nothing is written when the week must be posted as one task (``single_run_reason``)."""
    split = Split()
    if not inputs.control.is_file():
        split.single_run_reason = "CONTROL is missing or not a regular file"
        return split
    for ddname, path in (("MASTIN", inputs.mastin), ("TRANSIN", inputs.transin)):
        problem = _size_problem(path, ddname)
        if problem:
            split.single_run_reason = problem
            return split
    split.boundaries = boundaries_of(inputs.mastin, partitions)
    count = len(split.boundaries) + 1
    folders = [folder / f"part-{number:03d}" for number in range(1, count + 1)]
    for part in folders:
        part.mkdir(parents=True)
    reason = _split_master(inputs.mastin, split, folders)
    if reason:
        split.single_run_reason = reason
        return split
    _split_cards(inputs.transin, split, folders)
    split.parts = [
        RunInputs(inputs.control, part / "MASTIN", part / "TRANSIN", inputs.faults)
        for part in folders
    ]
    return split


def _split_master(mastin: Path, split: Split, folders: list[Path]) -> str | None:
    tin, _, _ = key_slices()
    previous = b""
    part = 0
    outs = [(part_folder / "MASTIN").open("wb") for part_folder in folders]
    try:
        for number, record in enumerate(_records(mastin, MASTER_LENGTH), start=1):
            key = record[tin]
            if not key.isdigit():
                return f"MASTIN record {number:,}: TIN {key!r} is not nine digits"
            if key <= previous:
                return f"MASTIN record {number:,}: TIN {key.decode()} out of sequence"
            previous = key
            while part < len(split.boundaries) and key >= split.boundaries[part]:
                part += 1
            outs[part].write(record)
            split.master_records = number
    finally:
        for out in outs:
            out.close()
    return None


def _split_cards(transin: Path, split: Split, folders: list[Path]) -> None:
    _, tin, seq = key_slices()
    high_water = b"\x00" * (tin.stop - tin.start + seq.stop - seq.start)  # LOW-VALUES
    high_water_part = 0  # cards below LOW-VALUES+: the first partition, like the single run
    outs = [(part_folder / "TRANSIN").open("wb") for part_folder in folders]
    try:
        for card in _records(transin, CARD_LENGTH):
            split.cards += 1
            key = card[tin] + card[seq]
            if key <= high_water:
                outs[high_water_part].write(card)
                split.cards_rerouted += 1
                continue
            high_water = key
            high_water_part = bisect.bisect_right(split.boundaries, card[tin])
            outs[high_water_part].write(card)
    finally:
        for out in outs:
            out.close()
