"""Record codecs side by side: records per second to decode and re-encode TAXACCT and TRANSREC.

Run: .venv/bin/python benchmarks/codec_bench.py [--accounts N] [--cards M] [--repeat R]

Three codecs over the same synthetic records (``idrs generate``'s, seed 1):

- ``generic``: ``records.codec.RecordCodec`` (the whole record to nested dicts and back);
- ``modern``: the modern engine's hand-written ``modern/recordio.py`` (decode_account /
  encode_account, decode_card);
- ``compiled``: ``records.compiled`` (generated readers over the fields the modern engine reads,
  generated writers over the fields a posting changes, views).

Tasks, per record: *decode* every field the modern engine reads (TAXACCT: the 13 head fields and
the 18 fields of each used module; TRANSREC: the 8 fields of ``Transaction``); *re-encode* after a
posting changed a module's CREDITS and BALANCE and the account's LAST-UPDATE-CYCLE; *unchanged*:
decode, then write back a record nobody changed. Each figure is the best of ``--repeat`` runs
(process CPU time). No assertion: the figures are printed, not checked.
"""

from __future__ import annotations

import argparse
import inspect
import io
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.datagen.generator import GenerationOptions, generate_streams
from idrs_sandbox.modern import recordio
from idrs_sandbox.modern.layouts import TAXACCT, TRANSREC
from idrs_sandbox.records.codec import RecordCodec
from idrs_sandbox.records.compiled import compile_layout
from idrs_sandbox.records.posting import TRANSREC_PARTS

CARD = TRANSREC_PARTS
PAYMENT = Decimal("12.34")
CYCLE = 202416


def sample(accounts: int, cards: int) -> tuple[list[bytes], list[bytes]]:
    mastin, transin = io.BytesIO(), io.BytesIO()
    options = GenerationOptions(accounts=accounts, transactions=cards, seed=1)
    generate_streams(options, mastin, transin)
    master, deck = mastin.getvalue(), transin.getvalue()
    return (
        [master[i : i + TAXACCT.size] for i in range(0, len(master), TAXACCT.size)],
        [deck[i : i + TRANSREC.size] for i in range(0, len(deck), TRANSREC.size)],
    )


