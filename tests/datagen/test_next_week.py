"""``idrs generate --master``: a second week dealt against last week's MASTOUT.

Week 1 is generated and posted by the modern engine; week 2 takes its MASTOUT as MASTIN. Week 2
then runs on every engine (GnuCOBOL, the legacy interpreter, the modern engine), which must agree
byte for byte, and its UNPOST file must hold exactly the cards built to be unpostable.
"""

from __future__ import annotations

import filecmp
import itertools
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.datagen import GenerateOptionError, GenerationSummary, generate_run
from idrs_sandbox.datagen.masterfile import MasterFileError
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RC_UNPOSTABLES, RunInputs, run_engine
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.oracle.replay import engines_under_test, first_disagreement

TRANSREC = load_copybook("TRANSREC")
TAXACCT = load_copybook("TAXACCT")
ACCOUNT = TAXACCT.size
UNPOST = load_copybook("UNPOST")
UPC = UNPOST.field("UP-UPC")
TIN, TC, SEQ = (
    slice(item.offset, item.offset + item.size)
    for item in map(TRANSREC.field, ("TR-TIN", "TR-TC", "TR-SEQ"))
)

Week = tuple[Path, GenerationSummary, Path]
"""(the week's input folder, its summary, the folder of its modern run's outputs)."""


def records(data: bytes, length: int) -> list[bytes]:
    assert len(data) % length == 0
    return [data[i : i + length] for i in range(0, len(data), length)]


def out_of_sequence(cards: list[bytes]) -> int:
    """RULEBOOK §5 U09: cards whose TIN‖SEQ is not above the high-water key."""
    high, count = b"", 0
    for card in cards:
        key = card[TIN] + card[SEQ]
        if key <= high:
            count += 1
        else:
            high = key
    return count


def unpostable_codes(unpost: Path) -> dict[str, int]:
    data = unpost.read_bytes()
    # UNPOST: the card image, then UPC X(3) (RULEBOOK §2).
    at, size = UPC.offset, UPC.size
    codes = Counter(data[i + at : i + at + size].decode() for i in range(0, len(data), UNPOST.size))
    return dict(sorted(codes.items()))


def post_on_modern(folder: Path, out: Path) -> Path:
    result = run_engine(get_engine("modern"), RunInputs.from_folder(folder), out)
    assert result.return_code == RC_UNPOSTABLES
    return out


def week_pair(base: Path, share: float, cycle: int) -> tuple[Week, Week]:
    summary1 = generate_run(base / "week1", 300, 4000, seed=21, cycle=cycle, invalid_share=share)
    out1 = post_on_modern(base / "week1", base / "week1-out")
    summary2 = generate_run(
        base / "week2", 0, 5000, seed=22, invalid_share=share, master=out1 / "MASTOUT"
    )
    out2 = post_on_modern(base / "week2", base / "week2-out")
    return (base / "week1", summary1, out1), (base / "week2", summary2, out2)


@pytest.fixture(scope="module")
def weeks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Week, Week]:
    """Week 1 ends a year (202452), so week 2 is the first week of the next (202501)."""
    return week_pair(tmp_path_factory.mktemp("weeks"), 0.05, 202452)


@pytest.fixture(scope="module")
def noisy_weeks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Week, Week]:
    """Half the cards invalid: every kind of bad card shows up in week 2 too."""
    return week_pair(tmp_path_factory.mktemp("noisy"), 0.5, 202415)


# ------------------------------------------------------------------------------ the folder


def test_mastin_is_the_master_as_is(weeks: tuple[Week, Week]) -> None:
    (_, _, out1), (folder2, summary2, _) = weeks
    assert (folder2 / "MASTIN").read_bytes() == (out1 / "MASTOUT").read_bytes()
    assert summary2.accounts == (out1 / "MASTOUT").stat().st_size // ACCOUNT
    assert summary2.transactions == 5000 and summary2.invalid == 250


def test_cycle_defaults_to_the_week_after_the_master(weeks: tuple[Week, Week]) -> None:
    (_, _, _), (folder2, summary2, _) = weeks
    assert summary2.options.cycle == 202501  # RULEBOOK §3: 202452 is followed by 202501
    assert (folder2 / "CONTROL").read_bytes()[:6] == b"202501"


def test_same_arguments_and_master_same_bytes(tmp_path: Path, weeks: tuple[Week, Week]) -> None:
    (_, _, out1), (folder2, _, _) = weeks
    master = tmp_path / "copy-of-MASTOUT"
    shutil.copyfile(out1 / "MASTOUT", master)
    generate_run(tmp_path / "again", 0, 5000, seed=22, master=master)
    for name in ("CONTROL", "MASTIN", "TRANSIN"):
        assert (tmp_path / "again" / name).read_bytes() == (folder2 / name).read_bytes(), name


