"""Which numeric items may live as Python ints instead of bytes (a speed-up, same results).

A numeric item's bytes only matter when something looks at them *under another name*: a group
that contains it (a group MOVE, INITIALIZE, WRITE FROM...), a REDEFINES over the same bytes, a
file's record area, a reference modification. An item that nothing else sees can keep its value
in a Python variable: every store applies the same truncation as the bytes would (so reading it
back gives what the bytes would give), and every place that needs its bytes (DISPLAY, an
alphanumeric MOVE, STRING...) gets them made from the value at that moment.

An item that can receive arbitrary bytes (a MOVE from another item that is not itself promoted,
READ INTO, UNSTRING, STRING INTO, INSPECT REPLACING, ACCEPT, a CALL ... USING BY REFERENCE or
RETURNING, a figurative constant other than ZERO) stays in bytes: a value could not hold an
invalid digit the way the bytes do.

A group that is only ever INITIALIZEd (a block of counters) does not make its items observed:
INITIALIZE stores a valid number into each, and gives each promoted one that value too.

One difference is accepted: a negative zero (stored by an arithmetic statement that lost all
significant digits without ON SIZE ERROR) becomes a plain zero, which only shows if the item is
then moved, byte by byte, to a signed DISPLAY or packed item. Counters and subscripts never do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.runtime.data import DataEntry, DataModel, IndexEntry
from idrs_sandbox.runtime.fields import Category, Usage


def promotable_entries(
    program: Program, model: DataModel, observed: set[int] | None = None
) -> list[DataEntry]:
    """The numeric items whose bytes no other name can see, in a stable order (``observed``:
    :func:`observed_entries`, when the caller has it already)."""
    if observed is None:
        observed = observed_entries(program, model)
    candidates = [
        entry
        for entry in model.entries
        if _value_item(entry) and not entry.dims and id(entry) not in observed
    ]
    chosen = {id(e): e for e in candidates if not _overlapped(e, model)}
    edges, raw = _byte_stores(program, model)
    for target in raw:
        chosen.pop(target, None)
    _close(chosen, edges, set())
    return [e for e in candidates if id(e) in chosen]


def listable_tables(
    program: Program,
    model: DataModel,
    promoted: set[int],
    unlisted: frozenset[int],
    observed: set[int],
) -> list[DataEntry]:
    """The numeric tables (one OCCURS, on the elementary item itself) that no other name can
    see, in a stable order: runtime/compile/tables.py may hold them as Python lists. The same
    rules as :func:`promotable_entries` (an INITIALIZEd group does not observe them; a MOVE
    into an element must come from a promoted item or another such table), and none of
    ``unlisted`` (tables the compiler found read or written where a list cannot serve), nor
    one that a subscript other than an integer literal or a promoted item addresses."""
    candidates = [
        entry
        for entry in model.entries
        if _value_item(entry)
        and len(entry.dims) == 1
        and (entry.parent is None or not entry.parent.dims)
        and id(entry) not in observed
        and id(entry) not in unlisted
        and not _overlapped(entry, model)
    ]
    chosen = {id(e): e for e in candidates}
    for ident in _identifiers(program.procedure):
        for named in model.candidates(ident.name, ident.qualifiers):
            if id(named) in chosen and not all(
                _list_subscript(model, subscript, promoted) for subscript in ident.subscripts
            ):
                del chosen[id(named)]
    edges, raw = _byte_stores(program, model)
    for target in raw:
        chosen.pop(target, None)
    _close(chosen, edges, promoted)
    return [e for e in candidates if id(e) in chosen]


def _list_subscript(model: DataModel, subscript: ast.Expr, promoted: set[int]) -> bool:
    """A subscript a list item can take: an integer literal or a promoted item (a subscript
    held in bytes, or an expression, is always read from the table's bytes)."""
    if isinstance(subscript, ast.NumericLiteral):
        return True
    if not isinstance(subscript, ast.Identifier) or subscript.subscripts or subscript.refmod:
        return False
    found = model.candidates(subscript.name, subscript.qualifiers)
    return len(found) == 1 and id(found[0]) in promoted


def _value_item(entry: DataEntry) -> bool:
    """A numeric elementary item whose value a Python int can hold, in storage that only
    this program's generated code reads and writes."""
    return (
        entry.ftype.category is Category.NUMERIC
        and entry.ftype.usage not in (Usage.FLOAT, Usage.FLOAT_DECIMAL)  # IEEE bytes
        and not entry.children
        and entry.file is None
        and entry.area.shared is None  # other programs see its bytes (runtime/scope.py)
        and not entry.area.local  # one per invocation (runtime/invocation.py)
        and not entry.area.based  # its storage moves (runtime/pointers.py)
    )


def _close(chosen: dict[int, DataEntry], edges: list[tuple[int, int]], held: set[int]) -> None:
    """Drop every chosen target of a MOVE whose source is neither chosen nor ``held``."""
    changed = True
    while changed:
        changed = False
        for target, source in edges:
            if target in chosen and source not in chosen and source not in held:
                del chosen[target]
                changed = True


def observed_entries(program: Program, model: DataModel) -> set[int]:
    """The items whose bytes another name (a group, a reference modification, the file
    runtime, CHAINING, ADDRESS OF, -fdefaultbyte) can see."""
    observed: set[int] = set()
    initialized = _initialized_groups(program.procedure)
    for ident in _identifiers(program.procedure):
        if id(ident) in initialized:
            continue
        for named in model.candidates(ident.name, ident.qualifiers):
            entry = named.entry if isinstance(named, IndexEntry) else named
            if not isinstance(entry, DataEntry):
                continue
            if ident.refmod is not None or entry.children:
                observed.update(id(e) for e in entry.walk())
    for file_entry in model.files.values():
        if file_entry.status is not None:
            observed.add(id(file_entry.status))
        for item in (file_entry.relative_key, file_entry.assign_item, file_entry.depending):
            if item is not None:  # read and set by the file's runtime (runtime/relative.py)
                observed.add(id(item))
    addressed = [*_address_targets(program.procedure)]
    chaining = program.procedure.chaining if program.procedure is not None else ()
    for ident in (*chaining, *addressed):  # other storage reaches its bytes: CHAINING's
        # arguments (runtime/invocation.py), a BASED item SET to ADDRESS OF it (pointers.py)
        for named in model.candidates(ident.name, ident.qualifiers):
            if isinstance(named, DataEntry):
                observed.update(id(e) for e in named.walk())
    if program.source.dialect.default_byte is not None:
        # -fdefaultbyte: an item without VALUE starts as that byte, digits or not (data.py)
        observed.update(id(e) for e in model.entries if e.item is None or e.item.value is None)
    observed.update(id(e) for e in model.special.values())
    return observed


def _byte_stores(program: Program, model: DataModel) -> tuple[list[tuple[int, int]], set[int]]:
    """(target, source) pairs of MOVEs between items, and the items written with raw bytes."""
    edges: list[tuple[int, int]] = []
    raw: set[int] = set()

    def entry_of(ident: ast.Identifier) -> DataEntry | None:
        found = model.candidates(ident.name, ident.qualifiers)
        if len(found) != 1:
            return None
        named = found[0]
        entry = named.entry if isinstance(named, IndexEntry) else named
        return entry if isinstance(entry, DataEntry) else None

    def mark(ident: ast.Identifier | None) -> None:
        entry = entry_of(ident) if ident is not None else None
        if entry is not None:
            raw.add(id(entry))

    for statement in _statements(program.procedure):
        if isinstance(statement, ast.Move):
            source = statement.source
            for target in statement.targets:
                if isinstance(source, ast.Identifier):
                    source_entry, target_entry = entry_of(source), entry_of(target)
                    if source_entry is not None and target_entry is not None:
                        edges.append((id(target_entry), id(source_entry)))
                elif not _value_literal(source):
                    mark(target)
        elif isinstance(statement, ast.Read):
            mark(statement.into)
        elif isinstance(statement, ast.Unstring):
            for part in statement.targets:
                mark(part.target)
                mark(part.delimiter_in)
        elif isinstance(statement, ast.String):
            mark(statement.into)
        elif isinstance(statement, ast.Call):
            # The called program may write any bytes into what it gets BY REFERENCE (through a
            # PIC X view of a PIC 9 item, say), and cobc then DISPLAYs those bytes as they are
            # (probe call_byref_bytes); a promoted value would show digits made from them.
            for argument in statement.using:
                if argument.mode == "REFERENCE" and isinstance(argument.value, ast.Identifier):
                    mark(argument.value)
            mark(statement.returning)
        elif isinstance(statement, ast.Accept | ast.AcceptEnvironment) or (
            isinstance(statement, ast.Inspect) and (statement.replacing or statement.converting)
        ):
            mark(statement.target)
    return edges, raw


def _initialized_groups(procedure: ast.ProcedureDivision | None) -> set[int]:
    """The INITIALIZE targets (by node) that do not make their numeric items observed: the
    generator gives each promoted item below the group the value INITIALIZE stores, which is
    a valid number (zero, or a numeric literal with REPLACING NUMERIC)."""
    targets: set[int] = set()
    for statement in _statements(procedure):
        if not isinstance(statement, ast.Initialize):
            continue
        numeric = [operand for category, operand in statement.replacing if category == "NUMERIC"]
        if any(not _value_literal(operand) for operand in numeric):
            continue
        targets.update(id(target) for target in statement.targets if target.refmod is None)
    return targets


def _value_literal(source: ast.Operand) -> bool:
    if isinstance(source, ast.NumericLiteral | ast.LengthOf):
        return True
    return isinstance(source, ast.Figurative) and source.name == "ZERO"


def _statements(procedure: ast.ProcedureDivision | None) -> Iterator[ast.Statement]:
    if procedure is None:
        return
    stack: list[ast.Statement] = [
        statement
        for paragraph in procedure.paragraphs()
        for sentence in paragraph.sentences
        for statement in sentence.statements
    ]
    while stack:
        statement = stack.pop()
        yield statement
        for group in ast.statement_children(statement):
            stack.extend(group)


def _overlapped(entry: DataEntry, model: DataModel) -> bool:
    """True when another item (not one of its groups) covers some of its bytes: a REDEFINES."""
    start, end = entry.offset, entry.offset + entry.size * _occurrences(entry)
    ancestors = {id(a) for a in entry.ancestors()}
    for other in model.entries:
        if other is entry or other.area is not entry.area or id(other) in ancestors:
            continue
        other_end = other.offset + other.size * _occurrences(other)
        if other.offset < end and start < other_end:
            return True
    return False


def _occurrences(entry: DataEntry) -> int:
    count = 1
    for _, maximum in entry.dims:
        count *= maximum
    return count


def _identifiers(node: Any) -> Iterator[ast.Identifier]:
    """Every identifier in the PROCEDURE DIVISION (nested in statements, conditions,
    subscripts and reference modifications)."""
    if node is None:
        return
    if isinstance(node, ast.Identifier):
        yield node
    if isinstance(node, ast.ProcedureDivision):
        for paragraph in node.paragraphs():
            for sentence in paragraph.sentences:
                yield from _identifiers(sentence)
        return
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return
    for field in dataclasses.fields(node):
        if field.name == "origin":
            continue
        yield from _values(getattr(node, field.name))


def _address_targets(node: Any) -> Iterator[ast.Identifier]:
    """The items of every ADDRESS OF in the PROCEDURE DIVISION."""
    if isinstance(node, ast.AddressOf):
        yield node.target
        return
    if isinstance(node, ast.ProcedureDivision):
        for paragraph in node.paragraphs():
            for sentence in paragraph.sentences:
                yield from _address_targets(sentence)
        return
    if isinstance(node, tuple | list):
        for item in node:
            yield from _address_targets(item)
        return
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return
    for field in dataclasses.fields(node):
        if field.name != "origin":
            yield from _address_targets(getattr(node, field.name))


def _values(value: Any) -> Iterator[ast.Identifier]:
    if isinstance(value, tuple | list):
        for item in value:
            yield from _values(item)
    elif value is not None and not isinstance(value, str | bool | int):
        yield from _identifiers(value)
