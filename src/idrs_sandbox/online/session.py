"""One terminal session: a request line in, a screen out, the request audited in between.

``Terminal.request(line)`` decides first (signed on? command code in the profile? TIN in the
assigned inventory? sensitive account?) without showing anything, writes the audit record (fsynced:
``AuditLog.append``), then carries out what was granted (a note, an adjustment) and renders the
screen. A denied or failed request is audited the same way, with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from idrs_sandbox.online.audit import AuditLog, now_utc, timestamp
from idrs_sandbox.online.masking import mask_free_text, mask_tin, parse_tin
from idrs_sandbox.online.master import Account, MasterFile, surname_of
from idrs_sandbox.online.profiles import COMMAND_CODES, Profile, Profiles, check_password
from idrs_sandbox.online.screens import (
    Screen,
    View,
    adjustment_body,
    adjustment_form,
    entity_body,
    module_body,
    names_body,
    notes_body,
    screen,
    summary_body,
)
from idrs_sandbox.online.state import LOCK_AFTER, OnlineState

GRANTED, DENIED, FAILED = "GRANTED", "DENIED", "FAILED"
ACCOUNT_CODES = frozenset({"ENMOD", "SUMRY", "TXMOD", "ACTON", "REQ54", "ADJ54"})
MAX_NAMES = 15
TITLES = {
    "SINON": "SIGN ON",
    "SINOF": "SIGN OFF",
    "ENMOD": "ENTITY MODULE",
    "SUMRY": "ACCOUNT SUMMARY",
    "TXMOD": "TAX MODULE",
    "NAMES": "NAME SEARCH",
    "ACTON": "CASE HISTORY",
    "REQ54": "ADJUSTMENT REQUEST",
    "ADJ54": "ADJUSTMENT INPUT",
    "APR54": "ADJUSTMENT APPROVAL",
    "UNLCK": "PROFILE UNLOCK",
}


@dataclass
class Decision:
    """What a request comes to, before anything is shown."""

    outcome: str
    reason: str = ""
    tin: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    act: Callable[[int], list[str]] | None = None
    """Runs after the audit record is on disk (given its number): does the work, gives the body."""
    message: str = ""


class Terminal:
    """One terminal (its id) over a master, a profiles file, an audit log and a state folder."""

    def __init__(
        self,
        master: MasterFile,
        profiles: Profiles,
        audit: AuditLog,
        state: OnlineState,
        terminal_id: str = "T01",
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        self.master = master
        self.profiles = profiles
        self.audit = audit
        self.state = state
        self.terminal_id = terminal_id.upper()
        self.clock = clock
        self.profile: Profile | None = None

    # the request cycle ------------------------------------------------------------------------

    def request(self, line: str) -> Screen:
        words = line.strip().split()
        code = words[0].upper() if words else ""
        arguments = words[1:]
        moment = self.clock()
        claimed = arguments[0] if code == "SINON" and arguments else None
        decision = self._decide(code, arguments)
        employee = self.profile.employee if self.profile else (claimed or "")
        number = self.audit.append(
            {
                "employee": employee,
                "terminal": self.terminal_id,
                "cc": code or "-",
                "tin": decision.tin or "",
                "outcome": decision.outcome,
                "reason": decision.reason,
                "detail": decision.detail,
            },
            moment,
        )
        body = decision.act(number) if decision.act is not None else [decision.reason]
        view = self._view(moment)
        message = decision.message or (
            f"{decision.outcome}: {decision.reason}" if decision.reason else decision.outcome
        )
        return screen(
            self._echo(code, arguments),
            TITLES.get(code, "IDRS-LITE"),
            body,
            f"{message}   AUDIT {number}",
            view,
        )

    def _view(self, moment: datetime) -> View:
        role = self.profile.role if self.profile else None
        return View(
            full_tin=bool(role and role.full_tin),
            bank_numbers=bool(role and role.bank_numbers),
            employee=self.profile.employee if self.profile else "",
            terminal=self.terminal_id,
            date=moment.strftime("%Y-%m-%d"),
        )

    def _echo(self, code: str, arguments: list[str]) -> str:
        """The command line as understood: no password, a TIN as the viewer may see it."""
        if code == "SINON":
            return f"SINON {arguments[0] if arguments else ''} ********"
        role = self.profile.role if self.profile else None
        full = bool(role and role.full_tin)
        shown = []
        for word in arguments:
            tin = parse_tin(word)
            if tin is not None:
                shown.append(word if full else mask_tin(tin))
            else:
                shown.append(word if full and role and role.bank_numbers else mask_free_text(word))
        return " ".join([code, *shown])

    def _decide(self, code: str, arguments: list[str]) -> Decision:
        if code not in COMMAND_CODES:
            return Decision(FAILED, "UNKNOWN COMMAND CODE")
        if code == "SINON":
            return self._sign_on(arguments)
        if self.profile is None:
            return Decision(DENIED, "NOT SIGNED ON")
        tin = parse_tin(arguments[0]) if code in ACCOUNT_CODES and arguments else None
        if not self.profile.may(code):
            return Decision(DENIED, "COMMAND CODE NOT IN PROFILE", tin)
        handler: Callable[[list[str]], Decision] = getattr(self, f"_cc_{code.lower()}")
        if code in ACCOUNT_CODES:
            refused = self._account_access(arguments)
            if refused is not None:
                return refused
        return handler(arguments)

    def _account_access(self, arguments: list[str]) -> Decision | None:
        """The checks every account-level command code makes, in this order."""
        assert self.profile is not None
        tin = parse_tin(arguments[0]) if arguments else None
        if tin is None:
            return Decision(FAILED, "INVALID INPUT: A TIN (NINE DIGITS) IS REQUIRED")
        role = self.profile.role
        if role.inventory_only and tin not in self.profile.inventory:
            return Decision(DENIED, "TIN NOT IN ASSIGNED INVENTORY", tin)
        if tin in self.profiles.sensitive and not role.sensitive_accounts:
            return Decision(DENIED, "SENSITIVE ACCOUNT: ACCESS RESTRICTED", tin)
        if tin not in self.master:
            return Decision(FAILED, "TIN NOT ON FILE", tin)
        return None

    def _account(self, arguments: list[str]) -> Account:
        tin = parse_tin(arguments[0])
        assert tin is not None
        account = self.master.get(tin)
        assert account is not None
        return account

    def view(self) -> View:
        return self._view(self.clock())

    # sign on and off --------------------------------------------------------------------------

    def _sign_on(self, arguments: list[str]) -> Decision:
        if self.profile is not None:
            return Decision(DENIED, "ALREADY SIGNED ON: SINOF FIRST")
        if len(arguments) != 2:
            return Decision(FAILED, "INVALID INPUT: SINON EMPLOYEE PASSWORD")
        employee, password = arguments
        profile = self.profiles.get(employee)
        if profile is None:
            return Decision(
                FAILED, "UNKNOWN EMPLOYEE", message="FAILED: INVALID EMPLOYEE OR PASSWORD"
            )
        if self.state.locked(employee):
            return Decision(DENIED, "PROFILE LOCKED")
        if not check_password(password, profile.password_hash):
            return Decision(FAILED, "INVALID PASSWORD", act=lambda n: self._failed(employee))
        return Decision(GRANTED, act=lambda n: self._signed_on(profile))

    def _failed(self, employee: str) -> list[str]:
        failures = self.state.failed_sign_on(employee)
        if failures < LOCK_AFTER:
            return [f"INVALID EMPLOYEE OR PASSWORD ({failures} OF {LOCK_AFTER})"]
        # The lock is audited as its own record, after the failure that caused it.
        self.audit.append(
            {
                "employee": employee,
                "terminal": self.terminal_id,
                "cc": "LOCK",
                "tin": "",
                "outcome": "LOCKED",
                "reason": f"{failures} FAILED SIGN-ONS IN A ROW",
                "detail": {},
            },
            self.clock(),
        )
        return [f"INVALID EMPLOYEE OR PASSWORD ({failures} OF {LOCK_AFTER})", "PROFILE LOCKED"]

    def _signed_on(self, profile: Profile) -> list[str]:
        self.state.signed_on(profile.employee)
        self.profile = profile
        return [
            f"EMPLOYEE       {profile.employee}",
            f"UNIT           {profile.unit}",
            f"ROLE           {profile.role.name}",
            f"COMMAND CODES  {' '.join(c for c in COMMAND_CODES if c in profile.commands)}",
            "",
            "ACCESS IS FOR TAX ADMINISTRATION ONLY, TO ACCOUNTS YOUR WORK NEEDS.",
            "EVERY REQUEST IS RECORDED. UNAUTHORIZED INSPECTION (UNAX) IS A CRIME",
            "(IRC 7213A) AND ENTITLES THE TAXPAYER TO DAMAGES (IRC 7431).",
        ]

    def _cc_sinof(self, arguments: list[str]) -> Decision:
        def act(number: int) -> list[str]:
            self.profile = None
            self.audit.checkpoint(self.clock())
            return ["SIGNED OFF"]

        return Decision(GRANTED, act=act)

    # looking --------------------------------------------------------------------------------

    def _cc_enmod(self, arguments: list[str]) -> Decision:
        account = self._account(arguments)
        sensitive = account.tin in self.profiles.sensitive
        return Decision(
            GRANTED, tin=account.tin, act=lambda n: entity_body(account, self.view(), sensitive)
        )

    def _cc_sumry(self, arguments: list[str]) -> Decision:
        account = self._account(arguments)
        return Decision(GRANTED, tin=account.tin, act=lambda n: summary_body(account, self.view()))

    def _cc_txmod(self, arguments: list[str]) -> Decision:
        account = self._account(arguments)
        period = arguments[1] if len(arguments) > 1 else None
        module = account.module(period) if period else (account.modules or (None,))[-1]
        if module is None:
            return Decision(FAILED, "NO SUCH TAX MODULE", account.tin, {"period": period or ""})
        detail = {"period": module.period}
        return Decision(
            GRANTED, tin=account.tin, detail=detail,
            act=lambda n: module_body(account, module, self.view()),
        )  # fmt: skip

    def _cc_names(self, arguments: list[str]) -> Decision:
        if not arguments:
            return Decision(FAILED, "INVALID INPUT: NAMES SURNAME [STATE]")
        surname = arguments[0].upper()  # a prefix of the surname, blanks left out (DELAROSA)
        state = arguments[1].upper() if len(arguments) > 1 else None
        detail = {"surname": surname, "state": state or ""}

        def act(number: int) -> list[str]:
            found = [
                account
                for account in self.master.accounts()
                if surname_of(account.name_line).startswith(surname)
                and (state is None or account.state == state)
            ]
            return names_body(found[:MAX_NAMES], " ".join(arguments[:2]).upper())

        return Decision(GRANTED, detail=detail, act=act)

    def _cc_acton(self, arguments: list[str]) -> Decision:
        account = self._account(arguments)
        text = " ".join(arguments[1:]).upper()
        assert self.profile is not None
        employee = self.profile.employee

        def act(number: int) -> list[str]:
            if text:
                self.state.add_note(account.tin, employee, timestamp(self.clock()), text)
            return notes_body(account, self.view(), self.state.notes(account.tin))

        detail = {"note": "ADDED" if text else "READ"}
        return Decision(GRANTED, tin=account.tin, detail=detail, act=act)

    # adjusting --------------------------------------------------------------------------------

    def _cc_req54(self, arguments: list[str]) -> Decision:
        account = self._account(arguments)
        module = account.module(arguments[1]) if len(arguments) > 1 else None
        if module is None or not module.return_posted:
            return Decision(FAILED, "NO MODULE OR NO RETURN POSTED FOR THAT PERIOD", account.tin)
        threshold = self.profiles.approval_threshold
        return Decision(
            GRANTED, tin=account.tin, detail={"period": module.period},
            act=lambda n: adjustment_form(account, module, self.view(), threshold),
        )  # fmt: skip

    def _cc_adj54(self, arguments: list[str]) -> Decision:
        account = self._account(arguments)
        if len(arguments) != 4:
            return Decision(FAILED, "INVALID INPUT: ADJ54 TIN PERIOD TC AMOUNT", account.tin)
        _tin, period, tc_text, amount_text = arguments
        module = account.module(period)
        if module is None or not module.return_posted:
            return Decision(FAILED, "NO MODULE OR NO RETURN POSTED FOR THAT PERIOD", account.tin)
        amount = _amount(amount_text)
        if tc_text not in ("290", "291"):
            return Decision(FAILED, "INVALID INPUT: TC MUST BE 290 OR 291", account.tin)
        if amount is None or amount <= 0 or amount >= Decimal("1000000000"):
            return Decision(FAILED, "INVALID INPUT: AMOUNT 0.01 TO 999,999,999.99", account.tin)
        if tc_text == "291" and amount > module.assessed:
            return Decision(FAILED, "ABATEMENT EXCEEDS ASSESSMENT", account.tin)
        needs = amount > self.profiles.approval_threshold
        assert self.profile is not None
        values = {
            "tin": account.tin,
            "period": period,
            "tc": int(tc_text),
            "amount": amount,
            "name_control": account.name_control,
            "trans_date": self.clock().strftime("%y%m%d"),
            "employee": self.profile.employee,
            "needs_approval": needs,
        }
        detail = {"period": period, "tc": tc_text, "amount": str(amount), "approval": needs}

        def act(number: int) -> list[str]:
            adjustment = self.state.request_adjustment(values)
            return adjustment_body(adjustment, self.view())

        message = "ADJUSTMENT PENDING SECOND APPROVAL" if needs else "ADJUSTMENT RELEASED"
        return Decision(GRANTED, tin=account.tin, detail=detail, act=act, message=message)

    def _cc_apr54(self, arguments: list[str]) -> Decision:
        assert self.profile is not None
        ident = arguments[0].upper() if arguments else ""
        adjustment = self.state.adjustments().get(ident)
        if adjustment is None:
            return Decision(FAILED, "NO SUCH ADJUSTMENT", detail={"id": ident})
        detail = {"id": ident}
        if adjustment.requested_by == self.profile.employee:
            return Decision(DENIED, "SECOND EMPLOYEE REQUIRED", adjustment.tin, detail)
        if adjustment.status != "PENDING APPROVAL":
            return Decision(FAILED, f"ADJUSTMENT IS {adjustment.status}", adjustment.tin, detail)
        employee = self.profile.employee

        def act(number: int) -> list[str]:
            self.state.approve_adjustment(ident, employee, timestamp(self.clock()))
            return adjustment_body(self.state.adjustments()[ident], self.view())

        return Decision(GRANTED, tin=adjustment.tin, detail=detail, act=act,
                        message="ADJUSTMENT APPROVED AND RELEASED")  # fmt: skip

    def _cc_unlck(self, arguments: list[str]) -> Decision:
        employee = arguments[0] if arguments else ""
        if self.profiles.get(employee) is None:
            return Decision(FAILED, "UNKNOWN EMPLOYEE", detail={"employee": employee})

        def act(number: int) -> list[str]:
            done = self.state.unlock(employee)
            return [f"PROFILE {employee} {'UNLOCKED' if done else 'WAS NOT LOCKED'}"]

        return Decision(GRANTED, detail={"employee": employee}, act=act)


def _amount(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        return None
    return value
