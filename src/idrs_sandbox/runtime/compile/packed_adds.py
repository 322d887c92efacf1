"""ADD of a C int to a small integer COMP-3 item as cobc compiles it: nibble by nibble.

cobc 3.1.2 builds ``ADD n TO t``, the step of ``PERFORM VARYING t ... BY n`` and ``SET t UP BY
n`` with cb_build_add; when ``n`` fits a C int (cb_fits_int), no ROUNDED or SIZE ERROR is
written and ``t`` is PACKED-DECIMAL without decimals and with fewer than ten digits, that is a
call of cob_add_packed_int (runtime/packed_add.py), which adds in the item's bytes and so
gives other bytes than a decode, add and store when the item holds invalid nibbles or a sign
the store would not write (probe add_packed_int). Other items, and the cases that function
hands to cob_add_int, are stored as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.runtime import packed_add, storage
from idrs_sandbox.runtime.compile.values import Num, _integer_literal
from idrs_sandbox.runtime.data import DataEntry
from idrs_sandbox.runtime.fields import Category, Usage

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler
    from idrs_sandbox.runtime.compile.values import Ref


def int_operand(c: Compiler, operand: ast.Operand) -> str | None:
    """The code of ``operand`` cast to a C int, when cobc would (cb_fits_int: an integer
    literal within int's range, or an item :func:`item_int_operand` takes); else None."""
    literal = _integer_literal(operand)
    if literal is not None:
        return str(literal) if -(2**31) <= literal < 2**31 else None
    return item_int_operand(c, operand)


def nibble_typed(c: Compiler, target: ast.Identifier) -> bool:
    """``target`` is of the type cobc adds a C int to with cob_add_packed_int (typeck.c
    cb_build_optim_add): PACKED-DECIMAL, no decimals (nor P scaling), fewer than ten digits.
    Decided from its declaration, before any reference is built (so the code written for
    other statements does not change)."""
    if target.refmod is not None:
        return False
    named = c.lookup(target)
    if not isinstance(named, DataEntry) or named.children:
        return False
    ftype = named.ftype
    return (
        ftype.category is Category.NUMERIC
        and ftype.usage is Usage.PACKED
        and ftype.scale == 0
        and ftype.digits < 10
    )


def nibble_ref(c: Compiler, target: ast.Identifier) -> Ref | None:
    """The reference of ``target`` when cobc adds a C int to it nibble by nibble: of that
    type (:func:`nibble_typed`) and held in its bytes (a promoted item or a listed table
    element keeps its value: the two differ only when a carry leaves the top digit of an even
    number of digits)."""
    if not nibble_typed(c, target):
        return None
    ref = c.ref(target)
    return ref if ref.var is None and ref.static_size is not None else None


def add_packed_int(c: Compiler, target: ast.Identifier, value: str) -> bool:
    """Add the C int ``value`` (Python code) to ``target`` as cobc's cob_add_packed_int does,
    falling back to cob_add_int where it does (the sign and the value disagree); False, with
    nothing written, when ``target`` is not such a receiver (:func:`nibble_ref`). Used by
    ADD, the step of PERFORM VARYING and SET UP BY."""
    ref = nibble_ref(c, target)
    if ref is None:
        return False
    amount = c.temp()
    c.out.line(f"{amount} = {value}")
    offset = ref.off
    if not offset.isdigit():
        offset = c.temp()
        c.out.line(f"{offset} = {ref.off}")
    adder = c.const(packed_add.add_packed_int, "_apk")
    call = f"{adder}({ref.buf}, {offset}, {ref.static_size}, {amount})"
    # Either way no EC-SIZE-OVERFLOW: cob_add_int truncates a COMP-3 sum silently
    # (statements/arithmetic.py _added_overflow).
    with c.out.block(f"if {amount} and not {call}:"):
        current = c.num(target)
        code = f"({current.code} + {amount})"  # no decimals: no scaling
        c.store_numeric(target, Num(code, 0), False, None)
    return True


def item_int_operand(c: Compiler, operand: ast.Operand) -> str | None:
    """The code cobc casts an ADD operand to int with (codegen.c output_integer), or None
    when the operand does not fit an int (cb_fits_int) and a decimal is used."""
    if not isinstance(operand, ast.Identifier) or operand.refmod is not None:
        return None
    named = c.lookup(operand)
    if not isinstance(named, DataEntry) or named.children:
        return None
    ref = c.ref(operand)
    ftype = ref.ftype
    if ref.var is not None or ftype.category is not Category.NUMERIC or ftype.scale > 0:
        return None
    if ftype.usage is Usage.DISPLAY and ftype.size < 10:
        if not ftype.signed and ftype.size - ftype.scale <= 9:
            return f"{c.const(storage.numdisp_int, '_ndi')}({c.slice(ref)})"
        return c.integer(operand)
    if ftype.usage is Usage.PACKED and ftype.digits < 10:
        return f"{c.const(storage.packed_int_value, '_pki')}({c.slice(ref)})"
    return None
