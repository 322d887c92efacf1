"""USE FOR DEBUGGING in a program compiled WITH DEBUGGING MODE (runtime/debugging.py holds
DEBUG-ITEM).

The code cobc 3.1.2 generates (codegen.c, typeck.c cb_check_field_debug, parser.y), measured
by the testsuite cases "USE FOR DEBUGGING ..." and probe ``debugging_use``:

- every statement outside a debugging section first puts its line in DEBUG-LINE;
- at each paragraph and section (outside the debugging sections) DEBUG-NAME gets its name, and
  the section of ``USE FOR DEBUGGING ON ALL PROCEDURES`` or ``ON that-procedure`` is PERFORMed;
  DEBUG-CONTENTS tells how the procedure was reached: ``START PROGRAM``, ``FALL THROUGH`` (set
  at the end of every paragraph), ``PERFORM LOOP`` (set by PERFORM), spaces (GO TO);
- after a statement that names a debugged data item (as a receiver; any reference when the USE
  says ``ALL [REFERENCES OF]``), once per item: DEBUG-NAME, DEBUG-CONTENTS (its bytes),
  DEBUG-SUB-1..3 (its subscripts), then the section; GO TO, PERFORM, WRITE and REWRITE are
  not checked (cobc turns field debugging off for them); a PERFORM VARYING reports its variable
  after setting and stepping it, and the items of its UNTIL before each test;
- after OPEN and CLOSE of a debugged file, and after a successful READ (DEBUG-CONTENTS: the
  record), the file's section runs;
- a debugging section does nothing while libcob's debugging mode is off (COB_SET_DEBUG).

Known differences: entering a section's first paragraph by its own name (PERFORM of that
paragraph) also runs the section's debugging, and GO TO ... DEPENDING ON leaves DEBUG-NAME as
it was.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.checks import receivers
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.runtime import debugging as rt
from idrs_sandbox.runtime.compile.statements.flow import _step
from idrs_sandbox.runtime.compile.statements.registry import GENERATORS, generates
from idrs_sandbox.runtime.data import DataEntry

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler
    from idrs_sandbox.runtime.compile.values import Paragraph

_UNCHECKED = (ast.GoTo, ast.PerformProcedure, ast.PerformInline, ast.Write)
"""Statements cobc compiles with field debugging off (parser.y start_debug = 0)."""


@dataclass
class DebugPlan:
    """Which section debugs what, and where DEBUG-ITEM lives, for one compilation."""

    all_procedures: ast.Section | None = None
    procedures: dict[str, ast.Section] = field(default_factory=dict)
    files: dict[str, ast.Section] = field(default_factory=dict)
    fields: dict[int, tuple[ast.Section, bool]] = field(default_factory=dict)
    """id(DataEntry) -> (section, ALL REFERENCES)."""
    debug_paragraphs: set[int] = field(default_factory=set)
    """Indexes of the paragraphs of the debugging sections (nothing is debugged there)."""
    declarative_paragraphs: set[int] = field(default_factory=set)
    area: int = 0
    contents: int = 0

    # where DEBUG-ITEM's fields are -----------------------------------------------------------

    def _set(self, c: Compiler, offset: int, size: int, value: str) -> None:
        c.out.line(f"B{self.area}[{offset}:{offset + size}] = {value}")

    def _name(self, c: Compiler, name: str) -> None:
        self._set(c, 7, 30, c.const(rt.fit(name.encode("latin-1"), 30), "_b"))

    def _contents_text(self, c: Compiler, text: bytes) -> None:
        size = self.contents
        self._set(c, rt.CONTENTS_OFFSET, size, c.const(rt.fit(text, size), "_b"))

    def _perform(self, c: Compiler, section: ast.Section, origin: Origin) -> None:
        assert section.name is not None
        start = ast.ProcedureName(section.name, None, origin)
        GENERATORS[ast.PerformProcedure](c, ast.PerformProcedure(start, None, None, origin))

    def _in_debugging(self, c: Compiler) -> bool:
        current = c._current
        return current is None or current.index in self.debug_paragraphs

    def _in_declaratives(self, c: Compiler) -> bool:
        current = c._current
        return current is None or current.index in self.declarative_paragraphs

    # hooks called by the compiler --------------------------------------------------------------

    def enter(self, c: Compiler, paragraph: Paragraph) -> None:
        """The start of a paragraph's function: a debugging section's switch test, or the
        procedure debugging of a section and a paragraph."""
        if paragraph.index in self.debug_paragraphs:
            if paragraph.index == paragraph.section_first:
                c.out.line(f"if not _DBG[0]: return {-(paragraph.section_last + 1)}")
            return
        origin = paragraph.node.origin
        if paragraph.index == paragraph.section_first and paragraph.section is not None:
            self._procedure(c, paragraph.section, origin)
        if paragraph.name is not None:
            self._procedure(c, paragraph.name, origin)

    def _procedure(self, c: Compiler, name: str, origin: Origin) -> None:
        self._name(c, name)
        section = self.all_procedures or self.procedures.get(name.upper())
        if section is not None:
            self._perform(c, section, origin)

    def leave(self, c: Compiler, paragraph: Paragraph) -> None:
        if paragraph.index not in self.debug_paragraphs:
            self._contents_text(c, b"FALL THROUGH")

    def before(self, c: Compiler, statement: Any) -> bool:
        """Before a statement; True when this module wrote the statement itself."""
        if self._in_debugging(c):
            return False
        line = statement.origin.line
        self._set(c, 0, 6, c.const(b"%6d" % line, "_b"))
        if isinstance(statement, ast.PerformProcedure):
            self._contents_text(c, b"PERFORM LOOP")
        if isinstance(statement, ast.GoTo) and statement.depending is None:
            target = statement.targets[0]
            if self.all_procedures or target.name.upper() in self.procedures:
                self._name(c, target.name)
                self._contents_text(c, b"")
        if isinstance(statement, ast.PerformProcedure | ast.PerformInline):
            return not self._in_declaratives(c) and self._perform_varying(c, statement)
        return False

    def after(self, c: Compiler, statement: Any) -> None:
        if self._in_debugging(c):
            return
        if isinstance(statement, ast.Open):
            for _, names in statement.groups:
                for name in names:
                    self._file(c, name, None, statement.origin)
        elif isinstance(statement, ast.Close):
            for name in statement.files:
                self._file(c, name, None, statement.origin)
        if isinstance(statement, _UNCHECKED) or self._in_declaratives(c):
            return
        targets = {id(t) for t in receivers(statement)}
        seen: set[int] = set()
        for ident in _references(statement):
            entry = _data_entry(c, ident)
            if entry is None or id(entry) in seen or id(entry) not in self.fields:
                continue
            section, every = self.fields[id(entry)]
            if every or id(ident) in targets:
                seen.add(id(entry))
                self._field(c, ident, section)

    def read(self, c: Compiler, name: str, record: str, origin: Origin) -> None:
        """In the branch of a successful READ: the file's debugging (contents: the record)."""
        if not self._in_debugging(c) and name.upper() in self.files:
            self._file(c, name, record, origin)

    def _file(self, c: Compiler, name: str, record: str | None, origin: Origin) -> None:
        section = self.files.get(name.upper())
        if section is None:
            return
        self._name(c, name)
        if record is None:
            self._contents_text(c, b"")
        else:
            self._set(c, rt.CONTENTS_OFFSET, self.contents, self._fit(c, record))
        self._perform(c, section, origin)

    def _fit(self, c: Compiler, data: str) -> str:
        return f"{c.const(rt.fit, '_dfit')}({data}, {self.contents})"

    def _field(self, c: Compiler, ident: ast.Identifier, section: ast.Section) -> None:
        name = " OF ".join((ident.name, *ident.qualifiers))
        self._name(c, name)
        self._set(c, rt.CONTENTS_OFFSET, self.contents, self._fit(c, c.slice(c.ref(ident))))
        sub = c.const(rt.subscript_text, "_dsub")
        for number, offset in enumerate((38, 44, 50)):
            if number < len(ident.subscripts):
                value = c.integer(ident.subscripts[number])
                self._set(c, offset, 5, f"{sub}({value})")
            else:
                self._set(c, offset, 5, c.const(b"     ", "_b"))
        self._perform(c, section, ident.origin)

    def _debugged(self, c: Compiler, expr: Any) -> ast.Section | None:
        if not isinstance(expr, ast.Identifier):
            return None
        entry = _data_entry(c, expr)
        if entry is None or id(entry) not in self.fields:
            return None
        return self.fields[id(entry)][0]

    def _perform_varying(self, c: Compiler, node: ast.PerformProcedure | ast.PerformInline) -> bool:
        """PERFORM [procedure] VARYING v ... UNTIL c with a debugged v or item in c (one
        VARYING, TEST BEFORE): v is reported after it is set and after each step, the items of
        the UNTIL before each test (codegen.c output_perform / output_cond_debug)."""
        loop = node.loop
        if not isinstance(loop, ast.Varying) or loop.test_after or len(loop.clauses) != 1:
            return False
        clause = loop.clauses[0]
        variable = self._debugged(c, clause.variable)
        compared = [(e, s) for e in _relation_operands(clause.until) if (s := self._debugged(c, e))]
        if variable is None and not compared:
            return False
        c.store_numeric(clause.variable, c.num(clause.start), False, None)
        if variable is not None:
            self._field(c, clause.variable, variable)
        with c.out.block("while True:"):
            for expr, section in compared:
                self._field(c, expr, section)
            with c.out.block(f"if {c.condition(clause.until)}:"):
                c.out.line("break")
            c.loop_depth += 1
            try:
                if isinstance(node, ast.PerformInline):
                    c.statements(node.body)
                else:
                    body = ast.PerformProcedure(node.start, node.end, None, node.origin)
                    GENERATORS[ast.PerformProcedure](c, body)
            finally:
                c.loop_depth -= 1
            _step(c, clause)
            if variable is not None:
                self._field(c, clause.variable, variable)
        return True


