"""Statement generators: IF, EVALUATE, PERFORM, GO TO, CONTINUE, NEXT SENTENCE, EXIT, STOP
RUN, GOBACK.

Each is registered for its AST node type with :func:`generates`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.checks import receivers
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.runtime import storage
from idrs_sandbox.runtime.compile import forwarding
from idrs_sandbox.runtime.compile.counted import counted_loop
from idrs_sandbox.runtime.compile.inline import emit_inline, inlinable, inline_statements
from idrs_sandbox.runtime.compile.locations import direct_entry
from idrs_sandbox.runtime.compile.packed_adds import add_packed_int, int_operand
from idrs_sandbox.runtime.compile.scans import emit_scan
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import (
    Num,
    _integer_literal,
    _scaled,
    _walk_statements,
)
from idrs_sandbox.runtime.coverage import statement_text
from idrs_sandbox.runtime.data import DataEntry
from idrs_sandbox.runtime.fields import Usage

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.If)
def if_stmt(c: Compiler, node: ast.If) -> None:
    text = statement_text(node.origin)
    with forwarding.reading(c, forwarding.take(c)):  # a FILE STATUS just set (forwarding.py)
        condition = c.condition(node.condition)
    with c.out.block(f"if {condition}:"):
        c.probe("branch", node.origin, f"{text} (true)")
        c.statements(node.then)
    if node.otherwise:
        with c.out.block("else:"):
            c.probe("branch", node.else_origin or node.origin, "ELSE")
            c.statements(node.otherwise)
    elif c.coverage:
        with c.out.block("else:"):
            c.probe("branch", node.origin, f"{text} (false, no ELSE)")


@generates(ast.Evaluate)
def evaluate_stmt(c: Compiler, node: ast.Evaluate) -> None:
    keyword = "if"
    forward = forwarding.take(c)  # a FILE STATUS just set (forwarding.py)
    for group in node.whens:
        with forwarding.reading(c, forward):
            tests = [_when_head(c, node.subjects, head, group.origin) for head in group.heads]
        test = tests[0] if len(tests) == 1 else "(" + " or ".join(tests) + ")"
        with c.out.block(f"{keyword} {test}:"):
            c.probe("branch", group.origin, statement_text(group.origin))
            c.trace_point(group.origin, "WHEN")
            c.statements(group.statements)
        keyword = "elif"
    other_origin = node.other_origin or node.origin
    if node.other is not None:
        if keyword == "if":
            c.probe("branch", other_origin, "WHEN OTHER")
            c.trace_point(other_origin, "WHEN")
            c.statements(node.other)
        else:
            with c.out.block("else:"):
                c.probe("branch", other_origin, "WHEN OTHER")
                c.trace_point(other_origin, "WHEN")
                c.statements(node.other)
    elif c.coverage and keyword == "elif":
        with c.out.block("else:"):
            c.probe("branch", node.origin, f"{statement_text(node.origin)} (no WHEN matched)")


def _when_head(
    c: Compiler,
    subjects: tuple[ast.EvaluateSubject, ...],
    objects: tuple[ast.EvaluateObject, ...],
    origin: Origin,
) -> str:
    if len(subjects) != len(objects):
        raise CobolSemanticError(
            f"WHEN has {len(objects)} object(s) for {len(subjects)} subject(s)", origin
        )
    tests = [_when_object(c, s, o) for s, o in zip(subjects, objects, strict=True)]
    tests = [t for t in tests if t != "True"] or ["True"]
    return tests[0] if len(tests) == 1 else "(" + " and ".join(tests) + ")"


def _when_object(c: Compiler, subject: ast.EvaluateSubject, obj: ast.EvaluateObject) -> str:
    if isinstance(obj, ast.AnyObject):
        return "True"
    if isinstance(subject, bool):
        if isinstance(obj, bool):
            return "True" if obj == subject else "False"
        if isinstance(obj, ast.RangeObject):
            raise CobolSemanticError("a range needs a value subject", obj.origin)
        code = c.condition(obj)
        return code if subject else f"(not {code})"
    subject_value = _subject_value(c, subject)
    if subject_value is None:
        # The subject is a condition: objects are TRUE / FALSE.
        code = c.condition(subject)
        if isinstance(obj, bool):
            return code if obj else f"(not {code})"
        if isinstance(obj, ast.RangeObject):
            raise CobolSemanticError("a range needs a value subject", obj.origin)
        # EVALUATE 3 EQUALS 7 WHEN VAR = SPACES: the two truth values compared (cobc 3.1.2,
        # testsuite "Constant Expressions")
        return f"({code} == {c.condition(obj)})"
    if isinstance(obj, ast.RangeObject):
        low = c.relation(subject_value, ">=", obj.low)
        high = c.relation(subject_value, "<=", obj.high)
        code = f"({low} and {high})"
        return f"(not {code})" if obj.negated else code
    if isinstance(obj, bool):
        raise CobolSemanticError("TRUE / FALSE needs a condition subject", subject_value.origin)
    if isinstance(obj, ast.BareCondition):
        return c.relation(subject_value, "=", obj.operand)
    if isinstance(obj, ast.AbbreviatedRelation):
        # WHEN >= 10000: the subject is the left side (testsuite "Numeric MOVE with/without
        # -fbinary-truncate")
        code = c.relation(subject_value, obj.op, obj.right)
        return f"(not {code})" if obj.negated else code
    if isinstance(obj, ast.Not) and isinstance(obj.operand, ast.BareCondition):
        return f"(not {c.relation(subject_value, '=', obj.operand.operand)})"
    if isinstance(obj, ast.Not) and isinstance(obj.operand, ast.AbbreviatedRelation):
        return f"(not {_when_object(c, subject, obj.operand)})"
    raise CobolSemanticError("this WHEN object does not fit its subject", obj.origin)


def _subject_value(c: Compiler, subject: ast.Condition) -> ast.Expr | None:
    if isinstance(subject, ast.BareCondition) and not c._is_condition_name(subject.operand):
        return subject.operand
    return None


def _procedure_range(
    c: Compiler, start: ast.ProcedureName, end: ast.ProcedureName | None
) -> tuple[int, int]:
    first, last = procedure(c, start)
    if end is not None:
        _, last = procedure(c, end)
    return first, last


def procedure(c: Compiler, name: ast.ProcedureName) -> tuple[int, int]:
    """(first, last) paragraph index of a paragraph or section name."""
    wanted = name.name.upper()
    paragraphs = [
        p
        for p in c.paragraphs
        if p.name
        and p.name.upper() == wanted
        and (name.section is None or (p.section or "").upper() == name.section.upper())
    ]
    if len(paragraphs) > 1 and c._current is not None:
        local = [p for p in paragraphs if p.section == c._current.section]
        paragraphs = local or paragraphs
    if len(paragraphs) == 1:
        return paragraphs[0].index, paragraphs[0].index
    if len(paragraphs) > 1:
        raise CobolSemanticError(
            f"paragraph '{name.name}' is ambiguous: qualify it with OF", name.origin
        )
    sections = [p for p in c.paragraphs if p.section and p.section.upper() == wanted]
    if sections and name.section is None:
        return sections[0].section_first, sections[0].section_last
    raise CobolSemanticError(f"paragraph or section '{name.name}' is not defined", name.origin)


@generates(ast.PerformProcedure)
def performprocedure_stmt(c: Compiler, node: ast.PerformProcedure) -> None:
    first, last = _procedure_range(c, node.start, node.end)
    if first == last and inlinable(c, first):  # its statements in place (compile/inline.py)
        inlined = inline_statements(c, first)
        if counted_loop(c, node.loop, inlined, _guarded(c, lambda: emit_inline(c, first))):
            return
        _loop(c, node.loop, lambda: emit_inline(c, first))
        return
    result = c.temp()
    if c.program.source.dialect.flag("perform-osvs"):
        body = [f"_run({first}, {last})"]  # its end test sees the outer PERFORMs' ends
    elif first == last:
        body = [
            f"{result} = _p{first}()",
            f"if {result} is not None: _resume({result}, {last})",
        ]
    elif first + 1 == last and _does_nothing(c, last):
        # PERFORM A THRU A-EXIT, A-EXIT holding only EXIT: what _run(first, last) does, in line
        # (a GO TO A-EXIT ends the PERFORM; any other jump resumes from there).
        body = [
            f"{result} = _p{first}()",
            f"if {result} is not None and {result} != {last}: _resume({result}, {last})",
        ]
    elif first + 1 == last:
        body = [
            f"{result} = _p{first}()",
            f"if {result} is None: {result} = _p{last}()",
            f"if {result} is not None: _resume({result}, {last})",
        ]
    else:
        body = [f"_run({first}, {last})"]
    keep = direct_entry(c, node.start)  # EXCEPTION-LOCATION's section (compile/locations.py)
    if keep is not None:
        body.insert(0, keep)

    def emit() -> None:
        for line in body:
            c.out.line(line)

    _loop(c, node.loop, emit)


def _does_nothing(c: Compiler, index: int) -> bool:
    """A paragraph whose sentences are only EXIT or CONTINUE, compiled without trace or
    coverage lines: calling it has no effect."""
    if c.trace or c.coverage or c.tracks_exceptions:  # entering it is seen (locations.py)
        return False
    statements = [s for sentence in c.paragraphs[index].node.sentences for s in sentence.statements]
    return all(
        isinstance(s, ast.Continue) or (isinstance(s, ast.Exit) and s.kind == "")
        for s in statements
    )


@generates(ast.PerformInline)
def performinline_stmt(c: Compiler, node: ast.PerformInline) -> None:
    from idrs_sandbox.runtime.compile.statements import goto_entry  # it imports this module

    if goto_entry.labelled_times(c, node):  # a TIMES loop around an ENTRY FOR GO TO label
        return
    counted = _counted_range(c, node.loop, node.body)
    if counted is not None:
        var, start, limit = counted
        # PERFORM VARYING v FROM a BY 1 UNTIL v > b over statements that leave v alone: a
        # Python for loop, v ending at b + 1 as the COBOL loop leaves it.
        outer = c.known_ranges.get(var)
        c.known_ranges[var] = (start, limit)
        try:
            if not emit_scan(c, var, start, limit, node.body, lambda body: _guarded(c, body)()):
                with c.out.block(f"for {var} in range({start}, {limit + 1}):"):
                    _guarded(c, lambda: c.statements(node.body))()
        finally:
            if outer is None:
                del c.known_ranges[var]
            else:
                c.known_ranges[var] = outer
        c.out.line(f"{var} = {max(start, limit + 1)}")
        return
    if counted_loop(c, node.loop, node.body, _guarded(c, lambda: c.statements(node.body))):
        return  # up to an item the body leaves alone (compile/counted.py)
    cycles = any(
        isinstance(s, ast.Exit) and s.kind == "PERFORM CYCLE" for s in _walk_statements(node.body)
    )
    _loop(c, node.loop, lambda: c.statements(node.body), inline=True, cycles=cycles)


def _counted_range(
    c: Compiler, loop: ast.Loop | None, body: tuple[ast.Statement, ...]
) -> tuple[str, int, int] | None:
    """(variable, first, last) of a loop that is a plain count, else None: one VARYING clause
    on a promoted unsigned integer item, FROM and BY literals (BY 1), UNTIL item > literal,
    tested before, the last value + 1 representable in the item, and a body that cannot change
    the item or leave the loop (no store into it, no PERFORM, GO TO, EXIT, NEXT SENTENCE)."""
    if not isinstance(loop, ast.Varying) or loop.test_after or len(loop.clauses) != 1:
        return None
    clause = loop.clauses[0]
    start, step = _integer_literal(clause.start), _integer_literal(clause.step)
    until = clause.until
    if start is None or step != 1 or not isinstance(until, ast.Relation):
        return None
    limit = _integer_literal(until.right)
    if until.negated or until.op != ">" or limit is None or start < 0:
        return None
    if not isinstance(until.left, ast.Identifier) or until.left.subscripts:
        return None
    if c.lookup(until.left) is not c.lookup(clause.variable) or until.left.refmod is not None:
        return None
    ref = c.ref(clause.variable)
    ftype = ref.ftype
    if ref.var is None or ftype.signed or ftype.scale != 0:
        return None
    if ftype.usage not in (Usage.DISPLAY, Usage.PACKED, Usage.BINARY):
        return None
    if max(start, limit + 1) >= 10**ftype.digits:
        return None
    entry = ref.entry
    for statement in _walk_statements(body):
        if isinstance(statement, _LEAVES):
            return None
        for receiver in receivers(statement):
            named = c.lookup(receiver)
            if named is entry or (isinstance(named, DataEntry) and _overlaps(named, entry)):
                return None
    return ref.var, start, limit


_LEAVES = (
    # leave the loop or change the item behind the receivers' back (counters, pointers)
    ast.String,
    ast.Unstring,
    ast.Inspect,
    ast.Accept,
    ast.Read,
    ast.PerformProcedure,
    ast.PerformInline,
    ast.GoTo,
    ast.Exit,
    ast.NextSentence,
    ast.StopRun,
    ast.Goback,
)


def _overlaps(a: DataEntry, b: DataEntry) -> bool:
    """Two items share bytes (a group holding the other, a REDEFINES)."""
    if a.area is not b.area:
        return False
    return a.offset < b.offset + b.size and b.offset < a.offset + a.size


LOOP_NESTING_LIMIT = 12
"""Loops nested deeper than this in one Python function go into a function of their own:
CPython refuses more than 20 statically nested blocks (for, while, try, with) in one code
object ("too many statically nested blocks"), and cobc compiles 21 nested inline PERFORMs."""


def _guarded(c: Compiler, body: Callable[[], Any]) -> Callable[[], None]:
    """``body`` as the inside of one more loop; past LOOP_NESTING_LIMIT it is written as a
    local function called there, which reports a jump out with a sentinel (_BREAK for EXIT
    PERFORM, _CONT for EXIT PERFORM CYCLE, _EXITP for EXIT PARAGRAPH, a paragraph index for
    GO TO / EXIT SECTION) that the call site turns back into the jump."""

    def emit() -> None:
        c.loop_depth += 1
        try:
            if c.loop_depth <= LOOP_NESTING_LIMIT:
                body()
                return
            name, result = c.temp(), c.temp()
            with c.out.block(f"def {name}():"):
                if c.promoted:
                    c.out.line("global " + ", ".join(c.promoted.values()))
                saved, c.loop_depth = c.loop_depth, 0
                c.extracted += 1
                body()
                c.extracted -= 1
                c.loop_depth = saved
            c.out.line(f"{result} = {name}()")
            with c.out.block(f"if {result} is not None:"):
                with c.out.block(f"if {result} is _BREAK:"):
                    c.out.line("break")
                with c.out.block(f"if {result} is _CONT:"):
                    c.out.line("continue")
                if c.extracted:
                    c.out.line(f"return {result}")
                else:
                    c.out.line(f"return None if {result} is _EXITP else {result}")
        finally:
            c.loop_depth -= 1

    return emit


def _loop(
    c: Compiler,
    loop: ast.Loop | None,
    body: Callable[[], Any],
    inline: bool = False,
    cycles: bool = False,
) -> None:
    """``cycles``: the body may hold EXIT PERFORM CYCLE, whose ``continue`` must still reach
    the test of a TEST AFTER loop and the step of a VARYING one."""
    body = _guarded(c, body)
    out = c.out
    if loop is None:
        if inline:
            with out.block("for _ in (0,):"):
                body()
        else:
            body()
        return
    if isinstance(loop, ast.Forever):
        with out.block("while True:"):
            body()
        return
    if isinstance(loop, ast.Times):
        count = c.integer(loop.count)
        with out.block(f"for _ in range({count}):"):
            body()
        return
    if isinstance(loop, ast.Until):
        condition = c.condition(loop.condition)
        if loop.test_after and cycles:
            with out.block("while True:"):
                _cycle_body(c, body)
                with out.block("else:"):
                    with out.block(f"if {condition}:"):
                        out.line("break")
                    out.line("continue")
                out.line("break")
        elif loop.test_after:
            with out.block("while True:"):
                body()
                with out.block(f"if {condition}:"):
                    out.line("break")
        else:
            with out.block(f"while not {condition}:"):
                body()
        return
    if loop.test_after or cycles:
        _varying_general(c, loop, body)
    else:
        _varying(c, loop, body)


def _cycle_body(c: Compiler, body: Callable[[], None]) -> None:
    """The body inside a one-turn ``for``: EXIT PERFORM CYCLE (``continue``) ends the turn and
    runs the ``else:`` the caller writes next (the test, the step), EXIT PERFORM (``break``)
    skips it."""
    with c.out.block("for _ in (0,):"):
        body()


def _varying_general(c: Compiler, loop: ast.Varying, body: Callable[[], None]) -> None:
    """PERFORM VARYING ... AFTER ... with TEST AFTER or an EXIT PERFORM CYCLE in the body.
    Each level sets a flag when it ends normally (its UNTIL met), so an EXIT PERFORM (a
    ``break`` from the innermost level) leaves every level. TEST AFTER (ISO 2002 14.9.27.3):
    the body runs, then the innermost condition is tested before any step; when it is met
    the next outer one is tested, and only then that variable steps and the inner ones reset."""
    out = c.out
    clauses = loop.clauses
    for clause in clauses:
        _start(c, clause)

    def nest(level: int) -> str:
        clause = clauses[level]
        done = c.temp()
        out.line(f"{done} = False")
        condition = c.condition(clause.until)
        innermost = level + 1 == len(clauses)
        with out.block("while True:" if loop.test_after else f"while not {condition}:"):
            if innermost:
                _cycle_body(c, body)
                normal = "else:"
            else:
                inner = nest(level + 1)
                normal = f"if {inner}:"
            with out.block(normal):
                if loop.test_after:
                    with out.block(f"if {condition}:"):
                        out.line(f"{done} = True")
                        out.line("break")
                _step(c, clause)
                if not innermost:
                    _start(c, clauses[level + 1])
                out.line("continue")
            out.line("break")
        if not loop.test_after:
            with out.block("else:"):
                out.line(f"{done} = True")
        return done

    nest(0)


def _varying(c: Compiler, loop: ast.Varying, body: Callable[[], Any]) -> None:
    """PERFORM VARYING ... AFTER ...: set every variable, then the nested loops; when an
    inner condition is met the outer variable steps and the inner one is reset."""
    out = c.out
    clauses = loop.clauses
    for clause in clauses:
        _start(c, clause)

    def nest(level: int) -> None:
        clause = clauses[level]
        condition = c.condition(clause.until)
        header = "while True:" if loop.test_after else f"while not {condition}:"
        with out.block(header):
            if level + 1 < len(clauses):
                nest(level + 1)
            else:
                body()
            if loop.test_after and level + 1 == len(clauses):
                with out.block(f"if {condition}:"):
                    out.line("break")
            _step(c, clause)
            if level + 1 < len(clauses):
                _start(c, clauses[level + 1])

    nest(0)


def _start(c: Compiler, clause: ast.VaryingClause) -> None:
    """The FROM value into the variable; an integer literal into a promoted integer item is
    stored as the value the item's normalizer gives it, worked out here (``TA-MX = 1``)."""
    literal = _integer_literal(clause.start)
    ref = c.ref(clause.variable)
    if literal is not None and ref.var is not None and ref.ftype.scale == 0:
        value = storage.normalizer(ref.ftype)(literal)
        if type(value) is int:  # (not the negative-zero marker)
            c.out.line(f"{ref.var} = {value}")
            return
    c.store_numeric(clause.variable, c.num(clause.start), False, None)


