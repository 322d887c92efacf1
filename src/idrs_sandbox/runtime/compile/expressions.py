"""Expression typing: numeric expressions as Python ints with a static scale (libcob
cob_decimal), alphanumeric expressions as bytes, intrinsic functions."""

from __future__ import annotations

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime import exceptions, intrinsics, pointers, storage, support
from idrs_sandbox.runtime.compile import intrinsic_calls
from idrs_sandbox.runtime.compile.digits import short_read
from idrs_sandbox.runtime.compile.functions import (
    function_number,
    function_text,
    is_numeric_function,
    user_function,
)
from idrs_sandbox.runtime.compile.names import Names
from idrs_sandbox.runtime.compile.odo import odo_length
from idrs_sandbox.runtime.compile.values import (
    ALPHANUMERIC_FUNCTIONS,
    MULTI_ARGUMENT_FUNCTIONS,
    Num,
    Ref,
    Text,
    _integer_literal,
    _is_display,
    _scaled,
    division,
)
from idrs_sandbox.runtime.data import (
    ConditionEntry,
    DataEntry,
    IndexEntry,
)
from idrs_sandbox.runtime.fields import Category, Usage, alphanumeric


class Expressions(Names):
    """Types and translates expressions."""

    def _any_length(self, arg: ast.Expr) -> bool:
        """``arg`` names an ANY LENGTH item (runtime/anylength.py)."""
        if not isinstance(arg, ast.Identifier) or arg.refmod is not None:
            return False
        found = self.lookup(arg)
        return (
            isinstance(found, DataEntry)
            and found.item is not None
            and found.item.any_length is not None
        )

    def integer(self, expr: ast.Expr) -> str:
        """An integer-valued expression (subscripts, lengths, counts)."""
        if isinstance(expr, ast.Identifier) and expr.refmod is None:
            named = self.lookup(expr)
            ref = self.ref(expr) if isinstance(named, DataEntry) else None
            if ref is not None and ref.numeric and ref.var is None and _is_display(ref):
                # libcob cob_get_int: its own arithmetic on invalid bytes (a space is -16).
                getint = self.const(storage.display_get_int, "_gi")
                call = f"{getint}({ref.buf}, {ref.off}, {self.const(ref.ftype, '_ft')})"
                ftype, size = ref.ftype, ref.static_size
                if ref.off.isdigit() and size and ftype.scale == 0 and not ftype.sign_ebcdic:
                    # In line, what display_get_int gives for digits only: their value.
                    short = short_read(self, ref, lambda raw: call)
                    if short is not None:
                        return short
                    temp, start = self.temp(), int(ref.off)
                    raw = f"({temp} := {ref.buf}[{start}:{start + size}])"
                    return f"(int({temp}) if {raw}.isdigit() else {call})"
                return call
        num = self.num(expr)
        if num.scale > 0:
            return f"_trunc({num.code}, {10**num.scale})"
        if num.scale < 0:
            return f"({num.code} * {10**-num.scale})"
        return num.code

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
            varying = self._odo_length(expr.target)  # OCCURS DEPENDING ON (compile/odo.py)
            if varying is None and not expr.target.subscripts and expr.target.refmod is None:
                varying = str(self.data_entry(expr.target).size)  # a table item: one element
            return Num(varying or str(self.ref(expr.target).static_size or 0), 0)
        if isinstance(expr, ast.AddressOf):  # a number, as in cobc (runtime/pointers.py)
            ref = self.ref(expr.target)
            address = self.const(pointers.address_of, "_addr")
            return Num(f"{address}(globals(), {ref.buf!r}, {ref.off})", 0)
        if isinstance(expr, ast.FunctionCall):
            return self.numeric_function(expr)
        if isinstance(expr, ast.UnaryOp):
            inner = self.num(expr.operand)
            code = f"(-{inner.code})" if expr.op == "-" else inner.code
            return Num(code, inner.scale, inner.may_fail)
        if isinstance(expr, ast.BinaryOp):
            return self._num_binary(expr)
        raise CobolSemanticError("this operand is not numeric", expr.origin)

    def _odo_length(self, operand: ast.Expr) -> str | None:
        """The run-time length of an item ending with an ODO table (compile/odo.py)."""
        if not isinstance(operand, ast.Identifier) or operand.refmod is not None:
            return None
        named = self.lookup(operand)
        if not isinstance(named, DataEntry):
            return None
        return odo_length(self, named)

    def _num_identifier(self, ident: ast.Identifier) -> Num:
        named = self.lookup(ident)
        if isinstance(named, ConditionEntry):
            raise CobolSemanticError(f"'{ident.name}' is a condition name", ident.origin)
        ref = self.ref(ident)
        if not ref.numeric:
            raise CobolSemanticError(f"'{ident.display_name()}' is not numeric", ident.origin)
        if ref.var is not None:
            return Num(ref.var, ref.ftype.scale)
        return Num(self.read_value(ref), ref.ftype.scale)

    def read_value(self, ref: Ref) -> str:
        """The unscaled value of a numeric item held in bytes. A DISPLAY item holding digits
        only is read in line (``int`` of its bytes: what every libcob routine gives for
        digits); anything else goes through its reader (storage.reader, libcob's rules)."""
        ftype = ref.ftype
        call = f"{self.getter(ftype)}({ref.buf}, {ref.off})"
        if ftype.usage is Usage.PACKED:
            # Valid nibbles (the usual case) in line: the digits of the hex text, negative
            # when a signed item's sign nibble is D (storage._packed_reader otherwise).
            text, digits = self.temp(), self.temp()
            head = f"({digits} := ({text} := {self.slice(ref)}.hex())[:-1]).isdigit()"
            if not ftype.signed:
                return self.shadows.site(ref, "value", f"(int({digits}) if {head} else {call})")
            value = f"(-int({digits}) if {text}[-1] == 'd' else int({digits}))"
            return self.shadows.site(ref, "value", f"({value} if {head} else {call})")
        if ftype.usage is not Usage.DISPLAY or ftype.sign_separate or ftype.sign_leading:
            return call
        if ftype.sign_ebcdic:
            return call  # a read punches the sign byte, even of plain digits (sign_ebcdic.py)
        short = short_read(self, ref, lambda raw: call)  # one or two bytes: digits.py
        if short is not None:
            return self.shadows.site(ref, "value", short)
        raw = self.temp()
        read = f"(int({raw}) if ({raw} := {self.slice(ref)}).isdigit() else {call})"
        return self.shadows.site(ref, "value", read)

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
            return division(left, right)
        exponent = _integer_literal(expr.right)
        if exponent is not None and exponent >= 0:
            target = left.scale * exponent
        else:
            target = support.MAX_DIGITS
        code = f"_pow({left.code}, {left.scale}, {right.code}, {right.scale}, {target})"
        return Num(code, target, True)

    def numeric_function(self, call: ast.FunctionCall) -> Num:
        name = call.name
        udf = user_function(self, call)  # a FUNCTION-ID (compile/functions.py)
        if udf is not None:
            return Num(*function_number(self, call, udf))
        shaped = intrinsic_calls.numeric(self, call) or intrinsic_calls.length_of_result(self, call)
        if shaped is not None:  # libcob's result field (runtime/intrinsic_fields.py)
            return shaped
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
            divisor = _integer_literal(args[1])
            if name == "MOD" and divisor and a.scale == 0 and b.scale == 0:
                # In line, intrinsics.mod of integers: Python's % is a - b * FLOOR(a / b).
                return Num(f"({a.code} % {divisor})", 0, a.may_fail)
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
        if name in ("LENGTH", "LENGTH-AN"):
            # an ANY LENGTH item's length is a run-time value in cobc 3.1.2, displayed with 9
            # digits as for FUNCTION TRIM's (probe any_length: 000000010)
            self._arity(call, 1)
            varying = self._odo_length(args[0])  # OCCURS DEPENDING ON (compile/odo.py)
            if varying is not None:
                return Num(varying, 0)
            text = self.alphanumeric(args[0])
            if text.static_length is not None and not self._any_length(args[0]):
                return Num(text.length, 0)
            # a run-time length may name a temporary that only the value's code assigns
            # (FUNCTION LENGTH (FUNCTION TRIM (X)) was a NameError)
            return Num(f"len({text.code})", 0)
        if name == "NUMVAL":
            self._arity(call, 1)
            text = self.alphanumeric(args[0])
            scale = text.static_length or 38
            return Num(f"_I.numval({text.code}, {scale})", scale)
        if name == "ORD":
            self._arity(call, 1)
            text = self.alphanumeric(args[0])
            return Num(f"({text.code}[0] + 1)", 0)
        if name in intrinsics.MATH_FUNCTIONS:
            return self._math_function(call, args)
        if name == "TEST-NUMVAL":
            self._arity(call, 1)
            return Num(f"_I.test_numval({self.alphanumeric(args[0]).code})", 0)
        if name in ("ORD-MAX", "ORD-MIN"):
            if not args:
                raise CobolSemanticError(f"FUNCTION {name} needs arguments", call.origin)
            values = [self.num(arg) for arg in args]
            parts = ", ".join(f"({value.code}, {value.scale})" for value in values)
            return Num(f"_I.{name.lower().replace('-', '_')}({parts})", 0)
        if name in ("TEST-DATE-YYYYMMDD", "TEST-DAY-YYYYDDD"):
            self._arity(call, 1)
            arg = self.num(args[0])
            function = name.lower().replace("-", "_")
            return Num(f"_I.{function}({arg.code}, {arg.scale})", 0, arg.may_fail)
        if name in ("YEAR-TO-YYYY", "DATE-TO-YYYYMMDD", "DAY-TO-YYYYDDD"):
            if not 1 <= len(args) <= 3:
                raise CobolSemanticError(f"FUNCTION {name} takes 1 to 3 arguments", call.origin)
            codes = ", ".join(self.integer(arg) for arg in args)
            return Num(f"_I.{name.lower().replace('-', '_')}({codes})", 0)
        if name == "NUMVAL-C":
            self._arity(call, 1)
            text = self.alphanumeric(args[0])
            scale = text.static_length or 38
            return Num(f"_I.numval_c({text.code}, {scale})", scale)
        if name == "BYTE-LENGTH":
            self._arity(call, 1)
            return Num(self.alphanumeric(args[0]).length, 0)
        if name == "SECONDS-PAST-MIDNIGHT":
            self._arity(call, 0)
            return Num("_I.seconds_past_midnight()", 0)
        raise intrinsic_calls.unsupported(call)

    def _math_function(self, call: ast.FunctionCall, args: list[ast.Expr]) -> Num:
        """SQRT, SIN, VARIANCE...: computed to intrinsics.FUNCTION_SCALE decimals."""
        if call.name in ("PI", "E"):
            self._arity(call, 0)
        elif call.name in MULTI_ARGUMENT_FUNCTIONS:
            if not args:
                raise CobolSemanticError(f"FUNCTION {call.name} needs arguments", call.origin)
        else:
            self._arity(call, 1)
        values = [self.num(arg) for arg in args]
        parts = "".join(f", ({value.code}, {value.scale})" for value in values)
        scale = intrinsics.FUNCTION_SCALE
        code = f"_I.math_function({call.name!r}, {scale}{parts})"
        return Num(code, scale, any(value.may_fail for value in values))

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
        added = intrinsic_calls.text(self, call)
        if added is not None:
            return added
        udf = user_function(self, call)  # a FUNCTION-ID (compile/functions.py)
        if udf is not None:
            return function_text(self, call, udf)
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
            return self._refmodded(Text("_I.current_date(_ENV)", "21", 21, alphanumeric(21)), call)
        if name in exceptions.FUNCTIONS:
            self._arity(call, 0)
            return self._computed_text(f"_X.{exceptions.FUNCTIONS[name]}()", call)
        if name == "WHEN-COMPILED":
            stamp = self.const(intrinsics.current_date(), "_b")
            return self._refmodded(Text(stamp, "21", 21, alphanumeric(21)), call)
        if name == "SUBSTITUTE":
            if len(call.args) < 3 or len(call.args) % 2 == 0:
                raise CobolSemanticError(
                    "FUNCTION SUBSTITUTE takes a text and pairs of from / to strings", call.origin
                )
            codes = ", ".join(self.alphanumeric(arg).code for arg in call.args)
            return self._computed_text(f"_I.substitute({codes})", call)
        if name == "CONCATENATE":
            if not call.args:
                raise CobolSemanticError("FUNCTION CONCATENATE needs arguments", call.origin)
            codes = ", ".join(self.alphanumeric(arg).code for arg in call.args)
            return self._computed_text(f"_I.concatenate({codes})", call)
        if name == "CHAR":
            self._arity(call, 1)
            ordinal = self.num(call.args[0])  # type: ignore[arg-type]
            code = f"_I.char({ordinal.code}, {ordinal.scale})"
            return self._refmodded(Text(code, "1", 1, alphanumeric(1)), call)
        raise intrinsic_calls.unsupported(call)

    def _computed_text(self, code: str, call: ast.FunctionCall) -> Text:
        temp = self.temp()
        text = Text(f"({temp} := {code})", f"len({temp})", None, alphanumeric(0))
        return self._refmodded(text, call)

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
        if isinstance(
            expr, ast.NumericLiteral | ast.BinaryOp | ast.UnaryOp | ast.LengthOf | ast.AddressOf
        ):
            return True
        if isinstance(expr, ast.Identifier):
            named = self.lookup(expr)
            if isinstance(named, IndexEntry):
                return True
            if isinstance(named, DataEntry) and expr.refmod is None:
                return named.ftype.category is Category.NUMERIC
            return False
        if isinstance(expr, ast.FunctionCall):
            udf = user_function(self, expr)
            if udf is not None:
                return is_numeric_function(udf, expr)
            return expr.name not in ALPHANUMERIC_FUNCTIONS
        return False
