"""The shipped sample profiles are derived from the demo's seeded master (nothing typed in by
hand): derived again here, they agree but for the password salts; the documented synthetic
passwords open them; every inventory, own TIN and household is the demo's."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import SAMPLE_PROFILES, check_password, load_profiles
from idrs_sandbox.online.sample import SAMPLE_PASSWORDS, SAMPLE_SEED, derive_profiles


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from idrs_sandbox.cli.demo import SIZES
    from idrs_sandbox.datagen import generate_run

    folder = tmp_path_factory.mktemp("demo-week1")
    generate_run(folder, *SIZES["small"], SAMPLE_SEED)  # what idrs demo generates in week 1
    return folder / "MASTIN"


def _without_passwords(text: str) -> dict[str, object]:
    data = tomllib.loads(text)
    for employee in data["employee"]:
        employee.pop("password")
    return data


def test_the_shipped_sample_is_derived_from_the_demo_master(demo_master: Path) -> None:
    derived = derive_profiles(demo_master, SAMPLE_SEED, scrypt_n=2**4)
    shipped = SAMPLE_PROFILES.read_text(encoding="utf-8")
    assert _without_passwords(derived) == _without_passwords(shipped)


def test_the_documented_passwords_open_the_sample() -> None:
    profiles = load_profiles(SAMPLE_PROFILES)
    assert set(profiles.employees) == set(SAMPLE_PASSWORDS)
    for number, profile in profiles.employees.items():
        assert check_password(SAMPLE_PASSWORDS[number], profile.password_hash)
        assert not check_password(SAMPLE_PASSWORDS[number] + "X", profile.password_hash)


def test_the_sample_names_tins_of_the_demo(demo_master: Path) -> None:
    profiles = load_profiles(SAMPLE_PROFILES)
    with MasterFile(demo_master) as master:
        tins = master.tins()
        households = {account.household for account in master.accounts()}
    for profile in profiles.employees.values():
        assert profile.own_tin in tins and profile.household in households
        for low, high in profile.inventory.ranges:
            assert low in tins and high in tins
    assert profiles.sensitive <= set(tins)
    assert all(tin[:3] in ("000", "666") for tin in tins)
