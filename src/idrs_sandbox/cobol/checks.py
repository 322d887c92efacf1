"""Semantic checks before a program runs, every problem reported together with its position.

- a data name that is not defined, or is ambiguous (two items of that name and the OF / IN
  qualification does not pick one);
- a subscript on an item that is not a table, or the wrong number of subscripts;
- a condition name used where a data item is needed, or a data item where a condition is needed;
- a PERFORM or GO TO naming no paragraph or section, or an ambiguous paragraph;
- a file name in OPEN / CLOSE / READ that no SELECT declares.

Each problem is a ``CobolSemanticError`` (``FILE:LINE:COL: message``, the line and a caret).
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator
from typing import Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolError, CobolSemanticError
from idrs_sandbox.cobol.dialect_rules import dialect_problems
from idrs_sandbox.cobol.functions import function_problems
from idrs_sandbox.cobol.procedure import resolve_condition
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.cobol.symbols import SymbolTable, visible_global_files
from idrs_sandbox.errors import IdrsError


class CheckFailed(IdrsError):
    """One or more problems: the message lists them all, in source order."""

    def __init__(self, errors: list[CobolError]) -> None:
        count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
        super().__init__("\n".join(str(e) for e in errors) + f"\n{count}")
        self.errors = errors


def check_program(program: Program) -> list[CobolError]:
    """Every semantic problem of ``program`` (an empty list when it may run)."""
    checker = _Checker(program, SymbolTable.of(program))
    checker.run()
    errors = [*checker.errors, *dialect_problems(program)]  # cobol/dialect_rules.py
    errors.extend(function_problems(program))  # FUNCTION-ID (cobol/functions.py)
    return sorted(errors, key=_position)


def file_names(program: Program) -> set[str]:
    inherited = {d.name.upper() for _, d in visible_global_files(program)}
    return {f.name.upper() for f in program.files} | inherited


def _position(error: CobolError) -> tuple[str, int, int]:
    origin = error.origin
    if origin is None:
        return ("", 0, 0)
    return (origin.file, origin.line, origin.column)


class _Checker:
    def __init__(self, program: Program, names: SymbolTable) -> None:
        self.program = program
        self.names = names
        self.files = file_names(program)
        self.errors: list[CobolError] = []
        self.paragraphs: list[tuple[str | None, str | None]] = []
        if program.procedure is not None:
            for section in program.procedure.sections:
                for paragraph in section.paragraphs:
                    self.paragraphs.append((paragraph.name, section.name))

    def error(self, message: str, origin: Any) -> None:
        self.errors.append(CobolSemanticError(message, origin))

    def run(self) -> None:
        procedure = self.program.procedure
        if procedure is None:
            return
        for section in procedure.sections:
            for paragraph in section.paragraphs:
                for sentence in paragraph.sentences:
                    for statement in sentence.statements:
                        self.statement(statement, section.name)

    # statements -----------------------------------------------------------------------------

    def statement(self, statement: ast.Statement, section: str | None) -> None:
        for receiver in receivers(statement):
            found = self.names.candidates(receiver.name, receiver.qualifiers)
            if len(found) == 1 and found[0].kind == "constant":
                self.error(
                    f"'{receiver.name}' is a constant (level 78): it cannot change", receiver.origin
                )
        if isinstance(statement, ast.PerformProcedure):
            self.procedure_name(statement.start, section)
            if statement.end is not None:
                self.procedure_name(statement.end, section)
        elif isinstance(statement, ast.GoTo):
            for procedure in statement.targets:
                self.procedure_name(procedure, section)
        elif isinstance(statement, ast.Open):
            for _, names in statement.groups:
                for name in names:
                    self.file_name(name, statement.origin)
        elif isinstance(statement, ast.Close):
            for name in statement.files:
                self.file_name(name, statement.origin)
        elif isinstance(
            statement, ast.Read | ast.Return | ast.Start | ast.DeleteRecord | ast.Unlock
        ):
            self.file_name(statement.file, statement.origin)
        elif isinstance(statement, ast.SortFile):
            self.sort_file(statement, section)
        elif isinstance(statement, ast.Write | ast.Rewrite) and statement.file_form:
            self.file_name(statement.record.name, statement.origin)
            if statement.source is not None:
                self.nodes(_Holder(statement.source), section)
            return
        elif isinstance(statement, ast.SetTo) and isinstance(statement.value, bool):
            for target in statement.targets:
                self.identifier(target, want="condition")
            return
        elif isinstance(statement, ast.Evaluate):
            self.evaluate(statement, section)
            return
        self.nodes(statement, section)

    def evaluate(self, statement: ast.Evaluate, section: str | None) -> None:
        """EVALUATE: a bare operand is a value (subject or object), not a condition."""
        for subject in statement.subjects:
            self._evaluate_part(subject)
        for group in statement.whens:
            for head in group.heads:
                for obj in head:
                    self._evaluate_part(obj)
            for nested in group.statements:
                self.statement(nested, section)
        for nested in statement.other or ():
            self.statement(nested, section)

    def _evaluate_part(self, part: Any) -> None:
        if isinstance(part, ast.Not) and isinstance(
            part.operand, ast.BareCondition | ast.AbbreviatedRelation
        ):
            part = part.operand
        if isinstance(part, ast.BareCondition | ast.RangeObject | ast.AbbreviatedRelation):
            # WHEN >= 10000: the EVALUATE subject is the missing left side
            for ident in _identifiers(part):
                self.identifier(ident, want="any")
        elif isinstance(part, _CONDITIONS):
            self.condition(part)

    def nodes(self, node: Any, section: str | None) -> None:
        """Visit the identifiers and conditions inside ``node`` (nested statements too)."""
        for value in _children(node):
            if isinstance(value, ast.Identifier):
                self.identifier(value)
            elif isinstance(value, ast.LengthOf) and not value.target.subscripts:
                # cobc 3.1.2: LENGTH OF a table item needs no subscript (probe odo_length)
                self.identifier(value.target, want="length")
            elif isinstance(value, _CONDITIONS):
                self.condition(value)
            elif _is_statement(value):
                self.statement(value, section)
            elif dataclasses.is_dataclass(value) and not isinstance(value, type):
                self.nodes(value, section)

    # conditions -----------------------------------------------------------------------------

    def condition(self, condition: Any) -> None:
        unknown = [
            ident
            for ident in _identifiers(condition)
            if not self.names.candidates(ident.name, ident.qualifiers)
        ]
        if unknown:
            for ident in unknown:
                self.error(f"unknown data name '{ident.display_name()}'", ident.origin)
            return
        try:
            resolved = resolve_condition(condition, self._is_condition_name)
        except CobolError as error:
            self.errors.append(error)
            return
        self._condition_parts(resolved)

    def _condition_parts(self, condition: Any) -> None:
        if isinstance(condition, ast.ConditionName):
            self.identifier(condition.target, want="condition")
        elif isinstance(condition, ast.And | ast.Or):
            self._condition_parts(condition.left)
            self._condition_parts(condition.right)
        elif isinstance(condition, ast.Not):
            self._condition_parts(condition.operand)
        else:
            for value in _children(condition):
                if isinstance(value, ast.Identifier):
                    self.identifier(value)
                elif dataclasses.is_dataclass(value) and not isinstance(value, type):
                    self.nodes(value, None)

    def _is_condition_name(self, expr: Any) -> bool:
        if not isinstance(expr, ast.Identifier):
            return False
        found = self.names.candidates(expr.name, expr.qualifiers)
        return len(found) == 1 and found[0].kind == "condition"

    # names ------------------------------------------------------------------------------------

    def identifier(self, ident: ast.Identifier, want: str = "data") -> None:
        for subscript in ident.subscripts:
            self.nodes(_Holder(subscript), None)
        if ident.refmod is not None:
            self.nodes(ident.refmod, None)
        found = self.names.candidates(ident.name, ident.qualifiers)
        if not found:
            self.error(f"unknown data name '{ident.display_name()}'", ident.origin)
            return
        if len(found) > 1:
            self.error(
                f"'{ident.display_name()}' is ambiguous ({len(found)} items): qualify it with OF",
                ident.origin,
            )
            return
        named = found[0]
        if want == "data" and named.kind == "condition":
            self.error(f"'{ident.name}' is a condition name, not a data item", ident.origin)
            return
        if want == "condition" and named.kind != "condition":
            self.error(f"'{ident.name}' is not a condition name", ident.origin)
            return
        dims = named.dims
        if ident.subscripts and not dims:
            self.error(f"'{ident.name}' is not a table: it takes no subscript", ident.origin)
        elif dims and len(ident.subscripts) != dims and want != "length":
            self.error(
                f"'{ident.name}' needs {dims} subscript(s), got {len(ident.subscripts)}",
                ident.origin,
            )

    def procedure_name(self, name: ast.ProcedureName, section: str | None) -> None:
        wanted = name.name.upper()
        matches = [
            (p, s)
            for p, s in self.paragraphs
            if p is not None
            and p.upper() == wanted
            and (name.section is None or (s or "").upper() == name.section.upper())
        ]
        if len(matches) > 1:
            local = [m for m in matches if m[1] == section]
            if len(local) != 1:
                self.error(
                    f"paragraph '{name.name}' is ambiguous: qualify it with OF section",
                    name.origin,
                )
            return
        if matches:
            return
        if name.section is None and any(
            s is not None and s.upper() == wanted for _, s in self.paragraphs
        ):
            return
        self.error(f"unknown paragraph or section '{name.name}'", name.origin)

    def sort_file(self, statement: ast.SortFile, section: str | None) -> None:
        for name in (statement.file, *statement.using, *statement.giving):
            self.file_name(name, statement.origin)
        for procedure in (statement.input_procedure, statement.output_procedure):
            if procedure is not None:
                self.procedure_name(procedure[0], section)
                if procedure[1] is not None:
                    self.procedure_name(procedure[1], section)

    def file_name(self, name: str, origin: Any) -> None:
        if name.upper() not in self.files:
            self.error(f"unknown file '{name}'", origin)


@dataclasses.dataclass(frozen=True)
class _Holder:
    """Wraps a bare expression so :meth:`_Checker.nodes` can visit it."""

    value: Any


_CONDITIONS = (
    ast.Relation,
    ast.ClassCondition,
    ast.SignCondition,
    ast.ConditionName,
    ast.Not,
    ast.And,
    ast.Or,
    ast.BareCondition,
    ast.AbbreviatedRelation,
    ast.SwitchCondition,
)


def _is_statement(value: Any) -> bool:
    return isinstance(value, _STATEMENT_TYPES)


_STATEMENT_TYPES: tuple[type, ...] = typing.get_args(ast.Statement)


def receivers(statement: ast.Statement) -> Iterator[ast.Identifier]:
    """The items a statement stores into."""
    if isinstance(statement, ast.Move | ast.Initialize | ast.SetTo | ast.SetUpDown):
        yield from statement.targets
    elif isinstance(statement, ast.Add | ast.Subtract | ast.Multiply | ast.Divide | ast.Compute):
        yield from (target.target for target in statement.targets)
        if isinstance(statement, ast.Divide) and statement.remainder is not None:
            yield statement.remainder
    elif isinstance(statement, ast.String | ast.Read | ast.Return):
        if statement.into is not None:
            yield statement.into
    elif isinstance(statement, ast.Unstring):
        yield from (target.target for target in statement.targets)
    elif isinstance(statement, ast.Inspect | ast.Accept | ast.AcceptEnvironment):
        yield statement.target


def _identifiers(node: Any) -> Iterator[ast.Identifier]:
    """Every identifier inside a condition or expression (subscripts included)."""
    for value in _children(node):
        if isinstance(value, ast.Identifier):
            yield value
            for subscript in value.subscripts:
                yield from _identifiers(_Holder(subscript))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            yield from _identifiers(value)


def _children(node: Any) -> Iterator[Any]:
    """The values held by a node's fields, tuples flattened (EVALUATE subjects may be bools)."""
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return
    for field in dataclasses.fields(node):
        if field.name == "origin":
            continue
        yield from _flatten(getattr(node, field.name))


def _flatten(value: Any) -> Iterator[Any]:
    if isinstance(value, tuple | list):
        for item in value:
            yield from _flatten(item)
    elif value is not None and not isinstance(value, str | bool | int):
        yield value
