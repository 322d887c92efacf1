"""Table scans written as byte searches (a speed-up, same results).

The usual table lookup of a COBOL program without SEARCH::

    PERFORM VARYING I FROM 1 BY 1 UNTIL I > 22
        IF T-CODE (I) = WANTED
            ADD 1 TO T-COUNT (I)
        END-IF
    END-PERFORM

is a counted loop (statements/flow.py) whose body is one IF, without ELSE, comparing the I-th
element of a table with a value that does not depend on I, byte for byte. Tested element by
element in Python it costs a slice and a comparison per element; ``bytearray.find`` of the
wanted bytes from the element where the scan stands finds the next element that compares equal
in one call. The result is the same: nothing runs between two element tests except the IF's
own statements, so the elements between two matches are tested against an unchanged table and
value; after the statements ran, the value is read again and the search resumes at the next
element, seeing whatever the statements changed. A match that is not at an element boundary is
skipped; I holds each matching element's number while the statements run, and the loop leaves
it at the last value + 1 as before.

A table that nothing writes (POSTING's WS-TC-TABLE: VALUE clauses only) needs no search at
all: when the module is executed, a dictionary maps each element's bytes to the numbers of the
elements holding them, and the scan is ``for I in _HITn.get(wanted, ())``. That holds when
the wanted value is a constant or a fixed item the statements cannot store into, and, decided
once the whole module is written (``_RO<area>``), the table's area is the program's own
WORKING-STORAGE and the module only reads its buffer; otherwise the search runs as above.
"""

from __future__ import annotations

import ast as pyast
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.runtime.compile.shadows import shadow_areas
from idrs_sandbox.runtime.compile.tables import buffer_uses

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler

_BYTE_EQUALITY = re.compile(r"\((B\d+)\[\((_t\d+) := (.+)\):\2 \+ (\d+)\] == (.+)\)")
"""What conditions.py writes for an equality of two byte strings of one length:
``(Bn[(_t := offset):_t + size] == other)``."""


_READ_METHODS = frozenset({"find", "rfind", "index", "rindex", "count", "hex", "isdigit"})
_FORBIDDEN = frozenset({"globals", "locals", "vars", "exec", "eval", "getattr", "setattr"})
_FIXED_SLICE = re.compile(r"(B\d+)\[(\d+):(\d+)\]|()_b\d+")
"""A wanted value the dictionary can serve: a fixed item's bytes (which the statements must
not name) or a constant."""


@dataclass(frozen=True)
class _Table:
    """A scanned table, and the dictionary ``name`` of its elements' bytes to the numbers of
    the elements (start .. limit) holding them, built when the module is executed."""

    name: str
    buf: str
    base: int
    stride: int
    size: int
    start: int
    limit: int


def emit_scan(
    c: Compiler,
    var: str,
    start: int,
    limit: int,
    body: tuple[ast.Statement, ...],
    guarded: Callable[[Callable[[], None]], None],
) -> bool:
    """Write the counted loop ``var`` = start .. limit over ``body`` as a byte search when it
    is a table scan (see the module's text); False (nothing written) when it is not.
    ``guarded`` writes statements as the inside of one more loop (statements/flow.py)."""
    if len(body) != 1 or not isinstance(body[0], ast.If) or body[0].otherwise is not None:
        return False
    node = body[0]
    cond = node.condition
    if c.coverage or c.trace or not isinstance(cond, ast.Relation):
        return False
    if cond.op != "=" or cond.negated or not isinstance(cond.left, ast.Identifier):
        return False
    if len(cond.left.subscripts) != 1 or cond.left.refmod is not None:
        return False
    found = _BYTE_EQUALITY.fullmatch(c.condition(cond))
    if found is None:
        return False
    buf, _, offset, size, wanted = found.groups()
    element = re.fullmatch(rf"(?:(\d+) \+ )?\({var} - 1\)(?: \* (\d+))?", offset)
    if element is None or re.search(rf"\b{var}\b", wanted):
        return False
    base, stride = int(element.group(1) or 0), int(element.group(2) or 1)
    first, last = base + (start - 1) * stride, base + (limit - 1) * stride
    key, at = c.temp(), c.temp()
    c.line_origins.append((len(c.out.lines) + 1, node.origin))
    c.out.line(f"{key} = bytes({wanted})")
    table = _Table(f"_HIT{len(c.scan_tables)}", buf, base, stride, int(size), start, limit)
    lines, origins = len(c.out.lines), len(c.line_origins)
    with (
        c.out.block(f"if _RO{buf[1:]}:"),
        c.out.block(f"for {var} in {table.name}.get({key}, ()):"),
    ):
        guarded(lambda: c.statements(node.then))
    written = "\n".join(c.out.lines[lines:])
    fixed = _FIXED_SLICE.fullmatch(wanted)
    if fixed is None or (fixed.group(1) and _may_change(written, *fixed.groups()[:3])):
        # the statements may change the wanted bytes: only the search sees that
        del c.out.lines[lines:], c.line_origins[origins:]
    else:
        c.scan_tables.append(table)
        with c.out.block("else:"):
            _search(c, var, node, guarded, (buf, wanted, key, at, size, base, stride, first, last))
        return True
    _search(c, var, node, guarded, (buf, wanted, key, at, size, base, stride, first, last))
    return True


