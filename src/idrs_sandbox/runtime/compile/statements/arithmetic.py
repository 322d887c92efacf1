"""Statement generators: COMPUTE, ADD, SUBTRACT, MULTIPLY, DIVIDE (ROUNDED, ON SIZE ERROR,
REMAINDER).

Each is registered for its AST node type with :func:`generates`."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.runtime.compile import osvs
from idrs_sandbox.runtime.compile.packed_adds import (
    add_packed_int,
    int_operand,
    item_int_operand,
    nibble_typed,
)
from idrs_sandbox.runtime.compile.plain_values import stored_directly
from idrs_sandbox.runtime.compile.statements.corresponding import corresponding_pairs
from idrs_sandbox.runtime.compile.statements.data import check_numeric_operand
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import (
    Num,
    _adds_zero,
    _integer_literal,
    _rescaled,
    _scaled,
    division,
    division_shift,
)
from idrs_sandbox.runtime.fields import Usage

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


def _check_operands(c: Compiler, node: Any, *parts: Any) -> None:
    """cobc -debug (EC-DATA-INCOMPATIBLE): every numeric DISPLAY / COMP-3 item the statement
    reads is checked first, and invalid data stops the run (measured with cobc 3.1.2: ADD 1 TO
    X, ADD N TO X, COMPUTE N = X + 1 stop when X holds X"0A"; tests/runtime/
    test_debug_subscripts.py). Subscripts and function arguments are not checked."""
    if not c.debug:
        return
    for part in parts:
        for identifier in _identifiers(part):
            check_numeric_operand(c, identifier, node)


def _identifiers(node: Any) -> list[ast.Identifier]:
    if isinstance(node, ast.Identifier):
        return [node]
    if isinstance(node, ast.ArithTarget):
        return [node.target]
    if isinstance(node, tuple | list):
        return [found for item in node for found in _identifiers(item)]
    if isinstance(node, ast.FunctionCall) or not dataclasses.is_dataclass(node):
        return []
    return [
        found
        for field in dataclasses.fields(node)
        for found in _identifiers(getattr(node, field.name))
    ]


@generates(ast.Compute)
def compute_stmt(c: Compiler, node: ast.Compute) -> None:
    _check_operands(c, node, node.expression)
    if _osvs(c, node, node.expression, None):
        return
    _arithmetic(c, node, c.num(node.expression), node.targets, None, node.size)


@generates(ast.Add)
def add_stmt(c: Compiler, node: ast.Add) -> None:
    _check_operands(c, node, node.operands, () if node.giving else node.targets)
    if node.corresponding:
        _corresponding(c, node, "+")
        return
    if (node.giving or len(node.operands) > 1) and _osvs(
        c, node, _chain(node.operands, "+"), None if node.giving else "+"
    ):
        return
    if not node.giving and _adds_zero(node.operands):
        return  # cobc: ADD 0 TO x is cob_add_int(x, 0), which returns at once
    if not node.giving and _add_packed_ints(c, node):
        return
    if not node.giving and _add_int(c, node, node.operands, node.targets, node.size, "+"):
        return
    total = _sum(c, node.operands)
    update = None if node.giving else "+"
    _arithmetic(c, node, total, node.targets, update, node.size)


@generates(ast.Subtract)
def subtract_stmt(c: Compiler, node: ast.Subtract) -> None:
    reads = (node.minuend,) if node.minuend is not None else node.targets
    _check_operands(c, node, node.operands, reads)
    if node.corresponding:
        _corresponding(c, node, "-")
        return
    if node.minuend is not None:
        chain = _chain((node.minuend, *node.operands), "-")
        if _osvs(c, node, chain, None):
            return
    elif len(node.operands) > 1 and _osvs(c, node, _chain(node.operands, "+"), "-"):
        return
    if node.minuend is None and _add_int(c, node, node.operands, node.targets, node.size, "-"):
        return
    total = _sum(c, node.operands)
    if node.minuend is None:
        _arithmetic(c, node, total, node.targets, "-", node.size)
        return
    minuend = c.num(node.minuend)
    scale = max(minuend.scale, total.scale)
    code = f"({_scaled(minuend, scale)} - {_scaled(total, scale)})"
    _arithmetic(c, node, Num(code, scale, total.may_fail), node.targets, None, node.size)


@generates(ast.Multiply)
def multiply_stmt(c: Compiler, node: ast.Multiply) -> None:
    _check_operands(c, node, node.operand, node.by if node.by is not None else node.targets)
    operand = c.num(node.operand)
    if node.by is None:
        _arithmetic(c, node, operand, node.targets, "*", node.size)
        return
    if _osvs(c, node, ast.BinaryOp("*", node.operand, node.by, node.origin), None):
        return
    by = c.num(node.by)
    product = Num(f"({operand.code} * {by.code})", operand.scale + by.scale)
    _arithmetic(c, node, product, node.targets, None, node.size)


@generates(ast.Divide)
def divide_stmt(c: Compiler, node: ast.Divide) -> None:
    reads = node.dividend if node.dividend is not None else node.targets
    _check_operands(c, node, node.divisor, reads)
    divisor = c.num(node.divisor)
    if node.dividend is None:
        _arithmetic(c, node, divisor, node.targets, "/", node.size)
        return
    quotient = ast.BinaryOp("/", node.dividend, node.divisor, node.origin)
    if node.remainder is None and _osvs(c, node, quotient, None):
        return
    dividend = c.num(node.dividend)
    if node.remainder is None:
        _arithmetic(c, node, division(dividend, divisor), node.targets, None, node.size)
        return
    _divide_remainder(c, node, dividend, divisor, division_shift(dividend.scale, divisor.scale))


def _chain(operands: tuple[ast.Operand, ...], op: str) -> ast.Expr:
    """cobc cb_build_binary_list: ``a op b op c`` as ((a op b) op c)."""
    tree: ast.Expr = operands[0]
    for operand in operands[1:]:
        tree = ast.BinaryOp(op, tree, operand, operand.origin)  # type: ignore[arg-type]
    return tree


def _osvs(c: Compiler, node: Any, value_tree: ast.Expr, op: str | None) -> bool:
    """Under arithmetic-osvs, a statement cobc computes through cob_decimal operations
    (build_decimal_assign: COMPUTE, ADD / SUBTRACT of several operands or GIVING, MULTIPLY /
    DIVIDE GIVING) with IBM's intermediate scales (compile/osvs.py); False otherwise."""
    if not c.program.source.dialect.arithmetic_osvs or not isinstance(value_tree, ast.BinaryOp):
        return False
    targets: tuple[ast.ArithTarget, ...] = node.targets
    expander, value = osvs.expand_value(c, value_tree, [t.target for t in targets])
    if op is None:
        _arithmetic(c, node, value.num, targets, None, node.size)
        return True
    has_phrases = node.size.on_error is not None or node.size.not_on_error is not None
    flag = c.temp() if has_phrases else None
    if flag is not None:
        c.out.line(f"{flag} = False")
    held = c.temp()  # the operands' sum, computed once before any receiver changes
    c.out.line(f"{held} = {value.num.code}")
    value.num = Num(held, value.num.scale)
    for target in targets:
        result = osvs.receiver_result(expander, value, target.target, op)
        _arithmetic(c, node, result, (target,), None, node.size, flag)
    _size_handlers(c, flag, node.size)
    return True