def plan_debugging(c: Compiler) -> DebugPlan | None:
    """The debugging of a program compiled WITH DEBUGGING MODE that has USE FOR DEBUGGING
    sections (cobc's flag_gen_debug), else None."""
    procedure = c.program.procedure
    if procedure is None or not c.program.debugging_mode:
        return None
    uses = [s for s in procedure.sections if isinstance(s.use, ast.UseForDebugging)]
    if not uses:
        return None
    item = c.model.special["DEBUG-ITEM"]
    plan = DebugPlan(area=item.area.index, contents=item.size - rt.CONTENTS_OFFSET)
    index = 0
    for section in procedure.sections:
        for _ in section.paragraphs:
            if section.declarative:
                plan.declarative_paragraphs.add(index)
            if isinstance(section.use, ast.UseForDebugging):
                plan.debug_paragraphs.add(index)
            index += 1
    procedure_names = {p.name.upper() for p in c.paragraphs if p.name} | {
        s.name.upper() for s in procedure.sections if s.name and not s.declarative
    }
    for section in uses:
        assert isinstance(section.use, ast.UseForDebugging)
        for target in section.use.targets:
            _add_target(c, plan, section, target, procedure_names)
    return plan


def _add_target(
    c: Compiler,
    plan: DebugPlan,
    section: ast.Section,
    target: ast.DebugTarget,
    procedure_names: set[str],
) -> None:
    if target.name is None:
        plan.all_procedures = section
        return
    name = target.name.upper()
    if not target.qualifiers and name in c.model.files:
        plan.files[name] = section
        return
    found = [
        n for n in c.model.candidates(target.name, target.qualifiers) if isinstance(n, DataEntry)
    ]
    if len(found) == 1:
        plan.fields[id(found[0])] = (section, target.all_references)
        return
    if not target.qualifiers and name in procedure_names:
        plan.procedures[name] = section
        return
    raise CobolSemanticError(f"'{target.name}' is not a valid DEBUGGING target", target.origin)


