"""SET switch-name TO ON / OFF: the run's SPECIAL-NAMES switches (runtime/arguments.py holds
them, read from COB_SWITCH_n when the run starts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.runtime.compile.statements.registry import generates

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.SetSwitch)
def setswitch_stmt(c: Compiler, node: ast.SetSwitch) -> None:
    for number in node.numbers:
        c.out.line(f"_args.switches[{number}] = {node.on}")
