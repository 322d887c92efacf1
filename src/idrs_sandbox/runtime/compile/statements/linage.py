"""WRITE ... AT END-OF-PAGE / NOT AT END-OF-PAGE (runtime/linage.py LinageFile).

cobc 3.1.2 (typeck.c cb_emit_write, codegen.c output_ferror_stmt): only a WRITE with an AT
END-OF-PAGE phrase asks libcob to watch the page (check_eop); the page's end then leaves the
status 00 and raises EC-I-O-EOP, which runs AT END-OF-PAGE; a write without it runs NOT AT
END-OF-PAGE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


def before_write(c: Compiler, var: str, entry: Any, node: ast.Write) -> None:
    """Tell a LINAGE file whether this WRITE watches the end of the page."""
    if entry.declaration.linage is not None:
        c.out.line(f"{var}.check_eop = {node.end_of_page is not None}")


def after_write(c: Compiler, var: str, entry: Any, code: str, node: ast.Write) -> None:
    """The AT END-OF-PAGE / NOT AT END-OF-PAGE statements of a WRITE."""
    if node.end_of_page is None and node.not_end_of_page is None:
        return
    keyword = "if"
    if node.end_of_page is not None and entry.declaration.linage is not None:
        with c.out.block(f"if {code} < b'10' and {var}.eop:"):
            c.statements(node.end_of_page)
        keyword = "elif"
    if node.not_end_of_page is not None:
        with c.out.block(f"{keyword} {code} < b'10':"):
            c.statements(node.not_end_of_page)
