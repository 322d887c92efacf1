"""``idrs run --partitions N``: split the week by TIN range, post the partitions as Dask tasks,
merge the outputs into exactly what a single run writes (docs/scale.md).

The merge is a concatenation in partition order for MASTOUT, NOTICES, REFUNDS and UNPOST (the
partitions are TIN ranges in ascending order, every card of a TIN is in its TIN's partition, and
the split pass puts the single run's U09 cards where the single run writes them), the REPORT summed
row by row (:mod:`idrs_sandbox.scale.report`), and return code 4 when any partition had an
unpostable. A week that abends at run level is posted as one task on the whole input, so its
abend outputs are the single run's by construction: the split pass sends it there when it sees a
missing file, a short record or a master out of sequence; a partition that abends (a bad control
card, an invalid master record) sends it there afterwards.
"""

from __future__ import annotations

import logging
import resource
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from idrs_sandbox.engines.base import (
    OUTPUT_DDNAMES,
    RC_ABEND,
    RC_CLEAN,
    RC_UNPOSTABLES,
    RunInputs,
    RunResult,
    publish_outputs,
    read_return_code,
    run_engine,
)
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.engines.staging import staging_folder, sweep_stale_staging
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.scale.report import merge_reports
from idrs_sandbox.scale.split import split_week

CONCATENATED = ("MASTOUT", "NOTICES", "REFUNDS", "UNPOST")
INLINE = "inline"
"""``scheduler=INLINE``: post the partitions one after another in this process, without Dask
(the property tests use it for most examples; the merge is the same)."""


CONNECT_TIMEOUT = "20s"
"""How long ``--scheduler ADDRESS`` is tried before the run gives up (Dask retries meanwhile)."""


class SchedulerError(IdrsError):
    """The Dask scheduler could not be reached or a partition task failed."""


@dataclass(frozen=True)
class Task:
    """One partition to post: the engine by name (engines are built on the worker)."""

    engine: str
    inputs: RunInputs
    folder: Path


@dataclass(frozen=True)
class TaskOutcome:
    folder: Path
    return_code: int
    seconds: float
    cpu_seconds: float
    peak_rss_mib: float
    """The worker process's peak resident memory (its whole life so far), in MiB."""
    child_peak_rss_mib: float
    """The largest child program's (the gnucobol engine's POSTING), in MiB."""


def post_partition(task: Task) -> TaskOutcome:
    """Run on a worker: one engine on one partition's run folder."""
    started, cpu = time.perf_counter(), time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = run_engine(get_engine(task.engine), task.inputs, task.folder)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    child_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    return TaskOutcome(
        task.folder,
        result.return_code,
        time.perf_counter() - started,
        time.process_time() - cpu + child_cpu,
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        after.ru_maxrss / 1024,
    )


@dataclass
class PartitionedRun:
    """What the partitioned run measured, besides its result (for ``idrs run`` and benchmarks)."""

    result: RunResult
    outcomes: list[TaskOutcome]
    split_seconds: float
    merge_seconds: float
    single_run_reason: str | None
    dashboard: str | None


def run_partitioned(
    engine: str,
    inputs: RunInputs,
    output_dir: Path,
    partitions: int,
    *,
    scheduler: str | None = None,
    client: Any = None,
    console: Console | None = None,
) -> RunResult:
    """Post the week in ``partitions`` TIN ranges and publish the merged outputs in
    ``output_dir`` (as :func:`~idrs_sandbox.engines.base.run_engine` publishes a single run)."""
    return partitioned_run(
        engine, inputs, output_dir, partitions, scheduler=scheduler, client=client, console=console
    ).result


