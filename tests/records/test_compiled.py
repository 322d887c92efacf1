"""The compiled codec (records/compiled.py): it reads what the generic codec reads, on any bytes
without raising, writes back only what changed, and names the field of every bad value."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.records.codec import RecordCodec, RecordError, field_codec
from idrs_sandbox.records.compiled import (
    CompiledField,
    CompiledLayout,
    InvalidField,
    compile_layout,
)
from idrs_sandbox.records.layout import RecordLayout
from idrs_sandbox.records.numeric import InvalidNumeric
from idrs_sandbox.records.schema import field, filler, group, record

COPYBOOKS = ("CTLCARD", "TAXACCT", "TRANSREC", "NOTICE", "REFUND", "UNPOST")

EVERY_KIND = record(
    "EK-RECORD",
    field("EK-DIGITS", "9(5)"),
    field("EK-TEXT", "X(6)"),
    field("EK-RIGHT", "X(4)", justified=True),
    field("EK-ALPHA", "A(3)"),
    field("EK-EDITED", "ZZ9.99-"),
    field("EK-TRAILING", "S9(4)V99"),
    field("EK-LEADING", "S9(3)", sign="leading"),
    field("EK-SEPARATE", "S9(3)V9", sign="trailing", sign_separate=True),
    field("EK-RATE", "9V9(4)"),
    field("EK-SCALED", "99PPP"),
    field("EK-SMALL", "VPP99"),
    field("EK-BLANK", "9(3)", blank_when_zero=True),
    field("EK-PACKED-ODD", "S9(7)V99", usage="COMP-3"),
    field("EK-PACKED-EVEN", "S9(4)", usage="COMP-3"),
    field("EK-PACKED-UNSIGNED", "9(5)", usage="COMP-3"),
    field("EK-PACKED-INT", "S9(5)", usage="COMP-3"),
    field("EK-COMP", "S9(4)", usage="COMP"),
    field("EK-COMP5", "9(3)", usage="COMP-5"),
    field("EK-INDEX", usage="INDEX"),
    group(
        "EK-TABLE",
        field("EK-CODE", "9(2)"),
        group("EK-INNER", field("EK-CELL", "S9(3)", usage="COMP-3"), occurs=2),
        occurs=3,
    ),
    field("EK-AREA", "X(8)"),
    group("EK-AREA-NUM", field("EK-AREA-DIGITS", "9(8)"), redefines="EK-AREA"),
    filler("X(3)"),
)

LAYOUTS: dict[str, RecordLayout] = {name: load_copybook(name) for name in COPYBOOKS}
LAYOUTS["EVERY-KIND"] = EVERY_KIND
LAYOUT_NAMES = sorted(LAYOUTS)


def _generic_value(compiled: CompiledField, chunk: bytes) -> Any:
    """What the generic field codec says about ``chunk``, in the compiled codec's terms."""
    item = compiled.item
    if item.is_group:
        return chunk.decode("latin-1")
    try:
        value = field_codec(item).decode(chunk)
    except (InvalidNumeric, ValueError):
        return "invalid"
    return int(value) if compiled.kind == "int" else value


def _dirty_records(layout: RecordLayout) -> st.SearchStrategy[bytes]:
    """Records mixing valid fields (from the empty form and random digits) with garbage."""
    size = layout.size
    empty = compile_layout(layout).empty()
    noise = st.binary(min_size=size, max_size=size)
    pieces = st.lists(
        st.tuples(
            st.integers(0, size - 1),
            st.sampled_from([b" ", b"\x00", b"\xff", b"A", b"1", b"p", b"\x1c", b"\x0d", b"9"]),
        ),
        max_size=12,
    )

    def corrupt(base: bytes, patches: list[tuple[int, bytes]]) -> bytes:
        raw = bytearray(base)
        for at, byte in patches:
            raw[at : at + 1] = byte
        return bytes(raw)

    return st.one_of(noise, st.builds(corrupt, st.just(empty), pieces))


@pytest.mark.parametrize("name", LAYOUT_NAMES)
@settings(derandomize=True)
@given(data=st.data())
def test_every_field_reads_as_the_generic_codec_says_and_never_raises(
    name: str, data: st.DataObject
) -> None:
    layout = LAYOUTS[name]
    compiled = compile_layout(layout)
    raw = data.draw(_dirty_records(layout))
    for item, subscripts in compiled.elementary(views=True):
        at = item.start(subscripts)
        chunk = raw[at : at + item.size]
        value = item.read(raw, *subscripts)
        expected = _generic_value(item, chunk)
        if expected == "invalid":
            assert isinstance(value, InvalidField)
            assert (value.raw, value.byte) == (chunk, at + 1)
            assert value.field.startswith(item.name)
        else:
            assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("name", LAYOUT_NAMES)
