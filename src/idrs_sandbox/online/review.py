"""UNAX review: leads in an audit log, each with its evidence (the records that raise it).

What TIGTA looks for in IDRS audit trails (docs/idrs.md), one rule per kind of lead:

- ``OWN-ACCOUNT``: a request on the employee's own TIN (granted or not: the attempt counts);
- ``HOUSEHOLD``: on an account at the employee's household address;
- ``SURNAME``: on an account with the employee's surname (a relative, perhaps);
- ``OUTSIDE-INVENTORY``: a granted request on a TIN outside the employee's assigned work;
- ``REPEATED-DENIALS``: ``DENIALS`` or more denied requests within ``DENIAL_WINDOW``;
- ``BROWSING-BURST``: ``BURST_TINS`` or more distinct TINs within ``BURST_WINDOW``;
- ``SENSITIVE``: any request on a sensitive account.

A lead is a question for an investigator, not a finding: a surname shared by chance, or research
outside the inventory that the case needed, are leads too (the precision figure in docs/idrs.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from idrs_sandbox.online.audit import AuditError
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import Profiles

DENIALS = 3
DENIAL_WINDOW = timedelta(hours=1)
BURST_TINS = 10
BURST_WINDOW = timedelta(minutes=10)
KINDS = (
    "OWN-ACCOUNT",
    "HOUSEHOLD",
    "SURNAME",
    "SENSITIVE",
    "OUTSIDE-INVENTORY",
    "REPEATED-DENIALS",
    "BROWSING-BURST",
)


@dataclass
class Lead:
    employee: str
    kind: str
    tin: str | None
    evidence: list[int] = field(default_factory=list)
    """Record numbers."""
    note: str = ""


@dataclass(frozen=True)
class Access:
    number: int
    time: datetime
    employee: str
    cc: str
    tin: str
    outcome: str
    reason: str


def accesses(records: Iterable[tuple[int, dict[str, Any]]]) -> list[Access]:
    """The request records of a log, in order."""
    found = []
    for number, record in records:
        if record.get("type") != "request":
            continue
        try:
            moment = datetime.fromisoformat(str(record.get("time", "")).replace("Z", "+00:00"))
        except ValueError:
            raise AuditError(
                f"record {number}: time {record.get('time')!r} is not a time "
                "(run 'idrs audit verify' on this log)"
            ) from None
        found.append(
            Access(
                number=number,
                time=moment,
                employee=str(record.get("employee", "")),
                cc=str(record.get("cc", "")),
                tin=str(record.get("tin", "")),
                outcome=str(record.get("outcome", "")),
                reason=str(record.get("reason", "")),
            )
        )
    return found


def review(
    log: Sequence[Access], profiles: Profiles, master: MasterFile | None = None
) -> list[Lead]:
    """Every lead of the log, in order of kind (``KINDS``), employee and first evidence."""
    leads: dict[tuple[str, str, str | None], Lead] = {}

    def add(access: Access, kind: str, tin: str | None, note: str) -> None:
        lead = leads.setdefault((access.employee, kind, tin), Lead(access.employee, kind, tin))
        lead.evidence.append(access.number)
        lead.note = lead.note or note

    for access in log:
        _per_access(access, profiles, master, add)
    by_employee: dict[str, list[Access]] = {}
    for access in log:
        by_employee.setdefault(access.employee, []).append(access)
    for employee_log in by_employee.values():
        _windows(employee_log, profiles, leads)
    return sorted(
        leads.values(), key=lambda lead: (KINDS.index(lead.kind), lead.employee, lead.evidence[0])
    )


def _per_access(access: Access, profiles: Profiles, master: MasterFile | None, add: Any) -> None:
    profile = profiles.get(access.employee)
    if profile is None or not access.tin:
        return
    tin = access.tin
    if tin == profile.own_tin:
        add(access, "OWN-ACCOUNT", tin, "the employee's own TIN")
        return
    if tin in profiles.sensitive:
        add(access, "SENSITIVE", tin, "a sensitive account")
    account = master.get(tin) if master is not None else None
    if account is not None and profile.household and account.household == profile.household:
        add(access, "HOUSEHOLD", tin, f"same address as the employee: {account.household}")
    if account is not None and profile.surname and account.surname == profile.surname:
        add(access, "SURNAME", tin, f"same surname as the employee: {account.surname}")
    if access.outcome == "GRANTED" and tin not in profile.inventory:
        add(access, "OUTSIDE-INVENTORY", tin, "outside the assigned inventory")


def _windows(
    log: list[Access], profiles: Profiles, leads: dict[tuple[str, str, str | None], Lead]
) -> None:
    """Denials and distinct TINs counted in sliding windows; one lead per run of windows."""
    denied = [a for a in log if a.outcome == "DENIED"]
    _sliding(denied, DENIAL_WINDOW, DENIALS, "REPEATED-DENIALS", leads, distinct=False)
    looked = [a for a in log if a.tin and a.outcome == "GRANTED"]
    _sliding(looked, BURST_WINDOW, BURST_TINS, "BROWSING-BURST", leads, distinct=True)


def _sliding(
    log: list[Access],
    window: timedelta,
    threshold: int,
    kind: str,
    leads: dict[tuple[str, str, str | None], Lead],
    *,
    distinct: bool,
) -> None:
    start = 0
    current: Lead | None = None
    for end, access in enumerate(log):
        while access.time - log[start].time > window:
            start += 1
        inside = log[start : end + 1]
        count = len({a.tin for a in inside}) if distinct else len(inside)
        if count < threshold:
            current = None
            continue
        if current is None:
            current = Lead(access.employee, kind, None, note=_note(kind, count, window))
            leads[(access.employee, kind, f"#{inside[0].number}")] = current
        current.evidence.extend(a.number for a in inside if a.number not in current.evidence)


def _note(kind: str, count: int, window: timedelta) -> str:
    minutes = int(window.total_seconds() // 60)
    if kind == "REPEATED-DENIALS":
        return f"{count} or more denied requests within {minutes} minutes"
    return f"{count} or more distinct TINs within {minutes} minutes"


@dataclass(frozen=True)
class Score:
    leads: int
    true_leads: int
    planted: int
    found: int

    @property
    def precision(self) -> float:
        return self.true_leads / self.leads if self.leads else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0


def score(leads: Sequence[Lead], planted: Sequence[dict[str, Any]]) -> Score:
    """A lead is true when its evidence holds a planted record of the same employee; a planted
    violation is found when some lead holds one of its records."""
    planted_records = {(item["employee"], number) for item in planted for number in item["records"]}
    true_leads = sum(
        1
        for lead in leads
        if any((lead.employee, number) in planted_records for number in lead.evidence)
    )
    flagged = {(lead.employee, number) for lead in leads for number in lead.evidence}
    found = sum(
        1
        for item in planted
        if any((item["employee"], number) in flagged for number in item["records"])
    )
    return Score(len(leads), true_leads, len(planted), found)
