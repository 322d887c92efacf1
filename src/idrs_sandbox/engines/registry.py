"""Engines by name: the CLI and the oracle pick engines here (``idrs run --engine NAME``)."""

from __future__ import annotations

from collections.abc import Callable

from idrs_sandbox.engines.base import Engine
from idrs_sandbox.errors import UsageError


def _gnucobol() -> Engine:
    from idrs_sandbox.engines.gnucobol import GnuCOBOLEngine

    return GnuCOBOLEngine()


def _legacy() -> Engine:
    from idrs_sandbox.engines.legacy import LegacyEngine

    return LegacyEngine()


def _modern() -> Engine:
    from idrs_sandbox.engines.modern import ModernEngine

    return ModernEngine()


ENGINE_FACTORIES: dict[str, Callable[[], Engine]] = {
    "gnucobol": _gnucobol,
    "legacy": _legacy,
    "modern": _modern,
}
"""Every engine the sandbox knows, in the order summaries list them. Add new engines here."""


class UnknownEngine(UsageError):
    def __init__(self, name: str) -> None:
        known = ", ".join(ENGINE_FACTORIES)
        super().__init__(f"unknown engine {name!r}; known engines: {known}")


def engine_names() -> list[str]:
    return list(ENGINE_FACTORIES)


def get_engine(name: str) -> Engine:
    """A fresh engine by name; :class:`UnknownEngine` (exit code 2) for any other name."""
    factory = ENGINE_FACTORIES.get(name)
    if factory is None:
        raise UnknownEngine(name)
    return factory()


def available_engines() -> list[str]:
    """Names of the engines that can run on this machine (gnucobol needs cobc)."""
    return [name for name in ENGINE_FACTORIES if get_engine(name).available()]
