"""Sample profiles derived from a master: the shipped ``sample_profiles.toml`` is this module's
output for the demo's seeded first week (``idrs demo``: ``generate_run(..., 2000, 10000, 1)``),
so its inventories, own TINs and households are TINs and addresses the demo's master holds.
Nothing in it is typed in by hand; ``tests/online/test_sample.py`` derives it again and compares.

    python -m idrs_sandbox.online.sample MASTER OUT.toml

The passwords are synthetic and printed in docs/idrs.md (``SAMPLE_PASSWORDS``).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

from idrs_sandbox.online.master import Account, MasterFile
from idrs_sandbox.online.profiles import hash_password

SAMPLE_SEED = 1
"""The demo's seed (``idrs demo --seed`` default)."""

ROLES = {
    "clerk": {"full_tin": False, "bank_numbers": False, "inventory_only": True},
    "examiner": {"full_tin": True, "bank_numbers": False, "inventory_only": False},
    "manager": {
        "full_tin": True,
        "bank_numbers": False,
        "inventory_only": False,
        "sensitive_accounts": True,
    },
    "refunds": {"full_tin": True, "bank_numbers": True, "inventory_only": True},
    "security": {"full_tin": False, "bank_numbers": False, "inventory_only": True},
    "executive": {"full_tin": False, "bank_numbers": False, "inventory_only": True},
}
"""Least privilege: only examiners, managers and refund staff see full TINs; only refund staff
see bank numbers; a security representative unlocks profiles and looks at no account; an
executive has no account access at all (commissioners traditionally have no IDRS access)."""

LOOK = ["SINON", "SINOF", "ENMOD", "SUMRY", "TXMOD", "NAMES", "ACTON"]


@dataclass(frozen=True)
class Employee:
    number: str
    unit: str
    role: str
    commands: tuple[str, ...]
    password: str
    share: int
    """Which eighth of the master is this employee's assigned inventory (-1: none)."""


EMPLOYEES = (
    Employee("1000001", "ACS-01", "clerk", tuple(LOOK), "CLERK-ONE-1", 0),
    Employee("1000002", "ACS-02", "clerk", tuple(LOOK), "CLERK-TWO-2", 1),
    Employee("2000001", "EXAM-11", "examiner", (*LOOK, "REQ54", "ADJ54"), "EXAM-ONE-1", 2),
    Employee("2000002", "EXAM-12", "examiner", (*LOOK, "REQ54", "ADJ54"), "EXAM-TWO-2", 3),
    Employee("3000001", "EXAM-10", "manager", (*LOOK, "REQ54", "ADJ54", "APR54"), "MGR-ONE-1", 4),
    Employee(
        "4000001", "REFUND-20", "refunds", ("SINON", "SINOF", "ENMOD", "SUMRY"), "REF-ONE-1", 5
    ),
    Employee("5000001", "SECURITY-90", "security", ("SINON", "SINOF", "UNLCK"), "USR-ONE-1", -1),
    Employee("6000001", "EXEC-00", "executive", ("SINON", "SINOF"), "EXEC-ONE-1", -1),
)
SAMPLE_PASSWORDS = {employee.number: employee.password for employee in EMPLOYEES}
SHARES = 8
SENSITIVE = 3
APPROVAL_THRESHOLD = "1000.00"


def derive_profiles(master: Path, seed: int = SAMPLE_SEED, *, scrypt_n: int = 2**14) -> str:
    """The TOML text of the sample profiles for ``master`` (deterministic but for the salts)."""
    rng = random.Random(seed)
    with MasterFile(master) as opened:
        accounts = list(opened.accounts())
    tins = [account.tin for account in accounts]
    if len(tins) < 4 * SHARES:
        raise ValueError(f"{master}: {len(tins)} accounts; the sample needs {4 * SHARES}")
    size = len(tins) // SHARES
    people = rng.sample(accounts, 2 * len(EMPLOYEES) + SENSITIVE)
    lines = [
        "# Sample IDRS-lite profiles: SYNTHETIC (TIN areas 000 and 666). Derived from the demo's",
        "# seeded master by idrs_sandbox.online.sample; passwords are in docs/idrs.md.",
        "",
        "[adjustments]",
        f'approval_threshold = "{APPROVAL_THRESHOLD}"',
        "",
        "[sensitive]",
        f"tins = [{', '.join(_q(a.tin) for a in people[-SENSITIVE:])}]",
        "",
    ]
    for role, flags in ROLES.items():
        lines.append(f"[roles.{role}]")
        lines += [f"{key} = {str(value).lower()}" for key, value in flags.items()]
        lines.append("")
    for index, employee in enumerate(EMPLOYEES):
        own, home = people[2 * index], people[2 * index + 1]
        share = tins[employee.share * size : (employee.share + 1) * size]
        lines += _employee(employee, own, home, share, scrypt_n)
    return "\n".join(lines)


def _employee(
    employee: Employee, own: Account, home: Account, share: list[str], scrypt_n: int
) -> list[str]:
    """The employee's own account is ``own`` (its name line is theirs); they live at ``home``'s
    address (a household member's account is on file)."""
    inventory = f'["{share[0]}..{share[-1]}"]' if share else "[]"
    return [
        "[[employee]]",
        f'number = "{employee.number}"',
        f"name = {_q(own.name_line)}",
        f'unit = "{employee.unit}"',
        f'role = "{employee.role}"',
        f"commands = [{', '.join(_q(c) for c in employee.commands)}]",
        f"inventory = {inventory}",
        f'own_tin = "{own.tin}"',
        f"household = {{ street = {_q(home.street)}, city = {_q(home.city)}, "
        f"state = {_q(home.state)} }}",
        f'password = "{hash_password(employee.password, n=scrypt_n)}"',
        "",
    ]


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m idrs_sandbox.online.sample MASTER OUT.toml", file=sys.stderr)
        return 2
    out = Path(argv[1])
    if out.exists():
        print(f"{out} exists: not replaced", file=sys.stderr)
        return 1
    out.write_text(derive_profiles(Path(argv[0])), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
