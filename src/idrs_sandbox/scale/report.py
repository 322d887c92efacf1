"""The merged REPORT: the partitions' control reports summed line by line and printed again.

The report's shape does not depend on the data (RULEBOOK §8, POSTING.cbl 8000-PRINT-REPORT: every
TC, UPC, notice and refund row is printed even when zero, so every partition's report has the same
lines, headers and pages). A row is ``RL-COUNT-LINE`` (2 spaces, code X(6), 2 spaces, description
X(33), count ``Z,ZZZ,ZZZ,ZZ9``) or ``RL-DETAIL-LINE`` (the same, 3 spaces, amount
``$$$,$$$,$$$,$$$,$$9.99-``); the merge adds the counts and amounts of each row over the
partitions and edits them again with the same pictures. ``CONTROL READ`` is the one card every
partition read: it is not added up. The verdict is recomputed from the merged balancing rows as
8700-PRINT-BALANCING does. No posting rule is involved: only the report's pictures.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from idrs_sandbox.errors import IdrsError

COUNT = slice(43, 56)
"""``Z,ZZZ,ZZZ,ZZ9`` after 2 + 6 + 2 + 33 columns (RL-COUNT-LINE)."""
AMOUNT = slice(59, 82)
"""``$$$,$$$,$$$,$$$,$$9.99-`` after the count and 3 spaces (RL-DETAIL-LINE)."""
DESCRIPTION = slice(10, 43)
TOTAL_LIMIT = Decimal("10000000000000")
"""Totals are S9(13)V99 (RULEBOOK §8)."""
NOT_ADDED = ("CONTROL  READ",)
VERDICTS = ("RUN BALANCED", "RUN OUT OF BALANCE")


class ReportMergeError(IdrsError):
    """The partitions' reports do not have the same shape (they always should)."""


def edit_count(value: int) -> str:
    return f"{value:>13,}"


def edit_amount(value: Decimal) -> str:
    magnitude = abs(value)
    whole = int(magnitude)
    cents = int((magnitude - whole) * 100)
    return f"{'$' + format(whole, ','):>19}.{cents:02d}{'-' if value < 0 else ' '}"


def read_count(text: str) -> int:
    return int(text.replace(",", "").strip() or "0")


def read_amount(text: str) -> Decimal:
    digits = text.replace("$", "").replace(",", "").strip()
    negative = digits.endswith("-")
    value = Decimal(digits.rstrip("-").strip() or "0")
    return -value if negative else value


def add_total(total: Decimal, amount: Decimal) -> Decimal:
    """``ADD`` into S9(13)V99 without ON SIZE ERROR: the high-order digits are lost (the same
    truncation the engines apply; a partition's own total has already been cut the same way)."""
    total += amount
    if -TOTAL_LIMIT < total < TOTAL_LIMIT:
        return total
    return (abs(total) % TOTAL_LIMIT).copy_sign(total)


def _is_row(line: str) -> bool:
    return line.startswith("  ") and len(line) >= COUNT.stop


def merge_reports(reports: list[Path]) -> str:
    """The report of the whole week, from the reports of its partitions (in any order)."""
    texts = [report.read_text("latin-1").split("\n") for report in reports]
    shape = len(texts[0])
    for report, lines in zip(reports, texts, strict=True):
        if len(lines) != shape:
            raise ReportMergeError(f"{report}: {len(lines)} lines, not {shape} like {reports[0]}")
    merged: list[str] = []
    balancing: dict[str, tuple[int, Decimal]] = {}
    for rows in zip(*texts, strict=True):
        line = rows[0]
        if not _is_row(line) or line[DESCRIPTION].strip() in NOT_ADDED:
            merged.append(line)
            continue
        count = sum(read_count(row[COUNT]) for row in rows)
        text = line[: COUNT.start] + edit_count(count)
        amount = Decimal(0)
        if len(line) > COUNT.stop:  # a detail line (its trailing blank sign is not written)
            for row in rows:
                amount = add_total(amount, read_amount(row[AMOUNT]))
            text += line[COUNT.stop : AMOUNT.start] + edit_amount(amount) + line[AMOUNT.stop :]
        balancing[line[DESCRIPTION].strip()] = (count, amount)
        merged.append(text.rstrip(" "))  # LINE SEQUENTIAL drops trailing spaces
    return "\n".join(_verdict(line, balancing) for line in merged)


def _verdict(line: str, balancing: dict[str, tuple[int, Decimal]]) -> str:
    if line.strip() not in VERDICTS:
        return line
    read = balancing.get("TRANSACTIONS READ", (0, Decimal(0)))
    posted = balancing.get("TRANSACTIONS POSTED", (0, Decimal(0)))
    unposted = balancing.get("TRANSACTIONS UNPOSTABLE", (0, Decimal(0)))
    balanced = read[0] == posted[0] + unposted[0] and read[1] == posted[1] + unposted[1]
    return line.replace(line.strip(), VERDICTS[0] if balanced else VERDICTS[1])
