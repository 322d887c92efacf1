"""DECLARATIVES: USE AFTER STANDARD ERROR / EXCEPTION PROCEDURE.

What cobc 3.1.2 generates (codegen.c output_ferror_stmt, output_file_error and
output_error_handler), measured by probe ``declaratives_error``:

- after an I/O statement whose status does not start with ``0`` (an exception: 1x, 2x, 3x, 4x),
  unless its AT END phrase takes a 1x status, the file's error procedure runs;
- the file's procedure is the section of a ``USE ... ON file``; without one, the section of a
  ``USE ... ON INPUT / OUTPUT / I-O / EXTEND`` for the mode of the file's last OPEN attempt
  (``last_open_mode``, set even when that OPEN failed); without either, a file without FILE
  STATUS stops the run (libcob "permanent file error") and one with FILE STATUS goes on;
- the section is PERFORMed; when it ends the program goes on after the I/O statement.

The declarative sections come first in the PROCEDURE DIVISION; the run starts at the first
paragraph after END DECLARATIVES, and only a USE or a PERFORM reaches them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.runtime.compile.statements.registry import GENERATORS
from idrs_sandbox.runtime.data import FileEntry

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler

OPEN_MODES = ("INPUT", "OUTPUT", "I-O", "EXTEND")


def first_paragraph(procedure: ast.ProcedureDivision) -> int:
    """Index of the paragraph the run starts at: the first one after the DECLARATIVES."""
    index = 0
    for section in procedure.sections:
        if not section.declarative:
            return index
        index += len(section.paragraphs)
    return index


def error_sections(procedure: ast.ProcedureDivision) -> list[ast.Section]:
    return [s for s in procedure.sections if isinstance(s.use, ast.UseAfterError)]


def check_uses(c: Compiler) -> None:
    """Every file a USE names exists, and no file or mode has two error procedures."""
    procedure = c.program.procedure
    if procedure is None:
        return
    seen: set[str] = set()
    for section in error_sections(procedure):
        use = section.use
        assert isinstance(use, ast.UseAfterError)
        if use.is_global and c.program.contained:
            raise CobolSemanticError(
                "USE GLOBAL with contained programs is not supported by the legacy engine "
                "(their I/O errors would not reach it)",
                use.origin,
            )
        for name in use.files:
            if name.upper() not in c.model.files:
                raise CobolSemanticError(f"USE: '{name}' is not a file", use.origin)
        for key in (*(f.upper() for f in use.files), *use.modes):
            if key in seen:
                raise CobolSemanticError(f"USE: {key} already has an error procedure", use.origin)
            seen.add(key)


def handles_file_errors(c: Compiler, entry: FileEntry) -> bool:
    """Whether an error procedure may run after an I/O statement on this file."""
    procedure = c.program.procedure
    if procedure is None:
        return False
    return bool(error_sections(procedure)) and not entry.declaration.sort


def file_error(
    c: Compiler,
    var: str,
    entry: FileEntry,
    code: str,
    origin: Origin,
    handled_eof: bool,
    handled: str = "",
) -> None:
    """The code after an I/O statement of a program with USE AFTER ERROR procedures."""
    procedure = c.program.procedure
    assert procedure is not None
    name = entry.declaration.name.upper()
    by_file: ast.Section | None = None
    by_mode: dict[str, ast.Section] = {}
    for section in error_sections(procedure):
        use = section.use
        assert isinstance(use, ast.UseAfterError)
        if name in (f.upper() for f in use.files):
            by_file = section
        for mode in use.modes:
            by_mode[mode] = section
    # With an AT END phrase a 1x status is that phrase's; any other exception is the USE's.
    test = f"{code} >= b'20'" if handled_eof else f"{code} >= b'10'"
    if handled:  # INVALID KEY (2) or AT END (1) phrase present: that class is the phrase's
        test = f"{code} >= b'10' and {code}[:1] != b'{handled}'"
    with c.out.block(f"if {test}:"):
        if by_file is not None:
            _perform(c, by_file, origin)
            return
        keyword = "if"
        for mode in OPEN_MODES:
            if mode in by_mode:
                with c.out.block(f"{keyword} {var}.last_open_mode == {mode!r}:"):
                    _perform(c, by_mode[mode], origin)
                keyword = "elif"
        if entry.status is None:
            site = c.site(origin)
            fatal = f"_io_error({c.const(entry.declaration.name, '_n')}, {code}, {site})"
            if keyword == "if":
                c.out.line(fatal)
            else:
                with c.out.block("else:"):
                    c.out.line(fatal)
        elif keyword == "if":
            c.out.line("pass")


def _perform(c: Compiler, section: ast.Section, origin: Origin) -> None:
    assert section.name is not None
    start = ast.ProcedureName(section.name, None, origin)
    GENERATORS[ast.PerformProcedure](c, ast.PerformProcedure(start, None, None, origin))