def _step(c: Compiler, clause: ast.VaryingClause) -> None:
    current = c.num(clause.variable)
    step = c.num(clause.step)
    literal = _integer_literal(clause.step)
    ref = c.ref(clause.variable)
    ftype = ref.ftype
    if (
        ref.var is not None
        and literal is not None
        and literal >= 0
        and not ftype.signed
        and ftype.scale == 0
        and ftype.usage in (Usage.DISPLAY, Usage.PACKED, Usage.BINARY)
    ):
        # An unsigned counter stepped up: never negative, so the store is the value modulo
        # 10**digits (what store_numeric writes, without its sign test).
        c.out.line(f"{ref.var} = ({ref.var} + {literal}) % {10**ftype.digits}")
        return
    if ref.var is not None and literal is not None and ftype.usage is Usage.INDEX:
        # An index stepped: a 4-byte native integer, wrapped only past its range.
        temp = c.temp()
        wrap = c.const(storage.normalizer(ftype), "_nm")
        bounds = f"-2147483648 <= ({temp} := {ref.var} + {literal}) <= 2147483647"
        c.out.line(f"{ref.var} = ({temp} if {bounds} else {wrap}({temp}))")
        return
    value = int_operand(c, clause.step)
    if value is not None and add_packed_int(c, clause.variable, value):
        return  # cobc: cb_build_add (name, by, cb_high), nibble by nibble into COMP-3
    scale = max(current.scale, step.scale)
    code = f"({_scaled(current, scale)} + {_scaled(step, scale)})"
    c.store_numeric(clause.variable, Num(code, scale), False, None)


