"""Level 66: ``66 name RENAMES first [THRU last]``, another name for bytes of the 01 record
before it.

Measured with cobc 3.1.2 (probe ``renames``): without THRU, a 66 that renames an elementary item
is that item under another name (``ADD 1 TO`` a 66 of a PIC 9(3) adds). A 66 that renames a
group, or a THRU range, is an alphanumeric ELEMENTARY item over the bytes from the start of
``first`` to the end of ``last`` (not a group: ``MOVE`` of an S9(3) -12 stores "012" and spaces,
where a group receives the bytes "01K"; a non-integer source is cobc's "invalid MOVE statement";
INITIALIZE fills it with spaces, REPLACING NUMERIC leaves it alone). The renamed items may not
have an OCCURS or be inside one; ``last`` may not come before ``first`` nor be inside it (cobc's
messages). A 66 is qualified by its record only (``name OF record``).

Refused, though cobc compiles them: a 66 that renames the 01 record itself (cobc 3.1.2 makes it
an item of no bytes: DISPLAY shows nothing); a 66 that renames one elementary item whose USAGE is
not DISPLAY. cobc 3.1.2 gives the
66 the item's PICTURE but reads and initialises it as DISPLAY, over the item's bytes (measured:
a 66 of an ``S9(3) COMP-3 VALUE -45`` shows ``+0\\x040`` and changes the item to ``+043`` before
any statement runs), which no program can mean.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from idrs_sandbox.cobol.data_division import DataItem, PictureClause, RenamesItem
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.records import layout as rl
from idrs_sandbox.records.picture import parse_picture

_Placed = tuple[DataItem, rl.FieldLayout, tuple[str, ...], bool]


def _placed(
    item: DataItem, layout: rl.FieldLayout, enclosing: tuple[str, ...], in_table: bool
) -> Iterator[_Placed]:
    """Every item of the record with its layout, enclosing names (inside out) and whether an
    OCCURS is on it or above it."""
    in_table = in_table or item.occurs is not None
    yield item, layout, enclosing, in_table
    inner = ((item.name or "FILLER").upper(), *enclosing)
    for child, child_layout in zip(item.children, layout.children, strict=True):
        yield from _placed(child, child_layout, inner, in_table)


def _find(
    placed: list[_Placed], written: str, entry: RenamesItem
) -> tuple[DataItem, rl.FieldLayout]:
    from idrs_sandbox.cobol.symbols import qualified  # symbols imports the data division

    name, *qualifiers = [part.strip().upper() for part in written.split(" OF ")]
    found = [
        (item, layout, in_table)
        for item, layout, enclosing, in_table in placed
        if (item.name or "").upper() == name and qualified(enclosing, qualifiers)
    ]
    if not found:
        raise CobolSemanticError(f"RENAMES item '{written}' is not defined", entry.origin)
    if len(found) > 1:
        raise CobolSemanticError(f"RENAMES item '{written}' is ambiguous", entry.origin)
    item, layout, in_table = found[0]
    if in_table:  # cobc 3.1.2's words
        message = f"RENAMES cannot start/end at the OCCURS item '{written}'"
        raise CobolSemanticError(message, entry.origin)
    return item, layout


def resolve_renames(record: DataItem, entry: RenamesItem) -> DataItem:
    """The level-66 item ``entry`` declares over ``record``'s bytes (``renamed`` set)."""
    from idrs_sandbox.cobol.copybook import layout_of  # copybook imports the data division

    placed = list(_placed(record, layout_of(record).root, (), False))
    first, first_layout = _find(placed, entry.first, entry)
    if first is record:
        message = (
            f"RENAMES of the record '{entry.first}' itself is not supported"
            " (cobc 3.1.2 makes it an item of no bytes)"
        )
        raise CobolSemanticError(message, entry.origin)
    start = first_layout.offset
    end = start + first_layout.size
    last = first
    if entry.last is not None:
        last, last_layout = _find(placed, entry.last, entry)
        if last is not first and any(last is below for below in first.walk()):
            message = f"THRU item '{entry.last}' may not be subordinate to '{entry.first}'"
            raise CobolSemanticError(message, entry.origin)
        if last_layout.offset < start:
            message = f"THRU item '{entry.last}' may not come before '{entry.first}'"
            raise CobolSemanticError(message, entry.origin)
        end = max(end, last_layout.offset + last_layout.size)
    if last is first and not first.is_group:
        if first_layout.usage is not rl.Usage.DISPLAY:
            message = (
                f"RENAMES of the {first_layout.usage.name.replace('_', '-')} item"
                f" '{entry.first}' is not"
                " supported (cobc 3.1.2 reads it as DISPLAY)"
            )
            raise CobolSemanticError(message, entry.origin)
        alias = replace(first, level=66, name=entry.name, origin=entry.origin)
        alias.value = alias.redefines = None
        alias.conditions, alias.children = [], []
    else:
        picture = PictureClause(parse_picture(f"X({end - start})"), entry.origin, entry.origin)
        alias = DataItem(66, entry.name, entry.origin, picture=picture)
    alias.renamed = (start, end - start)
    return alias
