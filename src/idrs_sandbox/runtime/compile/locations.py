"""EXCEPTION-LOCATION's paragraph and section as libcob keeps them: the last ones *entered*.

A program built with ``cobc -debug`` sets ``module->paragraph_name`` at each paragraph's label
and ``section_name`` at each section's label, and cob_set_exception copies them with the
statement's line (measured with cobc 3.1.2, probe ``exception_location``). So after ``PERFORM
P3`` returns, an exception in the performing paragraph reports ``P3``; ``PERFORM P3`` of a
paragraph of another section leaves the section as it was (``P3 OF S1``), while ``PERFORM S3``,
``GO TO S3`` and falling into S3 from the section before pass S3's label. The engine keeps the
two names in ``_XPN`` / ``_XSN`` (compiled in only when the program references an EXCEPTION-*
function: runtime/exceptions.py): each paragraph function sets the paragraph; the first
paragraph of a section sets the section, unless a PERFORM or GO TO named that paragraph itself
(``_XD`` then holds the section to keep).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler
    from idrs_sandbox.runtime.compile.emission import Emission
    from idrs_sandbox.runtime.compile.values import Paragraph


def entry_lines(c: Compiler, paragraph: Paragraph) -> list[str]:
    """What a paragraph function does first: record the paragraph (and the section)."""
    if not c.tracks_exceptions:
        return []
    lines = [f"_XPN[0] = {paragraph.name!r}"]
    if paragraph.section and paragraph.index == paragraph.section_first:
        lines.append(f"_XSN[0] = _XD[0][0] if _XD[0] else {paragraph.section!r}")
        lines.append("_XD[0] = None")
    return lines


def direct_entry(c: Compiler, name: ast.ProcedureName) -> str | None:
    """Before a PERFORM or GO TO of a paragraph that begins its section: the line that keeps
    the current section (the jump does not pass the section's label)."""
    if not c.tracks_exceptions:
        return None
    wanted = name.name.upper()
    for paragraph in c.paragraphs:
        if paragraph.name and paragraph.name.upper() == wanted:
            if paragraph.index == paragraph.section_first and paragraph.section:
                return "_XD[0] = (_XSN[0],)"
            return None
    return None


def location(c: Emission, line: int, verb: str) -> str:
    """The location tuple runtime/exceptions.py records, built when the exception happens."""
    program = c.const(c.program.name, "_xp")
    return f"({program}, _XPN[0], _XSN[0], {line}, {verb!r})"
