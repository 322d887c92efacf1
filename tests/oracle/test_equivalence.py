"""The equivalence property: every available engine runs the same generated run, and the outputs
(whole files) and return codes are identical.

gnucobol is the truth and must take part (the ``cobc`` fixture: skipped on a machine without
cobc, a failure in CI); every other engine of ``available_engines()`` (modern, and the legacy
interpreter once it is registered) is compared with it. A failure names file, record number,
TIN, field, both values and both byte strings, and keeps the shrunk run as a folder that
``idrs oracle replay`` replays (docs/oracle.md).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from idrs_sandbox.oracle.replay import assert_engines_agree, engines_under_test
from idrs_sandbox.oracle.strategies import Run, abend_runs, runs

# The cobc fixture is function-scoped but constant (a path): safe to share between examples.
SHARED_FIXTURES = settings(
    suppress_health_check=[
        *settings.default.suppress_health_check,
        HealthCheck.function_scoped_fixture,
    ]
)


def _engines_with_gnucobol() -> list[str]:
    labels = [engine.label for engine in engines_under_test()]
    assert labels[0] == "gnucobol", f"gnucobol must be the reference engine, have {labels}"
    assert len(labels) >= 2, f"nothing to compare gnucobol with: {labels}"
    return labels


@SHARED_FIXTURES
@given(run=runs())
def test_every_engine_posts_the_same_run(cobc: str, run: Run) -> None:
    _engines_with_gnucobol()
    assert_engines_agree(run, engines_under_test())


@SHARED_FIXTURES
@given(run=abend_runs())
def test_every_engine_abends_the_same_way(cobc: str, run: Run) -> None:
    _engines_with_gnucobol()
    assert_engines_agree(run, engines_under_test())
