"""Numeric intrinsic functions compiled to libcob's result fields (runtime/intrinsic_fields.py).

A call becomes code that builds the function's :class:`~idrs_sandbox.runtime.intrinsic_fields.
Result` at run time; arithmetic reads its value at a scale fixed here (``static scale``: large
enough to hold every decimal libcob keeps for the function, so the value is exact), DISPLAY
shows the field and MOVE moves it as libcob does. Numeric arguments are passed as fields too:
a literal as cobc builds it, an item as its own field, an expression as cob_intr_binop's
result, a nested function as its result.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.cobol.intrinsic_names import COBC_FUNCTIONS, COBC_NOT_IMPLEMENTED
from idrs_sandbox.records import layout as rl
from idrs_sandbox.runtime import (
    floats,
    intrinsic_fields,
    iso8601,
    locales,
    pointer_content,
    randoms,
)
from idrs_sandbox.runtime.compile.functions import user_function
from idrs_sandbox.runtime.compile.locations import location
from idrs_sandbox.runtime.compile.values import Num, Text
from idrs_sandbox.runtime.data import DataEntry
from idrs_sandbox.runtime.fields import Category

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.expressions import Expressions

WIDE = 130
"""The static scale of a function whose decimals depend on its value (96 significant digits
of a mathematical function, 38 more decimals per cob_decimal_div)."""


@dataclass(frozen=True)
class Spec:
    """How one function is called: its runtime function, its arguments (``num`` fields or
    ``text`` bytes), their count, and the static scale of its value."""

    function: str
    kind: str  # "num" or "text"
    least: int
    most: int | None  # None: any number
    scale: str  # "zero", "args" (the largest argument's), "wide", "numval"


def _specs() -> dict[str, Spec]:
    one = {
        "ABS": ("abs_", "args"),
        "INTEGER": ("integer", "zero"),
        "INTEGER-PART": ("integer_part", "zero"),
        "FRACTION-PART": ("fraction_part", "args"),
        "SIGN": ("sign", "zero"),
        "FACTORIAL": ("factorial", "zero"),
        "EXP": ("exp", "wide"),
        "EXP10": ("exp10", "wide"),
        "LOG": ("log", "wide"),
        "LOG10": ("log10", "wide"),
        "SQRT": ("sqrt", "wide"),
        "SIN": ("sin", "wide"),
        "COS": ("cos", "wide"),
        "TAN": ("tan", "wide"),
        "ASIN": ("asin", "wide"),
        "ACOS": ("acos", "wide"),
        "ATAN": ("atan", "wide"),
        "INTEGER-OF-DATE": ("integer_of_date", "zero"),
        "INTEGER-OF-DAY": ("integer_of_day", "zero"),
        "DATE-OF-INTEGER": ("date_of_integer", "zero"),
        "DAY-OF-INTEGER": ("day_of_integer", "zero"),
        "TEST-DATE-YYYYMMDD": ("test_date_yyyymmdd", "zero"),
        "TEST-DAY-YYYYDDD": ("test_day_yyyyddd", "zero"),
    }
    specs = {name: Spec(fn, "num", 1, 1, scale) for name, (fn, scale) in one.items()}
    many = {
        "MAX": ("max_", "args"),
        "MIN": ("min_", "args"),
        "SUM": ("sum_", "args"),
        "MEAN": ("mean", "wide"),
        "MEDIAN": ("median", "wide"),
        "MIDRANGE": ("midrange", "wide"),
        "RANGE": ("range_", "args"),
        "VARIANCE": ("variance", "wide"),
        "STANDARD-DEVIATION": ("standard_deviation", "wide"),
        "ORD-MAX": ("ord_max", "zero"),
        "ORD-MIN": ("ord_min", "zero"),
    }
    specs.update({name: Spec(fn, "num", 1, None, scale) for name, (fn, scale) in many.items()})
    specs["PRESENT-VALUE"] = Spec("present_value", "num", 2, None, "wide")
    specs["ANNUITY"] = Spec("annuity", "num", 2, 2, "wide")
    specs["MOD"] = Spec("mod", "num", 2, 2, "args")
    specs["REM"] = Spec("rem", "num", 2, 2, "args")
    specs["COMBINED-DATETIME"] = Spec("combined_datetime", "num", 2, 2, "wide")
    specs["PI"] = Spec("pi", "num", 0, 0, "wide")
    specs["E"] = Spec("e", "num", 0, 0, "wide")
    specs["SECONDS-PAST-MIDNIGHT"] = Spec("seconds_past_midnight", "num", 0, 0, "zero")
    for name in ("YEAR-TO-YYYY", "DATE-TO-YYYYMMDD", "DAY-TO-YYYYDDD"):
        specs[name] = Spec(name.lower().replace("-", "_"), "num", 1, 3, "zero")
    text = {
        "NUMVAL": ("numval", "numval"),
        "NUMVAL-C": ("numval_c", "numval"),
        "NUMVAL-F": ("numval_f", "wide"),
        "TEST-NUMVAL": ("test_numval", "zero"),
        "TEST-NUMVAL-C": ("test_numval_c", "zero"),
        "TEST-NUMVAL-F": ("test_numval_f", "zero"),
        "ORD": ("ord_", "zero"),
        "STORED-CHAR-LENGTH": ("stored_char_length", "zero"),
    }
    specs.update({name: Spec(fn, "text", 1, 1, scale) for name, (fn, scale) in text.items()})
    specs["NUMVAL-C"] = Spec("numval_c", "text", 1, 2, "numval")
    specs["TEST-NUMVAL-C"] = Spec("test_numval_c", "text", 1, 2, "zero")
    for name in ("INTEGER-OF-FORMATTED-DATE", "TEST-FORMATTED-DATETIME"):
        specs[name] = Spec(name.lower().replace("-", "_"), "iso", 2, 2, "zero")
    specs["SECONDS-FROM-FORMATTED-TIME"] = Spec(
        "seconds_from_formatted_time", "iso", 2, 2, "iso_seconds"
    )
    specs["RANDOM"] = Spec("random", "random", 0, 1, "float")
    specs["CONTENT-LENGTH"] = Spec("content_length", "pointer", 1, 1, "zero")
    specs["MODULE-DATE"] = Spec("", "compiled", 0, 0, "zero")
    specs["MODULE-TIME"] = Spec("", "compiled", 0, 0, "zero")
    specs["HIGHEST-ALGEBRAIC"] = Spec("", "item", 1, 1, "zero")
    specs["LOWEST-ALGEBRAIC"] = Spec("", "item", 1, 1, "zero")
    return specs


SPECS = _specs()
"""Every numeric function built as a libcob result field."""


def _check_arity(call: ast.FunctionCall, spec: Spec, count: int) -> None:
    if count < spec.least or (spec.most is not None and count > spec.most):
        if spec.most == spec.least:
            wanted = f"{spec.least} argument(s)"
        elif spec.most is None:
            wanted = f"at least {spec.least} argument(s)"
        else:
            wanted = f"{spec.least} to {spec.most} arguments"
        raise CobolSemanticError(f"FUNCTION {call.name} takes {wanted}, got {count}", call.origin)


def module(c: Expressions) -> str:
    return c.const(intrinsic_fields, "_IF")


def field(c: Expressions, expr: ast.Expr) -> tuple[str, int, bool]:
    """A numeric argument as a Result: (code, static scale, may fail)."""
    fields = module(c)
    if isinstance(expr, ast.FunctionCall):
        shaped = result(c, expr)
        if shaped is not None:
            return shaped
    if isinstance(expr, ast.NumericLiteral):
        built = intrinsic_fields.literal(expr.text, expr.unscaled, expr.scale)
        return c.const(built, "_lit"), max(expr.scale, 0), False
    if isinstance(expr, ast.Identifier) and expr.refmod is None:
        named = c.lookup(expr)
        if isinstance(named, DataEntry):
            ref = c.ref(expr)
            if ref.numeric:
                num = c.num(expr)
                ftype = c.const(ref.ftype, "_ft")
                return f"{fields}.item({ftype}, {num.code})", num.scale, num.may_fail
    num = c.num(expr)
    return f"{fields}.alloc({num.code}, {num.scale})", max(num.scale, 0), num.may_fail


def result(c: Expressions, call: ast.FunctionCall) -> tuple[str, int, bool] | None:
    """(code building the Result, static scale, may fail), or None for a function that is not
    built here."""
    spec = SPECS.get(call.name)
    if spec is None or user_function(c, call) is not None:  # a FUNCTION-ID: compile/functions.py
        return None
    args = [arg for arg in call.args if not isinstance(arg, str)]
    _check_arity(call, spec, len(args))
    fields = module(c)
    if spec.kind == "iso":
        _check_format(c, call, args[0])
        texts = ", ".join(c.alphanumeric(arg).code for arg in args)
        code = f"{c.const(iso8601, '_ISO')}.{spec.function}({texts}, {_point(c)!r})"
        scale = iso8601.DECIMALS_MAX if spec.scale == "iso_seconds" else 0
        return located(c, code), scale, False
    if spec.kind == "random":
        seed = [field(c, arg) for arg in args]
        generator = c.const(randoms, "_RND")
        code = f"{generator}.random(_streams.random{''.join(', ' + part[0] for part in seed)})"
        return code, floats.FLOAT_SCALE, any(part[2] for part in seed)
    if spec.kind == "pointer":
        address = c.num(_pointer(c, call, args[0])).code
        code = f"{c.const(pointer_content, '_PC')}.content_length(globals(), {address})"
        return located(c, code), 0, False
    if spec.kind == "item":  # the item's decimals (LOWEST-ALGEBRAIC of $**,**9.99BCR)
        named = c.lookup(args[0]) if isinstance(args[0], ast.Identifier) else None
        scale = max(named.ftype.scale, 0) if isinstance(named, DataEntry) else 0
        return _algebraic(c, call, args), scale, False
    if spec.kind == "compiled":
        return _compiled(c, call), 0, False
    if spec.kind == "text":
        codes = [c.alphanumeric(arg).code for arg in args]
        if c.program.decimal_comma and spec.function in _POINTED:
            codes.append("point=0x2C")  # the point is the comma (libcob's module decimal_point)
        code = f"{fields}.{spec.function}({', '.join(codes)})"
        return located(c, code), WIDE if spec.scale == "wide" else _scale(spec, []), False
    parts = [field(c, arg) for arg in args]
    code = f"{fields}.{spec.function}({', '.join(part[0] for part in parts)})"
    scale = _scale(spec, [part[1] for part in parts])
    return located(c, code), scale, any(part[2] for part in parts)


_POINTED = frozenset(
    {"numval", "numval_c", "numval_f", "test_numval", "test_numval_c", "test_numval_f"}
)
"""The functions that read the program's decimal point."""