def _search(
    c: Compiler,
    var: str,
    node: ast.If,
    guarded: Callable[[Callable[[], None]], None],
    scan: tuple[str, str, str, str, str, int, int, int, int],
) -> None:
    """The byte search itself (see the module's text)."""
    buf, wanted, key, at, size, base, stride, first, last = scan
    c.out.line(f"{at} = {buf}.find({key}, {first}) if len({key}) == {size} else -1")
    with c.out.block(f"while 0 <= {at} <= {last}:"):
        if stride != 1:
            with c.out.block(f"if ({at} - {base}) % {stride}:"):
                c.out.line(f"{at} = {buf}.find({key}, {at} + 1)")
                c.out.line("continue")
        c.out.line(f"{var} = ({at} - {base}) // {stride} + 1")
        guarded(lambda: c.statements(node.then))
        c.out.line(f"{key} = bytes({wanted})")
        c.out.line(f"{at} = {buf}.find({key}, {at} + {stride}) if len({key}) == {size} else -1")


def module_code(c: Compiler) -> None:
    """At the module's level: each scanned table's dictionary, from its bytes as the run
    starts (used only when nothing in the module writes its area: ``_RO<area>``)."""
    for table in c.scan_tables:
        c.out.line(f"{table.name} = {{}}")
        with c.out.block(f"for _i in range({table.start - 1}, {table.limit}):"):
            at = f"{table.base} + _i * {table.stride}"
            element = f"bytes({table.buf}[{at}:{at} + {table.size}])"
            c.out.line(f"{table.name}.setdefault({element}, []).append(_i + 1)")


def read_only(c: Compiler, lines: list[str]) -> None:
    """``_RO<area>`` for each scanned table's area: True when the finished module only reads
    its buffer (slices and read-only methods), and the area is the program's own
    WORKING-STORAGE that nothing else writes (shadows.py): its bytes are then the ones the
    run started with, and the dictionary gives what the search would find."""
    areas = {int(table.buf[1:]) for table in c.scan_tables}
    if not areas:
        return
    candidates = shadow_areas(c.program, c.model)
    uses = buffer_uses(c, lines)
    for area in areas:
        only_read = uses.get(area, set()) <= {"read"} and -1 not in uses
        c.namespace[f"_RO{area}"] = area in candidates and only_read


def _may_change(body: str, buf: str, start: str, end: str) -> bool:
    """Whether the statements ``body`` may store into ``buf[start:end]``: any mention of the
    buffer other than a read or a store into fixed bytes outside those."""
    tree = pyast.parse(textwrap.dedent(body))
    low, high = int(start), int(end)
    for node in pyast.walk(tree):
        for child in pyast.iter_child_nodes(node):
            if isinstance(child, pyast.Name) and child.id in _FORBIDDEN:
                return True
            if not (isinstance(child, pyast.Name) and child.id == buf):
                continue
            if isinstance(node, pyast.Subscript) and node.value is child:
                if isinstance(node.ctx, pyast.Load):
                    continue
                bounds = node.slice
                if isinstance(bounds, pyast.Slice):
                    first, last = _constant(bounds.lower), _constant(bounds.upper)
                    if first is not None and last is not None and (last <= low or high <= first):
                        continue
                return True
            if isinstance(node, pyast.Attribute) and node.attr in _READ_METHODS:
                continue
            return True
    return False


def _constant(node: pyast.expr | None) -> int | None:
    if isinstance(node, pyast.Constant) and type(node.value) is int:
        return node.value
    return None
