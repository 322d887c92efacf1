"""The probe table: small COBOL programs, one per semantic rule, with the output cobc gave.

``probes/NAME.cbl`` is the program; ``probes/NAME.out`` is the exact stdout of the cobc-built
executable and ``probes/NAME.rc`` its exit status when not 0, recorded by ``record_probes.py``
with GnuCOBOL 3.1.2 (``cobc -x``); ``probes/NAME.flags``, when there, holds the cobc options
it is compiled with (``-std=ibm``, ``-fsign=EBCDIC``...), given to ``idrs cobol run`` too.
The legacy engine must print exactly that, and the recording is re-checked against cobc (the
``cobc`` fixture: in CI always) so the table cannot drift.
"""

from __future__ import annotations

import io
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.cobol.directives import SourceOptions
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

PROBE_DIR = Path(__file__).parent / "probes"


@dataclass(frozen=True)
class Probe:
    name: str
    source: Path

    @property
    def expected_stdout(self) -> bytes:
        return self.source.with_suffix(".out").read_bytes()

    @property
    def flags(self) -> list[str]:
        """cobc's dialect options for this probe (probes/NAME.flags, one line)."""
        path = self.source.with_suffix(".flags")
        return path.read_text().split() if path.exists() else []

    @property
    def expected_rc(self) -> int:
        rc = self.source.with_suffix(".rc")
        return int(rc.read_text()) if rc.exists() else 0


PROBES = [Probe(path.stem, path) for path in sorted(PROBE_DIR.glob("*.cbl"))]


def run_with_legacy(probe: Probe, workdir: Path) -> tuple[bytes, int]:
    stdout, stderr = io.BytesIO(), io.BytesIO()
    options = SourceOptions.from_cobc_arguments(probe.flags)
    program = LegacyProgram.from_file(probe.source, options=options)
    rc = program.run(RunStreams(stdout, stderr, dict(os.environ), workdir))
    return stdout.getvalue(), rc


@pytest.mark.parametrize("probe", PROBES, ids=[p.name for p in PROBES])
def test_legacy_engine_prints_what_cobc_printed(probe: Probe, tmp_path: Path) -> None:
    stdout, rc = run_with_legacy(probe, tmp_path)
    assert (
        stdout.decode("latin-1").splitlines()
        == probe.expected_stdout.decode("latin-1").splitlines()
    )
    assert stdout == probe.expected_stdout
    assert rc == probe.expected_rc


@pytest.mark.parametrize("probe", PROBES, ids=[p.name for p in PROBES])
def test_idrs_cobol_run_prints_what_cobc_printed(
    probe: Probe, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["cobol", "run", str(probe.source), *probe.flags])
    assert result.stdout_bytes == probe.expected_stdout
    assert result.exit_code == probe.expected_rc


@pytest.mark.cobc
@pytest.mark.parametrize("probe", PROBES, ids=[p.name for p in PROBES])
def test_recorded_output_is_still_what_cobc_prints(probe: Probe, tmp_path: Path, cobc: str) -> None:
    executable = tmp_path / "probe"
    command = [cobc, "-x", *probe.flags, "-o", str(executable), str(probe.source)]
    subprocess.run(command, check=True)
    run = subprocess.run([str(executable)], capture_output=True, cwd=tmp_path, check=False)
    assert run.stdout == probe.expected_stdout
    assert run.returncode == probe.expected_rc