def located(c: Expressions, code: str) -> str:
    """The call's code, made to record the statement's location with an exception it raises
    (EC-ARGUMENT-FUNCTION: libcob's cob_set_exception takes the statement's line in a program
    built with -debug), in a program that references EXCEPTION-* functions."""
    statement = c.statement_at
    if not c.tracks_exceptions or statement is None:
        return code
    where = location(c, statement.origin.line, type(statement).__name__.upper())
    return f"_X.located(_X.mark(), {code}, {where} if _XLOC[0] else None)"


def _point(c: Expressions) -> str:
    """COB_MODULE_PTR->decimal_point: ',' with DECIMAL-POINT IS COMMA."""
    return "," if c.program.decimal_comma else "."


ISO_FORMATS = {
    "FORMATTED-DATE": "date",
    "FORMATTED-TIME": "time",
    "FORMATTED-DATETIME": "datetime",
    "FORMATTED-CURRENT-DATE": "datetime",
    "INTEGER-OF-FORMATTED-DATE": "date or datetime",
    "SECONDS-FROM-FORMATTED-TIME": "time or datetime",
    "TEST-FORMATTED-DATETIME": "any",
}
"""The formats cobc's valid_format accepts for each function (cobc/tree.c)."""


def _check_format(c: Expressions, call: ast.FunctionCall, arg: ast.Expr) -> None:
    """cobc checks a literal format at compile time: "FUNCTION 'X' has invalid date/time
    format" (a format in an item is checked when the program runs)."""
    if not isinstance(arg, ast.AlphanumericLiteral):
        return
    text = arg.value.decode("latin-1")
    point = _point(c)
    checks = {
        "date": iso8601.valid_date_format(text),
        "time": iso8601.valid_time_format(text, point),
        "datetime": iso8601.valid_datetime_format(text, point),
    }
    wanted = ISO_FORMATS[call.name]
    kinds = checks if wanted == "any" else wanted.split(" or ")
    if not any(checks[kind] for kind in kinds):
        raise CobolSemanticError(
            f"FUNCTION '{call.name}' has invalid date/time format", call.origin
        )


