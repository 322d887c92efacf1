"""Transaction decks (TRANSREC): cards sorted by TIN then SEQ with a few out of sequence, and cards
made unpostable on purpose for every UPC U01-U10 (RULEBOOK §5)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from typing import Any

from hypothesis import strategies as st

from idrs_sandbox.datagen.namecontrol import name_control
from idrs_sandbox.oracle.compare import record_codec
from idrs_sandbox.oracle.strategies.constants import (
    AMOUNT_MAX,
    CENT,
    MAX_CARDS,
    MAX_MODULES,
    MAX_TINS,
    UNKNOWN_TCS,
    ZERO_AMOUNT_TCS,
)
from idrs_sandbox.oracle.strategies.dates import (
    card_tax_periods,
    due_day,
    invalid_card_dates,
    period_choices,
    return_dates,
    valid_card_dates,
)
from idrs_sandbox.oracle.strategies.entity import (
    bank_accounts,
    card_routing_numbers,
    cities,
    name_lines,
    states,
    streets,
    zips,
)
from idrs_sandbox.oracle.strategies.masters import draw_count, tins
from idrs_sandbox.oracle.strategies.money import (
    card_amounts,
    money_amounts,
    non_numeric_amounts,
    return_amounts,
)
from idrs_sandbox.oracle.strategies.values import (
    Account,
    ActionData,
    AddressData,
    Card,
    CardData,
    ControlCard,
    EntityData,
    Garbled,
    NoData,
    ReturnData,
)


@dataclass(frozen=True)
class KnownAccount:
    """What a deck needs to know about an account to aim its cards: TIN, name control, and the
    tax periods and assessed tax of its modules."""

    tin: str
    name_control: str
    modules: tuple[tuple[int, Decimal], ...] = ()
    filed: frozenset[int] = frozenset()

    @classmethod
    def of(cls, account: Account) -> KnownAccount:
        pairs = tuple((module.tax_period, module.assessed) for module in account.modules)
        filed = frozenset(module.tax_period for module in account.modules if module.return_date)
        return cls(account.tin, account.name_control, pairs, filed)

    @classmethod
    def from_record(cls, raw: bytes) -> KnownAccount:
        """From a MASTOUT record (for a run that follows another). Decoded leniently: the
        program carries a BANK-RTN that is not numeric from MASTIN to MASTOUT as it is."""
        values = record_codec("TAXACCT").decode(raw, errors=[])
        slots = values["TA-MODULE"][: int(values["TA-MODULE-COUNT"])]
        pairs = tuple((int(slot["TA-TAX-PERIOD"]), slot["TA-TAX-ASSESSED"]) for slot in slots)
        filed = frozenset(int(slot["TA-TAX-PERIOD"]) for slot in slots if slot["TA-RETURN-DATE"])
        return cls(raw[0:9].decode("latin-1"), values["TA-NAME-CONTROL"], pairs, filed)


FAULTS = (
    *("none",) * 8,
    "wrong name control",  # U02
    "unknown tc",  # U04 (sometimes with bad data too: U05 comes first)
    "garbled field",  # U05
    "negative amount",  # U05 (the sign of a zoned amount)
    "tax period not december",  # U05
    "missing module",  # U06 / a new module (U07 when the table is full)
    "abatement too large",  # U08
    "huge amount",  # U10
)
"""Ways a card is made wrong on purpose (``none`` eight times: about half the cards are meant
to post). U01 and U03 come from the TIN chosen, U09 from the order of the deck."""

CARD_TCS = (150, 150, 150, 806, 610, 290, 291, 766, 670, 0, 13, 14, 420, 421, 570, 571, 971)
"""TCs drawn for a card: every input TC, the return three times (most rules hang on it)."""
MODULE_CREATING_TCS = (150, 610, 670, 766, 806)
NEEDS_RETURN_TCS = frozenset({290, 291, 420, 421, 570, 571, 971})
UNKNOWN_CARD_TCS: tuple[int | Garbled, ...] = (*UNKNOWN_TCS, Garbled("15O"))
WRONG_NAME_CONTROLS = ("XXXX", "    ", "lower", "reversed")


@dataclass
class _DeckState:
    """A deck's view of one TIN while its cards are drawn: the name control the next card
    must carry and the modules it may aim at (new ones added by returns and credits)."""

    tin: str
    on_file: bool
    name_control: str
    modules: dict[int, Decimal] = field(default_factory=dict)
    filed: set[int] = field(default_factory=set)


def draw_card(draw: st.DrawFn, state: _DeckState, control: ControlCard, seq: int) -> Card:
    """One card for ``state``'s TIN, meant to post unless a fault is drawn."""
    run_year = control.run_day.year
    fault = draw(st.sampled_from(FAULTS))
    tc: int | Garbled = draw(st.sampled_from(CARD_TCS))
    if len(state.modules) >= MAX_MODULES and draw(st.integers(0, 3)) == 0:
        # A full module table: aim a module-creating TC at a new tax period (U07).
        fault, tc = "missing module", draw(st.sampled_from(MODULE_CREATING_TCS))
    if fault == "unknown tc":
        tc = draw(st.sampled_from(UNKNOWN_CARD_TCS))
    period = _draw_period(draw, state, run_year, fault == "missing module", tc)
    period_text = f"{period:06d}"
    amount: Decimal | Garbled = draw(return_amounts() if tc == 150 else money_amounts())
    if tc in ZERO_AMOUNT_TCS:
        amount = Decimal("0.00")
    if fault == "abatement too large":
        # One cent more than TAX-ASSESSED (U08) or exactly all of it (posts: U08 is "larger").
        over = draw(st.sampled_from([CENT, Decimal("0.00")]))
        tc, amount = 291, min(state.modules.get(period, Decimal("0.00")) + over, AMOUNT_MAX)
    elif fault == "huge amount":
        tc, amount = _draw_huge_amount(draw, state, period)
    elif fault == "negative amount":
        amount = -max(CENT, draw(money_amounts()))
    elif fault == "tax period not december":
        period_text = f"{period // 100:04d}{draw(st.integers(1, 11)):02d}"
    date = draw(return_dates(due_day(period)) if tc == 150 else valid_card_dates(due_day(period)))
    if fault == "unknown tc" and draw(st.booleans()):
        date = draw(invalid_card_dates())
    card = Card(
        tin=state.tin,
        seq=seq,
        tc=tc,
        name_control=_draw_name_control(draw, state, fault),
        tax_period=period_text,
        amount=amount,
        date=date,
        data=draw(card_data(tc)),
    )
    if fault == "garbled field":
        card = draw_garbled_card(draw, card, run_year)
    if fault == "none":
        _follow(state, card)
    return card


