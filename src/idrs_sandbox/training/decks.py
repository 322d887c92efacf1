"""Input decks for the checks: small generated run folders, and the few edits that put an
exercise's new cases into them (a new TC, card years in the moved century band, a rate table,
cross-TIN sequence errors, damaged masters).

Everything is seeded: a check sees the same decks every time, so a trainee sees the same diff
until the code changes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import RunInputs
from idrs_sandbox.records.posting import CTLCARD, TAXACCT, TRANSREC

CARD_LENGTH = TRANSREC.size
MASTER_LENGTH = TAXACCT.size
CARD_TC = TRANSREC.field("TR-TC").span
CARD_YEAR = TRANSREC.field("TR-TRANS-YY").span
CARD_KEY_TIN = TRANSREC.field("TR-TIN").span
CARD_KEY_SEQ = TRANSREC.field("TR-SEQ").span
CONTROL_FILLER_OFFSET = CTLCARD.field("CTL-INTEREST-RATE").end
"""CTLCARD: RUN-CYCLE, RUN-DATE and INTEREST-RATE, then FILLER X(61)."""


@dataclass(frozen=True)
class DeckSpec:
    """A generated run folder: ``idrs generate`` with these arguments."""

    name: str
    seed: int
    accounts: int = 120
    transactions: int = 700
    cycle: int = 202415
    interest_rate: Decimal = Decimal("0.0800")
    invalid_share: float = 0.05


STANDARD_DECKS: tuple[DeckSpec, ...] = (
    DeckSpec("deck-1", seed=701, cycle=202415),
    DeckSpec("deck-2", seed=702, cycle=202438, interest_rate=Decimal("0.0935")),
    DeckSpec("deck-3", seed=703, cycle=202451, interest_rate=Decimal("0.0625"), invalid_share=0.1),
)
"""Three weeks of different seasons, rates and shares of bad cards; a few seconds in all."""


def generate_deck(folder: Path, spec: DeckSpec) -> RunInputs:
    generate_run(
        folder,
        spec.accounts,
        spec.transactions,
        spec.seed,
        spec.cycle,
        interest_rate=spec.interest_rate,
        invalid_share=spec.invalid_share,
    )
    return RunInputs.from_folder(folder)


def records(data: bytes, length: int) -> Iterator[bytes]:
    for start in range(0, len(data) - length + 1, length):
        yield data[start : start + length]


def edit_cards(folder: Path, edit: Callable[[int, bytearray], None]) -> None:
    """Apply ``edit(card_number, card)`` to every card of ``folder/TRANSIN`` (in place)."""
    path = folder / "TRANSIN"
    cards = [bytearray(card) for card in records(path.read_bytes(), CARD_LENGTH)]
    for number, card in enumerate(cards, start=1):
        edit(number, card)
    path.write_bytes(b"".join(cards))


def convert_tc(folder: Path, old: str, new: str, every: int = 2) -> int:
    """Turn every ``every``-th card with TC ``old`` into TC ``new``; return how many."""
    seen = converted = 0

    def edit(_: int, card: bytearray) -> None:
        nonlocal seen, converted
        if card[CARD_TC] == old.encode():
            seen += 1
            if seen % every == 0:
                card[CARD_TC] = new.encode()
                converted += 1

    edit_cards(folder, edit)
    return converted


def set_card_years(folder: Path, years: tuple[str, ...], every: int = 5) -> int:
    """Give every ``every``-th card one of ``years`` (two digits, in turn) as its YY."""
    changed = 0

    def edit(number: int, card: bytearray) -> None:
        nonlocal changed
        if number % every == 0 and card[CARD_YEAR].isdigit():
            card[CARD_YEAR] = years[changed % len(years)].encode()
            changed += 1

    edit_cards(folder, edit)
    return changed


def set_control_filler(folder: Path, text: str) -> None:
    """Write ``text`` into the CONTROL card's FILLER (RULEBOOK §2 allows fields only there)."""
    path = folder / "CONTROL"
    card = bytearray(path.read_bytes())
    card[CONTROL_FILLER_OFFSET : CONTROL_FILLER_OFFSET + len(text)] = text.encode("ascii")
    path.write_bytes(bytes(card))


