"""ARITHMETIC-OSVS (cobc -farithmetic-osvs, -std=ibm / mvs): IBM OS/VS COBOL's intermediate
results, as cobc 3.1.2 generates them (typeck.c decimal_expand / decimal_compute /
decimal_align, cb_walk_cond; libcob numeric.c).

cobc first finds ``dmax``, the largest scale of the receiving fields and of the operands it walks
(cb_walk_cond: every literal and field of the expression, the divisor of a division excepted;
also the literals a constant folding met, cb_set_dmax), then expands the expression into
cob_decimal operations in the order it generates them. After each operation the result waits
to be aligned (cob_decimal_align) to a scale: ``dmax``, or the scale the nesting of operands
gives (a product adds the scales of its operands, a quotient keeps its dividend's minus its
divisor's, at least ``dmax``). The alignment happens when the next operand is loaded, and only
then: the last operation of an expression stays unaligned. cob_decimal_align truncates toward
zero; asked for more decimals than it has, it drops as many more (libcob 3.1.2 shifts by the
negative difference in both cases), and that is reproduced too.

So ``COMPUTE R = ((A / 100) - (B / 100)) * 100`` with A = 399, B = 211 and R PIC 9(3) gives 100
(each quotient cut to 0 decimals) where the default dialect gives 188 (testsuite "OSVS
Arithmetic (1)"; probe dialect_arithmetic_osvs).

The scales are known at compile time; a quotient whose dividend is zero has scale 0 in libcob
and keeps its static scale here (the same value; only a later cob_decimal_align asked for more
decimals than the result has could differ).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.compile.values import Num, _scaled, division, power_of_ten
from idrs_sandbox.runtime.data import DataEntry
from idrs_sandbox.runtime.fields import Usage

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.expressions import Expressions

_LOADED_AS_INTEGER = (Usage.BINARY, Usage.NATIVE, Usage.INDEX, Usage.BINARY_X)
"""Usages decimal_expand loads with cob_decimal_set_llint (no scale pushed) when the item has
no decimals and 1, 2, 4 or 8 bytes."""


@dataclass
class Register:
    """A cob_decimal of the generated code: its value as a Python expression and its scale."""

    num: Num = field(default_factory=lambda: Num("0", 0))


class OsvsExpander:
    """One statement's (or one condition's) expansion state: cobc's expr_dmax,
    expr_dec_align / expr_x (the pending alignment) and expr_decp (the nesting scales)."""

    def __init__(self, compiler: Expressions, dmax: int) -> None:
        self.c = compiler
        self.dmax = dmax
        self.pending: Register | None = None
        self.pending_scale = -1
        self.scales: list[int] = []

    # -- cobc decimal_expand ------------------------------------------------------------------

    def expand(self, register: Register, node: ast.Expr) -> None:
        if isinstance(node, ast.BinaryOp):
            if node.op == "**":
                raise CobolSemanticError(
                    "exponentiation under arithmetic-osvs is not supported by the legacy engine",
                    node.origin,
                )
            self.expand(register, node.left)
            if isinstance(node.right, ast.NumericLiteral):
                # cb_build_decimal_literal: a constant, neither aligned before nor pushed
                self.compute(node.op, register, Register(self.c.num(node.right)))
                return
            other = Register()
            self.expand(other, node.right)
            self.compute(node.op, register, other)
            return
        if isinstance(node, ast.UnaryOp):
            if node.op == "+":
                self.expand(register, node.operand)
                return
            # cobc builds -x as 0 - x (cb_zero: loaded without alignment or push)
            register.num = Num("0", 0)
            other = Register()
            self.expand(other, node.operand)
            self.compute("-", register, other)
            return
        if isinstance(node, ast.Figurative):  # ZERO: cb_zero
            register.num = self.c.num(node)
            return
        self.align()
        register.num = self.c.num(node)
        if isinstance(node, ast.NumericLiteral):
            if node.digits >= 19 or node.scale != 0:
                self.scales.append(node.scale)
        elif isinstance(node, ast.Identifier):
            if not self._integer_item(node):
                self.scales.append(register.num.scale)
        elif isinstance(node, ast.FunctionCall):
            self.scales.append(0)

    def _integer_item(self, ident: ast.Identifier) -> bool:
        named = self.c.lookup(ident)
        if not isinstance(named, DataEntry) or ident.refmod is not None:
            return False
        ftype = named.ftype
        return ftype.usage in _LOADED_AS_INTEGER and ftype.scale == 0 and ftype.size in (1, 2, 4, 8)

    # -- cobc decimal_compute / decimal_align ---------------------------------------------------

    def compute(self, op: str, target: Register, operand: Register) -> None:
        if self.pending is not None and self.pending is not target:
            self.align()
        scale = self.dmax
        if len(self.scales) > 1:
            inner = self.scales.pop()
            outer = self.scales[-1]
            if op in "+-":
                outer = max(outer, inner)
            elif op == "*":
                outer += inner
            elif op == "/":
                outer = max(outer - inner, self.dmax)
            self.scales[-1] = outer
            scale = outer
        target.num = _operation(op, target.num, operand.num)
        self.pending, self.pending_scale = target, scale

    def align(self) -> None:
        if self.pending is None or self.pending_scale < 0:
            self.pending = None
            return
        self.pending.num = _aligned(self.pending.num, self.pending_scale)
        self.pending, self.pending_scale = None, -1


def _operation(op: str, left: Num, right: Num) -> Num:
    """libcob cob_decimal_add / sub (operands aligned up), mul, div."""
    fails = left.may_fail or right.may_fail
    if op in "+-":
        scale = max(left.scale, right.scale)
        code = f"({_scaled(left, scale)} {op} {_scaled(right, scale)})"
        return Num(code, scale, fails)
    if op == "*":
        return Num(f"({left.code} * {right.code})", left.scale + right.scale, fails)
    return division(left, right)


def _aligned(num: Num, scale: int) -> Num:
    """libcob cob_decimal_align: shifted right by |scale difference| decimals, truncating
    toward zero, whichever side the scale is (3.1.2 shifts by the negative difference when the
    number has fewer decimals than asked, so 1.5 aligned to 2 decimals is 1)."""
    if num.scale == scale:
        return num
    drop = abs(num.scale - scale)
    return Num(f"_trunc({num.code}, {power_of_ten(drop)})", num.scale - drop, num.may_fail)


# ---------------------------------------------------------------------------------------------
# dmax (cb_walk_cond) and cobc's constant folding (tree.c cb_build_binary_op)


def folded(node: ast.Expr, scales: list[int]) -> ast.Expr:
    """``node`` with cobc's constant folding applied (``1 + 2`` is the literal 3); the scales
    of the literal pairs it met go to ``scales`` (cb_set_dmax)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.NumericLiteral):
        if node.op == "-":
            value = -node.operand.value
            return ast.NumericLiteral(f"{value}", value, node.origin)
        return node.operand
    if not isinstance(node, ast.BinaryOp):
        return node
    left, right = folded(node.left, scales), folded(node.right, scales)
    node = ast.BinaryOp(node.op, left, right, node.origin)
    if not (isinstance(left, ast.NumericLiteral) and isinstance(right, ast.NumericLiteral)):
        return node
    scales += [left.scale, right.scale]
    result = _fold(node.op, left, right)
    if result is None:
        return node
    return ast.NumericLiteral(f"{result}", result, node.origin)


