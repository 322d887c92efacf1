"""Print the conformance figures: GnuCOBOL's run tests, through cobc and through the legacy engine.

    tests/conformance/fetch_testsuite.sh             # once: the .at files of the installed cobc
    .venv/bin/python tests/conformance/report.py      # the table and every failure with its reason
    .venv/bin/python tests/conformance/report.py --markdown   # the same, for docs/interpreter.md
    .venv/bin/python tests/conformance/report.py --update     # rewrite expected_failures.txt

cobc's results are cached by each case's content (and cobc's version) under the cache folder, so
only the first run compiles everything (in parallel, two at a time).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from atfile import Case, parse_at_file
from harness import (
    AT_FILES,
    Outcome,
    base_environment,
    cobc_version,
    find_testsuite,
    run_cases,
    run_with_cobc,
    run_with_legacy,
    which_cobc,
    write_expected_failures,
)


def cobc_outcomes(cases: list[Case], cobc: str, workers: int = 2) -> dict[str, Outcome]:
    env = base_environment(cobc)
    version = cobc_version(cobc)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        outcomes = pool.map(lambda case: run_with_cobc(case, env, version), cases)
        return {case.ident: outcome for case, outcome in zip(cases, outcomes, strict=True)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a markdown section")
    parser.add_argument("--update", action="store_true", help="rewrite expected_failures.txt")
    parser.add_argument("--only", help="only the cases whose name contains this text")
    parser.add_argument(
        "--at",
        help="replay this other .at file of the testsuite instead of the harness's five "
        "(an independent check, e.g. run_functions.at; never changes expected_failures.txt)",
    )
    args = parser.parse_args()
    suite = find_testsuite()
    cobc = which_cobc()
    if suite is None or cobc is None:
        print(
            "needs cobc and the testsuite (tests/conformance/fetch_testsuite.sh)", file=sys.stderr
        )
        return 2
    files = (args.at,) if args.at else AT_FILES
    if args.at:
        cases = [case for case in parse_at_file(suite / args.at) if case.runs_a_program()]
    else:
        cases = run_cases(suite)
    if args.only:
        cases = [case for case in cases if args.only.lower() in case.name.lower()]
    by_cobc = cobc_outcomes(cases, cobc)
    env = base_environment(cobc)
    by_legacy = {
        case.ident: run_with_legacy(case, env)
        for case in cases
        if by_cobc[case.ident].status == "pass"
    }
    counts: dict[str, Counter[str]] = {name: Counter() for name in files}
    failures: dict[str, str] = {}
    for case in cases:
        tally = counts[case.at_file]
        tally["run tests"] += 1
        tally[f"cobc {by_cobc[case.ident].status}"] += 1
        legacy = by_legacy.get(case.ident)
        if legacy is not None:
            tally[f"legacy {legacy.status}"] += 1
            if legacy.status == "fail":
                failures[case.ident] = legacy.reason
    print_table(counts, markdown=args.markdown)
    print()
    for ident, reason in sorted(failures.items(), key=lambda item: _order(item[0], files)):
        print(f"- `{ident}`: {reason}" if args.markdown else f"{ident}: {reason}")
    if args.update and not args.only and not args.at:
        write_expected_failures(failures)
    return 0


def _order(ident: str, files: tuple[str, ...]) -> tuple[int, int]:
    at_file, line, _ = ident.split(":", 2)
    return files.index(at_file), int(line)


def print_table(counts: dict[str, Counter[str]], markdown: bool) -> None:
    header = ["file", "run tests", "cobc passes", "cobc fails/skips", "legacy passes", "share"]
    rows = []
    total: Counter[str] = Counter()
    for name, tally in [*counts.items(), ("total", Counter())]:
        if name == "total":
            tally = total
        else:
            total.update(tally)
        passed = tally["cobc pass"]
        share = f"{100 * tally['legacy pass'] / passed:.1f}%" if passed else "-"
        others = tally["cobc fail"] + tally["cobc skip"]
        row = [name, tally["run tests"], passed, others, tally["legacy pass"], share]
        rows.append([str(cell) for cell in row])
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    sys.exit(main())
