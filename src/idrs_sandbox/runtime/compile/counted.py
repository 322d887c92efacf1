"""Counted loops up to an item, and bytes read once per loop instead of once per use.

``PERFORM 2410-MATCH-MODULE VARYING TA-MX FROM 1 BY 1 UNTIL TA-MX > TA-MODULE-COUNT`` was a
``while`` loop that read TA-MODULE-COUNT (its shadow tested against None), stepped the index
with its 32-bit wrap test, and in every turn sliced ``TA-TAX-PERIOD (TA-MX)`` and
``WS-TAX-PERIOD`` twice (one IF tests ``=``, the next ``<``). When the loop is a plain count
it is written here as a Python ``for`` over a range computed once:

- one VARYING clause tested before, FROM an integer literal, BY 1, UNTIL ``v > item`` where
  ``v`` is the varying item (promoted: held as a Python int) and ``item`` an integer numeric
  item without subscript or reference modification;
- the body (the statements of an inline PERFORM, or of the one paragraph written in place by
  inline.py) holds only data and decision statements (MOVE, SET, arithmetic, IF, EVALUATE,
  CONTINUE) and none of them stores into ``v`` or into any byte of the
  limit's record area unless it is an unsubscripted item clear of the limit (an element out
  of range could land on it: cobc without -debug stores there), so the limit's value, read
  by the same code the UNTIL test uses, is the same at every test;
- ``v`` can hold every value the count reaches: an index (4 bytes), or an unsigned integer
  with two digits more than the limit item (libcob's compare value of invalid DISPLAY bytes
  stays below 23 * 10**digits: cob_cmp_numdisp adds byte - '0' per digit).

After the loop ``v`` is ``max(from, limit + 1)``, what the COBOL loop leaves in it.

Inside the loop, an item read in the conditions of the body's IF statements is sliced once:

- before the loop when its place is fixed (no subscript, or literal ones);
- at the top of each turn when it is subscripted by ``v`` (and literals), in a copy of the
  body written for ``from <= v <= n`` (n the smallest OCCURS ``v`` subscripts in the body:
  there the offsets need no range test); read twice or more in those conditions. Outside that
  range the body is written as before (range tests, cobc's neighbouring bytes or --debug's
  stop).

Only items of areas that no statement of the body stores into (promoted items are numbers,
not bytes, and do not count), not overlapping a promoted item, not in an area holding a
table kept as a list (compile/tables.py: its bytes are written back on demand). Every read of
such an item in the body then uses the slice (``Names.slice``, through
``Emission.byte_reads``): the bytes it would have read, since nothing writes them in between.
Probe ``speed_counted``."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.checks import receivers
from idrs_sandbox.runtime.compile.values import _integer_literal, _walk_statements
from idrs_sandbox.runtime.data import ConditionEntry, DataEntry, IndexEntry, Named
from idrs_sandbox.runtime.fields import Category, FieldType, Usage

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler

_PLAIN = (
    ast.Move,
    ast.SetTo,
    ast.Add,
    ast.Subtract,
    ast.Multiply,
    ast.Divide,
    ast.Compute,
    ast.If,
    ast.Evaluate,
    ast.Continue,
)
"""Statements that store only into their receivers and always go on to the next one, and
whose generators may write them twice (compiler.py's guardable statements)."""


@dataclasses.dataclass(frozen=True)
class Count:
    var: str
    start: int
    limit: str
    """The code of the limit's value, as the UNTIL test reads it."""


def counted_loop(
    c: Compiler,
    loop: ast.Loop | None,
    body: tuple[ast.Statement, ...],
    emit: Callable[[], None],
) -> bool:
    """Write ``loop`` around ``emit`` (which writes ``body``) as a counted ``for`` when it
    qualifies (see the module's docstring); False (nothing written) otherwise."""
    if c.trace or c.coverage or c.debugging is not None or c.tracks_exceptions:
        return False
    count = _count(c, loop, body)
    if count is None:
        return False
    entry = c.data_entry(loop.clauses[0].variable)  # type: ignore[union-attr]
    limit = c.temp()
    written = _written_areas(c, body)
    hoisted = _hoisted(c, body, written)
    c.out.line(f"{limit} = {count.limit}")
    saved = dict(c.byte_reads)
    try:
        for key, code in hoisted:
            name = c.temp()
            c.out.line(f"{name} = {code}")
            c.byte_reads[key] = name
        with c.out.block(f"for {count.var} in range({count.start}, {limit} + 1):"):
            _turn(c, count, entry, body, written, emit)
    finally:
        c.byte_reads.clear()
        c.byte_reads.update(saved)
    c.out.line(f"{count.var} = {limit} + 1 if {limit} >= {count.start} else {count.start}")
    return True


def _count(c: Compiler, loop: ast.Loop | None, body: tuple[ast.Statement, ...]) -> Count | None:
    if not isinstance(loop, ast.Varying) or loop.test_after or len(loop.clauses) != 1:
        return None
    clause = loop.clauses[0]
    start, step = _integer_literal(clause.start), _integer_literal(clause.step)
    until = clause.until
    if start is None or start < 0 or step != 1 or not isinstance(until, ast.Relation):
        return None
    if until.negated or until.op != ">" or not isinstance(until.left, ast.Identifier):
        return None
    right = until.right
    if not isinstance(right, ast.Identifier) or right.subscripts or right.refmod is not None:
        return None
    if until.left.subscripts or until.left.refmod is not None:
        return None
    var_entry = c.data_entry(clause.variable)
    if c.data_entry(until.left) is not var_entry or _bare(c.lookup(until.left)) is None:
        return None
    limit_named = c.lookup(right)
    if not isinstance(limit_named, DataEntry) or limit_named.children:
        return None
    limit_type = limit_named.ftype
    if limit_type.category is not Category.NUMERIC or limit_type.scale != 0 or limit_type.signed:
        return None
    if limit_type.usage not in (Usage.DISPLAY, Usage.PACKED, Usage.BINARY, Usage.NATIVE):
        return None
    ref = c.ref(clause.variable)
    ftype = ref.ftype
    if ref.var is None or ftype.scale != 0 or limit_named is var_entry:
        return None
    if not _holds_count(ftype, limit_type.digits):
        return None
    if not _body_keeps(c, body, var_entry, limit_named):
        return None
    test = c.condition(until)
    head = f"({ref.var} > "
    if not (test.startswith(head) and test.endswith(")")):
        return None
    limit = test[len(head) : -1]
    if not _balanced(limit):
        return None
    return Count(ref.var, start, limit)


def _holds_count(ftype: FieldType, digits: int) -> bool:
    """The counter can take every value up to the limit + 1."""
    if ftype.usage is Usage.INDEX:
        return digits <= 7  # 23 * 10**7 + 1 stays below 2**31
    if ftype.signed or ftype.usage not in (Usage.DISPLAY, Usage.PACKED, Usage.BINARY):
        return False
    return ftype.digits >= digits + 2


def _bare(named: Named) -> DataEntry | None:
    """The data item a receiver or operand names (a condition name's parent, an index)."""
    if isinstance(named, ConditionEntry):
        return named.parent
    if isinstance(named, IndexEntry):
        return named.entry
    return named


def _body_keeps(
    c: Compiler, body: tuple[ast.Statement, ...], var: DataEntry, limit: DataEntry
) -> bool:
    """The body cannot leave the loop, change the counter, or change the limit's bytes."""
    for statement in _walk_statements(body):
        if not isinstance(statement, _PLAIN):
            return False
        for receiver in receivers(statement):
            named = _bare(c.lookup(receiver))
            if named is None or named is var or _overlaps(named, var):
                return False
            if named.area is limit.area and (
                receiver.subscripts or receiver.refmod is not None or _overlaps(named, limit)
            ):
                return False
    return True


def _overlaps(a: DataEntry, b: DataEntry) -> bool:
    if a.area is not b.area:
        return False
    return a.offset < b.offset + b.size and b.offset < a.offset + a.size


def _balanced(code: str) -> bool:
    depth = 0
    for char in code:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _written_areas(c: Compiler, body: tuple[ast.Statement, ...]) -> set[int]:
    """The areas whose bytes a statement of the body may store into."""
    written: set[int] = set()
    for statement in _walk_statements(body):
        for receiver in receivers(statement):
            named = _bare(c.lookup(receiver))
            if named is not None and id(named) not in c.promoted:
                written.add(named.area.index)
    return written


def _condition_reads(body: tuple[ast.Statement, ...]) -> Iterator[ast.Identifier]:
    """The identifiers in the conditions of the body's IF statements (not nested ones: those
    are evaluated in every turn)."""
    for statement in body:
        if isinstance(statement, ast.If):
            yield from _identifiers(statement.condition)


def _identifiers(node: Any) -> Iterator[ast.Identifier]:
    if isinstance(node, ast.Identifier):
        yield node
        return
    if isinstance(node, tuple | list):
        for item in node:
            yield from _identifiers(item)
        return
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        for field in dataclasses.fields(node):
            if field.name != "origin":
                yield from _identifiers(getattr(node, field.name))


def _readable(c: Compiler, ident: ast.Identifier, written: set[int]) -> DataEntry | None:
    """The item ``ident`` reads when its bytes may be sliced once for the whole body."""
    if ident.refmod is not None:
        return None
    named = c.lookup(ident)
    entry = _bare(named)
    if entry is None or entry.file is not None or entry.area.index in written:
        return None
    if isinstance(named, ConditionEntry) and entry.size == 1:  # tested as one byte, unsliced
        return None
    if entry.area.index in c.table_areas or id(entry) in c.promoted:
        return None
    if any(_overlaps(entry, other) for other in c.promoted_entries):
        return None
    return entry


def _hoisted(
    c: Compiler, body: tuple[ast.Statement, ...], written: set[int]
) -> list[tuple[tuple[str, str, str], str]]:
    """(key, slice) of the fixed items the body's IF conditions read, sliced before the loop."""
    found: dict[tuple[str, str, str], str] = {}
    for ident in _condition_reads(body):
        entry = _readable(c, ident, written)
        if entry is None or any(_integer_literal(s) is None for s in ident.subscripts):
            continue
        key, code = _slice_of(c, entry, ident)
        if key is not None:
            found.setdefault(key, code)
    return list(found.items())


def _slice_of(
    c: Compiler, entry: DataEntry, ident: ast.Identifier
) -> tuple[tuple[str, str, str] | None, str]:
    ref = c.entry_ref(entry, ident)
    if ref.var is not None or ref.static_size is None or ":=" in ref.off:
        return None, ""
    return (ref.buf, ref.off, ref.size), c.slice(ref)


def _turn(
    c: Compiler,
    count: Count,
    var_entry: DataEntry,
    body: tuple[ast.Statement, ...],
    written: set[int],
    emit: Callable[[], None],
) -> None:
    """One turn: when the body subscripts tables by the counter, a copy for the counter
    within them (no range tests, the elements its IFs read twice sliced once) and the body as
    before for any other value."""
    if count.start < 1:
        emit()
        return
    smallest = _smallest_occurs(c, body, var_entry)
    if smallest is None or smallest < count.start:
        emit()
        return
    with c.out.block(f"if {count.var} <= {smallest}:"):
        outer = c.known_ranges.get(count.var)
        c.known_ranges[count.var] = (count.start, smallest)
        saved = dict(c.byte_reads)
        try:
            for key, code in _per_turn(c, body, var_entry, written):
                name = c.temp()
                c.out.line(f"{name} = {code}")
                c.byte_reads[key] = name
            emit()
        finally:
            c.byte_reads.clear()
            c.byte_reads.update(saved)
            if outer is None:
                del c.known_ranges[count.var]
            else:
                c.known_ranges[count.var] = outer
    with c.out.block("else:"):
        emit()


def _by_counter(c: Compiler, ident: ast.Identifier, var_entry: DataEntry) -> bool:
    """Every subscript of ``ident`` is the counter or a literal, the counter at least once."""
    uses = 0
    for subscript in ident.subscripts:
        if _integer_literal(subscript) is not None:
            continue
        if not isinstance(subscript, ast.Identifier) or subscript.subscripts:
            return False
        if subscript.refmod is not None or _bare(c.lookup(subscript)) is not var_entry:
            return False
        uses += 1
    return uses > 0


def _smallest_occurs(
    c: Compiler, body: tuple[ast.Statement, ...], var_entry: DataEntry
) -> int | None:
    """The smallest OCCURS the counter subscripts in the body (None: none). Only a choice of
    version: names.py drops a range test only where the known range fits the table."""
    smallest: int | None = None
    for ident in _identifiers(list(body)):
        entry = _bare(c.lookup(ident))
        if entry is None:
            continue
        for subscript, (_stride, maximum) in zip(ident.subscripts, entry.dims, strict=False):
            if _is_counter(c, subscript, var_entry):
                smallest = maximum if smallest is None else min(smallest, maximum)
    return smallest


def _is_counter(c: Compiler, subscript: ast.Expr, var_entry: DataEntry) -> bool:
    if not isinstance(subscript, ast.Identifier) or subscript.subscripts:
        return False
    return _bare(c.lookup(subscript)) is var_entry


def _per_turn(
    c: Compiler, body: tuple[ast.Statement, ...], var_entry: DataEntry, written: set[int]
) -> list[tuple[tuple[str, str, str], str]]:
    """(key, slice) of the elements subscripted by the counter that the body's IF conditions
    read twice or more."""
    seen: dict[tuple[str, str, str], int] = {}
    codes: dict[tuple[str, str, str], str] = {}
    for ident in _condition_reads(body):
        entry = _readable(c, ident, written)
        if entry is None or not _by_counter(c, ident, var_entry):
            continue
        key, code = _slice_of(c, entry, ident)
        if key is None:
            continue
        seen[key] = seen.get(key, 0) + 1
        codes.setdefault(key, code)
    return [(key, codes[key]) for key, uses in seen.items() if uses >= 2]
