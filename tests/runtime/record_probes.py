"""Record the expected output of every probe (or of the named ones) from the real cobc.

    .venv/bin/python tests/runtime/record_probes.py [NAME ...]

Each probe runs in a fresh temporary folder (probes that use files create them there); a
``probes/NAME.flags`` file gives the cobc options it is compiled with (``-fsign=EBCDIC``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

PROBE_DIR = Path(__file__).parent / "probes"


def run_with_cobc(source: Path, workdir: Path) -> tuple[bytes, int]:
    executable = workdir / "probe"
    flags_file = source.with_suffix(".flags")
    flags = flags_file.read_text().split() if flags_file.exists() else []
    subprocess.run(["cobc", "-x", *flags, "-o", str(executable), str(source)], check=True)
    run = subprocess.run([str(executable)], capture_output=True, cwd=workdir, check=False)
    return run.stdout, run.returncode


def main(names: list[str]) -> None:
    for source in sorted(PROBE_DIR.glob("*.cbl")):
        if names and source.stem not in names:
            continue
        with tempfile.TemporaryDirectory() as folder:
            stdout, rc = run_with_cobc(source, Path(folder))
        source.with_suffix(".out").write_bytes(stdout)
        rc_file = source.with_suffix(".rc")
        if rc:
            rc_file.write_text(f"{rc}\n")
        else:
            rc_file.unlink(missing_ok=True)
        print(f"{source.stem}: {len(stdout)} bytes, rc {rc}")


if __name__ == "__main__":
    main(sys.argv[1:])
