"""Runs pinned as killing each mutant of the catalog (oracle/mutants.py): the oracle's
``@example`` runs. :func:`~idrs_sandbox.oracle.mutants.hunt` tries them before it draws, so
whether a mutant is killed does not depend on the order a Hypothesis release draws in (with
6.155.2 the derandomized search alone missed ``day-31-counted`` in 100 runs).

Each run was found by the search (``idrs oracle mutants --no-pinned``) and reduced by
``replay.reduce_run``, or written by hand for a rule the generated runs reach rarely; its
repr pastes back here. tests/oracle/test_mutants.py checks that every mutant has one, that
each still kills its mutant, and that the unmutated engines agree on each (a kill is the
mutant's doing, not an engine disagreement).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from idrs_sandbox.oracle.strategies import (
    Account,
    Card,
    ControlCard,
    EntityData,
    FieldDamage,
    Module,
    NoData,
    ReturnData,
    Run,
    limit_run,
)

ON_FILE = Run(
    ControlCard(),
    (
        Account(
            tin="666000001", modules=(Module(return_date=20240410, assessed=Decimal("100.00")),)
        ),
    ),
)
"""An account on file (name control DOE, a return of 100.00 for 202312) for a card to hit."""


def _card(card: Card, *damage: FieldDamage) -> Run:
    return replace(ON_FILE, deck=(card,), damage=damage)


PAYMENT = Card("666000001", 1, 610, amount=Decimal("10.00"))


def _entity(line: str, tin: str = "666000002", zip_code: str = "62701") -> Run:
    """A TC 000 for a new TIN with this name line (and ZIP)."""
    card = Card(tin, 1, 0, "    ", "000000", data=EntityData(line, zip=zip_code))
    return replace(ON_FILE, deck=(card,))


HAND_WRITTEN: dict[str, tuple[Run, ...]] = {
    # The invalid-data mutants (issue 11): POSTING.cbl makes each card U05 (or keeps the text
    # as read); the mutant posts it. Written by hand, one damaged field each.
    "card-blanks-read-as-zeros": (_card(PAYMENT, FieldDamage("TRANSIN", 0, "TR-SEQ", b"     1")),),
    "card-low-values-read-as-zeros": (
        _card(PAYMENT, FieldDamage("TRANSIN", 0, "TR-SEQ", b"\x00\x00\x00\x00\x001")),
    ),
    "leading-sign-accepted": (_card(PAYMENT, FieldDamage("TRANSIN", 0, "TR-SEQ", b"+00001")),),
    "unsigned-overpunch-accepted": (
        _card(PAYMENT, FieldDamage("TRANSIN", 0, "TR-SEQ", b"00000q")),
    ),
    "superscript-digits-accepted": (_entity("JANE<ROE<", zip_code="6270\xb2"),),
    "amount-blanks-read-as-zeros": (
        _card(PAYMENT, FieldDamage("TRANSIN", 0, "TR-AMOUNT", b"00000 10000")),
    ),
    "amount-parsed-leniently": (
        _card(PAYMENT, FieldDamage("TRANSIN", 0, "TR-AMOUNT", b"+0000040410")),
    ),
    "ebcdic-overpunch-accepted": (
        _card(PAYMENT, FieldDamage("TRANSIN", 0, "TR-AMOUNT", b"0000001000{")),
    ),
    "card-text-stripped": (_card(Card("666000001", 1, 13, data=EntityData("  JANE<ROE<"))),),
    "unicode-upper-cased": (_entity("ANA<ren\xe9<"),),
    "any-whitespace-splits-words": (_entity("JOHN\xa0SMITH"),),
    "freeze-needs-its-letter": (
        Run(
            ControlCard(),
            (
                Account(
                    tin="666000001",
                    modules=(
                        # A balance due under an odd freeze byte: frozen, so no notice.
                        Module(
                            202212, return_date=20230415, assessed=Decimal("100.00"), freezes="X  "
                        ),
                    ),
                ),
            ),
        ),
    ),
    # Thresholds: exactly at the limit each rule names.
    "refund-threshold-strict": (
        Run(
            ControlCard(),
            (
                Account(
                    tin="666000001",
                    modules=(Module(return_date=20240410, credits=Decimal("1.00")),),
                ),
            ),
        ),
    ),
    "abatement-equal-refused": (_card(Card("666000001", 1, 291, amount=Decimal("100.00"))),),
    "report-total-unbounded": (limit_run(Decimal("100.00")),),
}

KILLING_RUNS: dict[str, tuple[Run, ...]] = HAND_WRITTEN | {
    "half-even-rounding": (
        Run(
            control=ControlCard(cycle=202501, run_date=20250331, rate=Decimal("0.0549")),
            master=(
                Account(
                    tin="666000017",
                    name_control="9é9A",
                    name_line="KIM<9é9A<",
                    bank_rtn="02100002X",
                    bank_acct="111222333",
                    established_cycle=202305,
                    last_update_cycle=202425,
                ),
            ),
            deck=(
                Card(
                    tin="666000017",
                    seq=3,
                    tc=150,
                    name_control="9é9A",
                    tax_period="202312",
                    amount=Decimal("9622.05"),
                    date="240615",
                    data=ReturnData(filing_status="4", bank_rtn="021000021", bank_acct=""),
                ),
            ),
        ),
    ),
    "float-ftf": (
        Run(
            control=ControlCard(cycle=202501, run_date=20250331, rate=Decimal("0.0549")),
            master=(
                Account(
                    tin="666000017",
                    name_control="9é9A",
                    name_line="KIM<9é9A<",
                    bank_rtn="02100002X",
                    bank_acct="111222333",
                    established_cycle=202305,
                    last_update_cycle=202425,
                ),
            ),
            deck=(
                Card(
                    tin="666000017",
                    seq=3,
                    tc=150,
                    name_control="9é9A",
                    tax_period="202312",
                    amount=Decimal("9622.05"),
                    date="240615",
                    data=ReturnData(filing_status="4", bank_rtn="021000021", bank_acct=""),
                ),
            ),
        ),
    ),
    "float-interest": (
        Run(
            control=ControlCard(cycle=200052, run_date=20000531, rate=Decimal("0.0151")),
            master=(
                Account(
                    tin="666000002",
                    name_control="MÜLL",
                    name_line="MÜLLER",
                    bank_rtn="123456780",
                    established_cycle=199904,
                    last_update_cycle=200051,
                    modules=(
                        Module(
                            tax_period=199712,
                            status=21,
                            status_cycle=200043,
                            return_date=19980518,
                            assessed=Decimal("206400.00"),
                            credits=Decimal("13978.66"),
                            ftf=Decimal("241.00"),
                            ftp=Decimal("16.28"),
                            interest=Decimal("2.30"),
                            interest_date=19980415,
                            last_notice="CP503",
                            notice_cycle=200046,
                            last_tc=150,
                            last_activity=980518,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "calendar-days": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="000000766",
                    name_control="A   ",
                    name_line="MARY A",
                    bank_rtn="000287905",
                    bank_acct="987-65 43",
                    established_cycle=202205,
                    last_update_cycle=202346,
                    modules=(
                        Module(
                            tax_period=202212,
                            return_date=20240303,
                            assessed=Decimal("429306.28"),
                            credits=Decimal("58597.59"),
                            ftf=Decimal("363.90"),
                            ftp=Decimal("891.00"),
                            interest=Decimal("814.10"),
                            last_notice="CP14 ",
                            notice_cycle=202341,
                            last_tc=290,
                            last_activity=240303,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "day-31-counted": (
        Run(
            control=ControlCard(cycle=200113, run_date=20010331, rate=Decimal("0.0344")),
            master=(
                Account(
                    tin="666000482",
                    name_control="JR  ",
                    name_line="J.R.<",
                    bank_rtn="000028766",
                    established_cycle=199917,
                    last_update_cycle=200022,
                    modules=(
                        Module(
                            tax_period=199912,
                            status=54,
                            status_cycle=200104,
                            freezes="  R",
                            return_date=20000822,
                            assessed=Decimal("5421200.00"),
                            credits=Decimal("38745.11"),
                            ftf=Decimal("127500.00"),
                            ftp=Decimal("43.50"),
                            interest=Decimal("908.10"),
                            last_notice="CP501",
                            notice_cycle=200108,
                            last_tc=806,
                            last_activity=822,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "daily-rate-not-truncated": (
        Run(
            control=ControlCard(cycle=200113, run_date=20010331, rate=Decimal("0.0344")),
            master=(
                Account(
                    tin="666000482",
                    name_control="JR  ",
                    name_line="J.R.<",
                    bank_rtn="000028766",
                    established_cycle=199917,
                    last_update_cycle=200022,
                    modules=(
                        Module(
                            tax_period=199912,
                            status=54,
                            status_cycle=200104,
                            freezes="  R",
                            return_date=20000822,
                            assessed=Decimal("5421200.00"),
                            credits=Decimal("38745.11"),
                            ftf=Decimal("127500.00"),
                            ftp=Decimal("43.50"),
                            interest=Decimal("908.10"),
                            last_notice="CP501",
                            notice_cycle=200108,
                            last_tc=806,
                            last_activity=822,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "interest-rounded": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="000000766",
                    name_control="A   ",
                    name_line="MARY A",
                    bank_rtn="000287905",
                    bank_acct="987-65 43",
                    established_cycle=202205,
                    last_update_cycle=202346,
                    modules=(
                        Module(
                            tax_period=202212,
                            return_date=20240303,
                            assessed=Decimal("429306.28"),
                            credits=Decimal("58597.59"),
                            ftf=Decimal("363.90"),
                            ftp=Decimal("891.00"),
                            interest=Decimal("814.10"),
                            last_notice="CP14 ",
                            notice_cycle=202341,
                            last_tc=290,
                            last_activity=240303,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "century-window-ignored": (
        Run(
            control=ControlCard(cycle=202552, run_date=20250531, rate=Decimal("0.1962")),
            deck=(
                Card(
                    tin="000000021",
                    seq=7,
                    tc=166,
                    name_control="é   ",
                    tax_period="202512",
                    amount=Decimal("57.00"),
                    date="591231",
                    data=NoData(),
                ),
            ),
        ),
    ),
    "leap-400-rule-forgotten": (
        Run(
            control=ControlCard(cycle=200122, run_date=20010529, rate=Decimal("0.0036")),
            deck=(
                Card(
                    tin="666000007",
                    seq=13,
                    tc=13,
                    name_control="ANA ",
                    tax_period="199512",
                    amount=Decimal("0.00"),
                    date="000229",
                    data=EntityData(name_line="X<<Y<", state="  ", zip="73301"),
                ),
            ),
        ),
    ),
    "apostrophe-kept": (
        Run(
            control=ControlCard(cycle=202552, run_date=20250531, rate=Decimal("0.1962")),
            deck=(
                Card(
                    tin="000012531",
                    seq=3,
                    tc=0,
                    name_control="    ",
                    tax_period="000000",
                    amount=Decimal("0.00"),
                    date="240101",
                    data=EntityData(name_line="JOHN o'neil", state="IL", zip="62701"),
                ),
            ),
        ),
    ),
    "surname-last-word": (
        Run(
            control=ControlCard(cycle=200122, run_date=20010529, rate=Decimal("0.0036")),
            master=(
                Account(
                    tin="666000007",
                    name_control="ANA ",
                    name_line="ana<",
                    bank_rtn="0210 0002",
                    established_cycle=199926,
                    last_update_cycle=200031,
                ),
            ),
            deck=(
                Card(
                    tin="666000007",
                    seq=13,
                    tc=13,
                    name_control="ANA ",
                    tax_period="199512",
                    amount=Decimal("0.00"),
                    date="000229",
                    data=EntityData(name_line="X<<Y<", state="  ", zip="73301"),
                ),
            ),
        ),
    ),
    "lowercase-kept": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240229, rate=Decimal("0.0206")),
            deck=(
                Card(
                    tin="000000513",
                    seq=3,
                    tc=0,
                    name_control="    ",
                    tax_period="000000",
                    amount=Decimal("0.00"),
                    date="240101",
                    data=EntityData(name_line="X<<Y<", state="IL", zip="62701"),
                ),
                Card(
                    tin="000000513",
                    seq=8,
                    tc=13,
                    name_control="    ",
                    tax_period="202112",
                    amount=Decimal("0.00"),
                    date="220630",
                    data=EntityData(name_line="<zazA<'", state="OR", zip="73301"),
                ),
            ),
        ),
    ),
    "refund-under-credit-hold": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="000000023",
                    name_control="éé9Z",
                    name_line="MARY A <éé9'Z",
                    bank_rtn="02100002X",
                    established_cycle=202205,
                    last_update_cycle=202314,
                    modules=(
                        Module(
                            tax_period=202112,
                            status=10,
                            status_cycle=202344,
                            freezes="  R",
                            return_date=20220918,
                            assessed=Decimal("7825.70"),
                            credits=Decimal("18434.24"),
                            ftf=Decimal("42.89"),
                            ftp=Decimal("10200.00"),
                            interest=Decimal("363.70"),
                            last_tc=806,
                            last_activity=220918,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "newest-period-first": (
        Run(
            control=ControlCard(cycle=200122, run_date=20010529, rate=Decimal("0.0036")),
            master=(
                Account(
                    tin="000000001",
                    name_control="ANAM",
                    name_line="ana<MC.DONALD",
                    bank_rtn="021000021",
                    bank_acct="111222333",
                    established_cycle=199926,
                    last_update_cycle=200116,
                    modules=(
                        Module(
                            tax_period=199512,
                            status=56,
                            status_cycle=200113,
                            freezes="A  ",
                            return_date=19960727,
                            assessed=Decimal("999999999.99"),
                            credits=Decimal("999999999.99"),
                            ftf=Decimal("1000000.00"),
                            ftp=Decimal("235848.90"),
                            interest=Decimal("1017429.39"),
                            interest_date=19960415,
                            last_notice="CP501",
                            notice_cycle=200120,
                            last_activity=960727,
                        ),
                        Module(
                            tax_period=199912,
                            status=54,
                            status_cycle=200113,
                            return_date=20000415,
                            credits=Decimal("999999999.99"),
                            ftp=Decimal("1521.10"),
                            interest=Decimal("2.23"),
                            interest_date=20010529,
                            last_notice="CP501",
                            notice_cycle=200111,
                            last_tc=290,
                        ),
                        Module(
                            tax_period=200012,
                            return_date=20020211,
                            assessed=Decimal("999999980.54"),
                            credits=Decimal("835.26"),
                            last_notice="CP503",
                            notice_cycle=200118,
                            last_activity=20211,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "refund-under-one-dollar": (
        Run(
            control=ControlCard(cycle=200122, run_date=20010529, rate=Decimal("0.0036")),
            master=(
                Account(
                    tin="000000005",
                    name_control="A   ",
                    name_line="MARY A<",
                    bank_rtn="234691697",
                    established_cycle=199926,
                    last_update_cycle=200031,
                    modules=(
                        Module(
                            tax_period=200012,
                            return_date=20010415,
                            credits=Decimal("8802.38"),
                            ftp=Decimal("8779.70"),
                            interest=Decimal("22.47"),
                            interest_date=20010529,
                            last_tc=806,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "wrong-aba-weights": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="666011728",
                    name_control="NG-L",
                    name_line="KIM NG-LEE",
                    bank_rtn="021000021",
                    bank_acct="12345678901234567",
                    established_cycle=202205,
                    last_update_cycle=202249,
                    modules=(
                        Module(
                            tax_period=202212,
                            status=12,
                            status_cycle=202344,
                            return_date=20240214,
                            assessed=Decimal("0.36"),
                            credits=Decimal("7983649.06"),
                            ftf=Decimal("52.30"),
                            ftp=Decimal("236.50"),
                            interest=Decimal("7983359.90"),
                            last_notice="CP14 ",
                            notice_cycle=202349,
                            last_tc=150,
                            last_activity=240214,
                        ),
                    ),
                ),
            ),
            deck=(
                Card(
                    tin="666011728",
                    seq=10,
                    tc=670,
                    name_control="NG-L",
                    tax_period="202212",
                    amount=Decimal("1784.47"),
                    date="230625",
                    data=NoData(),
                ),
            ),
        ),
    ),
    "direct-deposit-without-account": (
        Run(
            control=ControlCard(cycle=200122, run_date=20010529, rate=Decimal("0.0036")),
            master=(
                Account(
                    tin="666000027",
                    name_control="SMIT",
                    name_line="KIM<SMITH-JONES<",
                    bank_rtn="011000015",
                    established_cycle=199926,
                    last_update_cycle=200014,
                    modules=(
                        Module(
                            tax_period=199612,
                            status=10,
                            status_cycle=200122,
                            return_date=19971013,
                            assessed=Decimal("500000000.00"),
                            credits=Decimal("502259820.24"),
                            ftf=Decimal("236.98"),
                            ftp=Decimal("30268.45"),
                            interest=Decimal("57962.30"),
                            interest_date=20010529,
                            last_tc=806,
                            last_activity=971013,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "no-ftf-cap": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240229, rate=Decimal("0.0206")),
            master=(
                Account(
                    tin="666131073",
                    name_control="SMIT",
                    name_line="JOHN<SMITH-JONES<<X",
                    bank_rtn="021000021",
                    bank_acct="987-65 43",
                    established_cycle=202205,
                    last_update_cycle=202343,
                ),
            ),
            deck=(
                Card(
                    tin="666131073",
                    seq=16,
                    tc=150,
                    name_control="SMIT",
                    tax_period="202112",
                    amount=Decimal("4257.00"),
                    date="491231",
                    data=ReturnData(filing_status="1", bank_rtn="011000015", bank_acct=""),
                ),
            ),
        ),
    ),
    "no-ftp-cap": (
        Run(
            control=ControlCard(cycle=202436, run_date=20240904),
            master=(
                Account(
                    tin="000022485",
                    name_control="AMÜL",
                    name_line="MARY A<MÜLLER",
                    bank_rtn="001174595",
                    bank_acct="12345678901234567",
                    established_cycle=202240,
                    last_update_cycle=202434,
                    modules=(
                        Module(
                            tax_period=201812,
                            status=10,
                            status_cycle=202427,
                            freezes="  R",
                            return_date=20200517,
                            assessed=Decimal("98569.85"),
                            credits=Decimal("819.25"),
                            ftf=Decimal("0.99"),
                            ftp=Decimal("5000.00"),
                            interest_date=20240904,
                            last_activity=200517,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "ftf-ignores-credits": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="666558171",
                    name_control="A-9Z",
                    name_line="KIM<a-9Z<",
                    bank_rtn="021000022",
                    bank_acct="987-65 43",
                    established_cycle=202205,
                    last_update_cycle=202344,
                ),
            ),
            deck=(
                Card(
                    tin="666558171",
                    seq=2,
                    tc=610,
                    name_control="A-9Z",
                    tax_period="202312",
                    amount=Decimal("38319100.00"),
                    date="241130",
                    data=NoData(),
                ),
                Card(
                    tin="666558171",
                    seq=3,
                    tc=150,
                    name_control="A-9Z",
                    tax_period="202312",
                    amount=Decimal("11426.70"),
                    date="241130",
                    data=ReturnData(filing_status="3", bank_rtn="011726219", bank_acct="987-65 43"),
                ),
            ),
        ),
    ),
    "negative-amount-sign-lost": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            deck=(
                Card(
                    tin="666558171",
                    seq=6,
                    tc=766,
                    name_control="A-9Z",
                    tax_period="201912",
                    amount=Decimal("-3.10"),
                    date="201215",
                    data=NoData(),
                ),
            ),
        ),
    ),
    "u10-unchecked": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240229, rate=Decimal("0.0206")),
            master=(
                Account(
                    tin="666131073",
                    name_control="SMIT",
                    name_line="JOHN<SMITH-JONES<<X",
                    bank_rtn="021000021",
                    bank_acct="987-65 43",
                    established_cycle=202205,
                    last_update_cycle=202343,
                    modules=(
                        Module(
                            status=12,
                            status_cycle=202344,
                            freezes="  R",
                            return_date=20240908,
                            assessed=Decimal("0.10"),
                            credits=Decimal("4.91"),
                            ftf=Decimal("5631.00"),
                            interest=Decimal("0.02"),
                            interest_date=20240229,
                            last_tc=150,
                            last_activity=240908,
                        ),
                    ),
                ),
            ),
            deck=(
                Card(
                    tin="666131073",
                    seq=10,
                    tc=290,
                    name_control="SMIT",
                    tax_period="202312",
                    amount=Decimal("999999999.90"),
                    date="240906",
                    data=NoData(),
                ),
            ),
        ),
    ),
    "assessment-overflow-unchecked": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="666558171",
                    name_control="A-9Z",
                    name_line="KIM<a-9Z<",
                    bank_rtn="021000022",
                    bank_acct="987-65 43",
                    established_cycle=202205,
                    last_update_cycle=202344,
                    modules=(
                        Module(
                            tax_period=201912,
                            status=54,
                            status_cycle=202344,
                            return_date=20200424,
                            assessed=Decimal("999999891.65"),
                            credits=Decimal("97.14"),
                            last_notice="CP503",
                            notice_cycle=202341,
                            last_tc=150,
                            last_activity=200424,
                            negative_zero=("TA-FTF-PENALTY",),
                        ),
                    ),
                ),
            ),
        ),
    ),
    "account-checks-first": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            deck=(
                Card(
                    tin="000000766",
                    seq=16,
                    tc=150,
                    name_control="ONEI",
                    tax_period="202212",
                    amount=Decimal("1055581.70"),
                    date="000229",
                    data=ReturnData(filing_status="0", bank_rtn="02100002X", bank_acct=""),
                ),
            ),
        ),
    ),
    "u04-before-u05": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            deck=(
                Card(
                    tin="666011728",
                    seq=2,
                    tc=166,
                    name_control="NG-L",
                    tax_period="201912",
                    amount=Decimal("28811.01"),
                    date="      ",
                    data=NoData(),
                ),
            ),
        ),
    ),
    "duplicate-key-accepted": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            deck=(
                Card(
                    tin="000000023",
                    seq=1,
                    tc=196,
                    name_control="éé9Z",
                    tax_period="202112",
                    amount=Decimal("0.00"),
                    date="220425",
                    data=NoData(),
                ),
                Card(
                    tin="000000023",
                    seq=1,
                    tc=196,
                    name_control="éé9Z",
                    tax_period="202112",
                    amount=Decimal("0.00"),
                    date="220425",
                    data=NoData(),
                ),
            ),
        ),
    ),
    "sequence-by-tin-only": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            deck=(
                Card(
                    tin="000000023",
                    seq=1,
                    tc=196,
                    name_control="éé9Z",
                    tax_period="202112",
                    amount=Decimal("0.00"),
                    date="220425",
                    data=NoData(),
                ),
                Card(
                    tin="000000023",
                    seq=1,
                    tc=196,
                    name_control="éé9Z",
                    tax_period="202112",
                    amount=Decimal("0.00"),
                    date="220425",
                    data=NoData(),
                ),
            ),
        ),
    ),
    "duplicate-return-moves-money": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="666011728",
                    name_control="NG-L",
                    name_line="KIM NG-LEE",
                    bank_rtn="123456780",
                    established_cycle=202205,
                    last_update_cycle=202352,
                    modules=(
                        Module(
                            tax_period=201912,
                            status=21,
                            status_cycle=202344,
                            return_date=20200216,
                            assessed=Decimal("35106700.00"),
                            credits=Decimal("36121918.53"),
                            ftf=Decimal("9379.00"),
                            ftp=Decimal("1000000.00"),
                            interest=Decimal("5833.00"),
                            interest_date=20200415,
                            last_notice="CP99 ",
                            notice_cycle=202347,
                            last_tc=806,
                            last_activity=200216,
                        ),
                    ),
                ),
            ),
            deck=(
                Card(
                    tin="666011728",
                    seq=2,
                    tc=150,
                    name_control="NG-L",
                    tax_period="201912",
                    amount=Decimal("0.02"),
                    date="200615",
                    data=ReturnData(filing_status="1", bank_rtn="021000021", bank_acct=""),
                ),
            ),
        ),
    ),
    "status-cycle-always-written": (
        Run(
            control=ControlCard(cycle=204909, run_date=20490228, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="666000019",
                    name_control="BA1Z",
                    name_line="a<ba1z<",
                    bank_rtn="257609653",
                    established_cycle=204713,
                    last_update_cycle=204814,
                    modules=(
                        Module(
                            tax_period=204812,
                            status=54,
                            status_cycle=204852,
                            return_date=20490324,
                            assessed=Decimal("88.90"),
                            credits=Decimal("431.67"),
                            ftf=Decimal("0.02"),
                            interest=Decimal("5678330.10"),
                            interest_date=20490228,
                            last_notice="CP14 ",
                            notice_cycle=204903,
                            last_tc=150,
                            last_activity=490324,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "notice-interval-off-by-one": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="666011728",
                    name_control="NG-L",
                    name_line="KIM NG-LEE",
                    bank_rtn="123456780",
                    established_cycle=202205,
                    last_update_cycle=202352,
                    modules=(
                        Module(
                            tax_period=202212,
                            status=21,
                            status_cycle=202401,
                            return_date=20240214,
                            assessed=Decimal("0.03"),
                            ftf=Decimal("13.00"),
                            last_notice="CP14 ",
                            notice_cycle=202348,
                            last_activity=240214,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "cycles-as-numbers": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="000000766",
                    name_control="A   ",
                    name_line="MARY A",
                    bank_rtn="000287905",
                    bank_acct="987-65 43",
                    established_cycle=202205,
                    last_update_cycle=202346,
                    modules=(
                        Module(
                            tax_period=201812,
                            status=10,
                            status_cycle=202344,
                            return_date=20191030,
                            assessed=Decimal("999999999.98"),
                            credits=Decimal("500000000.00"),
                            ftf=Decimal("9999999.98"),
                            ftp=Decimal("1852345.70"),
                            interest=Decimal("9999999.98"),
                            interest_date=20190415,
                            last_notice="CP503",
                            notice_cycle=202349,
                            last_tc=150,
                            last_activity=191030,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "interest-from-due-date": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="000000019",
                    name_control="Zé  ",
                    name_line="J.R.<.Z é<z A< SR.",
                    bank_rtn="02100002X",
                    bank_acct="111222333",
                    established_cycle=202205,
                    last_update_cycle=202251,
                    modules=(
                        Module(
                            status=21,
                            status_cycle=202401,
                            return_date=20241224,
                            assessed=Decimal("13.50"),
                            credits=Decimal("2.49"),
                            ftf=Decimal("593.15"),
                            ftp=Decimal("11.35"),
                            interest=Decimal("70.08"),
                            interest_date=20240716,
                            last_tc=806,
                            last_activity=241224,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "respond-by-30-day-months": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            master=(
                Account(
                    tin="000000766",
                    name_control="A   ",
                    name_line="MARY A",
                    bank_rtn="000287905",
                    bank_acct="987-65 43",
                    established_cycle=202205,
                    last_update_cycle=202346,
                    modules=(
                        Module(
                            tax_period=202212,
                            return_date=20240303,
                            assessed=Decimal("429306.28"),
                            credits=Decimal("58597.59"),
                            ftf=Decimal("363.90"),
                            ftp=Decimal("891.00"),
                            interest=Decimal("814.10"),
                            last_notice="CP14 ",
                            notice_cycle=202341,
                            last_tc=290,
                            last_activity=240303,
                        ),
                    ),
                ),
            ),
        ),
    ),
    "zero-amount-rule-missing": (
        Run(
            control=ControlCard(cycle=204947, run_date=20491123, rate=Decimal("0.0091")),
            deck=(
                Card(
                    tin="000000040",
                    seq=4,
                    tc=0,
                    name_control="1   ",
                    tax_period="204612",
                    amount=Decimal("1.00"),
                    date="470908",
                    data=EntityData(name_line="A<B<", state="IL", zip="62701"),
                ),
            ),
        ),
    ),
    "tax-period-any-month": (
        Run(
            control=ControlCard(cycle=202401, run_date=20240716, rate=Decimal("0.0720")),
            deck=(
                Card(
                    tin="000000023",
                    seq=11,
                    tc=150,
                    name_control="ANAÅ",
                    tax_period="201903",
                    amount=Decimal("5.70"),
                    date="201115",
                    data=ReturnData(filing_status="2", bank_rtn="058717896", bank_acct=""),
                ),
            ),
        ),
    ),
    "settle-keeps-notice": (
        Run(
            control=ControlCard(cycle=200122, run_date=20010529, rate=Decimal("0.0036")),
            master=(
                Account(
                    tin="666700686",
                    name_control="AZ  ",
                    name_line="J.R. é.99<AZ<",
                    bank_rtn="011000015",
                    established_cycle=199926,
                    last_update_cycle=200107,
                    modules=(
                        Module(
                            tax_period=200012,
                            status_cycle=200122,
                            return_date=20010415,
                            credits=Decimal("10004617.20"),
                            ftp=Decimal("1.73"),
                            interest=Decimal("559.50"),
                            last_notice="CP14 ",
                            notice_cycle=200114,
                        ),
                    ),
                ),
            ),
        ),
    ),
}
"""Mutant name → runs on which the mutated modern engine differs from the reference (found by
the search, then the hand-written ones)."""


def killing_runs(name: str) -> tuple[Run, ...]:
    """The runs pinned as killing mutant ``name`` (none for an unknown name)."""
    return KILLING_RUNS.get(name, ())
