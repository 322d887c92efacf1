"""ANY LENGTH LINKAGE items (runtime/anylength.py): where cobc 3.1.2 refuses the clause, the
check refuses it with cobc's message. What such an item does at run time is the probe
``any_length`` of the probe table (arguments of 10, 3, 4 and again 10 bytes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. callee.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 W PIC X{ws}.
       LINKAGE SECTION.
       01 G.
          05 Y PIC X{group}.
       01 Z PIC {pic} ANY LENGTH.
       PROCEDURE DIVISION USING G Z.
           GOBACK.
"""

ANY = " ANY LENGTH"


@pytest.mark.parametrize(
    ("ws", "group", "pic", "message"),
    [
        (ANY, "", "X", "5:19: 'W' ANY LENGTH only allowed in LINKAGE"),
        ("", ANY, "X", "8:22: 'Y' ANY LENGTH must be 01 level"),
        ("", "", "9", "9:19: 'Z' ANY LENGTH must be PIC X"),
    ],
)
def test_any_length_is_refused_where_cobc_refuses_it(
    tmp_path: Path, ws: str, group: str, pic: str, message: str
) -> None:
    source = tmp_path / "callee.cob"
    source.write_text(PROGRAM.format(ws=ws, group=group, pic=pic))
    result = CliRunner().invoke(cli, ["cobol", "check", str(source)])
    assert result.exit_code != 0
    assert f"callee.cob:{message}" in result.output


def test_a_level_01_linkage_item_of_pic_x_is_accepted(tmp_path: Path) -> None:
    source = tmp_path / "callee.cob"
    source.write_text(PROGRAM.format(ws="", group="", pic="X"))
    result = CliRunner().invoke(cli, ["cobol", "check", str(source)])
    assert result.exit_code == 0, result.output
