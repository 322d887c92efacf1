"""Drawing values outside a test (``idrs oracle mutants`` and ``coverage``)."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, Verbosity, settings


def quiet_generation(max_examples: int, derandomize: bool = False) -> settings:
    """Settings to draw ``max_examples`` values outside a test: no database, no deadline, no
    shrinking, no output, no health checks (``idrs oracle mutants`` and ``coverage``)."""
    return settings(
        max_examples=max_examples,
        database=None,
        deadline=None,
        derandomize=derandomize,
        phases=[Phase.generate],
        print_blob=False,
        verbosity=Verbosity.quiet,
        suppress_health_check=list(HealthCheck),
    )
