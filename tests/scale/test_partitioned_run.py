"""``idrs run --partitions N``: the merged outputs and return code are the single run's, byte for
byte, on every engine: U09 cards across partition boundaries, run-level abends, the report summed
from the partitions; posted on a real Dask LocalCluster (one per module) and in-process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RETURN_CODE_FILE, RunInputs, run_engine
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.scale.run import INLINE, partitioned_run, run_partitioned
from idrs_sandbox.scale.split import boundaries_of, split_week

ENGINES = ["gnucobol", "legacy", "modern"]
CONTROL = b"202420" + b"20240520" + b"00800" + b" " * 61


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    if request.param == "gnucobol":
        request.getfixturevalue("cobc")
    return str(request.param)


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    """One LocalCluster of two worker processes for the module (starting one costs seconds)."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


def card(tin: bytes, tc: str, seq: int, amount: int = 0, data: str = "") -> bytes:
    name = b"    " if tc == "000" else b"DOE "
    period = "000000" if tc == "000" else "202312"
    rest = f"{tc}{period}{amount:011d}240601{seq:06d}{data:<55}".encode()
    image = tin + name + rest
    assert len(image) == 100
    return image


def establish(tin: bytes, seq: int = 1) -> bytes:
    return card(tin, "000", seq, data="JOHN<DOE<".ljust(35) + "NY12345")


def _week(folder: Path, master_tins: list[bytes], deck: list[bytes]) -> RunInputs:
    """A master built by the engine itself (TC 000 on an empty master), then ``deck``."""
    folder.mkdir(parents=True)
    (folder / "CONTROL").write_bytes(CONTROL)
    (folder / "MASTIN").write_bytes(b"")
    (folder / "TRANSIN").write_bytes(b"".join(establish(tin) for tin in master_tins))
    made = run_engine(get_engine("modern"), RunInputs.from_folder(folder), folder / "made")
    assert made.return_code == 0
    (folder / "MASTIN").write_bytes((folder / "made" / "MASTOUT").read_bytes())
    (folder / "TRANSIN").write_bytes(b"".join(deck))
    return RunInputs.from_folder(folder)


def _files(folder: Path) -> dict[str, bytes | None]:
    return {
        name: (folder / name).read_bytes() if (folder / name).is_file() else None
        for name in (*OUTPUT_DDNAMES, RETURN_CODE_FILE)
    }


def _same_as_single(
    engine: str, inputs: RunInputs, tmp_path: Path, partitions: int, **how: Any
) -> Any:
    single = run_engine(get_engine(engine), inputs, tmp_path / f"single-{partitions}")
    run = partitioned_run(engine, inputs, tmp_path / f"merged-{partitions}", partitions, **how)
    assert run.result.return_code == single.return_code
    assert _files(tmp_path / f"merged-{partitions}") == _files(tmp_path / f"single-{partitions}")
    return run


def _low_values_key(image: bytes) -> bytes:
    """The card with TIN and SEQ all X'00': a key not above the first high-water key."""
    return b"\x00" * 9 + image[9:39] + b"\x00" * 6 + image[45:]


TINS = [f"666{n:06d}".encode() for n in range(1, 7)]


def test_u09_cards_across_partition_boundaries_land_where_the_single_run_puts_them(
    engine: str, tmp_path: Path
) -> None:
    deck = [
        _low_values_key(card(TINS[0], "670", 1, 100)),  # U09 before any card has passed
        b"\x00" * 9 + card(TINS[0], "670", 1, 100)[9:],  # U05, and it raises the high-water key
        card(TINS[0], "670", 2, 100),
        card(TINS[4], "670", 1, 200),  # sets the high-water key in the last partition
        card(TINS[1], "670", 1, 300),  # U09: its TIN is in the first partition
        card(TINS[4], "670", 1, 400),  # U09: the same key again
        card(TINS[2], "999", 1, 500),  # U09, an invalid TC as well (U09 is checked first)
        card(TINS[5], "670", 1, 600),
        card(b"666999999", "670", 1, 700),  # U01 above every master TIN
        card(TINS[3], "670", 9, 800),  # U09 after a U01 of a TIN on no master
    ]
    inputs = _week(tmp_path / "in", TINS, deck)
    for partitions in (2, 3, 6):
        run = _same_as_single(engine, inputs, tmp_path, partitions, scheduler=INLINE)
        assert run.single_run_reason is None
    unpost = (tmp_path / "merged-3" / "UNPOST").read_bytes()
    upcs = [unpost[at + 100 : at + 103] for at in range(0, len(unpost), 140)]
    assert upcs == [b"U09", b"U05", b"U09", b"U09", b"U09", b"U01", b"U09"]


