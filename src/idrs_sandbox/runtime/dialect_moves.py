"""MOVEs that a dialect option changes (cobol/dialect.py).

``move-ibm`` (-fmove-ibm, -std=ibm / mvs): a MOVE between alphanumeric items whose sender is at
least as long as the receiver copies byte by byte from the left, as IBM's MVC does, also when the
two overlap (libcob move.c cob_move_ibm, called by cobc typeck.c cb_build_move_copy): ``MOVE
X(1:8) TO X(2:8)`` on "0123456789" gives "0000000009" where the default dialect's memmove gives
"0012345679" (testsuite "IBM MOVE"; probe dialect_move_ibm).

``move-figurative-*-to-numeric`` and ``move-non-numeric-lit-to-numeric-is-zero`` (-std=mf,
acu, realia...): what a MOVE of a figurative constant or an alphanumeric literal into a numeric
item is (cobc typeck.c validate_move): refused when the dialect's level for it is ``error``
(SPACE in default.conf), moved as its bytes otherwise (acu: MOVE SPACE gives spaces), or a MOVE
of ZERO under move-non-numeric-lit-to-numeric-is-zero (mf: MOVE SPACE gives 000000; an
alphanumeric literal with a character other than a digit likewise). Probe dialect_mf_moves.
"""

from __future__ import annotations

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.cobol.dialect import Dialect, Support
from idrs_sandbox.runtime.fields import Category, FieldType

_LEVELS = {
    # typeck.c validate_move: the support options each figurative constant is checked against
    "SPACE": ("move-figurative-space-to-numeric",),
    "QUOTE": ("move-figurative-quote-to-numeric", "move-figurative-constant-to-numeric"),
    "LOW-VALUE": ("move-figurative-constant-to-numeric",),
    "HIGH-VALUE": ("move-figurative-constant-to-numeric",),
}
_EDITED_CHARACTERS = frozenset(b"0123456789.,+- ")


def literal_source(dialect: Dialect, source: ast.Operand, target: FieldType) -> ast.Operand:
    """The operand a MOVE of ``source`` into an item of type ``target`` moves (ZERO where
    the dialect substitutes it); a MOVE the dialect rejects raises CobolSemanticError."""
    numeric = target.category is Category.NUMERIC
    edited = target.category is Category.NUMERIC_EDITED
    zero = dialect.flag("move-non-numeric-lit-to-numeric-is-zero")
    if isinstance(source, ast.Figurative) and source.name in _LEVELS:
        if not numeric and not (edited and source.name == "SPACE"):
            return source
        options = _LEVELS[source.name]
        if source.name == "QUOTE" and dialect.values[options[0]] == dialect.values[options[1]]:
            options = options[:1]
        for option in options:
            support = dialect.support(option)
            if support.rejected or support in (Support.SKIP, Support.IGNORE):
                raise CobolSemanticError(
                    f"MOVE of figurative constant {source.name} to a numeric item", source.origin
                )
        return ast.Figurative("ZERO", source.origin) if zero else source
    if zero and isinstance(source, ast.AlphanumericLiteral) and (numeric or edited):
        allowed = _EDITED_CHARACTERS if edited else frozenset(b"0123456789")
        if any(byte not in allowed for byte in source.value):
            return ast.Figurative("ZERO", source.origin)
    return source


def forward_copy(buffer: bytearray, source: int, target: int, size: int) -> None:
    """``size`` bytes from ``source`` to ``target`` of one buffer, one at a time from the left."""
    if target <= source or target >= source + size:
        buffer[target : target + size] = buffer[source : source + size]
        return
    for index in range(size):
        buffer[target + index] = buffer[source + index]
