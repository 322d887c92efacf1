"""``generate_run``: the run folder it writes, judged against the copybooks and the rulebook.

Field offsets come from the copybooks (``cobol.copybook.load_copybook``), not from the generator,
and every check below restates a rule of RULEBOOK §2-§5 independently of the generator's code.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.datagen import GenerateOptionError, generate_run, name_control
from idrs_sandbox.datagen.dates import card_date_valid
from idrs_sandbox.datagen.generator import GenerationOptions, GenerationSummary, generate_streams
from idrs_sandbox.records.codec import RecordCodec
from idrs_sandbox.records.numeric import packed_decode, zoned_decode

TRANSREC = load_copybook("TRANSREC")
TAXACCT = load_copybook("TAXACCT")
MASTER = RecordCodec(TAXACCT)

KNOWN_TCS = {"000", "013", "014", "150", "290", "291", "420", "421", "570", "571", "610", "670",
             "766", "806", "971"}  # fmt: skip
ZERO_AMOUNT_TCS = {"000", "013", "014", "420", "421", "570", "571", "971"}
ENTITY_TCS = {"000", "013", "014"}
NOTICE_OF_STATUS = {21: "CP14 ", 54: "CP501", 56: "CP503", 58: "CP504", 22: "CP504"}


def span(name: str) -> slice:
    item = TRANSREC.field(name)
    return slice(item.offset, item.offset + item.size)


TIN, NC, TC, PERIOD, AMOUNT, DATE, SEQ = (
    span(f"TR-{n}")
    for n in ("TIN", "NAME-CONTROL", "TC", "TAX-PERIOD", "AMOUNT", "TRANS-DATE", "SEQ")
)


def records(data: bytes, length: int) -> list[bytes]:
    assert len(data) % length == 0
    return [data[i : i + length] for i in range(0, len(data), length)]


def high_water_split(cards: list[bytes]) -> tuple[list[bytes], list[bytes]]:
    """RULEBOOK §5 U09: a card whose TIN‖SEQ bytes are ≤ the high-water key is out of sequence;
    every other card raises the high-water key."""
    in_order, out_of_order = [], []
    high = b""
    for card in cards:
        key = card[TIN] + card[SEQ]
        if key <= high:
            out_of_order.append(card)
        else:
            high = key
            in_order.append(card)
    return in_order, out_of_order


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, GenerationSummary]:
    folder = tmp_path_factory.mktemp("run")
    return folder, generate_run(folder, 400, 6000, seed=11, cycle=202415)


@pytest.fixture(scope="module")
def noisy_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, GenerationSummary]:
    """Half the cards invalid: every kind of bad card shows up."""
    folder = tmp_path_factory.mktemp("noisy")
    return folder, generate_run(folder, 300, 12000, seed=5, cycle=202402, invalid_share=0.5)


# ------------------------------------------------------------------------------ the folder


def test_files_are_whole_records(run: tuple[Path, GenerationSummary]) -> None:
    folder, summary = run
    assert (folder / "CONTROL").stat().st_size == 80
    assert (folder / "MASTIN").stat().st_size == 400 * 514
    assert (folder / "TRANSIN").stat().st_size == 6000 * 100
    assert summary.accounts == 400 and summary.transactions == 6000
    assert summary.invalid == 300  # --invalid-share 0.05, exactly
    assert sum(summary.valid_by_tc.values()) == 6000 - 300
    assert not list(folder.glob(".*"))  # no partial files left behind


def test_control_card(run: tuple[Path, GenerationSummary]) -> None:
    card = (run[0] / "CONTROL").read_bytes()
    assert card[:6] == b"202415"
    run_date = dt.datetime.strptime(card[6:14].decode(), "%Y%m%d").date()
    # Week 15 of 2024 = 1 January + 14 weeks, seven days long.
    assert dt.date(2024, 4, 8) <= run_date <= dt.date(2024, 4, 14)
    assert card[14:19] == b"00800"  # INTEREST-RATE 9V9(4): 0.0800 (RULEBOOK §2)
    assert card[19:] == b" " * 61


def test_interest_rate_option(tmp_path: Path) -> None:
    generate_run(tmp_path, 0, 0, interest_rate=Decimal("0.1250"), run_date=20240229)
    assert (tmp_path / "CONTROL").read_bytes()[6:19] == b"2024022901250"


def test_same_arguments_same_bytes(tmp_path: Path, run: tuple[Path, GenerationSummary]) -> None:
    folder, _ = run
    generate_run(tmp_path, 400, 6000, seed=11, cycle=202415)
    for name in ("CONTROL", "MASTIN", "TRANSIN"):
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name


def test_another_seed_other_bytes(tmp_path: Path, run: tuple[Path, GenerationSummary]) -> None:
    generate_run(tmp_path, 400, 6000, seed=12, cycle=202415)
    assert (tmp_path / "MASTIN").read_bytes() != (run[0] / "MASTIN").read_bytes()
    assert (tmp_path / "TRANSIN").read_bytes() != (run[0] / "TRANSIN").read_bytes()


# ---------------------------------------------------------------------------------- TINs


def test_tins_only_in_areas_000_and_666(run: tuple[Path, GenerationSummary]) -> None:
    folder, _ = run
    masters = records((folder / "MASTIN").read_bytes(), TAXACCT.size)
    cards = records((folder / "TRANSIN").read_bytes(), TRANSREC.size)
    assert {m[:3] for m in masters} <= {b"000", b"666"}
    assert {c[TIN][:3] for c in cards} <= {b"000", b"666"}


def test_mastin_in_strictly_ascending_tin_order(run: tuple[Path, GenerationSummary]) -> None:
    tins = [m[:9] for m in records((run[0] / "MASTIN").read_bytes(), TAXACCT.size)]
    assert all(t.isdigit() for t in tins)
    assert all(a < b for a, b in itertools.pairwise(tins))


def test_transin_sorted_but_for_the_deliberate_out_of_sequence_cards(
    run: tuple[Path, GenerationSummary],
) -> None:
    folder, summary = run
    cards = records((folder / "TRANSIN").read_bytes(), TRANSREC.size)
    _, out_of_order = high_water_split(cards)
    assert len(out_of_order) == summary.invalid_by_kind["out_of_sequence"] > 0


def test_new_tins_interleave_with_master_tins(run: tuple[Path, GenerationSummary]) -> None:
    folder, summary = run
    master_tins = [m[:9] for m in records((folder / "MASTIN").read_bytes(), TAXACCT.size)]
    cards = records((folder / "TRANSIN").read_bytes(), TRANSREC.size)
    opened = [c[TIN] for c in cards if c[TC] == b"000"]
    new = [t for t in opened if t not in set(master_tins)]
    assert len(set(new)) == summary.new_accounts > 0
    inside = [t for t in new if master_tins[0] < t < master_tins[-1]]
    assert len(inside) > len(new) // 2


# ------------------------------------------------------------------------------- masters


def test_master_records_are_valid(run: tuple[Path, GenerationSummary]) -> None:
    statuses: Counter[int] = Counter()
    for raw in records((run[0] / "MASTIN").read_bytes(), TAXACCT.size):
        account = MASTER.decode(raw)  # strict: every numeric field must decode
        assert account["TA-NAME-CONTROL"] == name_control(str(account["TA-NAME-LINE"]))
        assert raw[-20:] == b" " * 20  # FILLER
        assert 0 <= account["TA-FILING-STATUS"] <= 5
        count = int(account["TA-MODULE-COUNT"])
        assert 0 <= count <= 4
        modules = account["TA-MODULE"]
        assert isinstance(modules, list)
        periods = [m["TA-TAX-PERIOD"] for m in modules[:count]]
        assert periods == sorted(set(periods))
        for module in modules[:count]:
            check_module(module)
            statuses[int(module["TA-STATUS"])] += 1
        check_empty_slots(raw, count)
    assert set(statuses) >= {0, 10, 12, 21, 22, 54, 56, 58}


def check_module(m: dict[str, object]) -> None:
    names = ("TAX-ASSESSED", "CREDITS", "FTF-PENALTY", "FTP-PENALTY", "INTEREST", "BALANCE")
    money = {name: Decimal(str(m[f"TA-{name}"])) for name in names}
    # RULEBOOK §2: BALANCE = TAX-ASSESSED + FTF-PENALTY + FTP-PENALTY + INTEREST − CREDITS
    assert money["BALANCE"] == (
        money["TAX-ASSESSED"] + money["FTF-PENALTY"] + money["FTP-PENALTY"]
        + money["INTEREST"] - money["CREDITS"]
    )  # fmt: skip
    assert int(str(m["TA-TAX-PERIOD"])) % 100 == 12
    status, notice = int(str(m["TA-STATUS"])), m["TA-LAST-NOTICE"]
    assert status in {0, 10, 12, 21, 22, 54, 56, 58}
    assert (status == 0) == (m["TA-RETURN-DATE"] == 0)
    if status in NOTICE_OF_STATUS:
        assert notice == NOTICE_OF_STATUS[status] and m["TA-NOTICE-CYCLE"] != 0
    else:
        assert notice == "     " and m["TA-NOTICE-CYCLE"] == 0
    if status in (10, 21, 22, 54, 56, 58):
        assert money["BALANCE"] > 0
    if status == 12:
        assert money["BALANCE"] <= 0
    for freeze, letter in (("A", "A"), ("L", "L"), ("R", "R")):
        assert m[f"TA-FREEZE-{freeze}"] in (" ", letter)


EMPTY_MODULE = (
    b"000000" b"00" b"000000" b"   " b"00000000"  # period, status, cycle, freezes, return date
    + bytes.fromhex("00000000000C") * 2  # TAX-ASSESSED, CREDITS: S9(9)V99 COMP-3 +0
    + bytes.fromhex("000000000C") * 3  # FTF, FTP, INTEREST: S9(7)V99 COMP-3 +0
    + bytes.fromhex("00000000000C")  # BALANCE
    + b"00000000" b"     " b"000000" b"000" b"000000"
)  # fmt: skip


def check_empty_slots(raw: bytes, count: int) -> None:
    table = TAXACCT.field("TA-MODULE")
    first, size = table.offset, table.size
    assert len(EMPTY_MODULE) == size == 86  # the rulebook's module slot
    for slot in range(count, table.count):
        assert raw[first + size * slot : first + size * (slot + 1)] == EMPTY_MODULE


# --------------------------------------------------------------------------------- cards


def test_every_transaction_code_appears(run: tuple[Path, GenerationSummary]) -> None:
    folder, summary = run
    codes = {c[TC].decode() for c in records((folder / "TRANSIN").read_bytes(), TRANSREC.size)}
    assert codes >= KNOWN_TCS
    assert set(summary.valid_by_tc) == KNOWN_TCS | {"976"}  # 976 = a duplicate return


def test_every_kind_of_invalid_card_appears(noisy_run: tuple[Path, GenerationSummary]) -> None:
    _, summary = noisy_run
    assert set(summary.intended_upc) == {f"U{n:02d}" for n in range(1, 11)}
    assert len(summary.invalid_by_kind) == 22


def test_cards_without_invalid_share_pass_the_data_checks(tmp_path: Path) -> None:
    """With --invalid-share 0 every card passes U09, U05 and U04 as RULEBOOK §5 states them."""
    generate_run(tmp_path, 200, 4000, seed=3, invalid_share=0.0)
    cards = records((tmp_path / "TRANSIN").read_bytes(), TRANSREC.size)
    _, out_of_order = high_water_split(cards)
    assert out_of_order == []
    for card in cards:
        tc = card[TC].decode()
        assert tc in KNOWN_TCS
        assert card[TIN].isdigit() and card[SEQ].isdigit()
        assert card_date_valid(card[DATE].decode())
        amount = zoned_decode(card[AMOUNT], 2, True)
        assert amount >= 0
        if tc in ZERO_AMOUNT_TCS:
            assert amount == 0
        if tc not in ENTITY_TCS:
            period = card[PERIOD].decode()
            assert period.isdigit() and period[4:] == "12" and 1960 <= int(period[:4]) <= 2098


def test_cards_carry_the_hard_cases(noisy_run: tuple[Path, GenerationSummary]) -> None:
    cards = records((noisy_run[0] / "TRANSIN").read_bytes(), TRANSREC.size)
    dates = {c[DATE] for c in cards}
    assert any(d[2:] == b"0229" and card_date_valid(d.decode()) for d in dates)  # a leap day
    assert any(d[2:] == b"0229" and not card_date_valid(d.decode()) for d in dates)
    assert any(d[:2] == b"49" and card_date_valid(d.decode()) for d in dates)  # 2049
    assert any(d[:1] == b"5" and d.isdigit() for d in dates)  # 1950s: invalid by the window
    assert any(d[2:] == b"0415" for d in dates)  # due dates
    assert not card_date_valid("500101")
    names = {c[span("TR-NAME-LINE")].rstrip() for c in cards if c[TC] in (b"000", b"013")}
    assert any(b"'" in n for n in names) and any(b"-" in n for n in names)
    assert any(b"<" not in n for n in names)


def test_amounts_decode_like_cobol(noisy_run: tuple[Path, GenerationSummary]) -> None:
    """Negative amounts are ASCII overpunched (GNUCOBOL-NOTES: "12s" = -123)."""
    cards = records((noisy_run[0] / "TRANSIN").read_bytes(), TRANSREC.size)
    negatives = [c[AMOUNT] for c in cards if 0x71 <= c[AMOUNT][-1] <= 0x79]  # 'q'..'y'
    assert negatives
    assert all(zoned_decode(raw, 2, True) < 0 for raw in negatives)


# -------------------------------------------------------------------------------- options


@pytest.mark.parametrize(
    "arguments",
    [
        {"cycle": 202400},
        {"cycle": 202453},
        {"cycle": 195001},
        {"cycle": 205001},
        {"run_date": 20230229},
        {"interest_rate": Decimal("0.12345")},
        {"interest_rate": Decimal("10")},
        {"invalid_share": 1.5},
        {"accounts": -1},
    ],
)
def test_bad_options_are_refused(arguments: dict[str, object]) -> None:
    options = {"accounts": 1, "transactions": 1, **arguments}
    with pytest.raises(GenerateOptionError):
        GenerationOptions(**options)  # type: ignore[arg-type]


def test_empty_run(tmp_path: Path) -> None:
    summary = generate_run(tmp_path, 0, 0)
    assert (tmp_path / "MASTIN").read_bytes() == b"" == (tmp_path / "TRANSIN").read_bytes()
    assert summary.invalid == 0


def test_cards_without_a_master_open_accounts_first(tmp_path: Path) -> None:
    generate_run(tmp_path, 0, 60, invalid_share=0.0)
    cards = records((tmp_path / "TRANSIN").read_bytes(), TRANSREC.size)
    firsts: dict[bytes, bytes] = {}
    for card in cards:
        firsts.setdefault(card[TIN], card[TC])
    assert set(firsts.values()) == {b"000"}


# ----------------------------------------------------------------------------- properties

seeds = st.integers(min_value=0, max_value=2**63)
run_sizes = st.tuples(st.integers(0, 40), st.integers(0, 400))
invalid_shares = st.floats(0.0, 1.0)


@given(seeds, run_sizes, invalid_shares)
def test_tins_stay_in_areas_000_and_666(seed: int, size: tuple[int, int], share: float) -> None:
    accounts, transactions = size
    mastin, transin = io.BytesIO(), io.BytesIO()
    options = GenerationOptions(accounts, transactions, seed, invalid_share=share)
    generate_streams(options, mastin, transin)
    masters = records(mastin.getvalue(), TAXACCT.size)
    cards = records(transin.getvalue(), TRANSREC.size)
    assert len(masters) == accounts and len(cards) == transactions
    assert all(m[:3] in (b"000", b"666") for m in masters)
    assert all(c[:3] in (b"000", b"666") for c in cards)
    assert all(a[:9] < b[:9] for a, b in itertools.pairwise(masters))


def test_packed_fields_use_the_c_sign_for_zero(run: tuple[Path, GenerationSummary]) -> None:
    balance = TAXACCT.field("TA-BALANCE")
    for raw in records((run[0] / "MASTIN").read_bytes(), TAXACCT.size)[:50]:
        field = raw[balance.offset : balance.offset + balance.size]
        value = packed_decode(field, 2, True)
        assert field[-1] & 0x0F == (0x0D if value < 0 else 0x0C)
