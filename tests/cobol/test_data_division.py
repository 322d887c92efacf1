"""Data description entries: every clause of the grammar, nesting by level, and the messages
for bad text (``file:line:col: message``, the source line and a caret)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from idrs_sandbox.cobol.copybook import layout_of, load_copybook_items
from idrs_sandbox.cobol.data_division import DataItem, parse_data_entries
from idrs_sandbox.cobol.diagnostics import CobolError, CobolSemanticError, CobolSyntaxError
from idrs_sandbox.cobol.source import read_text
from idrs_sandbox.records.layout import AllLiteral, Figurative, OccursKey, Usage


def entries(*lines: str) -> list[DataItem]:
    """Parse lines written from column 8 (area A)."""
    text = "".join(f"       {line}\n" for line in lines)
    return parse_data_entries(read_text(text, "T.cpy"))


def one(clauses: str) -> DataItem:
    (record,) = entries("01  R.", f"    05  F {clauses}.")
    return record.children[0]


@pytest.mark.parametrize(
    ("clauses", "usage"),
    [
        ("PIC 9", None),
        ("PIC 9 USAGE IS DISPLAY", Usage.DISPLAY),
        ("PIC 9 COMP", Usage.COMP),
        ("PIC 9 COMPUTATIONAL", Usage.COMP),
        ("PIC 9 BINARY", Usage.COMP),
        ("PIC 9 USAGE COMP-4", Usage.COMP),
        ("PIC 9 COMPUTATIONAL-4", Usage.COMP),
        ("PIC 9 COMP-5", Usage.COMP_5),
        ("PIC 9 computational-5", Usage.COMP_5),
        ("PIC 9 COMP-3", Usage.COMP_3),
        ("PIC 9 COMPUTATIONAL-3", Usage.COMP_3),
        ("PIC 9 PACKED-DECIMAL", Usage.COMP_3),
        ("USAGE INDEX", Usage.INDEX),
        ("INDEX", Usage.INDEX),
    ],
)
def test_usage(clauses: str, usage: Usage | None) -> None:
    item = one(clauses)
    assert (item.usage.usage if item.usage else None) is usage


@pytest.mark.parametrize(
    ("clauses", "picture"),
    [
        ("PIC X(10)", "X(10)"),
        ("PICTURE IS S9(9)V99", "S9(9)V99"),
        ("pic $$$,$$9.99CR", "$$$,$$9.99CR"),
        ("PIC ZZ9.99-", "ZZ9.99-"),
        ("PIC 99/99/99", "99/99/99"),
        ("PIC ***,**9.99", "***,**9.99"),
        ("PIC +++9", "+++9"),
        ("PIC 99PPP", "99PPP"),
        ("PIC XXBXX0X", "XXBXX0X"),
    ],
)
def test_picture_strings(clauses: str, picture: str) -> None:
    item = one(clauses)
    assert item.picture is not None
    assert item.picture.text == picture


@pytest.mark.parametrize(
    ("clauses", "leading", "separate"),
    [
        ("PIC S9 SIGN LEADING", True, False),
        ("PIC S9 SIGN IS TRAILING", False, False),
        ("PIC S9 LEADING SEPARATE", True, True),
        ("PIC S9 SIGN TRAILING SEPARATE CHARACTER", False, True),
    ],
)
def test_sign(clauses: str, leading: bool, separate: bool) -> None:
    sign = one(clauses).sign
    assert sign is not None
    assert (sign.leading, sign.separate) == (leading, separate)


def test_occurs_forms() -> None:
    (record,) = entries(
        "01  R.",
        "    05  N PIC 9.",
        "    05  T1 PIC X OCCURS 5.",
        "    05  T2 OCCURS 1 TO 9 TIMES DEPENDING ON N",
        "            ASCENDING KEY IS K1 K2 DESCENDING K3",
        "            INDEXED BY I1 I2.",
        "        10  K1 PIC X.",
        "        10  K2 PIC X.",
        "        10  K3 PIC X.",
    )
    t1, t2 = record.children[1].occurs, record.children[2].occurs
    assert t1 is not None and t2 is not None
    assert (t1.minimum, t1.maximum, t1.depending_on) == (None, 5, None)
    assert (t2.minimum, t2.maximum, t2.depending_on) == (1, 9, "N")
    assert t2.keys == (OccursKey("K1"), OccursKey("K2"), OccursKey("K3", ascending=False))
    assert t2.indexed_by == ("I1", "I2")


def test_value_literals() -> None:
    cases = {
        'VALUE "A""B"': 'A"B',
        "VALUE 'IT''S'": "IT'S",
        'VALUE X"41FF"': "A\xff",
        "VALUE -12.50": Decimal("-12.50"),
        "VALUE +.5": Decimal("0.5"),
        "VALUE IS ZEROES": Figurative.ZERO,
        "VALUE SPACES": Figurative.SPACE,
        "VALUE HIGH-VALUES": Figurative.HIGH_VALUE,
        "VALUE LOW-VALUE": Figurative.LOW_VALUE,
        "VALUE QUOTES": Figurative.QUOTE,
        'VALUE ALL "*"': AllLiteral("*"),
    }
    for clause, expected in cases.items():
        item = one(f"PIC X(4) {clause}")
        assert item.value is not None
        assert item.value.literal.value == expected, clause


def test_condition_names() -> None:
    (record,) = entries(
        "01  R.",
        "    05  F PIC 99.",
        "        88  LOW-RANGE VALUE 1 THRU 9.",
        "        88  SOME VALUES ARE 10 12 THROUGH 14 20.",
        "        88  NONE VALUE ZERO.",
    )
    conditions = record.children[0].conditions
    assert [c.name for c in conditions] == ["LOW-RANGE", "SOME", "NONE"]
    some = conditions[1]
    pairs = [(v.low.value, v.high.value if v.high else None) for v in some.values]
    assert pairs == [(Decimal(10), None), (Decimal(12), Decimal(14)), (Decimal(20), None)]


def test_other_clauses_and_filler() -> None:
    (record,) = entries(
        "01  R.",
        "    05  A PIC X(5) JUSTIFIED RIGHT.",
        "    05  B PIC 9(3) JUST.",
        "    05  C PIC 9(3) BLANK WHEN ZERO.",
        "    05  FILLER PIC X.",
        "    05  PIC X.",
        "    05  D REDEFINES C PIC X(3).",
    )
    a, b, c, filler, unnamed, d = record.children
    assert a.justified and b.justified and c.blank_when_zero
    assert filler.name is None and unnamed.name is None
    assert d.redefines is not None and d.redefines.target == "C"


def test_nesting_and_level_77() -> None:
    roots = entries(
        "01  R.",
        "    05  G1.",
        "        10  A PIC X.",
        "        10  G2.",
        "            15  B PIC X.",
        "        10  C PIC X.",
        "    05  D PIC X.",
        "77  W PIC 9.",
        "01  S PIC X(3).",
    )
    assert [r.name for r in roots] == ["R", "W", "S"]
    g1 = roots[0].children[0]
    assert [c.name for c in g1.children] == ["A", "G2", "C"]
    assert [c.name for c in g1.children[1].children] == ["B"]
    assert roots[0].children[1].name == "D"


def test_positions_point_into_the_original_file() -> None:
    (record,) = load_copybook_items("TAXACCT")
    balance = next(i for i in record.walk() if i.name == "TA-BALANCE")
    assert str(balance.origin) == "TAXACCT.cpy:52:16"
    assert balance.picture is not None
    assert str(balance.picture.origin) == "TAXACCT.cpy:52:40"
    assert str(balance.picture.string_origin) == "TAXACCT.cpy:52:44"


# ---------------------------------------------------------------------------------------------
# errors: file:line:col, the line, a caret. Each case names the text the caret must sit under
# (on the last line given); "$" means just past the end of that line.


def where(lines: list[str], marker: str) -> str:
    line = f"       {lines[-1]}"
    column = len(line) + 1 if marker == "$" else line.index(marker) + 1
    return f"T.cpy:{len(lines)}:{column}"


@pytest.mark.parametrize(
    ("lines", "marker", "message"),
    [
        (["01  R.", "    05  F PICX 9(9)."], "PICX", "unexpected 'PICX'"),
        (
            ["01  R.", "    05  F PIC 9(9)", "    05  G PIC X."],
            "05",
            "unexpected '05'; expected '.'",
        ),
        (["01  R.", "    05  F PIC 9(9)"], "$", "unexpected end of text (a missing period?)"),
        (["01  R.", "    05  F PIC X(5) VALUE 'A' 'B'."], "'B'", "unexpected \"'B'\""),
        (["01  R.", "    05  F OCCURS PIC X."], "PIC", "unexpected 'PIC'; expected an integer"),
        (["01  R.", "    05  F PIC X VALUE."], ".", "unexpected '.'; expected ALL, HIGH-VALUE"),
    ],
)
def test_syntax_errors(lines: list[str], marker: str, message: str) -> None:
    with pytest.raises(CobolSyntaxError) as caught:
        entries(*lines)
    head, line, caret = str(caught.value).split("\n")
    assert head.startswith(f"{where(lines, marker)}: {message}")
    assert line == f"       {lines[-1]}"
    assert caret == " " * (int(head.split(":")[2]) - 1) + "^"


@pytest.mark.parametrize(
    ("lines", "marker", "message"),
    [
        (["01  R.", "    05  F PIC 9(9)Q."], "9(9)Q", "invalid character 'Q' in PICTURE"),
        (["01  R.", "    05  F PIC X PICTURE X."], "PICTURE", "PICTURE clause given twice"),
        (["01  R.", "    05  F PIC 9 SYNC SYNC."], "SYNC.", "SYNCHRONIZED clause given twice"),
        (["01  R.", "    05  F PIC 9 GLOBAL."], "GLOBAL", "GLOBAL only allowed at 01/77 level"),
        (["01  R.", "    05  F PIC 9 EXTERNAL."], "EXTERNAL", "EXTERNAL only allowed at 01/77"),
        (["01  R.", "    05  F PIC 9 BASED."], "BASED", "BASED only allowed at 01/77 level"),
        (["01  R.", "    50  F PIC 9."], "50", "level 50 is not 01-49, 77 or 88"),
        (["05  F PIC 9."], "05", "level 05 item F is not inside a level 01 record"),
        (
            ["01  R.", "    05  A.", "        10  B PIC X.", "      07  C PIC X."],
            "07",
            "no previous data item of level 07",
        ),
        (
            ["01  R.", "    05  A PIC X.", "        10  B PIC X."],
            "10",
            "B is subordinate to A, which has a PICTURE",
        ),
        (["88  C VALUE 1."], "88", "88-level with no data item before it"),
        (
            ["01  R.", "    05  F PIC X OCCURS 1 TO 3."],
            "OCCURS",
            "OCCURS m TO n needs DEPENDING ON",
        ),
    ],
)
def test_semantic_errors(lines: list[str], marker: str, message: str) -> None:
    with pytest.raises(CobolSemanticError) as caught:
        entries(*lines)
    assert str(caught.value).startswith(f"{where(lines, marker)}: {message}")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            ["01  R.", "    05  A PIC X(2).", "    05  B REDEFINES A PIC X(3)."],
            "size of 05 B larger than size of A",
        ),
        (["01  R.", "    05  A PIC X COMP-3."], "USAGE COMP-3 item 05 A needs a numeric"),
        (["01  R.", "    05  A."], "elementary item 05 A has no PICTURE"),
        (
            ["01  R.", "    05  A PIC X.", "    05  B PIC X.", "    05  C REDEFINES A PIC X."],
            "05 C REDEFINES A, which is not the item just before it",
        ),
    ],
)
def test_layout_errors_point_at_the_item(lines: list[str], message: str) -> None:
    (record,) = entries(*lines)
    with pytest.raises(CobolSemanticError) as caught:
        layout_of(record)
    assert str(caught.value).startswith(f"{where(lines, '05')}: {message}")


def test_every_error_is_an_idrs_error_with_one_caret() -> None:
    with pytest.raises(CobolError) as caught:
        entries("01  R.", "    05  F PIC 9(9)Q.")
    _, line, caret = str(caught.value).split("\n")
    assert line == "           05  F PIC 9(9)Q."
    assert caret == " " * 21 + "^"  # under 9(9)Q, column 22


def test_the_grammar_can_be_imported_by_another_grammar() -> None:
    # The PROCEDURE DIVISION front end reuses the data-description rules through lark's %import;
    # keep that working.
    from pathlib import Path

    from lark import Lark, Transformer
    from lark.visitors import merge_transformers

    import idrs_sandbox.cobol.data_division as data_division
    from idrs_sandbox.cobol.data_division import DataDivisionTransformer, nest_entries, transform

    grammar = """
    start: "WORKING-STORAGE"i "SECTION"i "." data_entries "PROCEDURE"i "DIVISION"i "."
    %import data_division (data_entries, WS)
    %ignore WS
    """
    folder = Path(data_division.__file__).parent / "grammar"
    parser = Lark(grammar, parser="lalr", propagate_positions=True, import_paths=[str(folder)])
    source = read_text(
        "       WORKING-STORAGE SECTION.\n"
        "       01  W.\n"
        "           05  N PIC S9(3) COMP-3 VALUE -12.\n"
        "       PROCEDURE DIVISION.\n",
        "P.cbl",
    )

    class Program(Transformer[object, object]):
        def start(self, children: list[object]) -> object:
            return children[0]

        def data_entries(self, children: list[object]) -> list[DataItem]:
            return nest_entries(children)  # type: ignore[arg-type]

    transformer = merge_transformers(
        Program(), data_division=DataDivisionTransformer(source.origin_at)
    )
    (record,) = transform(transformer, parser.parse(source.text))
    (number,) = record.children
    assert number.usage is not None and number.usage.usage is Usage.COMP_3
    assert number.value is not None and number.value.literal.value == Decimal(-12)
    assert str(number.origin) == "P.cbl:3:12"