_ISO_ARITY = {
    "FORMATTED-DATE": (2, 2),
    "FORMATTED-TIME": (2, 3),
    "FORMATTED-DATETIME": (3, 4),
    "FORMATTED-CURRENT-DATE": (1, 1),
}


def _iso_text(c: Expressions, call: ast.FunctionCall) -> Text:
    """FORMATTED-DATE, -TIME, -DATETIME, -CURRENT-DATE (runtime/iso8601.py)."""
    args = [arg for arg in call.args if not isinstance(arg, str)]
    system = "SYSTEM-OFFSET" in call.args
    least, most = _ISO_ARITY[call.name]
    if system and len(args) == most and call.name in ("FORMATTED-TIME", "FORMATTED-DATETIME"):
        raise CobolSemanticError(
            "cannot specify offset and SYSTEM-OFFSET at the same time", call.origin
        )
    if not least <= len(args) <= most or (system and most == least):
        raise CobolSemanticError(
            f"FUNCTION '{call.name}' has wrong number of arguments", call.origin
        )
    _check_format(c, call, args[0])
    iso = c.const(iso8601, "_ISO")
    fmt = c.alphanumeric(args[0]).code
    numbers = [field(c, arg)[0] for arg in args[1:]]
    if call.name == "FORMATTED-DATE":
        code = f"{iso}.formatted_date({fmt}, {numbers[0]})"
    elif call.name == "FORMATTED-CURRENT-DATE":
        code = f"{iso}.formatted_current_date({fmt}, _ENV, {_point(c)!r})"
    else:
        fixed_count = 1 if call.name == "FORMATTED-TIME" else 2
        offset = numbers[fixed_count] if len(numbers) > fixed_count else "None"
        given = ", ".join(numbers[:fixed_count])
        code = (
            f"{iso}.{call.name.lower().replace('-', '_')}({fmt}, {given}, {offset}, "
            f"{system}, {_point(c)!r})"
        )
    return c._computed_text(located(c, code), call)


