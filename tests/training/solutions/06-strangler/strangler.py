"""Reference solution of exercise 06: a strangler facade over the legacy and modern engines.

The facade owns what no single account owns:
- the edit pass and the abends: inputs that would abend (missing or short files, a master out of
  sequence across the two parts, or a part that abends) run whole on the legacy engine;
- U09: the high-water TIN||SEQ key runs across TINs, so out-of-sequence cards are decided on the
  whole deck, written to UNPOST here and counted in the report;
- the order of the outputs: MASTOUT, NOTICES and REFUNDS merged by TIN (group order), UNPOST in
  card order;
- the control report: the parts' rows added up, CONTROL READ kept at 1, the verdict recomputed.
"""

from __future__ import annotations

import heapq
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

from idrs_sandbox.engines.base import Engine, RunInputs, RunResult, run_engine
from idrs_sandbox.records.numeric import InvalidNumeric, zoned_decode
from idrs_sandbox.records.posting import CTLCARD, NOTICE, REFUND, TAXACCT, TRANSREC
from idrs_sandbox.training.reports import body_lines, edit_amount, edit_count, paginate

Route = Callable[[bytes], str]
SIDES = ("legacy", "modern")
LENGTHS = {"CONTROL": CTLCARD.size, "MASTIN": TAXACCT.size, "TRANSIN": TRANSREC.size}
TIN = TAXACCT.field("TA-TIN").span
"""Every record of the run starts with its TIN: masters, cards (so UNPOST), notices, refunds."""
CARD_SEQ = TRANSREC.field("TR-SEQ").span
assert TRANSREC.field("TR-TIN").span == TIN
LOW_VALUES_KEY = b"\x00" * 15
U09_REASON = b"OUT OF SEQUENCE".ljust(31)
COUNT = slice(43, 56)
AMOUNT = slice(59, 82)
U09_ROWS = ("  U09 ", "          TRANSIN  READ", "          UNPOST   WRITTEN",
            "          TRANSACTIONS READ", "          TRANSACTIONS UNPOSTABLE")  # fmt: skip
"""Report rows a facade-written U09 card adds to: one card, and its money where there is one."""


def run_combined(
    inputs: RunInputs, output_dir: Path, route: Route, engines: Mapping[str, Engine]
) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    if not splittable(inputs):
        return run_whole(engines["legacy"], inputs, output_dir)
    cards = list(records(inputs.transin.read_bytes(), LENGTHS["TRANSIN"]))
    kept, late = by_sequence(cards)
    with tempfile.TemporaryDirectory(prefix="strangler-") as scratch:
        results = {
            side: run_engine(engines[side], part(inputs, kept, side, route, Path(scratch)),
                             Path(scratch) / side / "out")
            for side in SIDES
        }  # fmt: skip
        if any(result.abended for result in results.values()):
            return run_whole(engines["legacy"], inputs, output_dir)
        return publish(inputs, results, cards, late, output_dir)


# --- the checks that span the split ------------------------------------------------------------


def splittable(inputs: RunInputs) -> bool:
    """Every input present, whole records only, master TINs ascending across the whole file."""
    for ddname, path in inputs.by_ddname().items():
        if not path.is_file() or path.stat().st_size % LENGTHS[ddname]:
            return False
    tins = [record[TIN] for record in records(inputs.mastin.read_bytes(), LENGTHS["MASTIN"])]
    return all(b > a for a, b in pairwise(tins) if a.isdigit() and b.isdigit())


def run_whole(legacy: Engine, inputs: RunInputs, output_dir: Path) -> int:
    return run_engine(legacy, inputs, output_dir).return_code


def by_sequence(cards: list[bytes]) -> tuple[list[int], list[int]]:
    """Card numbers (0-based) that pass U09 on the whole deck, and those that do not."""
    kept, late = [], []
    high_water = LOW_VALUES_KEY
    for index, card in enumerate(cards):
        key = card[TIN] + card[CARD_SEQ]
        if key <= high_water:
            late.append(index)
        else:
            kept.append(index)
            high_water = key
    return kept, late


def part(inputs: RunInputs, kept: list[int], side: str, route: Route, scratch: Path) -> RunInputs:
    folder = scratch / side / "in"
    folder.mkdir(parents=True)
    mine = RunInputs.from_folder(folder)
    shutil.copyfile(inputs.control, mine.control)
    masters = records(inputs.mastin.read_bytes(), LENGTHS["MASTIN"])
    mine.mastin.write_bytes(b"".join(r for r in masters if route(r[TIN]) == side))
    cards = list(records(inputs.transin.read_bytes(), LENGTHS["TRANSIN"]))
    mine.transin.write_bytes(b"".join(cards[i] for i in kept if route(cards[i][TIN]) == side))
    return mine


# --- one run's outputs from two ---------------------------------------------------------------