def _fold(op: str, left: ast.NumericLiteral, right: ast.NumericLiteral) -> Decimal | None:
    x, xs = _unscaled(left)
    y, ys = _unscaled(right)
    if op in "+-":
        scale = max(xs, ys)
        x, y = x * 10 ** (scale - xs), y * 10 ** (scale - ys)
        return _stripped(x + y if op == "+" else x - y, scale)
    if op == "*":
        return _stripped(x * y, xs + ys)
    if op != "/" or y == 0:
        return None
    x *= 10**ys
    quotient = _truncated_quotient(x, y) if x % y == 0 else 0
    if quotient != 0:
        return _stripped(quotient, xs)
    if xs != 0 or ys != 0 or x % y != 0:
        return None
    return _stripped(_truncated_quotient(x, y), xs)


def _truncated_quotient(x: int, y: int) -> int:
    quotient = abs(x) // abs(y)
    return -quotient if (x < 0) != (y < 0) else quotient


def _unscaled(literal: ast.NumericLiteral) -> tuple[int, int]:
    scale = literal.scale
    return int(literal.value.scaleb(scale)), scale


def _stripped(value: int, scale: int) -> Decimal:
    while scale > 0 and value != 0 and value % 10 == 0:
        value //= 10
        scale -= 1
    return Decimal(value).scaleb(-scale)