def _draw_period(
    draw: st.DrawFn, state: _DeckState, run_year: int, fresh: bool, tc: int | Garbled
) -> int:
    """One of the account's modules, or (``fresh``, or none yet) a period it does not have.
    Mostly a period where the TC can post: for a return one without a return yet (else it is
    a duplicate, TC 976), for 290-971 one with a return (else U06)."""
    unused = [period for period in period_choices(run_year) if period not in state.modules]
    if tc == 150 and not fresh and draw(st.integers(0, 2)) > 0:
        unfiled = sorted(set(state.modules) - state.filed)
        room = unused if len(state.modules) < MAX_MODULES else []
        if unfiled or room:
            return draw(st.sampled_from(unfiled + room))
    if tc in NEEDS_RETURN_TCS and state.filed and not fresh and draw(st.integers(0, 3)) > 0:
        return draw(st.sampled_from(sorted(state.filed)))
    if state.modules and not fresh:
        return draw(st.sampled_from(sorted(state.modules)))
    return draw(st.sampled_from(unused or period_choices(run_year)))


def _draw_name_control(draw: st.DrawFn, state: _DeckState, fault: str) -> str:
    """The account's current name control, or a wrong one (U02): another, blanks, lower case,
    reversed."""
    current = state.name_control
    if fault != "wrong name control":
        return current
    wrong = draw(st.sampled_from(WRONG_NAME_CONTROLS))
    return {"lower": current.lower(), "reversed": current[::-1]}.get(wrong, wrong)


