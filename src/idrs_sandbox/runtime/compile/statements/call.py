"""Statement generators: CALL and CANCEL (the run-time side is runtime/call.py).

The generated CALL collects the bytes of its USING operands (OMITTED as None), calls the
program through the caller's :class:`~idrs_sandbox.runtime.call.Linker` with the run's
RETURN-CODE, then stores back the BY REFERENCE operands and RETURN-CODE (and the RETURNING item,
which cobc 3.1.2 fills from RETURN-CODE: probe ``call_nested``). A program that cannot be found
runs ON EXCEPTION, or without it stops the run as libcob does: "libcob: error: module 'X' not
found" on stderr, exit status 1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.call import Linker, overlay
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import Num
from idrs_sandbox.runtime.support import StopRun

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


def _linker(c: Compiler) -> str:
    """One :class:`Linker` per compiled program (its cache of called programs)."""
    found: Any = c.__dict__.get("_call_linker")
    if found is None:
        found = c.const(Linker(c.program), "_link")
        c.__dict__["_call_linker"] = found
    name: str = found
    return name


def _program_name(c: Compiler, operand: ast.Operand) -> str:
    if isinstance(operand, ast.AlphanumericLiteral):
        return c.const(operand.value, "_b")
    if isinstance(operand, ast.Identifier):
        return f"bytes({c.slice(c.ref(operand))})"
    raise CobolSemanticError("CALL needs a program name: a literal or an item", operand.origin)


def _register(origin: Any) -> ast.Identifier:
    return ast.Identifier("RETURN-CODE", (), (), None, origin)


def _not_found(err: Any, name: bytes) -> None:
    err(b"libcob: error: module '" + name.strip() + b"' not found\n")
    raise StopRun(1)


@generates(ast.Call)
def call_stmt(c: Compiler, node: ast.Call) -> None:
    arguments = []
    for argument in node.using:
        if argument.value is None:
            arguments.append("None")
        else:
            arguments.append(f"bytes({c.alphanumeric(argument.value).code})")
    name = c.temp()
    result = c.temp()
    c.out.line(f"{name} = {_program_name(c, node.program)}")
    register = _register(node.origin)
    code = c.num(register).code
    call = f"{_linker(c)}.call(globals(), {name}, [{', '.join(arguments)}], {code}"
    dynamic = ", True" if isinstance(node.program, ast.Identifier) else ""
    c.out.line(f"{result} = {call}, {c.site(node.origin)}{dynamic})")
    with c.out.block(f"if {result} is None:"):
        if node.on_exception is None:
            c.out.line(f"{c.const(_not_found, '_cf')}(_err, {name})")
        else:
            c.out.line("pass")
            c.statements(node.on_exception)
    with c.out.block("else:"):
        ov = c.const(overlay, "_ov")
        for i, argument in enumerate(node.using):
            if argument.mode == "REFERENCE" and isinstance(argument.value, ast.Identifier):
                ref = c.ref(argument.value)
                c.store_bytes(ref, f"{ov}({result}[0][{i}], {c.slice(ref)})")
        c.store_numeric(register, Num(f"{result}[1]", 0), False, None)
        if node.returning is not None:
            c.store_numeric(node.returning, Num(f"{result}[1]", 0), False, None)
        c.out.line("pass")
        if node.not_on_exception is not None:
            c.statements(node.not_on_exception)


@generates(ast.Cancel)
def cancel_stmt(c: Compiler, node: ast.Cancel) -> None:
    for operand in node.programs:
        name = _program_name(c, operand)
        c.out.line(f"{_linker(c)}.cancel(globals(), {name}, {c.site(node.origin)})")
