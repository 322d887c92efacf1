"""The legacy engine's compiler: the PROCEDURE DIVISION becomes Python source, compiled once.

Each paragraph becomes one Python function that returns ``None`` when control falls through to
the next paragraph, the index of the paragraph a GO TO jumps to, or ``-(i + 1)`` when an EXIT
SECTION ends the section at paragraph ``i``. ``_run(first, last)`` executes a PERFORM range the
way libcob does: after every paragraph it checks whether the paragraph that just ended is the
exit point of the PERFORM being executed.

Data items are slices of the storage areas (``B3[120:126]``); numeric items are read and written
by the per-type functions of :mod:`idrs_sandbox.runtime.storage` and converted by the movers of
:mod:`idrs_sandbox.runtime.move`. Arithmetic works on Python ints with a scale known at compile
time (libcob cob_decimal: exact; a division carries 38 more decimals, see support.divide).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.cobol.procedure import resolve_condition
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.records import layout as rl
from idrs_sandbox.runtime import intrinsics, storage, strings, support
from idrs_sandbox.runtime import move as mv
from idrs_sandbox.runtime.coverage import Probe, ProbeKind, statement_text
from idrs_sandbox.runtime.data import (
    ConditionEntry,
    DataEntry,
    DataModel,
    IndexEntry,
    Named,
    default_bytes,
    figurative_bytes,
    numeric_literal_bytes,
    value_bytes,
)
from idrs_sandbox.runtime.fields import Category, FieldType, Usage, alphanumeric, numeric_display
from idrs_sandbox.runtime.promotion import promotable_entries


@dataclass
class Ref:
    """A data reference in generated code: ``buf[off:off+size]``.

    ``off`` and ``size`` are Python expressions; ``static_size`` is None when a reference
    modification makes the length a run-time value."""

    buf: str
    off: str
    size: str
    static_size: int | None
    ftype: FieldType
    entry: DataEntry
    name: str
    var: str | None = None
    """The Python variable holding the item's value when it is promoted (see promotion.py)."""

    @property
    def numeric(self) -> bool:
        return self.ftype.category is Category.NUMERIC


@dataclass
class Num:
    """A numeric expression in generated code and its (static) scale."""

    code: str
    scale: int
    may_fail: bool = False  # contains a division (SizeError on a zero divisor)


@dataclass
class Paragraph:
    index: int
    name: str | None
    section: str | None
    node: ast.Paragraph
    section_first: int
    section_last: int


class Emitter:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    @contextmanager
    def block(self, header: str) -> Iterator[None]:
        self.line(header)
        self.depth += 1
        start = len(self.lines)
        yield
        if len(self.lines) == start:
            self.line("pass")
        self.depth -= 1


