"""``idrs generate``: a synthetic run folder (CONTROL, MASTIN, TRANSIN) from a seed."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

import click

from idrs_sandbox.cli.console import progress_bar
from idrs_sandbox.datagen.generator import (
    DEFAULT_ACCOUNTS,
    DEFAULT_CYCLE,
    DEFAULT_INTEREST_RATE,
    DEFAULT_INVALID_SHARE,
    GenerationSummary,
    check_cycle,
    check_interest_rate,
    check_run_date,
    generate_run,
)
from idrs_sandbox.datagen.layout import TAXACCT_LENGTH
from idrs_sandbox.errors import UsageError


class DigitsType(click.ParamType):  # type: ignore[type-arg]
    """A fixed-width digit string option (YYYYCC, YYYYMMDD) checked by a datagen rule."""

    def __init__(self, name: str, check: Callable[[int], None]) -> None:
        self.name = name
        self.check = check

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int:
        if isinstance(value, int):
            return value
        text = str(value)
        if len(text) != len(self.name) or not text.isdigit():
            self.fail(f"{text!r} is not {len(self.name)} digits ({self.name})", param, ctx)
        try:
            self.check(int(text))
        except UsageError as error:
            self.fail(str(error), param, ctx)
        return int(text)


class RateType(click.ParamType):  # type: ignore[type-arg]
    name = "RATE"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> Decimal:
        if isinstance(value, Decimal):
            return value
        try:
            rate = Decimal(str(value))
            check_interest_rate(rate)
        except (InvalidOperation, UsageError):
            self.fail(f"{value!r}: use a rate 0.0000 to 9.9999 (PIC 9V9(4))", param, ctx)
        return rate


def describe(summary: GenerationSummary) -> str:
    options = summary.options
    return (
        f"wrote {summary.folder}: CONTROL (cycle {options.cycle}, run date {summary.run_date}, "
        f"rate {options.interest_rate}), MASTIN {summary.accounts:,} accounts, "
        f"TRANSIN {summary.transactions:,} cards ({summary.new_accounts:,} new accounts, "
        f"{summary.invalid:,} deliberately invalid) in {summary.seconds:.1f} s"
    ) + (
        f"\nthe folder's earlier CONTROL, MASTIN and TRANSIN were moved to {summary.prior}"
        if summary.prior is not None
        else ""
    )


def _check_out_dir(out_dir: Path) -> None:
    """--out must be a folder or a path where one can be made: say which part is in the way
    (``/dev/null``, a file, ``FILE/sub``) before anything is generated."""
    for part in (out_dir, *out_dir.parents):
        if part.exists() or part.is_symlink():
            if not part.is_dir():
                raise UsageError(f"--out {out_dir}: {part} exists and is not a folder")
            return


@click.command("generate")
@click.option("--accounts", type=click.IntRange(min=0), default=None,
              help="Master accounts in MASTIN.  [default: 1000; not with --master]")  # fmt: skip
@click.option("--transactions", type=click.IntRange(min=0), default=10000, show_default=True,
              help="Cards in TRANSIN.")  # fmt: skip
@click.option("--seed", type=int, default=0, show_default=True,
              help="Random seed: the same arguments give byte-identical files.")  # fmt: skip
@click.option("--cycle", type=DigitsType("YYYYCC", check_cycle), default=None,
              help=f"RUN-CYCLE YYYYCC (week 01-52).  [default: {DEFAULT_CYCLE}; with --master "
              "the week after the master's newest activity]")  # fmt: skip
@click.option("--run-date", type=DigitsType("YYYYMMDD", check_run_date), default=None,
              help="RUN-DATE YYYYMMDD  [default: the fifth day of the cycle's week]")  # fmt: skip
@click.option("--interest-rate", type=RateType(), default=str(DEFAULT_INTEREST_RATE),
              show_default=True, help="Annual INTEREST-RATE on the control card.")  # fmt: skip
@click.option("--invalid-share", type=click.FloatRange(0.0, 1.0), default=DEFAULT_INVALID_SHARE,
              show_default=True, help="Share of cards built to be unpostable.")  # fmt: skip
@click.option("--master", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Last week's MASTOUT: copied as MASTIN, the cards dealt against "
              "its accounts (see docs/datagen.md).")  # fmt: skip
@click.option("--out", "out_name", required=True, metavar="DIR",
              help="Run folder to write (created if needed; earlier CONTROL, MASTIN and TRANSIN "
              "there are moved, whole, into DIR/PRIOR.GnnnnV00, never deleted).")  # fmt: skip
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--audit-log", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a synthetic IDRS audit log over MASTIN, with planted UNAX "
              "violations (docs/idrs.md).")  # fmt: skip
def generate_command(
    accounts: int | None,
    transactions: int,
    seed: int,
    cycle: int | None,
    run_date: int | None,
    interest_rate: Decimal,
    invalid_share: float,
    master: Path | None,
    out_name: str,
    quiet: bool,
    audit_log: Path | None,
) -> None:
    """Write a synthetic run folder: CONTROL, MASTIN and TRANSIN (see docs/datagen.md).

    TINs are only in areas 000 and 666; the master is valid; the cards cover every TC, with
    a share of deliberately unpostable or invalid ones. With --master, MASTIN is last week's
    MASTOUT as it is and the cards are dealt against its accounts.
    """
    if master is not None and accounts is not None:
        raise click.UsageError(
            "--accounts cannot be used with --master: the accounts are the master's"
        )
    if master is None and accounts is None:
        accounts = DEFAULT_ACCOUNTS
    if not out_name.strip():
        raise UsageError("--out is an empty name: give the run folder to write")
    out_dir = Path(out_name)
    _check_out_dir(out_dir)
    with progress_bar("records", quiet=quiet) as progress:
        on_file = master.stat().st_size // TAXACCT_LENGTH if master is not None else 0
        task = progress.add_task("generating", total=(accounts or on_file) + transactions)
        summary = generate_run(
            out_dir,
            accounts or 0,
            transactions,
            seed,
            cycle,
            run_date=run_date,
            interest_rate=interest_rate,
            invalid_share=invalid_share,
            master=master,
            progress=lambda done: progress.update(task, completed=done),
        )
    click.echo(describe(summary))
    if audit_log is not None:  # engineer H (online/): one option, one call
        from idrs_sandbox.cli.audit import generate_audit_log

        click.echo(generate_audit_log(out_dir / "MASTIN", audit_log, seed))
