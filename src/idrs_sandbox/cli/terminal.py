"""``idrs terminal``: the IDRS green screen (Textual), a script mode for automation, and the
merge of released adjustments into next week's TRANSIN. See docs/idrs.md."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

import click
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from idrs_sandbox.errors import UsageError
from idrs_sandbox.online import defaults
from idrs_sandbox.online.audit import (
    AuditLog,
    generate_keys,
    load_signing_key,
    now_utc,
    timestamp,
)
from idrs_sandbox.online.deck import merge_into_run
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import SAMPLE_PROFILES, load_profiles
from idrs_sandbox.online.session import Terminal
from idrs_sandbox.online.state import OnlineState

_FILE = click.Path(dir_okay=False, path_type=Path)
_DIR = click.Path(file_okay=False, path_type=Path)


@click.group("terminal", invoke_without_command=True)
@click.option("--master", type=_FILE, default=None,
              help="A MASTOUT of any engine.  [default: the newest week of demo-out/]")  # fmt: skip
@click.option("--profiles", type=_FILE, default=None,
              help="Profiles TOML.  [default: the sample profiles shipped with idrs]")  # fmt: skip
@click.option("--state", "state_dir", type=_DIR, default=None,
              help="Notes, adjustments and sign-on locks.  [default: demo-out/online]")  # fmt: skip
@click.option("--audit-log", type=_FILE, default=None,
              help="The audit log to append to.  [default: STATE/audit.log]")  # fmt: skip
@click.option("--signing-key", type=_FILE, default=None,
              help="Ed25519 key that signs checkpoints.  [default: demo-out/online-keys/"
              "audit-signing.pem, created with its verifying key when missing]")  # fmt: skip
@click.option("--terminal-id", default="T01", show_default=True, help="Written to every record.")
@click.option("--script", type=click.File("r", encoding="utf-8", errors="replace"), default=None,
              help="Run one request a line (blank lines and # comments skipped); screens to "
              "stdout.")  # fmt: skip
@click.pass_context
def terminal_group(
    ctx: click.Context,
    master: Path | None,
    profiles: Path | None,
    state_dir: Path | None,
    audit_log: Path | None,
    signing_key: Path | None,
    terminal_id: str,
    script: TextIO | None,
) -> None:
    """An IDRS terminal over a master file: sign on, look up accounts through command codes,
    every request audited first. Without --script, the interactive green screen."""
    ctx.ensure_object(dict)
    ctx.obj["state"] = state_dir or defaults.state_dir()
    if ctx.invoked_subcommand is not None:
        return
    with open_terminal(master, profiles, state_dir, audit_log, signing_key, terminal_id) as term:
        if script is not None:
            run_script(term, script)
        else:
            from idrs_sandbox.online.app import TerminalApp

            TerminalApp(term).run()


@contextlib.contextmanager
def open_terminal(
    master: Path | None,
    profiles: Path | None,
    state_dir: Path | None,
    audit_log: Path | None,
    signing_key: Path | None,
    terminal_id: str,
) -> Iterator[Terminal]:
    master_path = master or defaults.demo_master()
    if master_path is None:
        raise UsageError("no master: give --master FILE, or run 'make demo' first")
    loaded = load_profiles(profiles or SAMPLE_PROFILES)
    with MasterFile(master_path) as opened:
        # Nothing is created (state folder, keys, log) before the inputs have been checked.
        state = OnlineState(state_dir or defaults.state_dir())
        key = _signing_key(signing_key)
        with AuditLog(audit_log or state.folder / "audit.log", key) as log:
            yield Terminal(opened, loaded, log, state, terminal_id)


def _signing_key(path: Path | None) -> Ed25519PrivateKey:
    if path is not None:
        return load_signing_key(path)
    default = defaults.signing_key()
    if not default.exists():
        generate_keys(default, defaults.verifying_key())
        click.echo(
            f"created the audit keys {default} (signing) and {defaults.verifying_key()} "
            "(verifying: give it to 'idrs audit verify --key')",
            err=True,
        )
    return load_signing_key(default)


def run_script(term: Terminal, lines: Iterable[str]) -> None:
    first = True
    for line in lines:
        request = line.strip()
        if not request or request.startswith("#"):
            continue
        if not first:
            click.echo("")
        click.echo(term.request(request).text())
        first = False
    if term.profile is not None:
        click.echo("note: the script ended signed on (no SINOF)", err=True)
    sys.stdout.flush()


@terminal_group.command("merge")
@click.option("--run", "run_dir", type=_DIR, required=True,
              help="Next week's run folder (CONTROL, MASTIN, TRANSIN), e.g. from idrs generate "
              "--master.")  # fmt: skip
@click.option(
    "--out",
    "out_dir",
    type=_DIR,
    required=True,
    help="New run folder: CONTROL and MASTIN copied, TRANSIN with the adjustments.",
)
@click.pass_context
def merge_command(ctx: click.Context, run_dir: Path, out_dir: Path) -> None:
    """Merge every released adjustment (ADJ54, approved when it had to be) into a copy of next
    week's run folder, in TIN and SEQ order as POSTING requires; they are marked merged."""
    state = OnlineState(ctx.obj["state"])
    merged = merge_into_run(state, run_dir, out_dir, timestamp(now_utc()))
    for adjustment in merged:
        click.echo(
            f"{adjustment.id}: TC {adjustment.tc} {adjustment.amount} on {adjustment.tin} "
            f"period {adjustment.period} (SEQ {adjustment.seq:06d})"
        )
    click.echo(f"wrote {out_dir}: {len(merged)} adjustment card(s) merged into TRANSIN")
