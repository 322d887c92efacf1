"""The modern engine behind the common interface: ``idrs_sandbox.modern`` on the run's files."""

from __future__ import annotations

from pathlib import Path

from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RunInputs
from idrs_sandbox.modern.run import run_posting


class ModernEngine:
    """Pure Python; always available. DD names map to the run's paths as the gnucobol engine's
    ``DD_`` variables do: inputs where :class:`RunInputs` says, outputs in ``staging``."""

    name = "modern"

    def available(self) -> bool:
        return True

    def execute(self, inputs: RunInputs, staging: Path) -> int:
        files = dict(inputs.by_ddname())
        files.update({ddname: staging / ddname for ddname in OUTPUT_DDNAMES})
        return run_posting(files)