def _algebraic(c: Expressions, call: ast.FunctionCall, args: list[ast.Expr]) -> str:
    """HIGHEST- / LOWEST-ALGEBRAIC of a numeric item: a constant field (cobc refuses any other
    argument, and so does this)."""
    arg = args[0]
    named = c.lookup(arg) if isinstance(arg, ast.Identifier) else None
    if not isinstance(named, DataEntry) or named.ftype.category not in (
        Category.NUMERIC,
        Category.NUMERIC_EDITED,
    ):
        raise CobolSemanticError(f"FUNCTION {call.name} has invalid argument", call.origin)
    highest = call.name == "HIGHEST-ALGEBRAIC"
    return c.const(intrinsic_fields.algebraic_limit(named.ftype, highest), "_lit")


def _compiled(c: Expressions, call: ast.FunctionCall) -> str:
    """MODULE-DATE / MODULE-TIME: when the program was compiled (cobc's COB_MODULE_DATE and
    _TIME, its local time), in unsigned DISPLAY fields of 8 and 6 digits."""
    now = _compile_moment(c)
    if call.name == "MODULE-DATE":
        built = intrinsic_fields.fixed(now.year * 10000 + now.month * 100 + now.day, 8)
    else:
        built = intrinsic_fields.fixed(now.hour * 10000 + now.minute * 100 + now.second, 6)
    return c.const(built, "_lit")