def publish(
    inputs: RunInputs,
    results: dict[str, RunResult],
    cards: list[bytes],
    late: list[int],
    output_dir: Path,
) -> int:
    merged_by_tin = (("MASTOUT", TAXACCT), ("NOTICES", NOTICE), ("REFUNDS", REFUND))
    for ddname, length in ((ddname, layout.size) for ddname, layout in merged_by_tin):
        parts = [records(output(results[side], ddname), length) for side in SIDES]
        merged = heapq.merge(*parts, key=lambda record: record[TIN])
        (output_dir / ddname).write_bytes(b"".join(merged))
    cycle = inputs.control.read_bytes()[CTLCARD.field("CTL-RUN-CYCLE").span]
    unpost = unposted(results, cards, late, cycle)
    (output_dir / "UNPOST").write_bytes(unpost)
    reports = [output(results[side], "REPORT").decode("latin-1") for side in SIDES]
    late_money = [money(cards[i]) for i in late]
    (output_dir / "REPORT").write_bytes(combined_report(reports, late_money).encode("latin-1"))
    return 4 if unpost else 0


def output(result: RunResult, ddname: str) -> bytes:
    path = result.outputs.get(ddname)
    return path.read_bytes() if path is not None and path.exists() else b""


def unposted(
    results: dict[str, RunResult], cards: list[bytes], late: list[int], cycle: bytes
) -> bytes:
    """Every UNPOST record in card order: the parts' and the facade's own U09 records."""
    position = {cards[i][TIN] + cards[i][CARD_SEQ]: i for i in range(len(cards)) if i not in late}
    found = [(i, cards[i] + b"U09" + cycle + U09_REASON) for i in late]
    for side in SIDES:
        for record in records(output(results[side], "UNPOST"), 140):
            found.append((position[record[TIN] + record[CARD_SEQ]], record))
    return b"".join(record for _, record in sorted(found, key=lambda item: item[0]))


def money(card: bytes) -> Decimal | None:
    """The card's AMOUNT when it is numeric (the report's money counts only those)."""
    try:
        return zoned_decode(card[22:33], 2, True)
    except InvalidNumeric:
        return None


# --- the control report -------------------------------------------------------------------------


def combined_report(reports: list[str], late_money: list[Decimal | None]) -> str:
    header, _ = body_lines(reports[0])
    if not header:  # no report to add up: only an abend writes none, and that ran whole
        return reports[0]
    bodies = [body_lines(report)[1] for report in reports]
    lines = [add_up(rows) for rows in zip(*bodies, strict=True)]
    for row in U09_ROWS:
        lines = [with_late(line, row, late_money) for line in lines]
    lines = [verdict(lines) if line.startswith("RUN ") else line for line in lines]
    return paginate(header, lines)


def add_up(rows: tuple[str, ...]) -> str:
    first = rows[0]
    if first.startswith("          CONTROL  READ") or not _is_counted(first):
        return first  # a heading, a blank line, the verdict, or CONTROL READ (one card)
    count = sum(_count(row) for row in rows)
    amount = sum((_amount(row) for row in rows), Decimal(0)) if _has_amount(first) else None
    return _row(first, count, amount)


def _is_counted(line: str) -> bool:
    return line[COUNT].strip().replace(",", "").isdigit()


def _count(line: str) -> int:
    return int(line[COUNT].replace(",", ""))


def _has_amount(line: str) -> bool:
    return "$" in line[AMOUNT]


def _amount(line: str) -> Decimal:
    text = line[AMOUNT].strip()
    value = Decimal(text.rstrip("-").replace("$", "").replace(",", ""))
    return -value if text.endswith("-") else value


def _row(line: str, count: int, amount: Decimal | None) -> str:
    text = line[: COUNT.start] + edit_count(count)
    if amount is not None:
        text += "   " + edit_amount(amount)
    return text.rstrip()


def with_late(line: str, row: str, late_money: list[Decimal | None]) -> str:
    if not late_money or not line.startswith(row):
        return line
    amount = None
    if _has_amount(line):
        amount = _amount(line) + sum((m for m in late_money if m is not None), Decimal(0))
    return _row(line, _count(line) + len(late_money), amount)


def verdict(lines: list[str]) -> str:
    """RUN BALANCED when cards and money read = posted + unpostable (RULEBOOK §8)."""
    read, posted, unposted_ = (
        next(line for line in lines if line[10:43].rstrip() == name)
        for name in ("TRANSACTIONS READ", "TRANSACTIONS POSTED", "TRANSACTIONS UNPOSTABLE")
    )
    cards = _count(read) == _count(posted) + _count(unposted_)
    amounts = _amount(read) == _amount(posted) + _amount(unposted_)
    return "RUN BALANCED" if cards and amounts else "RUN OUT OF BALANCE"


def records(data: bytes, length: int) -> Iterator[bytes]:
    for start in range(0, len(data) - length + 1, length):
        yield data[start : start + length]
