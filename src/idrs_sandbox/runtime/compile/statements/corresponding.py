"""MOVE / ADD / SUBTRACT CORRESPONDING: which subordinate items of two groups correspond.

The statement is expanded into one ordinary MOVE / ADD / SUBTRACT per pair (data.py,
arithmetic.py), so every semantic of those generators (dirty data, sizes, the integer
shortcut of ADD) is reused. The rules are cobc 3.1.2's (typeck.c emit_corresponding /
emit_move_corresponding, measured in probes corr_*): the children of both groups are paired
by name, depth first, in the order of the first group; an item with REDEFINES or its own
OCCURS is skipped with everything under it, and so is FILLER; two groups with the same name
are paired item by item below; otherwise the pair is used when, for MOVE, either is
elementary, and for ADD / SUBTRACT, both are numeric (a numeric-edited or alphanumeric item
is not). No pair at all is no statement (cobc: "warning: no CORRESPONDING items found")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.data import DataEntry
from idrs_sandbox.runtime.fields import Category

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


def corresponding_pairs(
    c: Compiler, source: ast.Operand, target: ast.Identifier, numeric: bool
) -> list[tuple[ast.Identifier, ast.Identifier]]:
    """The (source item, target item) references that correspond, as qualified identifiers."""
    if not isinstance(source, ast.Identifier):
        raise CobolSemanticError("CORRESPONDING needs a group item, not a literal", target.origin)
    groups = []
    for ident in (source, target):
        if ident.refmod is not None:
            raise CobolSemanticError(
                f"'{ident.display_name()}' CORRESPONDING cannot be reference-modified",
                ident.origin,
            )
        entry = c.lookup(ident)
        if not isinstance(entry, DataEntry) or not entry.children:
            raise CobolSemanticError(
                f"'{ident.display_name()}' is not a group item: CORRESPONDING needs groups",
                ident.origin,
            )
        groups.append(entry)
    found: list[tuple[ast.Identifier, ast.Identifier]] = []
    _pair(groups[0], groups[1], (), source, target, numeric, found)
    return found


def _candidates(group: DataEntry) -> list[DataEntry]:
    return [
        child
        for child in group.children
        if child.name is not None
        and child.name.upper() != "FILLER"
        and not child.redefines
        and len(child.dims) == len(group.dims)
        and child.level not in (66, 77, 88)
    ]


def _pair(
    first: DataEntry,
    second: DataEntry,
    path: tuple[str, ...],
    source: ast.Identifier,
    target: ast.Identifier,
    numeric: bool,
    found: list[tuple[ast.Identifier, ast.Identifier]],
) -> None:
    for one in _candidates(first):
        assert one.name is not None
        for other in _candidates(second):
            if other.name is None or other.name.upper() != one.name.upper():
                continue
            inner = (one.name, *path)
            if one.children and other.children:
                _pair(one, other, inner, source, target, numeric, found)
                continue
            if numeric and not (_numeric(one) and _numeric(other)):
                continue
            found.append((_below(source, inner), _below(target, inner)))


def _numeric(entry: DataEntry) -> bool:
    return not entry.children and entry.ftype.category is Category.NUMERIC


def _below(group: ast.Identifier, names: tuple[str, ...]) -> ast.Identifier:
    """``NAME OF inner ... OF group [OF its qualifiers] (group's subscripts)``."""
    return ast.Identifier(
        names[0],
        (*names[1:], group.name, *group.qualifiers),
        group.subscripts,
        None,
        group.origin,
    )