def test_the_split_sends_u09_cards_behind_the_high_water_card(tmp_path: Path) -> None:
    deck = [card(TINS[4], "670", 1, 1), card(TINS[1], "670", 1, 2), card(TINS[2], "670", 2, 3)]
    inputs = _week(tmp_path / "in", TINS, deck)
    split = split_week(inputs, 2, tmp_path / "split")
    assert split.boundaries == [TINS[3]]
    assert split.cards_rerouted == 2
    assert (tmp_path / "split" / "part-001" / "TRANSIN").read_bytes() == b""
    assert (tmp_path / "split" / "part-002" / "TRANSIN").read_bytes() == b"".join(deck)
    assert len((tmp_path / "split" / "part-001" / "MASTIN").read_bytes()) == 3 * 514


def test_boundaries_are_master_tins_at_every_nth_part(tmp_path: Path) -> None:
    inputs = _week(tmp_path / "in", TINS, [])
    assert boundaries_of(inputs.mastin, 3) == [TINS[2], TINS[4]]
    assert boundaries_of(inputs.mastin, 1) == []
    assert boundaries_of(inputs.mastin, 10) == TINS[1:]  # never more partitions than accounts


def test_a_generated_week_on_a_local_cluster(engine: str, tmp_path: Path, dask_client: Any) -> None:
    generate_run(tmp_path / "in", 120, 900, 5)
    inputs = RunInputs.from_folder(tmp_path / "in")
    run = _same_as_single(engine, inputs, tmp_path, 2, client=dask_client)
    assert run.result.return_code == 4
    assert len(run.outcomes) == 2
    assert "RUN BALANCED" in (tmp_path / "merged-2" / "REPORT").read_text()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("control", "a partition abended"),
        ("short-transin", "TRANSIN size"),
        ("master-order", "out of sequence"),
        ("no-mastin", "MASTIN is missing"),
    ],
)
def test_run_level_abends_are_the_single_runs_abend(
    engine: str, damage: str, reason: str, tmp_path: Path
) -> None:
    inputs = _week(tmp_path / "in", TINS, [card(TINS[1], "670", 1, 5)])
    folder = tmp_path / "in"
    if damage == "control":
        (folder / "CONTROL").write_bytes(b"202453" + CONTROL[6:])
    elif damage == "short-transin":
        (folder / "TRANSIN").write_bytes((folder / "TRANSIN").read_bytes()[:-1])
    elif damage == "master-order":
        master = (folder / "MASTIN").read_bytes()
        (folder / "MASTIN").write_bytes(master[514 * 4 :] + master[: 514 * 4])  # 5 6 1 2 3 4
    else:
        (folder / "MASTIN").unlink()
    run = _same_as_single(engine, inputs, tmp_path, 3, scheduler=INLINE)
    assert run.result.return_code == 16
    assert reason in (run.single_run_reason or "")
    assert any("posted as one task" in note for note in run.result.notes)


def test_a_partitioned_run_keeps_the_earlier_outputs(tmp_path: Path) -> None:
    inputs = _week(tmp_path / "in", TINS, [card(TINS[1], "670", 1, 5)])
    out = tmp_path / "out"
    out.mkdir()
    (out / "MASTOUT").write_bytes(b"last week")
    run_partitioned("modern", inputs, out, 2, scheduler=INLINE)
    assert (out / "PRIOR.G0001V00" / "MASTOUT").read_bytes() == b"last week"
    assert (out / "MASTOUT").stat().st_size == 6 * 514
    assert [p.name for p in out.glob(".idrs-staging-*")] == []


def test_idrs_run_partitions_on_a_scheduler(tmp_path: Path, dask_client: Any) -> None:
    generate_run(tmp_path / "in", 50, 300, 9)
    single = CliRunner().invoke(
        cli, ["run", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "single")]
    )
    args = ["run", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "merged")]
    args += ["--partitions", "2", "--scheduler", dask_client.scheduler.address]
    merged = CliRunner().invoke(cli, args)
    assert merged.exit_code == single.exit_code == 4, merged.output
    assert _files(tmp_path / "merged") == _files(tmp_path / "single")
    assert "RUN BALANCED" in merged.output


def test_scheduler_without_partitions_is_a_usage_error(tmp_path: Path) -> None:
    generate_run(tmp_path / "in", 5, 5, 1)
    args = ["run", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "o")]
    result = CliRunner().invoke(cli, [*args, "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "--scheduler needs --partitions" in result.output


def test_an_unreachable_scheduler_is_one_clean_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("idrs_sandbox.scale.run.CONNECT_TIMEOUT", "1s")
    generate_run(tmp_path / "in", 5, 5, 1)
    args = ["run", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "o")]
    args += ["--partitions", "2", "--scheduler", "tcp://127.0.0.1:9"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "Dask scheduler tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output


def test_partitions_with_several_engines_is_a_usage_error(tmp_path: Path) -> None:
    generate_run(tmp_path / "in", 5, 5, 1)
    args = ["run", "--engine", "modern", "--engine", "legacy", "--partitions", "2"]
    args += ["--input", str(tmp_path / "in"), "--output", str(tmp_path / "o")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "--partitions runs one engine at a time" in result.output
    assert not (tmp_path / "o").exists()
