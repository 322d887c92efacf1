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
    DigitsTable,
    FieldEncodings,
    PackedMoney,
    ZonedMoney,
    decode_account,
    decode_card,
    decode_card_amount,
    decode_transaction,
    encode_account,
    iter_records,
    judged_card,
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


def _card_field(raw: bytes, name: str) -> bytes:
    item = TRANSREC.field(name)
    return raw[item.offset : item.offset + item.size]


def _number(raw: bytes) -> int | None:
    return int(raw) if raw.isdigit() else None


card_bytes = st.lists(
    st.sampled_from(b"0123456789 p{A-\x00\xb2"), min_size=TRANSREC.size, max_size=TRANSREC.size
).map(bytes)


@given(card_bytes)
@example(b"123456789DOE 15020231200000010000240601000001".ljust(100))
@example(b"123456789DOE 42020231200000000000240601000002".ljust(100))
@example(b"123456789DOE 6702023120000001000p240601000003".ljust(100))
def test_card_decodes_as_its_fields_read_one_by_one(raw: bytes) -> None:
    """decode_transaction (one struct split, digit tables) against each field read on its own:
    the NUMERIC test is ASCII digits only, the amount the record layer's codec."""
    card = decode_transaction(raw)
    assert card.image == raw
    assert card.key == _card_field(raw, "TR-TIN") + _card_field(raw, "TR-SEQ")
    assert card.tin_and_seq_numeric == card.key.isdigit()
    assert card.tin == _card_field(raw, "TR-TIN").decode("latin-1")
    assert card.name_control == _card_field(raw, "TR-NAME-CONTROL").decode("latin-1")
    assert card.tc == _number(_card_field(raw, "TR-TC"))
    assert card.tax_period == _number(_card_field(raw, "TR-TAX-PERIOD"))
    assert card.trans_date == _number(_card_field(raw, "TR-TRANS-DATE"))
    amount = outcome(field_codec(TRANSREC.field("TR-AMOUNT")).decode, _card_field(raw, "TR-AMOUNT"))
    assert card.amount == (None if amount is InvalidNumeric else amount)
    assert card.data == _card_field(raw, "TR-DATA").decode("latin-1")


def test_digits_table_reads_numbers_and_stops_growing_at_its_limit() -> None:
    table = DigitsTable(limit=2)
    assert [table[raw] for raw in (b"007", b"0a7", b"\xb27", b"123")] == [7, None, None, 123]
    assert len(table) == 2  # 123 read, not kept
    assert table[b"123"] == 123


def _field_variants(name: str, *texts: str) -> st.SearchStrategy[bytes]:
    size = TRANSREC.field(name).size
    assert all(len(text) == size for text in texts)
    return st.sampled_from([text.encode("latin-1") for text in texts])


plausible_cards = st.tuples(
    _field_variants("TR-TIN", "123456789", "12345678 ", "\x00" * 9),
    _field_variants("TR-NAME-CONTROL", "DOE ", "X\xb2Y "),
    _field_variants(
        "TR-TC", "670", "150", "000", "013", "014", "290", "291", "420", "971", "999", "6 0"
    ),
    _field_variants("TR-TAX-PERIOD", "202312", "202311", "209912", "195912", "      ", "20231p"),
    _field_variants(
        "TR-AMOUNT",
        "00000010000",
        "00000000000",
        "0000000000p",
        "0000000010p",
        " 0000010000",
        "0000001000{",
        "00000001234",
    ),
    _field_variants("TR-TRANS-DATE", "240601", "000229", "010229", "241301", "24 601", "991231"),
    _field_variants("TR-SEQ", "000001", "00000A"),
    st.sampled_from(
        [
            b"1011000015ACCT123",  # TC 150: filing status and routing number
            b"X011000015",
            b"010",  # TC 971: action code
            b"01A",
            b"JOHN<DOE<".ljust(35) + b"NY12345",  # TC 000: ZIP
            b"JOHN<DOE<".ljust(35) + b"NY1\xb2345",
            b"",
        ]
    ).map(lambda data: data.ljust(TRANSREC.field("TR-DATA").size)),
).map(b"".join)


@given(plausible_cards)
@example(b"123456789DOE 67020231200000010000240601000001".ljust(100))
@example(b"123456789DOE 97120231200000000000240601000001010".ljust(100))
def test_the_fast_path_judges_a_card_as_the_careful_path_does(raw: bytes) -> None:
    """decode_card's fast path (card kinds and dates looked up by their bytes) gives the very
    card, or the very UPC, that decoding every field and validation.check_card give."""
    assert decode_card(raw) == judged_card(raw)
    assert type(decode_card(raw)) is type(judged_card(raw))


def test_field_encodings_format_as_the_spec_and_stop_growing_at_their_limit() -> None:
    table = FieldEncodings("%06d", limit=2)
    assert [table[value] for value in (7, 202412, 7, 1234567)] == [
        b"000007",
        b"202412",
        b"000007",
        b"1234567",  # too large: longer, as the format; encode_account's length check refuses it
    ]
    assert len(table) == 2
    assert FieldEncodings("%-5.5s")["CP14"] == b"CP14 "
