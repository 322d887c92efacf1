"""Numeric tables held as Python lists of values (a speed-up, same results).

POSTING's 8100-TALLY-TC adds to two COMP-3 tables for every card posted
(``ADD 1 TO WS-TC-COUNT (WS-TSUB)``, ``ADD WS-TALLY-AMOUNT TO WS-TC-AMOUNT (WS-TSUB)``): held
in bytes, each is a slice, ``hex``, ``int``, a format and ``fromhex`` (about 9 us of the 12 us
the paragraph takes on the development machine). A table that promotion.py's rules let live
as values (no group but an INITIALIZEd one, no REDEFINES, reference modification or raw bytes
reach it: :func:`~idrs_sandbox.runtime.promotion.listable_tables`) is held as a list ``Ln``
beside its bytes, one int per element, each store truncated as the bytes would be.

The bytes of its area stay what cobc would have wherever anything can see them. A flag
``LIVEa`` per area says whether the lists are the truth:

- a statement without nested statements (MOVE, COMPUTE, ADD...) whose every reference to a
  listed table has a subscript known to be in range (a literal, or a counted loop's counter:
  ``Emission.known_ranges``) is written twice, ``if LIVEa:`` with the elements as list items,
  ``else:`` exactly as without this module; it must not hold a subscript of that area whose
  range is not known (its out-of-range path could end ``LIVEa`` in the middle of it);
- any other statement that reads or writes a listed table in bytes first ends ``LIVEa``
  (``_demote<a>``: every list written into its bytes, ``LIVEa = False``, for the rest of the
  run); the compiler then compiles the program again without that table, so such a table is
  never listed (a run stays correct either way);
- a subscript of any table of that area found out of range without -debug goes through
  ``_sx<a>``: support.check_subscript, then ``_demote<a>``, before the access: so the bytes a
  neighbouring table's out-of-range subscript reads (cobc reads the next item's bytes, probe
  dirty_subscript) or writes are the truth from then on;
- INITIALIZE of a group over a listed table gives its list the values it stores;
- when the module is executed (each run), the lists are read from the area's initial bytes,
  and ``LIVEa`` is true only if every element's bytes are exactly what a store of its value
  writes (otherwise an element could hold bytes no int reproduces).

An area qualifies only when the generated module is the only writer of its bytes (the rules of
shadows.py: the program's own WORKING-STORAGE, and the buffer never handed to other code).
"""

from __future__ import annotations

import ast as pyast
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.runtime import storage
from idrs_sandbox.runtime.compile.values import _integer_literal
from idrs_sandbox.runtime.data import DataEntry

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.emission import Emission
    from idrs_sandbox.runtime.compile.names import Names

_READ_METHODS = frozenset({"find", "rfind", "index", "rindex", "count", "hex", "isdigit"})
_FORBIDDEN = frozenset({"globals", "locals", "vars", "exec", "eval", "getattr", "setattr"})
_ITEM_MODULES = frozenset(
    f"idrs_sandbox.runtime.{name}" for name in ("storage", "floats", "strings", "move", "support")
)
_PROMOTED = re.compile(r"V\d+")
_DEEPEST = 60
"""No second version of code this many levels deep (guards.py: Python's parser stops at 100)."""


@dataclass(frozen=True)
class ListedTable:
    """One table held as the list ``name`` (elements 0-based)."""

    name: str
    entry: DataEntry

    @property
    def area(self) -> int:
        return self.entry.area.index

    @property
    def count(self) -> int:
        return self.entry.dims[0][1]

    def element_slice(self, index: str) -> str:
        """The bytes of element ``index`` (0-based, Python text)."""
        stride, base, size = self.entry.dims[0][0], self.entry.offset, self.entry.size
        return f"B{self.area}[{base} + {index} * {stride}:{base + size} + {index} * {stride}]"


