"""Dirty inputs: bytes no generator writes, through all three engines.

A generated week is damaged one way at a time (bad COMP-3 sign and digit nibbles, letters in a
period or a status, spaces and low-values in DISPLAY numbers, random byte flips, TRANSIN on
``/dev/null``), then posted by GnuCOBOL (the truth), the legacy interpreter and the modern
engine: the return codes and every output file must be identical. Where POSTING.cbl used to post
on with garbage it now judges the record in its edit pass (posting-decisions A9), so those cases
also pin the outcome: return code 16, ``MASTIN INVALID RECORD``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RunInputs, RunResult, run_engine
from idrs_sandbox.engines.gnucobol import GnuCOBOLEngine
from idrs_sandbox.engines.legacy import LegacyEngine
from idrs_sandbox.engines.modern import ModernEngine
from idrs_sandbox.modern.layouts import TAXACCT
from idrs_sandbox.modern.recordio import check_master_numbers
from idrs_sandbox.modern.run import Abend, run_posting

RECORD = TAXACCT.size
SLOT = TAXACCT.field("TA-MODULE").size
COUNT = TAXACCT.field("TA-MODULE-COUNT")


def _valid_record() -> bytes:
    """A master record with four modules whose every number is valid (zeros, packed +0)."""
    module = TAXACCT.field("TA-MODULE")
    record = bytearray(b" " * RECORD)
    record[0:9] = b"666000001"
    for name in ("TA-ESTABLISHED-CYCLE", "TA-LAST-UPDATE-CYCLE"):
        item = TAXACCT.field(name)
        record[item.offset : item.offset + item.size] = b"0" * item.size
    record[COUNT.offset] = ord("4")
    for slot in range(4):
        base = module.offset + slot * SLOT
        for name in (
            "TA-TAX-PERIOD", "TA-STATUS", "TA-STATUS-CYCLE", "TA-RETURN-DATE",
            "TA-INTEREST-DATE", "TA-NOTICE-CYCLE", "TA-LAST-TC", "TA-LAST-ACTIVITY",
        ):  # fmt: skip
            item = TAXACCT.field(name)
            at = base + item.offset - module.offset
            record[at : at + item.size] = b"0" * item.size
        for name in (
            "TA-TAX-ASSESSED", "TA-CREDITS", "TA-FTF-PENALTY", "TA-FTP-PENALTY",
            "TA-INTEREST", "TA-BALANCE",
        ):  # fmt: skip
            item = TAXACCT.field(name)
            at = base + item.offset - module.offset
            record[at : at + item.size] = bytes(item.size - 1) + b"\x0c"
    return bytes(record)


VALID_RECORD = _valid_record()

Damage = Callable[[bytearray, int], None]
"""Damages the master in place; the int is the offset of the record chosen for damage."""


def field_at(name: str, record: int, slot: int = 1) -> slice:
    """Where ``name`` sits in the master (module fields: in module ``slot``, from 1)."""
    item = TAXACCT.field(name)
    start = record + item.offset
    if name not in _ACCOUNT_FIELDS:
        start += (slot - 1) * SLOT
    return slice(start, start + item.size)


_ACCOUNT_FIELDS = frozenset(
    ("TA-ZIP", "TA-FILING-STATUS", "TA-BANK-RTN", "TA-ESTABLISHED-CYCLE", "TA-LAST-UPDATE-CYCLE")
)


def put(name: str, value: bytes, slot: int = 1) -> Damage:
    def damage(master: bytearray, record: int) -> None:
        where = field_at(name, record, slot)
        assert len(value) == where.stop - where.start, name
        master[where] = value

    return damage


def sign_nibble(name: str, nibble: int) -> Damage:
    """The last nibble of a COMP-3 field replaced: the sign."""

    def damage(master: bytearray, record: int) -> None:
        last = field_at(name, record).stop - 1
        master[last] = (master[last] & 0xF0) | nibble

    return damage


def first_byte(name: str, value: int) -> Damage:
    def damage(master: bytearray, record: int) -> None:
        master[field_at(name, record).start] = value

    return damage


def stale_slot(master: bytearray, record: int) -> None:
    """X'FF' in every byte of the first slot above MODULE-COUNT (never judged, never read), in
    the first record with a free slot."""
    del record
    for start in range(0, len(master), RECORD):
        count = int(master[start + COUNT.offset : start + COUNT.offset + 1])
        if count < 4:
            slot = start + TAXACCT.field("TA-MODULE").offset + count * SLOT
            master[slot : slot + SLOT] = b"\xff" * SLOT
            return
    raise AssertionError("every account of the generated master has four modules")


@dataclass(frozen=True)
class Case:
    name: str
    damage: Damage
    abends: bool
    """POSTING.cbl's edit pass judges it MASTIN INVALID RECORD (else the run posts)."""


