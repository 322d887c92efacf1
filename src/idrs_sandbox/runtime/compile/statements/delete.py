"""Statement generators: DELETE FILE (runtime/files.py SequentialFile.delete, probe file_delete)
and DELETE of a record of a RELATIVE or INDEXED file (runtime/relative.py, runtime/indexed.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.compile.statements.io import (
    _status,
    file_outcome,
    file_var,
    keyed,
)
from idrs_sandbox.runtime.compile.statements.registry import generates

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.DeleteFile)
def delete_file_stmt(c: Compiler, node: ast.DeleteFile) -> None:
    for name in node.files:
        var, entry = file_var(c, name, node.origin)
        code = c.temp()
        c.out.line(f"{code} = {var}.delete()")
        # cobc generates no error check after DELETE FILE: a missing file (35) without a
        # FILE STATUS item does not stop the run (measured with cobc 3.1.2)
        _status(c, entry, code)


@generates(ast.DeleteRecord)
def delete_record_stmt(c: Compiler, node: ast.DeleteRecord) -> None:
    var, entry = file_var(c, node.file, node.origin)
    if entry.declaration.organization == "LINE SEQUENTIAL":
        raise CobolSemanticError("DELETE not allowed on LINE SEQUENTIAL files", node.origin)
    if not keyed(entry):
        raise CobolSemanticError(
            "DELETE of a record of a SEQUENTIAL file is not supported", node.origin
        )
    code = c.temp()
    c.out.line(f"{code} = {var}.delete_record()")
    file_outcome(c, entry, code, node.origin, ("2", node.invalid_key, node.not_invalid_key))