def element(c: Names, table: ListedTable, ident: ast.Identifier) -> str | None:
    """The list item that holds the element ``ident`` names, when the statement being written
    is the list version and its subscript is known to be in range; otherwise None (the element
    is read or written in bytes, which the statement must allow for: :func:`statement`)."""
    if c.list_mode and len(ident.subscripts) == 1:
        subscript = ident.subscripts[0]
        literal = _integer_literal(subscript)
        if literal is not None and 1 <= literal <= table.count:
            return f"{table.name}[{literal - 1}]"
        if literal is None:
            value = c.integer(subscript)
            known = c.known_ranges.get(value)
            if known is not None and known[0] >= 1 and known[1] <= table.count:
                return f"{table.name}[{value} - 1]"
            if _PROMOTED.fullmatch(value):
                # A promoted subscript: the list version runs only when it is in range.
                c.list_tests[value] = min(c.list_tests.get(value, table.count), table.count)
                return f"{table.name}[{value} - 1]"
    c.touched.add(id(table.entry))
    return None


def statement(c: Emission, listable: bool, emit: Callable[[], None]) -> None:
    """Write one statement (``emit``) with the listed tables it reads or writes: twice under
    ``if LIVEa:`` when ``listable`` (no nested statements) and every reference can be a list
    item; otherwise once, in bytes, after ending ``LIVEa`` of the areas it touches."""
    if not c.tables:
        emit()
        return
    start, origins = len(c.out.lines), len(c.line_origins)
    touched = _touching(c, emit)
    if not touched:
        return
    areas = sorted({c.tables[entry].area for entry in touched})
    if listable and _two_versions(c, emit, start, origins, areas):
        return
    c.unlistable.update(touched)
    indent = "    " * c.out.depth
    demote = [f"{indent}if LIVE{area}: _demote{area}()" for area in areas]
    c.out.lines[start:start] = demote
    c.line_origins[origins:] = [(line + len(demote), at) for line, at in c.line_origins[origins:]]


def _touching(c: Emission, emit: Callable[[], None]) -> set[int]:
    """Run ``emit``; the listed tables it referred to in bytes (nested statements, which this
    module already wrote for, not counted)."""
    outer = c.touched
    c.touched = set()
    try:
        emit()
        return c.touched
    finally:
        c.touched = outer


def _two_versions(
    c: Emission, emit: Callable[[], None], start: int, origins: int, areas: list[int]
) -> bool:
    slow, slow_origins = c.out.lines[start:], c.line_origins[origins:]
    del c.out.lines[start:], c.line_origins[origins:]
    c.list_mode, c.list_tests = True, {}
    c.out.depth += 1
    try:
        left = _touching(c, emit)
        tests = c.list_tests
    finally:
        c.list_mode, c.list_tests = False, {}
        c.out.depth -= 1
    fast, fast_origins = c.out.lines[start:], c.line_origins[origins:]
    del c.out.lines[start:], c.line_origins[origins:]
    text = "\n".join(fast)
    unknown = any(re.search(rf"\b_sxn?{area}\(", text) for area in areas)
    deep = any(len(line) - len(line.lstrip()) >= 4 * _DEEPEST for line in (*fast, *slow))
    stored = any(re.search(rf"\b{var}\s*(=(?!=)|:=)", text) for var in tests)
    if left or unknown or deep or stored:
        c.out.lines.extend(slow)
        c.line_origins.extend(slow_origins)
        return False
    ranges = [f"0 < {var} <= {limit}" for var, limit in sorted(tests.items())]
    c.out.line("if " + " and ".join([*(f"LIVE{area}" for area in areas), *ranges]) + ":")
    c.out.lines.extend(fast)
    c.line_origins.extend((line + 1, at) for line, at in fast_origins)
    c.out.line("else:")
    shift = len(c.out.lines) - start
    c.out.lines.extend("    " + line for line in slow)
    c.line_origins.extend((line + shift, at) for line, at in slow_origins)
    return True


def checker(c: Emission, area: int, name: str) -> str:
    """The out-of-range subscript call for a table in ``area``: its own, which ends the
    area's lists after support.check_subscript let the access go on (not ``_sxd``: -debug
    stops the run)."""
    if name == "_sxd" or area not in c.table_areas:
        return name
    return f"{name}{area}"


def initialized(c: Emission, group: DataEntry, segments: list[tuple[int, bytes]]) -> None:
    """INITIALIZE of ``group`` stored ``segments``: each listed table below it takes, element
    by element, the value of the bytes stored over it."""
    for entry in group.walk():
        table = c.tables.get(id(entry))
        if table is None:
            continue
        read = storage.bytes_reader(entry.ftype)
        stride = entry.dims[0][0]
        for index in range(table.count):
            start = entry.offset - group.offset + index * stride
            for relative, data in segments:
                if relative <= start and start + entry.size <= relative + len(data):
                    raw = data[start - relative : start - relative + entry.size]
                    value = read(raw)
                    held = str(value) if type(value) is int else c.const(value, "_v")
                    c.out.line(f"{table.name}[{index}] = {held}")
                    break