def partitioned_run(
    engine: str,
    inputs: RunInputs,
    output_dir: Path,
    partitions: int,
    *,
    scheduler: str | None = None,
    client: Any = None,
    console: Console | None = None,
) -> PartitionedRun:
    """:func:`run_partitioned` with its measurements."""
    output_dir.mkdir(parents=True, exist_ok=True)
    notes = tuple(sweep_stale_staging(output_dir))
    started = time.perf_counter()
    with staging_folder(output_dir, f"{engine}-partitions") as work:
        split = split_week(inputs, partitions, work / "in")
        split_seconds = time.perf_counter() - started
        reason = split.single_run_reason or ("FAULTS rehearsed" if inputs.faults else None)
        tasks = (
            [Task(engine, inputs, work / "whole")]
            if reason
            else [Task(engine, part, work / f"out-{n:03d}") for n, part in enumerate(split.parts)]
        )
        with _executor(scheduler, client, len(tasks), console) as (post, dashboard):
            if dashboard and console is not None:
                console.print(f"Dask dashboard: {dashboard}")
            outcomes = post(tasks)
            if not reason and any(outcome.return_code == RC_ABEND for outcome in outcomes):
                reason = "a partition abended"
                outcomes += post([Task(engine, inputs, work / "whole")])
        merging = time.perf_counter()
        if reason:
            whole = outcomes[-1]
            return_code = whole.return_code
            merged = whole.folder
            ddnames = [name for name in OUTPUT_DDNAMES if (merged / name).is_file()]
        else:
            return_code = RC_UNPOSTABLES if any(o.return_code for o in outcomes) else RC_CLEAN
            merged = work / "merged"
            _merge([outcome.folder for outcome in outcomes], merged)
            ddnames = list(OUTPUT_DDNAMES)
        published, prior = publish_outputs(merged, output_dir, return_code, ddnames)
        merge_seconds = time.perf_counter() - merging
    if reason:
        notes += (f"posted as one task: {reason}",)
    if prior is not None:
        notes += (f"{output_dir}: the earlier run's outputs were moved to {prior.name}",)
    seconds = time.perf_counter() - started
    result = RunResult(engine, return_code, published, seconds, notes=notes)
    return PartitionedRun(result, outcomes, split_seconds, merge_seconds, reason, dashboard)


def _merge(folders: Sequence[Path], merged: Path) -> None:
    merged.mkdir()
    for ddname in CONCATENATED:
        with (merged / ddname).open("wb") as out:
            for folder in folders:
                with (folder / ddname).open("rb") as part:
                    shutil.copyfileobj(part, out, 1024 * 1024)
    report = merge_reports([folder / "REPORT" for folder in folders])
    (merged / "REPORT").write_bytes(report.encode("latin-1"))
    for folder in folders:
        if read_return_code(folder) is None:
            raise SchedulerError(f"{folder}: a partition left no RETURN-CODE")


Post = Callable[[list[Task]], list[TaskOutcome]]


@contextmanager
def _executor(
    scheduler: str | None, client: Any, tasks: int, console: Console | None
) -> Iterator[tuple[Post, str | None]]:
    """How the tasks are posted: in this process (INLINE), on ``client``, on the scheduler at
    ``scheduler``, or on a LocalCluster of one worker process per partition."""
    if scheduler == INLINE:
        yield (lambda batch: [post_partition(task) for task in batch]), None
        return
    if client is not None:
        yield _poster(client, console), _dashboard(client)
        return
    from distributed import Client, LocalCluster

    try:
        if scheduler is not None:
            made = Client(scheduler, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
            cluster = None
        else:
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=tasks,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            )
            made = Client(cluster)  # type: ignore[no-untyped-call]
    except OSError as error:
        raise SchedulerError(f"Dask scheduler {scheduler or 'LocalCluster'}: {error}") from None
    try:
        yield _poster(made, console), _dashboard(made)
    finally:
        made.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


def _dashboard(client: Any) -> str | None:
    services = client.scheduler_info().get("services", {})
    return str(client.dashboard_link) if "dashboard" in services else None


def _poster(client: Any, console: Console | None) -> Post:
    from distributed import as_completed

    def post(batch: list[Task]) -> list[TaskOutcome]:
        futures = client.map(post_partition, batch, pure=False)
        show = console is not None and console.is_terminal
        with Progress(
            TextColumn("partitions"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=not show,
            transient=True,
        ) as progress:
            bar = progress.add_task("partitions", total=len(futures))
            for _ in as_completed(futures):  # type: ignore[no-untyped-call]
                progress.advance(bar)
        try:
            return list(client.gather(futures))
        except IdrsError:
            raise
        except Exception as error:  # a worker died, or the task raised something unexpected
            raise SchedulerError(f"a partition task failed: {error}") from None

    return post
