"""The audit trail: chained, signed, fsynced; ``verify_log`` names the first bad record of any
edit, deletion, insertion, reordering or truncation; a crash mid-write verifies up to the last
whole record; two writers never break the chain."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from idrs_sandbox.online import audit
from idrs_sandbox.online.audit import (
    AuditLog,
    head_path,
    load_signing_key,
    load_verifying_key,
    verify_log,
)


def _write(path: Path, key: Path, count: int, employee: str = "1000001") -> None:
    with AuditLog(path, load_signing_key(key)) as log:
        for number in range(count):
            log.append(
                {"employee": employee, "terminal": "T01", "cc": "ENMOD",
                 "tin": f"666{number:06d}", "outcome": "GRANTED", "reason": ""}
            )  # fmt: skip


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, keys: tuple[Path, Path]) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "audit.log"
    _write(path, keys[0], 70)  # past one automatic checkpoint (every 64)
    with AuditLog(path, load_signing_key(keys[0])) as log:
        log.checkpoint()
    return path


def _copy(pristine: Path, folder: Path, data: bytes | None = None) -> Path:
    path = folder / "audit.log"
    path.write_bytes(pristine.read_bytes() if data is None else data)
    head_path(path).write_bytes(head_path(pristine).read_bytes())
    return path


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def test_a_written_log_verifies_with_its_key(pristine: Path, keys: tuple[Path, Path]) -> None:
    result = verify_log(pristine, load_verifying_key(keys[1]))
    assert result.ok, result.fault
    assert result.records == 72
    assert result.checkpoints == 2


def test_another_key_does_not_verify(pristine: Path, tmp_path: Path) -> None:
    audit.generate_keys(tmp_path / "other.pem", tmp_path / "other.pub")
    result = verify_log(pristine, load_verifying_key(tmp_path / "other.pub"))
    assert not result.ok
    assert "record 64" in (result.fault or "")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("edit", "record 10 "),
        ("delete", "record 10 "),
        ("insert", "record 10 "),
        ("swap", "record 10 "),
        ("truncate", "record 72: missing"),
    ],
)
def test_tampering_names_the_first_bad_record(
    pristine: Path, tmp_path: Path, keys: tuple[Path, Path], change: str, named: str
) -> None:
    lines = _lines(pristine)
    if change == "edit":
        lines[9] = lines[9].replace(b'"GRANTED"', b'"DENIED"')
    elif change == "delete":
        del lines[9]
    elif change == "insert":
        lines.insert(9, lines[3])
    elif change == "swap":
        lines[9], lines[10] = lines[10], lines[9]
    else:
        del lines[-1]
    path = _copy(pristine, tmp_path, b"".join(lines))
    result = verify_log(path, load_verifying_key(keys[1]))
    assert not result.ok
    assert named in (result.fault or ""), result.fault


def test_a_recomputed_chain_fails_at_the_next_signature(
    pristine: Path, tmp_path: Path, keys: tuple[Path, Path]
) -> None:
    """An attacker without the signing key edits record 5 and rehashes every record after it:
    the chain holds, the checkpoint at record 64 does not."""
    records = [json.loads(line) for line in _lines(pristine)]
    records[4]["outcome"] = "DENIED"
    previous = records[3]["hash"]
    lines = []
    for record in records:
        record["prev"] = previous if record["n"] > 4 else record["prev"]
        if record["n"] >= 5:
            record.pop("hash")
            line, previous = audit.encode_record(record)
        else:
            line = audit.encode_record({k: v for k, v in record.items() if k != "hash"})[0]
            previous = record["hash"]
        lines.append(line + b"\n")
    path = _copy(pristine, tmp_path, b"".join(lines))
    assert verify_log(path).fault is not None  # the head's hash differs even without the key
    result = verify_log(path, load_verifying_key(keys[1]))
    assert "record 64" in (result.fault or "") and "signature" in (result.fault or "")


def test_a_crash_mid_write_verifies_up_to_the_last_whole_record(
    pristine: Path, tmp_path: Path, keys: tuple[Path, Path]
) -> None:
    data = pristine.read_bytes()
    path = _copy(pristine, tmp_path, data + b'{"n":73,"type":"request","ti')
    result = verify_log(path, load_verifying_key(keys[1]))
    assert result.records == 72
    assert "incomplete record" in (result.fault or "") and "records 1-72 verify" in result.fault
    # The next writer closes the torn line with a torn record, and the log verifies again.
    _write(path, keys[0], 2)
    result = verify_log(path, load_verifying_key(keys[1]))
    assert result.ok, result.fault
    assert result.torn == 1 and result.records == 75


def _appender(path: str, key: str, employee: str) -> None:
    _write(Path(path), Path(key), 40, employee)


def test_two_sessions_appending_at_once_keep_the_chain(
    tmp_path: Path, keys: tuple[Path, Path]
) -> None:
    path = tmp_path / "audit.log"
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=_appender, args=(str(path), str(keys[0]), employee))
        for employee in ("1000001", "1000002")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert all(worker.exitcode == 0 for worker in workers)
    result = verify_log(path, load_verifying_key(keys[1]))
    assert result.ok, result.fault
    assert result.records == 80 + 1  # one automatic checkpoint at record 64


MUTATIONS = st.sampled_from(["flip", "delete", "move", "drop-record", "move-record"])


@settings(max_examples=60, derandomize=True)
@given(kind=MUTATIONS, data=st.data())
@example(kind="delete", data=None)
def test_any_changed_byte_or_record_fails_verification(
    pristine: Path, keys: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory,
    kind: str, data: st.DataObject | None,
) -> None:  # fmt: skip
    original = pristine.read_bytes()
    changed = _mutate(original, kind, data)
    if changed == original:
        return  # a move of a byte onto an equal neighbour changes nothing
    path = _copy(pristine, tmp_path_factory.mktemp("mutant"), changed)
    assert not verify_log(path, load_verifying_key(keys[1])).ok


def _mutate(original: bytes, kind: str, data: st.DataObject | None) -> bytes:
    def draw(strategy: st.SearchStrategy[int]) -> int:
        return len(original) - 1 if data is None else data.draw(strategy)

    size = len(original)
    if kind in ("flip", "delete", "move"):
        at = draw(st.integers(0, size - 1))
        buffer = bytearray(original)
        if kind == "flip":
            buffer[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "delete":
            del buffer[at]
        else:
            byte = buffer.pop(at)
            buffer.insert(draw(st.integers(0, size - 1)), byte)
        return bytes(buffer)
    lines = original.splitlines(keepends=True)
    at = draw(st.integers(0, len(lines) - 1))
    line = lines.pop(at)
    if kind == "move-record":
        lines.insert(draw(st.integers(0, len(lines))), line)
    return b"".join(lines)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("cut", "records were cut from the end"),
        ("no-head", "no signed head"),
        ("grown", "follow the signed head"),
        ("other-key", "not signed with this signing key"),
    ],
)
def test_a_writer_never_continues_a_log_its_head_disowns(
    pristine: Path, tmp_path: Path, keys: tuple[Path, Path], change: str, message: str
) -> None:
    lines = _lines(pristine)
    path = _copy(pristine, tmp_path, b"".join(lines[:-1] if change == "cut" else lines))
    key = keys[0]
    if change == "no-head":
        head_path(path).unlink()
    elif change == "grown":
        records = [json.loads(line) for line in lines]
        previous, extra = records[-1]["hash"], []
        for number in range(73, 76):  # forged, but well chained
            line, previous = audit.encode_record({"n": number, "type": "request", "prev": previous})
            extra.append(line + b"\n")
        path.write_bytes(b"".join(lines + extra))
    elif change == "other-key":
        audit.generate_keys(tmp_path / "k.pem", tmp_path / "k.pub")
        key = tmp_path / "k.pem"
    with (
        pytest.raises(audit.AuditError, match=message),
        AuditLog(path, load_signing_key(key)) as log,
    ):
        log.append({"employee": "1000001", "cc": "SINOF"})
