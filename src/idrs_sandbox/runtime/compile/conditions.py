"""Conditions: relations (with the libcob routine cobc picks per operand kind), class and
sign conditions, condition names, AND / OR / NOT."""

from __future__ import annotations

from typing import Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.cobol.procedure import resolve_condition
from idrs_sandbox.runtime import floats, sign_ebcdic, storage
from idrs_sandbox.runtime.compile import osvs
from idrs_sandbox.runtime.compile.classtests import class_chain
from idrs_sandbox.runtime.compile.digits import short_read
from idrs_sandbox.runtime.compile.expressions import Expressions
from idrs_sandbox.runtime.compile.guards import guarded
from idrs_sandbox.runtime.compile.values import (
    Num,
    Ref,
    _chain_tests,
    _condition_bytes,
    _decimal_scale,
    _integer_literal,
    _numeric_value,
    _pattern,
    _scaled,
    _unscaled,
)
from idrs_sandbox.runtime.data import (
    ConditionEntry,
    DataEntry,
)
from idrs_sandbox.runtime.fields import Category, Usage, numeric_display


class Conditions(Expressions):
    """Translates conditions to Python boolean expressions."""

    osvs_condition: osvs.OsvsExpander | None = None
    """Under arithmetic-osvs, the expansion state of the condition being compiled."""

    def condition(self, cond: ast.Condition) -> str:
        resolved = resolve_condition(cond, self._is_condition_name)
        if not self.program.source.dialect.arithmetic_osvs:
            return guarded(self, lambda: self._cond(resolved))
        self.osvs_condition = osvs.condition_expander(self, resolved)  # compile/osvs.py
        try:
            return self._cond(resolved)
        finally:
            self.osvs_condition = None

    def _is_condition_name(self, expr: ast.Expr) -> bool:
        if not isinstance(expr, ast.Identifier):
            return False
        found = self.model.candidates(expr.name, expr.qualifiers)
        return len(found) == 1 and isinstance(found[0], ConditionEntry)

    def _cond(self, cond: ast.Condition) -> str:
        if isinstance(cond, ast.And | ast.Or) and self.osvs_condition is None:
            merged = class_chain(self, cond)  # NUMERIC tests of one record (classtests.py)
            if merged is not None:
                return merged
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
        if isinstance(cond, ast.SwitchCondition):
            return f"(_args.switches[{cond.number}] is {cond.on})"
        if isinstance(cond, ast.ClassCondition):
            code = self.class_condition(cond)
            return f"(not {code})" if cond.negated else code
        if isinstance(cond, ast.SignCondition):
            op: ast.RelOp = {"POSITIVE": ">", "NEGATIVE": "<", "ZERO": "="}[cond.sign]  # type: ignore[assignment]
            if isinstance(cond.subject, ast.Identifier):
                # cobc typeck.c builds x > ZERO (cb_build_optim_cond: an integer DISPLAY item
                # goes through cob_cmp_numdisp, whose arithmetic on invalid bytes is its own:
                # probe dirty_sign, "1 C" in S999 is not POSITIVE)
                zero = ast.Figurative("ZERO", cond.origin)
                code = self.relation(cond.subject, op, zero)
            else:
                num = self.num(cond.subject)
                code = f"({num.code} {'==' if op == '=' else op} 0)"
            return f"(not {code})" if cond.negated else code
        raise CobolSemanticError("this is not a condition", cond.origin)

    def relation(self, left: ast.Expr, op: ast.RelOp, right: ast.Expr) -> str:
        python_op = {">": ">", "<": "<", "=": "==", ">=": ">=", "<=": "<=", "<>": "!="}[op]
        if self._numeric_pair(left, right):
            pair = None
            if self.osvs_condition is not None:
                pair = osvs.relation_operands(self.osvs_condition, left, right)
            if pair is not None:
                scale = max(pair[0].scale, pair[1].scale)
                a_code, b_code = _scaled(pair[0], scale), _scaled(pair[1], scale)
                return f"({a_code} {python_op} {b_code})"
            if self._float_field(left, right) or self._float_field(right, left):
                # libcob cob_numeric_cmp -> cob_cmp_float: doubles, relative tolerance 1E-7
                a, b = self.num(left), self.num(right)
                compare = self.const(floats.compare, "_fcmp")
                return f"({compare}({a.code}, {a.scale}, {b.code}, {b.scale}) {python_op} 0)"
            digits = self._digit_strings(left, right, python_op)
            if digits is not None:
                return digits
            shortcut = self._integer_compare(left, right, python_op)
            if shortcut is not None:
                return shortcut
            a, b = self.num(left), self.num(right)
            scale = max(a.scale, b.scale)
            return f"({_scaled(a, scale)} {python_op} {_scaled(b, scale)})"
        one = self._one_byte_relation(left, python_op, right)
        if one is not None:
            return one
        a_code, b_code = self._comparable_bytes(left, right)
        collating = self.program.collating
        if collating is not None and python_op not in ("==", "!="):
            # PROGRAM COLLATING SEQUENCE: bytes compare by their weights (a bijection, so
            # = and <> are unchanged)
            table = self.const(collating, "_tr")
            a_code, b_code = f"{a_code}.translate({table})", f"{b_code}.translate({table})"
        return f"({a_code} {python_op} {b_code})"

    def _one_byte_relation(self, left: ast.Expr, python_op: str, right: ast.Expr) -> str | None:
        """A one-byte alphanumeric item, element or reference modification against a one-byte
        literal or figurative constant: the byte's number against the constant's (the order of
        two one-byte strings), without a slice (7520-KEEP-CHARACTER's four tests of WS-NC-CHAR,
        7511-FIND-WORD-END's ``WS-NC-NAME-LINE (WS-NC-END:1) NOT = SPACE``)."""
        if self.program.collating is not None:
            return None
        for item, other, flipped in ((left, right, False), (right, left, True)):
            place = self._one_byte_place(item)
            value = _one_byte_constant(other)
            if place is None or value is None:
                continue
            pair = (value, place) if flipped else (place, value)
            return f"({pair[0]} {python_op} {pair[1]})"
        return None

    def _one_byte_place(self, expr: ast.Expr) -> str | None:
        if not isinstance(expr, ast.Identifier) or self._is_condition_name(expr):
            return None
        ref = self.ref(expr)
        alphanumeric_kind = ref.ftype.category in (Category.ALPHANUMERIC, Category.ALPHABETIC)
        if not alphanumeric_kind or ref.var is not None or ref.static_size != 1:
            return None
        # A computed offset is in the buffer: the subscript and reference-modification checks
        # in it return only offsets inside the record, or stop the run (names.py).
        return f"{ref.buf}[{ref.off}]"

    def _float_field(self, expr: ast.Expr, other: ast.Expr) -> bool:
        """A COMP-1 / COMP-2 item compared with an item, a literal or ZERO (not an
        arithmetic expression, which cobc compares as decimals)."""
        if not isinstance(expr, ast.Identifier) or expr.refmod is not None:
            return False
        if not isinstance(other, ast.Identifier | ast.NumericLiteral | ast.Figurative):
            return False
        ref = self.ref(expr)
        return ref.numeric and ref.ftype.usage is Usage.FLOAT

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
            if not ref.numeric or ref.ftype.usage in (Usage.FLOAT, Usage.FLOAT_DECIMAL):
                return None
            # Any other numeric item (binary, decimals, a SIGN SEPARATE or long DISPLAY item,
            # a promoted item): cobc compares its value with cob_get_llint of the right side
            # (cob_cmp_llint, or a binary item's own compare), so the right side is read as
            # an integer there too: " " in a PIC 9 is -16, not a decimal's 2**64 - 16 (probe
            # compare_llint: PERFORM VARYING K ... UNTIL K > N runs no turn).
            value = self.num(left)
            operand = integer if integer.lstrip("-").isdigit() else f"({integer})"
            scaled = f"{operand} * {10**value.scale}" if value.scale else integer
            return f"({value.code} {python_op} {scaled})"
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
            read = f"{self.const(storage.packed_int_value, '_pki')}({self.slice(ref)})"
            return self.shadows.site(ref, "compare", read)
        if ftype.usage is not Usage.DISPLAY or ftype.sign_leading or ftype.sign_separate:
            return None
        if ftype.size >= 19:
            return None
        read = self.const(storage.numdisp_compare_value, "_ndc")
        if ftype.sign_ebcdic:
            read = self.const(sign_ebcdic.compare_value, "_ndce")
        signed = ftype.signed
        short = short_read(self, ref, lambda raw: f"{read}({raw}, {signed})")
        if short is not None:  # one or two bytes (compile/digits.py)
            return self.shadows.site(ref, "compare", short)
        raw = self.temp()
        # In line for digits only (the usual case): cob_cmp_numdisp's value is then int(bytes).
        return self.shadows.site(
            ref,
            "compare",
            f"(int({raw}) if ({raw} := {self.slice(ref)}).isdigit() "
            f"else {read}({raw}, {ftype.signed}))",
        )

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
        read = ref.var or self.read_value(ref)
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
        if size == 1 and ref.var is None and ref.off.isdigit():
            return self._one_byte_condition(ref, pairs, temp)
        singles = tuple(_condition_bytes(low, size) for low, high in pairs if high is None)
        if len(singles) == len(pairs) == 1:  # one value: an equality, no tuple to walk
            value = self.const(singles[0], "_b")
            # its result kept beside the bytes when tested often (WS-POSTABLE: shadows.py)
            return self.shadows.site(ref, f"={value}", f"({self.slice(ref)} == {value})")
        first = f"({temp} := {self.slice(ref)})"
        tests: list[str] = []
        if singles:
            tests.append(f"{{}} in {self.const(singles, '_tup')}")
        for low, high in pairs:
            if high is not None:
                low_bytes = self.const(_condition_bytes(low, size), "_b")
                high_bytes = self.const(_condition_bytes(high, size), "_b")
                tests.append(f"{low_bytes} <= {{}} <= {high_bytes}")
        return _chain_tests(tests, first, temp)

    def _one_byte_condition(self, ref: Ref, pairs: list[tuple[Any, Any]], temp: str) -> str:
        """A one-byte item (a switch: ``88 WS-ABENDED VALUE "Y"``) tested as the byte's
        number: the same order and equality as its one-byte string, without a slice."""
        first = f"({temp} := {ref.buf}[{ref.off}])"
        singles = [_condition_bytes(low, 1)[0] for low, high in pairs if high is None]
        tests: list[str] = []
        if len(singles) == 1:
            tests.append(f"{{}} == {singles[0]}")
        elif singles:
            tests.append(f"{{}} in {self.const(frozenset(singles), '_set')}")
        for low, high in pairs:
            if high is not None:
                low_byte, high_byte = _condition_bytes(low, 1)[0], _condition_bytes(high, 1)[0]
                tests.append(f"{low_byte} <= {{}} <= {high_byte}")
        return _chain_tests(tests, first, temp)

    def class_condition(self, cond: ast.ClassCondition) -> str:
        subject = cond.subject
        if not isinstance(subject, ast.Identifier):
            raise CobolSemanticError("a class condition needs a data item", cond.origin)
        if cond.class_name == "OMITTED":
            # a LINKAGE item the CALL passed as OMITTED or not at all (runtime/call.py _enter)
            self.namespace.setdefault("_omitted", frozenset())
            return f"({subject.name.upper()!r} in _omitted)"
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
                if ftype.sign_ebcdic:
                    test = self.const(sign_ebcdic.is_numeric, "_nume")
                    return f"{test}({raw}, {ftype.sign_leading})"
                if ftype.sign_leading:
                    return f"_C.numeric_leading_sign({raw})"
                if ref.static_size is not None:
                    # In line, what support.numeric_signed_display tests.
                    temp, last = self.temp(), ref.static_size - 1
                    sign = f"(48 <= {temp}[{last}] <= 57 or 112 <= {temp}[{last}] <= 121)"
                    if last == 0:
                        return f"(({temp} := {raw}) and {sign})"
                    return f"(({temp} := {raw})[:{last}].isdigit() and {sign})"
                return f"_C.numeric_signed_display({raw})"
            if ftype.usage is Usage.PACKED:
                # In line, what support.numeric_packed tests.
                temp = self.temp()
                # hostsign (-std=ibm, mvs...): libcob cob_is_numeric also takes a signed
                # item's sign nibble F (testsuite 'PACKED-DECIMAL numeric test (2)')
                signs = "cdf" if self.program.source.dialect.flag("hostsign") else "cd"
                sign = f"{temp}[-1] in {signs!r}" if ftype.signed else f"{temp}[-1] == 'f'"
                return f"(({temp} := {raw}.hex())[:-1].isdigit() and {sign})"
            if ftype.usage is Usage.PACKED_UNSIGNED:
                # COMP-6 is NUMERIC when every nibble is a digit (data_packed.at "COMP-6
                # numeric test": X'000C' and X'FFFF' are not).
                return f"{raw}.hex().isdigit()"
            return "True"
        if cond.class_name == "USER":
            # SPECIAL-NAMES CLASS: every byte one of the class's characters
            return f"not {raw}.translate(None, {self.const(cond.members, '_cls')})"
        function = cond.class_name.lower().replace("-", "_")
        return f"_C.{function}({raw})"


def _one_byte_constant(expr: ast.Expr) -> int | None:
    """The byte of a one-byte alphanumeric literal, ALL literal or figurative constant."""
    if isinstance(expr, ast.Figurative):
        return expr.byte[0]
    if isinstance(expr, ast.AlphanumericLiteral | ast.AllLiteral) and len(expr.value) == 1:
        return expr.value[0]
    return None
