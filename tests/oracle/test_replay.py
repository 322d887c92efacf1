"""Counterexample folders and ``idrs oracle``: a disagreement is kept, explained and replayed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.oracle.mutants import mutant_named
from idrs_sandbox.oracle.replay import (
    COUNTEREXAMPLES_ENV,
    EngineUnderTest,
    assert_engines_agree,
    check_run,
    compare_engines,
    reduce_run,
    save_counterexample,
)
from idrs_sandbox.oracle.strategies import (
    Account,
    Card,
    ControlCard,
    EntityData,
    Module,
    ReturnData,
    Run,
)

# A late return whose FTF penalty ends on half a cent (RULEBOOK §6, by hand): due 15 April
# 2024, filed 15 May 2024: D = 30, 1 month late; 0.10 × 0.05 × 1 = 0.005, ROUNDED (half up)
# 0.01, where banker's rounding gives 0.00.
LATE_RETURN = Run(
    ControlCard(202420, 20240517, Decimal("0.0800")),
    (),
    (
        Card("666000001", 1, 0, data=EntityData("JOHN<DOE<")),
        Card("666000001", 2, 150, "DOE ", "202312", Decimal("0.10"), "240515", ReturnData()),
    ),
)


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "kept"
    monkeypatch.setenv(COUNTEREXAMPLES_ENV, str(folder))
    return folder


def _modern_against(mutant: str) -> list[EngineUnderTest]:
    bug = mutant_named(mutant)
    return [
        EngineUnderTest("modern", get_engine("modern")),
        EngineUnderTest(f"modern+{mutant}", get_engine("modern"), bug.active),
    ]


def test_a_counterexample_is_a_run_folder(kept: Path) -> None:
    folder = save_counterexample(LATE_RETURN)
    assert folder.parent == kept
    inputs = LATE_RETURN.inputs()
    for ddname in ("CONTROL", "MASTIN", "TRANSIN"):
        assert (folder / ddname).read_bytes() == inputs[ddname]
    assert (folder / "RUN.txt").read_text().startswith("Run(control=ControlCard(")
    assert "idrs oracle replay" in (folder / "README.txt").read_text()
    assert save_counterexample(LATE_RETURN) == folder, "the same run keeps the same folder"


def test_a_missing_input_stays_missing(kept: Path) -> None:
    folder = save_counterexample(Run(missing=("TRANSIN",)))
    assert (folder / "MASTIN").exists() and not (folder / "TRANSIN").exists()


def test_a_disagreement_names_the_field_and_the_replay(kept: Path) -> None:
    disagreement = check_run(LATE_RETURN, _modern_against("half-even-rounding"))
    assert disagreement is not None and disagreement.folder is not None
    message = disagreement.message(["modern", "modern"])
    assert "MASTOUT record 1" in message and "TA-FTF-PENALTY(1)" in message
    assert "0.01 vs 0.00" in message
    assert f"idrs oracle replay {disagreement.folder}" in message


def test_agreeing_engines_pass(kept: Path) -> None:
    assert_engines_agree(LATE_RETURN, _modern_against("no-ftp-cap"))
    assert not kept.exists(), "nothing is kept when the engines agree"


def test_assert_engines_agree_fails_with_the_explanation(kept: Path) -> None:
    with pytest.raises(AssertionError, match=r"TA-FTF-PENALTY\(1\).*\n(.|\n)*replay: idrs"):
        assert_engines_agree(LATE_RETURN, _modern_against("half-even-rounding"))


def test_idrs_oracle_replay_compares_every_engine(kept: Path, tmp_path: Path) -> None:
    folder = save_counterexample(LATE_RETURN)
    output = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        ["oracle", "replay", str(folder), "--engine", "modern", "--engine", "modern", "--output",
         str(output)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "IDENTICAL" in result.output
    assert (output / "modern" / "MASTOUT").is_file()


def test_idrs_oracle_replay_needs_two_engines(kept: Path) -> None:
    folder = save_counterexample(LATE_RETURN)
    result = CliRunner().invoke(cli, ["oracle", "replay", str(folder), "--engine", "modern"])
    assert result.exit_code == 2
    assert "two engines" in result.output


def test_idrs_oracle_list_shows_the_catalog() -> None:
    result = CliRunner().invoke(cli, ["oracle", "list"])
    assert result.exit_code == 0
    assert "half-even-rounding" in result.output


def test_idrs_oracle_mutants_reports_a_kill() -> None:
    # The pinned killing run decides (whatever Hypothesis would draw first).
    result = CliRunner().invoke(
        cli,
        ["oracle", "mutants", "--mutant", "surname-last-word", "--reference", "modern",
         "--examples", "100", "--no-shrink", "--no-scenarios"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "surname-last-word" in result.output and "all 1 mutants killed" in result.output
    assert "pinned" in result.output


@pytest.mark.parametrize("command", ["mutants", "coverage"])
@pytest.mark.parametrize("examples", ["0", "-3"])
def test_idrs_oracle_refuses_fewer_than_one_example(command: str, examples: str) -> None:
    result = CliRunner().invoke(cli, ["oracle", command, "--examples", examples])
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--examples'" in result.output
    assert isinstance(result.exception, SystemExit)  # click's usage error, not a traceback


def test_idrs_oracle_mutants_refuses_an_unknown_mutant() -> None:
    result = CliRunner().invoke(cli, ["oracle", "mutants", "--mutant", "nope"])
    assert result.exit_code == 2
    assert "no mutant 'nope'" in result.output


def test_a_counterexample_is_reduced_to_what_matters(kept: Path) -> None:
    bystanders = tuple(
        Account(tin=f"66600010{n}", modules=(Module(return_date=20240410),)) for n in range(3)
    )
    noise = tuple(
        Card(f"66600010{n}", 5, 806, "DOE ", "202312", Decimal("12.00"), "240410") for n in range(3)
    )
    big = Run(LATE_RETURN.control, bystanders, LATE_RETURN.deck + noise)
    engines = _modern_against("half-even-rounding")
    smaller = reduce_run(big, lambda run: compare_engines(run, engines) is not None)
    assert smaller.master == () and smaller.deck == LATE_RETURN.deck
    disagreement = check_run(big, engines)
    assert disagreement is not None and disagreement.reduced == smaller
    assert "reduced run: 0 accounts, 2 cards" in disagreement.message(["modern", "modern"])


def test_idrs_oracle_replay_runs_every_available_engine(cobc: str, kept: Path) -> None:
    folder = save_counterexample(LATE_RETURN)
    result = CliRunner().invoke(cli, ["oracle", "replay", str(folder)])
    assert result.exit_code == 0, result.output
    assert "A = gnucobol" in result.output and "B = modern" in result.output
    assert (folder / "replay" / "gnucobol" / "RETURN-CODE").read_text().strip() == "0"
