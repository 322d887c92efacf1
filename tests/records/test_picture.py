"""PICTURE strings: category, size, digits, scale and sign, worked out by hand from the rules in
records/picture.py's docstring; display sizes are also measured with cobc (FUNCTION LENGTH)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from idrs_sandbox.records.picture import Category, PictureError, parse_picture

N, NE, AN, ANE, A = (
    Category.NUMERIC,
    Category.NUMERIC_EDITED,
    Category.ALPHANUMERIC,
    Category.ALPHANUMERIC_EDITED,
    Category.ALPHABETIC,
)

# picture, category, size, digits, scale, signed
PICTURES = [
    ("9", N, 1, 1, 0, False),
    ("9(9)", N, 9, 9, 0, False),
    ("S9(9)V99", N, 11, 11, 2, True),
    ("s9(3)v99", N, 5, 5, 2, True),
    ("9V9(4)", N, 5, 5, 4, False),
    ("V99", N, 2, 2, 2, False),
    ("99PPP", N, 2, 2, -3, False),
    ("S99PPP", N, 2, 2, -3, True),
    ("PP99", N, 2, 2, 4, False),
    ("VPP99", N, 2, 2, 4, False),
    ("SVPP9", N, 1, 1, 3, True),
    ("9(18)", N, 18, 18, 0, False),
    ("9(38)", N, 38, 38, 0, False),
    ("X", AN, 1, 0, 0, False),
    ("X(35)", AN, 35, 0, 0, False),
    ("XX9", AN, 3, 0, 0, False),
    ("A(3)", A, 3, 0, 0, False),
    ("XXBXX", ANE, 5, 0, 0, False),
    ("X(2)/X(2)", ANE, 5, 0, 0, False),
    ("ZZZZZ", NE, 5, 5, 0, False),
    ("ZZ9.99", NE, 6, 5, 2, False),
    ("ZZ9.99-", NE, 7, 5, 2, True),
    ("-ZZ9.99", NE, 7, 5, 2, True),
    ("+++9", NE, 4, 3, 0, True),  # floating +: 3 symbols = 2 digits, then 9
    ("$$$,$$9.99-", NE, 11, 7, 2, True),  # 5 $ = 4 digits + 9 + 2 decimals
    ("$$$,$$9.99CR", NE, 12, 7, 2, True),
    ("$ZZ9.99DB", NE, 9, 5, 2, True),  # single $ is a fixed insertion
    ("***,**9.99", NE, 10, 8, 2, False),
    ("99/99/99", NE, 8, 6, 0, False),
    ("9(3)B9(3)", NE, 7, 6, 0, False),
    ("9990", NE, 4, 3, 0, False),
    ("Z(5)9V99", NE, 8, 8, 2, False),
]


@pytest.mark.parametrize(("text", "category", "size", "digits", "scale", "signed"), PICTURES)
def test_parse_picture(
    text: str, category: Category, size: int, digits: int, scale: int, signed: bool
) -> None:
    picture = parse_picture(text)
    assert (picture.category, picture.size, picture.digits, picture.scale, picture.signed) == (
        category,
        size,
        digits,
        scale,
        signed,
    )


def test_pictures_compare_by_symbols() -> None:
    assert parse_picture("9(3)") == parse_picture("999")
    assert parse_picture("x(2)") == parse_picture("XX")
    assert parse_picture("9(3)") != parse_picture("9(4)")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty PICTURE"),
        ("Q", "invalid character 'Q'"),
        ("9(0)", "repetition count 0"),
        ("9(3", "bad repetition count"),
        ("SS9", "S must be the first symbol"),
        ("9S", "S must be the first symbol"),
        ("9V9V9", "more than one V"),
        ("9.9.9", "more than one '.'"),
        ("9V9.9", "both V and '.'"),
        ("9CR9", "CR must end"),
        ("9(39)", "has 39 digits"),
        ("P9P", "P must be at one end"),
        ("ZZ*9", "both Z and *"),
        ("X9.9", "mixes alphanumeric and numeric editing"),
        ("S", "has no digit position"),
        ("SZZ9", "S in the edited PICTURE"),
        ("9R", "'R' outside CR / DB"),
    ],
)
def test_bad_pictures(text: str, reason: str) -> None:
    with pytest.raises(PictureError, match=reason.replace("(", r"\(").replace(".", r"\.")):
        parse_picture(text)


PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. PICSIZE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
{items}
       PROCEDURE DIVISION.
{displays}
           STOP RUN.
"""


def test_display_sizes_match_cobc(
    run_probe: Callable[[str, str], tuple[str, Path]], cobol_lines: Callable[..., str]
) -> None:
    items = [f"01  P{i} PIC {text}." for i, (text, *_) in enumerate(PICTURES)]
    displays = [f"DISPLAY FUNCTION LENGTH(P{i})" for i in range(len(PICTURES))]
    source = PROGRAM.format(items=cobol_lines(items, 8), displays=cobol_lines(displays))
    stdout, _ = run_probe(source, "PICSIZE")
    measured = [int(line) for line in stdout.split()]
    assert measured == [size for _, _, size, *_ in PICTURES]
