"""What an ``ASSIGN TO word`` names when the word is not a data item of the program.

Measured with cobc 3.1.2 (default dialect, ``-fassign-clause=dynamic``; testsuite 'GLOBAL
CONSTANT'):

- a constant (``78 name VALUE "lit"``, ``01 name CONSTANT "lit"``, also a GLOBAL one of a
  program that contains this one) is its literal: the file is named "lit";
- any other word defines an item of its own: ``01 word PIC X(4095) VALUE "word"`` (the name as
  written), which the PROCEDURE DIVISION may DISPLAY or MOVE to (a program DISPLAYing it shows
  the word and 4,087 spaces; ``FUNCTION LENGTH`` is 4095).

With ``ASSIGN EXTERNAL word`` (or ``cobc -fassign-clause=external``) the word is a name, never an
item: runtime/filebind.py assign_reader.
"""

from __future__ import annotations

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.data_division import DataItem, PictureClause, ValueClause, ValueLiteral
from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.records.picture import parse_picture

IMPLICIT_SIZE = 4095
"""COB_FILE_MAX: the size cobc gives an implicitly defined ASSIGN item."""


def resolve_assign_names(program: Program) -> None:
    """Resolve the ASSIGN words of ``program`` and of the programs it contains."""
    for declaration in program.files:
        if declaration.assign_literal or declaration.assign_kind == "EXTERNAL":
            continue
        word = declaration.assign
        constant = program.constants.get(word.upper())
        if constant is not None:
            if isinstance(constant.value, ast.AlphanumericLiteral):
                declaration.assign = constant.value.value.decode("latin-1")
                declaration.assign_literal = True
            continue
        if word.upper() not in _visible_names(program):
            program.working_storage.append(_implicit_item(word, declaration.origin))
    for nested in program.contained:
        resolve_assign_names(nested)


def _visible_names(program: Program) -> set[str]:
    from idrs_sandbox.cobol.symbols import visible_global_files, visible_globals

    items: list[DataItem] = list(program.working_storage) + visible_globals(program)
    files = list(program.files) + [declaration for _, declaration in visible_global_files(program)]
    for declaration in files:
        items.extend(declaration.records)
    return {(each.name or "").upper() for item in items for each in item.walk()}


def _implicit_item(word: str, origin: Origin) -> DataItem:
    text = f"X({IMPLICIT_SIZE})"
    picture = PictureClause(parse_picture(text), origin, origin)
    value = ValueClause(ValueLiteral(word, f'"{word}"', origin), origin)
    return DataItem(1, word, origin, picture=picture, value=value)
