"""Exercise 05: widen the two-digit-year LAST-ACTIVITY (its century kept beside each module, in
the master's FILLER) and move the century window from 50 to 60, changing no other output."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from idrs_sandbox.engines.base import RunResult
from idrs_sandbox.oracle.scenarios import Week
from idrs_sandbox.records.posting import TAXACCT
from idrs_sandbox.training.checks import CheckContext, exact_match
from idrs_sandbox.training.decks import (
    CARD_LENGTH,
    CARD_YEAR,
    MASTER_LENGTH,
    DeckSpec,
    records,
    set_card_years,
)
from idrs_sandbox.training.exercise import Exercise
from idrs_sandbox.training.exercises.acceptance import with_report_lines
from idrs_sandbox.training.exercises.common import (
    acceptance_check,
    characterization_check,
    cobol_copy,
    engines_of,
    equivalence_between,
    modern_copy,
    property_between,
    standard_decks,
)

_SLOTS = TAXACCT.field("TA-MODULE")


def _in_slot(name: str) -> slice:
    """Where a field of TA-MODULE sits inside one module slot."""
    item = TAXACCT.field(name)
    return slice(item.offset - _SLOTS.offset, item.offset - _SLOTS.offset + item.size)


CENTURIES = slice(_SLOTS.end, _SLOTS.end + 2 * _SLOTS.count)
"""TA-LAST-ACTIVITY-CC PIC XX OCCURS 4: the first 8 bytes of the old FILLER X(20)."""
MODULES_AT = _SLOTS.offset
MODULE_SIZE = _SLOTS.size
PERIOD = _in_slot("TA-TAX-PERIOD")
LAST_TC = _in_slot("TA-LAST-TC")
LAST_ACTIVITY = _in_slot("TA-LAST-ACTIVITY")
MODULE_COUNT = TAXACCT.field("TA-MODULE-COUNT").offset
NEW_WINDOW = 60
MOVED_BAND = range(50, NEW_WINDOW)
"""Card years whose meaning changes: 1950-1959 (always invalid) become 2050-2059."""
DECK_YEARS = ("55", "50", "59", "49", "60", "24")


class CenturyWindow(Exercise):
    number = 5
    slug = "05-century-window"
    title = "Widen LAST-ACTIVITY and move the century window"
    summary = (
        "Keep the century of every module's LAST-ACTIVITY beside it (in TAXACCT's FILLER) and "
        "move the card-date century window from 50 to 60, in POSTING.cbl and in the modern "
        "engine, without changing any other output."
    )
    managed = ("legacy", "modern")
    needs_cobol = True
    hints = (
        "Read the acceptance story first: the new field's bytes are fixed (495-502 of the master, "
        "TA-LAST-ACTIVITY-CC PIC XX OCCURS 4, then FILLER X(12)), and so is when it changes.",
        "The window is one comparison in 2300-CHECK-DATA (and CENTURY_WINDOW in modern/dates.py). "
        "The century to store is the first two digits of the expanded card date (WS-CARD-DATE).",
        "The centuries live outside TA-MODULE, so nothing moves them for you: look at "
        "3900-INSERT-MODULE. Modules shift up when a new one is inserted; their centuries must "
        "shift too. The acceptance account 666005003 shows it.",
        "Modern: give the module a century (model.py) that decode_account / encode_account "
        "(recordio.py) read from and write to the FILLER's first 8 bytes; set it where "
        "LAST-ACTIVITY is set (posting.py). Slots above MODULE-COUNT keep MASTIN's bytes.",
    )

    def check(self, ctx: CheckContext, variant: str | None) -> None:
        cobol = cobol_copy(ctx)
        acceptance = self.data / "acceptance"
        with modern_copy(ctx) as modern:
            engines = engines_of(cobol, modern)
            for engine in engines:
                acceptance_check(ctx, engine, acceptance, with_report_lines(acceptance))
            for engine in engines:
                characterization_check(
                    ctx,
                    engine,
                    "no other output changes (tests/scenarios)",
                    only_centuries_differ,
                    keep=lambda week: not has_moved_years(week),
                )
            if cobol is not None and modern is not None:
                equivalence_between(ctx, cobol, modern, standard_decks(ctx, with_moved_years))
                property_between(ctx, cobol, modern)


def has_moved_years(week: Week) -> bool:
    """True when a card of the week is dated in 1950-1959 / 2050-2059 (YY 50-59)."""
    deck = week.inputs.get("TRANSIN") or b""
    return any(
        card[CARD_YEAR].isdigit() and int(card[CARD_YEAR]) in MOVED_BAND
        for card in records(deck, CARD_LENGTH)
    )


def only_centuries_differ(week: Week, result: RunResult) -> list[str]:
    """The hand-checked outputs, except MASTOUT's century bytes, which must be right."""
    expected = week.expected.files.get("MASTOUT")
    path = result.outputs.get("MASTOUT")
    actual = path.read_bytes() if path is not None and path.exists() else None
    if expected is None or actual is None or len(expected) != len(actual):
        return exact_match(week, result)
    files = dict(week.expected.files)
    files["MASTOUT"] = with_centuries_of(expected, actual)
    problems = exact_match(replace(week, expected=replace(week.expected, files=files)), result)
    return problems + century_problems(week.inputs.get("MASTIN") or b"", actual)


