"""ACCEPT ... FROM COMMAND-LINE / ARGUMENT-NUMBER / ARGUMENT-VALUE and DISPLAY ... UPON
ARGUMENT-NUMBER (the run's arguments: runtime/arguments.py). Called by io.py's ACCEPT and DISPLAY
generators for these sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.arguments import numeric_value
from idrs_sandbox.runtime.compile.values import Num
from idrs_sandbox.runtime.fields import Category

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler

ARGUMENT_SOURCES = frozenset(
    {"COMMAND-LINE", "ARGUMENT-NUMBER", "ARGUMENT-VALUE", "ENVIRONMENT-VALUE"}
)
ENVIRONMENT_TARGETS = frozenset({"ENVIRONMENT-NAME", "ENVIRONMENT-VALUE"})


def accept_argument(c: Compiler, node: ast.Accept, source: str) -> None:
    ref = c.ref(node.target)
    numeric = ref.ftype.category is Category.NUMERIC
    if source == "ARGUMENT-NUMBER":
        if numeric:
            c.store_numeric(node.target, Num("_args.count()", 0), False, None)
        else:
            c.store_bytes(ref, f"_fit(str(_args.count()).encode(), {ref.size})")
        return
    raw = c.temp()
    if source == "ENVIRONMENT-VALUE":
        c.store_bytes(ref, f"_fit(_args.environment_value(), {ref.size})")
        return
    if source == "COMMAND-LINE":
        c.out.line(f"{raw} = _args.command_line()")
    else:
        c.out.line(f"{raw} = _args.next_value()")
    with c.out.block(f"if {raw} is not None:"):
        if numeric:
            scale = max(ref.ftype.scale, 0)
            value = f"{c.const(numeric_value, '_nv')}({raw}, {scale})"
            c.store_numeric(node.target, Num(value, scale), False, None)
        else:
            c.store_bytes(ref, f"_fit({raw}, {ref.size})")


def display_upon_argument_number(c: Compiler, node: ast.Display) -> None:
    if len(node.items) != 1:
        raise CobolSemanticError("DISPLAY ... UPON ARGUMENT-NUMBER takes one number", node.origin)
    c.out.line(f"_args.select({c.integer(node.items[0])})")


def display_upon_environment(c: Compiler, node: ast.Display, upon: str) -> None:
    """DISPLAY x UPON ENVIRONMENT-NAME names a variable; UPON ENVIRONMENT-VALUE sets it."""
    from idrs_sandbox.runtime.compile.statements.io import display_item

    parts = [display_item(c, item) for item in node.items]
    joined = "b''.join((" + ", ".join(parts) + ",))"
    method = "name_environment" if upon == "ENVIRONMENT-NAME" else "set_environment"
    c.out.line(f"_args.{method}({joined})")
