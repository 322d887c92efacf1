"""What the terminal keeps besides the audit log, in one state folder: sign-on failures and
locks (``lockouts.json``), case notes (``notes.jsonl``, append-only) and the pending adjustment
deck (``adjustments.jsonl``, append-only events: requested, approved, merged).

Every file is changed under an exclusive ``flock`` of ``.lock`` in the folder, so two terminals
on one folder never lose a note or hand out one adjustment number twice; appends are fsynced.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from idrs_sandbox.errors import IdrsError

LOCK_AFTER = 3
"""Failed sign-ons in a row that lock a profile."""
SEQ_BASE = 900_000
"""Adjustment cards take SEQ 900001 upward: above the SEQs a generated deck uses (docs/idrs.md)."""


class StateError(IdrsError):
    """The state folder cannot be read or written."""


@dataclass(frozen=True)
class Adjustment:
    """One ADJ54 request and where it stands."""

    id: str
    tin: str
    period: str
    tc: int
    amount: Decimal
    name_control: str
    trans_date: str
    seq: int
    requested_by: str
    approved_by: str | None
    needs_approval: bool
    merged_into: str | None

    @property
    def status(self) -> str:
        if self.merged_into is not None:
            return "MERGED"
        if self.needs_approval and self.approved_by is None:
            return "PENDING APPROVAL"
        return "RELEASED"


class OnlineState:
    """The state folder of one or more terminals."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StateError(
                f"{folder}: cannot create the state folder ({error.strerror})"
            ) from None
        self.lockouts_path = self.folder / "lockouts.json"
        self.notes_path = self.folder / "notes.jsonl"
        self.adjustments_path = self.folder / "adjustments.jsonl"

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        descriptor = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, 0o640)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)

    # sign-on failures -------------------------------------------------------------------------

    def _lockouts(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.lockouts_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise StateError(f"{self.lockouts_path}: unreadable ({error})") from None
        return data if isinstance(data, dict) else {}

    def _save_lockouts(self, data: dict[str, dict[str, Any]]) -> None:
        temporary = self.lockouts_path.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.lockouts_path)

    def locked(self, employee: str) -> bool:
        return bool(self._lockouts().get(employee, {}).get("locked"))

    def failed_sign_on(self, employee: str) -> int:
        """Count one failure; returns the failures in a row (the profile locks at LOCK_AFTER)."""
        with self._locked():
            data = self._lockouts()
            entry = data.setdefault(employee, {"failures": 0, "locked": False})
            entry["failures"] += 1
            entry["locked"] = entry["locked"] or entry["failures"] >= LOCK_AFTER
            self._save_lockouts(data)
            return int(entry["failures"])

    def signed_on(self, employee: str) -> None:
        with self._locked():
            data = self._lockouts()
            if data.pop(employee, None) is not None:
                self._save_lockouts(data)

    def unlock(self, employee: str) -> bool:
        """Clear a lock; False when the profile was not locked."""
        with self._locked():
            data = self._lockouts()
            if not data.get(employee, {}).get("locked"):
                return False
            del data[employee]
            self._save_lockouts(data)
            return True

    # append-only journals ---------------------------------------------------------------------

    def _append(self, path: Path, values: dict[str, Any]) -> None:
        line = json.dumps(values, separators=(",", ":"), default=str) + "\n"
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(descriptor, line.encode())
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    def _read(self, path: Path) -> list[dict[str, Any]]:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        entries = []
        for number, line in enumerate(text.splitlines(), start=1):
            try:
                entries.append(json.loads(line))
            except ValueError:
                raise StateError(f"{path} line {number}: not a JSON record") from None
        return entries

    def add_note(self, tin: str, employee: str, time: str, text: str) -> None:
        with self._locked():
            self._append(
                self.notes_path, {"tin": tin, "employee": employee, "time": time, "text": text}
            )

    def notes(self, tin: str) -> list[dict[str, Any]]:
        return [note for note in self._read(self.notes_path) if note.get("tin") == tin]

    # adjustments ------------------------------------------------------------------------------

    def adjustments(self) -> dict[str, Adjustment]:
        found: dict[str, Adjustment] = {}
        for event in self._read(self.adjustments_path):
            kind, ident = event.get("event"), str(event.get("id"))
            if kind == "requested":
                found[ident] = Adjustment(
                    id=ident,
                    tin=event["tin"],
                    period=event["period"],
                    tc=int(event["tc"]),
                    amount=Decimal(event["amount"]),
                    name_control=event["name_control"],
                    trans_date=event["trans_date"],
                    seq=int(event["seq"]),
                    requested_by=event["employee"],
                    approved_by=None,
                    needs_approval=bool(event["needs_approval"]),
                    merged_into=None,
                )
            elif kind == "approved" and ident in found:
                found[ident] = replace(found[ident], approved_by=event["employee"])
            elif kind == "merged" and ident in found:
                found[ident] = replace(found[ident], merged_into=event["into"])
        return found

    def request_adjustment(self, values: dict[str, Any]) -> Adjustment:
        """Record an ADJ54; the number and SEQ are handed out under the lock."""
        with self._locked():
            number = sum(
                1 for e in self._read(self.adjustments_path) if e.get("event") == "requested"
            )
            number += 1
            event = {
                "event": "requested",
                "id": f"A{number:06d}",
                "seq": SEQ_BASE + number,
                **values,
                "amount": str(values["amount"]),
            }
            self._append(self.adjustments_path, event)
        return self.adjustments()[event["id"]]

    def approve_adjustment(self, ident: str, employee: str, time: str) -> None:
        with self._locked():
            self._append(
                self.adjustments_path,
                {"event": "approved", "id": ident, "employee": employee, "time": time},
            )

    def mark_merged(self, idents: list[str], into: str, time: str) -> None:
        with self._locked():
            for ident in idents:
                self._append(
                    self.adjustments_path,
                    {"event": "merged", "id": ident, "into": into, "time": time},
                )
