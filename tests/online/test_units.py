"""Bad input, one clean line each: masters, profiles, decks; the review's windows; masking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from idrs_sandbox.online.deck import DeckError, merge_cards
from idrs_sandbox.online.masking import mask_number, mask_tin, parse_tin
from idrs_sandbox.online.master import MasterError, MasterFile, surname_of
from idrs_sandbox.online.profiles import ProfileError, load_profiles
from idrs_sandbox.online.review import Access, review


def test_a_master_of_the_wrong_size_is_named(tmp_path: Path, master_path: Path) -> None:
    bad = tmp_path / "MASTER"
    bad.write_bytes(master_path.read_bytes()[:1000])
    with pytest.raises(MasterError, match=r"MASTER: size 1,000 bytes .*\(1 whole records and 486"):
        MasterFile(bad)


def test_a_non_numeric_tin_and_a_duplicate_are_named(tmp_path: Path, master_path: Path) -> None:
    data = master_path.read_bytes()
    bad = tmp_path / "MASTER"
    bad.write_bytes(data[:514] + b"66600X001" + data[523:1028])
    with pytest.raises(MasterError, match=r"record 2, byte 1, field TA-TIN: bytes .* not numeric"):
        MasterFile(bad)
    bad.write_bytes(data[:514] * 2)
    with pytest.raises(MasterError, match=r"record 2, byte 1, field TA-TIN: TIN \d+ is already"):
        MasterFile(bad)


def test_a_bad_packed_field_is_named_with_its_byte(tmp_path: Path, master_path: Path) -> None:
    record = bytearray(master_path.read_bytes()[:514])
    record[149] = ord("1")  # MODULE-COUNT 1: module 1's TAX-ASSESSED (packed) is bytes 176-181
    record[175:181] = b"ZZZZZZ"
    bad = tmp_path / "MASTER"
    bad.write_bytes(bytes(record))
    expected = r"record 1, byte 176, field TA-TAX-ASSESSED"
    with MasterFile(bad) as master, pytest.raises(MasterError, match=expected):
        master.get(master.tins()[0])


def test_the_master_is_never_written(master_path: Path) -> None:
    before = master_path.stat().st_mtime_ns, master_path.read_bytes()
    with MasterFile(master_path) as master:
        for tin in master.tins()[:20]:
            master.get(tin)
    assert (master_path.stat().st_mtime_ns, master_path.read_bytes()) == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[employee]]\nnumber = 12\n", "number must be a string"),
        ('[[employee]]\nnumber = "1"\n', "number must be 7 digits"),
        ('[[employee]]\nnumber = "1000001"\nrole = "x"\n', "unknown role 'x'"),
        ("[roles.r]\nfull = true\n", "unknown key(s) full"),
        ("x = [\n", "not valid TOML"),
        ('[sensitive]\ntins = ["12"]\n', "'12' is not a TIN"),
    ],
)
def test_bad_profiles_are_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(text)
    with pytest.raises(ProfileError) as raised:
        load_profiles(path)
    assert message in str(raised.value) and str(path) in str(raised.value)


def _card(tin: str, seq: int) -> bytes:
    return f"{tin}NAME290202312{0:011d}260302{seq:06d}".encode().ljust(100)


def test_cards_merge_by_tin_then_seq_keeping_the_deck_order() -> None:
    deck = [_card("000000005", 1), _card("000000009", 2), _card("000000003", 3)]  # one unsorted
    ours = [_card("000000009", 900002), _card("000000001", 900001)]
    merged = merge_cards(b"".join(deck), ours)
    order = [merged[i : i + 9] + merged[i + 39 : i + 45] for i in range(0, len(merged), 100)]
    assert order == [
        b"000000001900001", b"000000005000001", b"000000009000002", b"000000003000003",
        b"000000009900002",  # no card after it has a greater key: it goes last
    ]  # fmt: skip
    with pytest.raises(DeckError, match="TRANSIN record 2, byte 1"):
        merge_cards(b"".join(deck), [_card("000000009", 2)])
    with pytest.raises(DeckError, match="not a multiple"):
        merge_cards(b"x" * 150, ours)


def _access(number: int, minutes: float, tin: str, outcome: str = "GRANTED") -> Access:
    moment = datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(minutes=minutes)
    return Access(number, moment, "2000001", "ENMOD", tin, outcome, "")


def test_bursts_and_denials_are_counted_in_their_windows(profiles_path: Path) -> None:
    profiles = load_profiles(profiles_path)
    outside = [f"666{n:06d}" for n in range(990000, 990012)]
    slow = [_access(n, n * 2.0, tin) for n, tin in enumerate(outside[:10], start=1)]
    assert not [lead for lead in review(slow, profiles) if lead.kind == "BROWSING-BURST"]
    fast = [_access(n, n * 0.5, tin) for n, tin in enumerate(outside, start=1)]
    bursts = [lead for lead in review(fast, profiles) if lead.kind == "BROWSING-BURST"]
    assert len(bursts) == 1 and bursts[0].evidence == list(range(1, 13))
    denied = [_access(n, n * 31.0, outside[0], "DENIED") for n in range(1, 4)]
    assert not [lead for lead in review(denied, profiles) if lead.kind == "REPEATED-DENIALS"]
    denied = [_access(n, n * 20.0, outside[0], "DENIED") for n in range(1, 4)]
    assert [lead.kind for lead in review(denied, profiles)] == ["REPEATED-DENIALS"]


def test_masks_and_surnames() -> None:
    assert parse_tin("666-01-2345") == "666012345" and parse_tin("66601234") is None
    assert mask_tin("666012345") == "XXX-XX-2345"
    assert mask_number("12345678901") == "XXXXXXX8901" and mask_number("1234567") == "XXXXXXX"
    assert surname_of("ANA<DE LA ROSA<") == "DELAROSA" and surname_of("JOHN Q PUBLIC") == "PUBLIC"


def test_a_routing_number_that_is_not_digits_is_shown_not_refused(
    tmp_path: Path, master_path: Path
) -> None:
    record = bytearray(master_path.read_bytes()[:514])
    record[111:120] = (
        b"12345678X"  # TA-BANK-RTN, bytes 112-120 (POSTING pays such an account by check)
    )
    bad = tmp_path / "MASTER"
    bad.write_bytes(bytes(record))
    with MasterFile(bad) as master:
        account = master.get(master.tins()[0])
    assert account is not None and account.bank_rtn == "12345678X"
