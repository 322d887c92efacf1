"""Where the legacy sources live, in a source checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def legacy_dir() -> Path:
    """The ``legacy/`` folder: the checkout's own, else the copy packed into the wheel."""
    checkout = _PACKAGE_DIR.parents[1] / "legacy"
    if checkout.is_dir():
        return checkout
    return _PACKAGE_DIR / "_legacy"


def copybook_dir() -> Path:
    return legacy_dir() / "copybooks"


def program_path(name: str = "POSTING") -> Path:
    return legacy_dir() / "programs" / f"{name}.cbl"
