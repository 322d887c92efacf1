"""GO TO ENTRY 'name' and its labels, ENTRY FOR GO TO 'name': a jump into a paragraph's middle.

cobc 3.1.2 takes both as a Micro Focus extension (config option goto-entry: "warning" in
default.conf, refused by the -strict dialects and the standards: cobol/dialect_rules.py) and
compiles them to a C label and a ``goto``, which may land inside an inline PERFORM (testsuite
run_misc.at "ENTRY FOR GO TO / GO TO ENTRY").

A paragraph is one Python function here, so a label in its middle cannot be jumped to. Each
label gets a *continuation* of its own, appended to ``_PARAS`` after the paragraphs: the
statements after the label in its statement list, then the statements after each statement
that encloses it, up to the end of the paragraph's last sentence; the continuation then ends
as its paragraph would, returning ``-(i + 1)`` ("paragraph i ended", which ``_run`` takes as
the paragraph's own end, the exit point of a PERFORM included).

Inside an inline PERFORM the rest of the body runs as the loop's current turn (EXIT PERFORM
leaves the loop, EXIT PERFORM CYCLE ends the turn), then the loop goes on as cobc's C code does
after a ``goto`` into it: an UNTIL loop (TEST BEFORE or AFTER) tests its condition before each
further turn; a loop without end runs on; a TIMES loop counts on from its counter, which cobc
keeps in one C variable per loop (codegen.c ``n0``, ``for (n0 = count; n0 > 0; n0--)``), so a
loop holding a label keeps its count in a variable of the run too: 0 once the loop ran to its
end, so the turn jumped into is the last one (and 0 before the loop ever ran, where C leaves the
variable undefined). A label inside a PERFORM VARYING is refused: its continuation would step
the varying items as cobc's C does, which is not written here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.compile.statements.flow import (
    _cycle_body,
    _guarded,
    _loop,
    depending_jump,
)
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import Paragraph, _walk_statements

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler

Path = tuple[tuple[tuple[ast.Statement, ...], int], ...]
"""(statement list, index in it) from a sentence's statements down to a label."""


@dataclass(frozen=True)
class Label:
    """Where an ENTRY FOR GO TO label is, and the index of its continuation in ``_PARAS``."""

    name: str
    paragraph: Paragraph
    sentence: int
    path: Path
    index: int


def index_labels(c: Compiler) -> dict[str, Label]:
    """Every label of the program (a name written twice is refused, as cobc refuses it)."""
    labels: dict[str, Label] = {}
    for paragraph in c.paragraphs:
        for number, sentence in enumerate(paragraph.node.sentences):
            for path, node in _labels_in(sentence.statements, ()):
                if node.name in labels:
                    raise CobolSemanticError(
                        f"ENTRY FOR GO TO '{node.name}' is written twice", node.origin
                    )
                index = len(c.paragraphs) + len(labels)
                labels[node.name] = Label(node.name, paragraph, number, path, index)
    return labels


def _labels_in(
    statements: tuple[ast.Statement, ...], prefix: Path
) -> Iterator[tuple[Path, ast.EntryForGoTo]]:
    for position, statement in enumerate(statements):
        here = (*prefix, (statements, position))
        if isinstance(statement, ast.EntryForGoTo):
            yield here, statement
        for group in ast.statement_children(statement):
            for path, label in _labels_in(group, here):
                if isinstance(statement, ast.PerformInline) and isinstance(
                    statement.loop, ast.Varying
                ):
                    raise CobolSemanticError(
                        "ENTRY FOR GO TO inside PERFORM VARYING is not supported by the "
                        "legacy engine",
                        label.origin,
                    )
                yield path, label


def holds_label(node: ast.PerformInline) -> bool:
    return any(isinstance(s, ast.EntryForGoTo) for s in _walk_statements(node.body))


# ---------------------------------------------------------------------------------------------
# the statements


@generates(ast.EntryForGoTo)
def entryforgoto_stmt(c: Compiler, node: ast.EntryForGoTo) -> None:
    c.out.line("pass")  # a label: its continuation is a function of its own


@generates(ast.GoToEntry)
def gotoentry_stmt(c: Compiler, node: ast.GoToEntry) -> None:
    targets = [_label(c, name, node).index for name in node.names]
    if node.depending is None:
        if len(targets) != 1:
            raise CobolSemanticError(
                "GO TO ENTRY with several names needs DEPENDING ON", node.origin
            )
        c.out.line(f"return {targets[0]}")
        return
    depending_jump(c, node.depending, targets)  # as GO TO ... DEPENDING ON