def best(action: Callable[[Sequence[bytes]], Any], records: Sequence[bytes], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        action(records)
        times.append(time.process_time() - started)
    return len(records) / min(times)


# --- generic RecordCodec ----------------------------------------------------------------------

GENERIC_ACCOUNT = RecordCodec(load_copybook("TAXACCT"))
GENERIC_CARD = RecordCodec(load_copybook("TRANSREC"))


def generic_decode(records: Sequence[bytes]) -> None:
    for raw in records:
        GENERIC_ACCOUNT.decode(raw)


def generic_post(records: Sequence[bytes]) -> None:
    for raw in records:
        values = GENERIC_ACCOUNT.decode(raw)
        changes: dict[str, Any] = {"TA-LAST-UPDATE-CYCLE": CYCLE}
        if values["TA-MODULE-COUNT"]:
            module = values["TA-MODULE"][0]
            changes["TA-MODULE"] = [
                {
                    "TA-CREDITS": module["TA-CREDITS"] + PAYMENT,
                    "TA-BALANCE": module["TA-BALANCE"] - PAYMENT,
                }
            ]
        GENERIC_ACCOUNT.encode(changes, base=raw)


def generic_unchanged(records: Sequence[bytes]) -> None:
    for raw in records:
        GENERIC_ACCOUNT.encode(GENERIC_ACCOUNT.decode(raw), base=raw)


def generic_cards(records: Sequence[bytes]) -> None:
    for raw in records:
        GENERIC_CARD.decode(raw, errors=[])


# --- modern/recordio.py -------------------------------------------------------------------------

# decode_account took (raw, record number) and now takes (raw): measure whichever is there.
_TAKES_NUMBER = len(inspect.signature(recordio.decode_account).parameters) > 1


def decode_account(raw: bytes, number: int) -> Any:
    if _TAKES_NUMBER:
        return recordio.decode_account(raw, number)  # type: ignore[call-arg]
    return recordio.decode_account(raw)


def modern_decode(records: Sequence[bytes]) -> None:
    for number, raw in enumerate(records, 1):
        decode_account(raw, number)


def modern_post(records: Sequence[bytes]) -> None:
    for number, raw in enumerate(records, 1):
        account = decode_account(raw, number)
        account.last_update_cycle = CYCLE
        if account.modules:
            module = account.modules[0]
            module.credits = module.credits + PAYMENT
            module.balance = module.balance - PAYMENT
        recordio.encode_account(account)


def modern_unchanged(records: Sequence[bytes]) -> None:
    for number, raw in enumerate(records, 1):
        recordio.encode_account(decode_account(raw, number))


def modern_cards(records: Sequence[bytes]) -> None:
    for raw in records:
        recordio.decode_card(raw)


# --- records.compiled ---------------------------------------------------------------------------

ACCOUNT = compile_layout(TAXACCT)
CARDS = compile_layout(TRANSREC)
HEAD = ACCOUNT.scalar_names()
MODULE = ACCOUNT.part("TA-MODULE").scalar_names()
READ_HEAD = ACCOUNT.reader(*HEAD)
READ_MODULE = ACCOUNT.reader(*MODULE)
READ_MONEY = ACCOUNT.reader("TA-CREDITS", "TA-BALANCE")
WRITE_POSTING = ACCOUNT.writer("TA-LAST-UPDATE-CYCLE", "TA-CREDITS", "TA-BALANCE")
WRITE_CYCLE = ACCOUNT.writer("TA-LAST-UPDATE-CYCLE")
STRIDE = ACCOUNT["TA-MODULE"].size
READ_CARD = CARDS.reader(*CARD)


def compiled_decode(records: Sequence[bytes]) -> None:
    for raw in records:
        head = READ_HEAD(raw)
        for slot in range(head[-1]):
            READ_MODULE(raw, slot * STRIDE)


def compiled_post(records: Sequence[bytes]) -> None:
    for raw in records:
        head = READ_HEAD(raw)
        for slot in range(head[-1]):
            READ_MODULE(raw, slot * STRIDE)
        if head[-1]:
            credits, balance = READ_MONEY(raw)
            WRITE_POSTING(raw, CYCLE, credits + PAYMENT, balance - PAYMENT)
        else:
            WRITE_CYCLE(raw, CYCLE)


def compiled_unchanged(records: Sequence[bytes]) -> None:
    for raw in records:
        view = ACCOUNT.view(raw)
        head = READ_HEAD(raw)
        for slot in range(head[-1]):
            READ_MODULE(raw, slot * STRIDE)
        view.to_bytes()


def compiled_cards(records: Sequence[bytes]) -> None:
    for raw in records:
        READ_CARD(raw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    accounts, cards = sample(args.accounts, args.cards)
    print(f"{len(accounts):,} TAXACCT records, {len(cards):,} TRANSREC cards; records/s (CPU)")
    tasks = {
        "TAXACCT decode": (generic_decode, modern_decode, compiled_decode, accounts),
        "TAXACCT post+re-encode": (generic_post, modern_post, compiled_post, accounts),
        "TAXACCT unchanged": (generic_unchanged, modern_unchanged, compiled_unchanged, accounts),
        "TRANSREC decode": (generic_cards, modern_cards, compiled_cards, cards),
    }
    print(f"{'task':<24}{'generic':>12}{'modern':>12}{'compiled':>12}")
    for label, (generic, modern, compiled, records) in tasks.items():
        rates = [best(action, records, args.repeat) for action in (generic, modern, compiled)]
        print(f"{label:<24}" + "".join(f"{rate:>12,.0f}" for rate in rates))


if __name__ == "__main__":
    main()