def inject_sequence_errors(folder: Path, seed: int, count: int = 8) -> int:
    """Add cards that are out of sequence (U09) only across TINs: after the first card of a TIN,
    a copy of the previous TIN's last card with SEQ 999999. Its key is above every key of its own
    TIN, but below the card just before it."""
    path = folder / "TRANSIN"
    cards = list(records(path.read_bytes(), CARD_LENGTH))
    starts = [
        i for i in range(1, len(cards)) if cards[i][CARD_KEY_TIN] > cards[i - 1][CARD_KEY_TIN]
    ]
    rng = random.Random(seed)
    chosen = sorted(rng.sample(starts, min(count, len(starts))), reverse=True)
    for start in chosen:
        late = bytearray(cards[start - 1])
        late[CARD_KEY_SEQ] = b"999999"
        cards.insert(start + 1, bytes(late))
    path.write_bytes(b"".join(cards))
    return len(chosen)


# --- damaged masters (RULEBOOK §7 abends) -------------------------------------------------------

TIN = TAXACCT.field("TA-TIN").span
MODULE_COUNT = TAXACCT.field("TA-MODULE-COUNT").span


def _tin_lower(record: bytearray, previous: bytes) -> None:
    record[TIN] = f"{max(int(previous) - 1, 0):09d}".encode()


def _tin_repeated(record: bytearray, previous: bytes) -> None:
    record[TIN] = previous


def _tin_blank(record: bytearray, previous: bytes) -> None:
    record[TIN] = b" " * 9


def _tin_letters(record: bytearray, previous: bytes) -> None:
    record[3:6] = b"ABC"


def _count_five(record: bytearray, previous: bytes) -> None:
    record[MODULE_COUNT] = b"5"


def _count_blank(record: bytearray, previous: bytes) -> None:
    record[MODULE_COUNT] = b" "


def _lower_and_count(record: bytearray, previous: bytes) -> None:
    _tin_lower(record, previous)
    _count_five(record, previous)


def _letters_and_count(record: bytearray, previous: bytes) -> None:
    _tin_letters(record, previous)
    _count_five(record, previous)


MasterFault = Callable[[bytearray, bytes], None]
MASTER_FAULTS: dict[str, MasterFault] = {
    "tin-lower": _tin_lower,
    "tin-repeated": _tin_repeated,
    "tin-blank": _tin_blank,
    "tin-letters": _tin_letters,
    "count-5": _count_five,
    "count-blank": _count_blank,
    "tin-lower+count-5": _lower_and_count,
    "tin-letters+count-5": _letters_and_count,
}
"""Ways a master record goes bad; ``previous`` is the TIN of the record before it."""

FIRST_FAULT_AT = 3
SECOND_FAULT_AT = 6
"""Record numbers (1-based) of the faults in a damaged master of :data:`DAMAGED_MASTER`."""
DAMAGED_MASTER = DeckSpec("master", seed=720, accounts=8, transactions=12)


def damage(master: bytes, faults: dict[int, str]) -> bytes:
    """``master`` with the named fault put into each given record number."""
    damaged = [bytearray(record) for record in records(master, MASTER_LENGTH)]
    for number, fault in sorted(faults.items()):
        previous = bytes(damaged[number - 2][TIN])
        MASTER_FAULTS[fault](damaged[number - 1], previous)
    return b"".join(bytes(record) for record in damaged)


def damaged_master_plans() -> list[tuple[str, dict[int, str]]]:
    """Every single fault, then every ordered pair of faults, as (name, faults by record)."""
    plans: list[tuple[str, dict[int, str]]] = [
        (f"{name}@{FIRST_FAULT_AT}", {FIRST_FAULT_AT: name}) for name in MASTER_FAULTS
    ]
    for first in MASTER_FAULTS:
        for second in MASTER_FAULTS:
            name = f"{first}@{FIRST_FAULT_AT},{second}@{SECOND_FAULT_AT}"
            plans.append((name, {FIRST_FAULT_AT: first, SECOND_FAULT_AT: second}))
    return plans