@settings(derandomize=True)
@given(data=st.data())
def test_generated_readers_agree_with_the_careful_read(name: str, data: st.DataObject) -> None:
    compiled = compile_layout(LAYOUTS[name])
    raw = data.draw(_dirty_records(compiled.layout))
    names = [item.name for item in compiled.fields() if not item.item.filler]
    read = compiled.reader(*names)
    assert read(raw) == tuple(
        compiled[n].read(raw, *([1] * len(compiled[n].occurs))) for n in names
    )


def test_a_reader_shifted_to_a_table_slot_reads_that_occurrence_and_names_it() -> None:
    compiled = compile_layout(LAYOUTS["TAXACCT"])
    stride = compiled["TA-MODULE"].size
    view = compiled.view()
    view.set("TA-BALANCE", Decimal("-7.25"), 3)
    raw = bytearray(view.to_bytes())
    at = compiled["TA-CREDITS"].start((2,))
    raw[at + 5] = 0x1A  # a bad sign nibble in CREDITS(2)
    read = compiled.reader("TA-BALANCE", "TA-CREDITS")
    assert read(bytes(raw), 2 * stride)[0] == Decimal("-7.25")
    bad = read(bytes(raw), stride)[1]
    assert isinstance(bad, InvalidField)
    assert (bad.field, bad.byte, bad.reason) == (
        "TA-CREDITS(2)",
        at + 1,
        "bad packed sign nibble A",
    )
    assert bad.message(3, "MASTIN") == (
        f"MASTIN record 3, byte {at + 1}, field TA-CREDITS(2): bytes 00 00 00 00 00 1A "
        "bad packed sign nibble A"
    )


@pytest.mark.parametrize("name", LAYOUT_NAMES)
@settings(derandomize=True)
@given(data=st.data())
def test_writing_back_what_was_read_gives_the_same_bytes(name: str, data: st.DataObject) -> None:
    """Every field's bytes come back, except a field holding a valid but non-canonical form
    (a packed or overpunched -0, a packed sign F in a signed field): its value reads back the
    same and its bytes become the form GnuCOBOL writes (+0, sign C), as a MOVE of it would."""
    compiled = compile_layout(LAYOUTS[name])
    raw = data.draw(_dirty_records(compiled.layout))
    occurrences = [(i, s) for i, s in compiled.elementary() if not i.item.filler]
    canonical = bytearray(raw)
    for item, subscripts in occurrences:
        at = item.start(subscripts)
        canonical[at : at + item.size] = item.encode(item.read(raw, *subscripts))
    names = list(dict.fromkeys(item.name for item, _ in occurrences))
    values = compiled.reader(*names)(raw)
    written = compiled.writer(*names)(raw, *values)
    firsts = {item.name: item.start((1,) * len(item.occurs)) for item, _ in occurrences}
    for item, subscripts in occurrences:
        at = item.start(subscripts)
        source = canonical if firsts[item.name] == at else raw
        assert written[at : at + item.size] == source[at : at + item.size], item.name
    assert compiled.reader(*names)(written) == values
    view = compiled.view(raw)
    for item, subscripts in occurrences:
        view.set(item.name, view.get(item.name, *subscripts), *subscripts)
    assert view.to_bytes() == bytes(canonical)
    if canonical == raw:
        assert view.to_bytes() is raw and not view.changed


def test_a_negative_zero_reads_as_zero_and_stays_until_written() -> None:
    compiled = compile_layout(LAYOUTS["TAXACCT"])
    at = compiled["TA-BALANCE"].offset
    raw = bytearray(compiled.empty())
    raw[at : at + 6] = bytes.fromhex("00000000000d")  # packed -0.00
    view = compiled.view(bytes(raw))
    assert view.get("TA-BALANCE", 1) == Decimal("0.00")
    assert view.to_bytes() == bytes(raw)  # untouched: kept as read (posting-notes P6)
    view.set("TA-BALANCE", Decimal("0.00"), 1)
    assert view.to_bytes()[at : at + 6] == bytes.fromhex("00000000000c")  # a MOVE writes +0
    card = compile_layout(LAYOUTS["TRANSREC"])
    amount = card["TR-AMOUNT"]
    raw = card.empty()[: amount.offset] + b"0000000000p" + card.empty()[amount.offset + 11 :]
    assert card.view(raw)["TR-AMOUNT"] == 0 and card.view(raw).to_bytes() is raw


