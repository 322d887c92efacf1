"""STRING, UNSTRING and INSPECT on bytes (ISO COBOL rules, as GnuCOBOL 3.1.2 applies them).

The generated code hands over the bytes of the items involved and writes the results back, so
these functions know nothing about storage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# STRING


def delimited(source: bytes, delimiter: bytes | None) -> bytes:
    """A STRING source up to (not including) the first occurrence of its delimiter."""
    if delimiter is None:
        return bytes(source)
    data = bytes(source)
    cut = data.find(bytes(delimiter)) if delimiter else -1
    return data if cut < 0 else data[:cut]


def string_into(pieces: Sequence[bytes], target: bytearray, pointer: int) -> tuple[int, bool]:
    """Copy the delimited pieces into ``target`` from ``pointer`` (1-based); the rest of the
    target is left as it was. Returns (new pointer, overflow)."""
    size = len(target)
    if pointer < 1 or pointer > size:
        return pointer, True
    position = pointer - 1
    for piece in pieces:
        for byte in piece:
            if position >= size:
                return position + 1, True
            target[position] = byte
            position += 1
    return position + 1, False


# ---------------------------------------------------------------------------------------------
# UNSTRING


@dataclass
class UnstringPart:
    """What one receiving item gets: its data, the delimiter that ended it, the count."""

    data: bytes
    delimiter: bytes
    count: int


@dataclass
class UnstringResult:
    parts: list[UnstringPart]
    pointer: int
    overflow: bool


def unstring(
    source: bytes,
    delimiters: Sequence[tuple[bytes, bool]],
    sizes: Sequence[int],
    pointer: int = 1,
) -> UnstringResult:
    """Split ``source`` into at most ``len(sizes)`` parts.

    With delimiters, each part runs to the earliest delimiter (the first listed wins a tie);
    ``ALL`` swallows repeats. Without delimiters a part is as long as its receiving item.
    Receivers beyond the data are not touched (no part for them)."""
    data = bytes(source)
    end = len(data)
    position = pointer - 1
    if position < 0 or position >= end:
        return UnstringResult([], pointer, True)
    parts: list[UnstringPart] = []
    for size in sizes:
        if position >= end:
            break
        if not delimiters:
            chunk = data[position : position + size]
            parts.append(UnstringPart(chunk, b"", len(chunk)))
            position += len(chunk)
            continue
        found, delimiter, repeat = _next_delimiter(data, position, delimiters)
        if found < 0:
            chunk = data[position:]
            parts.append(UnstringPart(chunk, b"", len(chunk)))
            position = end
            continue
        chunk = data[position:found]
        position = found + len(delimiter)
        if repeat:
            while delimiter and data.startswith(delimiter, position):
                position += len(delimiter)
        parts.append(UnstringPart(chunk, delimiter, len(chunk)))
    return UnstringResult(parts, position + 1, position < end)


def _next_delimiter(
    data: bytes, start: int, delimiters: Sequence[tuple[bytes, bool]]
) -> tuple[int, bytes, bool]:
    best = -1
    chosen = b""
    repeat = False
    for delimiter, all_ in delimiters:
        if not delimiter:
            continue
        where = data.find(delimiter, start)
        if where >= 0 and (best < 0 or where < best):
            best, chosen, repeat = where, bytes(delimiter), all_
    return best, chosen, repeat


# ---------------------------------------------------------------------------------------------
# INSPECT


@dataclass(frozen=True)
class Region:
    """BEFORE / AFTER INITIAL delimiter of one INSPECT phrase."""

    before: bool
    delimiter: bytes


def region_bounds(data: bytes, regions: Sequence[Region]) -> tuple[int, int]:
    """The part of ``data`` a phrase looks at: after the first AFTER delimiter (nothing when it
    does not occur), up to the first BEFORE delimiter after that (the end when it does not)."""
    start, stop = 0, len(data)
    for region in regions:
        if not region.before:
            where = data.find(region.delimiter)
            if where < 0:
                return stop, stop
            start = max(start, where + len(region.delimiter))
    for region in regions:
        if region.before:
            where = data.find(region.delimiter, start)
            if where >= 0:
                stop = min(stop, where)
    return start, stop


@dataclass(frozen=True)
class TallyPhrase:
    counter: int  # which counter of the statement it adds to
    kind: str  # CHARACTERS, ALL, LEADING, TRAILING
    pattern: bytes
    regions: tuple[Region, ...]


def _trailing_matches(
    source: bytes, phrases: Sequence[TallyPhrase | ReplacePhrase], bounds: list[tuple[int, int]]
) -> list[frozenset[int]]:
    """Where each TRAILING phrase may match: the contiguous occurrences of its pattern that end
    its region, found from the end backwards (libcob inspect.c, INSPECT_TRAILING)."""
    found: list[frozenset[int]] = []
    for phrase, (start, stop) in zip(phrases, bounds, strict=True):
        positions: set[int] = set()
        size = len(phrase.pattern)
        if phrase.kind == "TRAILING" and size:
            at = stop - size
            while at >= start and source.startswith(phrase.pattern, at):
                positions.add(at)
                at -= size
        found.append(frozenset(positions))
    return found


def inspect_tallying(data: bytes, phrases: Sequence[TallyPhrase], counters: int) -> list[int]:
    """Counts per counter. One left-to-right scan; at each position the phrases are tried in
    order and the first that matches is counted (LEADING only while matches are contiguous
    from the start of its region)."""
    source = bytes(data)
    bounds = [region_bounds(source, p.regions) for p in phrases]
    counts = [0] * counters
    leading_next = [start for start, _ in bounds]
    trailing = _trailing_matches(source, phrases, bounds)
    position = 0
    while position < len(source):
        matched = 0
        for index, phrase in enumerate(phrases):
            start, stop = bounds[index]
            length = 1 if phrase.kind == "CHARACTERS" else len(phrase.pattern)
            if position < start or position + length > stop or length == 0:
                continue
            if phrase.kind == "LEADING" and leading_next[index] != position:
                continue
            if phrase.kind == "TRAILING" and position not in trailing[index]:
                continue
            if phrase.kind != "CHARACTERS" and not source.startswith(phrase.pattern, position):
                continue
            counts[phrase.counter] += 1
            if phrase.kind == "LEADING":
                leading_next[index] = position + length
            matched = length
            break
        position += matched or 1
    return counts


@dataclass(frozen=True)
class ReplacePhrase:
    kind: str  # CHARACTERS, ALL, LEADING, FIRST, TRAILING
    pattern: bytes
    by: bytes
    regions: tuple[Region, ...]


def inspect_replacing(data: bytes, phrases: Sequence[ReplacePhrase]) -> bytes:
    """REPLACING: one scan like TALLYING; a match is replaced in place (same length)."""
    source = bytes(data)
    out = bytearray(source)
    bounds = [region_bounds(source, p.regions) for p in phrases]
    leading_next = [start for start, _ in bounds]
    trailing = _trailing_matches(source, phrases, bounds)
    first_done = [False] * len(phrases)
    position = 0
    while position < len(source):
        matched = 0
        for index, phrase in enumerate(phrases):
            start, stop = bounds[index]
            length = 1 if phrase.kind == "CHARACTERS" else len(phrase.pattern)
            if position < start or position + length > stop or length == 0:
                continue
            if phrase.kind == "LEADING" and leading_next[index] != position:
                continue
            if phrase.kind == "FIRST" and first_done[index]:
                continue
            if phrase.kind == "TRAILING" and position not in trailing[index]:
                continue
            if phrase.kind != "CHARACTERS" and not source.startswith(phrase.pattern, position):
                continue
            out[position : position + length] = phrase.by[:length].ljust(length)
            if phrase.kind == "LEADING":
                leading_next[index] = position + length
            first_done[index] = True
            matched = length
            break
        position += matched or 1
    return bytes(out)


def inspect_converting(
    data: bytes, source: bytes, target: bytes, regions: Sequence[Region]
) -> bytes:
    """CONVERTING: every byte of ``source`` found in the region becomes the byte at the same
    place in ``target`` (the first occurrence of a repeated byte in ``source`` wins)."""
    text = bytes(data)
    start, stop = region_bounds(text, regions)
    table = conversion_table(bytes(source), bytes(target))
    return text[:start] + text[start:stop].translate(table) + text[stop:]


def conversion_table(source: bytes, target: bytes) -> bytes:
    """The ``bytes.translate`` table of CONVERTING ``source`` TO ``target``: the first
    occurrence of a repeated byte in ``source`` wins."""
    table = list(range(256))
    seen: set[int] = set()
    for old, new in zip(source, target.ljust(len(source)), strict=False):
        if old not in seen:
            table[old] = new
            seen.add(old)
    return bytes(table)