def _compile_moment(c: Expressions) -> dt.datetime:
    """One moment per compiled program, kept in its namespace."""
    moment: dt.datetime = c.namespace.setdefault("_COMPILED_AT", dt.datetime.now())
    return moment


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def text(c: Expressions, call: ast.FunctionCall) -> Text | None:
    """Alphanumeric functions added here: CONCAT, SUBSTITUTE-CASE, MODULE-ID, the ISO 8601
    FORMATTED-* functions."""
    if call.name in _ISO_ARITY:
        return _iso_text(c, call)
    if call.name in _LOCALE_FUNCTIONS:
        return _locale_text(c, call)
    if call.name == "CONTENT-OF":
        return _content_of(c, call)
    args = [arg for arg in call.args if not isinstance(arg, str)]
    if call.name == "CONCAT":
        if not args:
            raise CobolSemanticError("FUNCTION CONCAT needs arguments", call.origin)
        codes = ", ".join(c.alphanumeric(arg).code for arg in args)
        return c._computed_text(f"_I.concatenate({codes})", call)
    if call.name == "SUBSTITUTE-CASE":
        if len(args) < 3 or len(args) % 2 == 0:
            raise CobolSemanticError(
                "FUNCTION SUBSTITUTE-CASE takes a text and pairs of from / to strings",
                call.origin,
            )
        codes = ", ".join(c.alphanumeric(arg).code for arg in args)
        return c._computed_text(f"{module(c)}.substitute_case({codes})", call)
    if call.name == "MODULE-FORMATTED-DATE":
        # cobc: strftime ("%b %d %Y %H:%M:%S") of the compile time, in the C locale
        now = _compile_moment(c)
        stamp = f"{_MONTHS[now.month - 1]} {now:%d %Y %H:%M:%S}".encode()
        return c._computed_text(c.const(stamp, "_b"), call)
    if call.name in ("MODULE-CALLER-ID", "MODULE-SOURCE", "MODULE-PATH"):
        return _module_text(c, call)
    if call.name == "MODULE-ID":
        # libcob's module name: the PROGRAM-ID as written (cobc: modProg shows modProg)
        return c._computed_text(c.const(c.program.name.encode("latin-1"), "_b"), call)
    return None


def _module_text(c: Expressions, call: ast.FunctionCall) -> Text:
    """MODULE-CALLER-ID: the PROGRAM-ID of the program that CALLed this one, empty in the main
    program (libcob: COB_MODULE_PTR->next; runtime/call.py sets ``_MODCALLER`` for each CALL).
    MODULE-SOURCE: the source file's path from the folder the run started in (cobc: the name
    given to cobc, from the folder it compiled in; runtime/intrinsics.py module_source).
    MODULE-PATH: cobc gives the absolute path of the executable or module that holds the
    program; the engine runs the source itself, so it gives the source file's absolute path
    (a deliberate difference: docs/interpreter.md)."""
    if call.args:
        raise CobolSemanticError(
            f"FUNCTION '{call.name}' has wrong number of arguments", call.origin
        )
    if call.name == "MODULE-CALLER-ID":
        c.namespace.setdefault("_MODCALLER", b"")
        return c._computed_text("_MODCALLER", call)
    main = c.program.source.main  # a text given without a file: its name
    path = os.path.abspath(main.path if main.path is not None else main.name)
    if call.name == "MODULE-SOURCE":
        code = f"_I.module_source({path!r}, _streams.cwd)"
        return c._computed_text(code, call)
    return c._computed_text(c.const(path.encode("latin-1"), "_b"), call)


