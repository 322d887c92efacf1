"""GnuCOBOL 3.1.2's own run tests, replayed through the legacy engine (see harness.py).

One test per run test of run_fundamental.at, run_misc.at, data_display.at, data_packed.at and
run_file.at. A case that real cobc does not pass through the harness is skipped with cobc's
reason (it is not in the denominator). A case cobc passes and the legacy engine does not yet is
listed with its reason in expected_failures.txt and marked xfail(strict=True): a listed case that
starts passing fails the run (take it off the list), and so does a new failure.

The testsuite comes from Debian's source package (tests/conformance/fetch_testsuite.sh, which CI
runs first); with CI set a missing testsuite or cobc fails, never skips.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from atfile import Case
from harness import (
    Outcome,
    base_environment,
    find_testsuite,
    read_expected_failures,
    run_cases,
    run_with_legacy,
    which_cobc,
)
from report import cobc_outcomes

SUITE = find_testsuite()
CASES: list[Case] = run_cases(SUITE) if SUITE is not None else []
EXPECTED_FAILURES = read_expected_failures()


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required when CI is set")
    pytest.skip(f"{what} is missing")


def test_the_testsuite_is_fetched() -> None:
    if SUITE is None:
        _missing("GnuCOBOL's testsuite (run tests/conformance/fetch_testsuite.sh)")
    assert len(CASES) > 300  # the five files hold 336 run tests in 3.1.2


def test_every_expected_failure_is_a_case_of_the_testsuite() -> None:
    if SUITE is None:
        _missing("GnuCOBOL's testsuite (run tests/conformance/fetch_testsuite.sh)")
    stale = set(EXPECTED_FAILURES) - {case.ident for case in CASES}
    assert not stale, f"expected_failures.txt names cases that do not exist: {sorted(stale)}"


@pytest.fixture(scope="session")
def cobc_results() -> dict[str, Outcome]:
    cobc = which_cobc()
    if cobc is None:
        _missing("cobc")
        raise AssertionError  # not reached: _missing fails or skips
    return cobc_outcomes(CASES, cobc)


@pytest.fixture(scope="session")
def environment() -> dict[str, str]:
    return base_environment(which_cobc() or "cobc")


def _params() -> list[object]:
    params: list[object] = []
    for case in CASES:
        marks = []
        if case.ident in EXPECTED_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=EXPECTED_FAILURES[case.ident]))
        params.append(pytest.param(case, id=case.ident, marks=marks))
    return params


@pytest.mark.cobc
@pytest.mark.parametrize("case", _params())
def test_legacy_engine_passes_what_cobc_passes(
    case: Case, cobc_results: dict[str, Outcome], environment: dict[str, str]
) -> None:
    by_cobc = cobc_results[case.ident]
    if by_cobc.status != "pass":
        pytest.skip(f"cobc itself does not pass this case here: {by_cobc.reason}")
    outcome = run_with_legacy(case, environment)
    if outcome.status == "skip":
        pytest.skip(outcome.reason)
    assert outcome.status == "pass", outcome.reason
