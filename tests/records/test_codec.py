"""The record codec: round trips over random layouts of every usage and picture kind, the
empty form, REDEFINES views, OCCURS DEPENDING ON, and bad data in strict and lenient mode."""

from __future__ import annotations

from dataclasses import replace
from decimal import Context, Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.records.codec import FieldError, Invalid, RecordCodec, RecordError
from idrs_sandbox.records.layout import (
    FieldLayout,
    FieldSpec,
    Occurs,
    RecordLayout,
    Usage,
    layout_record,
)
from idrs_sandbox.records.picture import parse_picture
from idrs_sandbox.records.schema import field, filler, group, record, record_spec

# ---------------------------------------------------------------------------------------------
# strategies: layouts of every kind, and values that fit them

NUMERIC_PICTURES = st.builds(
    lambda signed, whole, decimals: (
        ("S" if signed else "")
        + (f"9({whole})" if whole else "")
        + (f"V9({decimals})" if decimals else "")
    ),
    st.booleans(),
    st.integers(0, 12),
    st.integers(0, 6),
).filter(lambda p: "9" in p)
TEXT_PICTURES = st.sampled_from(["X", "X(5)", "A(3)", "X(12)", "XXBXX", "ZZ9.99-", "$$,$$9.99CR"])
P_PICTURES = st.sampled_from(["99PPP", "S9PP", "VPP99", "SVP9(3)", "PP9"])
SIGNS = st.sampled_from(
    [{}, {"sign": "leading"}, {"sign_separate": True}, {"sign": "leading", "sign_separate": True}]
)


@st.composite
def elementary_specs(draw: st.DrawFn, name: str) -> FieldSpec:
    kind = draw(st.sampled_from(["zoned", "packed", "binary", "native", "text", "p", "index"]))
    if kind == "text":
        return field(name, draw(TEXT_PICTURES), justified=draw(st.booleans()))
    if kind == "index":
        return field(name, usage="INDEX")
    picture = draw(P_PICTURES if kind == "p" else NUMERIC_PICTURES)
    if kind in ("binary", "native"):
        picture = draw(NUMERIC_PICTURES.filter(lambda p: parse_picture(p).digits <= 18))
    usage = {
        "zoned": "DISPLAY",
        "p": "DISPLAY",
        "packed": "COMP-3",
        "binary": "COMP",
        "native": "COMP-5",
    }[kind]
    options: dict[str, Any] = {}
    if usage == "DISPLAY" and picture.startswith("S"):
        options = draw(SIGNS)
    if usage == "DISPLAY" and draw(st.integers(0, 9)) == 0:
        options["blank_when_zero"] = True
    return field(name, picture, usage=usage, **options)


@st.composite
def member_specs(draw: st.DrawFn, prefix: str, depth: int) -> tuple[FieldSpec, ...]:
    count = draw(st.integers(1, 4))
    members: list[FieldSpec] = []
    for index in range(count):
        name = f"{prefix}-{index}"
        if depth < 2 and draw(st.integers(0, 3)) == 0:
            spec = group(name, *draw(member_specs(name, depth + 1)))
        elif draw(st.integers(0, 6)) == 0:
            spec = filler(draw(st.sampled_from(["X", "X(3)"])))
        else:
            spec = draw(elementary_specs(name))
        if draw(st.integers(0, 4)) == 0:
            spec = replace(spec, occurs=Occurs(draw(st.integers(1, 3))))
        members.append(spec)
        if spec.name is not None and draw(st.integers(0, 5)) == 0:
            members.append(group(f"{name}-R", field(f"{name}-RX", "X"), redefines=name))
    return tuple(members)


@st.composite
def layouts(draw: st.DrawFn) -> RecordLayout:
    members = draw(member_specs("F", 0))
    try:
        return layout_record(record_spec("R", *members))
    except Exception:
        # A redefining group larger than what it redefines: cobc rejects it too.
        return layout_record(record_spec("R", *[m for m in members if m.redefines is None]))


def _value_for(item: FieldLayout) -> st.SearchStrategy[Any]:
    picture = item.picture
    if item.usage is Usage.INDEX:
        return st.integers(-(2**31), 2**31 - 1).map(Decimal)
    assert picture is not None
    if not picture.is_numeric:
        alphabet = st.characters(min_codepoint=32, max_codepoint=126)
        return st.text(alphabet, max_size=item.size)
    limit = 10**picture.digits - 1
    low = -limit if picture.signed else 0
    exact = Context(prec=100)  # scaleb() would round to 28 digits by default
    return st.integers(low, limit).map(lambda n: Decimal(n).scaleb(-picture.scale, exact))


