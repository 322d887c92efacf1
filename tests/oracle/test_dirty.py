"""The dirty-data strategies: field-aware damage for any field of any record, raw damage, and
the runs that carry them (strategies/damage.py, strategies/dirty.py)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idrs_sandbox.oracle.compare import record_codec
from idrs_sandbox.oracle.strategies import (
    Account,
    Bulk,
    ByteFlip,
    Card,
    ControlCard,
    Dropped,
    FieldDamage,
    Module,
    Repeated,
    Run,
    damaged_fields,
    damages,
    dirty_runs,
    field_slots,
)
from idrs_sandbox.oracle.strategies.damage import field_slot, record_length
from idrs_sandbox.oracle.strategies.dirty import display_number_dirt, packed_dirt, text_dirt

DDNAMES = ("CONTROL", "MASTIN", "TRANSIN")
BASE = Run(
    ControlCard(),
    master=(Account(tin="666000001", modules=(Module(return_date=20240410),)),),
    deck=(Card("666000001", 1, 610, amount=Decimal("404.10")),),
)


@pytest.mark.parametrize("ddname", DDNAMES)
def test_the_field_slots_cover_every_byte_of_a_record(ddname: str) -> None:
    covered: set[int] = set()
    for slot in field_slots(ddname):
        covered.update(range(slot.offset, slot.offset + slot.size))
    assert covered == set(range(record_length(ddname)))


def test_a_field_of_a_module_slot_is_named_with_its_occurrence() -> None:
    # TAXACCT: TA-MODULE OCCURS 4 TIMES, 86 bytes from byte 151 (from 1); BALANCE at +52.
    assert field_slot("MASTIN", "TA-BALANCE(1)").offset == 202
    assert field_slot("MASTIN", "TA-BALANCE(3)").offset == 202 + 2 * 86
    assert field_slot("MASTIN", "TA-BALANCE(3)").kind == "packed"
    assert field_slot("TRANSIN", "TR-AMOUNT").kind == "signed"
    assert field_slot("TRANSIN", "TR-SEQ").kind == "unsigned"
    assert field_slot("MASTIN", "FILLER@495").kind == "text"


def test_field_damage_writes_only_its_field() -> None:
    clean = BASE.inputs()["MASTIN"]
    assert clean is not None
    damage = FieldDamage("MASTIN", 0, "TA-BALANCE(1)", bytes.fromhex("00000001000A"))
    dirty = damage.apply(clean)
    assert dirty[202:208] == bytes.fromhex("00000001000A")
    assert dirty[:202] == clean[:202] and dirty[208:] == clean[208:]


def test_raw_damage_flips_drops_and_repeats() -> None:
    data = bytes(range(10))
    assert ByteFlip("TRANSIN", 2, 0xFF).apply(data)[2] == 0xFD
    assert Dropped("TRANSIN", 2, 3).apply(data) == bytes([0, 1, 5, 6, 7, 8, 9])
    assert Repeated("TRANSIN", 8, 2).apply(data) == data + bytes([8, 9])
    # Past the end of a file (a shrunk run lost the record): the file is left as it is.
    assert ByteFlip("TRANSIN", 99).apply(data) == data
    assert FieldDamage("TRANSIN", 5, "TR-TC", b"ABC").apply(data) == data


def test_display_numbers_get_blanks_signs_and_overpunch() -> None:
    # The issue's own examples: 40410 in 9(6) as " 40410", 4041 in 9(5) as "+4041".
    assert b" 40410" in display_number_dirt(b"040410")
    assert b"40410 " in display_number_dirt(b"040410")
    assert b"+4041" in display_number_dirt(b"04041")
    dirt = display_number_dirt(b"00015")
    assert b"0001u" in dirt and b"0001E" in dirt and b"0001N" in dirt  # p-y, { A-I, } J-R
    assert all(len(value) == 5 for value in dirt)


def test_packed_fields_get_bad_sign_and_digit_nibbles() -> None:
    dirt = packed_dirt(bytes.fromhex("00000001000C"))
    for nibble in "05abef":
        assert bytes.fromhex("00000001000" + nibble) in dirt
    assert bytes.fromhex("a0000001000c") in dirt  # a digit nibble A
    assert all(len(value) == 6 for value in dirt)


def test_text_fields_get_non_ascii_and_leading_blanks() -> None:
    dirt = text_dirt(b"JOHN<DOE<  ")
    assert b" JOHN<DOE< " in dirt
    assert b"\xc9OHN<DOE<  " in dirt and b"\xc3\xa9HN<DOE<  " in dirt
    assert b"JOHN<DOE<\xa0\xa0" in dirt


@pytest.mark.parametrize("ddname", DDNAMES)
@given(data=st.data())
def test_damaged_fields_have_the_size_of_the_field_and_differ(
    ddname: str, data: st.DataObject
) -> None:
    slot = data.draw(st.sampled_from(field_slots(ddname)))
    clean = b"0" * slot.size
    damaged = data.draw(damaged_fields(slot, clean))
    assert len(damaged) == slot.size


@given(run=dirty_runs())
def test_a_dirty_run_is_a_clean_run_with_damage(run: Run) -> None:
    clean, dirty = replace(run, damage=()).inputs(), run.inputs()
    assert 1 <= len(run.damage) <= 3
    changed = {ddname for ddname in DDNAMES if clean[ddname] != dirty[ddname]}
    assert changed <= {damage.ddname for damage in run.damage}


@given(data=st.data())
def test_damages_to_a_deck_and_a_master_stay_in_their_files(data: st.DataObject) -> None:
    files = BASE.inputs()
    drawn = data.draw(damages({"TRANSIN": files["TRANSIN"], "MASTIN": files["MASTIN"]}))
    assert 1 <= len(drawn) <= 2
    assert {damage.ddname for damage in drawn} <= {"TRANSIN", "MASTIN"}


def test_a_bulk_master_is_the_account_again_with_ascending_tins() -> None:
    account = Account(tin="000000000", modules=(Module(return_date=20240410),))
    raw = Run(bulk=(Bulk(account, 3, first_tin=666100007),)).inputs()["MASTIN"]
    assert raw is not None and len(raw) == 3 * 514
    records = [raw[start : start + 514] for start in range(0, len(raw), 514)]
    assert [record[:9] for record in records] == [b"666100007", b"666100008", b"666100009"]
    assert all(record[9:] == account.encode()[9:] for record in records)
    assert record_codec("TAXACCT").decode(records[0])["TA-TIN"] == 666100007
