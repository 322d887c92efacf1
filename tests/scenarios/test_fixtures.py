"""Self-checks of the scenario fixtures, no engine needed: they catch slips in the hand work
(an invariant broken, a count that disagrees with the cards) before any engine is blamed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from idrs_sandbox.oracle.scenarios import (
    Scenario,
    Week,
    load_scenarios,
    record_codec,
    render_report,
)
from idrs_sandbox.records.codec import Invalid

SCENARIO_ROOT = Path(__file__).parent
SCENARIOS = load_scenarios(SCENARIO_ROOT)
WEEKS = [pytest.param(w, id=f"{s.name}/week{w.number}") for s in SCENARIOS for w in s.weeks]
COUNTED = [p for p in WEEKS if p.values[0].counts is not None]  # type: ignore[union-attr]

REPORT_TCS = [
    "000",
    "013",
    "014",
    "150",
    "166",
    "196",
    "276",
    "290",
    "291",
    "420",
    "421",
    "570",
    "571",
    "610",
    "670",
    "706",
    "766",
    "806",
    "826",
    "846",
    "971",
    "976",
]
INPUT_TCS = [
    "000",
    "013",
    "014",
    "150",
    "290",
    "291",
    "420",
    "421",
    "570",
    "571",
    "610",
    "670",
    "766",
    "806",
    "971",
]
UPCS = [f"U{n:02d}" for n in range(1, 11)]
ABENDS = {
    "CONTROL CARD INVALID",
    "MASTIN MISSING",
    "TRANSIN MISSING",
    "MASTIN SHORT RECORD",
    "TRANSIN SHORT RECORD",
    "MASTIN OUT OF SEQUENCE",
    "MASTIN INVALID RECORD",
}
ZERO = Decimal("0.00")


def _records(data: bytes | None, size: int) -> list[bytes]:
    data = data or b""
    return [data[i : i + size] for i in range(0, len(data) - size + 1, size)]


def _decoded(week: Week, ddname: str, copybook: str) -> Iterator[dict[str, object]]:
    codec = record_codec(copybook)
    source = week.inputs if ddname in week.inputs else week.expected.files
    for raw in _records(source.get(ddname), codec.size):
        yield codec.decode(raw, errors=[])


def _amount(card: bytes) -> Decimal | None:
    value = record_codec("TRANSREC").decode(card, errors=[])["TR-AMOUNT"]
    return value if isinstance(value, Decimal) else None


def _tc(card: bytes) -> str:
    return card[13:16].decode("latin-1")


def _posted_cards(week: Week) -> list[bytes]:
    cards = _records(week.inputs["TRANSIN"], 100)
    unposted = Counter(_records(week.expected.files["UNPOST"], 140))
    images = Counter(u[:100] for u in unposted.elements())
    posted = []
    for card in cards:
        if images[card]:
            images[card] -= 1
        else:
            posted.append(card)
    return posted


def test_at_least_25_scenarios() -> None:
    assert len(SCENARIOS) >= 25


MONEY_FIELDS = (
    "TA-TAX-ASSESSED",
    "TA-CREDITS",
    "TA-FTF-PENALTY",
    "TA-FTP-PENALTY",
    "TA-INTEREST",
    "TA-BALANCE",
)


@pytest.mark.parametrize("week", WEEKS)
def test_every_module_keeps_the_balance_invariant(week: Week) -> None:
    for ddname, source in (("MASTIN", week.inputs), ("MASTOUT", week.expected.files)):
        codec = record_codec("TAXACCT")
        for number, raw in enumerate(_records(source.get(ddname), codec.size), start=1):
            account = codec.decode(raw, errors=[])
            count = account["TA-MODULE-COUNT"]
            if not isinstance(count, Decimal) or count > 4:
                continue  # an invalid record on purpose (§7)
            for module in account["TA-MODULE"][: int(count)]:  # type: ignore[index]
                money = [module[name] for name in MONEY_FIELDS]
                if not all(isinstance(value, Decimal) for value in money):
                    continue  # a packed field not numeric on purpose (§7, decision A9)
                expected = (
                    module["TA-TAX-ASSESSED"]
                    + module["TA-FTF-PENALTY"]
                    + module["TA-FTP-PENALTY"]
                    + module["TA-INTEREST"]
                    - module["TA-CREDITS"]
                )
                assert module["TA-BALANCE"] == expected, f"{ddname} record {number}: {module}"


@pytest.mark.parametrize("week", WEEKS)
def test_unpostables_are_cards_of_the_deck_in_order(week: Week) -> None:
    cards = iter(_records(week.inputs["TRANSIN"], 100))
    for image in _records(week.expected.files["UNPOST"], 140):
        assert any(card == image[:100] for card in cards), image


@pytest.mark.parametrize("week", COUNTED)
def test_money_counts_agree_with_the_cards(week: Week) -> None:
    counts = week.counts
    assert counts is not None
    amounts = [_amount(c) for c in _records(week.inputs["TRANSIN"], 100)]
    read = sum((a for a in amounts if a is not None), ZERO)
    unposted_cards = [u[:100] for u in _records(week.expected.files["UNPOST"], 140)]
    unposted = sum((a for a in map(_amount, unposted_cards) if a is not None), ZERO)
    assert (counts.money_read, counts.money_unposted) == (read, unposted)
    assert counts.money_read == counts.money_posted + counts.money_unposted


@pytest.mark.parametrize("week", COUNTED)
def test_input_tc_rows_agree_with_the_posted_cards(week: Week) -> None:
    counts = week.counts
    assert counts is not None
    rows: dict[str, tuple[int, Decimal]] = {}
    for card in _posted_cards(week):
        number, total = rows.get(_tc(card), (0, ZERO))
        rows[_tc(card)] = (number + 1, total + (_amount(card) or ZERO))
    for tc in INPUT_TCS:
        number, total = counts.tc_row(tc)
        if tc == "150":  # a duplicate return is a TC 150 card counted as 976 (§5)
            dup_number, dup_total = counts.tc_row("976")
            number, total = number + dup_number, total + dup_total
        assert (number, total) == rows.get(tc, (0, ZERO)), tc


@pytest.mark.parametrize("week", COUNTED)
def test_generated_tc_rows_agree_with_notices_and_refunds(week: Week) -> None:
    counts = week.counts
    assert counts is not None
    notices = list(_decoded(week, "NOTICES", "NOTICE"))
    for tc, column in (("196", "NT-INTEREST-THIS"), ("276", "NT-FTP-THIS")):
        values = [n[column] for n in notices if n[column] > ZERO]  # type: ignore[operator]
        assert counts.tc_row(tc) == (len(values), sum(values, ZERO)), tc  # type: ignore[arg-type]
    refunds = [r["RF-AMOUNT"] for r in _decoded(week, "REFUNDS", "REFUND")]
    assert counts.tc_row("846") == (len(refunds), sum(refunds, ZERO))  # type: ignore[arg-type]
    assert counts.tc_row("826") == counts.tc_row("706")


def test_every_non_abended_week_has_counts_and_pins_its_report() -> None:
    weeks = [w for s in SCENARIOS for w in s.weeks if not w.expected.abend]
    assert not [w.name for w in weeks if w.counts is None]
    assert not [w.name for w in weeks if w.expected.files["REPORT"] is None]


@pytest.mark.parametrize("week", COUNTED)
def test_stored_report_agrees_with_the_hand_counts(week: Week) -> None:
    """The stored weekN.REPORT was reviewed against the counts; keep the two in step."""
    assert week.expected.files["REPORT"] == render_report(week)


def _all_weeks(scenarios: list[Scenario]) -> Iterator[Week]:
    for scenario in scenarios:
        yield from scenario.weeks


def test_the_suite_covers_every_tc_upc_notice_refund_and_abend() -> None:
    weeks = list(_all_weeks(SCENARIOS))
    tcs = {tc for w in weeks if w.counts for tc, (n, _) in w.counts.tc.items() if n > 0}
    upcs = {u[100:103].decode() for w in weeks for u in _records(w.expected.files["UNPOST"], 140)}
    notices = {
        str(n["NT-NOTICE-CODE"]).strip() for w in weeks for n in _decoded(w, "NOTICES", "NOTICE")
    }
    methods = {str(r["RF-METHOD"]) for w in weeks for r in _decoded(w, "REFUNDS", "REFUND")}
    abends = {w.expected.abend for w in weeks if w.expected.abend}
    assert set(REPORT_TCS) <= tcs, sorted(set(REPORT_TCS) - tcs)
    assert set(UPCS) <= upcs, sorted(set(UPCS) - upcs)
    assert {"CP14", "CP501", "CP503", "CP504"} <= notices
    assert {"D", "C"} <= methods
    assert abends == ABENDS
    overflows = sum(w.counts.assessment_overflows for w in weeks if w.counts)
    assert overflows > 0


def test_no_invalid_field_in_expected_outputs() -> None:
    """Expected NOTICES and REFUNDS decode strictly: a hand-typed line is a valid record."""
    for week in _all_weeks(SCENARIOS):
        for ddname, copybook in (("NOTICES", "NOTICE"), ("REFUNDS", "REFUND")):
            for record in _decoded(week, ddname, copybook):
                bad = [k for k, v in record.items() if isinstance(v, Invalid)]
                assert not bad, (week.name, ddname, bad)
