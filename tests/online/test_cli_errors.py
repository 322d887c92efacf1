"""Bad input to idrs terminal / idrs audit: one line naming the file, never a traceback, and
nothing created before the inputs are checked."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from idrs_sandbox.cli.main import cli
from idrs_sandbox.online.audit import AuditError, head_path, read_records, verify_log
from idrs_sandbox.online.master import MasterError, MasterFile
from idrs_sandbox.online.profiles import SAMPLE_PROFILES, load_profiles
from idrs_sandbox.online.review import accesses, review


def _run(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(arguments))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_a_folder_is_not_a_master(tmp_path: Path) -> None:
    with pytest.raises(MasterError, match="not a file"):
        MasterFile(tmp_path)


def test_bad_profiles_stop_the_terminal_before_anything_is_created(
    tmp_path: Path, master_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    profiles = tmp_path / "p.toml"
    profiles.write_text('[[employee]]\nnumber = "1000001"\nhousehold = 3\n')
    script = tmp_path / "s.txt"
    script.write_text("SINOF\n")
    code, output = _run(
        "terminal", "--master", str(master_path), "--profiles", str(profiles),
        "--script", str(script),
    )  # fmt: skip
    assert code == 1 and output.strip().startswith(f"Error: {profiles}: employee 1 (1000001)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.toml", "s.txt"]


def test_no_master_after_no_demo_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = _run("terminal", "--script", "/dev/null")
    assert code == 2 and "run 'make demo' first" in output


def test_review_and_verify_of_a_log_that_is_not_one(tmp_path: Path) -> None:
    log = tmp_path / "audit.log"
    log.write_text('{"n":1,"type":"request","time":"x"}\n')
    code, output = _run("audit", "review", str(log))
    assert code == 1 and "record 1: time 'x' is not a time" in output
    code, output = _run("audit", "verify", str(log))
    assert code == 1 and "FAILED: record 1 (line 1, byte 1)" in output


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)
records = st.fixed_dictionaries(
    {"n": st.integers(0, 3), "type": st.sampled_from(["request", "checkpoint", "torn", 7])},
    optional={"time": json_values, "employee": json_values, "tin": json_values,
              "outcome": json_values, "prev": json_values, "hash": json_values},
)  # fmt: skip


@settings(max_examples=80, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.lists(records, max_size=4).map(
            lambda rs: "".join(json.dumps(r) + "\n" for r in rs).encode()
        ),
    ),
    head=st.one_of(
        st.none(), st.binary(max_size=60), json_values.map(lambda v: json.dumps(v).encode())
    ),
)
def test_verify_and_review_never_crash_on_any_file(data: bytes, head: bytes | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "audit.log"
        log.write_bytes(data)
        if head is not None:
            head_path(log).write_bytes(head)
        result = verify_log(log)
        assert result.ok is (result.fault is None)
        try:
            review(accesses(read_records(log)), load_profiles(SAMPLE_PROFILES))
        except AuditError as error:
            assert "record" in str(error)