INVALID = [
    *(
        Case(f"TA-BALANCE sign {nibble:X}", sign_nibble("TA-BALANCE", nibble), abends=True)
        for nibble in (0xA, 0xB, 0xE, 0x0, 0x5, 0xF)
    ),
    Case("TA-TAX-ASSESSED digit nibbles AB", first_byte("TA-TAX-ASSESSED", 0xAB), abends=True),
    Case("TA-CREDITS all X'FF'", put("TA-CREDITS", b"\xff" * 6), abends=True),
    Case("TA-INTEREST spaces", put("TA-INTEREST", b" " * 5), abends=True),
    Case("TA-STATUS ZZ", put("TA-STATUS", b"ZZ"), abends=True),
    Case("TA-TAX-PERIOD 20X212", put("TA-TAX-PERIOD", b"20X212"), abends=True),
    Case("TA-RETURN-DATE low-values", put("TA-RETURN-DATE", bytes(8)), abends=True),
    Case("TA-LAST-TC +15", put("TA-LAST-TC", b"+15"), abends=True),
    Case("TA-NOTICE-CYCLE leading blank", put("TA-NOTICE-CYCLE", b" 02419"), abends=True),
    Case("module 2 TA-FTP-PENALTY sign 0", put("TA-FTP-PENALTY", bytes(5), slot=2), abends=True),
    Case("TA-ESTABLISHED-CYCLE spaces", put("TA-ESTABLISHED-CYCLE", b" " * 6), abends=True),
]
POSTS = [
    # Carried as given: ZIP and FILING-STATUS are copied, BANK-RTN goes through 7600-ABA-CHECK.
    Case("TA-ZIP letters", put("TA-ZIP", b"AB1CD"), abends=False),
    Case("TA-FILING-STATUS blank", put("TA-FILING-STATUS", b" "), abends=False),
    Case("TA-BANK-RTN letters", put("TA-BANK-RTN", b"12345678X"), abends=False),
    Case("TA-LAST-NOTICE unknown", put("TA-LAST-NOTICE", b"CP999"), abends=False),
    Case("TA-FREEZE-A Z", put("TA-FREEZE-A", b"Z"), abends=False),
    Case("packed -0 in TA-INTEREST", put("TA-INTEREST", bytes(4) + b"\x0d"), abends=False),
    Case("a stale slot above MODULE-COUNT", stale_slot, abends=False),
]


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("week") / "base"
    generate_run(folder, 30, 200, seed=11)
    return folder


def chosen_record(master: bytes) -> int:
    """The offset of the first record holding two modules or more (every damage has a field)."""
    for start in range(0, len(master), RECORD):
        if master[start + COUNT.offset : start + COUNT.offset + 1] in b"234":
            return start
    raise AssertionError("the generated master has no account with two modules")


def damaged_week(week: Path, folder: Path, damage: Damage) -> Path:
    master = bytearray((week / "MASTIN").read_bytes())
    damage(master, chosen_record(master))
    folder.mkdir()
    for ddname in ("CONTROL", "TRANSIN"):
        (folder / ddname).write_bytes((week / ddname).read_bytes())
    (folder / "MASTIN").write_bytes(bytes(master))
    return folder


def run_three(folder: Path, out: Path) -> dict[str, RunResult]:
    inputs = RunInputs.from_folder(folder)
    engines = {"gnucobol": GnuCOBOLEngine(), "legacy": LegacyEngine(), "modern": ModernEngine()}
    return {name: run_engine(engine, inputs, out / name) for name, engine in engines.items()}


def assert_agree(results: dict[str, RunResult]) -> RunResult:
    """Every engine gives GnuCOBOL's return code and output bytes; returns GnuCOBOL's result."""
    truth = results["gnucobol"]
    for name, result in results.items():
        assert result.return_code == truth.return_code, name
        assert sorted(result.outputs) == sorted(truth.outputs), name
        for ddname in OUTPUT_DDNAMES:
            if ddname in truth.outputs:
                expected = truth.outputs[ddname].read_bytes()
                assert result.outputs[ddname].read_bytes() == expected, f"{name} {ddname}"
    return truth


def report_of(result: RunResult) -> str:
    return result.outputs["REPORT"].read_text(encoding="latin-1")


@pytest.mark.parametrize("case", INVALID + POSTS, ids=lambda case: case.name)
def test_a_damaged_master_gives_one_result_on_every_engine(
    cobc: str, tmp_path: Path, week: Path, case: Case
) -> None:
    folder = damaged_week(week, tmp_path / "in", case.damage)
    truth = assert_agree(run_three(folder, tmp_path / "out"))
    if case.abends:
        assert truth.return_code == 16
        assert report_of(truth) == "ABEND: MASTIN INVALID RECORD\n"
    else:
        assert truth.return_code in (0, 4)


