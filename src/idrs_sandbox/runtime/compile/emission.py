"""Emission: the generated module's lines, its namespace of constants, temporaries and
source positions (what every other job of the compiler writes through)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.runtime import exceptions, intrinsics, rounding, storage, strings, support
from idrs_sandbox.runtime import move as mv
from idrs_sandbox.runtime.compile.forwarding import StatusForward
from idrs_sandbox.runtime.compile.locations import location
from idrs_sandbox.runtime.compile.shadows import Shadows, shadow_areas
from idrs_sandbox.runtime.compile.tables import ListedTable
from idrs_sandbox.runtime.compile.values import (
    Paragraph,
    _move_dynamic,
)
from idrs_sandbox.runtime.coverage import Probe, ProbeKind
from idrs_sandbox.runtime.data import (
    DataEntry,
    DataModel,
)
from idrs_sandbox.runtime.fields import Category, FieldType, alphanumeric
from idrs_sandbox.runtime.move import Mover
from idrs_sandbox.runtime.promotion import (
    listable_tables,
    observed_entries,
    promotable_entries,
)


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


DECIMAL_COMMA = bytes.maketrans(b".,", b",.")
"""DECIMAL-POINT IS COMMA: cobol/source.py exchanged '.' and ',' in PICTUREs and numbers, so
the runtime edits as without the clause and the edited bytes are exchanged back."""


@dataclass(frozen=True)
class EditTables:
    """What a program's SPECIAL-NAMES change in edited bytes: cobol/source.py wrote its
    PICTUREs with '.' for the point and '$' for the currency symbol, so the runtime edits as
    without the clauses; ``out`` turns the edited bytes into the program's characters,
    ``back`` turns an edited or alphanumeric source into the runtime's before a de-edit."""

    out: bytes
    back: bytes

    @classmethod
    def of(cls, program: Program) -> EditTables | None:
        if not program.decimal_comma and program.currency is None:
            return None
        mine, runtime = b"", b""
        if program.decimal_comma:
            mine, runtime = b",.", b".,"
        if program.currency is not None:
            mine, runtime = mine + program.currency.encode("latin-1"), runtime + b"$"
        return cls(bytes.maketrans(runtime, mine), bytes.maketrans(mine, runtime))


def edited_move(move: Mover, src: FieldType, dst: FieldType, tables: EditTables) -> Mover:
    """A move in a program with DECIMAL-POINT IS COMMA or a CURRENCY SIGN: into an edited item
    the output shows the program's characters; from an edited or alphanumeric item into a
    number, they are the ones libcob looks for (cob_move_alphanum_to_display takes the
    module's decimal_point)."""
    numeric_out = dst.category in (Category.NUMERIC, Category.NUMERIC_EDITED)
    swap_in = numeric_out and src.category is not Category.NUMERIC
    swap_out = dst.category is Category.NUMERIC_EDITED
    out, back = tables.out, tables.back
    if swap_in and swap_out:
        return lambda raw: move(bytes(raw).translate(back)).translate(out)
    if swap_in:
        return lambda raw: move(bytes(raw).translate(back))
    if swap_out:
        return lambda raw: move(raw).translate(out)
    return move


def edited_store(store: Callable[[int], bytes], tables: EditTables) -> Callable[[int], bytes]:
    """A result stored into an edited item, shown with the program's characters."""
    return lambda value: store(value).translate(tables.out)


def edited_literal(source: ast.Operand, dst: FieldType, data: bytes, tables: EditTables) -> bytes:
    """What MOVE literal stores (``data``: without the SPECIAL-NAMES clauses)."""
    if isinstance(source, ast.NumericLiteral):
        edited = dst.category is Category.NUMERIC_EDITED
        return data.translate(tables.out) if edited else data
    if isinstance(source, ast.AlphanumericLiteral):
        text = alphanumeric(len(source.value))
        return edited_move(mv.compile_move(text, dst), text, dst, tables)(source.value)
    return data


def _nothing() -> None:
    """EXIT PROGRAM in a main program (a called program binds runtime/call.py's)."""


