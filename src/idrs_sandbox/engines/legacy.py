"""The legacy engine: POSTING.cbl run by our own COBOL interpreter (``idrs_sandbox.runtime``).

Files are passed the way the gnucobol engine passes them: ``DD_<NAME>`` environment entries
pointing at the run's inputs and at the staging folder (RULEBOOK §1), resolved by the runtime
exactly as libcob resolves ``ASSIGN TO "NAME"``. The program is parsed and compiled once per
process (and again when the source or a copybook changes).
"""

from __future__ import annotations

import hashlib
import io
import os
from functools import lru_cache
from pathlib import Path

from idrs_sandbox.engines.base import OUTPUT_DDNAMES, EngineError, RunInputs
from idrs_sandbox.paths import copybook_dir, program_path
from idrs_sandbox.runtime.coverage import Coverage
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams


class LegacyEngine:
    name = "legacy"

    def __init__(
        self,
        program: Path | None = None,
        copy_dirs: tuple[Path, ...] = (),
        coverage: bool = False,
    ) -> None:
        self.program = program or program_path("POSTING")
        self.copy_dirs = copy_dirs or (copybook_dir(),)
        self.last_stdout = b""
        self.last_stderr = b""
        self.measures_coverage = coverage
        self._own: LegacyProgram | None = None
        """With coverage: this engine's own compilation, whose counts add up over its runs."""

    def available(self) -> bool:
        return self.program.is_file()

    def compiled(self) -> LegacyProgram:
        if not self.measures_coverage:
            return compiled_program(
                self.program, self.copy_dirs, _fingerprint(self.program, self.copy_dirs)
            )
        if self._own is None:
            self._own = LegacyProgram.from_file(self.program, self.copy_dirs, coverage=True)
        return self._own

    def coverage(self) -> Coverage:
        """The paragraphs and branches reached by this engine's runs so far (with coverage)."""
        if not self.measures_coverage:
            raise ValueError("this legacy engine was not built with coverage=True")
        return self.compiled().coverage()

    def execute(self, inputs: RunInputs, staging: Path) -> int:
        compiled = self.compiled()
        environ = dict(os.environ)
        environ.update({f"DD_{dd}": str(path.resolve()) for dd, path in inputs.by_ddname().items()})
        environ.update({f"DD_{dd}": str((staging / dd).resolve()) for dd in OUTPUT_DDNAMES})
        stdout, stderr = io.BytesIO(), io.BytesIO()
        return_code = compiled.run(RunStreams(stdout, stderr, environ, staging))
        self.last_stdout, self.last_stderr = stdout.getvalue(), stderr.getvalue()
        if return_code not in (0, 4, 16):
            detail = self.last_stderr.decode("latin-1", "replace").strip() or "no message"
            raise EngineError(f"{self.program.name} ended with return code {return_code}: {detail}")
        return return_code


def _fingerprint(program: Path, copy_dirs: tuple[Path, ...]) -> str:
    digest = hashlib.sha256(program.read_bytes())
    for folder in copy_dirs:
        for copybook in sorted(folder.glob("*")):
            if copybook.is_file():
                digest.update(copybook.name.encode())
                digest.update(copybook.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=8)
def compiled_program(program: Path, copy_dirs: tuple[Path, ...], fingerprint: str) -> LegacyProgram:
    """Parse and compile once per (program, copybooks) content."""
    del fingerprint  # part of the cache key only
    return LegacyProgram.from_file(program, copy_dirs)
