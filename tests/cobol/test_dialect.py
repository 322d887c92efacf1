"""cobol/dialect.py: cobc's -std / -f options, with the values of GnuCOBOL 3.1.2's
configuration files; unknown options refused in one line (also by `idrs cobol`)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.cobol.dialect import (
    CONFIG_VALUES,
    DEFAULT,
    DEFAULTS,
    DialectError,
    Support,
    dialect_named,
    parse_dialect,
)


@pytest.mark.parametrize(
    ("arguments", "option", "value"),
    [
        ([], "arithmetic-osvs", "no"),
        (["-std=ibm"], "arithmetic-osvs", "yes"),  # ibm-strict.conf
        (["-std=ibm"], "binary-size", "2-4-8"),
        (["-std=ibm", "-fno-arithmetic-osvs"], "arithmetic-osvs", "no"),  # -f after -std
        (["-std=mf"], "move-non-numeric-lit-to-numeric-is-zero", "yes"),  # mf-strict.conf
        (["-std=cobol85"], "perform-varying-without-by", "unconformable"),
        (["-std=ibm"], "move-figurative-quote-to-numeric", "archaic"),  # lax "+archaic"
        (["-std=ibm-strict"], "move-figurative-quote-to-numeric", "error"),
        (["-fnotrunc"], "binary-truncate", "no"),  # cobc.c: -fnotrunc implies both
        (["-fnotrunc"], "pretty-display", "no"),
        (["-ftop-level-occurs-clause=error"], "top-level-occurs-clause", "error"),
        (["-fnotrun"], "binary-truncate", "no"),  # getopt_long_only: a unique prefix
        (["-fno-binary-trunc"], "binary-truncate", "no"),
    ],
)
def test_dialect_values_follow_cobc(arguments: list[str], option: str, value: str) -> None:
    assert parse_dialect(arguments).values[option] == value


def test_cobc_flags_outside_the_dialect_are_accepted() -> None:
    words = ["-x", "-debug", "-Wall", "-fno-diagnostics-show-option", "-ftrace", "-free", "-o"]
    assert parse_dialect(words) == DEFAULT
    dialect = parse_dialect(["-fsign=ebcdic", "-fdefaultbyte=A", "-fnot-reserved=double,new"])
    assert dialect.sign_ebcdic and dialect.default_byte == ord("A")
    assert dialect.not_reserved == {"DOUBLE", "NEW"}
    assert parse_dialect(["-fdefaultbyte=init"]).default_byte is None
    assert parse_dialect(["-fdefaultbyte=32"]).default_byte == 32


@pytest.mark.parametrize(
    ("word", "message"),
    [
        ("-fbogus", "-fbogus: unknown cobc option"),
        ("-fno", "-fno: unknown cobc option"),  # a prefix of many options
        ("-fbinary", "-fbinary: unknown cobc option"),
        ("-std=vax", "-std=vax: unknown dialect"),
        ("-fsign=MIXED", "-fsign=MIXED: invalid value (ASCII or EBCDIC)"),
        ("-fbinary-truncate=maybe", "invalid value (yes or no)"),
        ("-fdefaultbyte=256", "invalid value (init, a character or 0 to 255)"),
        ("-ftop-level-occurs-clause=never", "invalid value (ok, warning"),
    ],
)
def test_bad_options_are_refused_in_one_line(word: str, message: str) -> None:
    with pytest.raises(DialectError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_dialect([word])


def test_support_levels_in_cobcs_order() -> None:
    assert Support.ERROR.rejected and Support.UNCONFORMABLE.rejected
    assert not Support.SKIP.rejected and Support.OK < Support.WARNING < Support.ARCHAIC


PERFORM_WITHOUT_BY = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. prog.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       77 X PIC 9.
       PROCEDURE DIVISION.
           PERFORM VARYING X FROM 4 UNTIL X > 6
             DISPLAY "X" NO ADVANCING
           END-PERFORM.
           STOP RUN.
"""


def test_cli_takes_std_and_f_options(tmp_path: Path) -> None:
    program = tmp_path / "prog.cob"
    program.write_text(PERFORM_WITHOUT_BY)
    runner = CliRunner()
    assert runner.invoke(cli, ["cobol", "check", str(program)]).exit_code == 0
    refused = runner.invoke(cli, ["cobol", "check", str(program), "-std=cobol85"])
    assert refused.exit_code != 0
    assert "PERFORM VARYING without BY phrase does not conform to COBOL 85" in refused.output
    unknown = runner.invoke(cli, ["cobol", "check", str(program), "-fno-such-thing"])
    assert unknown.exit_code == 2
    assert "-fno-such-thing: unknown cobc option" in unknown.output


def test_an_option_the_engine_does_not_follow_refuses_what_it_changes(tmp_path: Path) -> None:
    program = tmp_path / "prog.cob"
    program.write_text(
        PERFORM_WITHOUT_BY.replace("77 X PIC 9.", "77 X PIC 9.\n       77 C PIC 9 COMP.")
    )
    result = CliRunner().invoke(cli, ["cobol", "check", str(program), "-fbinary-size=2-4-8"])
    assert result.exit_code != 0
    assert "the binary item C under binary-size" in result.output


def test_native_byte_order_runs_comp_and_refuses_comp_x(tmp_path: Path) -> None:
    """-fbinary-byteorder=native is followed for COMP (probe binary_native); COMP-X and COMP-N,
    which cobc orders differently (native / big-endian), are one usage to the engine."""
    program = tmp_path / "prog.cob"
    source = PERFORM_WITHOUT_BY.replace("77 X PIC 9.", "77 X PIC 9.\n       77 C PIC 9 COMP.")
    program.write_text(source)
    runner = CliRunner()
    native = "-fbinary-byteorder=native"
    assert runner.invoke(cli, ["cobol", "check", str(program), native]).exit_code == 0
    program.write_text(source.replace("PIC 9 COMP.", "PIC X COMP-X."))
    result = runner.invoke(cli, ["cobol", "check", str(program), native])
    assert result.exit_code != 0
    assert "the COMP-X / COMP-N item C under binary-byteorder" in result.output


def _installed_config(directory: Path, name: str, values: dict[str, str]) -> dict[str, str]:
    """NAME.conf as cobc 3.1.2 reads it (cobc/config.c): includes first, a "+level" value
    lowering a stricter support level only (not skip / ignore)."""
    for raw in (directory / name).read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        include = re.match(r'include\s*:?\s*"([^"]+)"', line)
        if include is not None:
            if include.group(1).endswith((".conf", ".conf-inc")):
                _installed_config(directory, include.group(1), values)
            continue
        entry = re.match(r"([a-z0-9-]+)\s*:?\s+(.*)$", line)
        if entry is None or entry.group(1) not in DEFAULTS:
            continue
        option, value = entry.group(1), entry.group(2).strip().strip('"')
        if value.startswith("+"):
            level, current = Support[value[1:].upper()], Support[values[option].upper()]
            if current not in (Support.SKIP, Support.IGNORE) and current > level:
                values[option] = value[1:]
            continue
        values[option] = value
    return values


@pytest.mark.cobc
def test_carried_values_are_those_of_the_installed_cobc(cobc: str) -> None:
    """CONFIG_VALUES was copied from /etc/gnucobol: re-checked against cobc's own files."""
    info = subprocess.run([cobc, "--info"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"COB_CONFIG_DIR\s*:\s*(\S+)", info)
    assert found is not None
    directory = Path(found.group(1))
    for std in CONFIG_VALUES:
        installed = _installed_config(directory, f"{std}.conf", {})
        assert dict(dialect_named(std).values) == {**DEFAULTS, **installed}, std