def _draw_huge_amount(draw: st.DrawFn, state: _DeckState, period: int) -> tuple[int, Decimal]:
    """A TC and an amount at the edge of a field (U10, RULEBOOK §5): tax that brings
    TAX-ASSESSED one cent over its S9(9)V99 maximum, exactly to it or a cent under (both
    post), a credit at the field maximum, or a huge late return whose FTF penalty (up to 25 %)
    cannot fit S9(7)V99 (the returns whose penalty lands exactly on it are in
    :func:`~.money.return_amounts`)."""
    assessed = state.modules.get(period, Decimal("0.00"))
    room = max(Decimal("0.00"), AMOUNT_MAX - assessed)
    edges = [(290, min(AMOUNT_MAX, room + CENT)), (290, room), (290, max(CENT, room - CENT))]
    others = [(806, AMOUNT_MAX), (150, AMOUNT_MAX), (150, Decimal("500000000.00"))]
    return draw(st.sampled_from(edges + others))


@cache
def card_data(tc: int | Garbled) -> st.SearchStrategy[CardData]:
    """The DATA area a TC reads (TRANSREC REDEFINES), with §4 name lines, ABA edges, action
    codes 010 (freeze A) and others."""
    if tc in (0, 13):
        return st.builds(EntityData, name_lines(), states(), zips())
    if tc == 14:
        return st.builds(AddressData, streets(), cities())
    if tc == 150:
        return st.builds(
            ReturnData, st.sampled_from("12340"), card_routing_numbers(), bank_accounts()
        )
    if tc == 971:
        return st.builds(ActionData, st.sampled_from(["010", "001", "999", "000"]))
    return st.just(NoData())


GARBLINGS = (
    "amount",
    "amount not numeric",
    "date",
    "tax period",
    "seq",
    "tin",
    "negative cent",
    "amount on 000",
    "zip",
    "filing status",
    "action code",
    "amount on 420",
)


def draw_garbled_card(draw: st.DrawFn, card: Card, run_year: int) -> Card:
    """The card with one field made invalid (U05, RULEBOOK §5): a non-numeric TIN, TC, SEQ,
    date or amount, an invalid date or tax period, a negative amount, a non-zero amount on a
    TC that must carry zero, a non-numeric ZIP, FILING-STATUS, BANK-RTN or ACTION-CODE.

    ``amount`` draws any :func:`card_amounts` (mostly money that is valid after all);
    ``amount not numeric`` always writes :func:`non_numeric_amounts` bytes, on whatever TC the
    card has, so that one card in a few hundred (measured: 1 in 100 to 1 in 500) is read and
    unposted with an amount the program cannot add up (4200-READ-TRANSIN, 6000-WRITE-UNPOST)."""
    how = draw(st.sampled_from(GARBLINGS))
    if how == "amount":
        return replace(card, amount=draw(card_amounts()))
    if how == "amount not numeric":
        return replace(card, amount=draw(non_numeric_amounts()))
    if how == "date":
        return replace(card, date=draw(invalid_card_dates()))
    if how == "tax period":
        return replace(card, tax_period=draw(card_tax_periods(run_year)))
    changes: dict[str, dict[str, Any]] = {
        "seq": {"seq": Garbled("00001A")},
        "tin": {"tin": card.tin[:8] + " "},
        "negative cent": {"amount": Decimal("-0.01")},
        "amount on 000": {"tc": 0, "amount": Decimal("1.00"), "data": EntityData("A<B<")},
        "zip": {"tc": 0, "data": EntityData("A<B<", zip="6270 ")},
        "filing status": {"tc": 150, "data": ReturnData("X", "021000021", "1")},
        "action code": {"tc": 971, "amount": Decimal("0.00"), "data": ActionData("01O")},
        "amount on 420": {"tc": 420, "amount": Decimal("5.00")},
    }
    return replace(card, **changes[how])


def _follow(state: _DeckState, card: Card) -> None:
    """Keep the deck's view current after a card meant to post: a 000 / 013 changes the name
    control the next cards must carry, a return or a credit creates its module. (A card that
    does not post after all, e.g. U09 or U10, only makes the next cards less likely to.)"""
    if isinstance(card.data, EntityData) and card.tc in (0, 13):
        state.name_control = name_control(card.data.name_line)
        state.on_file = True
    if card.tc in MODULE_CREATING_TCS and card.tax_period.isdigit():
        period = int(card.tax_period)
        if len(state.modules) < MAX_MODULES:
            state.modules.setdefault(period, Decimal("0.00"))
        if card.tc == 150 and isinstance(card.amount, Decimal) and period in state.modules:
            state.modules[period] += card.amount
            state.filed.add(period)


