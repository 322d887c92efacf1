"""The audit trail: append-only JSON lines, hash-chained, with signed checkpoints and a signed head.

Every line is one record: a JSON object whose keys come in a fixed order and end with
``"hash"``, the SHA-256 (hex) of the line's bytes before ``,"hash":``; every record carries
``"n"`` (its number, from 1) and ``"prev"``, the hash of the record before (64 zeros for the
first). So an edited record fails its own hash; a record deleted, inserted or moved breaks the
numbering or the chain at that place. As CloudTrail does for its log files, the chain is signed:

- a **checkpoint** record every ``CHECKPOINT_EVERY`` records and when a session ends, holding an
  Ed25519 signature over its number and ``prev`` (an attacker who recomputes the chain after an
  edit cannot sign the next checkpoint);
- the **head** (``LOG.head``), rewritten after every append: the number and hash of the last
  record, signed; so records cut from the end are found as well.

The verifying (public) key is kept apart from the log: ``idrs audit verify LOG --key PUB``.

Appending takes an exclusive ``flock`` on the log, reads the last record back to continue the
chain, writes one line with a single ``write`` and ``fsync``s it before returning, so two
sessions never break the chain and a request is on disk before any data is shown. A write cut
short by a crash leaves a line without its newline: the log still verifies up to the last whole
record (and says so); the next writer closes that line and appends a ``torn`` record holding
its length and SHA-256, so the chain goes on and the torn bytes stay accounted for.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from idrs_sandbox.errors import IdrsError

GENESIS = "0" * 64
CHECKPOINT_EVERY = 64
MAX_UNSIGNED = 2
"""Records a crash can leave after the signed head (a request and its checkpoint)."""
_HASH_TAIL = re.compile(rb',"hash":"([0-9a-f]{64})"\}$')
_TAIL_READ = 1 << 12
"""First read back from the end (a record is a few hundred bytes); doubled until a whole line."""
_FIELDS = ("n", "type", "time", "employee", "terminal", "cc", "tin", "outcome", "reason")


class AuditError(IdrsError):
    """The audit log cannot be written or read."""


# keys -----------------------------------------------------------------------------------------


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def generate_keys(private_path: Path, public_path: Path) -> None:
    """A new Ed25519 key pair: the signing key (mode 0600) and the verifying key. Refuses to
    replace either file."""
    for path in (private_path, public_path):
        if path.exists():
            raise AuditError(f"{path} exists: a key is never replaced")
    key = Ed25519PrivateKey.generate()
    private_path.parent.mkdir(parents=True, exist_ok=True)
    public_path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def load_signing_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as error:
        raise AuditError(f"{path}: cannot read the signing key ({error.strerror})") from None
    except ValueError:
        raise AuditError(f"{path}: not a PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise AuditError(f"{path}: not an Ed25519 key")
    return key


def load_verifying_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as error:
        raise AuditError(f"{path}: cannot read the verifying key ({error.strerror})") from None
    except ValueError:
        raise AuditError(f"{path}: not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise AuditError(f"{path}: not an Ed25519 key")
    return key


def _signed_text(kind: str, number: int, digest: str) -> bytes:
    return f"IDRS-AUDIT {kind} {number} {digest}".encode()


# records --------------------------------------------------------------------------------------


def encode_record(values: Mapping[str, Any]) -> tuple[bytes, str]:
    """The line of one record (without its newline) and its hash."""
    body = json.dumps(dict(values), separators=(",", ":"), ensure_ascii=True)[:-1]
    digest = hashlib.sha256(body.encode()).hexdigest()
    return f'{body},"hash":"{digest}"}}'.encode(), digest


def now_utc() -> datetime:
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class _Tail:
    number: int
    digest: str
    torn: bytes


def _read_tail(descriptor: int) -> _Tail:
    """The number and hash of the last whole record, and any bytes after its newline."""
    size = os.fstat(descriptor).st_size
    if size == 0:
        return _Tail(0, GENESIS, b"")
    window = _TAIL_READ
    start = max(0, size - window)
    while True:
        data = os.pread(descriptor, size - start, start)
        end = data.rfind(b"\n")
        if end >= 0:
            begin = data.rfind(b"\n", 0, end) + 1
            if begin > 0 or start == 0:
                last, torn = data[begin:end], data[end + 1 :]
                break
        elif start == 0:
            last, torn = b"", data
            break
        window *= 2
        start = max(0, size - window)
    if not last:
        return _Tail(0, GENESIS, torn)
    try:
        record = json.loads(last)
        return _Tail(int(record["n"]), str(record["hash"]), torn)
    except (ValueError, KeyError, TypeError):
        raise AuditError(
            "audit log: the last record is not a whole record; run 'idrs audit verify'"
        ) from None


# writing --------------------------------------------------------------------------------------


class AuditLog:
    """An audit log open for appending (any number of processes may hold one)."""

    def __init__(self, path: Path, signing_key: Ed25519PrivateKey, *, durable: bool = True) -> None:
        """``durable=False`` (bulk writers such as the synthetic generator only) skips the fsync
        and the head of each append; ``checkpoint`` still syncs and signs the head."""
        self.path = Path(path)
        self.durable = durable
        self._head_checked = False
        self.head_path = head_path(self.path)
        self._key = signing_key
        self._key_id = key_id(signing_key.public_key())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o640)
        except OSError as error:
            raise AuditError(f"{self.path}: cannot open the audit log ({error.strerror})") from None

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[_Tail]:
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            tail = _read_tail(self._fd)
            if not self._head_checked:
                self._check_head(tail)
                self._head_checked = True
            if tail.torn:
                tail = self._close_torn(tail)
            yield tail
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _check_head(self, tail: _Tail) -> None:
        """Before a writer's first record: the log must still be what its signed head says (a
        writer never continues, and so never signs, a log cut short or grown by someone else)."""
        try:
            head = json.loads(self.head_path.read_text(encoding="ascii"))
            count, digest = int(head["records"]), str(head["hash"])
        except FileNotFoundError:
            if tail.number == 0:
                return
            raise AuditError(
                f"{self.path}: {tail.number:,} records but no signed head ({self.head_path}): "
                "it was removed; run 'idrs audit verify' before writing more"
            ) from None
        except (OSError, ValueError, KeyError, TypeError):
            raise AuditError(f"{self.head_path}: not a head file") from None
        if not _signed(self._key.public_key(), "HEAD", count, digest, head):
            raise AuditError(f"{self.head_path}: not signed with this signing key")
        if count > tail.number:
            raise AuditError(
                f"{self.path}: {tail.number:,} whole records but its signed head says {count:,}: "
                "records were cut from the end; run 'idrs audit verify'"
            )
        if count == tail.number and digest != tail.digest:
            raise AuditError(f"{self.path}: record {count:,} is not the one its head signed")
        if tail.number - count > MAX_UNSIGNED:
            raise AuditError(
                f"{self.path}: records {count + 1:,}-{tail.number:,} follow the signed head "
                "(more than a crash leaves): run 'idrs audit verify'"
            )

    def _write(self, line: bytes, sync: bool = True) -> None:
        written = os.write(self._fd, line)
        if written != len(line):
            raise AuditError(f"{self.path}: short write ({written} of {len(line)} bytes)")
        if sync:
            os.fsync(self._fd)

    def _close_torn(self, tail: _Tail) -> _Tail:
        values = {
            "n": tail.number + 1,
            "type": "torn",
            "time": timestamp(now_utc()),
            "torn_bytes": len(tail.torn),
            "torn_sha256": hashlib.sha256(tail.torn).hexdigest(),
            "prev": tail.digest,
        }
        line, digest = encode_record(values)
        self._write(b"\n" + line + b"\n")
        return _Tail(tail.number + 1, digest, b"")

    def append(self, values: Mapping[str, Any], moment: datetime | None = None) -> int:
        """Append one request record (fields of ``_FIELDS`` and ``detail``), fsynced, and the
        signed head; a checkpoint follows every ``CHECKPOINT_EVERY`` records. Returns its number."""
        with self._locked() as tail:
            record: dict[str, Any] = {"n": tail.number + 1, "type": "request"}
            record["time"] = timestamp(moment or now_utc())
            record.update({k: v for k, v in values.items() if k not in ("n", "type", "time")})
            record["prev"] = tail.digest
            line, digest = encode_record(record)
            self._write(line + b"\n", self.durable)
            number = tail.number + 1
            if number % CHECKPOINT_EVERY == CHECKPOINT_EVERY - 1:
                number, digest = self._checkpoint(number, digest, moment)
            if self.durable:
                self._write_head(number, digest)
            return tail.number + 1

    def checkpoint(self, moment: datetime | None = None) -> int:
        """Sign the chain as it stands now (a checkpoint record and the head)."""
        with self._locked() as tail:
            number, digest = self._checkpoint(tail.number, tail.digest, moment)
            self._write_head(number, digest)
            return number

    def _checkpoint(self, number: int, digest: str, moment: datetime | None) -> tuple[int, str]:
        signature = self._key.sign(_signed_text("CHECKPOINT", number + 1, digest))
        values = {
            "n": number + 1,
            "type": "checkpoint",
            "time": timestamp(moment or now_utc()),
            "key": self._key_id,
            "signature": base64.b64encode(signature).decode(),
            "prev": digest,
        }
        line, new_digest = encode_record(values)
        self._write(line + b"\n")
        return number + 1, new_digest

    def _write_head(self, number: int, digest: str) -> None:
        signature = self._key.sign(_signed_text("HEAD", number, digest))
        head = {
            "records": number,
            "hash": digest,
            "key": self._key_id,
            "signature": base64.b64encode(signature).decode(),
        }
        temporary = self.head_path.with_name(self.head_path.name + ".tmp")
        with open(temporary, "w", encoding="ascii") as handle:
            json.dump(head, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.head_path)


def head_path(log: Path) -> Path:
    return log.with_name(log.name + ".head")


# verifying ------------------------------------------------------------------------------------


@dataclass
class Verification:
    """What ``verify_log`` found: the first fault (None when the log is intact)."""

    path: Path
    records: int = 0
    checkpoints: int = 0
    torn: int = 0
    signatures_checked: bool = False
    fault: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.fault is None

    def summary(self) -> str:
        if self.fault is not None:
            return f"{self.path}: FAILED: {self.fault}"
        signed = "signatures verified" if self.signatures_checked else "signatures NOT checked"
        return (
            f"{self.path}: OK: {self.records:,} records chain, {self.checkpoints:,} checkpoints, "
            f"signed head at record {self.records:,} ({signed})"
        )


@dataclass
class _Line:
    number: int
    offset: int
    raw: bytes


def _lines(data: bytes) -> tuple[list[_Line], bytes, int]:
    lines: list[_Line] = []
    offset = 0
    while True:
        end = data.find(b"\n", offset)
        if end < 0:
            return lines, data[offset:], offset
        lines.append(_Line(len(lines) + 1, offset, data[offset:end]))
        offset = end + 1


def _parse(line: bytes) -> tuple[dict[str, Any], str] | None:
    match = _HASH_TAIL.search(line)
    if match is None:
        return None
    digest = match.group(1).decode()
    if hashlib.sha256(line[: match.start()]).hexdigest() != digest:
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return (record, digest) if isinstance(record, dict) else None


def verify_log(path: Path, key: Ed25519PublicKey | None = None) -> Verification:
    """Check the whole log: each record's hash, numbering and chain, every checkpoint's and the
    head's signature (when ``key`` is given) and that the head names the last record."""
    result = Verification(Path(path), signatures_checked=key is not None)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise AuditError(f"{path}: cannot read the audit log ({error.strerror})") from None
    lines, partial, partial_at = _lines(data)
    expected, prev = 1, GENESIS
    index = 0
    while index < len(lines):
        line = lines[index]
        where = f"record {expected} (line {line.number}, byte {line.offset + 1})"
        parsed = _parse(line.raw)
        if parsed is None and _is_torn(line, lines, index, expected, prev):
            result.torn += 1
            result.notes.append(f"line {line.number}: a write cut short, closed by a torn record")
            index += 1
            continue
        fault = _check(parsed, expected, prev, key, result)
        if fault is not None:
            result.fault = f"{where}: {fault}"
            return result
        assert parsed is not None
        prev = parsed[1]
        result.records = expected
        expected += 1
        index += 1
    if partial:
        result.fault = (
            f"the log ends in an incomplete record at byte {partial_at + 1} "
            f"({len(partial)} bytes after record {result.records:,}; records 1-{result.records:,} "
            "verify): a write cut short by a crash, or a truncated log"
        )
        return result
    result.fault = _check_head(Path(path), result.records, prev, key)
    return result