@generates(ast.GoTo)
def goto_stmt(c: Compiler, node: ast.GoTo) -> None:
    targets = [procedure(c, t)[0] for t in node.targets]
    if node.depending is None:
        if len(targets) != 1:
            raise CobolSemanticError("GO TO with several names needs DEPENDING ON", node.origin)
        keep = direct_entry(c, node.targets[0])  # compile/locations.py
        if keep is not None:
            c.out.line(keep)
        c.out.line(f"return {targets[0]}")
        return
    depending_jump(c, node.depending, targets)


def depending_jump(c: Compiler, depending: ast.Identifier, targets: list[int]) -> None:
    """GO TO ... DEPENDING ON (and GO TO ENTRY ...): the n-th target's index returned, a value
    out of 1..n going on with the next statement."""
    value = c.temp()
    c.out.line(f"{value} = {c.integer(depending)}")
    table = c.const(tuple(targets), "_go")
    with c.out.block(f"if 1 <= {value} <= {len(targets)}:"):
        c.out.line(f"return {table}[{value} - 1]")


@generates(ast.Continue)
def continue_stmt(c: Compiler, node: ast.Continue) -> None:
    c.out.line("pass")


@generates(ast.NextSentence)
def nextsentence_stmt(c: Compiler, node: ast.NextSentence) -> None:
    c.out.line("raise _NextSentence()")


