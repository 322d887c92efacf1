"""Name control (RULEBOOK §4): the rulebook's own examples, then cases measured on POSTING.cbl."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idrs_sandbox.datagen import people
from idrs_sandbox.datagen.namecontrol import name_control, surname_of

RULEBOOK_EXAMPLES = [
    ("JOHN<O'BRIEN<", "OBRI"),
    ("ANA<DE LA ROSA<", "DELA"),
    ("LI<NG-LEE<", "NG-L"),
    ("MAI<NG<", "NG  "),
]

# Worked by hand from §4: the surname between the first two '<', else the last word.
HAND_EXAMPLES = [
    ("JOHN A<DOE<JR", "DOE "),
    ("JANE Q PUBLIC", "PUBL"),  # no '<': the last blank-delimited word
    ("JOHN DOE JR", "JR  "),  # ... which may be a suffix
    ("ROB<McDONALD<", "MCDO"),  # a-z upper-cased
    ("PAT<ST. JOHN<", "STJO"),  # period and blank removed
    ("AL<<", "    "),  # an empty surname
    ("", "    "),
    ("O<O<", "O   "),
]

# Run through POSTING.cbl by the posting helper (docs/posting-decisions.md, decision P2).
POSTING_EXAMPLES = [
    ("JOHN<DOE", "JOHN"),
    ("X<<Y<", "    "),
    ("A<b.c d<JR", "BCD "),
    ("J.R. SMITH-JONES JR.", "JR  "),
    ("a<ba1z<", "BA1Z"),
    ("Z  <AB", "AB  "),
]


@pytest.mark.parametrize(
    ("name_line", "expected"), RULEBOOK_EXAMPLES + HAND_EXAMPLES + POSTING_EXAMPLES
)
def test_name_control(name_line: str, expected: str) -> None:
    assert name_control(name_line) == expected
    # The field is 35 bytes, space padded: padding never changes the result.
    assert name_control(f"{name_line:35}") == expected


def test_surname_between_the_first_two_marks() -> None:
    assert surname_of("A<B<C<D") == "B"


seeds = st.integers(min_value=0, max_value=2**32)


@given(seeds)
def test_generated_name_lines_fit_and_give_clean_name_controls(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(50):
        line = people.name_line(rng)
        assert len(line) <= 35
        assert line.isascii()
        control = name_control(line)
        assert len(control) == 4
        body = control.rstrip(" ")
        assert not any(c in body for c in "'.< ")
        assert body == body.upper()
