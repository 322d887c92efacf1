"""The gnucobol engine: POSTING.cbl built by the real cobc, files passed as ``DD_`` names."""

from __future__ import annotations

from pathlib import Path

from idrs_sandbox.engines.base import OUTPUT_DDNAMES, EngineError, RunInputs
from idrs_sandbox.engines.cobc import cobc_path, compile_program, run_program
from idrs_sandbox.paths import copybook_dir, program_path


class GnuCOBOLEngine:
    name = "gnucobol"

    def __init__(self, program: Path | None = None, copy_dirs: tuple[Path, ...] = ()) -> None:
        self.program = program or program_path("POSTING")
        self.copy_dirs = copy_dirs or (copybook_dir(),)

    def available(self) -> bool:
        return cobc_path() is not None

    def execute(self, inputs: RunInputs, staging: Path) -> int:
        executable = compile_program(self.program, self.copy_dirs)
        env = {f"DD_{dd}": str(path.resolve()) for dd, path in inputs.by_ddname().items()}
        env.update({f"DD_{dd}": str((staging / dd).resolve()) for dd in OUTPUT_DDNAMES})
        run = run_program(executable, env=env, cwd=staging)
        if run.return_code not in (0, 4, 16):
            detail = run.stderr.decode("ascii", "replace").strip() or "no message"
            raise EngineError(
                f"{self.program.name} ended with return code {run.return_code}: {detail}"
            )
        return run.return_code