@pytest.mark.parametrize("name", LAYOUT_NAMES)
@settings(derandomize=True)
@given(data=st.data())
def test_setting_a_field_changes_only_its_bytes(name: str, data: st.DataObject) -> None:
    compiled = compile_layout(LAYOUTS[name])
    raw = data.draw(_dirty_records(compiled.layout))
    items = [(i, s) for i, s in compiled.elementary() if not i.item.filler]
    item, subscripts = data.draw(st.sampled_from(items))
    value = data.draw(_values(item))
    view = compiled.view(raw)
    view.set(item.name, value, *subscripts)
    out = view.to_bytes()
    at = item.start(subscripts)
    assert out[:at] == raw[:at] and out[at + item.size :] == raw[at + item.size :]
    assert out[at : at + item.size] == field_codec(item.item).encode(_generic(value, item))
    assert compiled.view(out).get(item.name, *subscripts) == _as_read(value, item)


def _values(item: CompiledField) -> st.SearchStrategy[Any]:
    picture = item.item.picture
    if item.kind == "text":
        return st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=item.size)
    if picture is None:  # INDEX
        return st.integers(-(2**31), 2**31 - 1)
    limit = 10**picture.digits - 1
    low = -limit if picture.signed else 0
    unscaled = st.integers(low, limit)
    if item.kind == "int":
        return unscaled.map(lambda n: n * 10 ** max(-picture.scale, 0))
    return unscaled.map(lambda n: Decimal(n).scaleb(-picture.scale))


def _generic(value: Any, item: CompiledField) -> Any:
    return Decimal(value) if isinstance(value, int) else value


def _as_read(value: Any, item: CompiledField) -> Any:
    if isinstance(value, str):
        return value.rjust(item.size) if item.item.justified else value.ljust(item.size)
    return value


def test_an_unchanged_view_gives_the_very_bytes_it_was_given() -> None:
    compiled = compile_layout(LAYOUTS["TAXACCT"])
    raw = bytes(bytearray(compiled.empty()))
    view = compiled.view(raw, record=4, source="MASTIN")
    assert view["TA-TIN"] == 0 and view["TA-BALANCE(2)"] == Decimal("0.00")
    view["TA-TIN"] = 0  # the same bytes: nothing changes
    assert view.to_bytes() is raw
    view["TA-TIN"] = 666000001
    assert view.changed and view.to_bytes()[:9] == b"666000001"
    view["TA-TIN"] = 0
    assert view.to_bytes() is raw  # back to the bytes read


def test_an_invalid_value_read_is_written_back_byte_for_byte() -> None:
    compiled = compile_layout(LAYOUTS["TRANSREC"])
    raw = b"66600000A" + compiled.empty()[9:]
    tin = compiled.view(raw)["TR-TIN"]
    assert isinstance(tin, InvalidField) and tin.reason == "not numeric"
    assert compiled.writer("TR-TIN")(compiled.empty(), tin)[:9] == b"66600000A"


