"""User-defined functions in the source text: ``f1()`` / ``f2 (n1)`` without the word FUNCTION.

cobc 3.1.2 reads a name that a REPOSITORY paragraph declares with ``FUNCTION name`` as a
function reference in the PROCEDURE DIVISION (testsuite 'GLOBAL identifiers from ENVIRONMENT
DIVISION': ``MOVE f2(f2(n1)) TO n1``). The grammar knows a function call only after the word
FUNCTION, so the word is written in front of each such name in a PROCEDURE DIVISION after the
declaration (the declaration holds for the rest of the file: a program's REPOSITORY also serves
the programs it contains). ``FUNCTION name INTRINSIC`` and ``FUNCTION ALL INTRINSIC`` declare
intrinsic functions, not user ones. The call itself: runtime/functions.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idrs_sandbox.cobol.diagnostics import CobolError
    from idrs_sandbox.cobol.program import Program
    from idrs_sandbox.cobol.source import Token


def mark_user_functions(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with FUNCTION written before every use of a REPOSITORY function name."""
    declared: set[str] = set()
    out: list[Token] = []
    in_procedure = False
    for index, token in enumerate(tokens):
        word = token.upper if token.kind == "word" else ""
        previous = out[-1].upper if out else ""
        if word == "DIVISION" and previous in ("PROCEDURE", "DATA", "ENVIRONMENT"):
            in_procedure = previous == "PROCEDURE"
        elif word in ("PROGRAM-ID", "FUNCTION-ID") or (word == "END" and _ends_unit(tokens, index)):
            in_procedure = False
        if word == "FUNCTION" and not in_procedure and previous != "END":
            declared.update(_repository_names(tokens, index))
        if in_procedure and word in declared and previous != "FUNCTION":
            out.append(replace(token, text="FUNCTION"))
            token = replace(token, space_before=True)
        out.append(token)
    return out


def _ends_unit(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1].upper if index + 1 < len(tokens) else ""
    return following in ("PROGRAM", "FUNCTION")


def _repository_names(tokens: Sequence[Token], index: int) -> list[str]:
    """The user function names declared by ``FUNCTION name ...`` at ``index`` (REPOSITORY)."""
    names: list[str] = []
    for token in tokens[index + 1 :]:
        if token.kind != "word" or token.upper in ("FUNCTION", "PROGRAM"):
            break
        if token.upper in ("ALL", "INTRINSIC"):
            return []
        names.append(token.upper)
    return names


def function_problems(program: Program) -> list[CobolError]:
    """``PROCEDURE DIVISION RETURNING item`` belongs to a FUNCTION-ID, which needs one."""
    from idrs_sandbox.cobol.diagnostics import CobolSemanticError

    procedure = program.procedure
    returning = procedure.returning if procedure is not None else None
    if program.is_function and returning is None:
        where = procedure.origin if procedure is not None else program.origin
        message = f"FUNCTION-ID {program.name} needs PROCEDURE DIVISION RETURNING an item"
        return [CobolSemanticError(message, where)]
    if not program.is_function and returning is not None:
        message = (
            "PROCEDURE DIVISION RETURNING an item is only supported in a FUNCTION-ID (cobc "
            "3.1.2 does not implement it for a program: it warns and the program crashes)"
        )
        return [CobolSemanticError(message, returning.origin)]
    return []