def draw_tin_group(
    draw: st.DrawFn, state: _DeckState, control: ControlCard, max_cards: int
) -> list[Card]:
    """The cards of one TIN in ascending SEQ (gaps of 1 to 3), starting with a TC 000 when the
    TIN is new (three times in four; else its cards are U01)."""
    group: list[Card] = []
    seq = draw(st.integers(1, 3))
    if not state.on_file and draw(st.integers(0, 3)) > 0:
        line = draw(name_lines())
        group.append(
            Card(state.tin, seq, 0, "    ", "000000", Decimal("0.00"), "240101", EntityData(line))
        )
        _follow(state, group[-1])
        seq += 1
    for _ in range(draw_count(draw, max_cards)):
        card = draw_card(draw, state, control, seq)
        if _is_new_return(card, group) and draw(st.integers(0, 2)) == 0:
            # A payment before its return (TC 610 first): the FTF base is net of credits.
            payment = replace(card, tc=610, amount=draw(money_amounts()), data=NoData())
            group.append(payment)
            seq += 1
            card = replace(card, seq=seq)
        group.append(card)
        seq += draw(st.integers(1, 3))
    return group


def _is_new_return(card: Card, earlier: list[Card]) -> bool:
    """A TC 150 on a tax period no earlier card of the group used."""
    return card.tc == 150 and all(other.tax_period != card.tax_period for other in earlier)


def draw_deck(
    draw: st.DrawFn,
    control: ControlCard,
    known: Sequence[KnownAccount],
    max_tins: int,
    max_cards: int,
) -> tuple[Card, ...]:
    on_file = {account.tin: account for account in known}
    picked = draw(st.permutations(sorted(on_file)))[: draw_count(draw, min(max_tins, len(on_file)))]
    new = draw(st.lists(tins(), max_size=max(1, max_tins // 2), unique=True))
    chosen = set(picked) | set(new)
    deck: list[Card] = []
    for tin in sorted(chosen):
        account = on_file.get(tin)
        state = _DeckState(tin, account is not None, "    ")
        if account is not None:
            state.name_control = account.name_control
            state.modules = dict(account.modules)
            state.filed = set(account.filed)
        group = draw_tin_group(draw, state, control, max_cards)
        if account is not None and group and draw(st.integers(0, 9)) == 9:
            group.insert(0, replace(group[0], tc=0, amount=Decimal("0.00"), seq=0))  # U03
        deck.extend(group)
    return tuple(draw_out_of_sequence(draw, deck))


@st.composite
def transaction_decks(
    draw: st.DrawFn,
    control: ControlCard,
    known: Sequence[KnownAccount],
    max_tins: int = MAX_TINS,
    max_cards: int = MAX_CARDS,
) -> tuple[Card, ...]:
    """TRANSIN: cards sorted by TIN then SEQ for accounts on file and new TINs (a TC 000 first,
    or none: U01), a TC 000 for a TIN on file (U03) now and then, and a few cards moved out of
    sequence (U09). Cards carry the name control the account will have when they are read."""
    return draw_deck(draw, control, known, max_tins, max_cards)


def draw_out_of_sequence(draw: st.DrawFn, deck: list[Card]) -> list[Card]:
    """Half the time the deck as it is; else one card moved earlier or a key repeated (U09: the
    key TIN‖SEQ is not above the highest key read, RULEBOOK §5, posting-notes M2)."""
    if len(deck) < 2 or draw(st.booleans()):
        return deck
    moved = list(deck)
    index = draw(st.integers(1, len(moved) - 1))
    if draw(st.booleans()):
        card = moved.pop(index)
        moved.insert(draw(st.integers(0, index - 1)), card)
    else:
        moved.insert(index, replace(moved[index - 1], amount=Decimal("0.00")))
    return moved


def known_accounts(mastout: bytes) -> list[KnownAccount]:
    """The accounts of a MASTOUT file, for the deck of the week that follows."""
    length = record_codec("TAXACCT").layout.size
    return [KnownAccount.from_record(raw) for raw in _records(mastout, length)]


def _records(data: bytes, length: int) -> Iterable[bytes]:
    return (data[start : start + length] for start in range(0, len(data), length))