def _is_torn(line: _Line, lines: list[_Line], index: int, expected: int, prev: str) -> bool:
    if index + 1 >= len(lines):
        return False
    parsed = _parse(lines[index + 1].raw)
    if parsed is None:
        return False
    record = parsed[0]
    return (
        record.get("type") == "torn"
        and record.get("n") == expected
        and record.get("prev") == prev
        and record.get("torn_bytes") == len(line.raw)
        and record.get("torn_sha256") == hashlib.sha256(line.raw).hexdigest()
    )


def _check(
    parsed: tuple[dict[str, Any], str] | None,
    expected: int,
    prev: str,
    key: Ed25519PublicKey | None,
    result: Verification,
) -> str | None:
    if parsed is None:
        return "not a whole record, or its hash does not match its bytes (the record was edited)"
    record, _digest = parsed
    if record.get("n") != expected:
        return (
            f"numbered {record.get('n')!r} where record {expected} belongs "
            "(a record was deleted, inserted or moved)"
        )
    if record.get("prev") != prev:
        return (
            f"does not chain to record {expected - 1} (record {expected - 1} was edited, or a "
            "record was deleted, inserted or moved)"
        )
    if record.get("type") == "checkpoint":
        result.checkpoints += 1
        if key is not None and not _signed(key, "CHECKPOINT", expected, prev, record):
            return "its checkpoint signature does not verify with the given key"
    return None


