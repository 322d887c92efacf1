"""Shadows: the decoded value of a numeric item kept in a Python variable beside its bytes.

POSTING reads the same few fields of a record many times between two writes of them: the
88-level tests of TR-TC decode its three digits about a dozen times per card, TR-AMOUNT is
read five times. A shadow ``SH3`` holds what one kind of read of an item gives (the
arithmetic value of ``read_value``, or the value cobc compares with an integer,
``_integer_compare_read``), and a read becomes the variable.

The bytes stay the item's truth: a shadow is refreshed, by the same decoding code, right
after every statement of the generated module that stores into its area, and computed when
the module is executed (each run binds fresh storage, then executes the module). So a read of
the shadow gives what a read of the bytes would give, whatever bytes are there (invalid
digits, a bad sign, a group MOVE or REDEFINES over it, READ INTO).

That holds only if the generated module is the only thing that writes the area. So:

- an area is a candidate only when the program's own WORKING-STORAGE record owns it: not a
  file's record area (the file handle writes it), not LINKAGE, LOCAL-STORAGE, BASED,
  GLOBAL or EXTERNAL storage (other code rebinds or writes it), not one holding an item the
  file runtime reads or sets (FILE STATUS, RELATIVE KEY, ASSIGN or DEPENDING ON item);
- after the whole module is generated, it is parsed (``ast``) and every mention of a
  candidate area ``Bn`` must be a read (``Bn[...]`` as a value, a read-only bytearray method,
  or the first argument of one of storage.py's readers) or a store ``Bn[...] = value`` that
  is a statement of its own lines; anything else (the buffer passed to another function,
  bound to another name, ``globals()`` anywhere in the module) drops the area's shadows;
- a shadow is kept only when its item is read at two places or more, and at least as often
  as statements store over it (each store costs one decoding).

A read that does not become a shadow is written exactly as without this module: the
compiler emits a marker at every read site and the original text is put back.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.runtime.data import DataModel
from idrs_sandbox.runtime.fields import FieldType, Usage

if TYPE_CHECKING:
    from idrs_sandbox.cobol.program import Program
    from idrs_sandbox.runtime.compile.values import Ref

_MARKER = re.compile(r"@@SH(\d+)@@")
_READ_METHODS = frozenset({"find", "rfind", "index", "rindex", "count", "hex", "isdigit"})
_READ_MODULES = frozenset({"idrs_sandbox.runtime.storage", "idrs_sandbox.runtime.floats"})
_READER_NAME = re.compile(r"_gi?\d+")
_FORBIDDEN = frozenset({"globals", "locals", "vars", "exec", "eval", "getattr", "setattr"})


Key = tuple[int, int, int, str, FieldType]
"""(area, first byte, end, kind of read, item type): reads that give the same value."""


@dataclass
class _Site:
    key: Key
    text: str


@dataclass
class _Write:
    line: int
    end_line: int
    indent: str
    start: int | None
    end: int | None
    function: int | None
    """First body line of the innermost ``def`` holding the store (None: module level)."""
    source: tuple[int, int, int] | None = None
    """(area, start, end) when the value stored is a fixed slice of another area's buffer
    (``B24[5:8] = B9[13:16]``: MOVE between two items of one type)."""


@dataclass
class Shadows:
    """The read sites of candidate items while the module is generated, then the rewrite."""

    areas: frozenset[int]
    sites: list[_Site] = field(default_factory=list)

    @classmethod
    def plan(cls, program: Program, model: DataModel, enabled: bool = True) -> Shadows:
        return cls(_candidate_areas(program, model) if enabled else frozenset())

    def site(self, ref: Ref, kind: str, text: str) -> str:
        """``text`` (a read of ``ref``), or a marker that :meth:`finish` resolves."""
        index = ref.entry.area.index
        if index not in self.areas or ref.var is not None or not ref.off.isdigit():
            return text
        ftype = ref.ftype
        if ref.static_size is None or ftype.usage not in (Usage.DISPLAY, Usage.PACKED):
            return text
        start = int(ref.off)
        key = (index, start, start + ref.static_size, kind, ftype)
        self.sites.append(_Site(key, text))
        return f"@@SH{len(self.sites) - 1}@@"

    def finish(
        self, lines: list[str], line_origins: list[tuple[int, Origin]], namespace: dict[str, Any]
    ) -> list[str]:
        """The module's lines with every marker resolved and the invalidations written;
        ``line_origins`` is updated in place for the lines added."""
        if not self.sites:
            return lines
        used: dict[Key, list[int]] = {}
        for line in lines:
            for found in _MARKER.finditer(line):
                number = int(found.group(1))
                used.setdefault(self.sites[number].key, []).append(number)
        probe = [_MARKER.sub(lambda m: f"SHS{m.group(1)}", line) for line in lines]
        module = _Module(probe, {key[0] for key in used}, namespace)
        kept: dict[Key, str] = {}
        for key, reads in used.items():
            reads = [n for n in reads if module.scopes.get(n, -1) != -1]
            if key[0] in module.writes and len(reads) >= 2:
                kept[key] = f"SH{len(kept)}"

        def resolve(found: re.Match[str]) -> str:
            number = int(found.group(1))
            site = self.sites[number]
            var = kept.get(site.key)
            if var is None or module.scopes.get(number, -1) == -1:
                return site.text
            return f"({var} if {var} is not None else ({var} := {site.text}))"

        out = [_MARKER.sub(resolve, line) for line in lines]
        if not kept:
            return out
        declare: defaultdict[int, set[str]] = defaultdict(set)
        for number, scope in module.scopes.items():
            var = kept.get(self.sites[number].key)
            if var is not None and scope is not None and scope != -1:
                declare[scope].add(var)
        return _rewrite(out, line_origins, module.writes, kept, declare)


def shadow_areas(program: Program, model: DataModel) -> frozenset[int]:
    """The areas only the generated module writes, before the module is checked (also those
    of the tables held as lists, runtime/compile/tables.py)."""
    return _candidate_areas(program, model)


def _candidate_areas(program: Program, model: DataModel) -> frozenset[int]:
    special = {id(entry.area) for entry in model.special.values()}
    excluded = {id(area) for area in _runtime_areas(model)}
    own = {id(item) for item in program.working_storage}
    outside = {id(item) for item in (*program.linkage, *program.local_storage)}
    areas: set[int] = set()
    for entry in model.entries:
        area = entry.area
        if entry.parent is not None or entry.item is None or entry.file is not None:
            continue
        if id(entry.item) not in own or id(entry.item) in outside:
            continue
        if area.shared is not None or area.local or area.based:
            continue
        if id(area) in special or id(area) in excluded:
            continue
        areas.add(area.index)
    # a level-01 REDEFINES shares its target's area: every record of the area must qualify
    for entry in model.entries:
        if entry.parent is None and entry.area.index in areas:
            item = entry.item
            if item is None or id(item) in outside or entry.file is not None:
                areas.discard(entry.area.index)
    return frozenset(areas)


def _runtime_areas(model: DataModel) -> Iterator[Any]:
    """Areas holding an item the file runtime reads or sets (runtime/filebind.py)."""
    for file_entry in model.files.values():
        yield file_entry.area
        for item in (
            file_entry.status,
            file_entry.relative_key,
            file_entry.assign_item,
            file_entry.depending,
        ):
            if item is not None:
                yield item.area


def _overlaps(write: _Write, key: Key) -> bool:
    if write.start is None or write.end is None:
        return True
    return write.start < key[2] and key[1] < write.end


def _constant(node: ast.expr | None) -> int | None:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


class _Module:
    """The generated module parsed: the stores into each area whose only writers are the
    module's own stores (an area that escapes is left out of ``writes``), and the scope of
    every read site (``SHS<n>``): the first body line of its ``def``, None at module level,
    -1 inside a ``lambda`` (no ``global`` can be declared there: the site stays as it was)."""

    def __init__(self, lines: list[str], areas: set[int], namespace: dict[str, Any]) -> None:
        self.lines = lines
        self.namespace = namespace
        self.parents: dict[int, ast.AST] = {}
        self.functions: dict[int, int | None] = {}
        self.statement_lines: defaultdict[int, int] = defaultdict(int)
        self.scopes: dict[int, int | None] = {}
        tree = ast.parse("\n".join(lines))
        self._walk(tree, None)
        names = {f"B{index}": index for index in areas}
        self.writes: dict[int, list[_Write]] = {index: [] for index in areas}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Name):
                continue
            if node.id in _FORBIDDEN:
                self.writes = {}
                return
            if node.id.startswith("SHS"):
                self.scopes[int(node.id[3:])] = self.functions.get(id(node))
            index = names.get(node.id)
            if index is None or index not in self.writes:
                continue
            write = self._classify(node)
            if write is False:
                del self.writes[index]
            elif write is not True:
                self.writes[index].append(write)

    def _walk(self, node: ast.AST, function: int | None) -> None:
        if isinstance(node, ast.stmt):
            self.statement_lines[node.lineno] += 1
        inner = function
        if isinstance(node, ast.FunctionDef):
            # -1: a one-line ``def``, where no ``global`` line can go before the body
            inner = node.body[0].lineno if node.body[0].lineno > node.lineno else -1
        elif isinstance(node, ast.Lambda):
            inner = -1
        for child in ast.iter_child_nodes(node):
            self.parents[id(child)] = node
            self.functions[id(child)] = inner
            self._walk(child, inner)

    def _classify(self, node: ast.Name) -> _Write | bool:
        """True: a read; False: the area escapes; a _Write: a store of its own."""
        parent = self.parents.get(id(node))
        if isinstance(parent, ast.Subscript) and parent.value is node:
            if isinstance(parent.ctx, ast.Load):
                return True
            return self._store(parent)
        if isinstance(parent, ast.Attribute) and parent.value is node:
            return parent.attr in _READ_METHODS
        if isinstance(parent, ast.Call) and parent.args[:1] == [node]:
            function = parent.func
            if isinstance(function, ast.Name) and _READER_NAME.fullmatch(function.id):
                reader = self.namespace.get(function.id)
                return getattr(reader, "__module__", None) in _READ_MODULES
            if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
                # a compiled pattern's match (classtests.py) only reads
                owner = self.namespace.get(function.value.id)
                return function.attr == "match" and isinstance(owner, re.Pattern)
        return False

    def _store(self, target: ast.Subscript) -> _Write | bool:
        """``Bn[...] = value`` alone on its lines (anything else: the area escapes)."""
        statement = self.parents.get(id(target))
        if not (
            isinstance(target.ctx, ast.Store)
            and isinstance(statement, ast.Assign)
            and statement.targets == [target]
            and statement.end_lineno is not None
        ):
            return False
        first, last = statement.lineno, statement.end_lineno
        alone = self.statement_lines.get(first) == 1 and not any(
            self.statement_lines.get(n) for n in range(first + 1, last + 1)
        )
        function = self.functions.get(id(statement))
        line = self.lines[first - 1]
        indent = line[: len(line) - len(line.lstrip())]
        if not alone or function == -1 or len(indent) != statement.col_offset:
            return False
        start = end = None
        if isinstance(target.slice, ast.Slice):
            start, end = _constant(target.slice.lower), _constant(target.slice.upper)
        return _Write(first, last, indent, start, end, function, self._source(statement.value))

    def _source(self, value: ast.expr) -> tuple[int, int, int] | None:
        """(area, start, end) of a value that is a fixed slice ``Bm[a:b]`` of a buffer."""
        if not (isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name)):
            return None
        name = value.value.id
        if not (name.startswith("B") and name[1:].isdigit() and isinstance(value.slice, ast.Slice)):
            return None
        low, high = _constant(value.slice.lower), _constant(value.slice.upper)
        if low is None or high is None or value.slice.step is not None:
            return None
        return int(name[1:]), low, high


def _copied(write: _Write, key: Key, kept: dict[Key, str]) -> str:
    """What a shadow holds after ``write``: the shadow of the same kind of read of the item
    whose bytes it copied, when it copies exactly the shadowed item's bytes from another area
    (``B24[5:8] = B9[13:16]``, MOVE TR-TC TO WS-TC: both PIC 999, the same bytes read the same
    way give the same value, and that shadow is current: its area was not written); else None
    (decoded again at the next read)."""
    source = write.source
    if source is None or (write.start, write.end) != (key[1], key[2]) or source[0] == key[0]:
        return "None"
    if source[2] - source[1] != key[2] - key[1]:
        return "None"
    return kept.get((source[0], source[1], source[2], key[3], key[4]), "None")


def _rewrite(
    lines: list[str],
    line_origins: list[tuple[int, Origin]],
    writes: dict[int, list[_Write]],
    kept: dict[Key, str],
    declare: defaultdict[int, set[str]],
) -> list[str]:
    after: defaultdict[int, list[str]] = defaultdict(list)
    for key, var in kept.items():
        for write in writes[key[0]]:
            if _overlaps(write, key):
                value = _copied(write, key, kept)
                after[write.end_line].append(f"{write.indent}{var} = {value}")
                if write.function is not None:
                    declare[write.function].add(var)
    before: dict[int, str] = {}
    for function, variables in declare.items():
        line = lines[function - 1]
        indent = line[: len(line) - len(line.lstrip())]
        before[function] = f"{indent}global {', '.join(sorted(variables))}"
    out: list[str] = []
    moved: dict[int, int] = {}
    for number, line in enumerate(lines, 1):
        if number in before:
            out.append(before[number])
        moved[number] = len(out) + 1
        out.append(line)
        out.extend(after.get(number, ()))
    line_origins[:] = [(moved.get(line, line), origin) for line, origin in line_origins]
    out.extend(f"{var} = None" for var in kept.values())
    return out
