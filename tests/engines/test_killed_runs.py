"""``idrs run`` killed mid-run (SIGTERM, SIGINT, SIGKILL) in a subprocess: no staging folder
survives a signal Python sees, one left by ``kill -9`` is swept by the next run, no POSTING
process outlives the run, and the output folder keeps every file it held before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from idrs_sandbox.engines.staging import OWNER_FILE, STAGING_PREFIX

IDRS = Path(sys.executable).parent / "idrs"
CARDS = 150_000
"""Enough cards that every engine is still posting when the test has seen it start (the wait
below is for a state, not for a time, so a loaded machine only makes the test slower)."""
PATIENCE = 600.0
"""Seconds to wait for a state that always comes (a process starting or ending): only a hang
reaches it. 120 s was reached once on the 2-core machine at load 12 (a killed gnucobol run whose
end took longer), so the bound is far above anything a loaded machine takes."""


def _wait_for(what: str, condition: Callable[[], object]) -> object:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.01)
    pytest.fail(f"still waiting, after {PATIENCE:.0f} s, for {what}")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        found.extend(int(child) for child in children)
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _posting_child(pid: int) -> int | None:
    for child in _children(pid):
        try:
            if Path(f"/proc/{child}/exe").resolve().name.startswith("POSTING"):
                return child
        except OSError:
            continue
    return None


def _staged(out: Path) -> list[Path]:
    return [folder for folder in out.glob(f"{STAGING_PREFIX}*") if (folder / OWNER_FILE).exists()]


@pytest.fixture(scope="module")
def long_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("long")
    control = b"202420" + b"20240520" + b"00800" + b" " * 61
    (folder / "CONTROL").write_bytes(control)
    (folder / "MASTIN").write_bytes(b"")
    (folder / "TRANSIN").write_bytes(
        b"".join(
            f"666{n:06d}DOE 670202312{100:011d}240601{1:06d}{'':<55}".encode()
            for n in range(1, CARDS + 1)
        )
    )
    return folder


def _ended(run: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    """The killed run's output, once it has ended (a run that does not end is a failure)."""
    try:
        return run.communicate(timeout=PATIENCE)
    except subprocess.TimeoutExpired:
        run.kill()
        run.communicate()
        pytest.fail(f"idrs run did not end within {PATIENCE:.0f} s of the signal")


def _start(engine: str, input_dir: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(IDRS), "run", "--engine", engine, "--input", str(input_dir), "--output", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


SIGNALS = [signal.SIGTERM, signal.SIGINT, signal.SIGKILL]
ATTEMPTS = 3


def _caught_posting(input_dir: Path, out: Path) -> tuple[subprocess.Popen[bytes], int]:
    """A gnucobol run and its POSTING process, seen while it runs. On a starved machine the
    test may not be scheduled until POSTING has posted the whole deck; the run then ends with
    its outputs published, which says nothing about killing it, so the run is started again
    (the outputs of a finished run are the week's, like the master they replace)."""
    for _ in range(ATTEMPTS):
        (out / "MASTOUT").write_bytes(b"last week's master")
        run = _start("gnucobol", input_dir, out)
        seen = _wait_for(
            "POSTING to start, or the run to end",
            lambda: _posting_child(run.pid) or run.poll() is not None,  # noqa: B023
        )
        if isinstance(seen, int) and seen is not True:
            return run, seen
        _, stderr = run.communicate()
        assert run.returncode in (0, 4), stderr  # it ended on its own, posting the deck
    pytest.fail(f"POSTING ended each of {ATTEMPTS} times before this test could see it run")


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_a_killed_gnucobol_run_leaves_no_posting_and_no_lost_file(
    signum: int, long_input: Path, tmp_path: Path, cobc: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "MASTOUT").write_bytes(b"last week's master")
    run, posting = _caught_posting(long_input, out)
    os.kill(posting, signal.SIGSTOP)  # POSTING cannot finish before the kill: no race
    os.kill(run.pid, signum)
    _ended(run)
    _wait_for("POSTING to end with its run", lambda: not _running(posting))
    assert (out / "MASTOUT").read_bytes() == b"last week's master"
    if signum == signal.SIGKILL:
        assert len(_staged(out)) == 1  # only kill -9 can leave one; the next run sweeps it
    else:
        assert run.returncode != 0
        assert list(out.glob(f"{STAGING_PREFIX}*")) == []


@pytest.mark.parametrize("engine", ["legacy", "modern"])
@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_a_killed_in_process_run_cleans_up_or_is_swept_next_time(
    engine: str, signum: int, long_input: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "MASTOUT").write_bytes(b"last week's master")
    run = _start(engine, long_input, out)
    _wait_for("the run to stage its outputs", lambda: _staged(out))
    os.kill(run.pid, signum)
    _, stderr = _ended(run)
    assert (out / "MASTOUT").read_bytes() == b"last week's master"
    left = list(out.glob(f"{STAGING_PREFIX}*"))
    if signum != signal.SIGKILL:
        assert left == []
        assert run.returncode == 128 + signum
        name = signal.Signals(signum).name
        assert stderr.decode() == f"idrs run: stopped by {name}; nothing published in {out}\n"
        return
    assert run.returncode == -signal.SIGKILL
    assert len(left) == 1
    small = tmp_path / "small"
    small.mkdir()
    for name in ("CONTROL", "MASTIN"):
        (small / name).write_bytes((long_input / name).read_bytes())
    (small / "TRANSIN").write_bytes((long_input / "TRANSIN").read_bytes()[:100])
    again = subprocess.run(
        [str(IDRS), "run", "--engine", "modern", "--input", str(small), "--output", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode == 4, again.stderr
    assert "removed the staging folder of a run that was killed" in again.stdout
    assert list(out.glob(f"{STAGING_PREFIX}*")) == []
    assert (out / "PRIOR.G0001V00" / "MASTOUT").read_bytes() == b"last week's master"


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        children = _children(todo.pop())
        found.extend(children)
        todo.extend(children)
    return found


@pytest.mark.slow  # a LocalCluster starts: 20 s on an idle machine, 2 min on a loaded one
def test_a_killed_partitioned_run_leaves_no_worker_and_no_posting(
    long_input: Path, tmp_path: Path, cobc: str
) -> None:
    out = tmp_path / "out"
    run = subprocess.Popen(
        [
            *(str(IDRS), "run", "--engine", "gnucobol", "--partitions", "2"),
            *("--input", str(long_input), "--output", str(out)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def a_posting() -> int | None:
        for pid in _descendants(run.pid):
            try:
                if Path(f"/proc/{pid}/exe").resolve().name.startswith("POSTING"):
                    return pid
            except OSError:
                continue
        return None

    posting = _wait_for("a worker's POSTING to start", a_posting)
    assert isinstance(posting, int)
    os.kill(posting, signal.SIGSTOP)
    family = _descendants(run.pid)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    for pid in family:
        _wait_for(f"process {pid} to end with the run", lambda pid=pid: not _running(pid))