_LOCALE_FUNCTIONS = {
    "LOCALE-DATE": "locale_date",
    "LOCALE-TIME": "locale_time",
    "LOCALE-TIME-FROM-SECONDS": "locale_time_from_seconds",
    "LOCALE-COMPARE": "locale_compare",
    "CURRENCY-SYMBOL": "currency_symbol",
    "MONETARY-DECIMAL-POINT": "monetary_decimal_point",
    "MONETARY-THOUSANDS-SEPARATOR": "monetary_thousands_separator",
    "NUMERIC-DECIMAL-POINT": "numeric_decimal_point",
    "NUMERIC-THOUSANDS-SEPARATOR": "numeric_thousands_separator",
}
"""The locale functions (runtime/locales.py), each given the run's environment."""


def _locale_text(c: Expressions, call: ast.FunctionCall) -> Text:
    """The locale functions: LOCALE-DATE / -TIME / -TIME-FROM-SECONDS (value [, locale item]),
    LOCALE-COMPARE (a, b [, locale]), the five without arguments."""
    args = [arg for arg in call.args if not isinstance(arg, str)]
    counts = {"LOCALE-COMPARE": (2, 3)}.get(call.name, (1, 2) if "LOCALE" in call.name else (0, 0))
    if not counts[0] <= len(args) <= counts[1] or len(args) != len(call.args):
        raise CobolSemanticError(
            f"FUNCTION '{call.name}' has wrong number of arguments", call.origin
        )
    codes = ["_streams.environ"]
    if call.name == "LOCALE-COMPARE":
        codes += [c.alphanumeric(arg).code for arg in args]
    elif args:
        codes.append(_value_or_text(c, args[0]))
        if len(args) == 2:
            if not isinstance(args[1], ast.Identifier):
                # cobc: "syntax error, unexpected Literal, expecting Identifier"
                raise CobolSemanticError(
                    f"FUNCTION '{call.name}': the locale must be a data item", args[1].origin
                )
            codes.append(c.alphanumeric(args[1]).code)
        else:
            codes.append("None")
    code = f"{c.const(locales, '_LOC')}.{_LOCALE_FUNCTIONS[call.name]}({', '.join(codes)})"
    return c._computed_text(located(c, code), call)


def _value_or_text(c: Expressions, arg: ast.Expr) -> str:
    """A numeric argument as its field (libcob: cob_get_int), any other as its bytes."""
    if c.is_numeric_operand(arg):
        return field(c, arg)[0]
    return c.alphanumeric(arg).code


def _pointer(c: Expressions, call: ast.FunctionCall, arg: ast.Expr) -> ast.Expr:
    """CONTENT-LENGTH / CONTENT-OF take a POINTER item (cobc: "FUNCTION 'X' has invalid
    argument" for another item or a literal; ADDRESS OF there is a syntax error)."""
    named = c.lookup(arg) if isinstance(arg, ast.Identifier) else None
    pointer = (
        isinstance(named, DataEntry)
        and named.layout is not None
        and named.layout.usage is rl.Usage.POINTER
    )
    if not pointer:
        raise CobolSemanticError(f"FUNCTION '{call.name}' has invalid argument", call.origin)
    return arg


