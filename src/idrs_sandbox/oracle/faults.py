"""The I/O-fault catalog: every way the oracle breaks a run's files, one case at a time.

Each output can be planted in a missing folder (OPEN 30), behind a folder (OPEN 37) or on a full
device (WRITE 34); each input can be a folder (READ 30). Two faults at once show which one
POSTING.cbl meets first. The equivalence property draws faults at random
(``strategies.fault_runs``); this catalog pins every case on one generated week, so that each
is checked on every run of the tests, whatever Hypothesis draws (tests/oracle/test_io_faults.py,
and ``idrs oracle coverage``).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from idrs_sandbox.engines.base import (
    FAULTS_FILE,
    INPUT_DDNAMES,
    OUTPUT_DDNAMES,
    OUTPUT_FAULTS,
    RECORD_LENGTHS,
    OutputFault,
    RunInputs,
    write_faults,
)

CARD = RECORD_LENGTHS["TRANSIN"]
PINNED_ACCOUNTS, PINNED_CARDS, PINNED_SEED = 30, 150, 7
"""``generate_run`` arguments of the week every case breaks: it writes records to every output."""


@dataclass(frozen=True)
class FaultCase:
    """Inputs replaced by folders and outputs broken, as a run folder's FAULTS file says."""

    unreadable: tuple[str, ...] = ()
    faults: tuple[tuple[str, OutputFault], ...] = ()
    first_card_twice: bool = False
    """Read the week's first card twice, so that its copy is the first unpostable (U09)."""

    @property
    def name(self) -> str:
        parts = [f"{dd} folder" for dd in self.unreadable]
        parts += [f"{dd} {fault}" for dd, fault in self.faults]
        if self.first_card_twice:
            parts.append("first card twice")
        return " + ".join(parts)


FAULT_CASES: tuple[FaultCase, ...] = (
    *(FaultCase(faults=((dd, fault),)) for dd in OUTPUT_DDNAMES for fault in OUTPUT_FAULTS),
    *(FaultCase(unreadable=(dd,)) for dd in INPUT_DDNAMES),
    # Opened in order MASTOUT, NOTICES, REFUNDS, UNPOST, REPORT: NOTICES fails first, and
    # UNPOST's failure meets a run that has already abended.
    FaultCase(faults=(("UNPOST", "no-folder"), ("NOTICES", "folder"))),
    # The first unpostable is a U09, unposted as the card is read (4200-READ-TRANSIN).
    FaultCase(faults=(("UNPOST", "full"),), first_card_twice=True),
)


def generate_pinned_week(folder: Path) -> Path:
    """Write the pinned week's inputs into ``folder``."""
    from idrs_sandbox.datagen import generate_run

    generate_run(folder, PINNED_ACCOUNTS, PINNED_CARDS, seed=PINNED_SEED)
    return folder


def break_week(week: Path, case: FaultCase, folder: Path) -> RunInputs:
    """A copy of the run folder ``week`` in ``folder``, broken as ``case`` says."""
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(week, folder)
    for ddname in case.unreadable:
        (folder / ddname).unlink(missing_ok=True)
        (folder / ddname).mkdir()
    write_faults(folder / FAULTS_FILE, case.faults)
    if case.first_card_twice:
        deck = (folder / "TRANSIN").read_bytes()
        (folder / "TRANSIN").write_bytes(deck[:CARD] + deck)
    return RunInputs.from_folder(folder)
