"""PERFORM-OSVS (cobc -fperform-osvs, -std=ibm / mvs): the end of a paragraph returns from any
active PERFORM whose range ends there, not only from the innermost one (cobc 3.1.2 codegen.c
output_perform_exit: "for (temp_index = frame_ptr; temp_index->perform_through; temp_index--)"
looks down the PERFORM frames for one ending at this paragraph and returns to it, dropping the
frames above it).

The generated ``_run(i, end)`` (runtime/compile/compiler.py) then keeps the ends of the active
PERFORMs in ``_OSVS``; a paragraph that ends where an outer PERFORM ends raises ``_OsvsExit``,
which the ``_run`` of that PERFORM catches, so the PERFORM statement completes (its loop goes
on) and every PERFORM started inside it is left. PERFORMs always go through ``_run`` then (the
in-line forms of statements/flow.py test no end). Probe dialect_perform_osvs.
"""

from __future__ import annotations

from idrs_sandbox.runtime.compile.emission import Emitter


def emit_run(out: Emitter) -> None:
    """``_run`` and ``_resume`` with libcob's PERFORM-OSVS exit test."""
    with out.block("class _OsvsExit(Exception):"):
        out.line("pass")
    out.line("_OSVS = []")
    with out.block("def _run(i, end):"):
        out.line("paras = _PARAS")
        out.line("_OSVS.append(end)")
        with out.block("try:"), out.block("while True:"):
            out.line("r = paras[i]()")
            with out.block("if r is not None and r >= 0:"):
                out.line("i = r")
                out.line("continue")
            with out.block("if r is not None:"):
                out.line("i = -r - 1")
            with out.block("if i == end:"):
                out.line("return")
            with out.block("if i in _OSVS:"):
                out.line("raise _OsvsExit(i)")
            out.line("i += 1")
            with out.block("if i >= _NPARAS:"):
                out.line("raise _StopRun()")
        with out.block("except _OsvsExit as leave:"), out.block("if leave.args[0] != end:"):
            out.line("raise")
        with out.block("finally:"):
            out.line("_OSVS.pop()")
    with out.block("def _resume(r, end):"):
        with out.block("if r >= 0:"):
            out.line("_run(r, end)")
            out.line("return")
        out.line("i = -r - 1")
        with out.block("if i != end:"):
            with out.block("if i + 1 >= _NPARAS:"):
                out.line("raise _StopRun()")
            out.line("_run(i + 1, end)")
