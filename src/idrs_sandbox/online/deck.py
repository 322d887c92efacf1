"""The pending adjustment deck: released ADJ54s become TC 290 / 291 cards (TRANSREC, encoded
through ``records/``) merged into next week's TRANSIN.

POSTING.cbl wants its input sorted by TIN then SEQ (RULEBOOK §5, U09 compares TIN‖SEQ as 15
bytes), so the cards are merged in that order: the week's deck keeps its own order (a generated
deck may hold out-of-sequence cards on purpose) and each adjustment card goes in before the first
card whose key is greater than its own. A card whose key is already in the deck is refused (it
would post as U09), and so is an output that exists: the merge writes a new run folder.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.online.layouts import CARD_LENGTH, TRANSREC
from idrs_sandbox.online.state import Adjustment, OnlineState
from idrs_sandbox.records.codec import RecordCodec

_CODEC = RecordCodec(TRANSREC)


def _slice(name: str) -> slice:
    return TRANSREC.field(name).span


KEY = _slice("TR-TIN")
SEQ = _slice("TR-SEQ")
"""U09's key is TR-TIN then TR-SEQ, compared as bytes (RULEBOOK §5)."""


class DeckError(IdrsError):
    """The adjustments cannot be merged into that deck."""


def adjustment_card(adjustment: Adjustment) -> bytes:
    """The TRANSREC card of one adjustment (DATA area spaces)."""
    period = int(adjustment.period)
    trans = adjustment.trans_date
    return _CODEC.encode(
        {
            "TR-TIN": Decimal(adjustment.tin),
            "TR-NAME-CONTROL": adjustment.name_control,
            "TR-TC": Decimal(adjustment.tc),
            "TR-TAX-PERIOD": {
                "TR-TAX-PERIOD-YYYY": Decimal(period // 100),
                "TR-TAX-PERIOD-MM": Decimal(period % 100),
            },
            "TR-AMOUNT": adjustment.amount,
            "TR-TRANS-DATE": {
                "TR-TRANS-YY": Decimal(trans[0:2]),
                "TR-TRANS-MM": Decimal(trans[2:4]),
                "TR-TRANS-DD": Decimal(trans[4:6]),
            },
            "TR-SEQ": Decimal(adjustment.seq),
        }
    )


def card_key(card: bytes) -> bytes:
    return card[KEY] + card[SEQ]


def merge_cards(deck: bytes, cards: list[bytes], source: str = "TRANSIN") -> bytes:
    """``deck`` with ``cards`` merged in by TIN‖SEQ (see the module docstring)."""
    if len(deck) % CARD_LENGTH:
        raise DeckError(
            f"{source}: size {len(deck):,} bytes is not a multiple of the card length {CARD_LENGTH}"
        )
    existing = [deck[i : i + CARD_LENGTH] for i in range(0, len(deck), CARD_LENGTH)]
    keys = {card_key(card): number for number, card in enumerate(existing, start=1)}
    for card in cards:
        if card_key(card) in keys:
            raise DeckError(
                f"{source} record {keys[card_key(card)]:,}, byte 1: key "
                f"{card_key(card).decode('latin-1')} (TIN and SEQ) is an adjustment's key"
            )
    pending = sorted(cards, key=card_key)
    merged: list[bytes] = []
    for card in existing:
        while pending and card_key(pending[0]) < card_key(card):
            merged.append(pending.pop(0))
        merged.append(card)
    merged.extend(pending)
    return b"".join(merged)


def released(state: OnlineState) -> list[Adjustment]:
    """Adjustments released (approved when they had to be) and not merged yet, by number."""
    return sorted(
        (a for a in state.adjustments().values() if a.status == "RELEASED"), key=lambda a: a.id
    )


def merge_into_run(state: OnlineState, run: Path, out: Path, time: str) -> list[Adjustment]:
    """Write ``out``: a copy of the run folder ``run`` whose TRANSIN holds every released
    adjustment; record them as merged. ``out`` must not exist."""
    if out.exists():
        raise DeckError(f"{out} exists: the merge writes a new run folder and replaces nothing")
    transin = run / "TRANSIN"
    try:
        deck = transin.read_bytes()
    except OSError as error:
        raise DeckError(f"{transin}: cannot read ({error.strerror})") from None
    adjustments = released(state)
    merged = merge_cards(deck, [adjustment_card(a) for a in adjustments], str(transin))
    out.mkdir(parents=True)
    for name in ("CONTROL", "MASTIN"):
        if (run / name).exists():
            shutil.copyfile(run / name, out / name)
    (out / "TRANSIN").write_bytes(merged)
    state.mark_merged([a.id for a in adjustments], str(out), time)
    return adjustments