def module_code(c: Emission) -> None:
    """At the module's level: each area's ``_demote``, ``_sx`` / ``_sxn`` variants, and the
    lists and ``LIVE`` flag read from the area's bytes when the module is executed."""
    out = c.out
    for area in sorted(c.table_areas):
        tables = [t for t in c.tables.values() if t.area == area]
        with out.block(f"def _demote{area}():"):
            out.line(f"global LIVE{area}")
            out.line(f"LIVE{area} = False")
            for table in tables:
                make = c.const(storage.materializer(table.entry.ftype), "_mat")
                with out.block(f"for _i in range({table.count}):"):
                    out.line(f"{table.element_slice('_i')} = {make}({table.name}[_i])")
        for name in ("_sx", "_sxn"):
            with out.block(f"def {name}{area}(value, maximum, origin, name, base, stride, limit):"):
                out.line(f"index = {name}(value, maximum, origin, name, base, stride, limit)")
                with out.block(f"if LIVE{area}:"):
                    out.line(f"_demote{area}()")
                out.line("return index")
        exact = []
        for table in tables:
            read = c.const(storage.bytes_reader(table.entry.ftype), "_rb")
            make = c.const(storage.materializer(table.entry.ftype), "_mat")
            span = f"range({table.count})"
            out.line(f"{table.name} = [{read}({table.element_slice('_i')}) for _i in {span}]")
            exact.append(
                f"all({make}({table.name}[_i]) == {table.element_slice('_i')} for _i in {span})"
            )
        out.line(f"LIVE{area} = " + " and ".join(exact))


def check_escapes(c: Emission, lines: list[str]) -> None:
    """Every listed table of an area whose buffer the finished module hands to code that could
    address it on its own is unlistable (that code would not end ``LIVEa`` first). The
    buffer may be sliced, read by a bytearray method, or given as the first argument to the
    runtime's item readers and writers (storage, floats, strings, move, support: they work at
    the offset the generated code computed, with its out-of-range call), nothing else (a CALL's
    BY REFERENCE argument, ``globals()``...)."""
    if not c.tables:
        return
    uses = buffer_uses(c, lines)
    for key, table in c.tables.items():
        if "escape" in uses.get(table.area, ()) or "escape" in uses.get(-1, ()):
            c.unlistable.add(key)


def buffer_uses(c: Emission, lines: list[str]) -> dict[int, set[str]]:
    """How the finished module uses each area's buffer ``Bn``: "read" (a slice read, a
    read-only bytearray method), "store" (a slice stored), "item" (the first argument of one
    of the runtime's item readers and writers), "escape" (anything else); key -1: the module
    names ``globals()`` or the like. Parsed once per compilation."""
    if c.buffer_uses is not None:
        return c.buffer_uses
    uses: dict[int, set[str]] = {}
    stack: list[pyast.AST] = [pyast.parse("\n".join(lines))]
    while stack:
        node = stack.pop()
        for child in pyast.iter_child_nodes(node):
            if type(child) is not pyast.Name:
                stack.append(child)
            elif child.id in _FORBIDDEN:
                uses.setdefault(-1, set()).add("escape")
            elif child.id[:1] == "B" and child.id[1:].isdigit():
                kind = _use(child, node, c.namespace)
                uses.setdefault(int(child.id[1:]), set()).add(kind)
    c.buffer_uses = uses
    return uses


def _use(name: pyast.Name, parent: pyast.AST, namespace: dict[str, Any]) -> str:
    if isinstance(parent, pyast.Subscript) and parent.value is name:
        return "read" if isinstance(parent.ctx, pyast.Load) else "store"
    if isinstance(parent, pyast.Attribute) and parent.value is name:
        return "read" if parent.attr in _READ_METHODS else "escape"
    if isinstance(parent, pyast.Call) and parent.args[:1] == [name]:
        function = parent.func
        if isinstance(function, pyast.Name):
            module = getattr(namespace.get(function.id), "__module__", None)
            return "item" if module in _ITEM_MODULES else "escape"
    return "escape"
