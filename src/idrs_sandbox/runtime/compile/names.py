"""Name binding: an identifier of the PROCEDURE DIVISION to the storage it names (area,
offset with subscripts and reference modification, size, type), resolved through the
program's symbol table (:mod:`idrs_sandbox.cobol.symbols`, the checker's)."""

from __future__ import annotations

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime import storage, support
from idrs_sandbox.runtime.compile import tables
from idrs_sandbox.runtime.compile.emission import Emission
from idrs_sandbox.runtime.compile.odo import odo_length
from idrs_sandbox.runtime.compile.values import (
    Ref,
    _integer_literal,
)
from idrs_sandbox.runtime.data import (
    ConditionEntry,
    DataEntry,
    IndexEntry,
    Named,
)
from idrs_sandbox.runtime.fields import alphanumeric


class Names(Emission):
    """Binds identifiers to storage references."""

    def integer(self, expr: ast.Expr) -> str:
        """An integer expression (a subscript, a reference-modification start or length):
        defined by :class:`~idrs_sandbox.runtime.compile.expressions.Expressions`, the next
        layer, which needs these references in turn."""
        raise NotImplementedError

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
        table = self.tables.get(id(entry))
        if table is not None and ident.refmod is None:
            var = tables.element(self, table, ident)
        if ident.refmod is not None:
            offset, size, static_size = self._refmod(offset, entry, ident)
            ftype = alphanumeric(static_size) if static_size is not None else alphanumeric(0)
            var = None
        elif entry.children and var is None:
            # A group ending with an OCCURS DEPENDING ON table is as long as the DEPENDING ON
            # item says when it is moved, displayed or compared (cobc 3.1.2: with N 0 in
            # "02 E OCCURS 0 TO 5 DEPENDING ON N" after "02 N", DISPLAY shows N alone)
            varying = odo_length(self, entry)  # type: ignore[arg-type]
            if varying is not None:
                size, static_size = varying, None
        return Ref(buf, offset, size, static_size, ftype, entry, name, var)

    def _offset(self, entry: DataEntry, ident: ast.Identifier) -> str:
        if not ident.subscripts:
            return self._subscripted_offset(entry, ident)
        key = (id(ident), id(entry), tuple(sorted(self.known_ranges.items())))
        known = self.offsets.get(key)
        if known is None:
            # The node and the entry are kept with the text: their ids stay theirs.
            known = self.offsets[key] = (self._subscripted_offset(entry, ident), ident, entry)
        return known[0]

    def _subscripted_offset(self, entry: DataEntry, ident: ast.Identifier) -> str:
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
            known = self.known_ranges.get(value)
            if known is not None and known[0] >= 1 and known[1] <= maximum:
                # A loop counter that stays within the table: no range test to make.
                index = f"({value} - 1)"
                parts.append(index if stride == 1 else f"{index} * {stride}")
                continue
            site = self.site(ident.origin)
            temp = self.temp()
            # >>TURN EC-BOUND-SUBSCRIPT CHECKING ON: this statement checks as cobc -debug does
            # (and -debug checks until a >>TURN ... CHECKING OFF: testsuite "TURN directive")
            checking = self.program.source.bound_checking(ident.origin, self.debug)
            checker = "_sxd" if checking else ("_sxn" if self.debug else "_sx")
            checker = tables.checker(self, entry.area.index, checker)
            # In line: the range test assigns the subscript, the error call runs only when out
            # of range (support.check_subscript raises).
            limit = len(entry.area.buffer) - entry.size
            call = (
                f"{checker}({temp}, {maximum}, {site}, {ident.name!r}, {static}, {stride}, {limit})"
            )
            neighbours = self._promoted_neighbours(entry, ident)
            if neighbours is not None:  # an element out of range landing on a promoted item
                check_near, held = neighbours
                call = f"{check_near}(B{entry.area.index}, {call}, {temp}, {static}, {stride}, "
                call += f"{maximum}, {site}, {ident.name!r}, ({held},))"
            check = f"({temp} - 1 if 0 < ({temp} := {value}) <= {maximum} else {call})"
            parts.append(check if stride == 1 else f"{check} * {stride}")
        if not parts:
            return str(static)
        return " + ".join([str(static), *parts]) if static else " + ".join(parts)

    def _promoted_neighbours(
        self, entry: DataEntry, ident: ast.Identifier
    ) -> tuple[str, str] | None:
        """support.PromotedNeighbours for a table in an area that holds promoted items, and
        the promoted variables it is given."""
        promoted = [other for other in self.promoted_entries if other.area is entry.area]
        if not promoted:
            return None
        spans = tuple(
            (
                other.offset,
                other.offset + other.size,
                other.display_name,
                storage.materializer(other.ftype),
            )
            for other in promoted
        )
        reading = _only_read(self.statement_at, ident)
        check = support.PromotedNeighbours(spans, entry.size, len(entry.dims) > 1, reading)
        held = ", ".join(self.promoted[id(other)] for other in promoted)
        return self.const(check, "_pn"), held

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
            if offset.isdigit():  # a fixed item: a fixed slice (B9[0:9], not B9[(0) + 0:...])
                return str(int(offset) + start - 1), str(count), count
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
        # A literal length is the slice's length whatever the start (_rm stops the run
        # first when start + length passes the item): `NAME (I:1)` is one byte, compared and
        # moved as such instead of through run-time padding (7511-FIND-WORD-END's SPACE test).
        return f"({offset}) + {check}", length_code, length

    def slice(self, ref: Ref) -> str:
        """``buf[off:off+size]`` (a walrus temp keeps a computed offset from being run twice);
        for a promoted item, its bytes made from its value."""
        if ref.var is not None:
            return f"{self.const(storage.materializer(ref.ftype), '_mat')}({ref.var})"
        if self.byte_reads:  # read once for a loop whose body does not store there (counted.py)
            held = self.byte_reads.get((ref.buf, ref.off, ref.size))
            if held is not None:
                return held
        if ref.off.isdigit() and ref.static_size is not None:
            start = int(ref.off)
            return f"{ref.buf}[{start}:{start + ref.static_size}]"
        temp = self.temp()
        return f"{ref.buf}[({temp} := {ref.off}):{temp} + {ref.size}]"


def _only_read(statement: ast.Statement | None, ident: ast.Identifier) -> bool:
    """The statement being compiled only reads ``ident``: an IF's condition, DISPLAY, MOVE's
    source, an arithmetic operand. Anything else counts as a store (CORRESPONDING's items are
    nodes of their own: stores too)."""
    if isinstance(statement, ast.If | ast.Display):
        return True
    if isinstance(statement, ast.Move):
        return statement.source is ident and not statement.corresponding
    if isinstance(statement, ast.Add | ast.Subtract | ast.Multiply | ast.Divide | ast.Compute):
        if getattr(statement, "corresponding", False):
            return False
        receivers = [target.target for target in statement.targets]
        if isinstance(statement, ast.Divide) and statement.remainder is not None:
            receivers.append(statement.remainder)
        return all(receiver is not ident for receiver in receivers)
    return False
