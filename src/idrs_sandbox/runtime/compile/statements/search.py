"""Statement generators: SEARCH (serial) and SEARCH ALL (binary), probe ``search_table``.

GnuCOBOL 3.1.2's rules, as its generated C code applies them:

- SEARCH uses the table's first INDEXED BY index (or the VARYING item when it is one of them)
  from its current value: while it is not above the table's size (the DEPENDING ON item's
  value for OCCURS ... DEPENDING ON), the WHENs are tested in order and the first true one runs;
  otherwise the index goes up by 1. A VARYING item that is not an index of the table is set to
  the occurrence number each time.
  Past the end, AT END runs.
- SEARCH ALL halves the range 1..size: the middle occurrence is set into the first index and
  the WHEN condition tested; if it is false, the ``KEY = value`` relations of the condition,
  taken in the order of the table's KEY clause, say which half to keep (an ASCENDING key
  below its value keeps the upper half). An empty range runs AT END.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.cobol.procedure import resolve_condition
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import Num
from idrs_sandbox.runtime.data import DataEntry

if TYPE_CHECKING:
    from idrs_sandbox.cobol.data_division import OccursClause
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.Search)
def search_stmt(c: Compiler, node: ast.Search) -> None:
    occurs = _occurs(c, node.table)
    index = _index(occurs, node)
    size = _size(c, occurs, node)
    if node.all:
        _binary(c, node, occurs, index, size)
    else:
        _serial(c, node, index, size)


def _occurs(c: Compiler, table: ast.TableName) -> OccursClause:
    named = c.lookup(table.identifier())
    item = named.item if isinstance(named, DataEntry) else None
    occurs = getattr(item, "occurs", None)
    if occurs is None:
        raise CobolSemanticError(f"SEARCH: '{table.name}' is not a table (no OCCURS)", table.origin)
    result: OccursClause = occurs
    return result


def _ident(name: str, origin: Origin) -> ast.Identifier:
    parts = name.split(" OF ")
    return ast.Identifier(parts[0], tuple(parts[1:]), (), None, origin)


def _index(occurs: OccursClause, node: ast.Search) -> ast.Identifier:
    names = [name.upper() for name in occurs.indexed_by]
    if node.varying is not None and node.varying.name.upper() in names:
        return node.varying
    if not names:
        raise CobolSemanticError(
            f"SEARCH needs a table with INDEXED BY ('{node.table.name}' has none)", node.origin
        )
    return _ident(occurs.indexed_by[0], node.origin)


def _size(c: Compiler, occurs: OccursClause, node: ast.Search) -> str:
    if occurs.depending_on is None:
        return str(occurs.maximum)
    return c.integer(_ident(occurs.depending_on, node.origin))


def _up(c: Compiler, targets: tuple[ast.Identifier, ...], origin: Origin) -> None:
    one = ast.NumericLiteral("1", Decimal(1), origin)
    c.statements((ast.SetUpDown(targets, True, one, origin),))


def _serial(c: Compiler, node: ast.Search, index: ast.Identifier, size: str) -> None:
    with c.out.block("while True:"):
        position = c.temp()
        c.out.line(f"{position} = {c.integer(index)}")
        if node.varying is not None and node.varying is not index:
            # cobc keeps a VARYING item that is not an index equal to the occurrence number
            # (probe search_table: from 0, it shows 04 when the 4th occurrence matched).
            c.store_numeric(node.varying, Num(position, 0), False, None)
        with c.out.block(f"if {position} > {size}:"):
            c.statements(node.at_end or ())
            c.out.line("break")
        for when in node.whens:
            with c.out.block(f"if {c.condition(when.condition)}:"):
                c.statements(when.statements)
                c.out.line("break")
        _up(c, (index,), node.origin)


def _binary(
    c: Compiler, node: ast.Search, occurs: OccursClause, index: ast.Identifier, size: str
) -> None:
    low, high, middle = c.temp(), c.temp(), c.temp()
    c.out.line(f"{low} = 1")
    c.out.line(f"{high} = {size}")
    with c.out.block("while True:"):
        with c.out.block(f"if {low} > {high}:"):
            c.statements(node.at_end or ())
            c.out.line("break")
        c.out.line(f"{middle} = ({low} + {high}) // 2")
        c.store_numeric(index, Num(middle, 0), False, None)
        when = node.whens[0]
        with c.out.block(f"if {c.condition(when.condition)}:"):
            c.statements(when.statements)
            c.out.line("break")
        _direction(c, _key_relations(c, when.condition, occurs), low, high, middle)


def _key_relations(
    c: Compiler, condition: ast.Condition, occurs: OccursClause
) -> list[tuple[ast.Expr, ast.Expr, bool]]:
    """(key reference, value, ascending) for each KEY = value of the WHEN, in KEY order."""
    found: dict[str, tuple[ast.Expr, ast.Expr]] = {}

    def walk(part: ast.Condition) -> None:
        if isinstance(part, ast.And):
            walk(part.left)
            walk(part.right)
        elif isinstance(part, ast.Relation) and part.op == "=" and not part.negated:
            for key, value in ((part.left, part.right), (part.right, part.left)):
                if isinstance(key, ast.Identifier):
                    found.setdefault(key.name.upper(), (key, value))

    walk(resolve_condition(condition, c._is_condition_name))
    relations = []
    for key in occurs.keys:
        if key.name.upper() in found:
            reference, value = found[key.name.upper()]
            relations.append((reference, value, key.ascending))
    return relations


def _direction(
    c: Compiler, keys: list[tuple[ast.Expr, ast.Expr, bool]], low: str, high: str, middle: str
) -> None:
    if not keys:
        c.out.line(f"{high} = {middle} - 1")
        return
    (reference, value, ascending), rest = keys[0], keys[1:]
    below = c.relation(reference, "<" if ascending else ">", value)
    with c.out.block(f"if {below}:"):
        c.out.line(f"{low} = {middle} + 1")
    with c.out.block("else:"):
        above = c.relation(reference, ">" if ascending else "<", value)
        with c.out.block(f"if {above}:"):
            c.out.line(f"{high} = {middle} - 1")
        with c.out.block("else:"):
            _direction(c, rest, low, high, middle)
