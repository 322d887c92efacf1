"""Exercise 07: a week of IDRS audit trail; find the unauthorized accesses (UNAX) in it and
accuse nobody who was doing their job."""

from __future__ import annotations

import shutil
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from idrs_sandbox.online.audit import (
    AuditLog,
    generate_keys,
    load_signing_key,
    load_verifying_key,
    read_records,
    verify_log,
)
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import load_profiles
from idrs_sandbox.online.review import accesses, review
from idrs_sandbox.online.sample import derive_profiles
from idrs_sandbox.online.synthetic import Planted, generate_log, write_synthetic_log
from idrs_sandbox.training.checks import CheckContext, Outcome, Status
from idrs_sandbox.training.exercise import Exercise
from idrs_sandbox.training.workspace import Workspace

SEED = 7
"""The week's seed: the same log, the same violations, for every trainee."""
AUDIT_DIR = "audit"
FINDINGS_FILE = "findings.toml"
LOG = f"{AUDIT_DIR}/audit.log"
KEY = f"{AUDIT_DIR}/audit.log-keys/audit-verifying.pem"
FINDINGS_TEMPLATE = """\
# Your findings: one [[finding]] per unauthorized access (UNAX) you would refer to TIGTA.
# employee: the employee number; records: the audit record numbers ("n") that show it.
# kind (optional): OWN-ACCOUNT, HOUSEHOLD, SURNAME, SENSITIVE, OUTSIDE-INVENTORY,
#                  REPEATED-DENIALS or BROWSING-BURST.
#
# [[finding]]
# employee = "1000001"
# records = [12, 13]
# kind = "OWN-ACCOUNT"
"""


@dataclass(frozen=True)
class Finding:
    number: int
    employee: str
    records: frozenset[int]


class UnaxReview(Exercise):
    number = 7
    slug = "07-unax-review"
    title = "Find the UNAX in an audit trail"
    summary = (
        "A week of synthetic IDRS audit trail: every request of eight employees at their "
        "terminals. Some of them looked where their work did not take them. Find each "
        "unauthorized access, cite its records, and accuse no one who was doing their job."
    )
    managed = (AUDIT_DIR, FINDINGS_FILE)
    hints = (
        "First make sure the evidence is intact: idrs audit verify audit/audit.log --key "
        "audit/audit.log-keys/audit-verifying.pem. Then idrs audit review audit/audit.log lists "
        "the leads, each with its record numbers.",
        "A lead is not a finding. Open each lead's records (one JSON line each: grep '\"n\":123,' "
        "audit/audit.log) and the employee's profile (audit/audit.log.profiles.toml): is the "
        "TIN in the assigned inventory? What did the employee do before and after?",
        "Surname and household leads on accounts inside the employee's own inventory are the "
        "job; outside it they are not. A look outside the inventory followed by a case action "
        "(ACTON) on the same TIN is documented casework.",
        "There are seven violations, one of each kind the review knows: the own account, a "
        "relative by surname, a household member, a sensitive account, a browsing burst, a look "
        "outside the inventory with no case action, and repeated denials.",
    )

    def prepare(self, workspace: Workspace, variant: str | None) -> None:
        folder = workspace.root / AUDIT_DIR
        folder.mkdir()
        master = folder / "MASTER"
        shutil.copyfile(self.data / "MASTER", master)
        made = write_synthetic_log(master, folder / "audit.log", SEED)
        made.truth.unlink()  # the answer is not handed out
        made.signing_key.unlink()  # nobody needs to sign: the evidence is closed
        (workspace.root / FINDINGS_FILE).write_text(FINDINGS_TEMPLATE, encoding="utf-8")

    def check(self, ctx: CheckContext, variant: str | None) -> None:
        root = ctx.workspace.root
        evidence = verify_log(root / LOG, load_verifying_key(root / KEY))
        status = Status.PASS if evidence.ok else Status.FAIL
        summary = (
            evidence.summary() if evidence.ok else f"the evidence was changed: {evidence.fault}"
        )
        ctx.add(Outcome("the audit trail is intact", status, summary))
        try:
            findings = read_findings(root / FINDINGS_FILE)
        except ValueError as error:
            ctx.add(Outcome("your findings.toml reads", Status.FAIL, str(error)))
            return
        planted = planted_violations(self.data / "MASTER")
        ctx.add(found_outcome(findings, planted))
        ctx.add(innocent_outcome(findings, planted))
        write_leads(root, ctx.folder("review") / "leads.txt")