def _values_for(item: FieldLayout) -> st.SearchStrategy[Any]:
    """Values for the primary view below ``item`` (FILLERs and REDEFINES views left out)."""
    if item.occurs is not None:
        element = _values_for(_element(item))
        return st.lists(element, min_size=item.count, max_size=item.count)
    if not item.is_group:
        return _value_for(item)
    members = {
        child.name: _values_for(child)
        for child in item.children
        if not child.filler and child.redefines is None
    }
    return st.fixed_dictionaries(members)


def record_values(layout: RecordLayout) -> st.SearchStrategy[Any]:
    return _values_for(layout.root)


def _element(item: FieldLayout) -> FieldLayout:
    """One occurrence of a table element, as a field of its own."""
    return replace(item, occurs=None)


# ---------------------------------------------------------------------------------------------
# properties


def _primary(item: FieldLayout, values: Any, decoded: Any) -> None:
    """Every value given comes back (views are not compared: they are other readings); a text
    comes back padded to the field's size, on the left when JUSTIFIED RIGHT."""
    if isinstance(values, list):
        for value, back in zip(values, decoded, strict=True):
            _primary(_element(item), value, back)
    elif isinstance(values, dict):
        children = {c.name: c for c in item.children}
        for key, value in values.items():
            _primary(children[key], value, decoded[key])
    elif isinstance(values, str):
        padded = values.rjust(item.size) if item.justified else values.ljust(item.size)
        assert decoded == padded
    else:
        assert decoded == values


@given(st.data(), layouts(), st.sampled_from(["ascii", "cp037"]))
def test_decode_of_encode_gives_the_values(
    data: st.DataObject, layout: RecordLayout, encoding: str
) -> None:
    codec = RecordCodec(layout, encoding)  # type: ignore[arg-type]
    values = data.draw(record_values(layout))
    raw = codec.encode(values)
    assert len(raw) == layout.size
    _primary(layout.root, values, codec.decode(raw))


@given(st.data(), layouts(), st.sampled_from(["ascii", "cp037"]))
def test_encode_of_decode_gives_the_bytes(
    data: st.DataObject, layout: RecordLayout, encoding: str
) -> None:
    # Any bytes at all, except that the primary view's numeric fields hold valid values.
    codec = RecordCodec(layout, encoding)  # type: ignore[arg-type]
    noise = data.draw(st.binary(min_size=layout.size, max_size=layout.size))
    values = data.draw(record_values(layout))
    raw = codec.encode(_numeric_only(layout.root, values), base=_text_noise(codec, noise))
    decoded = codec.decode(raw)
    assert codec.encode(decoded, base=noise) == raw


@given(st.data(), layouts(), st.sampled_from(["ascii", "cp037"]))
def test_fast_and_careful_paths_agree(data: st.DataObject, layout: RecordLayout, enc: str) -> None:
    codec = RecordCodec(layout, enc)  # type: ignore[arg-type]
    values = data.draw(record_values(layout))
    noise = data.draw(st.binary(min_size=layout.size, max_size=layout.size))
    for raw in (codec.encode(values), noise):
        fast_errors: list[FieldError] = []
        careful_errors: list[FieldError] = []
        fast = codec.decode(raw, errors=fast_errors)
        careful = codec.decode(raw, errors=careful_errors, fast=False)
        assert repr(fast) == repr(careful)  # repr: the same Decimal exponents too
        assert fast_errors == careful_errors


def _numeric_only(item: FieldLayout, values: Any) -> Any:
    if isinstance(values, dict):
        children = {c.name: c for c in item.children}
        return {k: _numeric_only(children[k], v) for k, v in values.items()}
    if isinstance(values, list):
        return [_numeric_only(_element(item), v) for v in values]
    return None if isinstance(values, str) else values


def _text_noise(codec: RecordCodec, noise: bytes) -> bytes:
    """``noise`` where every primary numeric field holds zero, the rest as drawn."""
    buffer = bytearray(noise)
    empty = codec.empty()
    for element in codec.elements(empty):
        item = element.field
        if not element.view and (
            item.usage is Usage.INDEX or (item.picture and item.picture.is_numeric)
        ):
            buffer[element.offset : element.offset + item.size] = element.raw
    return bytes(buffer)


# ---------------------------------------------------------------------------------------------
# TAXACCT: empty form, conventions


@pytest.fixture(scope="module")
def taxacct() -> RecordCodec:
    return RecordCodec(load_copybook("TAXACCT"))


