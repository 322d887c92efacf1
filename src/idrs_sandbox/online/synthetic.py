"""A synthetic audit log with planted UNAX violations, to measure the review (and to train on).

A working week of the profiles' employees at their terminals: each signs on every day, works
through accounts of their assigned inventory (ENMOD, SUMRY, TXMOD, ACTON), now and then mistypes
a command code they do not hold, and an examiner researches a few accounts outside the inventory
that the case needs (legitimate, but a lead: the noise that keeps precision below 1). Into that,
``plant`` puts one violation of each kind the review knows (docs/idrs.md) and remembers its
records: the truth the review is scored against (``<log>.truth.json``).

Records are written through ``AuditLog`` with the simulated times, so the log chains, carries
signed checkpoints and verifies like a real one. Deterministic per seed (but for the signatures).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from idrs_sandbox.online.audit import AuditError, AuditLog
from idrs_sandbox.online.master import Account, MasterFile
from idrs_sandbox.online.profiles import Profile, Profiles

LOOK_CODES = ("ENMOD", "SUMRY", "TXMOD", "ACTON")
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
"""A Monday; the week is synthetic."""


@dataclass
class _Clock:
    moment: datetime

    def tick(self, rng: random.Random, low: int = 40, high: int = 300) -> datetime:
        self.moment += timedelta(seconds=rng.randint(low, high))
        return self.moment


@dataclass
class Planted:
    employee: str
    kind: str
    tin: str | None
    records: list[int] = field(default_factory=list)


class _Writer:
    """Appends request records for one simulated terminal."""

    def __init__(
        self, log: AuditLog, profile: Profile, terminal: str, sensitive: frozenset[str]
    ) -> None:
        self.log = log
        self.profile = profile
        self.terminal = terminal
        self.sensitive = sensitive

    def refusal(self, tin: str) -> str:
        """The reason the terminal would deny a look at ``tin`` (its order of checks), or ""."""
        role = self.profile.role
        if role.inventory_only and tin not in self.profile.inventory:
            return "TIN NOT IN ASSIGNED INVENTORY"
        if tin in self.sensitive and not role.sensitive_accounts:
            return "SENSITIVE ACCOUNT: ACCESS RESTRICTED"
        return ""

    def request(
        self, moment: datetime, cc: str, tin: str = "", outcome: str = "GRANTED", reason: str = ""
    ) -> int:
        values = {
            "employee": self.profile.employee,
            "terminal": self.terminal,
            "cc": cc,
            "tin": tin,
            "outcome": outcome,
            "reason": reason,
            "detail": {},
        }
        return self.log.append(values, moment)

    def look(self, moment: datetime, tin: str, rng: random.Random, allowed: bool = True) -> int:
        codes = [c for c in LOOK_CODES if c in self.profile.commands] or ["ENMOD"]
        if allowed:
            return self.request(moment, rng.choice(codes), tin)
        return self.request(
            moment, rng.choice(codes), tin, "DENIED", "TIN NOT IN ASSIGNED INVENTORY"
        )


def _lookers(profiles: Profiles) -> list[Profile]:
    return [p for p in profiles.employees.values() if "ENMOD" in p.commands]


def _inventory(profile: Profile, tins: list[str]) -> list[str]:
    return [tin for tin in tins if tin in profile.inventory]


def generate_log(
    master: MasterFile,
    profiles: Profiles,
    log: AuditLog,
    seed: int = 0,
    days: int = 5,
) -> list[Planted]:
    """Write a week of requests into ``log``; return the planted violations."""
    rng = random.Random(seed)
    tins = master.tins()
    accounts = list(master.accounts())
    people = _lookers(profiles)
    plans = _plan(rng, people, profiles, accounts, days)
    planted: list[Planted] = []
    for day in range(days):
        for index, profile in enumerate(people):
            writer = _Writer(log, profile, f"T{index + 1:02d}", profiles.sensitive)
            clock = _Clock(START + timedelta(days=day, minutes=rng.randint(0, 45)))
            writer.request(clock.tick(rng), "SINON")
            _work_day(writer, clock, rng, profile, profiles, tins)
            for plan in plans.get((day, profile.employee), []):
                planted.append(plan(writer, clock, rng))
            _work_day(writer, clock, rng, profile, profiles, tins)
            writer.request(clock.tick(rng), "SINOF")
            log.checkpoint(clock.moment)
    return planted


def _work_day(
    writer: _Writer,
    clock: _Clock,
    rng: random.Random,
    profile: Profile,
    profiles: Profiles,
    tins: list[str],
) -> None:
    mine = [
        t for t in _inventory(profile, tins) if t != profile.own_tin and t not in profiles.sensitive
    ]
    for _ in range(rng.randint(8, 14)):
        if mine:
            writer.look(clock.tick(rng), rng.choice(mine), rng)
        if rng.random() < 0.04:
            missing = next(c for c in ("ADJ54", "APR54", "UNLCK", "REQ54") if not profile.may(c))
            writer.request(clock.tick(rng), missing, "", "DENIED", "COMMAND CODE NOT IN PROFILE")
        if not profile.role.inventory_only and rng.random() < 0.05:
            # Research a case needs (a spouse's or a business partner's account): legitimate,
            # and documented as such with a case note (ACTON) on the account looked at.
            tin = rng.choice(tins)
            writer.request(clock.tick(rng), "ENMOD", tin)
            writer.request(clock.tick(rng, 60, 180), "ACTON", tin)


Plan = Any  # Callable[[_Writer, _Clock, random.Random], Planted]


def _plan(
    rng: random.Random,
    people: list[Profile],
    profiles: Profiles,
    accounts: list[Account],
    days: int,
) -> dict[tuple[int, str], list[Plan]]:
    """One violation of each kind, each on a random day by a suitable employee."""
    plans: dict[tuple[int, str], list[Plan]] = {}

    def put(profile: Profile, plan: Plan) -> None:
        plans.setdefault((rng.randrange(days), profile.employee), []).append(plan)

    open_roles = [p for p in people if not p.role.inventory_only]
    closed = [p for p in people if p.role.inventory_only]
    own = rng.choice(people)
    put(own, _looks("OWN-ACCOUNT", own.own_tin or ""))
    # A relative or a neighbour is looked up outside the employee's assigned work (inside it,
    # the same look would be the job: the review flags it, an investigator clears it).
    for kind, related in (("SURNAME", _same_surname), ("HOUSEHOLD", _same_household)):
        found = _pick(rng, people, lambda p, related=related: related(p, accounts))
        if found is not None:
            put(found[0], _looks(kind, found[1]))
    curious = rng.choice(people)
    put(curious, _looks("SENSITIVE", sorted(profiles.sensitive)[0]))
    if open_roles:
        browser = rng.choice(open_roles)
        put(browser, _burst([a.tin for a in rng.sample(accounts, 14)]))
        outsider = rng.choice(open_roles)
        stranger = next(a.tin for a in rng.sample(accounts, 50) if a.tin not in outsider.inventory)
        put(outsider, _looks("OUTSIDE-INVENTORY", stranger))
    if closed:
        denied = rng.choice(closed)
        strangers = [a.tin for a in rng.sample(accounts, 60) if a.tin not in denied.inventory]
        put(denied, _denials(strangers[:4]))
    return plans


def _same_surname(profile: Profile, accounts: list[Account]) -> list[str]:
    return [a.tin for a in accounts if a.surname == profile.surname and a.tin != profile.own_tin]


def _same_household(profile: Profile, accounts: list[Account]) -> list[str]:
    return [a.tin for a in accounts if a.household == profile.household]


def _pick(rng: random.Random, people: list[Profile], targets: Any) -> tuple[Profile, str] | None:
    """A random employee with a target outside their inventory (not their own, not sensitive)."""
    for profile in rng.sample(people, len(people)):
        outside = [
            t for t in targets(profile) if t not in profile.inventory and t != profile.own_tin
        ]
        if outside:
            return profile, rng.choice(outside)
    return None


def _looks(kind: str, tin: str) -> Plan:
    def plan(writer: _Writer, clock: _Clock, rng: random.Random) -> Planted:
        reason = writer.refusal(tin)
        outcome = "DENIED" if reason else "GRANTED"
        records = [
            writer.request(clock.tick(rng, 20, 90), cc, tin, outcome, reason)
            for cc in ("ENMOD", "SUMRY")
        ]
        return Planted(writer.profile.employee, kind, tin, records)

    return plan


def _burst(tins: list[str]) -> Plan:
    def plan(writer: _Writer, clock: _Clock, rng: random.Random) -> Planted:
        records = [writer.look(clock.tick(rng, 10, 35), tin, rng) for tin in tins]
        return Planted(writer.profile.employee, "BROWSING-BURST", None, records)

    return plan


def _denials(tins: list[str]) -> Plan:
    def plan(writer: _Writer, clock: _Clock, rng: random.Random) -> Planted:
        records = [writer.look(clock.tick(rng, 30, 120), tin, rng, allowed=False) for tin in tins]
        return Planted(writer.profile.employee, "REPEATED-DENIALS", None, records)

    return plan


def write_truth(path: Path, planted: list[Planted]) -> None:
    data = [
        {"employee": p.employee, "kind": p.kind, "tin": p.tin, "records": p.records}
        for p in planted
    ]
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def read_truth(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else []


@dataclass(frozen=True)
class SyntheticLog:
    log: Path
    profiles: Path
    truth: Path
    signing_key: Path
    verifying_key: Path
    records: int
    planted: int


def write_synthetic_log(master_path: Path, log_path: Path, seed: int = 0) -> SyntheticLog:
    """Write a synthetic log for ``master_path`` and everything needed to review it: the
    profiles derived from that master (``LOG.profiles.toml``), the planted truth
    (``LOG.truth.json``), the master's path (``LOG.master``) and a new key pair in
    ``LOG-keys/`` (apart from the log). Refuses to replace any file."""
    from idrs_sandbox.online.audit import generate_keys, load_signing_key
    from idrs_sandbox.online.profiles import load_profiles
    from idrs_sandbox.online.sample import derive_profiles

    keys = log_path.with_name(log_path.name + "-keys")
    result = SyntheticLog(
        log=log_path,
        profiles=log_path.with_name(log_path.name + ".profiles.toml"),
        truth=log_path.with_name(log_path.name + ".truth.json"),
        signing_key=keys / "audit-signing.pem",
        verifying_key=keys / "audit-verifying.pem",
        records=0,
        planted=0,
    )
    recorded = log_path.with_name(log_path.name + ".master")
    for path in (result.log, result.profiles, result.truth, keys, recorded):
        if path.exists():
            raise AuditError(f"{path} exists: a synthetic log never replaces a file")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    # Cheap scrypt parameters: these profiles only feed the review, nobody signs on with them.
    result.profiles.write_text(derive_profiles(master_path, seed, scrypt_n=2**4), "utf-8")
    generate_keys(result.signing_key, result.verifying_key)
    profiles = load_profiles(result.profiles)
    with (
        MasterFile(master_path) as master,
        AuditLog(log_path, load_signing_key(result.signing_key), durable=False) as log,
    ):
        planted = generate_log(master, profiles, log, seed)
        records = log.checkpoint()
    write_truth(result.truth, planted)
    recorded.write_text(f"{Path(master_path).resolve()}\n", encoding="utf-8")
    return replace(result, records=records, planted=len(planted))