def read_findings(path: Path) -> list[Finding]:
    """The trainee's findings; a fault is one line naming the finding."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ValueError(f"{path.name}: cannot read ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path.name}: not valid TOML: {error}") from None
    findings = []
    for number, table in enumerate(data.get("finding", []), start=1):
        employee, records = table.get("employee"), table.get("records")
        if not isinstance(employee, str) or not isinstance(records, list) or not records:
            raise ValueError(
                f'{path.name}: finding {number}: give employee = "NNNNNNN" and records = [n, ...]'
            )
        if not all(isinstance(n, int) for n in records):
            raise ValueError(f"{path.name}: finding {number}: records are numbers")
        findings.append(Finding(number, employee, frozenset(records)))
    return findings


def planted_violations(master_path: Path) -> list[Planted]:
    """The week's violations, by writing the same week again (it is deterministic per seed)."""
    with tempfile.TemporaryDirectory(prefix="idrs-unax-") as temporary:
        folder = Path(temporary)
        profiles = folder / "profiles.toml"
        profiles.write_text(derive_profiles(master_path, SEED, scrypt_n=2**4), encoding="utf-8")
        generate_keys(folder / "signing.pem", folder / "verifying.pem")
        key = load_signing_key(folder / "signing.pem")
        with (
            MasterFile(master_path) as master,
            AuditLog(folder / "audit.log", key, durable=False) as log,
        ):
            return generate_log(master, load_profiles(profiles), log, SEED)


def _covers(finding: Finding, violation: Planted) -> bool:
    return finding.employee == violation.employee and bool(finding.records & set(violation.records))


def found_outcome(findings: list[Finding], planted: list[Planted]) -> Outcome:
    title = "every unauthorized access is found"
    missed = [v for v in planted if not any(_covers(f, v) for f in findings)]
    if not missed:
        return Outcome(title, Status.PASS, f"all {len(planted)} found")
    details = [f"not found: one {v.kind} violation" for v in missed]
    return Outcome(title, Status.FAIL, f"{len(missed)} of {len(planted)} not found", details)


def innocent_outcome(findings: list[Finding], planted: list[Planted]) -> Outcome:
    title = "nobody doing their job is accused"
    wrong = [f for f in findings if not any(_covers(f, v) for v in planted)]
    if not findings:
        return Outcome(title, Status.FAIL, "no findings yet")
    if not wrong:
        return Outcome(title, Status.PASS, f"all {len(findings)} findings hold")
    details = [
        f"finding {f.number} (employee {f.employee}, records "
        f"{', '.join(str(n) for n in sorted(f.records))}): no violation in those records"
        for f in wrong
    ]
    return Outcome(title, Status.FAIL, f"{len(wrong)} finding(s) accuse legitimate work", details)


def write_leads(root: Path, path: Path) -> None:
    """The automatic review's leads (what ``idrs audit review`` lists), kept under runs/."""
    profiles = load_profiles(root / AUDIT_DIR / "audit.log.profiles.toml")
    with MasterFile(root / AUDIT_DIR / "MASTER") as master:
        leads = review(accesses(read_records(root / LOG)), profiles, master)
    lines = [
        f"{lead.kind:<17} employee {lead.employee} {lead.tin or '':<9} {lead.note}; records "
        + ", ".join(str(n) for n in lead.evidence)
        for lead in leads
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def solution_text(planted: list[Planted]) -> str:
    """The reference findings (tests/training/solutions/07-unax-review/findings.toml)."""
    blocks: list[Any] = []
    for violation in planted:
        records = ", ".join(str(n) for n in violation.records)
        blocks.append(
            f'[[finding]]\nemployee = "{violation.employee}"\nrecords = [{records}]\n'
            f'kind = "{violation.kind}"\n'
        )
    return "\n".join(blocks)
