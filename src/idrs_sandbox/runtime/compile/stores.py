"""Stores: a numeric result into its receiver (rounding, ON SIZE ERROR or high-order
truncation) and bytes into storage (MOVE by source and destination kind, libcob's sign read)."""

from __future__ import annotations

import re
from decimal import Decimal

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime import dialect_moves, floats, sign_ebcdic, storage
from idrs_sandbox.runtime import move as mv
from idrs_sandbox.runtime.compile import bytestores, intrinsic_calls
from idrs_sandbox.runtime.compile.conditions import Conditions
from idrs_sandbox.runtime.compile.emission import edited_literal, edited_store
from idrs_sandbox.runtime.compile.values import (
    _DECIMAL_USAGES,
    Num,
    Ref,
    _copied_as_bytes,
    _edited_store,
    _plain_alphanumeric,
    _rescaled,
    literal_bytes,
)
from idrs_sandbox.runtime.data import (
    DataEntry,
)
from idrs_sandbox.runtime.dialect_moves import forward_copy
from idrs_sandbox.runtime.fields import Category, FieldType, Usage, alphanumeric, numeric_display
from idrs_sandbox.runtime.rounding import PROHIBITED

_NAME = re.compile(r"\(*[A-Za-z_]\w*\)*")
"""A value that is a bare variable (it may hold storage.NEGATIVE_ZERO as it is)."""


