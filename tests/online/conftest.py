"""Fixtures of the online tests: a small generated master (seeded), profiles derived from it with
cheap scrypt parameters (same passwords as the sample), a key pair, and a terminal factory with
a fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from idrs_sandbox.online.audit import AuditLog, generate_keys, load_signing_key
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import Profiles, load_profiles
from idrs_sandbox.online.sample import derive_profiles
from idrs_sandbox.online.session import Terminal
from idrs_sandbox.online.state import OnlineState

CLOCK = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
MASTER_SEED = 5


@pytest.fixture(scope="session")
def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from idrs_sandbox.datagen import generate_run  # only the tests that need a master

    folder = tmp_path_factory.mktemp("online-run")
    generate_run(folder, 240, 800, MASTER_SEED)
    return folder


@pytest.fixture(scope="session")
def master_path(run_folder: Path) -> Path:
    return run_folder / "MASTIN"


@pytest.fixture(scope="session")
def profiles_path(master_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("profiles") / "profiles.toml"
    path.write_text(derive_profiles(master_path, MASTER_SEED, scrypt_n=2**4), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def profiles(profiles_path: Path) -> Profiles:
    return load_profiles(profiles_path)


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("keys")
    generate_keys(folder / "signing.pem", folder / "verifying.pem")
    return folder / "signing.pem", folder / "verifying.pem"


@pytest.fixture
def master(master_path: Path) -> Iterator[MasterFile]:
    with MasterFile(master_path) as opened:
        yield opened


@dataclass
class Bench:
    """A terminal and where its files are."""

    terminal: Terminal
    log: Path
    state: Path


@pytest.fixture
def bench(
    master: MasterFile, profiles: Profiles, keys: tuple[Path, Path], tmp_path: Path
) -> Iterator[Callable[..., Bench]]:
    logs: list[AuditLog] = []

    def make(terminal_id: str = "T01", folder: Path | None = None) -> Bench:
        folder = folder or tmp_path
        log = AuditLog(folder / "audit.log", load_signing_key(keys[0]))
        logs.append(log)
        state = OnlineState(folder / "state")
        terminal = Terminal(master, profiles, log, state, terminal_id, clock=lambda: CLOCK)
        return Bench(terminal, folder / "audit.log", folder / "state")

    yield make
    for log in logs:
        log.close()
