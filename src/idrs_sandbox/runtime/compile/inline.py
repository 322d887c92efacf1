"""A PERFORM of one paragraph whose statements cannot leave it, written in place.

``PERFORM 2410-MATCH-MODULE VARYING TA-MX FROM 1 BY 1 UNTIL TA-MX > TA-MODULE-COUNT`` called a
function per turn (a call, its return value tested against None, the resume machinery). When
the paragraph holds no GO TO, EXIT (any form), NEXT SENTENCE, STOP RUN, GOBACK, CALL or I/O
statement, nothing in it can end it early or jump elsewhere: control always leaves it at its
end, which is exactly where the PERFORM continues. Its statements are then compiled at the
PERFORM itself (inside the loop for a VARYING / UNTIL / TIMES), and the paragraph's own
function stays for any other way of reaching it (falling into it, a THRU range, GO TO).

Not done when the compiled code must see the paragraph being entered: ``--trace``,
``--coverage``, USE FOR DEBUGGING, EXCEPTION-LOCATION tracking (compile/locations.py), nor
under ``-fperform-osvs``. A PERFORM inside the inlined statements is compiled as usual (the
paragraph being inlined is not inlined into itself again). Probe ``speed_inline``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.runtime.compile.guards import guarded_body
from idrs_sandbox.runtime.compile.values import _walk_statements

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler

_STAYS = (
    ast.Move,
    ast.Initialize,
    ast.SetTo,
    ast.SetUpDown,
    ast.Add,
    ast.Subtract,
    ast.Multiply,
    ast.Divide,
    ast.Compute,
    ast.If,
    ast.Evaluate,
    ast.Continue,
    ast.PerformProcedure,
    ast.PerformInline,
    ast.Display,
    ast.String,
    ast.Unstring,
    ast.Inspect,
)
"""Statements after which control always goes on to the next one (a PERFORM returns)."""


def inlinable(c: Compiler, index: int) -> bool:
    """Whether ``PERFORM`` of paragraph ``index`` (alone, no THRU) may be written in place."""
    if c.trace or c.trace_statements or c.coverage or c.debugging is not None:
        return False
    if c.tracks_exceptions or c.program.source.dialect.flag("perform-osvs"):
        return False
    if index in c.inlining:
        return False
    paragraph = c.paragraphs[index]
    statements = [
        statement
        for sentence in paragraph.node.sentences
        for statement in _walk_statements(sentence.statements)
    ]
    return bool(statements) and all(isinstance(s, _STAYS) for s in statements)


def inline_statements(c: Compiler, index: int) -> tuple[ast.Statement, ...]:
    """The statements of paragraph ``index``, as emit_inline writes them."""
    return tuple(s for sentence in c.paragraphs[index].node.sentences for s in sentence.statements)


def emit_inline(c: Compiler, index: int) -> None:
    """The paragraph's sentences, compiled where the PERFORM stands (with its range guard
    when it qualifies for one: guards.py)."""
    paragraph = c.paragraphs[index]
    caller = c._current
    c._current = paragraph  # names in it resolve as in the paragraph (its section first)
    c.inlining = (*c.inlining, index)
    try:
        if c._guardable_body(paragraph):
            guarded_body(c, lambda: c._emit_sentences(paragraph))
        else:
            c._emit_sentences(paragraph)
    finally:
        c.inlining = c.inlining[:-1]
        c._current = caller