class Stores(Conditions):
    """Writes values and bytes into storage."""

    def store_numeric(
        self, target: ast.Identifier, num: Num, rounded: bool | str, flag: str | None
    ) -> None:
        """Store a numeric value into a target: rounding or truncation to its decimals, then
        the ON SIZE ERROR test (``flag`` set, target unchanged) or high-order truncation.
        ``rounded``: False, True (ROUNDED) or a ROUNDED MODE (runtime/rounding.py)."""
        ref = self.ref(target)
        ftype = ref.ftype
        if ftype.category not in (Category.NUMERIC, Category.NUMERIC_EDITED):
            raise CobolSemanticError(
                f"'{target.display_name()}' is not numeric: it cannot receive a result",
                target.origin,
            )
        if rounded == PROHIBITED and flag is not None and num.scale > ftype.scale:
            # libcob cob_decimal_do_round: any non-zero value with more decimals than the
            # receiver raises EC-SIZE-TRUNCATION; the truncated value is still stored.
            self.out.line(f"if {num.code}: {flag} = True")
        value = _rescaled(num, ftype.scale, rounded)
        receiver, offset = self._target_slice(ref, value)
        # The store is written as put + value + close (one line, or one per SIZE ERROR arm).
        close = ")"
        if ftype.category is Category.NUMERIC_EDITED:
            temp_type = numeric_display(max(ftype.digits, 1), ftype.scale, signed=True)
            store = _edited_store(temp_type, ftype)
            if self.edit_tables is not None:
                store = edited_store(store, self.edit_tables)
            editor = self.const(store, "_e")
            put = f"{receiver} = {editor}("
        elif ref.var is not None and not ftype.signed and ftype.usage in _DECIMAL_USAGES:
            # An unsigned decimal item keeps the magnitude modulo 10**digits (in line: this is
            # the store of most counters and subscripts).
            temp = self.temp()
            modulus = 10**ftype.digits
            put = f"{ref.var} = (({temp} if ({temp} := "
            close = f") >= 0 else -{temp}) % {modulus})"
        elif (
            ref.var is not None
            and ftype.usage in _DECIMAL_USAGES
            and not _NAME.fullmatch(value)
            and flag is None
        ):
            # A signed decimal item: a value already within its digits is kept as it is (what
            # the normalizer gives; a bare name may hold the negative-zero marker, which the
            # normalizer turns into 0, so it takes the call).
            temp = self.temp()
            modulus = 10**ftype.digits
            normalize = self.const(storage.normalizer(ftype), "_nm")
            put = f"{ref.var} = ({temp} if -{modulus} < ({temp} := "
            close = f") < {modulus} else {normalize}({temp}))"
        elif ref.var is not None:
            put = f"{ref.var} = {self.const(storage.normalizer(ftype), '_nm')}("
        elif ftype.usage is Usage.DISPLAY and not ftype.signed and ref.static_size is not None:
            # In line, what storage.writer does for an unsigned DISPLAY item (the commonest
            # store: counters, dates): the magnitude modulo 10**digits as zero-padded digits.
            temp = self.temp()
            pattern = bytestores.pattern(self, b"%0" + str(ftype.digits).encode() + b"d")
            put = f"{receiver} = {pattern} % (({temp} if ({temp} := "
            close = f") >= 0 else -{temp}) % {10**ftype.digits})"
        elif ftype.usage is Usage.PACKED and ref.static_size is not None:
            # In line, what storage.writer does for COMP-3: the digits as hex text, then the
            # sign nibble (C / D, F unsigned; a negative zero keeps D, like libcob).
            # (the sign nibble is part of the format: one string operation less per store)
            # (str + zfill: 25% to 60% faster than a "%011dc" format here, compile/bytestores.py)
            temp = self.temp()
            width = ftype.size * 2 - 1
            plus, minus = ("c", "d") if ftype.signed else ("f", "f")
            modulus = 10**ftype.digits
            put = (
                f"{receiver} = (_fromhexa(str({temp} % {modulus}).zfill({width}) + '{plus}') "
                f"if ({temp} := "
            )
            close = f") >= 0 else _fromhexa(str(-{temp} % {modulus}).zfill({width}) + '{minus}'))"
        else:
            put = f"{self.putter(ftype)}({ref.buf}, {offset}, "
            if offset != ref.off:
                # The offset is a temp the value's read assigns, and a call evaluates its
                # arguments in order: the value first (ADD 1 TO T-DISP (K), T signed DISPLAY).
                temp = self.temp()
                self.out.line(f"{temp} = {value}")
                value = temp
        overflow = self.overflow_raise
        if flag is None and overflow is None:
            self.out.line(f"{put}{value}{close}")
            return
        temp = self.temp()
        self.out.line(f"{temp} = {value}")
        fits = self._fits(ftype, temp)
        if flag is None:
            # no ON SIZE ERROR: cobc records EC-SIZE-OVERFLOW and stores the truncated value
            # (probe exception_status; only in a program reading EXCEPTION-*: runtime/exceptions.py)
            self.out.line(f"if not ({fits}): {overflow}")
            self.out.line(f"{put}{temp}{close}")
            return
        with self.out.block(f"if {fits}:"):
            self.out.line(f"{put}{temp}{close}")
        with self.out.block("else:"):
            self.out.line(f"{flag} = True")
            if overflow is not None:
                self.out.line(overflow)

    def _fits(self, ftype: FieldType, temp: str) -> str:
        """The test that ``temp`` (scaled to the receiver's decimals) fits the receiver."""
        if ftype.usage is Usage.FLOAT_DECIMAL:
            # past the largest exponent of a 16 / 34-digit coefficient (floats.decimal_store)
            fits = f"{self.const(floats.decimal_fits, '_dfit')}({temp}, {ftype.size})"
        elif ftype.usage is Usage.FLOAT:
            # a float overflows only past its exponent range (floats.py; run_misc.at
            # "FLOAT-SHORT with SIZE ERROR": the last value kept is 1.7014118E+38)
            fits = f"{self.const(floats.fits, '_ffit')}({temp}, {ftype.size})"
        elif ftype.usage in (Usage.NATIVE, Usage.INDEX, Usage.BINARY_X):
            # libcob cob_decimal_get_binary: COMP-5 overflows only past its bytes (probe
            # arith_binary: S9(2)V9 COMP-5 takes 100.0; 9(2) COMP-5 takes 200, not 300).
            bits = ftype.size * 8 - (1 if ftype.signed else 0)
            fits = f"{temp}.bit_length() <= {bits}"
        else:
            limit = 10 ** max(ftype.digits, 0)
            fits = f"-{limit} < {temp} < {limit}"
        return fits

    def _target_slice(self, ref: Ref, value: str) -> tuple[str, str]:
        """The receiver's slice and offset for a store of ``value``. When ``value`` reads the
        same subscripted item (ADD 1 TO T (I)), its read assigned the offset to a temp, and the
        store uses that temp instead of computing the offset (and its range test) again:
        Python evaluates an assignment's value before its target, and the reads of a numeric
        expression are never skipped (no conditional evaluation around an operand)."""
        if ref.var is None and not ref.off.isdigit() and ref.static_size is not None:
            found = re.search(r"\((_t\d+) := " + re.escape(ref.off) + r"\)", value)
            if found is not None:
                temp = found.group(1)
                return f"{ref.buf}[{temp}:{temp} + {ref.static_size}]", temp
        return self.slice(ref), ref.off

    def store_bytes(self, ref: Ref, code: str) -> None:
        """``buf[off:off+size] = code``; a computed offset is evaluated first (its temps may be
        used by ``code``, e.g. a run-time reference-modification length). A bytes constant is
        stored as its bytearray twin (bytestores.py)."""
        if ref.var is not None:
            reader = self.const(storage.bytes_reader(ref.ftype), "_rd")
            self.out.line(f"{ref.var} = {reader}({code})")
            return
        code = bytestores.stored_value(self, code)
        if ref.off.isdigit() and ref.static_size is not None:
            self.out.line(f"{self.slice(ref)} = {code}")
            return
        offset = self.temp()
        self.out.line(f"{offset} = {ref.off}")
        self.out.line(f"{ref.buf}[{offset}:{offset} + {ref.size}] = {code}")

    def move(self, source: ast.Operand, dst: Ref) -> None:
        """MOVE source TO dst."""
        source = dialect_moves.literal_source(self.program.source.dialect, source, dst.ftype)
        self._check_move(source, dst)
        if isinstance(
            source, ast.NumericLiteral | ast.AlphanumericLiteral | ast.Figurative | ast.AllLiteral
        ):
            data = literal_bytes(source, dst.ftype) if dst.static_size is not None else None
            if data is not None and self.edit_tables is not None:
                data = edited_literal(source, dst.ftype, data, self.edit_tables)
            if data is not None and dst.var is not None:
                # A promoted item takes the literal's value, read once at compile time.
                value = storage.bytes_reader(dst.ftype)(data)
                held = str(value) if type(value) is int else self.const(value, "_v")
                self.out.line(f"{dst.var} = {held}")
            elif data is not None:
                self.store_bytes(dst, self.const(data, "_b"))
            elif isinstance(source, ast.AllLiteral | ast.Figurative) and not dst.numeric:
                # a run-time length (reference modification, an OCCURS DEPENDING ON group):
                # the pattern repeated over it, as libcob's cob_move_all does
                pattern = source.value if isinstance(source, ast.AllLiteral) else source.byte
                length = self.temp()
                filled = f"({self.const(pattern, '_b')} * ({length} := {dst.size}))[:{length}]"
                self.store_bytes(dst, filled)
            else:
                text = self.alphanumeric(source)
                self.store_bytes(dst, f"_fit({text.code}, {dst.size})")
            return
        if isinstance(source, ast.Identifier):
            ref = self.ref(source)
            if _copied_as_bytes(ref, dst):
                self.store_bytes(dst, self.slice(ref))
                return
            direct = mv.value_mover(ref.ftype, dst.ftype) if ref.var is not None else None
            if direct is not None and dst.var is None and dst.static_size is not None:
                # A promoted item (a valid value) into a DISPLAY or COMP-3 item: its bytes made
                # from the value at once, not through its own bytes and a MOVE.
                call = f"{self.const(direct, '_vm')}({ref.var})"
                self.store_bytes(dst, self._value_bytes(ref, dst.ftype, call))
                return
            if self.program.source.dialect.move_ibm and _ibm_copy(ref, dst):
                copy = self.const(forward_copy, "_mibm")  # runtime/dialect_moves.py
                self.out.line(f"{copy}({dst.buf}, {ref.off}, {dst.off}, {dst.size})")
                return
            self.read_sign(ref)
            self._move_from_bytes(self.slice(ref), ref.ftype, ref.static_size, dst)
            return
        if isinstance(source, ast.LengthOf) and self._odo_length(source.target) is None:
            size = int(self.num(source).code)
            self.move(ast.NumericLiteral(str(size), Decimal(size), source.origin), dst)
            return
        if isinstance(source, ast.FunctionCall):
            moved = intrinsic_calls.moved(self, source, dst.ftype)  # libcob's result field
            if moved is not None:
                self.store_bytes(dst, moved)
                return
        if isinstance(source, ast.FunctionCall | ast.LengthOf):  # LengthOf: compile/odo.py
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

    def _value_bytes(self, ref: Ref, dst: FieldType, call: str) -> str:
        """In line, what move.value_mover's ``call`` gives for a promoted source in the common
        cases: a value that is not negative (nor the negative-zero marker) into a COMP-3 or
        unsigned DISPLAY item; anything else goes through ``call``. The target's decimals
        are at least the source's (value_mover's condition)."""
        assert ref.var is not None
        factor = 10 ** (dst.scale - ref.ftype.scale)
        temp = self.temp()
        scaled = temp if factor == 1 else f"{temp} * {factor}"
        modulus = 10**dst.digits
        if dst.usage is Usage.PACKED:
            nibble = "c" if dst.signed else "f"
            width = dst.size * 2 - 1
            fast = f"_fromhexa(str(({scaled}) % {modulus}).zfill({width}) + '{nibble}')"
        elif dst.usage is Usage.DISPLAY and dst.size == dst.digits:
            pattern = bytestores.pattern(self, b"%0" + str(dst.digits).encode() + b"d")
            fast = f"{pattern} % (({scaled}) % {modulus})"
        else:
            return call
        if not ref.ftype.signed:
            return f"({fast} if ({temp} := {ref.var}) >= 0 else {call})"
        zero = self.const(storage.NEGATIVE_ZERO, "_nz")
        if dst.usage is Usage.PACKED and dst.signed:
            # a negative value too: its magnitude (high-order digits cut) and the sign nibble D
            # (3800-STORE-MONEY's credits and balances below zero); a magnitude cut to zero
            # takes the call (libcob's sign of a zero)
            width, kept = dst.size * 2 - 1, self.temp()
            negative = (
                f"(_fromhexa(str({kept}).zfill({width}) + 'd') "
                f"if ({kept} := -({scaled}) % {modulus}) else {call})"
            )
            return (
                f"(({fast} if {temp} >= 0 else {negative}) "
                f"if ({temp} := {ref.var}) is not {zero} else {call})"
            )
        return f"({fast} if ({temp} := {ref.var}) >= 0 and {temp} is not {zero} else {call})"

    def read_sign(self, ref: Ref) -> None:
        """Emit libcob's sign read of a signed DISPLAY source (cob_move calls COB_GET_SIGN),
        which rewrites an invalid sign byte to '0' in the source (support.fix_sign_byte)."""
        ftype = ref.ftype
        if ref.var is not None or not ref.numeric or ftype.usage is not Usage.DISPLAY:
            return
        if not ftype.signed or ftype.sign_separate:
            return
        position = "0" if ftype.sign_leading else str(ftype.size - 1)
        # under -fsign=EBCDIC the sign byte is left punched (runtime/sign_ebcdic.py)
        fix = self.const(sign_ebcdic.read_sign, "_fse") if ftype.sign_ebcdic else "_fs"
        if ref.off.isdigit():
            self.out.line(f"{fix}({ref.buf}, {int(ref.off) + int(position)})")
        else:
            self.out.line(f"{fix}({ref.buf}, {ref.off} + {position})")

    def _check_move(self, source: ast.Operand, dst: Ref) -> None:
        """The MOVEs cobc refuses (probe move_matrix): a number with decimals into an
        alphanumeric item; SPACE into a numeric or numeric-edited item where the dialect says
        so (runtime/dialect_moves.py literal_source, called first)."""
        target = dst.ftype.category
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
        # move.compile_move: a group on either side is an alphanumeric move whatever the other
        # side is (libcob cob_move of a group: the bytes, padded or cut), so in line too
        # (POSTING's MOVE CTL-RUN-CYCLE TO TA-LAST-UPDATE-CYCLE, a group into a 9(6)).
        grouped = Category.GROUP in (src.category, dst_type.category)
        if grouped and not dst_type.justified and self.edit_tables is None:
            plain = True
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


def _ibm_copy(src: Ref, dst: Ref) -> bool:
    """cobc typeck.c cb_build_move_field: an alphanumeric MOVE within one storage area whose
    sender is at least as long as the receiver (not JUSTIFIED) is cb_build_move_copy, which
    under move-ibm is cob_move_ibm (runtime/dialect_moves.py)."""
    plain = (Category.ALPHANUMERIC, Category.ALPHABETIC, Category.GROUP)
    return (
        src.buf == dst.buf
        and src.var is None
        and dst.var is None
        and src.ftype.category in plain
        and dst.ftype.category in (Category.ALPHANUMERIC, Category.GROUP)
        and not dst.ftype.justified
        and src.static_size is not None
        and dst.static_size is not None
        and src.static_size >= dst.static_size
    )
