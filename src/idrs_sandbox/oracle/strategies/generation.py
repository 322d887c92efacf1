"""Drawing values outside a test (``idrs oracle mutants`` and ``coverage``), and draws that
depend only on the seed.

Hypothesis 6.170 draws about one integer, string or bytes value in twenty from the *local
constants*: the literals of every non-site-packages module in ``sys.modules`` at the moment of
the draw (``hypothesis.internal.conjecture.providers._get_local_constants``). So the runs drawn
for one seed depend on which of our modules happen to be imported by then: a test drew other
runs alone than in the full suite (where other tests had imported more of ``src/``), and
``idrs oracle coverage --seed N`` could count other branches when an engine imported its
modules at another point. :func:`draw_from_the_seed_only` takes that pool out: the strategies
aim at every edge on purpose already (constants, limits, thresholds), so nothing is lost.
"""

from __future__ import annotations

import importlib
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, settings


def quiet_generation(max_examples: int, derandomize: bool = False) -> settings:
    """Settings to draw ``max_examples`` values outside a test: no database, no deadline, no
    shrinking, no output, no health checks (``idrs oracle mutants`` and ``coverage``)."""
    draw_from_the_seed_only()
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


def draw_from_the_seed_only() -> bool:
    """Make every later draw of this process ignore the local constants (see the module
    docstring); True when done, False when this Hypothesis has no such pool (then draws
    depend on the seed only already)."""
    providers: Any = importlib.import_module("hypothesis.internal.conjecture.providers")
    if not hasattr(providers, "_get_local_constants") or not hasattr(providers, "Constants"):
        return False
    empty = providers.Constants()

    def no_local_constants() -> Any:
        return empty

    providers._get_local_constants = no_local_constants
    return True
