"""The ABA routing check of RULEBOOK §6, worked by hand, and the generators of routing numbers."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idrs_sandbox.datagen.banking import aba_valid, bank_account, invalid_routing, valid_routing

# 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10), computed by hand:
ABA_EXAMPLES = [
    ("021000021", True),  # 3·0 + 7·(2+0+2) + (1+0+1) = 30
    ("011000015", True),  # 3·0 + 7·(1+0+1) + (1+0+5) = 20
    ("123456780", True),  # 3·(1+4+7) + 7·(2+5+8) + (3+6+0) = 36 + 105 + 9 = 150
    ("021000022", False),  # 31
    ("123456789", False),  # 159
    ("000000000", False),  # the sum is 0, but all zeros means "no bank" (§6)
    ("02100002A", False),  # not numeric
    ("02100002", False),  # eight digits
    ("02100002 ", False),
]


@pytest.mark.parametrize(("routing", "expected"), ABA_EXAMPLES)
def test_aba_check(routing: str, expected: bool) -> None:
    assert aba_valid(routing) is expected


seeds = st.integers(min_value=0, max_value=2**32)


@given(seeds)
def test_generated_routing_numbers(seed: int) -> None:
    rng = random.Random(seed)
    good, bad = valid_routing(rng), invalid_routing(rng)
    assert aba_valid(good)
    assert len(bad) == 9 and bad.isdigit() and bad != "000000000"
    assert not aba_valid(bad)


@given(seeds)
def test_bank_accounts_are_digits_left_justified(seed: int) -> None:
    account = bank_account(random.Random(seed))
    assert len(account) == 17
    digits = account.rstrip(" ")
    assert 4 <= len(digits) <= 17 and digits.isdigit() and digits[0] != "0"