def _corresponding(c: Compiler, node: ast.Add | ast.Subtract, op: str) -> None:
    """ADD / SUBTRACT CORRESPONDING: one ADD / SUBTRACT per pair (corresponding.py), the
    ROUNDED phrase applying to each. With SIZE ERROR phrases the pairs share one flag and the
    phrase runs once after all of them: cobc emits each cob_add / cob_sub with
    COB_STORE_KEEP_ON_OVERFLOW and tests the exception after the last (probe corr_arith)."""
    (group,) = node.targets
    pairs = corresponding_pairs(c, node.operands[0], group.target, numeric=True)
    size = node.size
    has_phrases = size.on_error is not None or size.not_on_error is not None
    flag = c.temp() if has_phrases else None
    if flag is not None:
        c.out.line(f"{flag} = False")
    for one, other in pairs:
        target = ast.ArithTarget(other, group.rounded, group.mode)
        if flag is None:
            single: ast.Add | ast.Subtract
            if op == "+":
                single = ast.Add((one,), (target,), False, size, node.origin)
                add_stmt(c, single)
            else:
                single = ast.Subtract((one,), None, (target,), size, node.origin)
                subtract_stmt(c, single)
        else:
            _arithmetic(c, node, _sum(c, (one,)), (target,), op, size, flag)
    _size_handlers(c, flag, size)