def with_centuries_of(expected: bytes, actual: bytes) -> bytes:
    """``expected`` with every record's century bytes taken from ``actual``."""
    out = bytearray(expected)
    for start in range(0, len(out) - MASTER_LENGTH + 1, MASTER_LENGTH):
        out[start + CENTURIES.start : start + CENTURIES.stop] = actual[
            start + CENTURIES.start : start + CENTURIES.stop
        ]
    return bytes(out)


def century_of(last_activity: bytes) -> str:
    return "20" if int(last_activity[0:2]) < NEW_WINDOW else "19"


def century_problems(mastin: bytes, mastout: bytes) -> list[str]:
    """Each module's century: right when a card posted to it this week (its LAST-TC or
    LAST-ACTIVITY changed, or it is new), else carried from MASTIN (or right); the slots above
    MODULE-COUNT keep MASTIN's bytes."""
    before = {record[0:9]: record for record in records(mastin, MASTER_LENGTH)}
    problems: list[str] = []
    for number, record in enumerate(records(mastout, MASTER_LENGTH), start=1):
        old = before.get(record[0:9], b" " * MASTER_LENGTH)
        for slot, wrong in _slot_problems(record, old):
            tin = record[0:9].decode("latin-1")
            problems.append(f"MASTOUT record {number} (TIN {tin}) slot {slot}: {wrong}")
    return problems


def _slot_problems(record: bytes, old: bytes) -> list[tuple[int, str]]:
    count = _count(record)
    old_slots = {_slot(old, i)[PERIOD]: (i, _slot(old, i)) for i in range(_count(old))}
    found: list[tuple[int, str]] = []
    for index in range(4):
        century = _century(record, index)
        if index >= count:
            if century != _century(old, index):
                found.append(
                    (
                        index + 1,
                        f"century {century!r} but above MODULE-COUNT it stays "
                        f"{_century(old, index)!r} (as in MASTIN)",
                    )
                )
            continue
        module = _slot(record, index)
        right = century_of(module[LAST_ACTIVITY]) if module[LAST_ACTIVITY].isdigit() else None
        at, was = old_slots.get(module[PERIOD], (None, None))
        touched = was is None or (was[LAST_TC], was[LAST_ACTIVITY]) != (
            module[LAST_TC],
            module[LAST_ACTIVITY],
        )
        carried = None if at is None else _century(old, at)
        if touched and century != right:
            found.append(
                (
                    index + 1,
                    f"a card posted (LAST-ACTIVITY {module[LAST_ACTIVITY].decode()}): "
                    f"century {century!r}, expected {right!r}",
                )
            )
        elif not touched and century not in (carried, right):
            found.append(
                (
                    index + 1,
                    f"no card posted: century {century!r}, expected MASTIN's "
                    f"{carried!r} (period {module[PERIOD].decode()})",
                )
            )
    return found


def _count(record: bytes) -> int:
    raw = record[MODULE_COUNT : MODULE_COUNT + 1]
    return int(raw) if raw.isdigit() and int(raw) <= 4 else 0


def _slot(record: bytes, index: int) -> bytes:
    start = MODULES_AT + index * MODULE_SIZE
    return record[start : start + MODULE_SIZE]


def _century(record: bytes, index: int) -> str:
    start = CENTURIES.start + 2 * index
    return record[start : start + 2].decode("latin-1")


def with_moved_years(folder: Path, spec: DeckSpec) -> None:
    """Every seventh card dated in a year whose meaning moved (or just around it)."""
    set_card_years(folder, DECK_YEARS, every=7)