def walk_scale(node: ast.Expr | ast.Condition, dmax: int, compiler: Expressions) -> int:
    """cb_walk_cond: the largest scale of the literals and fields of ``node``, the divisors
    of its divisions excepted."""
    if isinstance(node, ast.NumericLiteral):
        return max(dmax, node.scale)
    if isinstance(node, ast.Identifier):
        named = compiler.lookup(node)
        if isinstance(named, DataEntry):
            return max(dmax, named.ftype.scale)
        return dmax
    if isinstance(node, ast.BinaryOp):
        dmax = walk_scale(node.left, dmax, compiler)
        return dmax if node.op == "/" else walk_scale(node.right, dmax, compiler)
    if isinstance(node, ast.UnaryOp):
        return walk_scale(node.operand, dmax, compiler)
    if isinstance(node, ast.And | ast.Or):
        return walk_scale(node.right, walk_scale(node.left, dmax, compiler), compiler)
    if isinstance(node, ast.Not):
        return walk_scale(node.operand, dmax, compiler)
    if isinstance(node, ast.Relation):
        return walk_scale(node.right, walk_scale(node.left, dmax, compiler), compiler)
    return dmax


# ---------------------------------------------------------------------------------------------
# entry points: arithmetic statements (build_decimal_assign) and conditions (cb_build_cond)


def expand_value(
    compiler: Expressions, value: ast.Expr, targets: list[ast.Identifier]
) -> tuple[OsvsExpander, Register]:
    """``value`` expanded as cobc's build_decimal_assign does (the receivers' scales count in
    dmax): the state and the register holding it (its last alignment still pending)."""
    fold_scales: list[int] = []
    tree = folded(value, fold_scales)
    dmax = max([-1, *fold_scales])
    for target in targets:
        named = compiler.lookup(target)
        if isinstance(named, DataEntry):  # f->pic->scale: numeric-edited receivers too
            dmax = max(dmax, named.ftype.scale)
    expander = OsvsExpander(compiler, walk_scale(tree, dmax, compiler))
    accumulator = Register()
    expander.expand(accumulator, tree)
    return expander, accumulator


def receiver_result(
    expander: OsvsExpander, accumulator: Register, target: ast.Identifier, op: str
) -> Num:
    """ADD / SUBTRACT ... TO / FROM one receiver: the receiver loaded, then combined with the
    value (its result reads the receiver: evaluate it after the previous receiver's store)."""
    register = Register()
    expander.expand(register, target)
    expander.compute(op, register, accumulator)
    return register.num


def condition_expander(compiler: Expressions, condition: ast.Condition) -> OsvsExpander:
    """The expansion state of one condition: dmax from the literals cobc folded in it, else
    from cb_walk_cond over the whole condition (cb_build_cond walks only while dmax is unset)."""
    fold_scales: list[int] = []
    _fold_condition(condition, fold_scales)
    if fold_scales:
        return OsvsExpander(compiler, max(fold_scales))
    return OsvsExpander(compiler, walk_scale(condition, -1, compiler))


def _fold_condition(node: ast.Condition, scales: list[int]) -> None:
    if isinstance(node, ast.And | ast.Or):
        _fold_condition(node.left, scales)
        _fold_condition(node.right, scales)
    elif isinstance(node, ast.Not):
        _fold_condition(node.operand, scales)
    elif isinstance(node, ast.Relation):
        folded(node.left, scales)
        folded(node.right, scales)


def relation_operands(
    expander: OsvsExpander, left: ast.Expr, right: ast.Expr
) -> tuple[Num, Num] | None:
    """Both sides of a relation as cob_decimal_cmp gets them when one of them is an arithmetic
    expression after folding (else None: cobc compares the fields as they are)."""
    left, right = folded(left, []), folded(right, [])
    if not isinstance(left, ast.BinaryOp | ast.UnaryOp) and not isinstance(
        right, ast.BinaryOp | ast.UnaryOp
    ):
        return None
    first, second = Register(), Register()
    expander.expand(first, left)
    expander.expand(second, right)
    return first.num, second.num
