"""The engine registry: names, lookup, availability."""

from __future__ import annotations

import pytest

from idrs_sandbox.engines.registry import (
    UnknownEngine,
    available_engines,
    engine_names,
    get_engine,
)


def test_known_engines() -> None:
    assert {"gnucobol", "modern"} <= set(engine_names())
    assert get_engine("modern").name == "modern"
    assert get_engine("gnucobol").name == "gnucobol"


def test_modern_is_always_available() -> None:
    assert "modern" in available_engines()


def test_unknown_engine() -> None:
    with pytest.raises(UnknownEngine) as caught:
        get_engine("fortran")
    assert caught.value.exit_code == 2
    assert "modern" in str(caught.value)
