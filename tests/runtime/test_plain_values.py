"""Which results an arithmetic statement may store into a promoted item without the
normalizer call (runtime/compile/plain_values.py): only those Python's int arithmetic makes,
never a bare name or a call, which may hold or give storage.NEGATIVE_ZERO. What the stores
give is checked against cobc by the probe speed_plain_values."""

from __future__ import annotations

import pytest

from idrs_sandbox.runtime import storage
from idrs_sandbox.runtime.compile.plain_values import plain_int

PLAIN = ["(V1 + V2)", "(V1 - @@SH3@@)", "((@@SH1@@ * 52) + V0)", "(-V4)", "(V1 * 100)"]
NOT_PLAIN = ["V1", "(V1)", "@@SH2@@", "_nm5(V1)", "_trunc((V1 * 3), 10)", "TBL0[V1 - 1]", "7 if"]


@pytest.mark.parametrize("code", PLAIN)
def test_arithmetic_is_plain(code: str) -> None:
    assert plain_int(code)


@pytest.mark.parametrize("code", NOT_PLAIN)
def test_names_and_calls_are_not(code: str) -> None:
    assert not plain_int(code)


def test_arithmetic_on_negative_zero_gives_a_plain_int() -> None:
    zero = storage.NEGATIVE_ZERO
    for result in (zero + 0, zero - 0, zero * 1, -zero):
        assert result == 0 and type(result) is int