@generates(ast.Exit)
def exit_stmt(c: Compiler, node: ast.Exit) -> None:
    if node.kind == "":
        c.out.line("pass")
    elif node.kind == "PROGRAM":
        # nothing in a main program; back to the caller in a called one (runtime/call.py)
        c.out.line("_exit_program()")
    elif node.kind == "PARAGRAPH":
        c.out.line("return _EXITP" if c.extracted else "return None")
    elif node.kind == "SECTION":
        assert c._current is not None
        c.out.line(f"return {-(c._current.section_last + 1)}")
    elif node.kind == "PERFORM":
        c.out.line("return _BREAK" if c.extracted and not c.loop_depth else "break")
    else:
        c.out.line("return _CONT" if c.extracted and not c.loop_depth else "continue")


@generates(ast.StopRun)
def stoprun_stmt(c: Compiler, node: ast.StopRun) -> None:
    if node.status is None:
        c.out.line("raise _StopRun()")
    else:
        c.out.line(f"raise _StopRun({c.integer(node.status)})")


@generates(ast.Goback)
def goback_stmt(c: Compiler, node: ast.Goback) -> None:
    if node.status is not None:  # GOBACK RETURNING x: RETURN-CODE = x, then GOBACK
        register = ast.Identifier("RETURN-CODE", (), (), None, node.origin)
        c.store_numeric(register, c.num(node.status), False, None)
    c.out.line("raise _Goback()")  # _StopRun in a main program, call.Goback in a called one
