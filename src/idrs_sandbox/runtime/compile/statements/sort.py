"""Statement generator: SORT of a table in place (probe sort_table).

GnuCOBOL 3.1.2 (libcob cob_table_sort) sorts the occurrences with qsort, comparing key by key:
numeric keys by value, the others byte by byte; glibc's qsort is a merge sort, so occurrences
with equal keys keep their order, as Python's sort does. Without an ON ... KEY phrase the keys
of the table's own ASCENDING / DESCENDING KEY clause are used. The table's size is its OCCURS
maximum, or the DEPENDING ON item's value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.runtime import storage
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.data import DataEntry
from idrs_sandbox.runtime.fields import Category

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler

SortSpec = tuple[int, int, Callable[[Any, int], int] | None, bool]
"""(offset in the occurrence, size, numeric reader or None for bytes, descending)."""


def sort_table(
    buffer: bytearray, base: int, stride: int, count: int, keys: Sequence[SortSpec]
) -> None:
    """Reorder ``count`` occurrences of ``stride`` bytes at ``buffer[base:]`` by ``keys``."""
    if count <= 1:
        return
    rows = [bytes(buffer[base + i * stride : base + (i + 1) * stride]) for i in range(count)]
    for offset, size, read, descending in reversed(keys):  # stable: least significant first
        rows.sort(key=_key_function(offset, size, read), reverse=descending)
    buffer[base : base + count * stride] = b"".join(rows)


def _key_function(
    offset: int, size: int, read: Callable[[Any, int], int] | None
) -> Callable[[bytes], Any]:
    if read is None:
        return lambda row: row[offset : offset + size]
    return lambda row: read(row, offset)


@generates(ast.SortTable)
def sort_stmt(c: Compiler, node: ast.SortTable) -> None:
    table = _entry(c, node.table)
    if len(table.dims) != 1:
        raise CobolSemanticError(
            f"SORT: '{node.table.name}' must be a table of one dimension here", node.origin
        )
    stride, maximum = table.dims[-1]
    occurs = getattr(table.item, "occurs", None)
    count = str(maximum)
    if occurs is not None and occurs.depending_on is not None:
        parts = occurs.depending_on.split(" OF ")
        depending = ast.Identifier(parts[0], tuple(parts[1:]), (), None, node.origin)
        count = c.integer(depending)
    named_keys = _keys(node)
    if not named_keys and occurs is not None:
        named_keys = [
            (key.ascending, ast.TableName(key.name, (), node.origin)) for key in occurs.keys
        ]
    keys = [_key_spec(c, table, name, ascending, node.origin) for ascending, name in named_keys]
    if not keys:
        raise CobolSemanticError(
            f"SORT {node.table.name} needs ON ASCENDING / DESCENDING KEY (the table has no KEY)",
            node.origin,
        )
    sorter = c.const(sort_table, "_ts")
    specs = c.const(tuple(keys), "_k")
    c.out.line(f"{sorter}(B{table.area.index}, {table.offset}, {stride}, {count}, {specs})")


def _entry(c: Compiler, name: ast.TableName) -> DataEntry:
    named = c.lookup(name.identifier())
    if not isinstance(named, DataEntry) or not named.is_table:
        raise CobolSemanticError(f"SORT: '{name.name}' is not a table (no OCCURS)", name.origin)
    return named


def _keys(node: ast.SortTable) -> list[tuple[bool, ast.TableName]]:
    """The keys in order; ``ON ASCENDING KEY`` without a name sorts on the whole occurrence
    (cobc accepts it, testsuite "SORT: table sort")."""
    keys: list[tuple[bool, ast.TableName]] = []
    for key in node.keys:
        keys.extend((key.ascending, name) for name in key.names or (node.table,))
    return keys


def _key_spec(
    c: Compiler, table: DataEntry, name: ast.TableName, ascending: bool, origin: Origin
) -> SortSpec:
    key = _entry_of(c, name, table)
    if not any(ancestor is table for ancestor in key.ancestors()) and key is not table:
        raise CobolSemanticError(f"SORT key '{name.name}' is not in the table", name.origin)
    offset = key.offset - table.offset
    numeric = key.ftype.category is Category.NUMERIC
    read = storage.reader(key.ftype) if numeric else None
    return (offset, key.size, read, not ascending)


def _entry_of(c: Compiler, name: ast.TableName, table: DataEntry) -> DataEntry:
    """A key is a name of the table's occurrence: when it is ambiguous, the one under the
    table is meant (testsuite "SORT: table sort (3)")."""
    candidates = c.model.candidates(name.name, name.qualifiers)
    if len(candidates) > 1 and table.name is not None:
        chain = [table.name, *(a.name for a in table.ancestors() if a.name is not None)]
        name = ast.TableName(name.name, (*name.qualifiers, *chain), name.origin)
    named = c.lookup(name.identifier())
    if not isinstance(named, DataEntry):
        raise CobolSemanticError(f"SORT key '{name.name}' is not a data item", name.origin)
    return named
