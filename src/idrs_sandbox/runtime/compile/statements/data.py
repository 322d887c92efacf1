"""Statement generators: MOVE, INITIALIZE, SET.

Each is registered for its AST node type with :func:`generates`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime import storage, support
from idrs_sandbox.runtime.compile import tables
from idrs_sandbox.runtime.compile.packed_adds import add_packed_int, int_operand
from idrs_sandbox.runtime.compile.statements.corresponding import corresponding_pairs
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import (
    Num,
    _scaled,
    initialize_segments,
)
from idrs_sandbox.runtime.data import (
    ConditionEntry,
    DataEntry,
    Named,
    value_bytes,
)
from idrs_sandbox.runtime.fields import Category, Usage

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.Move)
def move_stmt(c: Compiler, node: ast.Move) -> None:
    source = node.source
    if c.debug and isinstance(source, ast.Identifier) and not node.corresponding:
        _check_numeric_source(c, source, node)
    if node.corresponding:
        # one MOVE per corresponding pair, as cobc emits them (corresponding.py)
        for target in node.targets:
            for one, other in corresponding_pairs(c, source, target, numeric=False):
                c.move(one, c.ref(other))
        return
    if isinstance(source, ast.Identifier) and len(node.targets) > 1:
        ref = c.ref(source)
        temp = c.temp()
        c.out.line(f"{temp} = bytes({c.slice(ref)})")
        for target in node.targets:
            target_ref = c.ref(target)
            c._check_move(source, target_ref)
            c._move_from_bytes(temp, ref.ftype, ref.static_size, target_ref)
        return
    for target in node.targets:
        c.move(source, c.ref(target))


@generates(ast.Initialize)
def initialize_stmt(c: Compiler, node: ast.Initialize) -> None:
    replacing = {category: operand for category, operand in node.replacing}
    for target in node.targets:
        ref = c.ref(target)
        segments = initialize_segments(
            ref.entry, replacing, c, with_filler=node.with_filler, to_value=node.to_value
        )
        if ref.var is not None:
            for _, data in segments:
                c.store_bytes(ref, c.const(data, "_b"))
            continue
        base = ref.off
        for relative, data in segments:
            name = c.const(data, "_b")
            if base.isdigit():
                start = int(base) + relative
                c.out.line(f"{ref.buf}[{start}:{start + len(data)}] = {name}")
            else:
                temp = c.temp()
                c.out.line(f"{temp} = {base} + {relative}")
                c.out.line(f"{ref.buf}[{temp}:{temp} + {len(data)}] = {name}")
        _initialize_promoted(c, ref.entry, segments)
        tables.initialized(c, ref.entry, segments)


def _initialize_promoted(c: Compiler, group: DataEntry, segments: list[tuple[int, bytes]]) -> None:
    """The items below an INITIALIZEd group that live as Python ints (promotion.py) take the
    value of the bytes INITIALIZE stored for them (their own bytes are not read any more)."""
    for entry in group.walk():
        var = c.promoted.get(id(entry))
        if var is None or entry is group:
            continue
        start = entry.offset - group.offset
        for relative, data in segments:
            if relative <= start and start + entry.size <= relative + len(data):
                raw = data[start - relative : start - relative + entry.size]
                value = storage.bytes_reader(entry.ftype)(raw)
                held = str(value) if type(value) is int else c.const(value, "_v")
                c.out.line(f"{var} = {held}")
                break


@generates(ast.SetTo)
def setto_stmt(c: Compiler, node: ast.SetTo) -> None:
    for target in node.targets:
        named = c.lookup(target)
        if isinstance(node.value, bool):
            _set_condition(c, target, named, node.value)
            continue
        if isinstance(named, ConditionEntry):
            raise CobolSemanticError("SET condition-name TO needs TRUE", target.origin)
        num = c.num(node.value)
        c.store_numeric(target, num, False, None)


def _set_condition(c: Compiler, target: ast.Identifier, named: Named, value: bool) -> None:
    if not isinstance(named, ConditionEntry):
        raise CobolSemanticError(f"'{target.name}' is not a condition name", target.origin)
    false_value = named.item.false_value
    if not value and false_value is None:
        # cobc 3.1.2: "field does not have a FALSE clause"
        raise CobolSemanticError(
            f"SET {target.name} TO FALSE needs a FALSE IS clause on its 88 level", target.origin
        )
    parent = named.parent
    parent_ident = ast.Identifier(
        parent.name or "FILLER", (), target.subscripts, None, target.origin
    )
    ref = c.entry_ref(parent, parent_ident)
    first = named.item.values[0].low if value else false_value
    assert first is not None  # tested above
    c.store_bytes(ref, c.const(value_bytes(first.value, ref.ftype), "_b"))


@generates(ast.SetUpDown)
def setupdown_stmt(c: Compiler, node: ast.SetUpDown) -> None:
    amount = c.num(node.amount)
    for target in node.targets:
        value = int_operand(c, node.amount) if node.up else None
        if value is not None and add_packed_int(c, target, value):
            continue  # cobc: cb_build_add (x, n, cb_int0), nibble by nibble into COMP-3
        current = c.num(target)
        op = "+" if node.up else "-"
        scale = max(current.scale, amount.scale)
        code = f"({_scaled(current, scale)} {op} {_scaled(amount, scale)})"
        c.store_numeric(target, Num(code, scale), False, None)


def check_numeric_operand(c: Compiler, source: ast.Identifier, node: Any) -> None:
    """The EC-DATA-INCOMPATIBLE check of one operand (an arithmetic statement's, under
    -debug: statements/arithmetic.py)."""
    _check_numeric_source(c, source, node)


def _check_numeric_source(c: Compiler, source: ast.Identifier, node: Any) -> None:
    """cobc -debug (EC-DATA-INCOMPATIBLE): a MOVE from a numeric DISPLAY or COMP-3 item that
    holds invalid data stops the run with libcob's cob_check_numeric message (testsuite
    "Non-numeric data in numeric items"; measured: a comparison does not check, the operands
    of ADD, COMPUTE... do: statements/arithmetic.py)."""
    if source.refmod is not None:
        return
    ref = c.ref(source)
    ftype = ref.ftype
    if ftype.category is not Category.NUMERIC or ref.var is not None:
        return  # a promoted item always holds a valid value
    if ftype.usage not in (Usage.DISPLAY, Usage.PACKED):
        return
    test = c.class_condition(ast.ClassCondition(source, "NUMERIC", False, source.origin))
    check = c.const(support.check_numeric_debug, "_cnum")
    site = c.site(node.origin)
    kind = "NUMERIC DISPLAY" if ftype.usage is Usage.DISPLAY else "PACKED-DECIMAL"
    with c.out.block(f"if not {test}:"):
        c.out.line(f"{check}(bytes({c.slice(ref)}), {kind!r}, {source.name!r}, {site})")
