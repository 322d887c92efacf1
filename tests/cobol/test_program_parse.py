"""Parsing whole programs: the divisions, the statement tree, and syntax errors at
FILE:LINE:COL with the line and a caret."""

from __future__ import annotations

import pytest

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, CobolSyntaxError
from idrs_sandbox.cobol.program import parse_program, parse_program_text
from idrs_sandbox.paths import copybook_dir, program_path

HEAD = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. T.
       AUTHOR. ANY TEXT, EVEN KEYWORDS LIKE MOVE AND DATA.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F ASSIGN TO "FNAME" ORGANIZATION LINE SEQUENTIAL
               FILE STATUS IS FS.
       DATA DIVISION.
       FILE SECTION.
       FD F.
       01 FREC PIC X(10).
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       01 A PIC 9(3).
       01 B PIC 9(3).
       PROCEDURE DIVISION.
"""


def _statements(body: str) -> tuple[ast.Statement, ...]:
    program = parse_program_text(HEAD + body, "T.cbl")
    assert program.procedure is not None
    return program.procedure.paragraphs()[0].sentences[0].statements


def test_divisions_files_and_paragraphs() -> None:
    program = parse_program_text(HEAD + "       P1.\n           STOP RUN.\n", "T.cbl")
    assert program.name == "T"
    (declaration,) = program.files
    assert (declaration.name, declaration.assign, declaration.line_sequential) == (
        "F",
        "FNAME",
        True,
    )
    assert declaration.records[0].name == "FREC"
    assert [item.name for item in program.working_storage] == ["FS", "A", "B"]
    assert program.procedure is not None
    assert [p.name for p in program.procedure.paragraphs()] == ["P1"]


def test_nested_if_else_binds_to_the_nearest_if() -> None:
    (outer,) = _statements("           IF A = 1 IF B = 2 DISPLAY 'X' ELSE DISPLAY 'Y'.\n")
    assert isinstance(outer, ast.If) and outer.otherwise is None
    inner = outer.then[0]
    assert isinstance(inner, ast.If) and inner.otherwise is not None


def test_abbreviated_conditions_keep_their_pieces() -> None:
    (statement,) = _statements("           IF A = 1 OR 2 AND > B DISPLAY 'X' END-IF.\n")
    assert isinstance(statement, ast.If)
    condition = statement.condition
    assert isinstance(condition, ast.Or)
    assert isinstance(condition.left, ast.Relation)
    assert isinstance(condition.right, ast.And)
    assert isinstance(condition.right.left, ast.BareCondition)
    assert isinstance(condition.right.right, ast.AbbreviatedRelation)
    resolved = ast.resolve_condition(condition, lambda expr: False)
    assert isinstance(resolved, ast.Or) and isinstance(resolved.right, ast.And)
    second = resolved.right.right
    assert isinstance(second, ast.Relation) and second.op == ">"
    assert isinstance(second.left, ast.Identifier) and second.left.name == "A"


def test_perform_forms() -> None:
    statements = _statements(
        "           PERFORM P1 THRU P2 3 TIMES\n"
        "           PERFORM VARYING A FROM 1 BY 1 UNTIL A > 3\n"
        "               AFTER B FROM 1 BY 1 UNTIL B > 2 CONTINUE END-PERFORM\n"
        "           PERFORM WITH TEST AFTER UNTIL A = 0\n"
        "               SUBTRACT 1 FROM A END-PERFORM.\n"
    )
    first, second, third = statements
    assert isinstance(first, ast.PerformProcedure) and isinstance(first.loop, ast.Times)
    assert first.end is not None and first.end.name == "P2"
    assert isinstance(second, ast.PerformInline) and isinstance(second.loop, ast.Varying)
    assert len(second.loop.clauses) == 2
    assert isinstance(third, ast.PerformInline) and isinstance(third.loop, ast.Until)
    assert third.loop.test_after


def test_evaluate_with_also_thru_any_and_other() -> None:
    (statement,) = _statements(
        "           EVALUATE A ALSO TRUE\n"
        "               WHEN 1 THRU 5 ALSO B = 2 DISPLAY 'X'\n"
        "               WHEN ANY ALSO ANY CONTINUE\n"
        "               WHEN OTHER DISPLAY 'Z'\n"
        "           END-EVALUATE.\n"
    )
    assert isinstance(statement, ast.Evaluate)
    assert len(statement.subjects) == 2 and statement.subjects[1] is True
    first = statement.whens[0].heads[0]
    assert isinstance(first[0], ast.RangeObject)
    assert isinstance(first[1], ast.Relation)
    assert statement.other is not None


def test_arithmetic_phrases() -> None:
    statements = _statements(
        "           ADD 1 TO A ROUNDED ON SIZE ERROR DISPLAY 'E'\n"
        "               NOT ON SIZE ERROR DISPLAY 'OK' END-ADD\n"
        "           DIVIDE A BY 7 GIVING B REMAINDER A.\n"
    )
    add, divide = statements
    assert isinstance(add, ast.Add) and add.targets[0].rounded
    assert add.size.on_error is not None and add.size.not_on_error is not None
    assert isinstance(divide, ast.Divide) and divide.remainder is not None


def test_syntax_error_names_file_line_and_column() -> None:
    with pytest.raises(CobolSyntaxError) as caught:
        parse_program_text(HEAD + "           MOVE A TO.\n", "T.cbl")
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("T.cbl:18:21: unexpected '.'")
    assert lines[1] == "           MOVE A TO."
    assert lines[2] == " " * 20 + "^"


def test_posting_parses() -> None:
    program = parse_program(program_path("POSTING"), [copybook_dir()])
    assert program.name == "POSTING"
    assert len(program.files) == 8


def test_a_verb_outside_the_subset_is_named() -> None:
    with pytest.raises(CobolSyntaxError) as caught:
        parse_program_text(
            HEAD + "           DISPLAY A\n           ALTER P1 TO PROCEED TO P2.\n", "T.cbl"
        )
    assert str(caught.value).splitlines()[0] == (
        "T.cbl:19:12: ALTER is not supported by the legacy engine"
    )


def test_search_and_search_all_parse() -> None:
    search, search_all = _statements(
        "           SEARCH T VARYING A AT END DISPLAY B\n"
        "               WHEN A = 1 DISPLAY A WHEN A = 2 NEXT SENTENCE END-SEARCH\n"
        "           SEARCH ALL T WHEN A = B DISPLAY A.\n"
    )
    assert isinstance(search, ast.Search) and isinstance(search_all, ast.Search)
    assert (search.table.name, search.all, len(search.whens)) == ("T", False, 2)
    assert search.varying is not None and search.at_end is not None
    assert (search_all.all, search_all.varying, search_all.at_end) == (True, None, None)


# What cobc 3.1.2 rejects is rejected here too, with a message that names the fault (issue 12).


@pytest.mark.parametrize(
    ("body", "message", "column"),
    [
        # cobc: "syntax error, unexpected END-IF"
        (
            '           IF A = 1\n              DISPLAY "X".\n           END-IF.\n',
            "unexpected END-IF",
            12,
        ),
        # cobc: "unknown statement 'FROBNICATE'"
        ("           FROBNICATE A.\n", "unknown statement 'FROBNICATE'", 12),
        # cobc: "invalid literal: 'A ...'"
        ('           DISPLAY "A\x00B".\n', "invalid literal: it holds a NUL byte", 22),
    ],
)
def test_rejected_like_cobc(body: str, message: str, column: int) -> None:
    with pytest.raises(CobolSyntaxError, match=message) as caught:
        parse_program_text(HEAD + body + "           STOP RUN.\n", "T.cbl")
    assert caught.value.origin is not None
    assert caught.value.origin.column == column


def test_a_picture_larger_than_cobc_allows_fails_at_once() -> None:
    # cobc: "'X' cannot be larger than 268435456 bytes"; expanding it took 36 s and 1 GB.
    text = HEAD.replace("01 B PIC 9(3).", "01 B PIC X(999999999).") + "           STOP RUN.\n"
    with pytest.raises(CobolSemanticError, match=r"X\(999999999\): 999,999,999 characters"):
        parse_program_text(text, "T.cbl")


def test_occurs_0_is_accepted_as_cobc_does() -> None:
    text = HEAD.replace("01 B PIC 9(3).", "01 B.\n          05 T PIC X OCCURS 0.")
    program = parse_program_text(text + "           STOP RUN.\n", "T.cbl")
    assert program.working_storage[-1].name == "B"


def test_sort_of_a_table_parses_its_keys_in_order() -> None:
    (sort,) = _statements("           SORT T ON ASCENDING KEY A B DESCENDING B.\n")
    assert isinstance(sort, ast.SortTable)
    assert sort.table.name == "T"
    keys = [(key.ascending, [name.name for name in key.names]) for key in sort.keys]
    assert keys == [(True, ["A", "B"]), (False, ["B"])]


def test_display_takes_no_advancing_and_upon_in_either_order() -> None:
    first, second = _statements(
        "           DISPLAY A NO ADVANCING UPON SYSERR\n           DISPLAY A UPON SYSERR.\n"
    )
    assert isinstance(first, ast.Display) and isinstance(second, ast.Display)
    assert (first.upon, first.no_advancing) == ("SYSERR", True)
    assert (second.upon, second.no_advancing) == ("SYSERR", False)
