"""The fixed-format source reader: columns, indicators, continuation, COPY and REPLACING, and
the way back from the parser's text to the original file, line and column.

Expected values are the fixed-format rules (GNUCOBOL-NOTES "Install and dialect") worked by hand;
``test_copy_replacing_matches_cobc`` checks the REPLACING forms against the real compiler.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from idrs_sandbox.cobol.diagnostics import CobolSyntaxError, CopybookNotFound
from idrs_sandbox.cobol.source import ExpandedSource, read_source, read_text


def words(source: ExpandedSource) -> list[str]:
    return [token.text for token in source.tokens]


def fixed(*lines: str) -> str:
    """Lines given from column 7 (the indicator) on; the sequence area is filled with digits
    to show it is ignored."""
    return "\n".join(f"{number:06d}{line}" for number, line in enumerate(lines, start=1)) + "\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([" 01  A PIC X."], ["01", "A", "PIC", "X", "."]),
        (["*01  A PIC X.", " 01  B."], ["01", "B", "."]),  # comment line
        (["/01  A PIC X.", " 01  B."], ["01", "B", "."]),  # page eject = comment
        (["D01  A PIC X.", " 01  B."], ["01", "B", "."]),  # debugging line, off by default
        ([" 01  A.  *> floating comment", " 01  B."], ["01", "A", ".", "01", "B", "."]),
        (
            [" 01  A PIC X(5).", " 01  B, C; D."],
            ["01", "A", "PIC", "X", "(", "5", ")", ".", "01", "B", "C", "D", "."],
        ),
        ([" 01  A PIC $$,$$9.99.", ""], ["01", "A", "PIC", "$$,$$9.99", "."]),
        ([' 01  A VALUE X"4142".'], ["01", "A", "VALUE", 'X"4142"', "."]),
        ([" 01  A VALUE 'IT''S'."], ["01", "A", "VALUE", "'IT''S'", "."]),
    ],
)
def test_tokens(lines: list[str], expected: list[str]) -> None:
    assert words(read_text(fixed(*lines), "T.cbl")) == expected


def test_text_past_column_72_is_ignored() -> None:
    line = " 01  ABC." + " " * (72 - 15) + "XYZ"
    assert len("000001" + line) == 75
    assert words(read_text(fixed(line), "T.cbl")) == ["01", "ABC", "."]


def test_sequence_area_and_short_lines() -> None:
    text = "ABCDEF 01  A.\n\n   \n123456\n"
    assert words(read_text(text, "T.cbl")) == ["01", "A", "."]


def test_tabs_expand_to_eight_columns() -> None:
    # A tab in column 1 reaches column 9: code (cobc's default tab width is 8).
    assert words(read_text("\t01 A.\n", "T.cbl")) == ["01", "A", "."]


def test_debugging_lines_when_asked() -> None:
    text = fixed("D01  A.")
    assert words(read_text(text, "T.cbl", debugging_lines=True)) == ["01", "A", "."]


def test_continued_word() -> None:
    text = fixed(" 01  TA-NA", "-        ME PIC X.")
    assert words(read_text(text, "T.cbl"))[:2] == ["01", "TA-NAME"]


def test_continued_literal_keeps_spaces_up_to_column_72() -> None:
    first = ' 01  A PIC X(70) VALUE "ABC'
    text = fixed(first, '-    "DEF".')
    literal = words(read_text(text, "T.cbl"))[-2]
    padding = " " * (72 - 6 - len(first))
    assert literal == '"ABC' + padding + 'DEF"'


def test_literal_continued_over_three_lines() -> None:
    # Each continued piece ends exactly in column 72, so the pieces join without spaces.
    first = ' 01 A VALUE "A'
    second = '-    "C'
    text = fixed(
        first + " " * (65 - len(first)) + "B",
        second + " " * (65 - len(second)) + "D",
        '-    "E".',
    )
    literal = words(read_text(text, "T.cbl"))[-2]
    assert literal.startswith('"A') and literal.endswith("BC" + " " * 58 + 'DE"')


@pytest.mark.parametrize(
    ("lines", "message", "where"),
    [
        ([' 01  A VALUE "ABC', " 01  B."], "literal not closed", "T.cbl:1:20"),
        ([' 01  A VALUE "ABC', "-    DEF"], "a continued literal must resume with", "T.cbl:2:12"),
        ([" 01  A.", "X01  B."], "invalid indicator 'X' in column 7", "T.cbl:2:7"),
        ([' 01  A VALUE "ABC'], "literal not closed", "T.cbl:1:20"),
    ],
)
def test_reader_errors(lines: list[str], message: str, where: str) -> None:
    with pytest.raises(CobolSyntaxError) as caught:
        read_text(fixed(*lines), "T.cbl")
    assert str(caught.value).startswith(f"{where}: {message}")


# ---------------------------------------------------------------------------------------------
# COPY


@pytest.fixture
def copy_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "PART.cpy").write_text(
        "      * a copybook\n"
        "       01  :TAG:-REC.\n"
        "           05  :TAG:-ID   PIC 9(3).\n"
        "           05  PFX-NAME   PIC X(5).\n"
        "           05  AMOUNT-IN  PIC S9(3).\n"
    )
    (folder / "OUTER.cpy").write_text("       COPY PART.\n       01  OUTER-END PIC X.\n")
    (folder / "LOOP.cpy").write_text("       COPY LOOP.\n")
    return folder


def test_copy_expands_and_keeps_copybook_positions(copy_dir: Path) -> None:
    source = read_text(fixed(" COPY PART.", " 01  AFTER PIC X."), "MAIN.cbl", [copy_dir])
    assert words(source)[:3] == ["01", ":", "TAG"]
    name_token = next(t for t in source.tokens if t.text == "PFX-NAME")
    assert str(name_token.origin) == "PART.cpy:4:16"
    after = next(t for t in source.tokens if t.text == "AFTER")
    assert str(after.origin) == "MAIN.cbl:2:12"
    offset = source.text.index("PFX-NAME")
    assert str(source.origin_at(offset + 4)) == "PART.cpy:4:20"


@pytest.mark.parametrize(
    ("replacing", "expected_names"),
    [
        ("==:TAG:== BY ==XX==", ["XX-REC", "XX-ID", "PFX-NAME", "AMOUNT-IN"]),
        ("LEADING ==PFX-== BY ==NEW-==", [":TAG:-REC", ":TAG:-ID", "NEW-NAME", "AMOUNT-IN"]),
        ("TRAILING ==-IN== BY ==-OUT==", [":TAG:-REC", ":TAG:-ID", "PFX-NAME", "AMOUNT-OUT"]),
        ("PFX-NAME BY OTHER-NAME", [":TAG:-REC", ":TAG:-ID", "OTHER-NAME", "AMOUNT-IN"]),
        (
            "==:TAG:== BY ==A== ==PIC X(5)== BY ==PIC X(7)==",
            ["A-REC", "A-ID", "PFX-NAME", "AMOUNT-IN"],
        ),
    ],
)
def test_copy_replacing(copy_dir: Path, replacing: str, expected_names: list[str]) -> None:
    text = fixed(" COPY PART REPLACING", f"     {replacing}.")
    source = read_text(text, "MAIN.cbl", [copy_dir])
    names = [line.split()[1].rstrip(".") for line in source.text.splitlines()]
    assert names == expected_names


def test_copy_replacing_pseudo_text_spans_tokens(copy_dir: Path) -> None:
    source = read_text(
        fixed(" COPY PART REPLACING ==PIC X(5)== BY ==PIC X(7)==."), "MAIN.cbl", [copy_dir]
    )
    assert "PFX-NAME PIC X(7)." in source.text


def test_nested_copy(copy_dir: Path) -> None:
    source = read_text(fixed(" COPY OUTER."), "MAIN.cbl", [copy_dir])
    assert "OUTER-END" in words(source)
    assert "PFX-NAME" in words(source)


def test_copy_errors(copy_dir: Path) -> None:
    with pytest.raises(CopybookNotFound, match=r"MAIN.cbl:1:8: copybook NOPE not found"):
        read_text(fixed(" COPY NOPE."), "MAIN.cbl", [copy_dir])
    with pytest.raises(CobolSyntaxError, match="COPY LOOP includes itself"):
        read_text(fixed(" COPY LOOP."), "MAIN.cbl", [copy_dir])
    with pytest.raises(CobolSyntaxError, match="COPY statement ends before its terminating"):
        read_text(fixed(" COPY PART"), "MAIN.cbl", [copy_dir])
    with pytest.raises(CobolSyntaxError, match="LEADING replaces part of one word"):
        read_text(fixed(" COPY PART REPLACING LEADING ==A B== BY ==C==."), "M.cbl", [copy_dir])


def test_copybook_found_by_its_name_as_written_and_any_extension_case(tmp_path: Path) -> None:
    (tmp_path / "lowc.CPY").write_text("       01  L PIC X.\n")
    source = read_text(fixed(" COPY lowc."), "MAIN.cbl", [tmp_path])
    assert words(source) == ["01", "L", "PIC", "X", "."]


@pytest.mark.parametrize(("file", "name"), [("UPC.cpy", "upc"), ("lower.cpy", "LOWER")])
def test_copybook_name_case_is_not_folded_as_in_cobc(tmp_path: Path, file: str, name: str) -> None:
    # cobc 3.1.2: `COPY upc` with only UPC.cpy present is "upc: No such file or directory".
    (tmp_path / file).write_text("       01  L PIC X.\n")
    with pytest.raises(CopybookNotFound, match=f"copybook {name} not found"):
        read_text(fixed(f" COPY {name}."), "MAIN.cbl", [tmp_path])


def test_read_source_reads_a_file_and_its_copies(tmp_path: Path, copy_dir: Path) -> None:
    program = tmp_path / "PROG.cbl"
    program.write_text(fixed(" COPY PART."))
    source = read_source(program, [copy_dir])
    assert source.main.name == "PROG.cbl"
    assert "AMOUNT-IN" in words(source)


COPY_PROBE = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. REPLPROB.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       COPY PART REPLACING ==:TAG:== BY ==XX==
                           LEADING ==PFX-== BY ==NEW-==
                           TRAILING ==-IN== BY ==-OUT==.
       PROCEDURE DIVISION.
           MOVE 12 TO XX-ID
           MOVE "ABC" TO NEW-NAME
           MOVE -7 TO AMOUNT-OUT
           DISPLAY XX-REC
           STOP RUN.
"""


