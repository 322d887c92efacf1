"""Strangler fig: the accounts a route sends to "modern" run on the modern engine, the rest on
the legacy one, and the two runs are published as ONE run, byte-identical to a whole legacy run.

``idrs exercise check`` calls :func:`run_combined` with several routes (everything legacy,
everything modern, and two mixes) on the characterization scenarios and on generated decks, and
compares what it publishes with the whole run. Edit this file only.

This first version is the obvious one: split both inputs by route, run each engine on its part,
concatenate the outputs. Run the check to see why that is not enough.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from idrs_sandbox.engines.base import Engine, RunInputs, RunResult, run_engine
from idrs_sandbox.records.posting import TAXACCT, TRANSREC

Route = Callable[[bytes], str]
"""Which engine runs a TIN (its 9 bytes, as on a card or a master record): "legacy" or "modern"."""

SIDES = ("legacy", "modern")
MASTER_LENGTH = TAXACCT.size
CARD_LENGTH = TRANSREC.size
TIN = TAXACCT.field("TA-TIN").span
"""The TIN's place: the first nine bytes of a master record, and of a card."""
RECORD_FILES = ("MASTOUT", "NOTICES", "REFUNDS", "UNPOST")


def run_combined(
    inputs: RunInputs, output_dir: Path, route: Route, engines: Mapping[str, Engine]
) -> int:
    """Run ``inputs`` split by ``route`` over ``engines`` ("legacy" and "modern"), publish the
    combined MASTOUT, NOTICES, REFUNDS, UNPOST and REPORT in ``output_dir`` and return the
    combined run's return code."""
    output_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="strangler-") as scratch:
        work = Path(scratch)
        results: dict[str, RunResult] = {}
        for side in SIDES:
            part = split(inputs, work / side / "in", side, route)
            results[side] = run_engine(engines[side], part, work / side / "out")
        for ddname in RECORD_FILES:
            (output_dir / ddname).write_bytes(
                b"".join(_read(results[side].outputs.get(ddname)) for side in SIDES)
            )
        report = results["legacy"].outputs["REPORT"]
        shutil.copyfile(report, output_dir / "REPORT")
        return max(result.return_code for result in results.values())


def split(inputs: RunInputs, folder: Path, side: str, route: Route) -> RunInputs:
    """The run folder of one side: the same CONTROL, and its own master records and cards."""
    folder.mkdir(parents=True, exist_ok=True)
    part = RunInputs.from_folder(folder)
    shutil.copyfile(inputs.control, part.control)
    part.mastin.write_bytes(_mine(inputs.mastin.read_bytes(), MASTER_LENGTH, side, route))
    part.transin.write_bytes(_mine(inputs.transin.read_bytes(), CARD_LENGTH, side, route))
    return part


def _mine(data: bytes, length: int, side: str, route: Route) -> bytes:
    records = (data[start : start + length] for start in range(0, len(data), length))
    return b"".join(record for record in records if route(record[TIN]) == side)


def _read(path: Path | None) -> bytes:
    return path.read_bytes() if path is not None and path.exists() else b""
