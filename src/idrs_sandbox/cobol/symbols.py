"""The program's symbol table: every name of the DATA DIVISION, resolved one way for everyone.

The checker (:mod:`idrs_sandbox.cobol.checks`) and the legacy engine's compiler (through
:class:`idrs_sandbox.runtime.data.DataModel`) both resolve a data name here, so they cannot
disagree on what ``X OF Y`` means: a name is found by its own name, then kept when every
qualifier names an enclosing item (inside out, levels may be skipped, the last qualifier may
be the item's file), as COBOL's OF / IN rules say.

A :class:`Symbol` points at the declaration it names (``node``: a ``DataItem``, a
``ConditionItem``, the ``DataItem`` of the table an index name belongs to, or a level-78
``Constant``), so a later stage can attach its own facts to it (the data model attaches the
storage of each item).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.data_division import DataItem
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.cobol.program import FileDeclaration, Program

Kind = Literal["data", "condition", "index", "constant", "special"]

SPECIAL_REGISTERS = ("RETURN-CODE", "SORT-RETURN")
"""Names every program has without declaring them (GnuCOBOL 3.1.2)."""

DEBUG_ITEM_FIELDS = (
    *("DEBUG-LINE", "DEBUG-NAME", "DEBUG-SUB-1", "DEBUG-SUB-2", "DEBUG-SUB-3"),
    "DEBUG-CONTENTS",
)
"""The fields of DEBUG-ITEM (runtime/debugging.py)."""


def has_debug_item(program: Program) -> bool:
    """cobc 3.1.2 declares DEBUG-ITEM for WITH DEBUGGING MODE and for USE FOR DEBUGGING."""
    if program.debugging_mode:
        return True
    procedure = program.procedure
    return procedure is not None and any(
        isinstance(s.use, ast.UseForDebugging) for s in procedure.sections
    )


@dataclass(frozen=True, eq=False)
class Symbol:
    """One named thing: data item, 88-level condition, index name, constant, special register."""

    kind: Kind
    name: str
    """Upper case."""
    enclosing: tuple[str, ...]
    """Names around it, inside out, its file name last (a condition's own item first)."""
    dims: int
    """OCCURS levels on it and its groups (how many subscripts it takes)."""
    node: Any
    """The declaration: DataItem, ConditionItem, the table's DataItem (index), Constant."""


def qualified(enclosing: Sequence[str], qualifiers: Iterable[str]) -> bool:
    """True when ``qualifiers`` (inside out, upper case) name items of ``enclosing`` in that
    order, levels skipped allowed: the one OF / IN rule of the code base."""
    position = 0
    for qualifier in qualifiers:
        try:
            position = enclosing.index(qualifier, position) + 1
        except ValueError:
            return False
    return True


def visible_globals(program: Program) -> list[DataItem]:
    """The GLOBAL records of the programs that contain ``program``, nearest first, each
    hidden by a record of the same name declared closer (testsuite 'GLOBAL at lower level': a
    program nested in prog2 sees prog2's GLOBAL X, not the outer program's)."""
    seen = {(item.name or "").upper() for item in program.working_storage if item.name}
    found: list[DataItem] = []
    scope = program.parent
    while scope is not None:
        shared = [item for item in scope.working_storage if item.global_clause is not None]
        found.extend(item for item in shared if item.name and item.name.upper() not in seen)
        seen.update(item.name.upper() for item in shared if item.name)
        scope = scope.parent
    return found


def is_global_file(declaration: FileDeclaration) -> bool:
    """FD name IS GLOBAL (its records carry the GLOBAL clause: cobol/program.py)."""
    return any(item.global_clause is not None for item in declaration.records)


def visible_global_files(program: Program) -> list[tuple[Program, FileDeclaration]]:
    """The GLOBAL files of the programs that contain ``program`` (with the program declaring
    each), nearest first, each hidden by a file of the same name declared closer (testsuite
    'GLOBAL FD (3)': a contained program OPENs its parent's file, whose FILE STATUS item the
    parent then reads)."""
    seen = {declaration.name.upper() for declaration in program.files}
    found: list[tuple[Program, FileDeclaration]] = []
    scope = program.parent
    while scope is not None:
        shared = [d for d in scope.files if is_global_file(d) and d.name.upper() not in seen]
        found.extend((scope, declaration) for declaration in shared)
        seen.update(declaration.name.upper() for declaration in shared)
        scope = scope.parent
    return found


class SymbolTable:
    """Every name of a program, with OF / IN qualification."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[Symbol]] = {}

    @classmethod
    def of(cls, program: Program) -> SymbolTable:
        table = cls()
        for declaration in program.files:
            for item in declaration.records:
                table._add(item, (declaration.name.upper(),), 0)
        for item in program.working_storage:
            table._add(item, (), 0)
        for item in visible_globals(program):
            table._add(item, (), 0)
        for _, declaration in visible_global_files(program):
            for item in declaration.records:
                table._add(item, (declaration.name.upper(),), 0)
        for constant in program.constants.values():
            table._put(Symbol("constant", constant.name.upper(), (), 0, constant))
        for register in SPECIAL_REGISTERS:
            table._put(Symbol("special", register, (), 0, None))
        for declaration in program.files:
            if declaration.linage is not None:  # runtime/linage.py
                table._put(
                    Symbol("special", "LINAGE-COUNTER", (declaration.name.upper(),), 0, None)
                )
        if has_debug_item(program):
            table._put(Symbol("special", "DEBUG-ITEM", (), 0, None))
            for name in DEBUG_ITEM_FIELDS:
                table._put(Symbol("special", name, ("DEBUG-ITEM",), 0, None))
        return table

    def _add(self, item: DataItem, enclosing: tuple[str, ...], dims: int) -> None:
        if item.occurs is not None:
            dims += 1
        if item.name:
            self._put(Symbol("data", item.name.upper(), enclosing, dims, item))
        inner = ((item.name or "FILLER").upper(), *enclosing)
        for condition in item.conditions:
            self._put(Symbol("condition", condition.name.upper(), inner, dims, condition))
        if item.occurs is not None:
            for index_name in item.occurs.indexed_by:
                self._put(Symbol("index", index_name.upper(), inner, 0, item))
        for child in item.children:
            self._add(child, inner, dims)
        for alias in item.renames:  # level 66: qualified by the record only
            self._put(Symbol("data", (alias.name or "").upper(), inner, 0, alias))

    def _put(self, symbol: Symbol) -> None:
        self.by_name.setdefault(symbol.name, []).append(symbol)

    def candidates(self, name: str, qualifiers: Sequence[str]) -> list[Symbol]:
        """Every symbol called ``name`` that ``qualifiers`` (OF / IN, inside out) fit."""
        wanted = [q.upper() for q in qualifiers]
        return [s for s in self.by_name.get(name.upper(), []) if qualified(s.enclosing, wanted)]

    def resolve(self, name: str, qualifiers: Sequence[str], display: str, origin: Origin) -> Symbol:
        """The one symbol a reference names, or the error the checker and compiler report."""
        found = self.candidates(name, qualifiers)
        if not found:
            raise CobolSemanticError(f"'{display}' is not defined", origin)
        if len(found) > 1:
            raise CobolSemanticError(f"'{display}' is ambiguous: qualify it with OF", origin)
        return found[0]
