"""Exercise 07 has teeth: the review's leads taken as findings accuse innocent work; the reference
findings pass; an edited trail fails the first check."""

from __future__ import annotations

from pathlib import Path

import pytest

from idrs_sandbox.online.audit import read_records
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import load_profiles
from idrs_sandbox.online.review import accesses, review
from idrs_sandbox.training import course
from idrs_sandbox.training.checks import Status

SOLUTION = Path(__file__).parents[1] / "training" / "solutions" / "07-unax-review"


def _statuses(folder: Path) -> dict[str, Status]:
    report = course.check(course.Workspace(folder))
    return {outcome.title: outcome.status for outcome in report.outcomes}


@pytest.fixture
def work(tmp_path: Path) -> Path:
    return course.start("7", tmp_path / "work").workspace.root


def test_every_lead_taken_as_a_finding_accuses_innocent_work(work: Path) -> None:
    log = work / "audit" / "audit.log"
    profiles = load_profiles(work / "audit" / "audit.log.profiles.toml")
    with MasterFile(work / "audit" / "MASTER") as master:
        leads = review(accesses(read_records(log)), profiles, master)
    (work / "findings.toml").write_text(
        "".join(
            f'[[finding]]\nemployee = "{lead.employee}"\nrecords = {sorted(lead.evidence)}\n'
            for lead in leads
        )
    )
    statuses = _statuses(work)
    assert statuses["every unauthorized access is found"] is Status.PASS
    assert statuses["nobody doing their job is accused"] is Status.FAIL


def test_the_reference_findings_pass_and_edited_evidence_fails(work: Path) -> None:
    (work / "findings.toml").write_bytes((SOLUTION / "findings.toml").read_bytes())
    assert set(_statuses(work).values()) == {Status.PASS}
    log = work / "audit" / "audit.log"
    log.write_bytes(log.read_bytes().replace(b'"DENIED"', b'"GRANTD"', 1))
    assert _statuses(work)["the audit trail is intact"] is Status.FAIL
