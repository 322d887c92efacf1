"""Statement generators of RELATIVE and INDEXED files: START, REWRITE, UNLOCK (runtime/relative.py,
runtime/indexed.py; READ, WRITE and OPEN / CLOSE are in :mod:`.io`, DELETE in :mod:`.delete`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.compile.statements.io import (
    _status,
    file_outcome,
    file_var,
    key_of,
    keyed,
    record_ref,
)
from idrs_sandbox.runtime.compile.statements.registry import generates

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.Start)
def start_stmt(c: Compiler, node: ast.Start) -> None:
    var, entry = file_var(c, node.file, node.origin)
    if not keyed(entry):
        raise CobolSemanticError("START not allowed on SEQUENTIAL files", node.origin)
    if entry.declaration.access == "RANDOM":
        raise CobolSemanticError("START not allowed with ACCESS MODE RANDOM", node.origin)
    index, length = key_of(c, entry, node.key)
    code = c.temp()
    c.out.line(f"{code} = {var}.start({node.op!r}, {index}, {length})")
    file_outcome(c, entry, code, node.origin, ("2", node.invalid_key, node.not_invalid_key))


@generates(ast.Rewrite)
def rewrite_stmt(c: Compiler, node: ast.Rewrite) -> None:
    record = record_ref(c, node, "REWRITE")
    file_entry = record.entry.file
    if file_entry is None:
        raise CobolSemanticError(f"'{node.record.name}' is not a record of a file", node.origin)
    var, entry = file_var(c, file_entry.name, node.origin)
    organization = entry.declaration.organization
    if organization == "LINE SEQUENTIAL":
        raise CobolSemanticError("REWRITE not allowed on LINE SEQUENTIAL files", node.origin)
    if not keyed(entry) and node.invalid_key is not None:
        raise CobolSemanticError("INVALID KEY clause invalid with this file type", node.origin)
    if node.source is not None:
        c.move(node.source, record)
    code = c.temp()
    c.out.line(f"{code} = {var}.rewrite({c.slice(record)})")
    file_outcome(c, entry, code, node.origin, ("2", node.invalid_key, node.not_invalid_key))


@generates(ast.Unlock)
def unlock_stmt(c: Compiler, node: ast.Unlock) -> None:
    """One process holds no record locks: UNLOCK sets the status to 00 (libcob cob_unlock_file)."""
    _, entry = file_var(c, node.file, node.origin)
    code = c.temp()
    c.out.line(f"{code} = b'00'")
    _status(c, entry, code)