def test_week_two_is_sorted_and_synthetic(weeks: tuple[Week, Week]) -> None:
    (_, _, _), (folder2, summary2, _) = weeks
    cards = records((folder2 / "TRANSIN").read_bytes(), TRANSREC.size)
    assert {c[TIN][:3] for c in cards} <= {b"000", b"666"}
    assert out_of_sequence(cards) == summary2.invalid_by_kind["out_of_sequence"] > 0


def test_new_tins_are_off_file_and_interleaved(weeks: tuple[Week, Week]) -> None:
    (_, _, _), (folder2, summary2, _) = weeks
    on_file = [m[:9] for m in records((folder2 / "MASTIN").read_bytes(), ACCOUNT)]
    known = set(on_file)
    cards = records((folder2 / "TRANSIN").read_bytes(), TRANSREC.size)
    firsts: dict[bytes, bytes] = {}
    for card in cards:
        firsts.setdefault(card[TIN], card[TC])
    new = [tin for tin, tc in firsts.items() if tin not in known and tc == b"000"]
    assert len(new) == summary2.new_accounts > 0
    inside = [t for t in new if on_file[0] < t < on_file[-1]]
    assert len(inside) > len(new) // 2


# ------------------------------------------------------------------------------- posting


def test_cards_post_to_accounts_on_file(weeks: tuple[Week, Week]) -> None:
    """Week 2's cards go to week 1's accounts in proportion (new accounts draw their share of
    the cards too: 390 on file, 150 new here), and almost all of those post (not U01)."""
    (_, _, _), (folder2, summary2, out2) = weeks
    known = {m[:9] for m in records((folder2 / "MASTIN").read_bytes(), ACCOUNT)}
    cards = records((folder2 / "TRANSIN").read_bytes(), TRANSREC.size)
    unposted = Counter(u[:100] for u in records((out2 / "UNPOST").read_bytes(), 140))
    on_file = [c for c in cards if c[TIN] in known]
    posted = [c for c in on_file if not unposted[c]]
    assert len(on_file) > 0.6 * len(cards)
    assert len(posted) > 0.9 * len(on_file)
    assert len({c[TIN] for c in posted}) > len(known) // 2  # spread over the accounts
    assert unpostable_codes(out2 / "UNPOST").get("U01", 0) == summary2.intended_upc["U01"]


def test_unpostables_draw_their_intended_upc(weeks: tuple[Week, Week]) -> None:
    (_, summary1, out1), (_, summary2, out2) = weeks
    assert unpostable_codes(out1 / "UNPOST") == summary1.intended_upc
    assert unpostable_codes(out2 / "UNPOST") == summary2.intended_upc
    assert (out2 / "REPORT").read_text("ascii").rstrip().endswith("RUN BALANCED")


def test_every_invalid_kind_draws_its_upc_in_week_two(noisy_weeks: tuple[Week, Week]) -> None:
    (_, _, _), (_, summary2, out2) = noisy_weeks
    assert len(summary2.invalid_by_kind) == 22
    assert set(summary2.intended_upc) == {f"U{n:02d}" for n in range(1, 11)}
    assert unpostable_codes(out2 / "UNPOST") == summary2.intended_upc


def test_week_two_agrees_on_every_engine(
    cobc: str, tmp_path: Path, weeks: tuple[Week, Week]
) -> None:
    (_, _, _), (folder2, _, _) = weeks
    engines = engines_under_test(["gnucobol", "legacy", "modern"])
    comparison = first_disagreement(RunInputs.from_folder(folder2), engines, tmp_path)
    assert comparison is None, comparison
    outputs = sorted(tmp_path.iterdir())
    assert [p.name for p in outputs] == ["0-gnucobol", "1-legacy", "2-modern"]
    for a, b in itertools.pairwise(outputs):  # byte for byte, whatever compare_runs tolerates
        for name in OUTPUT_DDNAMES:
            assert filecmp.cmp(a / name, b / name, shallow=False), (a.name, b.name, name)


# -------------------------------------------------------------------------------- refusals


def refused(tmp_path: Path, master: Path) -> str:
    with pytest.raises(MasterFileError) as caught:
        generate_run(tmp_path / "out", 0, 100, master=master, cycle=202501)
    assert not (tmp_path / "out" / "TRANSIN").exists()
    return str(caught.value)


def edited(tmp_path: Path, weeks: tuple[Week, Week], record: int, field: str, new: bytes) -> Path:
    raw = bytearray((weeks[0][2] / "MASTOUT").read_bytes())
    at = (record - 1) * ACCOUNT + TAXACCT.field(field).offset
    raw[at : at + len(new)] = new
    path = tmp_path / "MASTER"
    path.write_bytes(bytes(raw))
    return path


