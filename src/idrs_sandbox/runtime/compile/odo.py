"""The run-time length of an item that ends with an OCCURS ... DEPENDING ON table.

cobc 3.1.2 gives ``LENGTH OF`` and ``FUNCTION LENGTH`` of such an item (the table's group, or
the table's 01 record) from the DEPENDING ON item's value at that moment: the bytes before
the table plus one element's size times the count (testsuite 'CALL binary literal
parameter/LENGTH OF': ``01 MYTAB. 03 MYBYTE PIC X OCCURS 1 TO 20 DEPENDING ON MYOCC`` with
MYOCC 9 has LENGTH OF 9; probe ``odo_length``). The value is not checked against the OCCURS
bounds, as cobc without -debug. The storage stays laid out at the maximum; a reference to the
whole item (names.py entry_ref, file records too) has this run-time length, so MOVE, DISPLAY
and comparisons of it follow the count too (probe ``odo_group``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.runtime.compile.packed_adds import item_int_operand

if TYPE_CHECKING:
    from idrs_sandbox.cobol.data_division import OccursClause
    from idrs_sandbox.runtime.compile.expressions import Expressions
    from idrs_sandbox.runtime.data import DataEntry

_QUALIFIER = re.compile(r"\s+(?:OF|IN)\s+", re.IGNORECASE)


def odo_length(c: Expressions, entry: DataEntry) -> str | None:
    """Python code for ``entry``'s length when it ends with an OCCURS DEPENDING ON table (the
    table itself counts for its element: LENGTH OF an occurrence); None when it has none."""
    found = _ending_table(entry)
    if found is None:
        return None
    table, occurs, start, stride = found
    assert occurs.depending_on is not None  # _ending_table's test
    name, *qualifiers = _QUALIFIER.split(occurs.depending_on.strip())
    count = ast.Identifier(name, tuple(qualifiers), (), None, table.origin)
    # cobc reads the count as codegen's output_integer does (an unsigned DISPLAY count with
    # cob_get_numdisp: only '1'..'9' count, so "#" is 0; probe odo_file_records).
    number = item_int_operand(c, count) or c.integer(count)  # type: ignore[arg-type]
    return f"({start} + {stride} * ({number}))"


def odo_minimum(entry: DataEntry) -> int | None:
    """The size of ``entry`` with its OCCURS DEPENDING ON table at the minimum count (cobc
    finalize_file's record minimum: the table's offset plus that many elements); None when it
    ends with no such table (then, as for :func:`odo_length`, its size is fixed)."""
    found = _ending_table(entry)
    if found is None:
        return None
    _, occurs, start, stride = found
    return start + stride * (occurs.minimum or 0)


def _ending_table(entry: DataEntry) -> tuple[DataEntry, OccursClause, int, int] | None:
    """The OCCURS DEPENDING ON table ``entry`` ends with, its clause, its offset in ``entry``
    and its element's size; None when there is none, or when something follows it."""
    table = _last_table(entry)
    if table is None or table.item is None or table.item.occurs is None:
        return None
    occurs = table.item.occurs
    if occurs.depending_on is None:
        return None
    stride = table.dims[-1][0]
    start = table.offset - entry.offset
    if start + stride * table.dims[-1][1] != entry.size:  # something follows the table
        return None
    return table, occurs, start, stride


def _last_table(entry: DataEntry) -> DataEntry | None:
    """The ODO table ``entry`` ends with: its last child, or that child's last child...; an
    entry inside another table is left alone (its length is an occurrence's)."""
    if len(entry.dims) > 0:
        return None
    node = entry
    while node.children:
        node = node.children[-1]
        if node.dims:
            return node if len(node.dims) == 1 else None
    return None
