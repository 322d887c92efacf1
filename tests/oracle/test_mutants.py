"""The mutant catalog: each migration bug switches on and off cleanly, and the oracle kills it.

The kill test is the oracle's own acceptance test (issue 6): with every catalog mutant switched
on in the modern engine, the oracle must find a run on which it differs from the reference
(gnucobol, or the unmutated modern engine where cobc is absent). Like a Hypothesis ``@example``
before the draws, each mutant has pinned runs that kill it (oracle/killing_runs.py), tried
first, so the verdict does not depend on the order a Hypothesis release draws in (with 6.155.2
the derandomized search alone missed ``day-31-counted`` in 100 runs); the search within the
CI budget follows when no pinned run kills. ``idrs oracle mutants --no-pinned`` measures the
search alone (figures in docs/oracle.md).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from idrs_sandbox.engines.registry import available_engines
from idrs_sandbox.oracle import mutants
from idrs_sandbox.oracle.killing_runs import KILLING_RUNS
from idrs_sandbox.oracle.mutants import (
    CI_EXAMPLE_BUDGET,
    MUTANTS,
    Mutant,
    clear_modern_caches,
    hunt,
    modern_modules,
    mutant_named,
)
from idrs_sandbox.oracle.replay import assert_engines_agree, engines_under_test
from idrs_sandbox.oracle.strategies import Run


def _snapshot(modules: list[ModuleType]) -> dict[tuple[str, str], int]:
    """Identity of every module attribute, of every entry of a module-level dict (not a cache)
    and of every attribute of a module-level class."""
    seen: dict[tuple[str, str], int] = {}
    for module in modules:
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            seen[module.__name__, name] = id(value)
            # A cache's entries come and go (a mutant clears the caches on the way in and out).
            if isinstance(value, dict) and not hasattr(value, "cache_clear"):
                for key, entry in value.items():
                    seen[module.__name__, f"{name}[{key!r}]"] = id(entry)
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attribute, entry in vars(value).items():
                    seen[module.__name__, f"{name}.{attribute}"] = id(entry)
    return seen


def test_the_catalog_has_at_least_twenty_distinct_bugs() -> None:
    names = [mutant.name for mutant in MUTANTS]
    assert len(names) >= 20
    assert len(set(names)) == len(names)
    # Issue 11: at least eight about invalid data.
    assert sum("issue 11" in mutant.rule for mutant in MUTANTS) >= 8


@pytest.mark.parametrize("mutant", MUTANTS, ids=lambda mutant: mutant.name)
def test_a_mutant_changes_the_modern_engine_only_while_it_is_on(mutant: Mutant) -> None:
    modules = modern_modules()
    before = _snapshot(modules)
    with mutant.active():
        during = _snapshot(modules)
    after = _snapshot(modules)
    assert during != before, "the mutant changed nothing"
    assert after == before, "the mutant was not undone"


def test_every_mutant_has_a_pinned_killing_run_and_every_pinned_run_a_mutant() -> None:
    assert {mutant.name for mutant in MUTANTS} == set(KILLING_RUNS)
    assert all(KILLING_RUNS.values())


def test_a_mutant_whose_patch_no_longer_fits_is_broken_not_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A patch written for another signature (here: two cycles for a card and an account)
    # crashes inside mutants.py: the catalog must follow the engine, that is no kill.
    misfit = Mutant(
        "misfit",
        "check_against_account replaced by a function of two cycles",
        "none",
        lambda: mutants.everywhere(
            "validation", "check_against_account", mutants._cycles_as_numbers
        ),
    )
    monkeypatch.setitem(KILLING_RUNS, "misfit", KILLING_RUNS["abatement-equal-refused"])
    result = hunt(misfit, "modern", max_examples=1, workdir=tmp_path, search=False)
    assert result.broken.startswith("the patch fails at mutants.py:")
    assert "TypeError" in result.broken and not result.killed


def test_a_mutant_is_found_by_name() -> None:
    assert mutant_named("half-even-rounding").rule.startswith("RULEBOOK")
    with pytest.raises(KeyError, match="no mutant 'nope'"):
        mutant_named("nope")


def test_caches_are_cleared_around_a_mutant() -> None:
    # dates.is_valid_card_date is cached: with the leap-year rule broken, 29 February 2000 must
    # be refused at once, and accepted again afterwards.
    from idrs_sandbox.modern import dates

    clear_modern_caches()
    assert dates.is_valid_card_date(229)
    with mutant_named("leap-400-rule-forgotten").active():
        assert not dates.is_valid_card_date(229)
    assert dates.is_valid_card_date(229)


REFERENCE = "gnucobol" if "gnucobol" in available_engines() else "modern"
PINNED = [(name, run) for name, pinned in KILLING_RUNS.items() for run in pinned]


@pytest.mark.parametrize(("name", "run"), PINNED, ids=[name for name, _ in PINNED])
def test_every_engine_posts_each_killing_run_alike(cobc: str, name: str, run: Run) -> None:
    """Without the mutant, every engine agrees on its killing run: a kill is the mutant's
    doing, never a disagreement the engines already had."""
    assert_engines_agree(run, engines_under_test())


@pytest.mark.slow
@pytest.mark.parametrize("mutant", MUTANTS, ids=lambda mutant: mutant.name)
def test_the_oracle_kills_every_mutant(mutant: Mutant, tmp_path: Path) -> None:
    result = hunt(
        mutant,
        REFERENCE,
        max_examples=CI_EXAMPLE_BUDGET,
        workdir=tmp_path,
        shrink=False,
        derandomize=True,
    )
    shutil.rmtree(tmp_path, ignore_errors=True)
    assert not result.broken, result.broken
    assert result.pinned_killed or result.property_killed, (
        f"{mutant.name} ({mutant.description}) survived its pinned runs and "
        f"{CI_EXAMPLE_BUDGET} generated runs against {REFERENCE}"
    )
