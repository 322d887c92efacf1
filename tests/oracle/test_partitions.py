"""The partition property: a week posted in N TIN-range partitions and merged is byte for byte
the single run (outputs and return code), for runs drawn by the oracle's strategies (posting
runs with their U09s and unpostables, and abend runs) and any N.

The partitions are posted in this process (``scheduler=INLINE``): the split and the merge are
what is under test, and a Dask cluster per example would cost seconds each;
tests/scale/test_partitioned_run.py posts on a real LocalCluster. Under the ci profile: 30 + 15 +
10 examples: 16 s of CPU (96 s of wall on the shared, loaded machine).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RETURN_CODE_FILE, run_engine
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.oracle.strategies import Run, abend_runs, runs
from idrs_sandbox.scale.run import INLINE, run_partitioned


def _files(folder: Path) -> dict[str, bytes | None]:
    return {
        name: (folder / name).read_bytes() if (folder / name).is_file() else None
        for name in (*OUTPUT_DDNAMES, RETURN_CODE_FILE)
    }


def _assert_partitioned_is_single(engine: str, run: Run, partitions: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = run.write(Path(tmp) / "in")
        single = run_engine(get_engine(engine), inputs, Path(tmp) / "single")
        merged = run_partitioned(engine, inputs, Path(tmp) / "merged", partitions, scheduler=INLINE)
        assert merged.return_code == single.return_code
        assert _files(Path(tmp) / "merged") == _files(Path(tmp) / "single")


@settings(derandomize=True, max_examples=max(10, settings.default.max_examples * 3 // 10))
@given(run=runs(), partitions=st.integers(1, 6))
def test_partitioned_equals_single_on_modern(run: Run, partitions: int) -> None:
    _assert_partitioned_is_single("modern", run, partitions)


@pytest.mark.usefixtures("cobc")
@settings(derandomize=True, max_examples=15)
@given(run=runs(), partitions=st.integers(2, 4))
def test_partitioned_equals_single_on_gnucobol(run: Run, partitions: int) -> None:
    _assert_partitioned_is_single("gnucobol", run, partitions)


@settings(derandomize=True, max_examples=10)
@given(run=abend_runs(), partitions=st.integers(2, 5))
def test_a_partitioned_abend_is_the_single_abend(run: Run, partitions: int) -> None:
    _assert_partitioned_is_single("modern", run, partitions)
