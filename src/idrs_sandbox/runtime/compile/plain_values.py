"""COMPUTE into a promoted signed item without the normalizer call.

A store into a promoted signed decimal item is written in line, ``V = (t if -m < (t := value)
< m else _nm(t))``, unless the value is a bare name: a name may hold storage.NEGATIVE_ZERO,
which the normalizer turns into 0 and the in-line form would keep. The arithmetic statements
first assign their result to a temp (``_t5 = expr``), so every COMPUTE took the call (POSTING:
WS-NEW-ASSESSED, WS-NEW-CREDITS, WS-NEW-FTF and WS-NEW-BALANCE on every posted card). When the
result is an addition, subtraction, multiplication or negation, Python's int arithmetic gives
a plain int (NegativeZero is an int subclass without operators of its own), so the statement
may hand the expression itself to the store: no temp, no call.
"""

from __future__ import annotations

import ast as pyast
import re
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler
    from idrs_sandbox.runtime.compile.values import Num

_ARITHMETIC = (pyast.Add, pyast.Sub, pyast.Mult)
_MARKER = re.compile(r"@@SH\d+@@")


def plain_int(code: str) -> bool:
    """``code`` is an addition, subtraction, multiplication or negation at its top."""
    try:  # a read that may become a shadow is a marker until the module is finished
        tree = pyast.parse(_MARKER.sub("_", code.strip()), mode="eval").body
    except SyntaxError:
        return False
    if isinstance(tree, pyast.BinOp):
        return isinstance(tree.op, _ARITHMETIC)
    return isinstance(tree, pyast.UnaryOp) and isinstance(tree.op, pyast.USub)


def stored_directly(
    c: Compiler, value: Num, targets: tuple[ast.ArithTarget, ...], plain_statement: bool
) -> bool:
    """The statement's one result goes straight into one promoted receiver (``plain_statement``:
    no GIVING-less update, no SIZE ERROR phrase, no division, no EXCEPTION-STATUS tracking)."""
    if not plain_statement or len(targets) != 1 or not plain_int(value.code):
        return False
    target = targets[0].target
    if target.subscripts or target.refmod is not None:
        return False
    entry: Any = c.lookup(target)
    return id(entry) in c.promoted
