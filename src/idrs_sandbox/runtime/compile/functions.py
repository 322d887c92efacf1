"""A reference to a user-defined function (FUNCTION-ID) compiled: the run-time side is
runtime/functions.py, the source side (``f1()`` without FUNCTION) cobol/functions.py.

The value is the function's RETURNING item: a number when that item is numeric (read with the
item's own type: a BINARY-LONG result is a binary integer), else its bytes. A data item argument
is passed with its storage (BY REFERENCE, runtime/linkage.py), a literal or a function's result
as its bytes; an arithmetic expression as an argument is refused (cobc builds a temporary of its
own type for it, which the engine does not).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.runtime import storage
from idrs_sandbox.runtime.fields import Category
from idrs_sandbox.runtime.functions import call_function, returning_entry
from idrs_sandbox.runtime.linkage import share
from idrs_sandbox.runtime.support import CobolRuntimeError

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.expressions import Expressions
    from idrs_sandbox.runtime.compile.values import Text
    from idrs_sandbox.runtime.data import DataEntry


def user_function(c: Expressions, call: ast.FunctionCall) -> Program | None:
    """The FUNCTION-ID of the caller's source file that ``call`` names, if any."""
    root = c.program
    while root.parent is not None:
        root = root.parent
    wanted = call.name.upper()
    for program in root.unit:
        if program.is_function and (program.external_name or program.name).upper() == wanted:
            return program
    scope: Program | None = c.program
    while scope is not None:
        if wanted in scope.repository.functions:
            raise CobolSemanticError(
                f"user-defined function {call.name}: no FUNCTION-ID of that name in this source "
                "file (the legacy engine does not look for functions in other files or modules)",
                call.origin,
            )
        scope = scope.parent
    return None


def result_entry(function: Program, call: ast.FunctionCall) -> DataEntry:
    procedure = function.procedure
    if procedure is None or procedure.returning is None:
        message = f"FUNCTION-ID {function.name} needs PROCEDURE DIVISION RETURNING an item"
        raise CobolSemanticError(message, call.origin)
    try:
        return returning_entry(function)
    except CobolRuntimeError as error:
        message = str(error).split("runtime error: ", 1)[-1]
        raise CobolSemanticError(message, call.origin) from None


def is_numeric_function(function: Program, call: ast.FunctionCall) -> bool:
    return result_entry(function, call).ftype.category is Category.NUMERIC


def function_bytes(c: Expressions, call: ast.FunctionCall, function: Program) -> str:
    """Code giving the bytes of the function's RETURNING item for this reference."""
    from idrs_sandbox.runtime.compile.compiler import Compiler
    from idrs_sandbox.runtime.compile.statements.call import _linker

    assert isinstance(c, Compiler)  # the whole compiler: it holds the caller's Linker
    result_entry(function, call)  # its RETURNING item is checked now
    arguments = [_argument(c, call, arg) for arg in call.args if not isinstance(arg, str)]
    run = c.const(call_function, "_udf")
    target = c.const(function, "_fn")
    return (
        f"{run}(globals(), {_linker(c)}, {target}, [{', '.join(arguments)}], {c.site(call.origin)})"
    )


def function_number(c: Expressions, call: ast.FunctionCall, function: Program) -> tuple[str, int]:
    """(code, scale) of a numeric RETURNING item's value."""
    entry = result_entry(function, call)
    read = c.const(storage.reader(entry.ftype), "_rd")
    return f"{read}({function_bytes(c, call, function)}, 0)", entry.ftype.scale


def function_text(c: Expressions, call: ast.FunctionCall, function: Program) -> Text:
    from idrs_sandbox.runtime.compile.values import Text

    entry = result_entry(function, call)
    temp = c.temp()
    code = f"({temp} := {function_bytes(c, call, function)})"
    return Text(code, str(entry.size), entry.size, entry.ftype)


def _argument(c: Expressions, call: ast.FunctionCall, arg: ast.Expr) -> str:
    if isinstance(arg, ast.Identifier):
        ref = c.ref(arg)
        if ref.var is None:
            return f"{c.const(share, '_shr')}({ref.buf}, {ref.off}, {ref.size})"
        return f"bytes({c.slice(ref)})"
    if isinstance(arg, ast.FunctionCall):
        inner = user_function(c, arg)
        if inner is not None:
            return function_bytes(c, arg, inner)
        return f"bytes({c.alphanumeric(arg).code})"
    if isinstance(arg, ast.AlphanumericLiteral | ast.NumericLiteral | ast.Figurative):
        return f"bytes({c.alphanumeric(arg).code})"
    raise CobolSemanticError(
        f"an expression as an argument of FUNCTION {call.name} is not supported by the legacy "
        "engine: MOVE it to an item and pass the item",
        call.origin,
    )


def function_display(c: Expressions, call: ast.FunctionCall, function: Program) -> str:
    """What DISPLAY shows for a function's value: its RETURNING item, as DISPLAY shows that
    item (cobc 3.1.2, probe user_functions: a PIC 9(3) result shows 003)."""
    import dataclasses

    from idrs_sandbox.runtime import floats
    from idrs_sandbox.runtime.compile.values import display_type
    from idrs_sandbox.runtime.fields import Usage

    entry = result_entry(function, call)
    raw = function_bytes(c, call, function)
    source = entry.ftype
    if source.category is not Category.NUMERIC:
        return raw
    if source.usage is Usage.FLOAT:
        return f"{c.const(floats.display_text(source.size), '_fl')}({raw})"
    if source.usage is Usage.FLOAT_DECIMAL:
        return f"{c.const(floats.decimal_display(source.size), '_fd')}({raw})"
    if source.usage is Usage.NATIVE:  # a COMP-5 item shows its unscaled integer
        source = dataclasses.replace(source, scale=0)
        return f"{c.mover(source, display_type(source))}({raw})"
    return f"{c.mover(source, display_type(source))}({raw}).replace(b'\\0', b'')"