def _add_int(
    c: Compiler,
    node: Any,
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
    value = item_int_operand(c, operands[0])
    if value is None:
        return False
    temp = c.temp()
    c.out.line(f"{temp} = {value}")
    _track(c, node)
    overflow = c.overflow_raise
    with c.out.block(f"if {temp}:"):
        for target in targets:
            if overflow is not None:
                c.overflow_raise = _added_overflow(c, target, overflow)
            result = _updated(c, target.target, op, Num(temp, 0))
            c.store_numeric(target.target, result, False, None)
    c.overflow_raise = None
    return True


def _add_packed_ints(c: Compiler, node: ast.Add) -> bool:
    """``ADD n TO t ...`` where a receiver is a small integer COMP-3 item that cobc adds ``n``
    to nibble by nibble (runtime/packed_add.py: cob_add_packed_int). The receivers are
    written one by one, in order, ``n`` read again for each as cobc does; the others as
    before. False (nothing written) when no receiver is one of those."""
    size, operands = node.size, node.operands
    if len(operands) != 1 or size.on_error is not None or size.not_on_error is not None:
        return False
    if any(target.rounded for target in node.targets):
        return False
    if int_operand(c, operands[0]) is None:
        return False
    if not any(nibble_typed(c, target.target) for target in node.targets):
        return False
    for target in node.targets:
        value = int_operand(c, operands[0])
        assert value is not None  # tested above
        if add_packed_int(c, target.target, value):
            continue
        if _integer_literal(operands[0]) is None:
            _add_int(c, node, operands, (target,), size, "+")
        else:
            _arithmetic(c, node, _sum(c, operands), (target,), "+", size)
    return True


def _sum(c: Compiler, operands: tuple[ast.Operand, ...]) -> Num:
    values = [c.num(o) for o in operands]
    scale = max(v.scale for v in values)
    code = " + ".join(_scaled(v, scale) for v in values)
    return Num(f"({code})", scale, any(v.may_fail for v in values))


def _arithmetic(
    c: Compiler,
    node: Any,
    value: Num,
    targets: tuple[ast.ArithTarget, ...],
    update: str | None,
    size: ast.SizePhrases,
    shared_flag: str | None = None,
) -> None:
    """Evaluate once, store into every target (``update``: target = target op value).
    ``shared_flag``: the size-error flag of a CORRESPONDING statement, set here and tested
    by the caller once (no phrases run here)."""
    has_phrases = size.on_error is not None or size.not_on_error is not None
    flag = c.temp() if has_phrases and shared_flag is None else shared_flag
    if flag is not None and shared_flag is None:
        c.out.line(f"{flag} = False")
    fails = value.may_fail or update == "/"
    zero_divide = _track(c, node)
    overflow = c.overflow_raise
    temp = c.temp()
    if fails:
        c.out.line("try:")
        c.out.depth += 1
    plain = update is None and flag is None and not fails and overflow is None
    if stored_directly(c, value, targets, plain):
        operand = value  # into a promoted item without the normalizer call (plain_values.py)
    else:
        c.out.line(f"{temp} = {value.code}")
        operand = Num(temp, value.scale)
    for target in targets:
        result = operand
        if update is not None:
            result = _updated(c, target.target, update, operand)
        if overflow is not None and update in ("+", "-") and flag is None:
            c.overflow_raise = _added_overflow(c, target, overflow)
        if update == "/":
            _guarded_store(c, target, result, flag, zero_divide)
        else:
            c.store_numeric(target.target, result, _rounding(c, target), flag)
    c.overflow_raise = None
    if fails:
        c.out.depth -= 1
        with c.out.block("except _SizeError:"):
            c.out.line(f"{flag} = True" if flag else "pass")
            if zero_divide is not None:
                c.out.line(zero_divide)
    if "_pow(" in value.code:
        with c.out.block("if _C.take_exception():"):
            c.out.line(f"{flag} = True" if flag else "pass")
            if zero_divide is not None:  # EXCEPTION-STATUS read (probe exception_status)
                c.out.line(c.raise_line("EC-SIZE-EXPONENTIATION", node))
    if shared_flag is None:
        _size_handlers(c, flag, size)


def _rounding(c: Compiler, target: ast.ArithTarget) -> bool | str:
    """The ROUNDED phrase of a receiver: False, or its mode (ROUNDED MODE IS ..., else the
    OPTIONS paragraph's DEFAULT ROUNDED MODE, else True: NEAREST-AWAY-FROM-ZERO)."""
    if not target.rounded:
        return False
    return target.mode or c.program.default_rounded or True


def _track(c: Compiler, node: Any) -> str | None:
    """In a program that reads FUNCTION EXCEPTION-* (runtime/exceptions.py): the stores of
    ``node`` record EC-SIZE-OVERFLOW (``c.overflow_raise``, reset by the caller after its
    stores); returns the line that records EC-SIZE-ZERO-DIVIDE. Elsewhere None: no code."""
    if not c.tracks_exceptions:
        return None
    c.overflow_raise = c.raise_line("EC-SIZE-OVERFLOW", node)
    return c.raise_line("EC-SIZE-ZERO-DIVIDE", node)


def _added_overflow(c: Compiler, target: ast.ArithTarget, overflow: str) -> str | None:
    """ADD / SUBTRACT without GIVING, ROUNDED or SIZE ERROR: into COMP-3 (cob_add_packed) or
    COMP-5 (a native add) the sum is truncated without recording EC-SIZE-OVERFLOW; DISPLAY and
    COMP receivers record it (probe exception_status: ADD 200 TO a S9(3) COMP-3 holding 900
    leaves the status spaces, COMPUTE P = P + 200 records it)."""
    if target.rounded:
        return overflow
    usage = c.ref(target.target).ftype.usage
    return None if usage in (Usage.PACKED, Usage.NATIVE) else overflow


def _guarded_store(
    c: Compiler,
    target: ast.ArithTarget,
    result: Num,
    flag: str | None,
    zero_divide: str | None = None,
) -> None:
    # DIVIDE ... INTO t: each target divides by itself; a zero divisor leaves it unchanged.
    with c.out.block("try:"):
        c.store_numeric(target.target, result, _rounding(c, target), flag)
    with c.out.block("except _SizeError:"):
        c.out.line(f"{flag} = True" if flag else "pass")
        if zero_divide is not None:
            c.out.line(zero_divide)


def _updated(c: Compiler, target: ast.Identifier, op: str, operand: Num) -> Num:
    current = c.num(target)
    if op in "+-":
        scale = max(current.scale, operand.scale)
        return Num(f"({_scaled(current, scale)} {op} {_scaled(operand, scale)})", scale)
    if op == "*":
        return Num(f"({current.code} * {operand.code})", current.scale + operand.scale)
    return division(current, operand)


def _size_handlers(c: Compiler, flag: str | None, size: ast.SizePhrases) -> None:
    if flag is None:
        return
    if size.on_error is not None:
        with c.out.block(f"if {flag}:"):
            c.statements(size.on_error)
        if size.not_on_error is not None:
            with c.out.block("else:"):
                c.statements(size.not_on_error)
    elif size.not_on_error is not None:
        with c.out.block(f"if not {flag}:"):
            c.statements(size.not_on_error)


def _divide_remainder(
    c: Compiler, node: ast.Divide, dividend: Num, divisor: Num, shift: int
) -> None:
    """libcob cob_div_quotient / cob_div_remainder: the remainder is the dividend minus the
    quotient *truncated to the quotient item's decimals* times the divisor."""
    size = node.size
    has_phrases = size.on_error is not None or size.not_on_error is not None
    flag = c.temp() if has_phrases else None
    if flag is not None:
        c.out.line(f"{flag} = False")
    target = node.targets[0]
    zero_divide = _track(c, node)
    quotient_ref = c.ref(target.target)
    q_scale = quotient_ref.ftype.scale
    q_temp, d_temp, v_temp = c.temp(), c.temp(), c.temp()
    with c.out.block("try:"):
        c.out.line(f"{d_temp} = {dividend.code}")
        c.out.line(f"{v_temp} = {divisor.code}")
        c.out.line(f"{q_temp} = _div({d_temp}, {v_temp}, {10**shift})")
        q_scale_raw = dividend.scale - divisor.scale + shift
        c.store_numeric(target.target, Num(q_temp, q_scale_raw), _rounding(c, target), flag)
        truncated = _rescaled(Num(q_temp, q_scale_raw), q_scale, False)
        r_scale = max(dividend.scale, q_scale + divisor.scale)
        remainder = (
            f"({_scaled(Num(d_temp, dividend.scale), r_scale)} - "
            f"{_scaled(Num(f'({truncated} * {v_temp})', q_scale + divisor.scale), r_scale)})"
        )
        assert node.remainder is not None
        c.store_numeric(node.remainder, Num(remainder, r_scale), False, flag)
    c.overflow_raise = None
    with c.out.block("except _SizeError:"):
        c.out.line(f"{flag} = True" if flag else "pass")
        if zero_divide is not None:
            c.out.line(zero_divide)
    _size_handlers(c, flag, size)
