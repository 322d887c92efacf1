"""The values every job of the compiler passes around: storage references, numeric and
alphanumeric expressions, paragraphs, and the small pure helpers on them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.records import layout as rl
from idrs_sandbox.runtime import move as mv
from idrs_sandbox.runtime import storage, support
from idrs_sandbox.runtime.compile.literal_moves import alphanumeric_literal_bytes
from idrs_sandbox.runtime.data import (
    DataEntry,
    default_bytes,
    figurative_bytes,
    numeric_literal_bytes,
    value_bytes,
)
from idrs_sandbox.runtime.fields import Category, FieldType, Usage, alphanumeric
from idrs_sandbox.runtime.rounding import rounding_function

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


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


@dataclass
class Text:
    """An alphanumeric value in generated code: bytes expression and length."""

    code: str
    length: str
    static_length: int | None
    ftype: FieldType


ALPHANUMERIC_FUNCTIONS = frozenset(
    {"UPPER-CASE", "LOWER-CASE", "REVERSE", "TRIM", "CURRENT-DATE"}
    | {"WHEN-COMPILED", "SUBSTITUTE", "FORMATTED-DATE", "CONCATENATE", "CHAR"}
    | {"EXCEPTION-STATUS", "EXCEPTION-LOCATION", "EXCEPTION-STATEMENT", "EXCEPTION-FILE"}
    | {"CONCAT", "SUBSTITUTE-CASE", "MODULE-ID", "MODULE-FORMATTED-DATE"}
    | {"FORMATTED-TIME", "FORMATTED-DATETIME", "FORMATTED-CURRENT-DATE"}
    | {"MODULE-CALLER-ID", "MODULE-SOURCE", "MODULE-PATH"}
    | {"LOCALE-DATE", "LOCALE-TIME", "LOCALE-TIME-FROM-SECONDS", "LOCALE-COMPARE"}
    | {"CURRENCY-SYMBOL", "MONETARY-DECIMAL-POINT", "MONETARY-THOUSANDS-SEPARATOR"}
    | {"NUMERIC-DECIMAL-POINT", "NUMERIC-THOUSANDS-SEPARATOR", "CONTENT-OF"}
)
MULTI_ARGUMENT_FUNCTIONS = frozenset(
    {"SUM", "MEAN", "MEDIAN", "MIDRANGE", "RANGE", "VARIANCE", "STANDARD-DEVIATION"}
    | {"ANNUITY", "PRESENT-VALUE"}
)


# ---------------------------------------------------------------------------------------------
# helpers


_DECIMAL_USAGES = (Usage.DISPLAY, Usage.PACKED, Usage.BINARY)


def _adds_zero(operands: tuple[ast.Operand, ...]) -> bool:
    return len(operands) == 1 and _integer_literal(operands[0]) == 0


def _integer_literal(expr: ast.Expr | None) -> int | None:
    if isinstance(expr, ast.NumericLiteral) and expr.scale == 0:
        return int(expr.value)
    return None


def division_shift(dividend_scale: int, divisor_scale: int) -> int:
    """libcob cob_decimal_div: the dividend is scaled up by 38 decimals (COB_MAX_DIGITS), more
    when the divisor has more decimals than the dividend, so the quotient keeps 38 decimals
    beyond the scale difference before it is truncated. The one copy of that rule."""
    difference = dividend_scale - divisor_scale
    return support.MAX_DIGITS + (-difference if difference < 0 else 0)


def division(dividend: Num, divisor: Num) -> Num:
    """``dividend / divisor`` as libcob divides (see :func:`division_shift`); a zero divisor
    raises SizeError at run time (``may_fail``)."""
    shift = division_shift(dividend.scale, divisor.scale)
    scale = dividend.scale - divisor.scale + shift
    return Num(f"_div({dividend.code}, {divisor.code}, {10**shift})", scale, True)


def power_of_ten(exponent: int) -> str:
    """``10**exponent`` as generated code: the digits, or the expression when they are more
    than Python prints (a FLOAT-DECIMAL-34 value has 6,210 decimals, floats.py)."""
    return str(10**exponent) if exponent <= 1000 else f"10**{exponent}"


def _scaled(num: Num, scale: int) -> str:
    if scale == num.scale:
        return num.code
    return f"({num.code} * {power_of_ten(scale - num.scale)})"


def _rescaled(num: Num, target: int, rounded: bool | str) -> str:
    """``num`` with ``target`` decimals; ``rounded`` is False (truncate), True (ROUNDED) or a
    ROUNDED MODE name (runtime/rounding.py)."""
    if num.scale == target:
        return num.code
    if num.scale < target:
        return f"({num.code} * {power_of_ten(target - num.scale)})"
    factor = power_of_ten(num.scale - target)
    return f"{rounding_function(rounded)}({num.code}, {factor})"


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
    ) and (a.sign_ebcdic, a.byteorder) == (b.sign_ebcdic, b.byteorder)


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
    built = alphanumeric_literal_bytes(source.value, dst)  # cobc's compile-time rules
    if built is not None:
        return built
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
    entry: DataEntry,
    replacing: dict[str, ast.Operand],
    compiler: Compiler,
    *,
    with_filler: bool = False,
    to_value: bool = False,
) -> list[tuple[int, bytes]]:
    """INITIALIZE: (offset from the item, bytes) for every elementary item below it, FILLER and
    REDEFINES skipped (probe ``initialize``); with REPLACING only the named categories change.
    WITH FILLER keeps FILLER items; ALL TO VALUE gives an item with a VALUE clause its VALUE
    (cobc 3.1.2 testsuite "REDEFINES values on FILLER and INITIALIZE": the VALUEs under a
    REDEFINES, ignored when the program starts, are used here)."""
    base = entry.offset
    pieces: list[tuple[int, bytes]] = []

    def visit(node: DataEntry, offset: int, top: bool) -> None:
        if not top and (
            (node.name is None and not with_filler)
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
            if to_value and node.item is not None and node.item.value is not None:
                data = value_bytes(node.item.value.literal.value, node.ftype)
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