def _label(c: Compiler, name: str, node: ast.GoToEntry) -> Label:
    found = c.entry_labels.get(name)
    if found is None:
        raise CobolSemanticError(f"no ENTRY FOR GO TO '{name}' in this program", node.origin)
    return found


def labelled_times(c: Compiler, node: ast.PerformInline) -> bool:
    """PERFORM n TIMES around a label: counted in the run's variable for that loop (module
    docstring), so a continuation into it counts on from there. False for another loop."""
    if not isinstance(node.loop, ast.Times) or not holds_label(node):
        return False
    counter = _counter(c, node)
    c.out.line(f"{counter}[0] = {c.integer(node.loop.count)}")
    _times_loop(c, counter, lambda: c.statements(node.body))
    return True


def _counter(c: Compiler, node: ast.PerformInline) -> str:
    name = c.entry_counters.get(id(node))
    if name is None:
        name = c.entry_counters[id(node)] = c.const([0], "_nge")
    return name


def _times_loop(c: Compiler, counter: str, body: Callable[[], Any]) -> None:
    """``for (n = count; n > 0; n--) body``, the count already set: EXIT PERFORM CYCLE still
    counts the turn down (the ``else:`` of the one-turn loop)."""
    with c.out.block(f"while {counter}[0] > 0:"):
        _cycle_body(c, _guarded(c, body))
        with c.out.block("else:"):
            c.out.line(f"{counter}[0] -= 1")
            c.out.line("continue")
        c.out.line("break")


# ---------------------------------------------------------------------------------------------
# the continuations


def emit_continuations(c: Compiler) -> list[str]:
    """One function per label (after the paragraphs'), in ``_PARAS`` order: their names."""
    names = []
    for label in sorted(c.entry_labels.values(), key=lambda each: each.index):
        c._current = label.paragraph
        body = c.temp()
        with c.out.block(f"def {body}():"):
            if c.promoted:
                c.out.line("global " + ", ".join(c.promoted.values()))
            c.out.line("pass")
            _rest_of_paragraph(c, label)
        name = f"_e{label.index}"
        with c.out.block(f"def {name}():"):
            c.out.line(f"r = {body}()")
            c.out.line(f"return {-(label.paragraph.index + 1)} if r is None else r")
        names.append(name)
    return names


def _rest_of_paragraph(c: Compiler, label: Label) -> None:
    sentences = label.paragraph.node.sentences
    sentence = sentences[label.sentence]
    if any(isinstance(s, ast.NextSentence) for s in _walk_statements(sentence.statements)):
        with c.out.block("try:"):
            c.out.line("pass")
            _rest_of_path(c, label.path)
        with c.out.block("except _NextSentence:"):
            c.out.line("pass")
    else:
        _rest_of_path(c, label.path)
    for later in sentences[label.sentence + 1 :]:
        c._emit_sentence(later)


def _rest_of_path(c: Compiler, path: Path) -> None:
    """What follows the label: the rest of the innermost statement list first, then outwards."""
    (statements, position), *inner = path
    if inner:
        enclosing = statements[position]
        if isinstance(enclosing, ast.PerformInline):
            _rest_of_loop(c, enclosing, tuple(inner))
        else:  # an IF, EVALUATE or handler: its group ends, then the statement does
            _rest_of_path(c, tuple(inner))
    c.statements(statements[position + 1 :])


def _rest_of_loop(c: Compiler, node: ast.PerformInline, inner: Path) -> None:
    with c.out.block("for _ in (0,):"):  # the turn jumped into: break / continue work in it
        c.out.line("pass")
        _guarded(c, lambda: _rest_of_path(c, inner))()
    with c.out.block("else:"):  # the turn ended (or was CYCLEd): the loop goes on
        c.out.line("pass")
        loop = node.loop

        def body() -> None:
            c.statements(node.body)

        if isinstance(loop, ast.Times):
            counter = _counter(c, node)
            c.out.line(f"{counter}[0] -= 1")
            _times_loop(c, counter, body)
        elif isinstance(loop, ast.Until):
            # after the turn, TEST AFTER tests as TEST BEFORE does before the next turn
            cycles = any(
                isinstance(s, ast.Exit) and s.kind == "PERFORM CYCLE"
                for s in _walk_statements(node.body)
            )
            _loop(c, replace(loop, test_after=False), body, inline=True, cycles=cycles)
        elif isinstance(loop, ast.Forever):
            _loop(c, loop, body, inline=True)