@pytest.fixture(scope="module")
def transrec() -> RecordCodec:
    return RecordCodec(load_copybook("TRANSREC"))


def test_empty_form_is_the_rulebook_one(taxacct: RecordCodec) -> None:
    # RULEBOOK §2: alphanumeric spaces, DISPLAY numeric '0' digits, packed positive zero (C).
    empty = taxacct.empty()
    assert empty[0:9] == b"0" * 9  # TA-TIN
    assert empty[9:13] == b" " * 4  # TA-NAME-CONTROL
    module = empty[150:236]
    assert module[0:8] == b"0" * 8  # TAX-PERIOD, STATUS
    assert module[14:17] == b"   "  # freezes
    assert module[25:31] == bytes.fromhex("00000000000C")  # TAX-ASSESSED S9(9)V99 COMP-3
    assert module[37:42] == bytes.fromhex("000000000C")  # FTF-PENALTY S9(7)V99 COMP-3
    assert empty[494:514] == b" " * 20  # FILLER


def test_decoded_values_have_python_types(taxacct: RecordCodec) -> None:
    raw = taxacct.encode({"TA-TIN": 666000001, "TA-MODULE": [{"TA-BALANCE": Decimal("-1.5")}]})
    values = taxacct.decode(raw)
    assert values["TA-TIN"] == Decimal(666000001)
    assert str(values["TA-MODULE"][0]["TA-BALANCE"]) == "-1.50"  # the field's two decimals
    assert values["TA-NAME-CONTROL"] == "    "
    assert len(values["TA-MODULE"]) == 4
    assert values["TA-BANK-RTN-X"]["TA-RTN-DIGIT"] == [Decimal(0)] * 9
    assert "FILLER" not in values


