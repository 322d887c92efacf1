"""The equivalence property: every available engine runs the same generated run, and the outputs
(whole files) and return codes are identical.

gnucobol is the truth and must take part (the ``cobc`` fixture: skipped on a machine without
cobc, a failure in CI); every other engine of ``available_engines()`` (modern, and the legacy
interpreter once it is registered) is compared with it. A failure names file, record number,
TIN, field, both values and both byte strings, and keeps the shrunk run as a folder that
``idrs oracle replay`` replays (docs/oracle.md).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings

from idrs_sandbox.oracle.replay import assert_engines_agree, engines_under_test
from idrs_sandbox.oracle.strategies import (
    Account,
    ByteFlip,
    Card,
    ControlCard,
    FieldDamage,
    Module,
    Run,
    abend_runs,
    dirty_runs,
    fault_runs,
    limit_run,
    pinned_abend_runs,
    report_limit_runs,
    runs,
)

# Runs pinned from counterexamples found while the strategies were written. Both were bugs of
# the generator (values the program cannot have written), found by the state machine; these
# are the legitimate edges they pointed at.
NEGATIVE_ZERO_BALANCE = Run(
    ControlCard(202416, 20240415),
    (
        Account(
            tin="666000123",
            modules=(
                # A packed −0 BALANCE on a settled module (the sum is zero), next to a credit
                # that is offset to nothing and refunded (RULEBOOK §6, posting-notes P6).
                Module(202112, 12, 202401, return_date=20220415, credits=Decimal("5.00")),
                Module(
                    202212, 10, 202416, return_date=20230415, assessed=Decimal("0.01"),
                    credits=Decimal("0.04"), ftf=Decimal("0.01"), ftp=Decimal("0.01"),
                    interest=Decimal("0.01"), negative_zero=("TA-BALANCE",),
                ),
            ),
        ),
    ),
)  # fmt: skip
BALANCE_AT_THE_LIMIT = Run(
    ControlCard(202420, 20240517, Decimal("0.0800")),
    (
        Account(
            tin="000000042",
            modules=(
                # BALANCE 999,999,999.99 due: the notice's interest cannot fit, an assessment
                # overflow (RULEBOOK §6), and CREDITS just inside S9(9)V99.
                Module(
                    202212, 21, 202401, return_date=20230415, assessed=Decimal("999999999.99"),
                    credits=Decimal("9999999.99"), ftf=Decimal("9999999.99"),
                    last_notice="CP14 ", notice_cycle=202401,
                ),
            ),
        ),
    ),
)  # fmt: skip

# The cobc fixture is function-scoped but constant (a path): safe to share between examples.
SHARED_FIXTURES = settings(
    suppress_health_check=[
        *settings.default.suppress_health_check,
        HealthCheck.function_scoped_fixture,
    ]
)
POSTING_RUNS = settings(
    SHARED_FIXTURES,
    # The oracle's main property, and cheap (a generated run costs about 0.15 s on all three
    # engines): three times the profile's budget (300 runs under ci, about 45 s).
    max_examples=3 * settings.default.max_examples,
)


def _engines_with_gnucobol() -> list[str]:
    labels = [engine.label for engine in engines_under_test()]
    assert labels[0] == "gnucobol", f"gnucobol must be the reference engine, have {labels}"
    assert len(labels) >= 2, f"nothing to compare gnucobol with: {labels}"
    return labels


@POSTING_RUNS
@given(run=runs())
@example(run=NEGATIVE_ZERO_BALANCE)
@example(run=BALANCE_AT_THE_LIMIT)
def test_every_engine_posts_the_same_run(cobc: str, run: Run) -> None:
    _engines_with_gnucobol()
    assert_engines_agree(run, engines_under_test())


@SHARED_FIXTURES
@given(run=abend_runs())
def test_every_engine_abends_the_same_way(cobc: str, run: Run) -> None:
    _engines_with_gnucobol()
    assert_engines_agree(run, engines_under_test())


@pytest.mark.parametrize("run", pinned_abend_runs(), ids=repr)
def test_every_engine_abends_the_same_way_on_each_cause(cobc: str, run: Run) -> None:
    """Every cause and variant the abend property draws, pinned (whatever Hypothesis draws)."""
    _engines_with_gnucobol()
    assert_engines_agree(run, engines_under_test())


@SHARED_FIXTURES
@given(run=fault_runs())
def test_every_engine_meets_io_faults_the_same_way(cobc: str, run: Run) -> None:
    """A folder for an input, a missing folder, a folder or a full device for an output: the
    first unexpected file status abends the run, and every engine names the same one."""
    _engines_with_gnucobol()
    assert_engines_agree(run, engines_under_test())


# The corruptions issue 11 met (GnuCOBOL and the legacy engine posted, the modern engine stopped
# with return code 1), each on a small run with a module to read and a card to post, and the
# card deck's own: a blank or a sign inside TR-AMOUNT, an unsigned field overpunched.
DIRTY_BASE = Run(
    ControlCard(),
    (
        Account(
            tin="666000001",
            modules=(Module(return_date=20240410, assessed=Decimal("100.00")),),
        ),
    ),
    (Card("666000001", 1, 610, amount=Decimal("404.10")),),
)
ISSUE_11_DAMAGE = (
    *(
        FieldDamage("MASTIN", 0, "TA-BALANCE(1)", bytes.fromhex("0000001000") + bytes([nibble]))
        for nibble in (0xA, 0xB, 0xE, 0x00, 0x05)
    ),
    FieldDamage("MASTIN", 0, "TA-TAX-ASSESSED(1)", bytes.fromhex("000000AB000C")),
    FieldDamage("MASTIN", 0, "TA-CREDITS(1)", b"\xff" * 6),
    FieldDamage("MASTIN", 0, "TA-STATUS(1)", b"ZZ"),
    FieldDamage("MASTIN", 0, "TA-TAX-PERIOD(1)", b"20X212"),
    ByteFlip("MASTIN", 175, 0x80),
    FieldDamage("TRANSIN", 0, "TR-AMOUNT", b" 0000040410"),
    FieldDamage("TRANSIN", 0, "TR-AMOUNT", b"+0000040410"),
    FieldDamage("TRANSIN", 0, "TR-AMOUNT", b"00000404 10"),
    FieldDamage("TRANSIN", 0, "TR-SEQ", b"00000q"),
    FieldDamage("TRANSIN", 0, "TR-TIN", b"66600000\xb9"),
    FieldDamage("MASTIN", 0, "TA-NAME-LINE", b" JOHN<DOE<".ljust(35)),
)


@pytest.mark.parametrize("damage", ISSUE_11_DAMAGE, ids=repr)
def test_every_engine_posts_each_corruption_of_issue_11_alike(cobc: str, damage: object) -> None:
    _engines_with_gnucobol()
    assert_engines_agree(replace(DIRTY_BASE, damage=(damage,)), engines_under_test())


@SHARED_FIXTURES
@given(run=dirty_runs())
def test_every_engine_posts_the_same_dirty_run(cobc: str, run: Run) -> None:
    """Spaces, low and high values, letters, signs and overpunch in numbers, bad COMP-3
    nibbles, non-ASCII text, flipped, dropped and repeated bytes: every engine gives
    POSTING.cbl's return code and outputs on any input bytes (issue 11)."""
    _engines_with_gnucobol()
    assert_engines_agree(run, engines_under_test())


@settings(
    SHARED_FIXTURES,
    # 2,501 accounts and 10,001 refunds a run (the legacy engine takes about 10 s on one):
    # the three pinned edges and a few drawn runs.
    max_examples=max(2, settings.default.max_examples // 50),
)
@given(run=report_limit_runs())
@example(run=limit_run(Decimal("99.99")))  # the refund totals exactly at S9(13)V99's maximum
@example(run=limit_run(Decimal("99.98"), bank=1))  # a cent under, by direct deposit
@example(run=limit_run(Decimal("100.00")))  # a cent over: ADD keeps the low-order digits
def test_every_engine_totals_the_same_at_the_report_limit(cobc: str, run: Run) -> None:
    _engines_with_gnucobol()
    assert_engines_agree(run, engines_under_test())
