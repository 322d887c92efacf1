"""Name control, RULEBOOK §4: the rulebook's own examples plus hand-worked cases."""

from __future__ import annotations

import pytest

from idrs_sandbox.modern.namecontrol import name_control


@pytest.mark.parametrize(
    ("name_line", "control"),
    [
        ("JOHN<O'BRIEN<", "OBRI"),
        ("ANA<DE LA ROSA<", "DELA"),
        ("LI<NG-LEE<", "NG-L"),
        ("MAI<NG<", "NG  "),
        ("JOHN A<DOE<JR", "DOE "),
        ("john<smith<", "SMIT"),  # a-z upper-cased
        ("A<<B", "    "),  # empty surname between the marks
        ("JOHN A DOE", "DOE "),  # no marks: the last word
        ("MARY ST. JAMES", "JAME"),
        ("MARY O'NEIL", "ONEI"),
        ("CHER", "CHER"),
        ("", "    "),
    ],
)
def test_name_control(name_line: str, control: str) -> None:
    assert name_control(name_line.ljust(35)) == control
