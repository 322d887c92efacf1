"""The real GnuCOBOL compiler: find it, compile a program once (cached by content), run it.

The cache key is the hash of the program text, every copybook in the copy path and
``cobc --version``, so an edited copybook or a new compiler never reuses a stale binary.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from idrs_sandbox.engines.staging import die_with_parent
from idrs_sandbox.errors import IdrsError

COBC_FLAGS: tuple[str, ...] = ("-x", "-Wall")
"""Default dialect, fixed format (GNUCOBOL-NOTES: -std=default -fixed)."""


class CobcNotFound(IdrsError):
    def __init__(self) -> None:
        super().__init__(
            "cobc (GnuCOBOL 3.1.2) is not installed; install it with "
            "'apt-get install gnucobol3' or use --engine legacy / --engine modern"
        )


class CompileError(IdrsError):
    """cobc rejected the program; the message carries cobc's own diagnostics."""


@dataclass(frozen=True)
class ProgramRun:
    return_code: int
    stdout: bytes
    stderr: bytes


def cobc_path() -> str | None:
    return shutil.which("cobc")


def require_cobc() -> str:
    path = cobc_path()
    if path is None:
        raise CobcNotFound()
    return path


@cache
def cobc_version() -> str:
    result = subprocess.run(
        [require_cobc(), "--version"], capture_output=True, text=True, check=False
    )
    return result.stdout.splitlines()[0] if result.stdout else "unknown"


def cache_dir() -> Path:
    root = os.environ.get("IDRS_CACHE_DIR")
    base = Path(root) if root else Path.home() / ".cache" / "idrs-sandbox"
    return base / "cobc"


def _source_hash(source: Path, copy_dirs: Sequence[Path], flags: Sequence[str]) -> str:
    digest = hashlib.sha256()
    digest.update(cobc_version().encode())
    digest.update(" ".join(flags).encode())
    digest.update(source.read_bytes())
    for folder in copy_dirs:
        for copybook in sorted(folder.glob("*")):
            if copybook.is_file():
                digest.update(copybook.name.encode())
                digest.update(copybook.read_bytes())
    return digest.hexdigest()[:20]


def compile_program(
    source: Path, copy_dirs: Sequence[Path] = (), flags: Sequence[str] = COBC_FLAGS
) -> Path:
    """Compile ``source`` to an executable (once per content hash) and return its path."""
    cobc = require_cobc()
    if not source.is_file():
        raise CompileError(f"{source}: no such COBOL source file")
    target_dir = cache_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    executable = target_dir / f"{source.stem}-{_source_hash(source, copy_dirs, flags)}"
    if executable.exists():
        return executable
    partial = executable.with_suffix(f".{os.getpid()}.tmp")
    command = [cobc, *flags, *(f"-I{d}" for d in copy_dirs), "-o", str(partial), str(source)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        raise CompileError(f"cobc failed on {source.name}:\n{result.stderr.strip()}")
    partial.replace(executable)
    return executable


def run_program(
    executable: Path,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    stdin: bytes = b"",
) -> ProgramRun:
    """Run a compiled program with extra environment variables (e.g. ``DD_`` file names).

    The program dies with this process (``PR_SET_PDEATHSIG``, see engines/staging.py), and an
    exception here (KeyboardInterrupt, SIGTERM under ``signals_raise``) kills it before it
    propagates (``subprocess.run`` does that)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    result = subprocess.run(
        [str(executable)],
        input=stdin,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        check=False,
        preexec_fn=die_with_parent,  # only prctl and getppid between fork and exec
    )
    return ProgramRun(result.returncode, result.stdout, result.stderr)