def test_copy_replacing_matches_cobc(cobc: str, copy_dir: Path, tmp_path: Path) -> None:
    # The names our reader produces are the names cobc accepts (the program compiles and runs).
    import subprocess

    program = tmp_path / "REPLPROB.cbl"
    program.write_text(COPY_PROBE)
    executable = tmp_path / "replprob"
    compiled = subprocess.run(
        [cobc, "-x", f"-I{copy_dir}", "-o", str(executable), str(program)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stderr
    ran = subprocess.run([str(executable)], capture_output=True, text=True, check=True)
    assert ran.stdout == "012ABC  00w\n"
    ours = read_source(program, [copy_dir])
    for name in ("XX-REC", "XX-ID", "NEW-NAME", "AMOUNT-OUT"):
        assert name in words(ours)


def test_origin_at_maps_every_offset(copy_dir: Path) -> None:
    source = read_text(fixed(" COPY PART.", " 01  Z PIC X."), "MAIN.cbl", [copy_dir])
    for offset, token in source.iter_tokens():
        assert source.origin_at(offset) == token.origin


CONTINUED_LITERAL = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CONTLIT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  A PIC X(80) VALUE "ABC
      -    "DEF".
       PROCEDURE DIVISION.
           DISPLAY "[" A "]"
           STOP RUN.
"""


def test_continued_literal_matches_cobc(cobc: str, tmp_path: Path) -> None:
    import subprocess

    program = tmp_path / "CONTLIT.cbl"
    program.write_text(CONTINUED_LITERAL)
    executable = tmp_path / "contlit"
    subprocess.run([cobc, "-x", "-o", str(executable), str(program)], check=True)
    shown = subprocess.run([str(executable)], capture_output=True, text=True, check=True).stdout
    literal = next(t.text for t in read_source(program).tokens if t.kind == "literal")
    assert shown == "[" + literal[1:-1].ljust(80) + "]\n"


def test_a_comma_between_numbers_separates_them_but_not_in_a_picture() -> None:
    # cobc 3.1.2: DISPLAY 1,1,1 shows 111 (testsuite "Comma separator without space").
    source = read_text(fixed(" DISPLAY 1,2,3. 01 A PIC 9,999."), "MAIN.cbl", [])
    assert words(source) == ["DISPLAY", "1", "2", "3", ".", "01", "A", "PIC", "9,999", "."]


def test_with_debugging_mode_turns_d_lines_into_code() -> None:
    head = (" IDENTIFICATION DIVISION.", " PROGRAM-ID. T.", " ENVIRONMENT DIVISION.")
    body = ("D    DISPLAY 1.", "     DISPLAY 2.")
    plain = read_text(fixed(*head, " CONFIGURATION SECTION.", *body), "T.cbl", [])
    debugging = read_text(
        fixed(*head, " CONFIGURATION SECTION.", " SOURCE-COMPUTER. X WITH DEBUGGING MODE.", *body),
        "T.cbl",
        [],
    )
    assert "1" not in words(plain)
    assert words(debugging)[-6:] == ["DISPLAY", "1", ".", "DISPLAY", "2", "."]


def test_source_format_directives_switch_between_fixed_and_free() -> None:
    text = (
        "       DISPLAY 1.\n"
        "       >>SOURCE FORMAT IS FREE\n"
        "DISPLAY 2. *> a floating comment\n"
        '  >>SET SOURCEFORMAT "FIXED"\n' + "000100 DISPLAY 3.".ljust(72) + "IGNORED\n"
    )
    assert words(read_text(text, "T.cbl", [])) == [
        *("DISPLAY", "1", "."),
        *("DISPLAY", "2", "."),
        *("DISPLAY", "3", "."),
    ]


def test_an_unknown_compiler_directive_is_named() -> None:
    with pytest.raises(CobolSyntaxError, match=r"T.cbl:1:8: compiler directive >>PAGE is not"):
        read_text("       >>PAGE\n", "T.cbl", [])


def test_quotes_in_a_comment_entry_open_no_literal() -> None:
    # cobc 3.1.2 testsuite "Quote marks in comment paragraphs": DATE-written.  hello'".
    text = fixed(
        " IDENTIFICATION DIVISION.",
        " PROGRAM-ID. T.",
        " AUTHOR. J. O'BRIEN.",
        '     AND "FRIENDS.',
        " DATE-written.  hello'\".",
        " PROCEDURE DIVISION.",
        ' DISPLAY "IT\'S".',
    )
    tokens = words(read_text(text, "T.cbl", []))
    assert tokens[-6:] == ["PROCEDURE", "DIVISION", ".", "DISPLAY", '"IT\'S"', "."]


COMMA_PROGRAM = (
    " SPECIAL-NAMES. DECIMAL-POINT IS COMMA.",
    " 01 E PIC ZZ.ZZ9,99.",
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # cobc 3.1.2 testsuite "DECIMAL-POINT is COMMA (1)-(5)": the results show the split.
        ("MIN (3,,,,,,5)", ["MIN", "(", "3", ".5", ")"]),
        ("MIN (3,,,,,, 5)", ["MIN", "(", "3", "5", ")"]),
        ("MIN (3,,,,,, 1,5)", ["MIN", "(", "3", "1.5", ")"]),
        ("MIN (3,,,,,,1,5)", ["MIN", "(", "3", ".1", "5", ")"]),
        ("X=1 + ,1", ["X=1", "+", ".1"]),
        ("X=1*,1", ["X=1*.1"]),
        ("-12,3 +1,23E0", ["-12.3", "+1.23E0"]),
        ("A,B", ["A", "B"]),
    ],
)
def test_decimal_point_comma_numbers_and_separators(code: str, expected: list[str]) -> None:
    source = read_text(fixed(*COMMA_PROGRAM, f" DISPLAY {code}."))
    assert source.decimal_comma
    tokens = words(source)
    assert tokens[tokens.index("ZZ,ZZ9.99") + 1 :] == [".", "DISPLAY", *expected, "."]


def test_without_decimal_point_comma_a_picture_keeps_its_symbols() -> None:
    source = read_text(fixed(" 01 E PIC ZZ.ZZ9,99."))
    assert not source.decimal_comma
    assert "ZZ.ZZ9,99" in words(source)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([' MOVE "OK" & " "', '  & "OK" TO S.'], ["MOVE", '"OK OK"', "TO", "S", "."]),
        ([" MOVE 'A\"' & X'41' TO S."], ["MOVE", 'X"412241"', "TO", "S", "."]),
        ([' DISPLAY "OK"-', '   "OK".'], ["DISPLAY", '"OKOK"', "."]),
        # a minus between a literal and a name on one line is not a continuation
        ([' DISPLAY "OK"- A.'], ["DISPLAY", '"OK"', "-", "A", "."]),
        ([" COMPUTE X = A & B."], ["COMPUTE", "X", "=", "A", "&", "B", "."]),
    ],
)
def test_literals_written_in_pieces_are_joined(lines: list[str], expected: list[str]) -> None:
    assert words(read_text(fixed(*lines))) == expected