class Compiler:
    """Translate a parsed program (and its data model) into one Python module."""

    def __init__(
        self,
        program: Program,
        model: DataModel,
        trace: bool = False,
        trace_statements: bool = False,
        coverage: bool = False,
        debug: bool = False,
    ) -> None:
        self.program = program
        self.debug = debug
        """cobc -debug: subscripts checked against OCCURS (EC-BOUND-SUBSCRIPT)."""
        self.model = model
        self.trace = trace or trace_statements
        self.trace_statements = trace_statements
        self.coverage = coverage
        self.probes: list[Probe] = []
        """Coverage points; the generated code counts them in ``_COV`` (runtime/coverage.py)."""
        self.namespace: dict[str, Any] = {}
        self._constants: dict[Any, str] = {}
        self._counter = 0
        self.origins: list[Origin] = []
        self.line_origins: list[tuple[int, Origin]] = []
        """(first line of generated code, COBOL statement): where a fault happened."""
        self.paragraphs: list[Paragraph] = []
        self.out = Emitter()
        self._current: Paragraph | None = None
        self._closer = ""
        self.promoted: dict[int, str] = {}
        self.promoted_slots: list[tuple[str, int, int, FieldType]] = []
        for number, entry in enumerate(promotable_entries(program, model)):
            var = f"V{number}"
            self.promoted[id(entry)] = var
            self.promoted_slots.append((var, entry.area.index, entry.offset, entry.ftype))
        self._setup_namespace()

    # names in the generated module -------------------------------------------------------------

    def _setup_namespace(self) -> None:
        ns = self.namespace
        for area in self.model.areas:
            ns[f"B{area.index}"] = area.buffer
        ns.update(
            _div=support.divide,
            _trunc=support.truncate,
            _round=support.round_half_away,
            _pow=support.power,
            _sx=support.check_subscript_debug if self.debug else support.check_subscript,
            _rm=support.check_refmod,
            _padcmp=support.pad_compare,
            _fit=support.fit_alphanumeric,
            _SizeError=support.SizeError,
            _StopRun=support.StopRun,
            _NextSentence=support.NextSentence,
            _RuntimeError=support.CobolRuntimeError,
            _ORIGINS=self.origins,
            _I=intrinsics,
            _S=strings,
            _C=support,
            _mvdyn=_move_dynamic,
            _fs=support.fix_sign_byte,
        )

    def const(self, value: Any, prefix: str = "_k") -> str:
        """A name bound to ``value`` in the generated module (deduplicated when hashable)."""
        try:
            key: Any = (prefix, type(value), value)
            hash(key)
        except TypeError:
            key = (prefix, id(value))
        name = self._constants.get(key)
        if name is None:
            self._counter += 1
            name = f"{prefix}{self._counter}"
            self._constants[key] = name
            self.namespace[name] = value
        return name

    def temp(self) -> str:
        self._counter += 1
        return f"_t{self._counter}"

    def site(self, origin: Origin) -> str:
        """``_ORIGINS[n]``: a source position a run-time error can name."""
        self.origins.append(origin)
        return f"_ORIGINS[{len(self.origins) - 1}]"

    def probe(self, kind: ProbeKind, origin: Origin, label: str) -> None:
        """Count this point of the program when compiled for coverage."""
        if not self.coverage:
            return
        paragraph = self._current.name or self._current.section if self._current else None
        self.probes.append(Probe(kind, origin, label, paragraph or "(unnamed)"))
        self.out.line(f"_COV[{len(self.probes) - 1}] += 1")

    def getter(self, ftype: FieldType) -> str:
        return self.const(storage.reader(ftype), "_g")

    def putter(self, ftype: FieldType) -> str:
        return self.const(storage.writer(ftype), "_s")

    def mover(self, src: FieldType, dst: FieldType) -> str:
        return self.const(mv.compile_move(src, dst), "_m")

    # ---------------------------------------------------------------------------------------
    # the whole program

    def compile(self) -> str:
        procedure = self.program.procedure
        if procedure is None:
            self.out.line("_PARAS = []")
            return "\n".join(self.out.lines)
        self._index_paragraphs(procedure)
        self._emit_run()
        for paragraph in self.paragraphs:
            self._emit_paragraph(paragraph)
        names = ", ".join(f"_p{p.index}" for p in self.paragraphs)
        self.out.line(f"_PARAS = [{names}]")
        self.out.line(f"_NPARAS = {len(self.paragraphs)}")
        return "\n".join(self.out.lines)

    def _index_paragraphs(self, procedure: ast.ProcedureDivision) -> None:
        for section in procedure.sections:
            first = len(self.paragraphs)
            last = first + len(section.paragraphs) - 1
            for node in section.paragraphs:
                index = len(self.paragraphs)
                self.paragraphs.append(Paragraph(index, node.name, section.name, node, first, last))

    def _emit_run(self) -> None:
        out = self.out
        with out.block("def _run(i, end):"):
            out.line("paras = _PARAS")
            with out.block("while True:"):
                out.line("r = paras[i]()")
                with out.block("if r is None:"):
                    with out.block("if i == end:"):
                        out.line("return")
                    out.line("i += 1")
                with out.block("elif r >= 0:"):
                    out.line("i = r")
                    out.line("continue")
                with out.block("else:"):
                    out.line("i = -r - 1")
                    with out.block("if i == end:"):
                        out.line("return")
                    out.line("i += 1")
                with out.block("if i >= _NPARAS:"):
                    out.line("raise _StopRun()")
        with out.block("def _resume(r, end):"):
            with out.block("if r >= 0:"):
                out.line("_run(r, end)")
                out.line("return")
            out.line("i = -r - 1")
            with out.block("if i != end:"):
                with out.block("if i + 1 >= _NPARAS:"):
                    out.line("raise _StopRun()")
                out.line("_run(i + 1, end)")

    def _emit_paragraph(self, paragraph: Paragraph) -> None:
        self._current = paragraph
        with self.out.block(f"def _p{paragraph.index}():"):
            if self.promoted:
                self.out.line("global " + ", ".join(self.promoted.values()))
            if self.trace:
                label = paragraph.name or paragraph.section or "(unnamed)"
                origin = paragraph.node.origin
                text = f"{origin.file}:{origin.line}: {label}"
                self.out.line(f"_trace({text!r})")
            self.probe("paragraph", paragraph.node.origin, paragraph.name or "(unnamed)")
            for sentence in paragraph.node.sentences:
                self._emit_sentence(sentence)

    def _emit_sentence(self, sentence: ast.Sentence) -> None:
        if any(isinstance(s, ast.NextSentence) for s in _walk_statements(sentence.statements)):
            with self.out.block("try:"):
                self.statements(sentence.statements)
            with self.out.block("except _NextSentence:"):
                self.out.line("pass")
            return
        self.statements(sentence.statements)

    def statements(self, statements: tuple[ast.Statement, ...]) -> None:
        for statement in statements:
            if self.trace_statements:
                origin = statement.origin
                text = origin.source.line_text(origin.line)[origin.column - 1 : 72].rstrip()
                self.out.line(f"_trace({f'{origin.file}:{origin.line}:   {text}'!r})")
            self.line_origins.append((len(self.out.lines) + 1, statement.origin))
            method = getattr(self, f"stmt_{type(statement).__name__.lower()}")
            method(statement)

    # ---------------------------------------------------------------------------------------
    # names and references

    def lookup(self, ident: ast.Identifier) -> Named:
        found = self.model.candidates(ident.name, ident.qualifiers)
        if not found:
            raise CobolSemanticError(f"'{ident.display_name()}' is not defined", ident.origin)
        if len(found) > 1:
            raise CobolSemanticError(
                f"'{ident.display_name()}' is ambiguous: qualify it with OF", ident.origin
            )
        return found[0]

    def data_entry(self, ident: ast.Identifier) -> DataEntry:
        named = self.lookup(ident)
        if isinstance(named, ConditionEntry):
            raise CobolSemanticError(
                f"condition name '{ident.name}' used as a data item", ident.origin
            )
        if isinstance(named, IndexEntry):
            return named.entry
        return named

    def ref(self, ident: ast.Identifier) -> Ref:
        """The storage reference of an identifier (subscripts and reference modification)."""
        entry = self.data_entry(ident)
        return self.entry_ref(entry, ident)

    def entry_ref(self, entry: DataEntry, ident: ast.Identifier) -> Ref:
        buf = f"B{entry.area.index}"
        name = ident.display_name()
        offset = self._offset(entry, ident)
        size = str(entry.size)
        static_size: int | None = entry.size
        ftype = entry.ftype
        var = self.promoted.get(id(entry))
        if ident.refmod is not None:
            offset, size, static_size = self._refmod(offset, entry, ident)
            ftype = alphanumeric(static_size) if static_size is not None else alphanumeric(0)
            var = None
        return Ref(buf, offset, size, static_size, ftype, entry, name, var)

    def _offset(self, entry: DataEntry, ident: ast.Identifier) -> str:
        dims = entry.dims
        if len(ident.subscripts) != len(dims):
            if not dims:
                raise CobolSemanticError(
                    f"'{ident.name}' is not a table: it takes no subscript", ident.origin
                )
            raise CobolSemanticError(
                f"'{ident.name}' needs {len(dims)} subscript(s), got {len(ident.subscripts)}",
                ident.origin,
            )
        static = entry.offset
        parts: list[str] = []
        for subscript, (stride, maximum) in zip(ident.subscripts, dims, strict=True):
            literal = _integer_literal(subscript)
            if literal is not None:
                if not 1 <= literal <= maximum:
                    raise CobolSemanticError(
                        f"subscript {literal} of '{ident.name}' is out of range 1 to {maximum}",
                        ident.origin,
                    )
                static += (literal - 1) * stride
                continue
            value = self.integer(subscript)
            site = self.site(ident.origin)
            temp = self.temp()
            # In line: the range test assigns the subscript, the error call runs only when out
            # of range (support.check_subscript raises).
            limit = len(entry.area.buffer) - entry.size
            check = (
                f"({temp} - 1 if 0 < ({temp} := {value}) <= {maximum} "
                f"else _sx({temp}, {maximum}, {site}, {ident.name!r}, {static}, {stride}, "
                f"{limit}))"
            )
            parts.append(check if stride == 1 else f"{check} * {stride}")
        if not parts:
            return str(static)
        return " + ".join([str(static), *parts]) if static else " + ".join(parts)

    def _refmod(
        self, offset: str, entry: DataEntry, ident: ast.Identifier
    ) -> tuple[str, str, int | None]:
        refmod = ident.refmod
        assert refmod is not None
        size = entry.size
        start = _integer_literal(refmod.start)
        length = _integer_literal(refmod.length) if refmod.length is not None else None
        if start is not None and (refmod.length is None or length is not None):
            count = length if length is not None else size - start + 1
            if start < 1 or count < 1 or start + count - 1 > size:
                raise CobolSemanticError(
                    f"reference modification ({start}:{count}) is outside '{ident.name}' "
                    f"(1 to {size})",
                    ident.origin,
                )
            return f"({offset}) + {start - 1}", str(count), count
        # A run-time start (and length): the offset expression assigns the start to a temp
        # first, so the length expression after it can use it.
        start_code = self.integer(refmod.start)
        temp = self.temp()
        length_code = (
            f"({size} - {temp} + 1)"
            if refmod.length is None
            else f"({self.integer(refmod.length)})"
        )
        site = self.site(ident.origin)
        check = f"_rm(({temp} := {start_code}), {length_code}, {size}, {site}, {ident.name!r})"
        return f"({offset}) + {check}", length_code, None

    def slice(self, ref: Ref) -> str:
        """``buf[off:off+size]`` (a walrus temp keeps a computed offset from being run twice);
        for a promoted item, its bytes made from its value."""
        if ref.var is not None:
            return f"{self.const(storage.materializer(ref.ftype), '_mat')}({ref.var})"
        if ref.off.isdigit() and ref.static_size is not None:
            start = int(ref.off)
            return f"{ref.buf}[{start}:{start + ref.static_size}]"
        temp = self.temp()
        return f"{ref.buf}[({temp} := {ref.off}):{temp} + {ref.size}]"

    def integer(self, expr: ast.Expr) -> str:
        """An integer-valued expression (subscripts, lengths, counts)."""
        if isinstance(expr, ast.Identifier) and expr.refmod is None:
            named = self.lookup(expr)
            ref = self.ref(expr) if isinstance(named, DataEntry) else None
            if ref is not None and ref.numeric and ref.var is None and _is_display(ref):
                # libcob cob_get_int: its own arithmetic on invalid bytes (a space is -16).
                getint = self.const(storage.display_get_int, "_gi")
                return f"{getint}({ref.buf}, {ref.off}, {self.const(ref.ftype, '_ft')})"
        num = self.num(expr)
        if num.scale > 0:
            return f"_trunc({num.code}, {10**num.scale})"
        if num.scale < 0:
            return f"({num.code} * {10**-num.scale})"
        return num.code

    # ---------------------------------------------------------------------------------------
    # numeric expressions

    def num(self, expr: ast.Expr) -> Num:
        if isinstance(expr, ast.NumericLiteral):
            return Num(str(expr.unscaled), expr.scale)
        if isinstance(expr, ast.Figurative):
            if expr.name == "ZERO":
                return Num("0", 0)
            raise CobolSemanticError(f"{expr.name} is not numeric", expr.origin)
        if isinstance(expr, ast.Identifier):
            return self._num_identifier(expr)
        if isinstance(expr, ast.LengthOf):
            return Num(str(self.ref(expr.target).static_size or 0), 0)
        if isinstance(expr, ast.FunctionCall):
            return self.numeric_function(expr)
        if isinstance(expr, ast.UnaryOp):
            inner = self.num(expr.operand)
            code = f"(-{inner.code})" if expr.op == "-" else inner.code
            return Num(code, inner.scale, inner.may_fail)
        if isinstance(expr, ast.BinaryOp):
            return self._num_binary(expr)
        raise CobolSemanticError("this operand is not numeric", expr.origin)

    def _num_identifier(self, ident: ast.Identifier) -> Num:
        named = self.lookup(ident)
        if isinstance(named, ConditionEntry):
            raise CobolSemanticError(f"'{ident.name}' is a condition name", ident.origin)
        ref = self.ref(ident)
        if not ref.numeric:
            raise CobolSemanticError(f"'{ident.display_name()}' is not numeric", ident.origin)
        if ref.var is not None:
            return Num(ref.var, ref.ftype.scale)
        return Num(f"{self.getter(ref.ftype)}({ref.buf}, {ref.off})", ref.ftype.scale)

    def _num_binary(self, expr: ast.BinaryOp) -> Num:
        left = self.num(expr.left)
        right = self.num(expr.right)
        fails = left.may_fail or right.may_fail
        if expr.op in "+-":
            scale = max(left.scale, right.scale)
            a = _scaled(left, scale)
            b = _scaled(right, scale)
            return Num(f"({a} {expr.op} {b})", scale, fails)
        if expr.op == "*":
            return Num(f"({left.code} * {right.code})", left.scale + right.scale, fails)
        if expr.op == "/":
            # libcob cob_decimal_div: scale difference, then 38 more decimals (shifted further
            # when the difference is negative), truncated.
            difference = left.scale - right.scale
            shift = support.MAX_DIGITS + (-difference if difference < 0 else 0)
            return Num(f"_div({left.code}, {right.code}, {10**shift})", difference + shift, True)
        exponent = _integer_literal(expr.right)
        if exponent is not None and exponent >= 0:
            target = left.scale * exponent
        else:
            target = support.MAX_DIGITS
        code = f"_pow({left.code}, {left.scale}, {right.code}, {right.scale}, {target})"
        return Num(code, target, True)

    # ---------------------------------------------------------------------------------------
    # intrinsic functions

    def numeric_function(self, call: ast.FunctionCall) -> Num:
        name = call.name
        args = [a for a in call.args if not isinstance(a, str)]
        if name in ("INTEGER-OF-DATE", "DATE-OF-INTEGER", "INTEGER-OF-DAY", "DAY-OF-INTEGER"):
            self._arity(call, 1)
            arg = self.num(args[0])
            function = name.lower().replace("-", "_")
            return Num(f"_I.{function}({arg.code}, {arg.scale})", 0, arg.may_fail)
        if name in ("MOD", "REM"):
            self._arity(call, 2)
            a, b = self.num(args[0]), self.num(args[1])
            scale = max(a.scale, b.scale)
            function = name.lower()
            code = f"_I.{function}({a.code}, {a.scale}, {b.code}, {b.scale})[0]"
            return Num(code, scale, a.may_fail or b.may_fail)
        if name in ("INTEGER", "INTEGER-PART"):
            self._arity(call, 1)
            arg = self.num(args[0])
            function = name.lower().replace("-", "_")
            return Num(f"_I.{function}({arg.code}, {arg.scale})", 0, arg.may_fail)
        if name == "ABS":
            self._arity(call, 1)
            arg = self.num(args[0])
            return Num(f"abs({arg.code})", arg.scale, arg.may_fail)
        if name in ("MAX", "MIN"):
            if not args:
                raise CobolSemanticError(f"FUNCTION {name} needs arguments", call.origin)
            values = [self.num(a) for a in args]
            scale = max(v.scale for v in values)
            codes = ", ".join(_scaled(v, scale) for v in values)
            return Num(f"{name.lower()}({codes})", scale, any(v.may_fail for v in values))
        if name == "LENGTH":
            self._arity(call, 1)
            return Num(self.alphanumeric(args[0]).length, 0)
        if name == "NUMVAL":
            self._arity(call, 1)
            text = self.alphanumeric(args[0])
            scale = text.static_length or 38
            return Num(f"_I.numval({text.code}, {scale})", scale)
        if name == "ORD":
            self._arity(call, 1)
            text = self.alphanumeric(args[0])
            return Num(f"({text.code}[0] + 1)", 0)
        raise CobolSemanticError(f"FUNCTION {name} is not supported here", call.origin)

    def _arity(self, call: ast.FunctionCall, count: int) -> None:
        if len(call.args) != count and not (call.name == "TRIM" and len(call.args) == 2):
            raise CobolSemanticError(
                f"FUNCTION {call.name} takes {count} argument(s), got {len(call.args)}",
                call.origin,
            )

    def alphanumeric(self, expr: ast.Expr | str) -> Text:
        """An operand as bytes (identifiers as their storage bytes)."""
        if isinstance(expr, str):
            raise CobolSemanticError(f"unexpected keyword {expr}", self.program.origin)
        if isinstance(expr, ast.Identifier):
            ref = self.ref(expr)
            return Text(self.slice(ref), ref.size, ref.static_size, ref.ftype)
        if isinstance(expr, ast.AlphanumericLiteral):
            value = expr.value
            return Text(
                self.const(value, "_b"), str(len(value)), len(value), alphanumeric(len(value))
            )
        if isinstance(expr, ast.NumericLiteral):
            digits = expr.text.lstrip("+-").replace(".", "").encode()
            return Text(
                self.const(digits, "_b"), str(len(digits)), len(digits), alphanumeric(len(digits))
            )
        if isinstance(expr, ast.Figurative | ast.AllLiteral):
            value = expr.byte if isinstance(expr, ast.Figurative) else expr.value
            return Text(
                self.const(value, "_b"), str(len(value)), len(value), alphanumeric(len(value))
            )
        if isinstance(expr, ast.FunctionCall):
            return self.alphanumeric_function(expr)
        raise CobolSemanticError("this operand is not alphanumeric", expr.origin)

    def alphanumeric_function(self, call: ast.FunctionCall) -> Text:
        name = call.name
        if name in ("UPPER-CASE", "LOWER-CASE", "REVERSE"):
            self._arity(call, 1)
            arg = self.alphanumeric(call.args[0])
            function = name.lower().replace("-", "_")
            return self._refmodded(
                Text(f"_I.{function}({arg.code})", arg.length, arg.static_length, arg.ftype), call
            )
        if name == "TRIM":
            arg = self.alphanumeric(call.args[0])
            where = call.args[1] if len(call.args) > 1 else None
            code = f"_I.trim({arg.code}, {where!r})"
            temp = self.temp()
            text = Text(f"({temp} := {code})", f"len({temp})", None, alphanumeric(0))
            return self._refmodded(text, call)
        if name == "CURRENT-DATE":
            return self._refmodded(Text("_I.current_date()", "21", 21, alphanumeric(21)), call)
        raise CobolSemanticError(f"FUNCTION {name} is not supported here", call.origin)

    def _refmodded(self, text: Text, call: ast.FunctionCall) -> Text:
        if call.refmod is None:
            return text
        start = self.integer(call.refmod.start)
        if call.refmod.length is None:
            return Text(
                f"{text.code}[{start} - 1:]",
                f"len({text.code}[{start} - 1:])",
                None,
                alphanumeric(0),
            )
        length = self.integer(call.refmod.length)
        static = _integer_literal(call.refmod.length)
        ftype = alphanumeric(static) if static else alphanumeric(0)
        return Text(f"{text.code}[{start} - 1:{start} - 1 + {length}]", length, static, ftype)

    def is_numeric_operand(self, expr: ast.Expr) -> bool:
        if isinstance(expr, ast.NumericLiteral | ast.BinaryOp | ast.UnaryOp | ast.LengthOf):
            return True
        if isinstance(expr, ast.Identifier):
            named = self.lookup(expr)
            if isinstance(named, IndexEntry):
                return True
            if isinstance(named, DataEntry) and expr.refmod is None:
                return named.ftype.category is Category.NUMERIC
            return False
        if isinstance(expr, ast.FunctionCall):
            return expr.name not in ALPHANUMERIC_FUNCTIONS
        return False

    # ---------------------------------------------------------------------------------------
    # conditions

    def condition(self, cond: ast.Condition) -> str:
        resolved = resolve_condition(cond, self._is_condition_name)
        return self._cond(resolved)

    def _is_condition_name(self, expr: ast.Expr) -> bool:
        if not isinstance(expr, ast.Identifier):
            return False
        found = self.model.candidates(expr.name, expr.qualifiers)
        return len(found) == 1 and isinstance(found[0], ConditionEntry)

    def _cond(self, cond: ast.Condition) -> str:
        if isinstance(cond, ast.And):
            return f"({self._cond(cond.left)} and {self._cond(cond.right)})"
        if isinstance(cond, ast.Or):
            return f"({self._cond(cond.left)} or {self._cond(cond.right)})"
        if isinstance(cond, ast.Not):
            return f"(not {self._cond(cond.operand)})"
        if isinstance(cond, ast.Relation):
            code = self.relation(cond.left, cond.op, cond.right)
            return f"(not {code})" if cond.negated else code
        if isinstance(cond, ast.ConditionName):
            return self.condition_name(cond.target)
        if isinstance(cond, ast.ClassCondition):
            code = self.class_condition(cond)
            return f"(not {code})" if cond.negated else code
        if isinstance(cond, ast.SignCondition):
            num = self.num(cond.subject)
            op = {"POSITIVE": ">", "NEGATIVE": "<", "ZERO": "=="}[cond.sign]
            code = f"({num.code} {op} 0)"
            return f"(not {code})" if cond.negated else code
        raise CobolSemanticError("this is not a condition", cond.origin)

    def relation(self, left: ast.Expr, op: ast.RelOp, right: ast.Expr) -> str:
        python_op = {">": ">", "<": "<", "=": "==", ">=": ">=", "<=": "<=", "<>": "!="}[op]
        if self._numeric_pair(left, right):
            digits = self._digit_strings(left, right, python_op)
            if digits is not None:
                return digits
            shortcut = self._integer_compare(left, right, python_op)
            if shortcut is not None:
                return shortcut
            a, b = self.num(left), self.num(right)
            scale = max(a.scale, b.scale)
            return f"({_scaled(a, scale)} {python_op} {_scaled(b, scale)})"
        a_code, b_code = self._comparable_bytes(left, right)
        return f"({a_code} {python_op} {b_code})"

    def _digit_strings(self, left: ast.Expr, right: ast.Expr, python_op: str) -> str | None:
        """Two unsigned DISPLAY items of one size and scale compare as their bytes, whatever
        they hold (cobc typeck.c cb_check_num_cond: memcmp; probe dirty_zoned)."""
        if not (isinstance(left, ast.Identifier) and isinstance(right, ast.Identifier)):
            return None
        if left.refmod is not None or right.refmod is not None:
            return None
        a, b = self.ref(left), self.ref(right)
        if not (a.numeric and b.numeric):
            return None
        fa, fb = a.ftype, b.ftype
        if fa.usage is not Usage.DISPLAY or fb.usage is not Usage.DISPLAY:
            return None
        if fa.signed or fb.signed or fa.size != fb.size or fa.scale != fb.scale:
            return None
        return f"({self.slice(a)} {python_op} {self.slice(b)})"

    def _integer_compare(self, left: ast.Expr, right: ast.Expr, python_op: str) -> str | None:
        """cobc typeck.c cb_build_optim_cond: an integer DISPLAY or COMP-3 item compared with an
        integer (literal, ZERO or integer item) goes through cob_cmp_numdisp or
        cob_cmp_packed_int, whose arithmetic on invalid bytes differs from a decimal's."""
        if not isinstance(left, ast.Identifier) or left.refmod is not None:
            return None
        integer = self._long_long(right)
        if integer is None:
            return None
        ref = self.ref(left)
        read = self._integer_compare_read(ref)
        if read is None:
            return None
        if ref.ftype.usage is Usage.DISPLAY and not ref.ftype.signed:
            # cob_cmp_numdisp: an unsigned item is above any negative number, whatever it holds
            # (probe dirty_zoned: "+123" is not equal to "00+123", both read as -4877).
            literal = _integer_literal(right)
            if literal is not None and literal < 0:
                return "True" if python_op in (">", ">=", "!=") else "False"
            if literal is None and not isinstance(right, ast.Figurative):
                temp = self.temp()
                negative = f"({temp} := {integer}) < 0"
                return f"((1 {python_op} 0) if {negative} else ({read} {python_op} {temp}))"
        return f"({read} {python_op} {integer})"

    def _integer_compare_read(self, ref: Ref) -> str | None:
        """The value cobc compares an item with an integer as, when it takes a shortcut."""
        ftype = ref.ftype
        if not ref.numeric or ftype.scale != 0 or ref.var is not None:
            return None
        if ftype.usage is Usage.PACKED and ftype.digits < 19:
            return f"{self.const(storage.packed_int_value, '_pki')}({self.slice(ref)})"
        if ftype.usage is not Usage.DISPLAY or ftype.sign_leading or ftype.sign_separate:
            return None
        if ftype.size >= 19:
            return None
        read = self.const(storage.numdisp_compare_value, "_ndc")
        return f"{read}({self.slice(ref)}, {ftype.signed})"

    def _long_long(self, expr: ast.Expr) -> str | None:
        """The code of an operand that cobc casts to a 64-bit integer (cb_fits_long_long), or
        None when the comparison goes through decimals."""
        literal = _integer_literal(expr)
        if literal is not None:
            return str(literal) if len(str(abs(literal))) < 19 else None
        if isinstance(expr, ast.Figurative):
            return "0" if expr.name == "ZERO" else None
        if not isinstance(expr, ast.Identifier) or expr.refmod is not None:
            return None
        named = self.lookup(expr)
        if not isinstance(named, DataEntry) or named.ftype.category is not Category.NUMERIC:
            return None
        ftype = named.ftype
        if ftype.scale > 0 or named.children:
            return None
        if ftype.usage is Usage.DISPLAY and ftype.size >= 19:
            return None
        if ftype.usage is Usage.PACKED and ftype.digits >= 19:
            return None
        return self.integer(expr)

    def _numeric_pair(self, left: ast.Expr, right: ast.Expr) -> bool:
        def numeric_or_zero(expr: ast.Expr) -> bool:
            return self.is_numeric_operand(expr) or (
                isinstance(expr, ast.Figurative) and expr.name == "ZERO"
            )

        both = numeric_or_zero(left) and numeric_or_zero(right)
        return both and not (isinstance(left, ast.Figurative) and isinstance(right, ast.Figurative))

    def _comparable_bytes(self, left: ast.Expr, right: ast.Expr) -> tuple[str, str]:
        """Both sides as bytes of one length: the shorter padded with spaces; a figurative
        constant or ALL literal repeated to the other side's length (libcob cob_cmp)."""
        left_pattern = _pattern(left)
        right_pattern = _pattern(right)
        if left_pattern is not None and right_pattern is None:
            b, size = self._bytes_operand(right)
            return self._repeat(left_pattern, size, b), b
        if right_pattern is not None:
            a, size = self._bytes_operand(left)
            return a, self._repeat(right_pattern, size, a)
        a, a_size = self._bytes_operand(left)
        b, b_size = self._bytes_operand(right)
        if a_size is not None and b_size is not None:
            if a_size == b_size:
                return a, b
            if a_size < b_size:
                return f"({a} + {self.const(b' ' * (b_size - a_size), '_b')})", b
            return a, f"({b} + {self.const(b' ' * (a_size - b_size), '_b')})"
        return f"_padcmp({a}, {b})", "0"

    def _repeat(self, pattern: bytes, size: int | None, other: str) -> str:
        if size is not None:
            return self.const((pattern * (size // len(pattern) + 1))[:size], "_b")
        return f"(({self.const(pattern, '_b')} * len({other}))[:len({other})])"

    def _bytes_operand(self, expr: ast.Expr) -> tuple[str, int | None]:
        """An operand of an alphanumeric comparison as bytes, and its static size."""
        if isinstance(expr, ast.Identifier):
            ref = self.ref(expr)
            if (ref.numeric and ref.ftype.usage is not Usage.DISPLAY) or (
                ref.numeric and ref.ftype.signed
            ):
                digits = numeric_display(ref.ftype.digits, ref.ftype.scale)
                mover = self.mover(ref.ftype, digits)
                return f"{mover}({self.slice(ref)})", digits.size
            return self.slice(ref), ref.static_size
        text = self.alphanumeric(expr)
        return text.code, text.static_length

    def condition_name(self, ident: ast.Identifier) -> str:
        """A level-88 test: the parent is read once, then compared with every value / range."""
        named = self.lookup(ident)
        if not isinstance(named, ConditionEntry):
            raise CobolSemanticError(f"'{ident.name}' is not a condition name", ident.origin)
        parent = named.parent
        parent_ident = ast.Identifier(
            parent.name or "FILLER", (), ident.subscripts, None, ident.origin
        )
        ref = self.entry_ref(parent, parent_ident)
        pairs = [
            (v.low.value, v.high.value if v.high is not None else None) for v in named.item.values
        ]
        if ref.numeric and all(_numeric_value(low) and _numeric_value(high) for low, high in pairs):
            return self._numeric_condition(ref, pairs)
        return self._alphanumeric_condition(ref, pairs)

    def _numeric_condition(self, ref: Ref, pairs: list[tuple[Any, Any]]) -> str:
        scale = max([ref.ftype.scale] + [_decimal_scale(v) for pair in pairs for v in pair])
        read = ref.var or f"{self.getter(ref.ftype)}({ref.buf}, {ref.off})"
        if scale == 0:
            # cobc builds each value test as a relation with an integer literal, so the item is
            # read as cb_build_optim_cond reads it (probe dirty_zoned: an 88 THRU on "3p").
            read = self._integer_compare_read(ref) or read
        current = Num(read, ref.ftype.scale)
        temp = self.temp()
        first = f"({temp} := {_scaled(current, scale)})"
        singles = frozenset(_unscaled(low, scale) for low, high in pairs if high is None)
        tests: list[str] = []
        if singles:
            tests.append(f"{{}} in {self.const(singles, '_set')}")
        for low, high in pairs:
            if high is not None:
                tests.append(f"{_unscaled(low, scale)} <= {{}} <= {_unscaled(high, scale)}")
        return _chain_tests(tests, first, temp)

    def _alphanumeric_condition(self, ref: Ref, pairs: list[tuple[Any, Any]]) -> str:
        size = ref.static_size or 0
        temp = self.temp()
        first = f"({temp} := {self.slice(ref)})"
        singles = tuple(_condition_bytes(low, size) for low, high in pairs if high is None)
        tests: list[str] = []
        if singles:
            tests.append(f"{{}} in {self.const(singles, '_tup')}")
        for low, high in pairs:
            if high is not None:
                low_bytes = self.const(_condition_bytes(low, size), "_b")
                high_bytes = self.const(_condition_bytes(high, size), "_b")
                tests.append(f"{low_bytes} <= {{}} <= {high_bytes}")
        return _chain_tests(tests, first, temp)

    def class_condition(self, cond: ast.ClassCondition) -> str:
        subject = cond.subject
        if not isinstance(subject, ast.Identifier):
            raise CobolSemanticError("a class condition needs a data item", cond.origin)
        ref = self.ref(subject)
        raw = self.slice(ref)
        ftype = ref.ftype
        if cond.class_name == "NUMERIC":
            if ftype.category is not Category.NUMERIC:
                return f"{raw}.isdigit()"
            if ftype.usage is Usage.DISPLAY:
                if not ftype.signed:
                    return f"{raw}.isdigit()"
                if ftype.sign_separate:
                    return f"_C.numeric_separate_sign({raw}, {ftype.sign_leading})"
                if ftype.sign_leading:
                    return f"_C.numeric_leading_sign({raw})"
                return f"_C.numeric_signed_display({raw})"
            if ftype.usage is Usage.PACKED:
                return f"_C.numeric_packed({raw}, {ftype.signed})"
            return "True"
        function = cond.class_name.lower().replace("-", "_")
        return f"_C.{function}({raw})"

    # ---------------------------------------------------------------------------------------
    # storing results

    def store_numeric(
        self, target: ast.Identifier, num: Num, rounded: bool, flag: str | None
    ) -> None:
        """Store a numeric value into a target: rounding or truncation to its decimals, then
        the ON SIZE ERROR test (``flag`` set, target unchanged) or high-order truncation."""
        ref = self.ref(target)
        ftype = ref.ftype
        if ftype.category not in (Category.NUMERIC, Category.NUMERIC_EDITED):
            raise CobolSemanticError(
                f"'{target.display_name()}' is not numeric: it cannot receive a result",
                target.origin,
            )
        value = _rescaled(num, ftype.scale, rounded)
        self._closer = ""
        if ftype.category is Category.NUMERIC_EDITED:
            temp_type = numeric_display(max(ftype.digits, 1), ftype.scale, signed=True)
            editor = self.const(_edited_store(temp_type, ftype), "_e")
            put = f"{self.slice(ref)} = {editor}"
        elif ref.var is not None and not ftype.signed and ftype.usage in _DECIMAL_USAGES:
            # An unsigned decimal item keeps the magnitude modulo 10**digits (in line: this is
            # the store of most counters and subscripts).
            temp = self.temp()
            modulus = 10**ftype.digits
            put = f"{ref.var} = (({temp} if ({temp} := "
            close = f") >= 0 else -{temp}) % {modulus})"
            self._closer = close
        elif ref.var is not None:
            put = f"{ref.var} = {self.const(storage.normalizer(ftype), '_nm')}("
        else:
            put = f"{self.putter(ftype)}({ref.buf}, {ref.off}, "
        if flag is None:
            self._emit_put(ftype, put, value)
            return
        temp = self.temp()
        self.out.line(f"{temp} = {value}")
        if ftype.usage in (Usage.NATIVE, Usage.INDEX):
            # libcob cob_decimal_get_binary: COMP-5 overflows only past its bytes (probe
            # arith_binary: S9(2)V9 COMP-5 takes 100.0; 9(2) COMP-5 takes 200, not 300).
            bits = ftype.size * 8 - (1 if ftype.signed else 0)
            fits = f"{temp}.bit_length() <= {bits}"
        else:
            limit = 10 ** max(ftype.digits, 0)
            fits = f"-{limit} < {temp} < {limit}"
        with self.out.block(f"if {fits}:"):
            self._emit_put(ftype, put, temp)
        with self.out.block("else:"):
            self.out.line(f"{flag} = True")

    def _emit_put(self, ftype: FieldType, put: str, value: str) -> None:
        if ftype.category is Category.NUMERIC_EDITED:
            self.out.line(f"{put}({value})")
        elif self._closer:
            self.out.line(f"{put}{value}{self._closer}")
        else:
            self.out.line(f"{put}{value})")

    def store_bytes(self, ref: Ref, code: str) -> None:
        """``buf[off:off+size] = code``; a computed offset is evaluated first (its temps may be
        used by ``code``, e.g. a run-time reference-modification length)."""
        if ref.var is not None:
            reader = self.const(storage.bytes_reader(ref.ftype), "_rd")
            self.out.line(f"{ref.var} = {reader}({code})")
            return
        if ref.off.isdigit() and ref.static_size is not None:
            self.out.line(f"{self.slice(ref)} = {code}")
            return
        offset = self.temp()
        self.out.line(f"{offset} = {ref.off}")
        self.out.line(f"{ref.buf}[{offset}:{offset} + {ref.size}] = {code}")

    # ---------------------------------------------------------------------------------------
    # statements: data movement

    def stmt_move(self, node: ast.Move) -> None:
        source = node.source
        if isinstance(source, ast.Identifier) and len(node.targets) > 1:
            ref = self.ref(source)
            temp = self.temp()
            self.out.line(f"{temp} = bytes({self.slice(ref)})")
            for target in node.targets:
                target_ref = self.ref(target)
                self._check_move(source, target_ref)
                self._move_from_bytes(temp, ref.ftype, ref.static_size, target_ref)
            return
        for target in node.targets:
            self.move(source, self.ref(target))

    def move(self, source: ast.Operand, dst: Ref) -> None:
        """MOVE source TO dst."""
        self._check_move(source, dst)
        if isinstance(
            source, ast.NumericLiteral | ast.AlphanumericLiteral | ast.Figurative | ast.AllLiteral
        ):
            data = literal_bytes(source, dst.ftype) if dst.static_size is not None else None
            if data is not None:
                self.store_bytes(dst, self.const(data, "_b"))
            else:
                text = self.alphanumeric(source)
                self.store_bytes(dst, f"_fit({text.code}, {dst.size})")
            return
        if isinstance(source, ast.Identifier):
            ref = self.ref(source)
            if _copied_as_bytes(ref, dst):
                self.store_bytes(dst, self.slice(ref))
                return
            self.read_sign(ref)
            self._move_from_bytes(self.slice(ref), ref.ftype, ref.static_size, dst)
            return
        if isinstance(source, ast.LengthOf):
            size = self.ref(source.target).static_size or 0
            self.move(ast.NumericLiteral(str(size), Decimal(size), source.origin), dst)
            return
        if isinstance(source, ast.FunctionCall):
            if self.is_numeric_operand(source):
                num = self.num(source)
                temp_type = numeric_display(38, max(num.scale, 0), signed=True)
                editor = self.const(_edited_store(temp_type, temp_type), "_e")
                raw = f"{editor}({_rescaled(num, max(num.scale, 0), False)})"
                self._move_from_bytes(raw, temp_type, temp_type.size, dst)
                return
            text = self.alphanumeric(source)
            self._move_from_bytes(text.code, text.ftype, text.static_length, dst)
            return
        raise CobolSemanticError("cannot MOVE this operand", source.origin)

    def read_sign(self, ref: Ref) -> None:
        """Emit libcob's sign read of a signed DISPLAY source (cob_move calls COB_GET_SIGN),
        which rewrites an invalid sign byte to '0' in the source (support.fix_sign_byte)."""
        ftype = ref.ftype
        if ref.var is not None or not ref.numeric or ftype.usage is not Usage.DISPLAY:
            return
        if not ftype.signed or ftype.sign_separate:
            return
        position = "0" if ftype.sign_leading else str(ftype.size - 1)
        if ref.off.isdigit():
            self.out.line(f"_fs({ref.buf}, {int(ref.off) + int(position)})")
        else:
            self.out.line(f"_fs({ref.buf}, {ref.off} + {position})")

    def _check_move(self, source: ast.Operand, dst: Ref) -> None:
        """The MOVEs cobc refuses (probe move_matrix): a number with decimals into an
        alphanumeric item, SPACE into a numeric or numeric-edited item."""
        target = dst.ftype.category
        spaces = isinstance(source, ast.Figurative) and source.name == "SPACE"
        if spaces and target in (Category.NUMERIC, Category.NUMERIC_EDITED):
            raise CobolSemanticError(
                "MOVE of figurative constant SPACE to a numeric item", source.origin
            )
        if target not in (Category.ALPHANUMERIC, Category.ALPHABETIC, Category.ALPHANUMERIC_EDITED):
            return
        if isinstance(source, ast.NumericLiteral) and source.scale > 0:
            raise CobolSemanticError(
                "invalid MOVE: a number with decimals into an alphanumeric item", source.origin
            )
        if isinstance(source, ast.Identifier) and source.refmod is None:
            named = self.lookup(source)
            if isinstance(named, DataEntry) and named.ftype.is_numeric and named.ftype.scale > 0:
                raise CobolSemanticError(
                    "invalid MOVE: a number with decimals into an alphanumeric item",
                    source.origin,
                )

    def _move_from_bytes(self, raw: str, src: FieldType, src_size: int | None, dst: Ref) -> None:
        if src_size is None or dst.static_size is None:
            if src.category is Category.NUMERIC or dst.ftype.category is Category.NUMERIC:
                src_name, dst_name = self.const(src, "_f"), self.const(dst.ftype, "_f")
                self.store_bytes(dst, f"_mvdyn({src_name}, {raw}, {dst_name}, {dst.size})")
            else:
                self.store_bytes(dst, f"_fit({raw}, {dst.size}, {dst.ftype.justified})")
            return
        if src_size != src.size:
            src = alphanumeric(src_size)
        dst_type = dst.ftype
        plain = (
            _plain_alphanumeric(src) and _plain_alphanumeric(dst_type) and not dst_type.justified
        )
        if plain:
            if src.size == dst_type.size:
                self.store_bytes(dst, raw)
            elif src.size > dst_type.size:
                self.store_bytes(dst, f"{raw}[:{dst_type.size}]")
            else:
                pad = self.const(b" " * (dst_type.size - src.size), "_b")
                self.store_bytes(dst, f"{raw} + {pad}")
            return
        self.store_bytes(dst, f"{self.mover(src, dst_type)}({raw})")

    def stmt_initialize(self, node: ast.Initialize) -> None:
        replacing = {category: operand for category, operand in node.replacing}
        for target in node.targets:
            ref = self.ref(target)
            segments = initialize_segments(ref.entry, replacing, self)
            if ref.var is not None:
                for _, data in segments:
                    self.store_bytes(ref, self.const(data, "_b"))
                continue
            base = ref.off
            for relative, data in segments:
                name = self.const(data, "_b")
                if base.isdigit():
                    start = int(base) + relative
                    self.out.line(f"{ref.buf}[{start}:{start + len(data)}] = {name}")
                else:
                    temp = self.temp()
                    self.out.line(f"{temp} = {base} + {relative}")
                    self.out.line(f"{ref.buf}[{temp}:{temp} + {len(data)}] = {name}")

    def stmt_setto(self, node: ast.SetTo) -> None:
        for target in node.targets:
            named = self.lookup(target)
            if isinstance(node.value, bool):
                self._set_condition(target, named, node.value)
                continue
            if isinstance(named, ConditionEntry):
                raise CobolSemanticError("SET condition-name TO needs TRUE", target.origin)
            num = self.num(node.value)
            self.store_numeric(target, num, False, None)

    def _set_condition(self, target: ast.Identifier, named: Named, value: bool) -> None:
        if not isinstance(named, ConditionEntry):
            raise CobolSemanticError(f"'{target.name}' is not a condition name", target.origin)
        if not value:
            raise CobolSemanticError(
                "SET ... TO FALSE needs a WHEN SET TO FALSE clause (not supported)", target.origin
            )
        parent = named.parent
        parent_ident = ast.Identifier(
            parent.name or "FILLER", (), target.subscripts, None, target.origin
        )
        ref = self.entry_ref(parent, parent_ident)
        first = named.item.values[0].low
        self.store_bytes(ref, self.const(value_bytes(first.value, ref.ftype), "_b"))

    def stmt_setupdown(self, node: ast.SetUpDown) -> None:
        amount = self.num(node.amount)
        for target in node.targets:
            current = self.num(target)
            op = "+" if node.up else "-"
            scale = max(current.scale, amount.scale)
            code = f"({_scaled(current, scale)} {op} {_scaled(amount, scale)})"
            self.store_numeric(target, Num(code, scale), False, None)

    # ---------------------------------------------------------------------------------------
    # statements: arithmetic

    def stmt_compute(self, node: ast.Compute) -> None:
        self._arithmetic(node, self.num(node.expression), node.targets, None, node.size)

    def stmt_add(self, node: ast.Add) -> None:
        if not node.giving and _adds_zero(node.operands):
            return  # cobc: ADD 0 TO x is cob_add_int(x, 0), which returns at once
        if not node.giving and self._add_int(node.operands, node.targets, node.size, "+"):
            return
        total = self._sum(node.operands)
        update = None if node.giving else "+"
        self._arithmetic(node, total, node.targets, update, node.size)

    def stmt_subtract(self, node: ast.Subtract) -> None:
        if node.minuend is None and self._add_int(node.operands, node.targets, node.size, "-"):
            return
        total = self._sum(node.operands)
        if node.minuend is None:
            self._arithmetic(node, total, node.targets, "-", node.size)
            return
        minuend = self.num(node.minuend)
        scale = max(minuend.scale, total.scale)
        code = f"({_scaled(minuend, scale)} - {_scaled(total, scale)})"
        self._arithmetic(node, Num(code, scale, total.may_fail), node.targets, None, node.size)

    def stmt_multiply(self, node: ast.Multiply) -> None:
        operand = self.num(node.operand)
        if node.by is None:
            self._arithmetic(node, operand, node.targets, "*", node.size)
            return
        by = self.num(node.by)
        product = Num(f"({operand.code} * {by.code})", operand.scale + by.scale)
        self._arithmetic(node, product, node.targets, None, node.size)

    def stmt_divide(self, node: ast.Divide) -> None:
        divisor = self.num(node.divisor)
        if node.dividend is None:
            self._arithmetic(node, divisor, node.targets, "/", node.size)
            return
        dividend = self.num(node.dividend)
        difference = dividend.scale - divisor.scale
        shift = support.MAX_DIGITS + (-difference if difference < 0 else 0)
        quotient = Num(
            f"_div({dividend.code}, {divisor.code}, {10**shift})", difference + shift, True
        )
        if node.remainder is None:
            self._arithmetic(node, quotient, node.targets, None, node.size)
            return
        self._divide_remainder(node, dividend, divisor, shift)

    def _add_int(
        self,
        operands: tuple[ast.Operand, ...],
        targets: tuple[ast.ArithTarget, ...],
        size: ast.SizePhrases,
        op: str,
    ) -> bool:
        """``ADD n TO t`` / ``SUBTRACT n FROM t`` as cobc compiles it when ``n`` fits a C int
        and no ROUNDED or SIZE ERROR is written (typeck.c cb_build_add / cb_build_optim_add):
        ``cob_add_int(t, (int) n)``. ``n`` is read by the integer shortcut of its usage
        (cob_get_numdisp counts only '1'..'9'), and an ``n`` of 0 leaves ``t`` untouched, even
        when ``t`` holds invalid bytes (probe dirty_zoned)."""
        if len(operands) != 1 or size.on_error is not None or size.not_on_error is not None:
            return False
        if any(target.rounded for target in targets):
            return False
        value = self._int_operand(operands[0])
        if value is None:
            return False
        temp = self.temp()
        self.out.line(f"{temp} = {value}")
        with self.out.block(f"if {temp}:"):
            for target in targets:
                result = self._updated(target.target, op, Num(temp, 0))
                self.store_numeric(target.target, result, False, None)
        return True

    def _int_operand(self, operand: ast.Operand) -> str | None:
        """The code cobc casts an ADD operand to int with (codegen.c output_integer), or None
        when the operand does not fit an int (cb_fits_int) and a decimal is used."""
        if not isinstance(operand, ast.Identifier) or operand.refmod is not None:
            return None
        named = self.lookup(operand)
        if not isinstance(named, DataEntry) or named.children:
            return None
        ref = self.ref(operand)
        ftype = ref.ftype
        if ref.var is not None or ftype.category is not Category.NUMERIC or ftype.scale > 0:
            return None
        if ftype.usage is Usage.DISPLAY and ftype.size < 10:
            if not ftype.signed and ftype.size - ftype.scale <= 9:
                return f"{self.const(storage.numdisp_int, '_ndi')}({self.slice(ref)})"
            return self.integer(operand)
        if ftype.usage is Usage.PACKED and ftype.digits < 10:
            return f"{self.const(storage.packed_int_value, '_pki')}({self.slice(ref)})"
        return None

    def _sum(self, operands: tuple[ast.Operand, ...]) -> Num:
        values = [self.num(o) for o in operands]
        scale = max(v.scale for v in values)
        code = " + ".join(_scaled(v, scale) for v in values)
        return Num(f"({code})", scale, any(v.may_fail for v in values))

    def _arithmetic(
        self,
        node: Any,
        value: Num,
        targets: tuple[ast.ArithTarget, ...],
        update: str | None,
        size: ast.SizePhrases,
    ) -> None:
        """Evaluate once, store into every target (``update``: target = target op value)."""
        has_phrases = size.on_error is not None or size.not_on_error is not None
        flag = self.temp() if has_phrases else None
        if flag is not None:
            self.out.line(f"{flag} = False")
        fails = value.may_fail or update == "/"
        temp = self.temp()
        if fails:
            self.out.line("try:")
            self.out.depth += 1
        self.out.line(f"{temp} = {value.code}")
        operand = Num(temp, value.scale)
        for target in targets:
            result = operand
            if update is not None:
                result = self._updated(target.target, update, operand)
            if update == "/":
                self._guarded_store(target, result, flag)
            else:
                self.store_numeric(target.target, result, target.rounded, flag)
        if fails:
            self.out.depth -= 1
            with self.out.block("except _SizeError:"):
                self.out.line(f"{flag} = True" if flag else "pass")
        if "_pow(" in value.code:
            with self.out.block("if _C.take_exception():"):
                self.out.line(f"{flag} = True" if flag else "pass")
        self._size_handlers(flag, size)

    def _guarded_store(self, target: ast.ArithTarget, result: Num, flag: str | None) -> None:
        # DIVIDE ... INTO t: each target divides by itself; a zero divisor leaves it unchanged.
        with self.out.block("try:"):
            self.store_numeric(target.target, result, target.rounded, flag)
        with self.out.block("except _SizeError:"):
            self.out.line(f"{flag} = True" if flag else "pass")

    def _updated(self, target: ast.Identifier, op: str, operand: Num) -> Num:
        current = self.num(target)
        if op in "+-":
            scale = max(current.scale, operand.scale)
            return Num(f"({_scaled(current, scale)} {op} {_scaled(operand, scale)})", scale)
        if op == "*":
            return Num(f"({current.code} * {operand.code})", current.scale + operand.scale)
        difference = current.scale - operand.scale
        shift = support.MAX_DIGITS + (-difference if difference < 0 else 0)
        return Num(f"_div({current.code}, {operand.code}, {10**shift})", difference + shift, True)

    def _size_handlers(self, flag: str | None, size: ast.SizePhrases) -> None:
        if flag is None:
            return
        if size.on_error is not None:
            with self.out.block(f"if {flag}:"):
                self.statements(size.on_error)
            if size.not_on_error is not None:
                with self.out.block("else:"):
                    self.statements(size.not_on_error)
        elif size.not_on_error is not None:
            with self.out.block(f"if not {flag}:"):
                self.statements(size.not_on_error)

    def _divide_remainder(self, node: ast.Divide, dividend: Num, divisor: Num, shift: int) -> None:
        """libcob cob_div_quotient / cob_div_remainder: the remainder is the dividend minus the
        quotient *truncated to the quotient item's decimals* times the divisor."""
        size = node.size
        has_phrases = size.on_error is not None or size.not_on_error is not None
        flag = self.temp() if has_phrases else None
        if flag is not None:
            self.out.line(f"{flag} = False")
        target = node.targets[0]
        quotient_ref = self.ref(target.target)
        q_scale = quotient_ref.ftype.scale
        q_temp, d_temp, v_temp = self.temp(), self.temp(), self.temp()
        with self.out.block("try:"):
            self.out.line(f"{d_temp} = {dividend.code}")
            self.out.line(f"{v_temp} = {divisor.code}")
            self.out.line(f"{q_temp} = _div({d_temp}, {v_temp}, {10**shift})")
            q_scale_raw = dividend.scale - divisor.scale + shift
            self.store_numeric(target.target, Num(q_temp, q_scale_raw), target.rounded, flag)
            truncated = _rescaled(Num(q_temp, q_scale_raw), q_scale, False)
            r_scale = max(dividend.scale, q_scale + divisor.scale)
            remainder = (
                f"({_scaled(Num(d_temp, dividend.scale), r_scale)} - "
                f"{_scaled(Num(f'({truncated} * {v_temp})', q_scale + divisor.scale), r_scale)})"
            )
            assert node.remainder is not None
            self.store_numeric(node.remainder, Num(remainder, r_scale), False, flag)
        with self.out.block("except _SizeError:"):
            self.out.line(f"{flag} = True" if flag else "pass")
        self._size_handlers(flag, size)

    # ---------------------------------------------------------------------------------------
    # statements: control flow

    def stmt_if(self, node: ast.If) -> None:
        text = statement_text(node.origin)
        with self.out.block(f"if {self.condition(node.condition)}:"):
            self.probe("branch", node.origin, f"{text} (true)")
            self.statements(node.then)
        if node.otherwise:
            with self.out.block("else:"):
                self.probe("branch", node.else_origin or node.origin, "ELSE")
                self.statements(node.otherwise)
        elif self.coverage:
            with self.out.block("else:"):
                self.probe("branch", node.origin, f"{text} (false, no ELSE)")

    def stmt_evaluate(self, node: ast.Evaluate) -> None:
        keyword = "if"
        for group in node.whens:
            tests = [self._when_head(node.subjects, head, group.origin) for head in group.heads]
            test = tests[0] if len(tests) == 1 else "(" + " or ".join(tests) + ")"
            with self.out.block(f"{keyword} {test}:"):
                self.probe("branch", group.origin, statement_text(group.origin))
                self.statements(group.statements)
            keyword = "elif"
        other_origin = node.other_origin or node.origin
        if node.other is not None:
            if keyword == "if":
                self.probe("branch", other_origin, "WHEN OTHER")
                self.statements(node.other)
            else:
                with self.out.block("else:"):
                    self.probe("branch", other_origin, "WHEN OTHER")
                    self.statements(node.other)
        elif self.coverage and keyword == "elif":
            with self.out.block("else:"):
                self.probe(
                    "branch", node.origin, f"{statement_text(node.origin)} (no WHEN matched)"
                )

    def _when_head(
        self,
        subjects: tuple[ast.EvaluateSubject, ...],
        objects: tuple[ast.EvaluateObject, ...],
        origin: Origin,
    ) -> str:
        if len(subjects) != len(objects):
            raise CobolSemanticError(
                f"WHEN has {len(objects)} object(s) for {len(subjects)} subject(s)", origin
            )
        tests = [self._when_object(s, o) for s, o in zip(subjects, objects, strict=True)]
        tests = [t for t in tests if t != "True"] or ["True"]
        return tests[0] if len(tests) == 1 else "(" + " and ".join(tests) + ")"

    def _when_object(self, subject: ast.EvaluateSubject, obj: ast.EvaluateObject) -> str:
        if isinstance(obj, ast.AnyObject):
            return "True"
        if isinstance(subject, bool):
            if isinstance(obj, bool):
                return "True" if obj == subject else "False"
            if isinstance(obj, ast.RangeObject):
                raise CobolSemanticError("a range needs a value subject", obj.origin)
            code = self.condition(obj)
            return code if subject else f"(not {code})"
        subject_value = self._subject_value(subject)
        if subject_value is None:
            # The subject is a condition: objects are TRUE / FALSE.
            code = self.condition(subject)
            if isinstance(obj, bool):
                return code if obj else f"(not {code})"
            raise CobolSemanticError(
                "a condition subject needs TRUE or FALSE objects", subject.origin
            )
        if isinstance(obj, ast.RangeObject):
            low = self.relation(subject_value, ">=", obj.low)
            high = self.relation(subject_value, "<=", obj.high)
            code = f"({low} and {high})"
            return f"(not {code})" if obj.negated else code
        if isinstance(obj, bool):
            raise CobolSemanticError("TRUE / FALSE needs a condition subject", subject_value.origin)
        if isinstance(obj, ast.BareCondition):
            return self.relation(subject_value, "=", obj.operand)
        if isinstance(obj, ast.Not) and isinstance(obj.operand, ast.BareCondition):
            return f"(not {self.relation(subject_value, '=', obj.operand.operand)})"
        raise CobolSemanticError("this WHEN object does not fit its subject", obj.origin)

    def _subject_value(self, subject: ast.Condition) -> ast.Expr | None:
        if isinstance(subject, ast.BareCondition) and not self._is_condition_name(subject.operand):
            return subject.operand
        return None

    def _procedure_range(
        self, start: ast.ProcedureName, end: ast.ProcedureName | None
    ) -> tuple[int, int]:
        first, last = self.procedure(start)
        if end is not None:
            _, last = self.procedure(end)
        return first, last

    def procedure(self, name: ast.ProcedureName) -> tuple[int, int]:
        """(first, last) paragraph index of a paragraph or section name."""
        wanted = name.name.upper()
        paragraphs = [
            p
            for p in self.paragraphs
            if p.name
            and p.name.upper() == wanted
            and (name.section is None or (p.section or "").upper() == name.section.upper())
        ]
        if len(paragraphs) > 1 and self._current is not None:
            local = [p for p in paragraphs if p.section == self._current.section]
            paragraphs = local or paragraphs
        if len(paragraphs) == 1:
            return paragraphs[0].index, paragraphs[0].index
        if len(paragraphs) > 1:
            raise CobolSemanticError(
                f"paragraph '{name.name}' is ambiguous: qualify it with OF", name.origin
            )
        sections = [p for p in self.paragraphs if p.section and p.section.upper() == wanted]
        if sections and name.section is None:
            return sections[0].section_first, sections[0].section_last
        raise CobolSemanticError(f"paragraph or section '{name.name}' is not defined", name.origin)

    def stmt_performprocedure(self, node: ast.PerformProcedure) -> None:
        first, last = self._procedure_range(node.start, node.end)
        if first == last:
            result = self.temp()
            body = [
                f"{result} = _p{first}()",
                f"if {result} is not None: _resume({result}, {last})",
            ]
        else:
            body = [f"_run({first}, {last})"]

        def emit() -> None:
            for line in body:
                self.out.line(line)

        self._loop(node.loop, emit)

    def stmt_performinline(self, node: ast.PerformInline) -> None:
        self._loop(node.loop, lambda: self.statements(node.body), inline=True)

    def _loop(self, loop: ast.Loop | None, body: Callable[[], Any], inline: bool = False) -> None:
        out = self.out
        if loop is None:
            if inline:
                with out.block("for _ in (0,):"):
                    body()
            else:
                body()
            return
        if isinstance(loop, ast.Times):
            count = self.integer(loop.count)
            with out.block(f"for _ in range({count}):"):
                body()
            return
        if isinstance(loop, ast.Until):
            condition = self.condition(loop.condition)
            if loop.test_after:
                with out.block("while True:"):
                    body()
                    with out.block(f"if {condition}:"):
                        out.line("break")
            else:
                with out.block(f"while not {condition}:"):
                    body()
            return
        self._varying(loop, body)

    def _varying(self, loop: ast.Varying, body: Callable[[], Any]) -> None:
        """PERFORM VARYING ... AFTER ...: set every variable, then the nested loops; when an
        inner condition is met the outer variable steps and the inner one is reset."""
        out = self.out
        clauses = loop.clauses
        for clause in clauses:
            self.store_numeric(clause.variable, self.num(clause.start), False, None)

        def nest(level: int) -> None:
            clause = clauses[level]
            condition = self.condition(clause.until)
            header = "while True:" if loop.test_after else f"while not {condition}:"
            with out.block(header):
                if level + 1 < len(clauses):
                    nest(level + 1)
                else:
                    body()
                if loop.test_after and level + 1 == len(clauses):
                    with out.block(f"if {condition}:"):
                        out.line("break")
                self._step(clause)
                if level + 1 < len(clauses):
                    inner = clauses[level + 1]
                    self.store_numeric(inner.variable, self.num(inner.start), False, None)

        nest(0)

    def _step(self, clause: ast.VaryingClause) -> None:
        current = self.num(clause.variable)
        step = self.num(clause.step)
        scale = max(current.scale, step.scale)
        code = f"({_scaled(current, scale)} + {_scaled(step, scale)})"
        self.store_numeric(clause.variable, Num(code, scale), False, None)

    def stmt_goto(self, node: ast.GoTo) -> None:
        targets = [self.procedure(t)[0] for t in node.targets]
        if node.depending is None:
            if len(targets) != 1:
                raise CobolSemanticError("GO TO with several names needs DEPENDING ON", node.origin)
            self.out.line(f"return {targets[0]}")
            return
        value = self.temp()
        self.out.line(f"{value} = {self.integer(node.depending)}")
        table = self.const(tuple(targets), "_go")
        with self.out.block(f"if 1 <= {value} <= {len(targets)}:"):
            self.out.line(f"return {table}[{value} - 1]")

    def stmt_continue(self, node: ast.Continue) -> None:
        self.out.line("pass")

    def stmt_nextsentence(self, node: ast.NextSentence) -> None:
        self.out.line("raise _NextSentence()")

    def stmt_exit(self, node: ast.Exit) -> None:
        if node.kind == "":
            self.out.line("pass")
        elif node.kind == "PROGRAM":
            self.out.line("pass")  # EXIT PROGRAM in a main program does nothing
        elif node.kind == "PARAGRAPH":
            self.out.line("return None")
        elif node.kind == "SECTION":
            assert self._current is not None
            self.out.line(f"return {-(self._current.section_last + 1)}")
        elif node.kind == "PERFORM":
            self.out.line("break")
        else:
            self.out.line("continue")

    def stmt_stoprun(self, node: ast.StopRun) -> None:
        if node.status is None:
            self.out.line("raise _StopRun()")
        else:
            self.out.line(f"raise _StopRun({self.integer(node.status)})")

    def stmt_goback(self, node: ast.Goback) -> None:
        self.out.line("raise _StopRun()")

    # ---------------------------------------------------------------------------------------
    # statements: DISPLAY and ACCEPT

    def stmt_display(self, node: ast.Display) -> None:
        parts = [self.display_item(item) for item in node.items]
        if not node.no_advancing:
            parts.append(self.const(b"\n", "_b"))
        joined = parts[0] if len(parts) == 1 else "b''.join((" + ", ".join(parts) + ",))"
        stream = "_err" if node.upon in ("SYSERR", "STDERR") else "_out"
        self.out.line(f"{stream}({joined})")

    def display_item(self, item: ast.Operand) -> str:
        """The bytes DISPLAY shows for one operand (libcob display_numeric for numbers: an edit
        with a leading sign and a decimal point, e.g. S9(3) -5 -> -005)."""
        if isinstance(item, ast.NumericLiteral):
            return self.const(item.text.encode("latin-1"), "_b")
        if isinstance(item, ast.Figurative):
            return self.const(item.byte, "_b")
        if isinstance(item, ast.AllLiteral):
            return self.const(item.value, "_b")
        if isinstance(item, ast.AlphanumericLiteral):
            return self.const(item.value, "_b")
        if isinstance(item, ast.Identifier):
            ref = self.ref(item)
            raw = self.slice(ref)
            if ref.numeric:
                source = ref.ftype
                self.read_sign(ref)
                if source.usage is Usage.NATIVE:
                    # probe display_formats: cobc shows a COMP-5 item's unscaled integer
                    # (9V9 COMP-5 holding 2.5 displays 025).
                    source = dataclasses.replace(source, scale=0)
                shown = f"{self.mover(source, display_type(source))}({raw})"
                if source.usage is Usage.NATIVE:
                    return shown
                # libcob pretty_display_numeric writes every byte of the edited copy but X'00'.
                return f"{shown}.replace(b'\\0', b'')"
            return raw
        if isinstance(item, ast.LengthOf):
            size = self.ref(item.target).static_size or 0
            return self.const(f"{size:09d}".encode(), "_b")
        if isinstance(item, ast.FunctionCall) and item.name == "LENGTH":
            return f"str({self.num(item).code}).encode()"
        if self.is_numeric_operand(item):
            num = self.num(item)
            return f"_C.display_number({num.code}, {num.scale})"
        return self.alphanumeric(item).code

    def stmt_accept(self, node: ast.Accept) -> None:
        ref = self.ref(node.target)
        source = (node.source or "").upper()
        if source in ("DATE", "TIME", "DAY", "DAY-OF-WEEK", "DATE YYYYMMDD"):
            self.store_bytes(ref, f"_accept_from({source!r}, {ref.size})")
        else:
            self.store_bytes(ref, f"_accept_line({ref.size})")

    # ---------------------------------------------------------------------------------------
    # statements: files

    def file_var(self, name: str, origin: Origin) -> tuple[str, Any]:
        entry = self.model.files.get(name.upper())
        if entry is None:
            raise CobolSemanticError(f"'{name}' is not a file", origin)
        return f"_F_{entry.area.index}", entry

    def _status(self, entry: Any, code: str) -> None:
        status = entry.status
        if status is None:
            return
        where = f"B{status.area.index}[{status.offset}:{status.offset + status.size}]"
        if status.ftype.category is Category.NUMERIC:
            mover = self.mover(alphanumeric(2), status.ftype)
            self.out.line(f"{where} = {mover}({code})")
        else:
            fitted = f"{code}" if status.size == 2 else f"_fit({code}, {status.size})"
            self.out.line(f"{where} = {fitted}")

    def _unhandled(self, entry: Any, code: str, origin: Origin, handled_eof: bool) -> None:
        """Without a FILE STATUS item an I/O error stops the run (libcob: 'libcob: error')."""
        if entry.status is not None:
            return
        site = self.site(origin)
        threshold = "b'30'" if handled_eof else "b'10'"
        with self.out.block(f"if {code} >= {threshold}:"):
            self.out.line(f"_io_error({self.const(entry.declaration.name, '_n')}, {code}, {site})")

    def stmt_open(self, node: ast.Open) -> None:
        for mode, names in node.groups:
            for name in names:
                var, entry = self.file_var(name, node.origin)
                code = self.temp()
                self.out.line(f"{code} = {var}.open({mode!r})")
                self._status(entry, code)
                self._unhandled(entry, code, node.origin, True)

    def stmt_close(self, node: ast.Close) -> None:
        for name in node.files:
            var, entry = self.file_var(name, node.origin)
            code = self.temp()
            self.out.line(f"{code} = {var}.close()")
            self._status(entry, code)
            self._unhandled(entry, code, node.origin, True)

    def stmt_read(self, node: ast.Read) -> None:
        var, entry = self.file_var(node.file, node.origin)
        code = self.temp()
        self.out.line(f"{code} = {var}.read()")
        self._status(entry, code)
        self._unhandled(entry, code, node.origin, node.at_end is not None)
        if node.into is not None:
            with self.out.block(f"if {code} < b'10':"):
                record = f"B{entry.area.index}[0:{entry.record_size}]"
                self._move_from_bytes(
                    record, alphanumeric(entry.record_size), entry.record_size, self.ref(node.into)
                )
        if node.at_end is not None:
            with self.out.block(f"if {code}[:1] == b'1':"):
                self.statements(node.at_end)
            if node.not_at_end is not None:
                with self.out.block(f"elif {code} < b'10':"):
                    self.statements(node.not_at_end)
        elif node.not_at_end is not None:
            with self.out.block(f"if {code} < b'10':"):
                self.statements(node.not_at_end)

    def stmt_write(self, node: ast.Write) -> None:
        record = self.ref(node.record)
        file_entry = record.entry.file
        if file_entry is None:
            raise CobolSemanticError(f"'{node.record.name}' is not a record of a file", node.origin)
        var, entry = self.file_var(file_entry.name, node.origin)
        if node.source is not None:
            self.move(node.source, record)
        code = self.temp()
        self.out.line(f"{code} = {var}.write({self.slice(record)})")
        self._status(entry, code)
        self._unhandled(entry, code, node.origin, True)

    # ---------------------------------------------------------------------------------------
    # statements: STRING, UNSTRING, INSPECT

    def stmt_string(self, node: ast.String) -> None:
        pieces: list[str] = []
        for group in node.groups:
            delimiter = None if group.delimiter is None else self.alphanumeric(group.delimiter).code
            for source in group.sources:
                text = self._string_source(source)
                pieces.append(text if delimiter is None else f"_S.delimited({text}, {delimiter})")
        into = self.ref(node.into)
        target = self.temp()
        self.out.line(f"{target} = bytearray({self.slice(into)})")
        pointer = self.integer(node.pointer) if node.pointer is not None else "1"
        result, overflow = self.temp(), self.temp()
        self.out.line(
            f"{result}, {overflow} = _S.string_into(({', '.join(pieces)},), {target}, {pointer})"
        )
        self.store_bytes(into, f"bytes({target})")
        if node.pointer is not None:
            self.store_numeric(node.pointer, Num(result, 0), False, None)
        self._overflow(overflow, node.overflow)

    def _string_source(self, source: ast.Operand) -> str:
        if isinstance(source, ast.Figurative):
            return self.const(source.byte, "_b")
        if isinstance(source, ast.Identifier) and self.is_numeric_operand(source):
            ref = self.ref(source)
            if ref.ftype.usage is Usage.DISPLAY and not ref.ftype.signed:
                return self.slice(ref)
        return self.alphanumeric(source).code

    def _overflow(self, flag: str, phrases: ast.OverflowPhrases) -> None:
        if phrases.on_overflow is not None:
            with self.out.block(f"if {flag}:"):
                self.statements(phrases.on_overflow)
            if phrases.not_on_overflow is not None:
                with self.out.block("else:"):
                    self.statements(phrases.not_on_overflow)
        elif phrases.not_on_overflow is not None:
            with self.out.block(f"if not {flag}:"):
                self.statements(phrases.not_on_overflow)

    def stmt_unstring(self, node: ast.Unstring) -> None:
        source = self.alphanumeric(node.source)
        delimiters = ", ".join(
            f"({self.alphanumeric(d).code}, {all_})" for d, all_ in node.delimiters
        )
        targets = [self.ref(t.target) for t in node.targets]
        sizes = ", ".join(str(t.static_size or 0) for t in targets)
        pointer = self.integer(node.pointer) if node.pointer is not None else "1"
        result = self.temp()
        self.out.line(
            f"{result} = _S.unstring({source.code}, ({delimiters}{',' if delimiters else ''}), "
            f"({sizes},), {pointer})"
        )
        for index, (target, ref) in enumerate(zip(node.targets, targets, strict=True)):
            with self.out.block(f"if len({result}.parts) > {index}:"):
                part = f"{result}.parts[{index}]"
                self.store_bytes(
                    ref, f"_mvdyn(None, {part}.data, {self.const(ref.ftype, '_f')}, {ref.size})"
                )
                if target.delimiter_in is not None:
                    delimiter_ref = self.ref(target.delimiter_in)
                    self.store_bytes(delimiter_ref, f"_fit({part}.delimiter, {delimiter_ref.size})")
                if target.count_in is not None:
                    self.store_numeric(target.count_in, Num(f"{part}.count", 0), False, None)
        if node.pointer is not None:
            self.store_numeric(node.pointer, Num(f"{result}.pointer", 0), False, None)
        if node.tallying is not None:
            current = self.num(node.tallying)
            count = f"({_scaled(current, 0)} + len({result}.parts))" if current.scale == 0 else None
            if count is None:
                raise CobolSemanticError("TALLYING IN needs an integer item", node.origin)
            self.store_numeric(node.tallying, Num(count, 0), False, None)
        self._overflow(f"{result}.overflow", node.overflow)

    def stmt_inspect(self, node: ast.Inspect) -> None:
        target = self.ref(node.target)
        if node.tallying:
            self._inspect_tallying(target, node.tallying)
        if node.replacing:
            phrases = ", ".join(self._replace_phrase(item) for item in node.replacing)
            code = f"_S.inspect_replacing({self.slice(target)}, ({phrases},))"
            self.store_bytes(target, code)
        if node.converting is not None:
            conv = node.converting
            source = self.alphanumeric(conv.source).code
            to = self.alphanumeric(conv.to).code
            regions = self._regions(conv.regions)
            code = f"_S.inspect_converting({self.slice(target)}, {source}, {to}, {regions})"
            self.store_bytes(target, code)

    def _inspect_tallying(self, target: Ref, groups: tuple[ast.TallyGroup, ...]) -> None:
        phrases = [
            self._tally_phrase(index, item)
            for index, group in enumerate(groups)
            for item in group.items
        ]
        counts = self.temp()
        joined = ", ".join(phrases)
        self.out.line(
            f"{counts} = _S.inspect_tallying({self.slice(target)}, ({joined},), {len(groups)})"
        )
        for index, group in enumerate(groups):
            current = self.num(group.counter)
            scale = max(current.scale, 0)
            code = f"({_scaled(current, scale)} + {counts}[{index}] * {10**scale})"
            self.store_numeric(group.counter, Num(code, scale), False, None)

    def _tally_phrase(self, counter: int, item: ast.TallyItem) -> str:
        pattern = self.alphanumeric(item.pattern).code if item.pattern is not None else "b''"
        regions = self._regions(item.regions)
        return f"_S.TallyPhrase({counter}, {item.kind!r}, {pattern}, {regions})"

    def _replace_phrase(self, item: ast.ReplaceItem) -> str:
        pattern = self.alphanumeric(item.pattern).code if item.pattern is not None else "b''"
        by = self.alphanumeric(item.by).code
        regions = self._regions(item.regions)
        return f"_S.ReplacePhrase({item.kind!r}, {pattern}, {by}, {regions})"

    def _regions(self, regions: tuple[ast.InspectRegion, ...]) -> str:
        items = [f"_S.Region({r.before}, {self.alphanumeric(r.delimiter).code})" for r in regions]
        return "(" + "".join(f"{i}, " for i in items) + ")"


@dataclass
class Text:
    """An alphanumeric value in generated code: bytes expression and length."""

    code: str
    length: str
    static_length: int | None
    ftype: FieldType


ALPHANUMERIC_FUNCTIONS = frozenset({"UPPER-CASE", "LOWER-CASE", "REVERSE", "TRIM", "CURRENT-DATE"})


# ---------------------------------------------------------------------------------------------
# helpers


_DECIMAL_USAGES = (Usage.DISPLAY, Usage.PACKED, Usage.BINARY)


def _adds_zero(operands: tuple[ast.Operand, ...]) -> bool:
    return len(operands) == 1 and _integer_literal(operands[0]) == 0


def _integer_literal(expr: ast.Expr | None) -> int | None:
    if isinstance(expr, ast.NumericLiteral) and expr.scale == 0:
        return int(expr.value)
    return None


def _scaled(num: Num, scale: int) -> str:
    if scale == num.scale:
        return num.code
    return f"({num.code} * {10 ** (scale - num.scale)})"


def _rescaled(num: Num, target: int, rounded: bool) -> str:
    if num.scale == target:
        return num.code
    if num.scale < target:
        return f"({num.code} * {10 ** (target - num.scale)})"
    factor = 10 ** (num.scale - target)
    return f"{'_round' if rounded else '_trunc'}({num.code}, {factor})"


def _numeric_value(value: Any) -> bool:
    return value is None or isinstance(value, Decimal) or value is rl.Figurative.ZERO


def _unscaled(value: Any, scale: int) -> int:
    if value is rl.Figurative.ZERO:
        return 0
    return int(Decimal(value).scaleb(scale))


def _chain_tests(tests: list[str], first: str, temp: str) -> str:
    """``(t := value) in S or lo <= t <= hi``: the first test reads the value, the rest reuse it."""
    parts = [test.format(first if index == 0 else temp) for index, test in enumerate(tests)]
    return parts[0] if len(parts) == 1 else "(" + " or ".join(parts) + ")"


def _decimal_scale(value: Any) -> int:
    if not isinstance(value, Decimal):
        return 0
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _pattern(expr: ast.Expr) -> bytes | None:
    if isinstance(expr, ast.Figurative):
        return expr.byte
    if isinstance(expr, ast.AllLiteral):
        return expr.value
    return None


def _condition_bytes(value: Any, size: int) -> bytes:
    if isinstance(value, rl.Figurative):
        return figurative_bytes(
            {
                "ZERO": b"0",
                "SPACE": b" ",
                "HIGH-VALUE": b"\xff",
                "LOW-VALUE": b"\x00",
                "QUOTE": b'"',
            }[value.value],
            alphanumeric(size),
        )
    if isinstance(value, rl.AllLiteral):
        return mv.move_all(value.text.encode("latin-1"), alphanumeric(size))
    if isinstance(value, Decimal):
        text = str(abs(value)).replace(".", "").encode()
        return text.ljust(size)
    raw = str(value).encode("latin-1")
    return raw.ljust(size) if len(raw) <= size else raw


def _is_display(ref: Ref) -> bool:
    return ref.ftype.usage is Usage.DISPLAY


def _copied_as_bytes(src: Ref, dst: Ref) -> bool:
    """cobc typeck.c cb_build_move_field: a MOVE between numeric items of one usage and one
    PICTURE (size, digits, scale, sign) is a memcpy, so invalid bytes travel unchanged (probe
    dirty_zoned: "    " in a 9(4) MOVEd to another 9(4) stays "    ")."""
    a, b = src.ftype, dst.ftype
    if not (a.is_numeric and b.is_numeric) or src.static_size is None:
        return False
    if dst.static_size is None or src.static_size != dst.static_size:
        return False
    return (a.usage, a.size, a.digits, a.scale, a.signed, a.sign_leading, a.sign_separate) == (
        b.usage,
        b.size,
        b.digits,
        b.scale,
        b.signed,
        b.sign_leading,
        b.sign_separate,
    )


def _plain_alphanumeric(ftype: FieldType) -> bool:
    return ftype.category in (Category.ALPHANUMERIC, Category.ALPHABETIC, Category.GROUP)


def literal_bytes(source: ast.Literal, dst: FieldType) -> bytes:
    """What MOVE literal TO an item of type ``dst`` stores (computed once, at compile time)."""
    if isinstance(source, ast.NumericLiteral):
        if dst.category in (Category.NUMERIC, Category.NUMERIC_EDITED):
            return numeric_literal_bytes(source.value, dst)
        # The digits as written (MOVE 007 TO X(5) gives "007  "), sign dropped.
        text = source.text.lstrip("+-").encode()
        return mv.compile_move(alphanumeric(len(text)), dst)(text)
    if isinstance(source, ast.Figurative):
        return figurative_bytes(source.byte, dst)
    if isinstance(source, ast.AllLiteral):
        return mv.move_all(source.value, dst)
    return mv.compile_move(alphanumeric(len(source.value)), dst)(source.value)


def display_type(ftype: FieldType) -> FieldType:
    """The edited picture libcob's DISPLAY uses for a number: [+]9...[.9...]."""
    digits = ftype.digits
    if ftype.usage is Usage.NATIVE:
        digits = {1: 3, 2: 5, 4: 10, 8: 20}.get(ftype.size, digits)
    scale = ftype.scale
    pic: list[tuple[str, int]] = []
    if ftype.signed and not (ftype.sign_separate and not ftype.sign_leading):
        pic.append(("+", 1))
    if scale > 0:
        if digits - scale > 0:
            pic.append(("9", digits - scale))
        pic.append((".", 1))
        pic.append(("9", scale))
    else:
        pic.append(("9", digits))
    if ftype.signed and ftype.sign_separate and not ftype.sign_leading:
        pic.append(("+", 1))
    return FieldType(
        Category.NUMERIC_EDITED,
        sum(count for _, count in pic),
        digits=digits,
        scale=max(scale, 0),
        pic=tuple(pic),
    )


def _edited_store(temp_type: FieldType, target: FieldType) -> Callable[[int], bytes]:
    """value -> bytes of ``target``: stored into a DISPLAY temporary, then moved (libcob
    cob_decimal_get_field for edited receivers)."""
    put = storage.writer(temp_type)
    move = mv.compile_move(temp_type, target)

    def store(value: int) -> bytes:
        buffer = bytearray(temp_type.size)
        put(buffer, 0, value)
        return move(bytes(buffer))

    return store


def _move_dynamic(src: FieldType | None, raw: bytes, dst: FieldType, size: int) -> bytes:
    """A MOVE whose length is known only at run time (reference modification, UNSTRING)."""
    source = src if src is not None and src.size == len(raw) else alphanumeric(len(raw))
    if dst.size != size:
        dst = alphanumeric(size)
    if dst.category is Category.NUMERIC or source.category is Category.NUMERIC:
        return mv.compile_move(source, dst)(bytes(raw))
    return support.fit_alphanumeric(raw, size, dst.justified)


def initialize_segments(
    entry: DataEntry, replacing: dict[str, ast.Operand], compiler: Compiler
) -> list[tuple[int, bytes]]:
    """INITIALIZE: (offset from the item, bytes) for every elementary item below it, FILLER and
    REDEFINES skipped (probe ``initialize``); with REPLACING only the named categories change."""
    base = entry.offset
    pieces: list[tuple[int, bytes]] = []

    def visit(node: DataEntry, offset: int, top: bool) -> None:
        if not top and (
            node.name is None
            or (node.redefines and node.item is not None and node.item.redefines is not None)
        ):
            return
        count = (
            node.dims[-1][1]
            if node.layout is not None and node.layout.occurs is not None and not top
            else 1
        )
        stride = node.size
        for occurrence in range(count):
            start = offset + occurrence * stride
            if node.children:
                for child in node.children:
                    visit(child, start + (child.offset - node.offset), False)
                continue
            data = _initial_value(node.ftype, replacing, compiler)
            if data is not None:
                pieces.append((start - base, data))

    visit(entry, entry.offset, True)
    return _merge(pieces)


def _initial_value(
    ftype: FieldType, replacing: dict[str, ast.Operand], compiler: Compiler
) -> bytes | None:
    if not replacing:
        return default_bytes(ftype)
    category = {
        Category.ALPHANUMERIC: "ALPHANUMERIC",
        Category.ALPHABETIC: "ALPHABETIC",
        Category.NUMERIC: "NUMERIC",
        Category.NUMERIC_EDITED: "NUMERIC-EDITED",
        Category.ALPHANUMERIC_EDITED: "ALPHANUMERIC-EDITED",
    }.get(ftype.category)
    operand = replacing.get(category or "")
    if operand is None:
        return None
    if isinstance(
        operand, ast.NumericLiteral | ast.AlphanumericLiteral | ast.Figurative | ast.AllLiteral
    ):
        return literal_bytes(operand, ftype)
    raise CobolSemanticError("INITIALIZE REPLACING needs a literal here", operand.origin)


def _merge(pieces: list[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
    pieces.sort(key=lambda piece: piece[0])
    merged: list[tuple[int, bytes]] = []
    for offset, data in pieces:
        if merged and merged[-1][0] + len(merged[-1][1]) == offset:
            merged[-1] = (merged[-1][0], merged[-1][1] + data)
        else:
            merged.append((offset, data))
    return merged


def _walk_statements(statements: tuple[ast.Statement, ...]) -> Iterator[ast.Statement]:
    for statement in statements:
        yield statement
        for group in ast.statement_children(statement):
            yield from _walk_statements(group)