def test_a_short_master_is_refused(tmp_path: Path, weeks: tuple[Week, Week]) -> None:
    path = tmp_path / "MASTER"
    path.write_bytes((weeks[0][2] / "MASTOUT").read_bytes()[: ACCOUNT * 3 + 100])
    message = refused(tmp_path, path)
    assert message.startswith(f"{path}: record 4 has only 100 bytes (a TAXACCT record is 514;")


def test_a_tin_outside_the_synthetic_areas_is_refused(
    tmp_path: Path, weeks: tuple[Week, Week]
) -> None:
    path = edited(tmp_path, weeks, 5, "TA-TIN", b"123456789")
    assert refused(tmp_path, path) == (
        f"{path}: record 5, byte 1: TIN 123456789 is outside areas 000 and 666 "
        "(the generator works on synthetic TINs only)"
    )


def test_tins_out_of_order_are_refused(tmp_path: Path, weeks: tuple[Week, Week]) -> None:
    raw = (weeks[0][2] / "MASTOUT").read_bytes()
    path = edited(tmp_path, weeks, 3, "TA-TIN", raw[ACCOUNT : ACCOUNT + 9])  # record 2's TIN
    assert "record 3, byte 1: TIN" in refused(tmp_path, path)
    assert "is not above the one before" in refused(tmp_path, path)


def test_a_field_that_does_not_decode_is_refused(tmp_path: Path, weeks: tuple[Week, Week]) -> None:
    path = edited(tmp_path, weeks, 7, "TA-ZIP", b"9X210")
    message = refused(tmp_path, path)
    assert message == f"{path}: record 7, byte 106, field TA-ZIP: bytes 39 58 32 31 30 not numeric"


def test_a_module_count_above_four_is_refused(tmp_path: Path, weeks: tuple[Week, Week]) -> None:
    path = edited(tmp_path, weeks, 2, "TA-MODULE-COUNT", b"5")
    assert refused(tmp_path, path) == f"{path}: record 2, byte 150: TA-MODULE-COUNT 5 is above 4"


def test_a_non_numeric_bank_routing_is_carried(tmp_path: Path, weeks: tuple[Week, Week]) -> None:
    """POSTING copies a non-numeric BANK-RTN from MASTIN to MASTOUT: not a bad record."""
    path = edited(tmp_path, weeks, 2, "TA-BANK-RTN", b"02100002A")
    summary = generate_run(tmp_path / "out", 0, 400, master=path, cycle=202501)
    assert (tmp_path / "out" / "MASTIN").read_bytes() == path.read_bytes()
    result = run_engine(
        get_engine("modern"), RunInputs.from_folder(tmp_path / "out"), tmp_path / "posted"
    )
    assert unpostable_codes(result.outputs["UNPOST"]) == summary.intended_upc


def test_accounts_and_master_together_are_refused(weeks: tuple[Week, Week]) -> None:
    with pytest.raises(GenerateOptionError, match="--accounts cannot be used with --master"):
        generate_run(Path("unused"), 10, 100, master=weeks[0][2] / "MASTOUT")


# ------------------------------------------------------------------------------------ CLI


def test_cli_master_matches_the_api(tmp_path: Path, weeks: tuple[Week, Week]) -> None:
    (_, _, out1), (folder2, _, _) = weeks
    args = ["generate", "--master", str(out1 / "MASTOUT"), "--transactions", "5000"]
    args += ["--seed", "22", "--out", str(tmp_path), "--quiet"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "cycle 202501" in result.output
    for name in ("CONTROL", "MASTIN", "TRANSIN"):
        assert (tmp_path / name).read_bytes() == (folder2 / name).read_bytes(), name


def test_cli_refuses_accounts_with_master(tmp_path: Path, weeks: tuple[Week, Week]) -> None:
    args = ["generate", "--master", str(weeks[0][2] / "MASTOUT"), "--accounts", "10"]
    result = CliRunner().invoke(cli, [*args, "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "--accounts cannot be used with --master" in result.output


def test_cli_reports_a_bad_master_in_one_line(tmp_path: Path, weeks: tuple[Week, Week]) -> None:
    path = edited(tmp_path, weeks, 5, "TA-TIN", b"123456789")
    args = ["generate", "--master", str(path), "--out", str(tmp_path / "out"), "--quiet"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "record 5, byte 1:" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_cli_names_a_deck_given_as_master_by_its_size(
    tmp_path: Path, weeks: tuple[Week, Week]
) -> None:
    # Without --cycle the master is read for its newest cycle: its size is checked first, so
    # a file of cards is named as not being whole TAXACCT records (not as a strange cycle).
    deck = weeks[0][0] / "TRANSIN"
    args = ["generate", "--master", str(deck), "--transactions", "10", "--out", str(tmp_path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "is not a multiple of it" in result.output, result.output
