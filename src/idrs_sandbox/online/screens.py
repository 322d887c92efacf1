"""The 24x80 screens, upper case, like the 3270 screens IDRS users know.

Line 1 is the command line as the terminal understood it (the TIN shown as the viewer may see
it), line 2 the title, lines 4-22 the body, line 24 the message. Every renderer takes what the
viewer may see (``View``) and never prints a full TIN or bank number to a viewer without the
right; ``tests/online/test_masking_property.py`` checks it on generated accounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from idrs_sandbox.online.masking import mask_free_text, mask_tin, show_number, show_tin
from idrs_sandbox.online.master import Account, Module
from idrs_sandbox.online.state import Adjustment

ROWS = 24
COLUMNS = 80
BODY_ROWS = 19
"""Lines 4-22."""

STATUS_NAMES = {
    0: "NONE",
    10: "BALANCE DUE",
    12: "SETTLED",
    21: "FIRST NOTICE",
    22: "TDA",
    54: "CP501",
    56: "CP503",
    58: "CP504",
}


@dataclass(frozen=True)
class View:
    """What the signed-on employee may see."""

    full_tin: bool
    bank_numbers: bool
    employee: str = ""
    terminal: str = ""
    date: str = ""

    def tin(self, tin: str) -> str:
        return show_tin(tin, self.full_tin)


@dataclass(frozen=True)
class Screen:
    lines: tuple[str, ...]

    def text(self) -> str:
        return "\n".join(self.lines)


def _fit(text: str) -> str:
    return text.upper()[:COLUMNS].ljust(COLUMNS)


def screen(command: str, title: str, body: Sequence[str], message: str, view: View) -> Screen:
    """Frame a body: the command line, the title with who and where, the message line."""
    right = f"EMP {view.employee or '-------'} TERM {view.terminal} {view.date}".strip()
    lines = [_fit(command), _fit(f"{title:<{COLUMNS - len(right) - 1}} {right}"), _fit("")]
    rows = list(body)[:BODY_ROWS]
    if len(body) > BODY_ROWS:
        rows[-1] = f"  ... {len(body) - BODY_ROWS + 1} MORE LINES NOT SHOWN"
    lines += [_fit(row) for row in rows]
    lines += [_fit("")] * (ROWS - 2 - len(lines))
    lines += [_fit(""), _fit(message)]
    return Screen(tuple(lines))


def money(value: Decimal) -> str:
    sign = "-" if value < 0 else " "
    return f"{abs(value):,.2f}{sign}"


def _date8(value: int) -> str:
    text = f"{value:08d}"
    return "--" if value == 0 else f"{text[:4]}-{text[4:6]}-{text[6:]}"


def _routing(rtn: str) -> str:
    """All zeros is no routing number (a paper-check account: RULEBOOK §2, REFUND)."""
    return "" if set(rtn) <= {"0"} else rtn


def entity_body(account: Account, view: View, sensitive: bool) -> list[str]:
    rows = [
        f"TIN            {view.tin(account.tin)}",
        f"NAME CONTROL   {account.name_control}",
        f"NAME LINE      {account.name_line}",
        f"STREET         {account.street}",
        f"CITY ST ZIP    {account.city}, {account.state} {account.zip}",
        f"FILING STATUS  {account.filing_status}",
        f"BANK RTN       {show_number(_routing(account.bank_rtn), view.bank_numbers) or '--'}",
        f"BANK ACCOUNT   {show_number(account.bank_acct, view.bank_numbers) or '--'}",
        f"ESTABLISHED    {account.established_cycle:06d}   "
        f"LAST UPDATE {account.last_update_cycle:06d}",
        f"MODULES        {len(account.modules)}",
    ]
    if sensitive:
        rows += ["", "*** SENSITIVE ACCOUNT: ACCESS RESTRICTED AND REVIEWED ***"]
    return rows


def summary_body(account: Account, view: View) -> list[str]:
    rows = [
        f"TIN {view.tin(account.tin)}   {account.name_line}",
        "",
        "PERIOD  STATUS            BALANCE  FRZ  NOTICE  NOTICE CYC  RETURN DATE",
    ]
    for module in account.modules:
        rows.append(
            f"{module.period}  {module.status:02d} {STATUS_NAMES.get(module.status, ''):<12}"
            f"{money(module.balance):>15}  {module.freezes or '-':<3}  "
            f"{module.last_notice or '-':<6}  {module.notice_cycle:06d}      "
            f"{_date8(module.return_date)}"
        )
    if not account.modules:
        rows.append("NO TAX MODULES ON FILE")
    return rows


def module_body(account: Account, module: Module, view: View) -> list[str]:
    return [
        f"TIN {view.tin(account.tin)}   {account.name_line}   PERIOD {module.period}",
        "",
        f"STATUS         {module.status:02d} {STATUS_NAMES.get(module.status, '')}"
        f"   SINCE CYCLE {module.status_cycle:06d}",
        f"FREEZES        {module.freezes or 'NONE'}",
        f"RETURN DATE    {_date8(module.return_date)}",
        f"TAX ASSESSED   {money(module.assessed):>16}",
        f"CREDITS        {money(module.credits):>16}",
        f"FTF PENALTY    {money(module.ftf_penalty):>16}",
        f"FTP PENALTY    {money(module.ftp_penalty):>16}",
        f"INTEREST       {money(module.interest):>16}   THROUGH {_date8(module.interest_date)}",
        f"BALANCE        {money(module.balance):>16}",
        f"LAST NOTICE    {module.last_notice or 'NONE'}   CYCLE {module.notice_cycle:06d}",
        f"LAST TC        {module.last_tc:03d}   LAST ACTIVITY {module.last_activity} (YYMMDD)",
    ]


def names_body(found: Sequence[Account], query: str) -> list[str]:
    """A name search always shows masked TINs, whatever the role (docs/idrs.md)."""
    rows = [f"NAME SEARCH: {query}   {len(found)} FOUND (TINS MASKED)", ""]
    rows.append("TIN           NAME LINE                            CITY                 ST")
    for account in found:
        rows.append(
            f"{mask_tin(account.tin)}   {account.name_line:<35}  {account.city:<20} {account.state}"
        )
    return rows


def notes_body(account: Account, view: View, notes: Sequence[dict[str, Any]]) -> list[str]:
    rows = [f"TIN {view.tin(account.tin)}   {account.name_line}", "", "CASE HISTORY"]
    for note in notes:
        text = str(note.get("text", ""))
        shown = text if view.full_tin and view.bank_numbers else mask_free_text(text)
        rows.append(f"{str(note.get('time', ''))[:10]} {note.get('employee', '')}  {shown}")
    if not notes:
        rows.append("NO HISTORY NOTES")
    return rows


def adjustment_form(account: Account, module: Module, view: View, threshold: Decimal) -> list[str]:
    return [
        *module_body(account, module, view)[:11],
        "",
        "ADJ54 INPUT:  ADJ54 TIN PERIOD TC AMOUNT",
        "  TC 290 ADDITIONAL TAX ASSESSED    TC 291 ABATEMENT (AT MOST THE TAX ASSESSED)",
        f"  ABOVE {money(threshold).strip()} A SECOND EMPLOYEE MUST APPROVE (APR54 ID)",
    ]


def adjustment_body(adjustment: Adjustment, view: View) -> list[str]:
    return [
        f"ADJUSTMENT     {adjustment.id}",
        f"TIN            {view.tin(adjustment.tin)}   PERIOD {adjustment.period}",
        f"TC             {adjustment.tc}   AMOUNT {money(adjustment.amount).strip()}",
        f"CARD SEQ       {adjustment.seq:06d}   DATE {adjustment.trans_date} (YYMMDD)",
        f"REQUESTED BY   {adjustment.requested_by}",
        f"APPROVED BY    {adjustment.approved_by or '-'}",
        f"STATUS         {adjustment.status}",
    ]


def message_body(lines: Sequence[str]) -> list[str]:
    return list(lines)
