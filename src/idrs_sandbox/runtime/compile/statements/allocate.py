"""Statement generators: ALLOCATE, FREE, SET ADDRESS OF (the run-time side is
runtime/pointers.py; ADDRESS OF as a value is compiled in expressions.py).

A record's storage is ``B<n>`` in the generated module; these statements rebind that name (to a
new block, a block an address points into, or no storage) through ``globals()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.records import layout as rl
from idrs_sandbox.runtime import pointers
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import Num
from idrs_sandbox.runtime.data import DataEntry

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


def _record(c: Compiler, ident: ast.Identifier, verb: str) -> DataEntry:
    """The level 01 / 77 record a storage statement rebinds."""
    entry = c.data_entry(ident)
    if entry.parent is not None or entry.offset != 0 or ident.subscripts or ident.refmod:
        raise CobolSemanticError(f"{verb} needs a level 01 or 77 item", ident.origin)
    return entry


def is_pointer(entry: DataEntry) -> bool:
    return entry.layout is not None and entry.layout.usage is rl.Usage.POINTER


@generates(ast.SetAddress)
def set_address_stmt(c: Compiler, node: ast.SetAddress) -> None:
    value = c.num(node.value)
    temp = c.temp()
    c.out.line(f"{temp} = {value.code}")
    setter = c.const(pointers.set_address, "_setaddr")
    for target in node.targets:
        entry = _record(c, target, "SET ADDRESS OF")
        name = entry.display_name
        site = c.site(target.origin)
        c.out.line(f"{setter}(globals(), 'B{entry.area.index}', {temp}, {name!r}, {site})")


@generates(ast.Allocate)
def allocate_stmt(c: Compiler, node: ast.Allocate) -> None:
    if node.target is not None:
        entry = _record(c, node.target, "ALLOCATE")
        if not entry.area.based:
            raise CobolSemanticError(f"ALLOCATE {entry.display_name}: not BASED", node.origin)
        size = len(entry.area.buffer)
        # cobc 3.1.2 (probe pointers): zero bytes, or with INITIALIZED the VALUE clauses and
        # INITIALIZE's defaults, as the record starts in WORKING-STORAGE
        image = bytes(entry.area.buffer) if node.initialized else bytes(size)
        area = f"B{entry.area.index}"
        allocate = c.const(pointers.allocate_record, "_alloc")
        c.out.line(f"{allocate}(globals(), {area!r}, {c.const(image, '_b')})")
        if node.returning is not None:
            address = c.const(pointers.address_of, "_addr")
            c.store_numeric(
                node.returning, Num(f"{address}(globals(), {area!r}, 0)", 0), False, None
            )
        return
    assert node.size is not None
    if node.returning is None:
        raise CobolSemanticError("ALLOCATE n CHARACTERS needs RETURNING", node.origin)
    value = node.initial_value
    if value is None:
        fill, repeat = b"", False
    elif isinstance(value, ast.AllLiteral):
        fill, repeat = value.value, True
    elif isinstance(value, ast.Figurative):
        fill, repeat = value.byte, True
    elif isinstance(value, ast.AlphanumericLiteral):
        fill, repeat = value.value, False
    else:
        raise CobolSemanticError("INITIALIZED TO needs a literal here", node.origin)
    allocate = c.const(pointers.allocate_characters, "_allocc")
    count = c.integer(node.size)
    code = f"{allocate}(globals(), {count}, {c.const(fill, '_b')}, {repeat})"
    c.store_numeric(node.returning, Num(code, 0), False, None)


@generates(ast.Free)
def free_stmt(c: Compiler, node: ast.Free) -> None:
    release = c.const(pointers.free_record, "_free")
    for target in node.targets:
        ident = target.target if isinstance(target, ast.AddressOf) else target
        entry = c.data_entry(ident)
        if isinstance(target, ast.Identifier) and is_pointer(entry):
            c.store_numeric(target, Num("0", 0), False, None)  # cobc: the pointer is NULL after
            continue
        entry = _record(c, ident, "FREE")
        c.out.line(f"{release}(globals(), 'B{entry.area.index}', {entry.display_name!r})")
