"""Compiler directives (cobol/directives.py) as the source reader applies them: >>DEFINE, >>IF,
>>SET / $SET CONSTANT, -D and the compile's environment, -free. The rules are cobc 3.1.2's
(testsuite "SET CONSTANT directive", "DEFINE OVERRIDE", "DEFINE Defaults"; probe
``directives_cdf`` checks a program against cobc itself)."""

from __future__ import annotations

import pytest

from idrs_sandbox.cobol.diagnostics import CobolSyntaxError
from idrs_sandbox.cobol.directives import SourceOptions
from idrs_sandbox.cobol.source import read_text


def words(*lines: str, options: SourceOptions | None = None) -> list[str]:
    text = "\n".join(" " * 7 + line for line in lines) + "\n"
    return [token.text for token in read_text(text, options=options).tokens]


def test_set_constant_first_definition_wins_and_define_constant_override_replaces() -> None:
    assert words(
        '>>SET CONSTANT PONY "Blacky"',
        '$SET CONSTANT PONY "White"',
        "DISPLAY PONY.",
        '>>DEFINE CONSTANT PONY AS "Grey" OVERRIDE',
        "DISPLAY PONY.",
    ) == ["DISPLAY", '"Blacky"', ".", "DISPLAY", '"Grey"', "."]


def test_if_elif_else_keep_one_branch() -> None:
    lines = (
        ">>DEFINE SPEED AS 3",
        ">>IF SPEED < 2",
        "DISPLAY 1.",
        ">>ELIF SPEED = 3",
        "DISPLAY 2.",
        ">>ELSE",
        "DISPLAY 3.",
        ">>END-IF",
    )
    assert words(*lines) == ["DISPLAY", "2", "."]


def test_a_dropped_branch_ignores_the_directives_inside() -> None:
    assert words(
        ">>IF X IS DEFINED",
        ">>DEFINE Y AS 1",
        ">>IF Y IS DEFINED",
        "DISPLAY 1.",
        ">>END-IF",
        ">>END-IF",
        ">>IF Y IS NOT DEFINED",
        "DISPLAY 2.",
        ">>END-IF",
        ">>IF P64 SET *> cobc on a 64-bit machine",
        "DISPLAY 3.",
        ">>END-IF",
    ) == ["DISPLAY", "2", ".", "DISPLAY", "3", "."]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (SourceOptions(), '"No pony"'),
        (SourceOptions.from_cobc_arguments(["-DPONY=Stallone"], {}), '"Stallone"'),
        (SourceOptions.from_cobc_arguments(["-D", "PONY=7"], {}), "7"),
        (SourceOptions.from_cobc_arguments([], {"PONY": "WHITE"}), '"WHITE"'),
    ],
)
def test_define_as_parameter_takes_minus_d_then_the_environment(
    options: SourceOptions, expected: str
) -> None:
    lines = (
        ">>DEFINE PONY AS PARAMETER OVERRIDE",
        ">>IF PONY IS NOT DEFINED",
        '>>DEFINE PONY AS "No pony"',
        ">>END-IF",
        "01 HORSE CONSTANT FROM PONY.",
        "DISPLAY HORSE.",
    )
    if options.environ is None:
        options = SourceOptions(environ={})
    assert words(*lines, options=options)[-2] == expected


def test_level_78_and_01_constant_names_stand_for_their_literal_after_the_entry() -> None:
    assert words(
        "78 SIZE-X VALUE 3.",
        "01 WIDTH CONSTANT AS 4.",
        "01 T PIC X(WIDTH) OCCURS SIZE-X.",
    )[11:] == ["01", "T", "PIC", "X", "(", "4", ")", "OCCURS", "3", "."]


def test_minus_free_reads_the_file_in_free_format() -> None:
    text = "IDENTIFICATION DIVISION.\n*> a comment\nPROGRAM-ID. P.\n"
    source = read_text(text, options=SourceOptions.from_cobc_arguments(["-free"]))
    assert [t.text for t in source.tokens] == [
        "IDENTIFICATION",
        "DIVISION",
        ".",
        "PROGRAM-ID",
        ".",
        "P",
        ".",
    ]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ((">>IF A = 1 AND B = 2", ">>END-IF"), "cannot read the >>IF condition"),
        ((">>IF X IS DEFINED",), ">>IF without >>END-IF"),
        ((">>END-IF",), ">>END-IF without >>IF"),
        ((">>TURN EC-ALL",), ">>TURN needs CHECKING ON or OFF"),
        (("$SET ANS85",), "compiler directive SET ANS85 is not supported"),
    ],
)
def test_directive_errors(lines: tuple[str, ...], message: str) -> None:
    with pytest.raises(CobolSyntaxError, match=message):
        words(*lines)


@pytest.mark.parametrize(
    ("arguments", "expected"), [(["-free"], ["A"]), (["-free", "-fdebugging-line"], ["A", "B"])]
)
def test_debugging_lines_in_free_format(arguments: list[str], expected: list[str]) -> None:
    text = "DISPLAY A.\n>>D DISPLAY B.\n"
    options = SourceOptions.from_cobc_arguments(arguments)
    shown = [t.text for t in read_text(text, options=options).tokens if t.text in ("A", "B")]
    assert shown == expected


RELAXED = [
    # (data and procedure lines of a program, cobc's error without -frelax-syntax-checks)
    (
        ("01 T.", "   05 E OCCURS 3 INDEXED BY I ASCENDING KEY IS K.", "      10 K PIC X."),
        "INDEXED should follow ASCENDING",
    ),
    (
        (
            "01 I PIC 9.",
            "PROCEDURE DIVISION.",
            "    PERFORM VARYING I FROM 1 BY 1 UNTIL I > 2.",
            "    DISPLAY I.",
        ),
        "not terminated by END-PERFORM",
    ),
]


@pytest.mark.parametrize(("lines", "message"), RELAXED, ids=["indexed-by-first", "open-perform"])
@pytest.mark.parametrize(
    ("arguments", "accepted"), [([], False), (["-frelax-syntax-checks"], True)]
)
def test_constructs_that_need_relax_syntax_checks(
    lines: tuple[str, ...], message: str, arguments: list[str], accepted: bool
) -> None:
    from idrs_sandbox.cobol.program import parse_source

    header = ("IDENTIFICATION DIVISION.", "PROGRAM-ID. P.", "DATA DIVISION.")
    program = (*header, "WORKING-STORAGE SECTION.", *lines)
    text = "\n".join(" " * 7 + line for line in program)
    source = read_text(text + "\n", options=SourceOptions.from_cobc_arguments(arguments))
    if accepted:
        parse_source(source)
    else:
        with pytest.raises(CobolSyntaxError, match=message):
            parse_source(source)


def test_turn_switches_bound_checking_from_its_line_on() -> None:
    source = read_text(
        "\n".join(
            " " * 7 + line
            for line in (
                ">>TURN EC-BOUND-SUBSCRIPT CHECKING ON",
                "DISPLAY A.",
                ">>TURN EC-BOUND, EC-PROGRAM CHECKING OFF",
                "DISPLAY B.",
                ">>TURN EC-ALL CHECKING ON WITH LOCATION",
                "DISPLAY C.",
            )
        )
        + "\n"
    )
    checked = {t.text: source.bound_checking(t.origin) for t in source.tokens}
    assert (checked["A"], checked["B"], checked["C"]) == (True, False, True)
