"""Penalties, interest and the ABA check, RULEBOOK §6: values worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from idrs_sandbox.modern.posting import ftf_penalty
from idrs_sandbox.modern.settlement import (
    daily_rate,
    ftp_allowed,
    interest_due,
    is_aba_valid,
)


def ftf(assessed: str, credits: str, return_date: int) -> Decimal:
    """FTF of tax period 2023 (due 2024-04-15)."""
    return ftf_penalty(202312, return_date, Decimal(assessed), Decimal(credits))


def test_ftf_is_capped_at_five_months() -> None:
    # Due 2024-04-15; returned 2025-12-31: D = 360 + 240 + 15 = 615, 21 months → capped at 5.
    assert ftf("1000.00", "0.00", 20251231) == Decimal("250.00")


def test_ftf_rounds_half_up_on_the_base_net_of_credits() -> None:
    # D(20240415, 20240520) = 35 → 2 months; base 1134.57 × 0.10 = 113.457 → 113.46.
    assert ftf("1234.57", "100.00", 20240520) == Decimal("113.46")


def test_ftf_base_is_never_negative() -> None:
    assert ftf("100.00", "500.00", 20240520) == Decimal("0.00")


@pytest.mark.parametrize(
    ("assessed", "months", "allowed"),
    [
        ("1000.00", 3, "15.00"),  # 1.5 %
        ("1000.00", 50, "250.00"),  # 25 %: the cap reached exactly
        ("1000.00", 60, "250.00"),  # 30 % capped at 25 %
        ("333.33", 1, "1.67"),  # 1.66665 ROUNDED
        ("1000.00", 0, "0.00"),
    ],
)
def test_ftp_allowed(assessed: str, months: int, allowed: str) -> None:
    assert ftp_allowed(Decimal(assessed), months) == Decimal(allowed)


def test_daily_rate_is_truncated_to_eight_decimals() -> None:
    assert daily_rate(Decimal("0.0800")) == Decimal("0.00022222")  # 0.000222222…
    assert daily_rate(Decimal("0.0700")) == Decimal("0.00019444")  # 0.000194444…


def test_interest_is_truncated_to_cents() -> None:
    # 1000.00 × 0.00022222 × 45 = 9.99990: truncated, not rounded to 10.00.
    assert interest_due(Decimal("1000.00"), Decimal("0.0800"), 45) == Decimal("9.99")
    # 2500.00 × 0.00022222 × 30 = 16.6665 → 16.66.
    assert interest_due(Decimal("2500.00"), Decimal("0.0800"), 30) == Decimal("16.66")


@pytest.mark.parametrize(
    ("routing", "valid"),
    [
        ("011000015", True),  # 3·0 + 7·(1+0+1) + (1+0+5) = 20
        ("111000025", True),  # 3·1 + 7·3 + 6 = 30
        ("123456789", False),  # 36 + 105 + 18 = 159
        ("000000000", False),  # sums to 0 but all zeros
        ("01100001 ", False),  # not numeric
    ],
)
def test_aba_check(routing: str, valid: bool) -> None:
    assert is_aba_valid(routing) is valid
