"""Statement generators: SORT of a table in place (probe sort_table); SORT and MERGE of an SD
file, RELEASE and RETURN (runtime/sortfiles.py; probes sort_file_using, sort_file_procedures).

GnuCOBOL 3.1.2 (libcob cob_table_sort) sorts the occurrences with qsort, comparing key by key:
numeric keys by value, the others byte by byte; glibc's qsort is a merge sort, so occurrences
with equal keys keep their order, as Python's sort does. Without an ON ... KEY phrase the keys
of the table's own ASCENDING / DESCENDING KEY clause are used. The table's size is its OCCURS
maximum, or the DEPENDING ON item's value.

A file SORT is compiled as cobc's typeck.c does (cb_emit_sort_init / _using / _input /
_giving / _output / _finish): start the sort, feed it (each USING file, or PERFORM the INPUT
PROCEDURE once), drain it (the GIVING files, or PERFORM the OUTPUT PROCEDURE once), close it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.runtime import storage
from idrs_sandbox.runtime.compile.statements.io import _status, _unhandled, file_var
from idrs_sandbox.runtime.compile.statements.registry import GENERATORS, generates
from idrs_sandbox.runtime.data import DataEntry, FileEntry
from idrs_sandbox.runtime.fields import Category, alphanumeric
from idrs_sandbox.runtime.sortfiles import SortSpec, sort_table

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


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
    collating = node.collating if node.collating is not None else c.program.collating
    collation = "None" if collating is None else c.const(collating, "_b")
    area = f"B{table.area.index}"
    c.out.line(f"{sorter}({area}, {table.offset}, {stride}, {count}, {specs}, {collation})")


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


# ---------------------------------------------------------------------------------------------
# SORT / MERGE of a file


@generates(ast.SortFile)
def sort_file_stmt(c: Compiler, node: ast.SortFile) -> None:
    verb = "MERGE" if node.merge else "SORT"
    var, entry = _sort_file(c, node.file, node.origin, verb)
    if node.merge and node.input_procedure is not None:
        raise CobolSemanticError("INPUT PROCEDURE invalid with MERGE", node.origin)
    if not node.using and node.input_procedure is None:
        raise CobolSemanticError(f"file {verb} requires USING or INPUT PROCEDURE", node.origin)
    if not node.giving and node.output_procedure is None:
        raise CobolSemanticError(f"file {verb} requires GIVING or OUTPUT PROCEDURE", node.origin)
    keys = [_file_key_spec(c, entry, name, ascending) for ascending, name in _file_keys(node)]
    if not keys:
        raise CobolSemanticError(f"file {verb} requires KEY phrase", node.origin)
    status = c.temp()
    collating = node.collating if node.collating is not None else c.program.collating
    collation = "None" if collating is None else c.const(collating, "_b")
    c.out.line(f"{status} = {var}.begin({c.const(tuple(keys), '_k')}, {collation})")
    _status(c, entry, status)
    for name in node.using:
        c.out.line(f"{var}.using({_data_file(c, name, node.origin, 'USING')})")
    if node.input_procedure is not None:
        _perform(c, node.input_procedure, node.origin)
    if node.giving:
        targets = ", ".join(_data_file(c, name, node.origin, "GIVING") for name in node.giving)
        c.out.line(f"{var}.giving(({targets},))")
    if node.output_procedure is not None:
        _perform(c, node.output_procedure, node.origin)
    c.out.line(f"{status} = {var}.finish()")
    _status(c, entry, status)


def _sort_file(c: Compiler, name: str, origin: Origin, verb: str) -> tuple[str, FileEntry]:
    var, entry = file_var(c, name, origin)
    if not entry.declaration.sort:
        raise CobolSemanticError(f"{verb}: '{name}' is not a sort file (SD)", origin)
    return var, entry


def _data_file(c: Compiler, name: str, origin: Origin, phrase: str) -> str:
    var, entry = file_var(c, name, origin)
    if entry.declaration.sort:
        raise CobolSemanticError(f"invalid SORT {phrase} parameter: '{name}' is an SD", origin)
    return var


def _perform(
    c: Compiler, procedure: tuple[ast.ProcedureName, ast.ProcedureName | None], origin: Origin
) -> None:
    """INPUT / OUTPUT PROCEDURE: a PERFORM of the range, once (cobc cb_build_perform_once)."""
    start, end = procedure
    GENERATORS[ast.PerformProcedure](c, ast.PerformProcedure(start, end, None, origin))


def _file_keys(node: ast.SortFile) -> list[tuple[bool, ast.TableName]]:
    """``ON ASCENDING KEY`` without a name sorts on the whole record (cobc's CB_VALUE = the
    file, measured: probe sort_file_using)."""
    keys: list[tuple[bool, ast.TableName]] = []
    for key in node.keys:
        if not key.names:
            raise CobolSemanticError("SORT KEY without a data name", node.origin)
        keys.extend((key.ascending, name) for name in key.names)
    return keys


def _file_key_spec(c: Compiler, entry: FileEntry, name: ast.TableName, ascending: bool) -> SortSpec:
    key = c.lookup(name.identifier())
    if not isinstance(key, DataEntry) or key.file is not entry.declaration:
        raise CobolSemanticError(
            f"SORT key '{name.name}' is not a field of the SD {entry.declaration.name}",
            name.origin,
        )
    if key.dims:
        raise CobolSemanticError(f"SORT key '{name.name}' may not be in a table", name.origin)
    numeric = key.ftype.category is Category.NUMERIC
    read = storage.reader(key.ftype) if numeric else None
    return (key.offset, key.size, read, not ascending)


@generates(ast.Release)
def release_stmt(c: Compiler, node: ast.Release) -> None:
    record = c.ref(node.record)
    declaration = record.entry.file
    if declaration is None or not declaration.sort:
        raise CobolSemanticError(
            f"RELEASE: '{node.record.name}' is not a record of a sort file (SD)", node.origin
        )
    var, entry = file_var(c, declaration.name, node.origin)
    if node.source is not None:
        c.move(node.source, record)
    status = c.temp()
    c.out.line(f"{status} = {var}.release()")
    _sort_status(c, var, entry, status)
    _unhandled(c, entry, status, node.origin, True)


def _sort_status(c: Compiler, var: str, entry: FileEntry, status: str) -> None:
    """The SD's FILE STATUS item gets RELEASE's and RETURN's status only inside a SORT: libcob
    finds the item through the sort under way (probe sort_file_procedures: outside one the
    item keeps its value, and without a FILE STATUS the run stops with status 30)."""
    if entry.status is not None:
        with c.out.block(f"if {var}.rows is not None:"):
            _status(c, entry, status)


@generates(ast.Return)
def return_stmt(c: Compiler, node: ast.Return) -> None:
    var, entry = _sort_file(c, node.file, node.origin, "RETURN")
    status = c.temp()
    c.out.line(f"{status} = {var}.retrieve()")
    _sort_status(c, var, entry, status)
    _unhandled(c, entry, status, node.origin, node.at_end is not None)
    if node.into is not None:
        with c.out.block(f"if {status} < b'10':"):
            size = entry.record_size
            record = f"B{entry.area.index}[0:{size}]"
            c._move_from_bytes(record, alphanumeric(size), size, c.ref(node.into))
    if node.at_end is not None:
        with c.out.block(f"if {status} == b'10':"):
            c.statements(node.at_end)
        if node.not_at_end is not None:
            with c.out.block(f"elif {status} < b'10':"):
                c.statements(node.not_at_end)
    elif node.not_at_end is not None:
        with c.out.block(f"if {status} < b'10':"):
            c.statements(node.not_at_end)
