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
from idrs_sandbox.records import layout as rl
from idrs_sandbox.runtime.call import Linker, overlay
from idrs_sandbox.runtime.callbacks import entry_address
from idrs_sandbox.runtime.capi import Shape
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import Num
from idrs_sandbox.runtime.linkage import share
from idrs_sandbox.runtime.mainentry import pointed_name
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
        entry = c.data_entry(operand)
        if entry.layout is not None and entry.layout.usage is rl.Usage.POINTER:
            # CALL p: the program SET p TO ENTRY named (runtime/mainentry.py)
            pointed = c.const(pointed_name, "_pn")
            return f"{pointed}(globals(), {c.num(operand).code}, {c.site(operand.origin)})"
        return f"bytes({c.slice(c.ref(operand))})"
    raise CobolSemanticError("CALL needs a program name: a literal or an item", operand.origin)


def _register(origin: Any) -> ast.Identifier:
    return ast.Identifier("RETURN-CODE", (), (), None, origin)


def _not_found(err: Any, linker: Linker) -> None:
    err(f"libcob: {linker.failure}\n".encode("latin-1"))
    raise StopRun(1)


MODES = {"REFERENCE": "R", "CONTENT": "C", "VALUE": "V"}


def binary_literal(value: int) -> bytes:
    """An integer literal or LENGTH OF passed BY REFERENCE / CONTENT: cobc 3.1.2 passes a
    native binary int (measured: BY CONTENT 1 arrives as 01 00 00 00, -2 as FE FF FF FF, 1.5 as
    its unscaled 15, LENGTH OF a PIC 9(3) as 03 00 00 00, in a COBOL or a C callee alike);
    8 bytes when 4 cannot hold it."""
    size = 4 if -(2**31) <= value < 2**31 else 8
    return value.to_bytes(size, "little", signed=True)


def _argument_bytes(c: Compiler, operand: ast.Operand) -> str:
    if isinstance(operand, ast.NumericLiteral):
        return c.const(binary_literal(operand.unscaled), "_b")
    if isinstance(operand, ast.LengthOf):
        return f"{c.const(binary_literal, '_bl')}({c.num(operand).code})"
    if isinstance(operand, ast.FunctionCall) and c.is_numeric_operand(operand):
        # cobc passes the result field's own bytes (binary, DISPLAY or a double as libcob
        # built it): not modelled; an alphanumeric function passes its text (testsuite
        # 'FUNCTION as CALL parameter BY CONTENT')
        raise CobolSemanticError(
            f"a numeric FUNCTION {operand.name} as a CALL argument is not supported",
            operand.origin,
        )
    return f"bytes({c.alphanumeric(operand).code})"


def _argument_value(c: Compiler, argument: ast.CallArgument) -> str:
    """BY VALUE of a numeric operand: its integer part, for a C function (runtime/cmodules.py)."""
    operand = argument.value
    if argument.mode != "VALUE" or operand is None or not c.is_numeric_operand(operand):
        return "None"
    num = c.num(operand)
    if num.scale == 0:
        return f"({num.code})"
    return f"{c.const(integer_part, '_ip')}({num.code}, {num.scale})"


def integer_part(value: int, scale: int) -> int:
    """The integer part of an unscaled value (truncated toward zero, as cob_get_int does)."""
    whole: int = abs(value) // 10**scale
    return -whole if value < 0 else whole


def _shape(c: Compiler, operand: ast.Operand | None) -> Shape | None:
    """What C code using libcob's API learns of an operand (runtime/capi.py)."""
    if operand is None:
        return None
    if isinstance(operand, (ast.NumericLiteral, ast.LengthOf)):
        return Shape("number")
    if isinstance(operand, ast.Identifier):
        return Shape("item", c.ref(operand).ftype)
    return Shape("text")


def _shared(c: Compiler, argument: ast.CallArgument) -> str | None:
    """A BY REFERENCE data item held in bytes: passed with its storage, which the called
    program's LINKAGE record is bound to (runtime/linkage.py); None for anything else."""
    operand = argument.value
    if argument.mode != "REFERENCE" or not isinstance(operand, ast.Identifier):
        return None
    ref = c.ref(operand)
    if ref.var is not None:  # held as a Python int: passed as bytes, stored back after
        return None
    return f"{c.const(share, '_shr')}({ref.buf}, {ref.off}, {ref.size})"