def _data_entry(c: Compiler, ident: ast.Identifier) -> DataEntry | None:
    found = c.model.candidates(ident.name, ident.qualifiers)
    if len(found) == 1 and isinstance(found[0], DataEntry):
        return found[0]
    return None


def _references(node: Any) -> Iterator[ast.Identifier]:
    """The identifiers a statement names itself, in order (not those of nested statements nor
    of subscripts)."""
    for item in dataclasses.fields(node):
        if item.name == "origin":
            continue
        yield from _values(getattr(node, item.name))


def _values(value: Any) -> Iterator[ast.Identifier]:
    if isinstance(value, ast.Identifier):
        yield value
    elif isinstance(value, tuple | list):
        for each in value:
            if not _is_statement(each):
                yield from _values(each)
    elif (
        dataclasses.is_dataclass(value) and not isinstance(value, type) and not _is_statement(value)
    ):
        yield from _references(value)


def _is_statement(value: Any) -> bool:
    return isinstance(value, _STATEMENT_TYPES)


_STATEMENT_TYPES: tuple[type, ...] = typing.get_args(ast.Statement)


def _relation_operands(condition: Any) -> Iterator[Any]:
    """The operands of the relations of a condition, left to right."""
    if isinstance(condition, ast.Relation):
        yield condition.left
        yield condition.right
    elif isinstance(condition, ast.And | ast.Or):
        yield from _relation_operands(condition.left)
        yield from _relation_operands(condition.right)
    elif isinstance(condition, ast.Not):
        yield from _relation_operands(condition.operand)


@generates(ast.SetEnvironment)
def setenvironment_stmt(c: Compiler, node: ast.SetEnvironment) -> None:
    """SET ENVIRONMENT (runtime/debugging.py set_environment): it is here because it is what
    switches USE FOR DEBUGGING on and off during a run (COB_SET_DEBUG)."""
    setter = c.const(rt.set_environment, "_setenv")
    name = c.alphanumeric(node.name).code
    value = c.alphanumeric(node.value).code
    c.out.line(f"{setter}(_ENV, _DBG, {name}, {value})")


@generates(ast.Trace)
def trace_stmt(c: Compiler, node: ast.Trace) -> None:
    """READY TRACE / RESET TRACE: the trace switch of the run. Only a program compiled with
    its trace (``idrs cobol run --trace``, as cobc -ftrace) writes anything; without it the
    statements do nothing visible, as in a program cobc built without -ftrace."""
    c.out.line(f"_TRC[0] = {node.on}")


@generates(ast.SetLastException)
def setlastexception_stmt(c: Compiler, node: ast.SetLastException) -> None:
    """SET LAST EXCEPTION TO OFF (runtime/exceptions.py): EXCEPTION-STATUS is spaces again."""
    c.out.line("_X.clear()")
