"""Statement generator: DELETE FILE (runtime/files.py SequentialFile.delete, probe file_delete)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.runtime.compile.statements.io import _status, _unhandled, file_var
from idrs_sandbox.runtime.compile.statements.registry import generates

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.DeleteFile)
def delete_file_stmt(c: Compiler, node: ast.DeleteFile) -> None:
    for name in node.files:
        var, entry = file_var(c, name, node.origin)
        code = c.temp()
        c.out.line(f"{code} = {var}.delete()")
        _status(c, entry, code)
        _unhandled(c, entry, code, node.origin, True)