@generates(ast.Call)
def call_stmt(c: Compiler, node: ast.Call) -> None:
    arguments = []
    shared = set()
    for i, argument in enumerate(node.using):
        by_reference = _shared(c, argument)
        if by_reference is not None:
            arguments.append(by_reference)
            shared.add(i)
        elif argument.value is None:
            arguments.append("None")
        else:
            arguments.append(_argument_bytes(c, argument.value))
    modes = "".join(MODES[argument.mode] for argument in node.using)
    values = [_argument_value(c, argument) for argument in node.using]
    name = c.temp()
    result = c.temp()
    c.out.line(f"{name} = {_program_name(c, node.program)}")
    register = _register(node.origin)
    code = c.num(register).code
    linker = _linker(c)
    call = f"{linker}.call(globals(), {name}, [{', '.join(arguments)}], {code}"
    dynamic = "True" if isinstance(node.program, ast.Identifier) else "False"
    returning = node.returning is not None or node.returning_nothing
    extra = f"{dynamic}, {modes!r}, [{', '.join(values)}], {returning}"
    handled = ", handled=True" if node.on_exception is not None else ""
    shapes = tuple(_shape(c, argument.value) for argument in node.using)
    if any(shape is not None for shape in shapes):
        handled += f", shapes={c.const(shapes, '_sh')}"
    c.out.line(f"{result} = {call}, {c.site(node.origin)}, {extra}{handled})")
    with c.out.block(f"if {result} is None:"):
        if node.on_exception is None:
            c.out.line(f"{c.const(_not_found, '_cf')}(_err, {linker})")
        else:
            c.out.line("pass")
            c.statements(node.on_exception)
    with c.out.block("else:"):
        ov = c.const(overlay, "_ov")
        for i, argument in enumerate(node.using):
            if i in shared:  # the called program wrote into the caller's storage itself
                continue
            if argument.mode == "REFERENCE" and isinstance(argument.value, ast.Identifier):
                ref = c.ref(argument.value)
                c.store_bytes(ref, f"{ov}({result}[0][{i}], {c.slice(ref)})")
            elif argument.mode == "VALUE" and isinstance(argument.value, ast.Identifier):
                # C code may write a BY VALUE item through libcob's API (its cob_field is the
                # item: testsuite 'C-API Test'); anything else gives nothing back (None)
                ref = c.ref(argument.value)
                back = c.temp()
                c.out.line(f"{back} = {result}[0][{i}]")
                with c.out.block(f"if {back} is not None:"):
                    c.store_bytes(ref, f"{ov}({back}, {c.slice(ref)})")
        c.store_numeric(register, Num(f"{result}[2]", 0), False, None)
        if node.returning is not None:
            c.store_numeric(node.returning, Num(f"{result}[1]", 0), False, None)
        c.out.line("pass")
        if node.not_on_exception is not None:
            c.statements(node.not_on_exception)


@generates(ast.SetEntry)
def set_entry_stmt(c: Compiler, node: ast.SetEntry) -> None:
    """SET pointer TO ENTRY name: the program's address, a C function C code can call back
    (runtime/callbacks.py)."""
    address = c.temp()
    name = _program_name(c, node.program)
    where = c.site(node.origin)
    c.out.line(
        f"{address} = {c.const(entry_address, '_ea')}({_linker(c)}, globals(), {name}, {where})"
    )
    for target in node.targets:
        c.store_numeric(target, Num(address, 0), False, None)


@generates(ast.Cancel)
def cancel_stmt(c: Compiler, node: ast.Cancel) -> None:
    for operand in node.programs:
        name = _program_name(c, operand)
        c.out.line(f"{_linker(c)}.cancel(globals(), {name}, {c.site(node.origin)})")


@generates(ast.Entry)
def entry_stmt(c: Compiler, node: ast.Entry) -> None:
    """Reached by falling through, ENTRY does nothing; a CALL of its name starts the program at
    the paragraph the ENTRY begins (cobol/program.py gives it one of its own)."""
    if c.program.parent is not None:  # cobc 3.1.2: "ENTRY is invalid in nested program"
        raise CobolSemanticError("ENTRY is invalid in nested program", node.origin)
    paragraph = c._current
    sentences = paragraph.node.sentences if paragraph is not None else []
    if not sentences or not sentences[0].statements or sentences[0].statements[0] is not node:
        raise CobolSemanticError(
            "ENTRY must begin a sentence (the legacy engine starts a CALL of it there)",
            node.origin,
        )
    entries: dict[str, int] = c.namespace.setdefault("_ENTRIES", {})
    if paragraph is not None:
        entries.setdefault(node.name, paragraph.index)
    c.out.line("pass")