def _signed(
    key: Ed25519PublicKey, kind: str, number: int, digest: str, record: Mapping[str, Any]
) -> bool:
    try:
        key.verify(
            base64.b64decode(str(record.get("signature"))), _signed_text(kind, number, digest)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def _check_head(path: Path, records: int, last: str, key: Ed25519PublicKey | None) -> str | None:
    head_file = head_path(path)
    try:
        head = json.loads(head_file.read_text(encoding="ascii"))
        count, digest = int(head["records"]), str(head["hash"])
    except OSError:
        return f"no signed head ({head_file}): cannot tell whether records were cut from the end"
    except (ValueError, KeyError, TypeError):
        return f"the head {head_file} is not a head file"
    if key is not None and not _signed(key, "HEAD", count, digest, head):
        return f"the head's signature ({head_file}) does not verify with the given key"
    if count > records:
        return (
            f"record {records + 1:,}: missing; the signed head says the log holds {count:,} "
            "records (records were cut from the end)"
        )
    if count < records:
        return (
            f"record {count + 1:,}: records {count + 1:,}-{records:,} are not covered by the "
            "signed head (appended by something else, or a crash before the head was signed)"
        )
    if digest != last:
        return f"record {records:,}: its hash is not the one the signed head holds (replaced)"
    return None


def read_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Every whole record of a log, ``(number, values)``, without checking the chain (review
    and training read logs this way; ``verify_log`` is the check)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise AuditError(f"{path}: cannot read the audit log ({error.strerror})") from None
    lines, _partial, _at = _lines(data)
    for line in lines:
        try:
            record = json.loads(line.raw)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("n"), int):
            yield record["n"], record


def request_fields() -> tuple[str, ...]:
    return _FIELDS
