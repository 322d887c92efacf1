"""The modern engine's record I/O: its short paths agree with the record layer's codecs, and a
master record decoded and re-encoded field by field gives back its bytes."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from idrs_sandbox.datagen import generate_run
from idrs_sandbox.modern.layouts import NOTICE, REFUND, TAXACCT, TRANSREC
from idrs_sandbox.modern.model import Account, Module
from idrs_sandbox.modern.recordio import (
    PackedMoney,
    ZonedMoney,
    decode_account,
    decode_card_amount,
    encode_account,
    iter_records,
)
from idrs_sandbox.records.codec import field_codec
from idrs_sandbox.records.compiled import compile_layout
from idrs_sandbox.records.numeric import InvalidNumeric

AMOUNT = TAXACCT.field("TA-BALANCE")  # S9(9)V99 COMP-3
PENALTY = TAXACCT.field("TA-INTEREST")  # S9(7)V99 COMP-3

cents = st.integers(min_value=-(10**11) + 1, max_value=10**11 - 1).map(
    lambda n: Decimal(n).scaleb(-2)
)


def outcome(action: object, value: object) -> object:
    try:
        return action(value)  # type: ignore[operator]
    except (InvalidNumeric, ValueError) as error:
        return type(error)


@given(cents)
@example(Decimal("0.00"))
@example(Decimal("-0.00"))
@example(Decimal("-999999999.99"))
@example(Decimal("1000000000.00"))
@example(Decimal("-1000000000.00"))
@example(Decimal("1.5"))
@example(Decimal("0.001"))
def test_packed_money_encodes_as_the_codec(value: Decimal) -> None:
    money, codec = PackedMoney(AMOUNT), field_codec(AMOUNT)
    assert outcome(money.encode, value) == outcome(codec.encode, value)


@given(st.binary(min_size=6, max_size=6))
@example(bytes.fromhex("00000000000d"))
@example(bytes.fromhex("00000012345f"))
@example(bytes.fromhex("0000001234a5"))
def test_packed_money_decodes_as_the_codec(raw: bytes) -> None:
    money, codec = PackedMoney(AMOUNT), field_codec(AMOUNT)
    ours, theirs = outcome(money.decode, raw), outcome(codec.decode, raw)
    assert ours == theirs
    if isinstance(ours, Decimal):
        assert ours.as_tuple() == theirs.as_tuple()  # type: ignore[union-attr]


@given(st.integers(min_value=-(10**9) + 1, max_value=10**9 - 1))
def test_packed_money_round_trips_penalties(unscaled: int) -> None:
    money = PackedMoney(PENALTY)
    value = Decimal(unscaled).scaleb(-2)
    assert money.decode(money.encode(value)) == value


def test_packed_money_refuses_other_shapes() -> None:
    with pytest.raises(ValueError, match="S9"):
        PackedMoney(TAXACCT.field("TA-TAX-PERIOD"))


@pytest.mark.parametrize(
    "item",
    [NOTICE.field("NT-BALANCE-DUE"), NOTICE.field("NT-FTP-THIS"), REFUND.field("RF-AMOUNT")],
    ids=lambda item: item.name,
)
@given(value=cents)
@example(value=Decimal("0.00"))
@example(value=Decimal("-0.00"))
@example(value=Decimal("-0.01"))
@example(value=Decimal("9999999.99"))
@example(value=Decimal("10000000.00"))
@example(value=Decimal("1.5"))
@example(value=Decimal("1E+2"))
def test_zoned_money_encodes_as_the_codec(item: object, value: Decimal) -> None:
    money, codec = ZonedMoney(item), field_codec(item)  # type: ignore[arg-type]
    assert outcome(money.encode, value) == outcome(codec.encode, value)


def test_zoned_money_refuses_other_shapes() -> None:
    with pytest.raises(ValueError, match="DISPLAY"):
        ZonedMoney(TAXACCT.field("TA-BALANCE"))


@given(st.binary(min_size=11, max_size=11) | st.from_regex(rb"\A[0-9]{10}[0-9p-y]\Z"))
@example(b"00000012345")
@example(b"0000000000p")
def test_card_amount_decodes_as_the_codec(raw: bytes) -> None:
    codec = field_codec(TRANSREC.field("TR-AMOUNT"))
    ours, theirs = outcome(decode_card_amount, raw), outcome(codec.decode, raw)
    assert ours == theirs
    if isinstance(ours, Decimal):
        assert ours.as_tuple() == theirs.as_tuple()  # type: ignore[union-attr]


def test_generated_masters_re_encode_to_their_bytes(tmp_path: Path) -> None:
    generate_run(tmp_path, 300, 0, seed=11)
    records = list(iter_records(tmp_path / "MASTIN", TAXACCT.size))
    assert len(records) == 300
    for number, raw in enumerate(records, start=1):
        account = decode_account(raw)
        assert encode_account(account) == raw  # the bytes kept as read
        # Forget the stored bytes: every field encoded from its value gives the same record.
        account.modules = [dataclasses.replace(m, stored=None) for m in account.modules]
        account.stored = None
        assert encode_account(account) == raw, f"record {number}"


def test_decoded_modules_agree_with_the_record_layer(tmp_path: Path) -> None:
    """decode_account cuts each slot with one struct call and reads its money with a short
    path: every field equals what the compiled layout reads (packed -0 included, as 0)."""
    generate_run(tmp_path, 300, 0, seed=12)
    layout = compile_layout(TAXACCT)
    names = layout.part("TA-MODULE").scalar_names()
    with_modules = b""
    for raw in iter_records(tmp_path / "MASTIN", TAXACCT.size):
        account = decode_account(raw)
        for index, module in enumerate(account.modules, start=1):
            expected = tuple(layout[name].read(raw, index) for name in names)
            assert module.values() == expected
            with_modules = raw
    negative_zero = bytearray(with_modules)
    where = layout["TA-INTEREST"].start((1,))
    negative_zero[where + layout["TA-INTEREST"].size - 1] = 0x0D
    negative_zero[where : where + layout["TA-INTEREST"].size - 1] = bytes(
        layout["TA-INTEREST"].size - 1
    )
    account = decode_account(bytes(negative_zero))
    assert account.modules[0].interest == 0
    assert encode_account(account) == bytes(negative_zero)  # kept while not stored into


def test_a_number_too_large_for_its_field_is_refused_by_name() -> None:
    account = Account(tin="123456789", modules=[Module(tax_period=202312, last_tc=1000)])
    with pytest.raises(ValueError, match="TA-LAST-TC"):
        encode_account(account)
    account = Account(tin="123456789", last_update_cycle=1_000_000)
    with pytest.raises(ValueError, match="TA-LAST-UPDATE-CYCLE"):
        encode_account(account)
