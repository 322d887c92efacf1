"""Employee profiles (a TOML file kept by the unit security representative).

The file names the roles (what each role may see), the employees (employee number, unit, role,
allowed command codes, assigned inventory, own TIN and household address, password as an scrypt
hash), the sensitive accounts and the adjustment approval threshold. See docs/idrs.md for the
format; ``online/sample_profiles.toml`` is the sample the demo uses.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.online.masking import parse_tin
from idrs_sandbox.online.master import household_key, surname_of

COMMAND_CODES: tuple[str, ...] = (
    "SINON",
    "SINOF",
    "ENMOD",
    "SUMRY",
    "TXMOD",
    "NAMES",
    "ACTON",
    "REQ54",
    "ADJ54",
    "APR54",
    "UNLCK",
)
"""Every command code the terminal knows, in the order of docs/idrs.md."""

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SAMPLE_PROFILES = Path(__file__).resolve().parent / "sample_profiles.toml"


class ProfileError(IdrsError):
    """A profiles file that cannot be used."""


@dataclass(frozen=True)
class Role:
    """What a role may see and where it may look."""

    name: str
    full_tin: bool = False
    bank_numbers: bool = False
    inventory_only: bool = True
    sensitive_accounts: bool = False


@dataclass(frozen=True)
class Inventory:
    """Assigned work: TINs and inclusive TIN ranges."""

    ranges: tuple[tuple[str, str], ...]

    def __contains__(self, tin: object) -> bool:
        return isinstance(tin, str) and any(low <= tin <= high for low, high in self.ranges)


@dataclass(frozen=True)
class Profile:
    employee: str
    name_line: str
    unit: str
    role: Role
    commands: frozenset[str]
    inventory: Inventory
    own_tin: str | None
    household: str
    password_hash: str

    @property
    def surname(self) -> str:
        return surname_of(self.name_line)

    def may(self, command_code: str) -> bool:
        return command_code in self.commands


@dataclass(frozen=True)
class Profiles:
    path: Path
    roles: Mapping[str, Role]
    employees: Mapping[str, Profile]
    sensitive: frozenset[str]
    approval_threshold: Decimal

    def get(self, employee: str) -> Profile | None:
        return self.employees.get(employee)


# passwords ------------------------------------------------------------------------------------


def hash_password(
    password: str, *, salt: bytes | None = None, n: int = SCRYPT_N, r: int = SCRYPT_R
) -> str:
    """``scrypt$N$r$p$salt$key`` (salt and key in base64)."""
    salt = os.urandom(16) if salt is None else salt
    key = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=SCRYPT_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${n}${r}${SCRYPT_P}${encode(salt).decode()}${encode(key).decode()}"


def check_password(password: str, stored: str) -> bool:
    """True when ``password`` matches the stored scrypt hash (compared in constant time)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# loading --------------------------------------------------------------------------------------


def load_profiles(path: Path) -> Profiles:
    """Read and check a profiles file; every fault is one ``ProfileError`` line naming it."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ProfileError(f"{path}: cannot read the profiles ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{path}: not valid TOML: {error}") from None
    where = str(path)
    roles = {
        name: _role(where, name, table) for name, table in _table(where, data, "roles").items()
    }
    employees: dict[str, Profile] = {}
    employees_list = data.get("employee", [])
    if not isinstance(employees_list, list):
        raise ProfileError(f"{where}: employee must be an array of tables ([[employee]])")
    for number, table in enumerate(employees_list, start=1):
        if not isinstance(table, dict):
            raise ProfileError(f"{where}: employee {number} is not a table")
        profile = _profile(f"{where}: employee {number}", table, roles)
        if profile.employee in employees:
            raise ProfileError(f"{where}: employee {number}: {profile.employee} is listed twice")
        employees[profile.employee] = profile
    sensitive = _table(where, data, "sensitive").get("tins", [])
    if not isinstance(sensitive, list):
        raise ProfileError(f"{where}: [sensitive] tins must be a list of TINs")
    adjustments = _table(where, data, "adjustments")
    return Profiles(
        path=Path(path),
        roles=roles,
        employees=employees,
        sensitive=frozenset(_tin(f"{where}: [sensitive] tins", t) for t in sensitive),
        approval_threshold=_money(where, adjustments.get("approval_threshold", "1000.00")),
    )


def _table(where: str, data: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ProfileError(f"{where}: [{key}] must be a table")
    return value


def _role(where: str, name: str, table: Mapping[str, Any]) -> Role:
    known = {"full_tin", "bank_numbers", "inventory_only", "sensitive_accounts"}
    unknown = set(table) - known
    if unknown:
        raise ProfileError(f"{where}: [roles.{name}]: unknown key(s) {', '.join(sorted(unknown))}")
    flags = {key: table[key] for key in known if key in table}
    for key, value in flags.items():
        if not isinstance(value, bool):
            raise ProfileError(f"{where}: [roles.{name}] {key} must be true or false")
    return Role(name, **flags)


def _profile(where: str, table: Mapping[str, Any], roles: Mapping[str, Role]) -> Profile:
    def text(key: str, default: str | None = None) -> str:
        value = table.get(key, default)
        if not isinstance(value, str):
            raise ProfileError(f"{where}: {key} must be a string")
        return value

    employee = text("number")
    where = f"{where} ({employee})"
    if not (employee.isdigit() and len(employee) == 7):
        raise ProfileError(f"{where}: number must be 7 digits")
    role = roles.get(text("role"))
    if role is None:
        raise ProfileError(f"{where}: unknown role {table.get('role')!r}")
    commands = table.get("commands", [])
    if not isinstance(commands, list):
        raise ProfileError(f"{where}: commands must be a list of command codes")
    unknown = [str(code) for code in commands if code not in COMMAND_CODES]
    if unknown:
        raise ProfileError(f"{where}: unknown command code(s) {', '.join(unknown)}")
    household = table.get("household", {})
    if not isinstance(household, dict) or not all(
        isinstance(value, str) for value in household.values()
    ):
        raise ProfileError(
            f"{where}: household must be {{ street = ..., city = ..., state = ... }}"
        )
    inventory = table.get("inventory", [])
    if not isinstance(inventory, list):
        raise ProfileError(f"{where}: inventory must be a list of TINs and LOW..HIGH ranges")
    own = table.get("own_tin")
    return Profile(
        employee=employee,
        name_line=text("name"),
        unit=text("unit"),
        role=role,
        commands=frozenset(commands),
        inventory=Inventory(tuple(_range(where, item) for item in inventory)),
        own_tin=None if own is None else _tin(f"{where}: own_tin", own),
        household=household_key(
            household.get("street", ""), household.get("city", ""), household.get("state", "")
        ),
        password_hash=text("password"),
    )


def _range(where: str, item: object) -> tuple[str, str]:
    if not isinstance(item, str):
        raise ProfileError(f"{where}: inventory entries are strings (TIN or LOW-HIGH)")
    low, _, high = item.partition("..")
    return _tin(f"{where}: inventory", low), _tin(f"{where}: inventory", high or low)


def _tin(where: str, text: object) -> str:
    tin = parse_tin(text) if isinstance(text, str) else None
    if tin is None:
        raise ProfileError(f"{where}: {text!r} is not a TIN (nine digits)")
    return tin


def _money(where: str, text: object) -> Decimal:
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        raise ProfileError(f"{where}: approval_threshold {text!r} is not an amount") from None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise ProfileError(f"{where}: approval_threshold {text!r} is not an amount in cents")
    return value
