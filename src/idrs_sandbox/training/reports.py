"""The control report's line layout (POSTING.cbl RL-DETAIL-LINE, RL-COUNT-LINE, RL-HEADER and
8900-PRINT-LINE; posting-notes "REPORT layout"), for exercises that add a row or rebuild it."""

from __future__ import annotations

from decimal import Decimal

LINES_PER_PAGE = 55
"""A page holds 55 lines, its two-line header included (RULEBOOK §8)."""
HEADER_START = "POSTING   IDRS-LITE WEEKLY POSTING RUN"
PAGE_DIGITS = 4
"""The header ends with the page number edited ZZZ9."""


def edit_count(count: int) -> str:
    """``Z,ZZZ,ZZZ,ZZ9``."""
    return f"{count:>13,}"


def edit_amount(amount: Decimal) -> str:
    """``$$$,$$$,$$$,$$$,$$9.99-``: a floating dollar sign, a trailing minus (GNUCOBOL-NOTES)."""
    cents = int(abs(amount) * 100)
    text = f"${cents // 100:,}.{cents % 100:02d}"
    return f"{text:>22}{'-' if amount < 0 else ' '}"


def count_line(code: str, description: str, count: int) -> str:
    """RL-COUNT-LINE: 2 spaces, code X(6), 2 spaces, description X(33), the count."""
    return f"  {code:<6.6}  {description:<33.33}{edit_count(count)}"


def detail_line(code: str, description: str, count: int, amount: Decimal) -> str:
    """RL-DETAIL-LINE: a count line, 3 spaces and the amount; printed without trailing spaces."""
    return f"{count_line(code, description, count)}   {edit_amount(amount)}".rstrip()


def is_header(line: str) -> bool:
    return line.startswith(HEADER_START)


def body_lines(report: str) -> tuple[str, list[str]]:
    """The first page header and the body of a report (headers and their blank line removed)."""
    lines = report.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = next((line for line in lines if is_header(line)), "")
    body: list[str] = []
    skip_blank = False
    for line in lines:
        if is_header(line):
            skip_blank = True
            continue
        if skip_blank and line == "":
            skip_blank = False
            continue
        skip_blank = False
        body.append(line)
    return header, body


def paginate(header: str, body: list[str]) -> str:
    """The report as POSTING prints it: a header and a blank line open every page of 55 lines."""
    lines: list[str] = []
    on_page = LINES_PER_PAGE
    page = 0
    for line in body:
        if on_page >= LINES_PER_PAGE:
            page += 1
            lines.extend((f"{header[:-PAGE_DIGITS]}{page:>{PAGE_DIGITS}}", ""))
            on_page = 2
        lines.append(line)
        on_page += 1
    return "".join(f"{line}\n" for line in lines)


def with_row_after(report: bytes, after: str, row: str) -> bytes:
    """``report`` with ``row`` printed after the body line starting ``after``, pages redone.
    A report without such a line (an abend's) is returned as it is."""
    text = report.decode("latin-1")
    header, body = body_lines(text)
    for index, line in enumerate(body):
        if line.startswith(after):
            body.insert(index + 1, row)
            return paginate(header, body).encode("latin-1")
    return report
