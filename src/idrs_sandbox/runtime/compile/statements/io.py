"""Statement generators: DISPLAY, ACCEPT, OPEN, CLOSE, READ, WRITE.

Each is registered for its AST node type with :func:`generates`."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.runtime.compile.emission import DECIMAL_COMMA
from idrs_sandbox.runtime.compile.statements.arguments import (
    ARGUMENT_SOURCES,
    accept_argument,
    display_upon_argument_number,
)
from idrs_sandbox.runtime.compile.statements.declaratives import file_error, handles_file_errors
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import (
    display_type,
)
from idrs_sandbox.runtime.fields import Category, Usage, alphanumeric

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.Display)
def display_stmt(c: Compiler, node: ast.Display) -> None:
    if node.upon is not None and node.upon.upper() == "ARGUMENT-NUMBER":
        display_upon_argument_number(c, node)
        return
    parts = [_display_point(c, item, display_item(c, item)) for item in node.items]
    if not node.no_advancing:
        parts.append(c.const(b"\n", "_b"))
    joined = parts[0] if len(parts) == 1 else "b''.join((" + ", ".join(parts) + ",))"
    stream = "_err" if node.upon in ("SYSERR", "STDERR") else "_out"
    c.out.line(f"{stream}({joined})")


def _display_point(c: Compiler, item: ast.Operand, shown: str) -> str:
    """DECIMAL-POINT IS COMMA: libcob shows a number's decimal point as ',' (testsuite
    "DECIMAL-POINT is COMMA (1)": 99V99 holding 0.5 shows 00,50)."""
    if not c.program.decimal_comma or isinstance(item, ast.Identifier):
        return shown  # an item is shown through an edited type: c.mover exchanges it
    if isinstance(item, ast.NumericLiteral) or c.is_numeric_operand(item):
        return f"{shown}.translate({c.const(DECIMAL_COMMA, '_tr')})"
    return shown


def display_item(c: Compiler, item: ast.Operand) -> str:
    """The bytes DISPLAY shows for one operand (libcob display_numeric for numbers: an edit
    with a leading sign and a decimal point, e.g. S9(3) -5 -> -005)."""
    if isinstance(item, ast.NumericLiteral):
        return c.const(item.text.encode("latin-1"), "_b")
    if isinstance(item, ast.Figurative):
        return c.const(item.byte, "_b")
    if isinstance(item, ast.AllLiteral):
        return c.const(item.value, "_b")
    if isinstance(item, ast.AlphanumericLiteral):
        return c.const(item.value, "_b")
    if isinstance(item, ast.Identifier):
        ref = c.ref(item)
        raw = c.slice(ref)
        if ref.numeric:
            source = ref.ftype
            c.read_sign(ref)
            if source.usage is Usage.NATIVE:
                # probe display_formats: cobc shows a COMP-5 item's unscaled integer
                # (9V9 COMP-5 holding 2.5 displays 025).
                source = dataclasses.replace(source, scale=0)
            shown_type = display_type(source)
            if item.name.upper() == "RETURN-CODE" and source.usage is Usage.NATIVE:
                # cobc 3.1.2 shows RETURN-CODE with 9 digits (+000000007), where a BINARY-LONG
                # item of the program shows 10 (tests/runtime/test_modules.py)
                shown_type = display_type(dataclasses.replace(source, usage=Usage.BINARY))
            shown = f"{c.mover(source, shown_type)}({raw})"
            if source.usage is Usage.NATIVE:
                return shown
            # libcob pretty_display_numeric writes every byte of the edited copy but X'00'.
            return f"{shown}.replace(b'\\0', b'')"
        return raw
    if isinstance(item, ast.LengthOf):
        size = c.ref(item.target).static_size or 0
        return c.const(f"{size:09d}".encode(), "_b")
    if isinstance(item, ast.FunctionCall) and item.name == "LENGTH":
        return f"str({c.num(item).code}).encode()"
    if c.is_numeric_operand(item):
        num = c.num(item)
        return f"_C.display_number({num.code}, {num.scale})"
    return c.alphanumeric(item).code


@generates(ast.Accept)
def accept_stmt(c: Compiler, node: ast.Accept) -> None:
    source = (node.source or "").upper()
    if source in ARGUMENT_SOURCES:
        accept_argument(c, node, source)
        return
    ref = c.ref(node.target)
    if source in ("DATE", "TIME", "DAY", "DAY-OF-WEEK", "DATE YYYYMMDD"):
        c.store_bytes(ref, f"_accept_from({source!r}, {ref.size})")
    else:
        c.store_bytes(ref, f"_accept_line({ref.size})")


def file_var(c: Compiler, name: str, origin: Origin) -> tuple[str, Any]:
    entry = c.model.files.get(name.upper())
    if entry is None:
        raise CobolSemanticError(f"'{name}' is not a file", origin)
    return f"_F_{entry.area.index}", entry


def _status(c: Compiler, entry: Any, code: str) -> None:
    status = entry.status
    if status is None:
        return
    where = f"B{status.area.index}[{status.offset}:{status.offset + status.size}]"
    if status.ftype.category is Category.NUMERIC:
        mover = c.mover(alphanumeric(2), status.ftype)
        c.out.line(f"{where} = {mover}({code})")
    else:
        fitted = f"{code}" if status.size == 2 else f"_fit({code}, {status.size})"
        c.out.line(f"{where} = {fitted}")


def _unhandled(c: Compiler, entry: Any, code: str, origin: Origin, handled_eof: bool) -> None:
    """Without a FILE STATUS item an I/O error stops the run (libcob: 'libcob: error'), unless
    a USE AFTER ERROR procedure takes it (statements/declaratives.py)."""
    if handles_file_errors(c, entry):
        var, _ = file_var(c, entry.declaration.name, origin)
        file_error(c, var, entry, code, origin, handled_eof)
        return
    if entry.status is not None:
        return
    site = c.site(origin)
    threshold = "b'30'" if handled_eof else "b'10'"
    with c.out.block(f"if {code} >= {threshold}:"):
        c.out.line(f"_io_error({c.const(entry.declaration.name, '_n')}, {code}, {site})")


@generates(ast.Open)
def open_stmt(c: Compiler, node: ast.Open) -> None:
    for mode, names in node.groups:
        for name in names:
            var, entry = file_var(c, name, node.origin)
            code = c.temp()
            c.out.line(f"{code} = {var}.open({mode!r})")
            _status(c, entry, code)
            _unhandled(c, entry, code, node.origin, True)


@generates(ast.Close)
def close_stmt(c: Compiler, node: ast.Close) -> None:
    for name in node.files:
        var, entry = file_var(c, name, node.origin)
        code = c.temp()
        c.out.line(f"{code} = {var}.close()")
        _status(c, entry, code)
        _unhandled(c, entry, code, node.origin, True)


@generates(ast.Read)
def read_stmt(c: Compiler, node: ast.Read) -> None:
    var, entry = file_var(c, node.file, node.origin)
    code = c.temp()
    c.out.line(f"{code} = {var}.read()")
    _status(c, entry, code)
    _unhandled(c, entry, code, node.origin, node.at_end is not None)
    if node.into is not None:
        with c.out.block(f"if {code} < b'10':"):
            record = f"B{entry.area.index}[0:{entry.record_size}]"
            c._move_from_bytes(
                record, alphanumeric(entry.record_size), entry.record_size, c.ref(node.into)
            )
    if node.at_end is not None:
        with c.out.block(f"if {code}[:1] == b'1':"):
            c.statements(node.at_end)
        if node.not_at_end is not None:
            with c.out.block(f"elif {code} < b'10':"):
                c.statements(node.not_at_end)
    elif node.not_at_end is not None:
        with c.out.block(f"if {code} < b'10':"):
            c.statements(node.not_at_end)


@generates(ast.Write)
def write_stmt(c: Compiler, node: ast.Write) -> None:
    record = c.ref(node.record)
    file_entry = record.entry.file
    if file_entry is None:
        raise CobolSemanticError(f"'{node.record.name}' is not a record of a file", node.origin)
    var, entry = file_var(c, file_entry.name, node.origin)
    if node.source is not None:
        c.move(node.source, record)
    code = c.temp()
    advancing = node.advancing
    if advancing is None:
        c.out.line(f"{code} = {var}.write({c.slice(record)})")
    else:
        # runtime/files.py write_advancing: LF / CR / FF before or after the record, as
        # GnuCOBOL 3.1.2 writes them (probe write_advancing).
        lines = "None" if advancing.lines is None else c.integer(advancing.lines)
        before = advancing.before
        c.out.line(f"{code} = {var}.write_advancing({c.slice(record)}, {before}, {lines})")
    _status(c, entry, code)
    _unhandled(c, entry, code, node.origin, True)
