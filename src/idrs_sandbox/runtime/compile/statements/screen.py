"""DISPLAY x [AT] LINE l COLUMN c [[NOT] ON EXCEPTION ...] and DISPLAY of a SCREEN SECTION
item (runtime/screen.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.compile.statements.io import display_item
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.screen import display_at, display_screen

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.DisplayAt)
def display_at_stmt(c: Compiler, node: ast.DisplayAt) -> None:
    line = c.integer(node.line) if node.line is not None else "None"
    column = c.integer(node.column) if node.column is not None else "None"
    shown = display_item(c, node.item)
    raised = c.temp()
    call = f"{c.const(display_at, '_scr')}(_streams, {shown}, {line}, {column})"
    c.out.line(f"{raised} = {call}")
    _handlers(c, node, raised)


@generates(ast.DisplayScreen)
def display_screen_stmt(c: Compiler, node: ast.DisplayScreen) -> None:
    item = c.program.screen.get(node.name.upper())
    if item is None:
        raise CobolSemanticError(f"unknown screen item '{node.name}'", node.origin)
    line = c.integer(node.line) if node.line is not None else "None"
    column = c.integer(node.column) if node.column is not None else "None"
    # cobc typeck.c line_col_zero_is_supported: LINE / COLUMN 0 unless the dialect's
    # accept-display-extensions rejects them (then EC-SCREEN-LINE-NUMBER / -STARTING-COLUMN)
    zero = not c.program.source.dialect.support("accept-display-extensions").rejected
    raised = c.temp()
    screen = c.const(item, "_scri")
    call = f"{c.const(display_screen, '_scd')}(_streams, {screen}, {line}, {column}, {zero})"
    c.out.line(f"{raised} = {call}")
    _handlers(c, node, raised)


def _handlers(c: Compiler, node: ast.DisplayAt | ast.DisplayScreen, raised: str) -> None:
    """ON EXCEPTION when the DISPLAY raised a screen exception, else NOT ON EXCEPTION."""
    if node.on_exception is not None:
        with c.out.block(f"if {raised}:"):
            c.out.line("pass")
            c.statements(node.on_exception)
        if node.not_on_exception is not None:
            with c.out.block("else:"):
                c.out.line("pass")
                c.statements(node.not_on_exception)
    elif node.not_on_exception is not None:
        with c.out.block(f"if not {raised}:"):
            c.out.line("pass")
            c.statements(node.not_on_exception)