def _content_of(c: Expressions, call: ast.FunctionCall) -> Text:
    """CONTENT-OF (pointer [, length]): runtime/pointer_content.py."""
    args = [arg for arg in call.args if not isinstance(arg, str)]
    if not 1 <= len(args) <= 2 or len(args) != len(call.args):
        raise CobolSemanticError(
            f"FUNCTION '{call.name}' has wrong number of arguments", call.origin
        )
    address = c.num(_pointer(c, call, args[0])).code
    length = field(c, args[1])[0] if len(args) == 2 else "None"
    code = f"{c.const(pointer_content, '_PC')}.content_of(globals(), {address}, {length})"
    return c._computed_text(located(c, code), call)


def _scale(spec: Spec, scales: list[int]) -> int:
    if spec.scale == "args":
        return max(scales, default=0)
    if spec.scale == "numval":
        return intrinsic_fields.MAX_DIGITS + 1
    if spec.scale == "wide":
        return WIDE
    if spec.scale == "float":
        return floats.FLOAT_SCALE
    return 0


VALUE_IN_LINE = frozenset(
    {"INTEGER-OF-DATE", "DATE-OF-INTEGER", "INTEGER-OF-DAY", "DAY-OF-INTEGER", "MOD", "REM"}
)
"""Integer date functions, MOD and REM: arithmetic reads their value straight from
runtime/intrinsics.py (the same number as the field's), so POSTING.cbl's generated code, which
calls them, stays as it was."""


def numeric(c: Expressions, call: ast.FunctionCall) -> Num | None:
    """The function's value for arithmetic and comparisons."""
    if call.name in VALUE_IN_LINE:
        return None
    shaped = result(c, call)
    if shaped is None:
        return None
    code, scale, fails = shaped
    return Num(f"{module(c)}.at_scale({code}, {scale})", scale, fails)


def shown(c: Expressions, call: ast.FunctionCall) -> str | None:
    """DISPLAY's bytes for the function's field."""
    if call.name in ("LENGTH", "BYTE-LENGTH"):
        return _length_shown(c, call)
    shaped = result(c, call)
    if shaped is None:
        return None
    return f"{module(c)}.shown({shaped[0]})"


def _length_shown(c: Expressions, call: ast.FunctionCall) -> str | None:
    """LENGTH / BYTE-LENGTH of a function: libcob's 9-digit field (cobc folds the length of an
    item or a literal into a literal, see statements/io.py)."""
    if len(call.args) != 1 or not isinstance(call.args[0], ast.FunctionCall):
        return None
    inner = result(c, call.args[0])
    if inner is None:
        return None
    return f"{module(c)}.shown({module(c)}.uint({module(c)}.size({inner[0]})))"


def length_of_result(c: Expressions, call: ast.FunctionCall) -> Num | None:
    """FUNCTION LENGTH (numeric function): the size of its result field."""
    if len(call.args) != 1 or not isinstance(call.args[0], ast.FunctionCall):
        return None
    inner = result(c, call.args[0])
    if inner is None:
        return None
    return Num(f"{module(c)}.size({inner[0]})", 0)


def moved(c: Expressions, call: ast.FunctionCall, dst_type: object) -> str | None:
    """MOVE's bytes for the receiver."""
    shaped = result(c, call)
    if shaped is None:
        return None
    return f"{module(c)}.moved({shaped[0]}, {c.const(dst_type, '_ft')})"


def unsupported(call: ast.FunctionCall) -> CobolSemanticError:
    """The error for a function the engine cannot compile here, in cobc's words when cobc
    refuses it too: "FUNCTION 'X' unknown" (not a GnuCOBOL 3.1.2 function: HEX-OF is 3.2's)
    or "FUNCTION 'X' is not implemented"."""
    if call.name in COBC_NOT_IMPLEMENTED:
        return CobolSemanticError(f"FUNCTION '{call.name}' is not implemented", call.origin)
    if call.name not in COBC_FUNCTIONS:
        return CobolSemanticError(f"FUNCTION '{call.name}' unknown", call.origin)
    return CobolSemanticError(f"FUNCTION {call.name} is not supported here", call.origin)
