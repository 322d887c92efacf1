"""Statement generators: DISPLAY, ACCEPT, OPEN, CLOSE, READ, WRITE.

Each is registered for its AST node type with :func:`generates`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.runtime import dialect_display, floats, storage
from idrs_sandbox.runtime.compile import forwarding, intrinsic_calls
from idrs_sandbox.runtime.compile.emission import DECIMAL_COMMA
from idrs_sandbox.runtime.compile.functions import function_display, user_function
from idrs_sandbox.runtime.compile.locations import location
from idrs_sandbox.runtime.compile.statements.arguments import (
    ARGUMENT_SOURCES,
    ENVIRONMENT_TARGETS,
    accept_argument,
    display_upon_argument_number,
    display_upon_environment,
)
from idrs_sandbox.runtime.compile.statements.declaratives import file_error, handles_file_errors
from idrs_sandbox.runtime.compile.statements.linage import after_write, before_write
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import (
    Ref,
    display_type,
)
from idrs_sandbox.runtime.data import DataEntry
from idrs_sandbox.runtime.fields import Category, Usage, alphanumeric

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.Display)
def display_stmt(c: Compiler, node: ast.Display) -> None:
    if node.upon is not None and node.upon.upper() == "ARGUMENT-NUMBER":
        display_upon_argument_number(c, node)
        return
    if node.upon is not None and node.upon.upper() in ENVIRONMENT_TARGETS:
        display_upon_environment(c, node, node.upon.upper())
        return
    parts = [_display_point(c, item, display_item(c, item)) for item in node.items]
    _right_to_left(c, node.items, parts)
    if not node.no_advancing:
        parts.append(c.const(b"\n", "_b"))
    joined = parts[0] if len(parts) == 1 else "b''.join((" + ", ".join(parts) + ",))"
    stream = "_err" if node.upon in ("SYSERR", "STDERR") else "_out"
    c.out.line(f"{stream}({joined})")


def _right_to_left(c: Compiler, items: tuple[ast.Operand, ...], parts: list[str]) -> None:
    """cobc builds DISPLAY as one C call, ``cob_display (..., cob_intr_random (...), ...,
    cob_intr_random (...))``, and gcc evaluates the arguments from the last to the first:
    measured with cobc 3.1.2, ``DISPLAY FUNCTION RANDOM " " FUNCTION RANDOM`` shows the
    second value of the sequence first, and a function's exception is not yet raised when an
    EXCEPTION-STATUS written after it is read. So when the order can show (RANDOM, or any
    function in a program that reads the EXCEPTION-* functions), the function operands are
    computed right to left before the line is written (probe ``display_function_order``)."""
    calls = [at for at, item in enumerate(items) if isinstance(item, ast.FunctionCall)]
    if len(calls) < 2:
        return
    stateful = c.tracks_exceptions or any(_calls_random(items[at]) for at in calls)
    if not stateful:
        return
    for at in reversed(calls):
        temp = c.temp()
        c.out.line(f"{temp} = {parts[at]}")
        parts[at] = temp


def _calls_random(node: object) -> bool:
    if isinstance(node, ast.FunctionCall):
        return node.name == "RANDOM" or any(_calls_random(arg) for arg in node.args)
    if isinstance(node, ast.BinaryOp):
        return _calls_random(node.left) or _calls_random(node.right)
    if isinstance(node, ast.UnaryOp):
        return _calls_random(node.operand)
    return False


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
    udf = user_function(c, item) if isinstance(item, ast.FunctionCall) else None
    if udf is not None and isinstance(item, ast.FunctionCall):  # a FUNCTION-ID's value
        return function_display(c, item, udf)
    if isinstance(item, ast.Identifier):
        ref = c.ref(item)
        raw = c.slice(ref)
        if ref.numeric and ref.ftype.usage is Usage.FLOAT:
            return f"{c.const(floats.display_text(ref.ftype.size), '_fl')}({raw})"
        if ref.numeric and ref.ftype.usage is Usage.FLOAT_DECIMAL:
            return f"{c.const(floats.decimal_display(ref.ftype.size), '_fd')}({raw})"
        plain = not c.program.source.dialect.pretty_display
        if ref.numeric and plain and ref.ftype.usage is not Usage.NATIVE:
            return plain_number(c, ref, raw)
        if ref.numeric:
            source = ref.ftype
            c.read_sign(ref)
            if source.usage is Usage.NATIVE:
                # probe display_formats: cobc shows a COMP-5 item's unscaled integer
                # (9V9 COMP-5 holding 2.5 displays 025).
                source = dataclasses.replace(source, scale=0)
            shown_type = display_type(source)
            registers = ("RETURN-CODE", "SORT-RETURN")
            if item.name.upper() in registers and source.usage is Usage.NATIVE:
                # cobc 3.1.2 shows RETURN-CODE with 9 digits (+000000007), where a BINARY-LONG
                # item of the program shows 10 (tests/runtime/test_modules.py); SORT-RETURN
                # likewise (probe sort_file_procedures)
                shown_type = display_type(dataclasses.replace(source, usage=Usage.BINARY))
            shown = f"{c.mover(source, shown_type)}({raw})"
            if source.usage is Usage.NATIVE:
                return shown
            # libcob pretty_display_numeric writes every byte of the edited copy but X'00'.
            return f"{shown}.replace(b'\\0', b'')"
        return raw
    if isinstance(item, ast.LengthOf):
        # cobc 3.1.2 folds LENGTH OF into an integer literal: DISPLAY LENGTH OF B shows 12
        # (probe usage_comp), not a 9-digit number.
        length = c.num(item).code
        if length.isdigit():
            return c.const(length.encode(), "_b")
        # an item ending with an OCCURS DEPENDING ON table (compile/odo.py): a run-time
        # value, which cobc 3.1.2 shows signed with 9 digits (probe odo_length: +000000003)
        return f"b'%+010d' % {length}"
    if isinstance(item, ast.FunctionCall):
        result_shown = intrinsic_calls.shown(c, item)  # libcob's result field
        if result_shown is not None:
            return result_shown
    if isinstance(item, ast.FunctionCall) and item.name in ("LENGTH", "BYTE-LENGTH", "LENGTH-AN"):
        length = c.num(item).code
        inner = item.args[0]
        # cobc folds LENGTH of an item, a literal or WHEN-COMPILED (a constant) into a literal;
        # of any other function it calls cob_intr_length (000000021 for CURRENT-DATE)
        folded = not isinstance(inner, ast.FunctionCall) or (
            inner.name == "WHEN-COMPILED" and inner.refmod is None
        )
        if length.isdigit() and folded:
            return f"str({length}).encode()"
        # a length known only at run time comes from libcob's 9-digit integer field:
        # DISPLAY FUNCTION LENGTH (FUNCTION TRIM (X)) shows 000000002 (cobc 3.1.2)
        return f"b'%09d' % {length}"
    if c.is_numeric_operand(item):
        num = c.num(item)
        return f"_C.display_number({num.code}, {num.scale})"
    return c.alphanumeric(item).code


def plain_number(c: Compiler, ref: Ref, raw: str) -> str:
    """DISPLAY of a number without pretty-display (runtime/dialect_display.py)."""
    source = ref.ftype
    if source.usage in (Usage.BINARY, Usage.BINARY_X):
        read = c.const(storage.bytes_reader(dialect_display.unscaled(source)), "_rd")
        text = c.const(dialect_display.realbin_text(source.size, source.signed), "_rb")
        return f"{text}({read}({raw}))"
    c.read_sign(ref)
    return f"{c.mover(source, dialect_display.plain_type(source))}({raw})"


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
    if c.tracks_exceptions:  # EXCEPTION-STATUS / -FILE after a file operation (exceptions.py)
        c.out.line(_exception_line(c, entry, code))
    status = entry.status
    if status is None:
        return
    where = f"B{status.area.index}[{status.offset}:{status.offset + status.size}]"
    if status.ftype.category is Category.NUMERIC:
        mover = c.mover(alphanumeric(2), status.ftype)
        c.out.line(f"{where} = {mover}({code})")
    elif status.size == 2:
        # Two bytes stored one by one: a bytes object stored into a bytearray slice is first
        # copied into a temporary bytearray (535 ns against 175 ns on the 2-core machine).
        buffer = f"B{status.area.index}"
        c.out.line(f"{buffer}[{status.offset}] = {code}[0]")
        c.out.line(f"{buffer}[{status.offset + 1}] = {code}[1]")
    else:
        c.out.line(f"{where} = _fit({code}, {status.size})")


def _exception_line(c: Compiler, entry: Any, code: str) -> str:
    name = c.const(entry.declaration.name, "_n")
    statement = c.statement_at
    if statement is None:
        return f"_X.file_status({code}, {name})"
    where = location(c, statement.origin.line, type(statement).__name__.upper())
    return f"_X.file_status({code}, {name}, {where} if _XLOC[0] else None)"


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


def file_outcome(
    c: Compiler,
    entry: Any,
    code: str,
    origin: Origin,
    handler: tuple[str, tuple[ast.Statement, ...] | None, tuple[ast.Statement, ...] | None],
    on_success: Callable[[], None] | None = None,
) -> None:
    """cobc codegen output_ferror_stmt: the FILE STATUS item gets the code; a status of class
    ``handler[0]`` ('1' AT END, '2' INVALID KEY) runs the handler's statements when there are
    any; another non-0x status stops the run unless the file has a FILE STATUS item; a 0x
    status runs ``on_success`` (READ INTO) then the NOT AT END / NOT INVALID KEY statements."""
    _status(c, entry, code)
    kind, on_exception, not_on_exception = handler
    if handles_file_errors(c, entry):
        var, _ = file_var(c, entry.declaration.name, origin)
        handled = kind if on_exception is not None else ""
        file_error(c, var, entry, code, origin, False, handled)
    elif entry.status is None:
        test = f"{code} >= b'10'"
        if on_exception is not None:
            test += f" and {code}[:1] != b'{kind}'"
        with c.out.block(f"if {test}:"):
            name = c.const(entry.declaration.name, "_n")
            c.out.line(f"_io_error({name}, {code}, {c.site(origin)})")
    branch = "if"
    if on_exception is not None:
        with c.out.block(f"if {code}[:1] == b'{kind}':"):
            c.statements(on_exception)
        branch = "elif"
    if on_success is None and not_on_exception is None:
        return
    with c.out.block(f"{branch} {code} < b'10':"):
        if on_success is not None:
            on_success()
        if not_on_exception is not None:
            c.statements(not_on_exception)
        c.out.line("pass")


def organization(entry: Any) -> str:
    return str(entry.declaration.organization)


def keyed(entry: Any) -> bool:
    return organization(entry) in ("RELATIVE", "INDEXED")


@generates(ast.Open)
def open_stmt(c: Compiler, node: ast.Open) -> None:
    for mode, names in node.groups:
        for name in names:
            var, entry = file_var(c, name, node.origin)
            if mode == "I-O" and organization(entry) == "LINE SEQUENTIAL":
                raise CobolSemanticError(
                    "OPEN I-O not allowed on LINE SEQUENTIAL files", node.origin
                )  # cobc 3.1.2 refuses it at compile time
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
    if not keyed(entry) and (node.key is not None or node.invalid_key is not None):
        what = "KEY" if node.key is not None else "INVALID KEY"
        raise CobolSemanticError(f"{what} clause invalid with this file type", node.origin)
    code = c.temp()
    c.out.line(f"{code} = {var}.{read_call(c, entry, node)}")

    def into() -> None:
        record = f"B{entry.area.index}[0:{entry.record_size}]"
        if node.into is not None:
            c._move_from_bytes(
                record, alphanumeric(entry.record_size), entry.record_size, c.ref(node.into)
            )
        if c.debugging is not None:  # USE FOR DEBUGGING ON the file (statements/debugging.py)
            c.debugging.read(c, entry.declaration.name, record, node.origin)

    if node.invalid_key is not None or node.not_invalid_key is not None:
        handler = ("2", node.invalid_key, node.not_invalid_key)
    else:
        handler = ("1", node.at_end, node.not_at_end)
    file_outcome(c, entry, code, node.origin, handler, into)
    quiet = not any((node.at_end, node.not_at_end, node.invalid_key, node.not_invalid_key))
    if node.into is not None and entry.status is not None:
        quiet = quiet and c.data_entry(node.into).area is not entry.status.area
    forwarding.offer(c, entry, code, quiet and not handles_file_errors(c, entry))


def read_call(c: Compiler, entry: Any, node: ast.Read) -> str:
    """Which libcob routine a READ is (cobc typeck cb_emit_read)."""
    if not keyed(entry):
        return "read()"
    access = entry.declaration.access
    if node.direction is not None or access == "SEQUENTIAL":
        return f"read_next({node.direction == 'PREVIOUS'})"
    if access == "DYNAMIC" and node.at_end is not None:
        return "read_next(False)"
    if organization(entry) == "RELATIVE" and entry.relative_key is None:
        return "read_next(False)"
    index, length = key_of(c, entry, node.key)
    return f"read_key({index}, {length})"


def key_of(c: Compiler, entry: Any, key: ast.KeyName | None) -> tuple[int, int]:
    """The key a READ / START names, as libcob's bdb_findkey finds it: (key number, length
    compared). A split key is named by its own name; an item that starts where a key starts
    compares its own length (a leading part of the key), or the whole key when that key is
    split."""
    if organization(entry) == "RELATIVE":
        return 0, 0  # the RELATIVE KEY item is the key
    keys = entry.keys
    if not keys:
        raise CobolSemanticError(f"file {entry.declaration.name} has no RECORD KEY", None)
    if key is None:
        return 0, sum(part.size for part in keys[0].parts)
    for index, file_key in enumerate(keys):
        if file_key.split and file_key.name.upper() == key.name.upper():
            return index, sum(part.size for part in file_key.parts)
    found = [n for n in c.model.candidates(key.name, key.qualifiers) if isinstance(n, DataEntry)]
    if len(found) != 1:
        problem = "is not defined" if not found else "is ambiguous"
        raise CobolSemanticError(f"KEY {key.name} {problem}", key.origin)
    item = found[0]
    if item.area is entry.area:
        for index, file_key in enumerate(keys):
            if len(file_key.parts) == 1 and file_key.parts[0].offset == item.offset:
                return index, item.size
        for index, file_key in enumerate(keys):
            if file_key.parts[0].offset == item.offset:
                return index, sum(part.size for part in file_key.parts)
    raise CobolSemanticError(
        f"'{key.name}' is not a key of file {entry.declaration.name}", key.origin
    )


@generates(ast.Write)
def write_stmt(c: Compiler, node: ast.Write) -> None:
    record = record_ref(c, node, "WRITE")
    file_entry = record.entry.file
    if file_entry is None:
        raise CobolSemanticError(f"'{node.record.name}' is not a record of a file", node.origin)
    var, entry = file_var(c, file_entry.name, node.origin)
    if node.source is not None:
        c.move(node.source, record)
    code = c.temp()
    advancing = node.advancing
    if keyed(entry) or node.invalid_key is not None or node.not_invalid_key is not None:
        if not keyed(entry):
            raise CobolSemanticError("INVALID KEY clause invalid with this file type", node.origin)
        c.out.line(f"{code} = {var}.write({c.slice(record)})")
        file_outcome(c, entry, code, node.origin, ("2", node.invalid_key, node.not_invalid_key))
        return
    before_write(c, var, entry, node)  # LINAGE (statements/linage.py)
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
    after_write(c, var, entry, code, node)
    pages = node.end_of_page is not None or node.not_end_of_page is not None
    forwarding.offer(c, entry, code, not pages and not handles_file_errors(c, entry))


def record_ref(c: Compiler, node: ast.Write | ast.Rewrite, verb: str) -> Any:
    """The record a WRITE / REWRITE names; ``WRITE FILE f FROM x``: the first record
    description of f (cobc typeck cb_emit_write: ``f->record->sister``)."""
    ident = node.record
    if node.file_form:
        entry = c.model.files.get(ident.name.upper())
        if entry is None:
            raise CobolSemanticError(f"'{ident.name}' is not a file", node.origin)
        if node.source is None:
            raise CobolSemanticError(f"{verb} FILE requires a FROM clause", node.origin)
        first = entry.records[0] if entry.records else None
        if first is None or first.name is None:
            raise CobolSemanticError(
                f"{verb} FILE {ident.name}: its first record has no name", node.origin
            )
        ident = ast.Identifier(first.name, (entry.declaration.name,), (), None, ident.origin)
    # A record ending with an OCCURS DEPENDING ON table has the length the DEPENDING ON item
    # gives (names.py entry_ref): cobc passes it at that size to cob_write, so a
    # record-sequential file then holds variable records (probe odo_file_records).
    return c.ref(ident)
