"""ACCEPT ... FROM COMMAND-LINE / ARGUMENT-NUMBER / ARGUMENT-VALUE and DISPLAY ... UPON
ARGUMENT-NUMBER (the run's arguments: runtime/arguments.py). Called by io.py's ACCEPT and DISPLAY
generators for these sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.arguments import numeric_value
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import Num
from idrs_sandbox.runtime.fields import Category, alphanumeric

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


@generates(ast.AcceptEnvironment)
def accept_environment(c: Compiler, node: ast.AcceptEnvironment) -> None:
    """ACCEPT x FROM ENVIRONMENT name (literal or item): libcob cob_get_environment, the value
    moved as text into x, a space when the variable is not set (measured with cobc 3.1.2:
    PIC X(7) gets '       ', PIC 9(4) from '12ab' gets 0012)."""
    ref = c.ref(node.target)
    value = f"_args.environment_of(bytes({c.alphanumeric(node.name).code}), _ENV)"
    # cob_memcpy: a MOVE from an alphanumeric item of the value's length (the mover of an
    # alphanumeric source takes any length)
    c.store_bytes(ref, f"{c.mover(alphanumeric(1), ref.ftype)}({value})")


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