@pytest.mark.parametrize("seed", range(9))
def test_a_random_byte_flip_gives_one_result_on_every_engine(
    cobc: str, tmp_path: Path, week: Path, seed: int
) -> None:
    draw = random.Random(seed)

    def flip(master: bytearray, record: int) -> None:
        master[draw.randrange(len(master))] ^= draw.randrange(1, 256)

    folder = damaged_week(week, tmp_path / "in", flip)
    assert_agree(run_three(folder, tmp_path / "out"))


def test_transin_on_dev_null_posts_like_an_empty_deck(
    cobc: str, tmp_path: Path, week: Path
) -> None:
    folder = damaged_week(week, tmp_path / "in", lambda master, record: None)
    (folder / "TRANSIN").unlink()
    (folder / "TRANSIN").symlink_to("/dev/null")
    truth = assert_agree(run_three(folder, tmp_path / "out"))
    assert truth.return_code == 0


# --- the modern engine alone (no cobc) --------------------------------------------------------


def test_the_modern_engine_reads_dev_null_as_an_empty_file(tmp_path: Path, week: Path) -> None:
    results = {}
    for name, transin in (("empty", None), ("devnull", Path("/dev/null"))):
        out = tmp_path / name
        out.mkdir()
        files = {"CONTROL": week / "CONTROL", "MASTIN": week / "MASTIN"}
        if transin is None:
            transin = out / "TRANSIN"
            transin.write_bytes(b"")
        files["TRANSIN"] = transin
        files |= {ddname: out / ddname for ddname in OUTPUT_DDNAMES}
        code = run_posting(files)
        results[name] = (code, [(out / ddname).read_bytes() for ddname in OUTPUT_DDNAMES])
    assert results["devnull"] == results["empty"]
    assert results["empty"][0] == 0


def test_an_invalid_master_number_is_named_by_record_byte_and_field(week: Path) -> None:
    master = bytearray((week / "MASTIN").read_bytes())
    record = chosen_record(bytes(master))
    sign_nibble("TA-BALANCE", 0xA)(master, record)
    raw = bytes(master[record : record + RECORD])
    where = field_at("TA-BALANCE", 0)
    with pytest.raises(Abend) as caught:
        check_master_numbers(raw, 3)
    message = str(caught.value)
    assert message.startswith("ABEND: MASTIN INVALID RECORD (record 3, ")
    assert f"byte {where.start + 1}, field TA-BALANCE: bytes " in message
    assert message.endswith("A not numeric)")
    assert "\n" not in message


def test_a_valid_master_passes_the_number_checks(week: Path) -> None:
    master = (week / "MASTIN").read_bytes()
    for number, start in enumerate(range(0, len(master), RECORD), start=1):
        check_master_numbers(master[start : start + RECORD], number)


MODULE_NUMBERS = {
    name: TAXACCT.field(name)
    for name in (
        "TA-TAX-PERIOD",
        "TA-STATUS",
        "TA-STATUS-CYCLE",
        "TA-RETURN-DATE",
        "TA-TAX-ASSESSED",
        "TA-CREDITS",
        "TA-FTF-PENALTY",
        "TA-FTP-PENALTY",
        "TA-INTEREST",
        "TA-BALANCE",
        "TA-INTEREST-DATE",
        "TA-NOTICE-CYCLE",
        "TA-LAST-TC",
        "TA-LAST-ACTIVITY",
    )
}


def numeric_by_hand(raw: bytes) -> bool:
    """The NUMERIC class test of every number A9 judges, one field at a time."""
    for name in ("TA-ESTABLISHED-CYCLE", "TA-LAST-UPDATE-CYCLE"):
        if not raw[field_at(name, 0)].isdigit():
            return False
    for slot in range(1, int(raw[COUNT.offset : COUNT.offset + 1]) + 1):
        for name, item in MODULE_NUMBERS.items():
            value = raw[field_at(name, 0, slot)]
            if item.usage.name == "DISPLAY":
                if not value.isdigit():
                    return False
            else:
                nibbles = value.hex()
                if not (nibbles[:-1].isdigit() and nibbles[-1] in "cd"):
                    return False
    return True


@given(
    slot=st.integers(1, 4),
    offset=st.integers(0, SLOT - 1),
    patch=st.binary(min_size=1, max_size=8),
    count=st.sampled_from(b"01234"),
)
@settings(max_examples=300, derandomize=True, deadline=None)
@example(slot=1, offset=80, patch=b"\x0f", count=ord("2"))
def test_the_numbers_check_is_the_field_by_field_test(
    slot: int, offset: int, patch: bytes, count: int
) -> None:
    record = bytearray(VALID_RECORD)
    record[COUNT.offset] = count
    start = TAXACCT.field("TA-MODULE").offset + (slot - 1) * SLOT + offset
    record[start : start + len(patch)] = patch[: RECORD - start]
    raw = bytes(record)
    try:
        check_master_numbers(raw, 1)
    except Abend:
        assert not numeric_by_hand(raw)
    else:
        assert numeric_by_hand(raw)
