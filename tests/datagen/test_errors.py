"""Arguments datagen cannot honour: one error naming the option or the path, never a traceback
(issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from idrs_sandbox.datagen import GenerateOptionError, GenerateOutputError, generate_run
from idrs_sandbox.datagen.masterfile import newest_cycle


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small master (a fresh MASTIN: its accounts record cycles up to 202414)."""
    folder = tmp_path_factory.mktemp("master")
    generate_run(folder, 60, 300, seed=4, cycle=202415)
    return folder / "MASTIN"


def test_a_cycle_before_the_masters_newest_is_refused(tmp_path: Path, master: Path) -> None:
    newest = newest_cycle(master)
    assert 202400 < newest < 202415
    with pytest.raises(GenerateOptionError) as caught:
        generate_run(tmp_path / "out", 0, 100, master=master, cycle=200001)
    assert str(caught.value) == (
        f"--cycle 200001 is not after {master}'s newest cycle {newest}: a week follows its "
        f"master (give {newest + 1} or later, or leave --cycle out)"
    )
    with pytest.raises(GenerateOptionError, match="is not after"):
        generate_run(tmp_path / "out", 0, 100, master=master, cycle=newest)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("options", [{"cycle": 204001}, {"run_date": 19700101}])
def test_a_master_far_from_the_run_date_still_deals_its_cards(
    tmp_path: Path, master: Path, options: dict[str, int]
) -> None:
    """Modules of tax years outside the run's own window (a run date decades away from the
    master's cycles) get filing dates too: this was a KeyError."""
    summary = generate_run(tmp_path, 0, 400, seed=9, master=master, invalid_share=0.3, **options)
    assert summary.transactions == 400
    assert (tmp_path / "MASTIN").read_bytes() == master.read_bytes()


def test_an_output_that_is_a_file_is_named(tmp_path: Path) -> None:
    afile = tmp_path / "FILE"
    afile.write_text("keep me")
    with pytest.raises(GenerateOutputError, match=f"^{afile}: exists and is not a folder$"):
        generate_run(afile, 5, 10)
    with pytest.raises(GenerateOutputError, match=f"^{afile / 'sub'}: cannot make it"):
        generate_run(afile / "sub", 5, 10)
    assert afile.read_text() == "keep me"


def test_an_unwritable_output_is_named(tmp_path: Path) -> None:
    # /proc/self takes no new file, even from root (CI runs as root: a read-only folder would
    # not stop it, and the test could never fail there).
    with pytest.raises(GenerateOutputError, match=r"^/proc/self: cannot write \("):
        generate_run(Path("/proc/self"), 5, 10)


def test_whatever_holds_a_run_files_name_is_kept(tmp_path: Path) -> None:
    """A folder where CONTROL goes is not the generation's: it moves, whole, into PRIOR.G0001V00
    with what it holds (it made generate fail before; it is never deleted)."""
    folder = tmp_path / "out"
    (folder / "CONTROL").mkdir(parents=True)
    (folder / "CONTROL" / "inside").write_text("keep me")
    summary = generate_run(folder, 5, 10)
    assert summary.prior == folder / "PRIOR.G0001V00"
    assert (folder / "PRIOR.G0001V00" / "CONTROL" / "inside").read_text() == "keep me"
    assert (folder / "CONTROL").is_file()
    assert sorted(path.name for path in folder.iterdir()) == [
        "CONTROL",
        "MASTIN",
        "PRIOR.G0001V00",
        "TRANSIN",
    ]


def test_cards_of_an_account_on_file_carry_its_bank_fields(tmp_path: Path, master: Path) -> None:
    """A TC 150 copies the card's bank fields onto the account (RULEBOOK §5): the cards dealt
    against a master carry the account's own routing number and account (they carried
    none, which turned every direct-deposit account on file into a paper-check one)."""
    from idrs_sandbox.cobol.copybook import load_copybook

    account, card = load_copybook("TAXACCT"), load_copybook("TRANSREC")
    rtn, acct = account.field("TA-BANK-RTN"), account.field("TA-BANK-ACCT")
    card_rtn, card_acct, tc = (card.field(n) for n in ("TR-BANK-RTN", "TR-BANK-ACCT", "TR-TC"))
    data = master.read_bytes()
    banks = {
        raw[:9]: (raw[rtn.offset : rtn.end], raw[acct.offset : acct.end])
        for raw in (data[i : i + account.size] for i in range(0, len(data), account.size))
        if raw[rtn.offset : rtn.end] != b"000000000"
    }
    generate_run(tmp_path, 0, 2000, seed=3, master=master, invalid_share=0)
    deck = (tmp_path / "TRANSIN").read_bytes()
    returns = [
        raw
        for raw in (deck[i : i + card.size] for i in range(0, len(deck), card.size))
        if raw[tc.offset : tc.end] == b"150" and raw[:9] in banks
    ]
    own = [
        raw
        for raw in returns
        if (raw[card_rtn.offset : card_rtn.end], raw[card_acct.offset : card_acct.end])
        == banks[raw[:9]]
    ]
    assert len(returns) >= 10 and len(own) >= len(returns) // 2
