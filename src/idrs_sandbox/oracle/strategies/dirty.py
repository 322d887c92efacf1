"""Dirty data (issue 11): runs whose input files hold bytes no generator was written to produce.

Real master files and card decks hold spaces and low-values in numeric fields, bad sign
nibbles in COMP-3, letters in a period, half-written records. A migration fails there more
than anywhere: COBOL runs on with the garbage (libcob's rules for invalid data) while a port
raises or quietly differs. These strategies take a clean run (:mod:`.runs`) and damage its
encoded files (:mod:`.damage`):

- field-aware damage, for any field of any record of CONTROL, MASTIN and TRANSIN, by the
  kind of bytes the field should hold (:func:`damaged_fields`): spaces, X'00', X'FF'
  everywhere; in DISPLAY numbers letters (``O`` for a zero), a leading or trailing blank
  (``" 40410"``, ``"40410 "``), a sign (``"+4041"``, ``"4041-"``), an overpunch in an
  unsigned field (ASCII ``p``-``y``, EBCDIC-style ``{ A-I } J-R``), a decimal point, a bad
  zone (``:``) or a Latin-1 superscript digit (``²``: ``str.isdigit`` says yes); in COMP-3
  bad sign nibbles (0, 5, A, B, E, F) and digit nibbles A-F, DISPLAY digits written into the
  field; in text a leading blank, lower case, non-ASCII (Latin-1 ``É``, UTF-8 ``Ã©``), a
  no-break space or a tab for a blank, control bytes;
- raw damage: a bit or a byte flipped, bytes dropped from the middle of a file, bytes
  repeated (a duplicated record).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from hypothesis import strategies as st

from idrs_sandbox.oracle.strategies.damage import (
    ByteFlip,
    Damage,
    Dropped,
    FieldDamage,
    FieldSlot,
    Repeated,
    field_slots,
    record_length,
)
from idrs_sandbox.oracle.strategies.runs import draw_posting_run, runs
from idrs_sandbox.oracle.strategies.values import Run

DIRTY_ACCOUNTS = 6
DIRTY_CARDS = 4
"""A dirty run is small (the damage is what it tests): up to 6 accounts, 4 cards a TIN."""
DDNAMES = ("TRANSIN", "MASTIN", "TRANSIN", "MASTIN", "CONTROL")
"""The file a damage goes to: the deck and the master twice as often as the control card
(whose every numeric field abends the run at once, RULEBOOK §7)."""
BIT_MASKS = (0x01, 0x10, 0x20, 0x40, 0x80, 0xFF)
EBCDIC_POSITIVE = b"{ABCDEFGHI"
EBCDIC_NEGATIVE = b"}JKLMNOPQR"


def _at(clean: bytes, index: int, byte: bytes) -> bytes:
    """``clean`` with the byte at ``index`` replaced."""
    return clean[:index] + byte + clean[index + 1 :]


def _last_digit(clean: bytes) -> int:
    last = clean[-1:] or b"0"
    return last[0] & 0x0F if last[0] & 0x0F < 10 else 0


def display_number_dirt(clean: bytes) -> list[bytes]:
    """Damaged bytes for a DISPLAY numeric field that holds ``clean``."""
    size = len(clean)
    digits = clean.lstrip(b"0") or b"0"
    middle = size // 2
    d = _last_digit(clean)
    found = [
        digits.rjust(size),  # " 40410": blanks for leading zeros
        digits.ljust(size),  # "40410 ": left-justified, a trailing blank
        b" " + clean[1:],
        clean[:-1] + b" ",
        b"+" + clean[1:],  # "+4041": a leading sign
        b"-" + clean[1:],
        clean[1:] + b"+",  # a trailing separate sign
        clean[1:] + b"-",
        clean[:-1] + bytes([0x70 + d]),  # ASCII overpunch p-y (negative)
        clean[:-1] + EBCDIC_POSITIVE[d : d + 1],
        clean[:-1] + EBCDIC_NEGATIVE[d : d + 1],
        _at(clean, middle, b"O"),  # a letter O for a zero
        _at(clean, middle, b"A"),
        _at(clean, middle, b"."),
        _at(clean, middle, b","),
        _at(clean, middle, b" "),
        _at(clean, middle, b":"),  # zone 3, digit nibble A
        _at(clean, middle, b"\xb2"),  # Latin-1 superscript two
        _at(clean, middle, b"p"),  # an overpunch before the last byte
    ]
    return [value[:size].ljust(size) for value in found if value]


def packed_dirt(clean: bytes) -> list[bytes]:
    """Damaged bytes for a COMP-3 field that holds ``clean``."""
    size = len(clean)
    last = clean[-1] if clean else 0x0C
    signs = [clean[:-1] + bytes([(last & 0xF0) | nibble]) for nibble in (0, 5, 0xA, 0xB, 0xE, 0xF)]
    digit_nibbles = [
        _at(clean, index, bytes([(nibble << 4) | (clean[index] & 0x0F)]))
        for index in (0, size // 2)
        for nibble in (0xA, 0xF)
    ]
    low_digit = [_at(clean, size - 1, bytes([0xA0 | (last & 0x0F)]))]
    return [*signs, *digit_nibbles, *low_digit, b"0" * size, b"\x40" * size]


def text_dirt(clean: bytes) -> list[bytes]:
    """Damaged bytes for an alphanumeric field that holds ``clean``."""
    size = len(clean)
    first = clean[:1]
    found = [
        b" " + clean[:-1],  # a leading blank
        b"   " + clean[:-3],
        clean.lower(),
        b"\xc9" + clean[1:],  # Latin-1 E acute
        b"\xc3\xa9" + clean[2:],  # UTF-8 e acute, read as two Latin-1 characters
        clean.replace(b" ", b"\xa0"),  # no-break spaces for blanks
        clean.replace(b" ", b"\t"),
        first + b"\n" + clean[2:],
        first + b"\r" + clean[2:],
        first + b"\x1a" + clean[2:],
        first + b"\x85" + clean[2:],  # NEL: whitespace to Python's str.split
        clean.rstrip().replace(b" ", b"") + b"<" if clean.strip() else b"<",
    ]
    return [value[:size].ljust(size) for value in found]


def _candidates(slot: FieldSlot, clean: bytes) -> list[bytes]:
    size = slot.size
    common = [b" " * size, b"\x00" * size, b"\xff" * size]
    if slot.kind == "packed":
        return common + packed_dirt(clean)
    if slot.kind == "text":
        return common + text_dirt(clean)
    return common + display_number_dirt(clean)


def damaged_fields(slot: FieldSlot, clean: bytes) -> st.SearchStrategy[bytes]:
    """Bytes to write over ``slot`` instead of ``clean``: the damage its kind invites (mostly),
    or any bytes of its size."""
    candidates = list(dict.fromkeys(value for value in _candidates(slot, clean) if value != clean))
    return st.one_of(
        st.sampled_from(candidates),
        st.sampled_from(candidates),
        st.binary(min_size=slot.size, max_size=slot.size),
    )


@cache
def number_slots(ddname: str) -> tuple[FieldSlot, ...]:
    """The numeric fields of the records of ``ddname`` (DISPLAY or COMP-3)."""
    return tuple(slot for slot in field_slots(ddname) if slot.kind != "text")


def draw_field_damage(draw: st.DrawFn, ddname: str, file: bytes) -> FieldDamage:
    """Damage to one field of one record of ``file`` (which has at least one whole record)."""
    length = record_length(ddname)
    record = draw(st.integers(0, len(file) // length - 1))
    # Half the time a number: the fields POSTING.cbl tests NUMERIC, computes with or compares.
    slot = draw(
        st.sampled_from(number_slots(ddname) if draw(st.booleans()) else field_slots(ddname))
    )
    start = record * length + slot.offset
    data = draw(damaged_fields(slot, file[start : start + slot.size]))
    return FieldDamage(ddname, record, slot.name, data)


def draw_raw_damage(draw: st.DrawFn, ddname: str, file: bytes) -> Damage:
    """A bit or byte flipped, bytes dropped (a half-written record), bytes repeated."""
    length = record_length(ddname)
    offset = draw(st.integers(0, len(file) - 1))
    how = draw(st.sampled_from(("flip", "drop", "repeat record", "repeat")))
    if how == "flip":
        return ByteFlip(ddname, offset, draw(st.sampled_from(BIT_MASKS)))
    if how == "drop":
        return Dropped(ddname, offset, draw(st.integers(1, length)))
    if how == "repeat record":
        return Repeated(ddname, offset - offset % length, length)
    return Repeated(ddname, offset, draw(st.integers(1, length)))


def draw_damage(draw: st.DrawFn, files: dict[str, bytes | None]) -> Damage | None:
    """One damage to a file of ``files`` that has a whole record (None: none has one)."""
    choices = [dd for dd in DDNAMES if len(files.get(dd) or b"") >= record_length(dd)]
    if not choices:
        return None
    ddname = draw(st.sampled_from(choices))
    file = files[ddname] or b""
    if draw(st.integers(0, 3)) == 0:
        return draw_raw_damage(draw, ddname, file)
    return draw_field_damage(draw, ddname, file)


def draw_damages(draw: st.DrawFn, files: Mapping[str, bytes | None], most: int) -> list[Damage]:
    """One to ``most`` damages to ``files``, each drawn against the files as damaged so far."""
    current = dict(files)
    damages: list[Damage] = []
    for _ in range(draw(st.integers(1, most))):
        damage = draw_damage(draw, current)
        if damage is not None:
            damages.append(damage)
            current[damage.ddname] = damage.apply(current[damage.ddname] or b"")
    return damages


def damages(files: Mapping[str, bytes | None], most: int = 2) -> st.SearchStrategy[list[Damage]]:
    """Damages to ``files`` (the weeks state machine damages its deck and master)."""

    @st.composite
    def drawn(draw: st.DrawFn) -> list[Damage]:
        return draw_damages(draw, files, most)

    return drawn()


@cache
def dirty_runs(
    max_accounts: int = DIRTY_ACCOUNTS, max_cards: int = DIRTY_CARDS
) -> st.SearchStrategy[Run]:
    """Small posting runs (:func:`~.runs.posting_runs`) with one to three damages to their
    CONTROL, MASTIN or TRANSIN bytes (:func:`draw_damages`)."""

    @st.composite
    def drawn(draw: st.DrawFn) -> Run:
        run = draw_posting_run(draw, max_accounts, max_cards)
        return replace(run, damage=tuple(draw_damages(draw, run.inputs(), 3)))

    return drawn()


@cache
def oracle_runs() -> st.SearchStrategy[Run]:
    """What the oracle's properties draw, in the proportion of their budgets: a clean run
    (:func:`~.runs.runs`, three in four) or a dirty one (:func:`dirty_runs`). ``idrs oracle
    mutants`` hunts each mutant with it."""

    @st.composite
    def drawn(draw: st.DrawFn) -> Run:
        if draw(st.integers(0, 3)) == 3:
            return draw(dirty_runs())
        return draw(runs())

    return drawn()