def test_encode_keeps_the_base_and_skips_none(taxacct: RecordCodec) -> None:
    base = taxacct.encode({"TA-TIN": 666000001, "TA-MODULE": [{"TA-STATUS": 22}] * 2})
    changed = taxacct.encode({"TA-MODULE": [None, {"TA-STATUS": 10}]}, base=base)
    values = taxacct.decode(changed)
    assert values["TA-TIN"] == 666000001
    assert [m["TA-STATUS"] for m in values["TA-MODULE"]] == [22, 10, 0, 0]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"TA-NOPE": 1}, "no field TA-NOPE in TA-ACCOUNT"),
        ({"TA-TIN": 1_000_000_000}, "field TA-TIN: 1000000000 does not fit in 9 digit"),
        ({"TA-TIN": -1}, "field TA-TIN: -1 is negative but the field is unsigned"),
        ({"TA-TIN": "12"}, "field TA-TIN: '12' is not a number"),
        ({"TA-STATE": "ABC"}, "field TA-STATE: 3 characters do not fit"),
        ({"TA-STATE": 12}, "TA-STATE is alphanumeric"),
        ({"TA-MODULE": [{}] * 5}, "TA-MODULE has 4 occurrences, got 5"),
        ({"TA-MODULE": {"TA-STATUS": 1}}, "TA-MODULE OCCURS 4 TIMES: give a list"),
        ({"TA-MODULE": [{"TA-BALANCE": Decimal("0.001")}]}, "more decimal places"),
    ],
)
def test_encode_refuses_what_does_not_fit(
    taxacct: RecordCodec, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(RecordError, match=message):
        taxacct.encode(values)


def test_truncate_moves_like_cobol(taxacct: RecordCodec) -> None:
    raw = taxacct.encode({"TA-TIN": 1_234_567_890, "TA-STATE": "ABC"}, truncate=True)
    values = taxacct.decode(raw)
    assert values["TA-TIN"] == 234567890  # GNUCOBOL-NOTES: high-order digits lost
    assert values["TA-STATE"] == "AB"


# ---------------------------------------------------------------------------------------------
# bad data


def test_strict_error_names_record_offset_field_and_bytes(taxacct: RecordCodec) -> None:
    raw = bytearray(taxacct.empty())
    raw[150 + 86 * 2 + 53] = 0x1A  # TA-BALANCE(3) starts at 150 + 2 * 86 + 52; its 2nd byte
    with pytest.raises(RecordError) as caught:
        taxacct.decode(bytes(raw), record_number=1204, source="MASTIN")
    assert str(caught.value) == (
        "MASTIN record 1,204, byte 375, field TA-BALANCE(3): "
        "bytes 00 1A 00 00 00 0C not a packed decimal digit"
    )


def test_lenient_collects_every_bad_field(taxacct: RecordCodec) -> None:
    raw = bytearray(taxacct.empty())
    raw[0:3] = b"A B"  # TA-TIN
    raw[150 + 25 + 5] = 0x0A  # TA-TAX-ASSESSED(1) sign nibble A
    errors: list[FieldError] = []
    values = taxacct.decode(bytes(raw), record_number=7, errors=errors)
    assert [(e.field, e.offset, e.reason) for e in errors] == [
        ("TA-TIN", 0, "not numeric"),
        ("TA-TAX-ASSESSED(1)", 175, "bad packed sign nibble A"),
    ]
    assert values["TA-TIN"] == Invalid(bytes(raw[0:9]), "not numeric")
    assert values["TA-MODULE"][1]["TA-TAX-ASSESSED"] == Decimal(0)
    assert taxacct.encode(values) == bytes(raw)  # invalid fields go back as they were


def test_short_record(taxacct: RecordCodec) -> None:
    with pytest.raises(RecordError, match=r"record 3, byte 1, field TA-ACCOUNT: .*is 10 bytes"):
        taxacct.decode(b"0" * 10, record_number=3)


def test_redefining_views_never_fail(transrec: RecordCodec) -> None:
    # An address change (TC 014): its data area is text, so the TC 150 and TC 971 views do not
    # hold numbers. That is not an error; the views show Invalid markers.
    raw = transrec.encode(
        {"TR-TIN": 666000001, "TR-TC": 14, "TR-ADDRESS-DATA": {"TR-STREET": "1 ELM ST"}}
    )
    errors: list[FieldError] = []
    values = transrec.decode(raw, errors=errors)
    assert errors == []
    assert values["TR-ADDRESS-DATA"]["TR-STREET"].rstrip() == "1 ELM ST"
    assert isinstance(values["TR-RETURN-DATA"]["TR-BANK-RTN"], Invalid)
    assert values["TR-ENTITY-DATA"]["TR-NAME-LINE"].rstrip() == "1 ELM ST"
    assert transrec.encode(values) == raw


def test_primary_view_is_strict_even_when_redefined(transrec: RecordCodec) -> None:
    raw = bytearray(transrec.encode({"TR-TIN": 666000001}))
    raw[22:33] = b"12345678901"[:10] + b"}"  # TR-AMOUNT: '}' is not GnuCOBOL's ASCII sign
    with pytest.raises(RecordError, match="byte 23, field TR-AMOUNT: bytes 31 32"):
        transrec.decode(bytes(raw))
    assert transrec.decode(bytes(raw), errors=[])["TR-AMOUNT-X"] == "1234567890}"


# ---------------------------------------------------------------------------------------------
# other clauses


def test_occurs_depending_on() -> None:
    layout = record(
        "R",
        field("N", "9"),
        group("T", field("V", "9(2)"), occurs=5, occurs_min=1, depending_on="N"),
    )
    codec = RecordCodec(layout)
    assert layout.size == 11
    raw = codec.encode({"N": 2, "T": [{"V": 11}, {"V": 22}, {"V": 33}]})
    assert codec.decode(raw)["T"] == [{"V": 11}, {"V": 22}]
    with pytest.raises(RecordError, match=r"field N: .* N = 0 is outside OCCURS 1 TO 5"):
        codec.decode(codec.encode({"N": 0}))
    with pytest.raises(RecordError, match="N = 7 is outside OCCURS 1 TO 5"):
        codec.decode(codec.encode({"N": 7}))


def test_justified_blank_when_zero_and_group_text() -> None:
    layout = record(
        "R",
        field("J", "X(5)", justified=True),
        field("B", "9(3)", blank_when_zero=True),
        group("G", field("G1", "X(2)"), field("G2", "9(2)")),
    )
    codec = RecordCodec(layout)
    raw = codec.encode({"J": "AB", "B": 0, "G": "XY12"})
    assert raw == b"   AB   XY12"
    assert codec.decode(raw) == {"J": "   AB", "B": Decimal(0), "G": {"G1": "XY", "G2": 12}}
    assert codec.empty()[5:8] == b"   "  # BLANK WHEN ZERO: zero is stored as spaces
    assert codec.encode({"B": 7})[5:8] == b"007"


def test_cp037_text_and_numbers() -> None:
    layout = record("R", field("T", "X(2)"), field("N", "S9(3)"))
    codec = RecordCodec(layout, "cp037")
    raw = codec.encode({"T": "A1", "N": -12})
    assert raw == bytes.fromhex("C1F1F0F1D2")
    assert codec.decode(raw) == {"T": "A1", "N": Decimal(-12)}
    assert codec.empty() == bytes.fromhex("4040F0F0C0")