def test_text_is_stored_as_a_move_stores_it() -> None:
    compiled = compile_layout(EVERY_KIND)
    out = compiled.writer("EK-TEXT", "EK-RIGHT")(None, "ABCDEFGH", "ABCDEF")
    view = compiled.view(out)
    assert view["EK-TEXT"] == "ABCDEF" and view["EK-RIGHT"] == "CDEF"
    assert compiled.view(compiled.writer("EK-RIGHT")(None, "AB"))["EK-RIGHT"] == "  AB"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("EK-DIGITS", 123456, "field EK-DIGITS: 123456 does not fit in 5 digit(s)"),
        ("EK-DIGITS", -1, "field EK-DIGITS: -1 is negative but the field is unsigned"),
        ("EK-DIGITS", "12", "field EK-DIGITS: '12' is not a number (give an int or a Decimal)"),
        ("EK-DIGITS", Decimal("1.5"), "field EK-DIGITS: 1.5 is not a whole number"),
        ("EK-TEXT", 12, "field EK-TEXT: 12 is not a str"),
        ("EK-PACKED-ODD", Decimal("1.234"), "field EK-PACKED-ODD: 1.234 has more decimal"),
    ],
)
def test_a_value_that_does_not_fit_names_the_field(name: str, value: Any, message: str) -> None:
    compiled = compile_layout(EVERY_KIND)
    with pytest.raises(RecordError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        compiled.writer(name)(None, value)


def test_subscripts_are_checked_and_parsed() -> None:
    compiled = compile_layout(EVERY_KIND)
    view = compiled.view()
    view["EK-CELL(3, 2)"] = -5
    assert view.get("EK-CELL", 3, 2) == -5 and view["EK-CELL(3,1)"] == 0
    with pytest.raises(RecordError, match="EK-CELL: subscript 4 is outside 1-3"):
        view.get("EK-CELL", 4, 1)
    with pytest.raises(RecordError, match="EK-CELL takes 2 subscript"):
        view.get("EK-CELL", 1)
    with pytest.raises(RecordError, match="no field EK-NOPE"):
        view.get("EK-NOPE")
    with pytest.raises(RecordError, match="overlap"):
        compiled.writer("EK-AREA", "EK-AREA-DIGITS")


def test_a_record_of_the_wrong_size_is_refused_with_its_number() -> None:
    compiled = compile_layout(LAYOUTS["TRANSREC"])
    with pytest.raises(RecordError, match=r"^TRANSIN record 7 is 99 bytes, the TR-RECORD record"):
        compiled.view(b" " * 99, record=7, source="TRANSIN")
    with pytest.raises(RecordError, match="base record is 3 bytes, not 100"):
        compiled.writer("TR-TIN")(b"abc", 1)


def test_the_empty_form_and_invalid_fields_match_the_generic_codec() -> None:
    for layout in LAYOUTS.values():
        compiled = compile_layout(layout)
        generic = RecordCodec(layout)
        assert compiled.empty() == generic.empty()
        assert compiled.invalid_fields(compiled.empty()) == []
    compiled = compile_layout(LAYOUTS["CTLCARD"])
    bad = compiled.invalid_fields(b"2024X5" + compiled.empty()[6:])
    assert [(f.field, f.byte) for f in bad] == [("CTL-RUN-WEEK", 5)]


@given(st.binary(min_size=8, max_size=8))
@example(b"\x00" * 8)
@settings(derandomize=True)
def test_cp037_reads_are_total(raw: bytes) -> None:
    layout = record("C-REC", field("C-NUM", "S9(3)"), field("C-TEXT", "X(5)"))
    compiled = compile_layout(layout, "cp037")
    number, text = compiled.reader("C-NUM", "C-TEXT")(raw)
    assert text == raw[3:].decode("cp037")
    assert number == _generic_value_cp037(layout, raw[:3])


def _generic_value_cp037(layout: RecordLayout, chunk: bytes) -> Any:
    try:
        return int(field_codec(layout.field("C-NUM"), "cp037").decode(chunk))
    except InvalidNumeric:
        return InvalidField("C-NUM", 1, chunk, "not numeric")


def test_compile_layout_is_built_once_per_layout() -> None:
    assert compile_layout(EVERY_KIND) is compile_layout(EVERY_KIND)
    assert isinstance(compile_layout(EVERY_KIND, "cp037"), CompiledLayout)
    assert compile_layout(EVERY_KIND, "cp037") is not compile_layout(EVERY_KIND)


def test_a_part_is_one_occurrence_of_a_group_as_a_record_of_its_own() -> None:
    account = compile_layout(LAYOUTS["TAXACCT"])
    module = account.part("TA-MODULE")
    slot = account["TA-MODULE"]
    assert module.size == slot.size and module is account.part("TA-MODULE")
    assert module.empty() == account.empty()[slot.offset : slot.offset + slot.size]
    raw = module.writer("TA-STATUS", "TA-BALANCE")(None, 21, Decimal("-1.05"))
    record = account.writer("TA-STATUS", "TA-BALANCE")(None, 21, Decimal("-1.05"), at=slot.size)
    second = slot.offset + slot.size
    assert record[second : second + slot.size] == raw
    with pytest.raises(RecordError, match="TA-TIN is not a group"):
        account.part("TA-TIN")


def test_a_text_that_cannot_be_encoded_names_its_field() -> None:
    compiled = compile_layout(EVERY_KIND)
    with pytest.raises(RecordError, match=r"^field EK-TEXT: 'latin-1' codec can't encode"):
        compiled.writer("EK-DIGITS", "EK-TEXT")(None, 1, "€")


def test_scalar_names_are_the_fields_outside_tables_in_byte_order() -> None:
    """The account head and one module, derived from the copybook (datagen, online and the
    benchmarks read them so instead of writing the names again)."""
    from idrs_sandbox.cobol.copybook import load_copybook

    account = compile_layout(load_copybook("TAXACCT"))
    head = account.scalar_names()
    assert head[0] == "TA-TIN" and head[-1] == "TA-MODULE-COUNT" and len(head) == 13
    assert [account[name].offset for name in head] == sorted(account[name].offset for name in head)
    module = account.part("TA-MODULE").scalar_names()
    assert module[0] == "TA-TAX-PERIOD" and module[-1] == "TA-LAST-ACTIVITY" and len(module) == 18
    control = compile_layout(load_copybook("CTLCARD")).scalar_names()
    assert "FILLER" not in control and control[0] == "CTL-RUN-YEAR"
