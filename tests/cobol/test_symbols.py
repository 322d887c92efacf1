"""One symbol table for the checker and the compiler (cobol/symbols.py): a name means the same
item to both, so a program the checker accepts compiles, and the compiler binds each reference
to the item the checker resolved."""

from __future__ import annotations

import typing

import pytest

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.checks import check_program
from idrs_sandbox.cobol.program import parse_program_text
from idrs_sandbox.cobol.symbols import SymbolTable, qualified
from idrs_sandbox.runtime.compile.statements import GENERATORS
from idrs_sandbox.runtime.data import DataEntry, build_data_model

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SYMBOLS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A.
          05 G.
             10 X PIC X(2) VALUE "AX".
       01 B.
          05 X PIC X(2) VALUE "BX".
          05 T OCCURS 2 INDEXED BY TI.
             10 Y PIC 9.
                88 Y-ONE VALUE 1.
       PROCEDURE DIVISION.
           DISPLAY X OF A X IN B.
           STOP RUN.
"""


@pytest.mark.parametrize(
    ("enclosing", "qualifiers", "expected"),
    [
        (("G", "A"), ["A"], True),  # a level skipped
        (("G", "A"), ["G", "A"], True),
        (("G", "A"), ["A", "G"], False),  # inside out only
        (("G", "A"), ["B"], False),
        ((), [], True),
    ],
)
def test_qualification_is_inside_out_and_may_skip_levels(
    enclosing: tuple[str, ...], qualifiers: list[str], expected: bool
) -> None:
    assert qualified(enclosing, qualifiers) is expected


def test_checker_and_data_model_resolve_every_name_alike() -> None:
    program = parse_program_text(PROGRAM, "SYMBOLS.cbl")
    assert check_program(program) == []
    table = SymbolTable.of(program)
    model = build_data_model(program)
    for name, qualifiers in [("X", ("A",)), ("X", ("B",)), ("X", ("G",)), ("Y", ()), ("TI", ())]:
        symbols = table.candidates(name, qualifiers)
        entries = model.candidates(name, qualifiers)
        assert len(symbols) == len(entries) == 1, (name, qualifiers)
        entry = entries[0]
        if isinstance(entry, DataEntry):
            assert entry.item is symbols[0].node
    assert len(table.candidates("X", ())) == len(model.candidates("X", ())) == 2
    assert [s.kind for s in table.candidates("Y-ONE", ("T",))] == ["condition"]
    assert [s.kind for s in table.candidates("TI", ("B",))] == ["index"]
    assert [s.kind for s in table.candidates("RETURN-CODE", ())] == ["special"]


def test_every_statement_of_the_ast_has_a_generator() -> None:
    statements = set(typing.get_args(ast.Statement))
    assert statements - set(GENERATORS) == set()