class Emission:
    """The generated module being written: lines, names bound in its namespace, temps."""

    def __init__(
        self,
        program: Program,
        model: DataModel,
        trace: bool = False,
        trace_statements: bool = False,
        coverage: bool = False,
        debug: bool = False,
        unlisted: frozenset[int] = frozenset(),
    ) -> None:
        self.program = program
        self.edit_tables = EditTables.of(program)
        """DECIMAL-POINT IS COMMA / CURRENCY SIGN: how edited bytes differ (None: they do not)."""
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
        self.statement_at: ast.Statement | None = None
        """The statement being compiled (compiler.py statements; intrinsic_calls.located)."""
        self.loop_depth = 0
        self.tracks_exceptions = exceptions.references_exceptions(program.procedure)
        """The program reads FUNCTION EXCEPTION-*: arithmetic records its size exceptions."""
        self.overflow_raise: str | None = None
        """While an arithmetic statement stores (when ``tracks_exceptions``): the line that
        records EC-SIZE-OVERFLOW (runtime/exceptions.py)."""
        """Loops open around the statement being written, in the current Python function."""
        self.extracted = 0
        """How many loop bodies written as functions of their own enclose it (flow._guarded)."""
        self.known_ranges: dict[str, tuple[int, int]] = {}
        """Promoted variables whose value is known to lie in [low, high] where the code being
        written runs (the counter of a counted loop, statements/flow.py): a subscript that is
        one of them needs no range test when the range fits the table."""
        self.offsets: dict[tuple[int, int, tuple[tuple[str, tuple[int, int]], ...]], Any] = {}
        """The offset expression already written for an identifier node (names.py): the same
        node always gets the same text, so a store can reuse the temp its read assigned."""
        self.byte_reads: dict[tuple[str, str, str], str] = {}
        """(buffer, offset, size) of items a counted loop sliced once (compile/counted.py):
        the variable holding those bytes, which a read there uses instead of a slice."""
        self.status_forward: StatusForward | None = None
        """A FILE STATUS the next IF / EVALUATE may read from its code (forwarding.py)."""
        self.promoted: dict[int, str] = {}
        self.promoted_slots: list[tuple[str, int, int, FieldType]] = []
        self.promoted_entries: list[DataEntry] = []
        observed = observed_entries(program, model)
        for number, entry in enumerate(promotable_entries(program, model, observed)):
            var = f"V{number}"
            self.promoted[id(entry)] = var
            self.promoted_slots.append((var, entry.area.index, entry.offset, entry.ftype))
            self.promoted_entries.append(entry)
        self.tables: dict[int, ListedTable] = {}
        """Numeric tables held as Python lists beside their bytes (tables.py), by entry."""
        if not coverage:
            areas = shadow_areas(program, model)
            held = set(self.promoted)
            for entry in listable_tables(program, model, held, unlisted, observed):
                if entry.area.index in areas:
                    self.tables[id(entry)] = ListedTable(f"TBL{len(self.tables)}", entry)
        self.table_areas = {table.area for table in self.tables.values()}
        self.list_mode = False
        """Writing the version of a statement that holds listed elements as list items."""
        self.buffer_uses: dict[int, set[str]] | None = None
        """How the finished module uses each area's buffer (tables.buffer_uses)."""
        self.scan_tables: list[Any] = []
        """Tables scanned by scans.py through a dictionary of their elements' bytes."""
        self.list_tests: dict[str, int] = {}
        """Promoted subscripts of list items in that version, each with the OCCURS it must not
        exceed: the version runs only when they are in range (tables.py)."""
        self.touched: set[int] = set()
        """Listed tables the statement being written refers to in bytes (tables.py)."""
        self.unlistable: set[int] = set()
        """Listed tables referred to in bytes outside a statement's list version: the program
        is compiled again without them (runtime/machine.py)."""
        self.shadows = Shadows.plan(program, model)
        """Decoded values kept beside the bytes of items read often (shadows.py)."""
        self._setup_namespace()

    def _setup_namespace(self) -> None:
        ns = self.namespace
        for area in self.model.areas:
            ns[f"B{area.index}"] = area.buffer
        ns.update(
            _div=support.divide,
            _trunc=support.truncate,
            _round=support.round_half_away,
            **rounding.NAMESPACE,
            _pow=support.power,
            _sx=support.check_subscript_debug if self.debug else support.check_subscript,
            _sxd=support.check_subscript_debug,
            _sxn=support.check_subscript,  # -debug, but >>TURN EC-BOUND-SUBSCRIPT CHECKING OFF
            _rm=support.check_refmod,
            _padcmp=support.pad_compare,
            _fit=support.fit_alphanumeric,
            _SizeError=support.SizeError,
            _StopRun=support.StopRun,
            _Goback=support.StopRun,  # a called program's is runtime/call.py's Goback
            _exit_program=_nothing,
            _NextSentence=support.NextSentence,
            _RuntimeError=support.CobolRuntimeError,
            _ORIGINS=self.origins,
            _I=intrinsics,
            _S=strings,
            _C=support,
            _X=exceptions,
            _XLOC=[self.debug],  # record exception locations (cobc -debug / -fsource-location)
            # -fsign=EBCDIC: libcob's module flag, which C code's cob_get_s64_param reads by
            _SIGN_EBCDIC=self.program.source.dialect.sign_ebcdic,  # (runtime/call.py)
            _XPN=[None],  # the paragraph and section last entered (compile/locations.py)
            _XSN=[None],
            _XD=[None],
            _mvdyn=_move_dynamic,
            _fs=support.fix_sign_byte,
            _fromhex=bytes.fromhex,
            _fromhexa=bytearray.fromhex,  # a store's value (compile/bytestores.py)
            _BREAK=support.BREAK,
            _CONT=support.CONTINUE,
            _EXITP=support.EXIT_PARAGRAPH,
        )

    def raise_line(self, name: str, node: Any) -> str:
        """The line that records exception ``name`` at statement ``node``."""
        verb = type(node).__name__.upper()
        if self.tracks_exceptions:  # the paragraph and section last entered (locations.py)
            where = location(self, node.origin.line, verb)
            return f"_X.raise_condition({name!r}, {where} if _XLOC[0] else None)"
        paragraph = self._current
        static = (
            self.program.name,
            paragraph.name if paragraph else None,
            paragraph.section if paragraph else None,
            node.origin.line,
            verb,
        )
        return f"_X.raise_condition({name!r}, {self.const(static, '_xl')} if _XLOC[0] else None)"

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
        move = mv.compile_move(src, dst)
        if self.edit_tables is not None:
            move = edited_move(move, src, dst, self.edit_tables)
        return self.const(move, "_m")
