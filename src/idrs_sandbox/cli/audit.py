"""``idrs audit``: verify an audit log's chain and signatures; review it for UNAX leads."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from idrs_sandbox.online import defaults
from idrs_sandbox.online.audit import load_verifying_key, read_records, verify_log
from idrs_sandbox.online.masking import format_tin
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import SAMPLE_PROFILES, load_profiles
from idrs_sandbox.online.review import Lead, accesses, review, score
from idrs_sandbox.online.synthetic import read_truth, write_synthetic_log

_FILE = click.Path(dir_okay=False, path_type=Path)


@click.group("audit")
def audit_group() -> None:
    """The terminal's audit trail: verify it, review it for unauthorized access (UNAX)."""


@audit_group.command("verify")
@click.argument("log", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--key", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="The verifying (public) key, kept apart from the log.  [default: "
              "demo-out/online-keys/audit-verifying.pem when it exists]")  # fmt: skip
def verify_command(log: Path, key: Path | None) -> None:
    """Check every record's hash, numbering and chain, the checkpoints' and the head's
    signatures. Exits 1 naming the first bad record."""
    if key is None and defaults.verifying_key().exists():
        key = defaults.verifying_key()
        click.echo(f"verifying key: {key} (the demo's; give --key for another log's)")
    result = verify_log(log, load_verifying_key(key) if key is not None else None)
    for note in result.notes:
        click.echo(f"note: {note}")
    click.echo(result.summary())
    sys.exit(0 if result.ok else 1)


@audit_group.command("review")
@click.argument("log", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--profiles", type=_FILE, default=None,
              help="Profiles the log was written under.  [default: LOG.profiles.toml when it "
              "exists, else the shipped sample]")  # fmt: skip
@click.option("--master", type=_FILE, default=None,
              help="The master (for addresses and surnames).  [default: LOG.master when "
              "recorded, else the newest demo-out/ MASTOUT]")  # fmt: skip
@click.option("--truth", type=_FILE, default=None,
              help="Planted violations of a synthetic log: prints precision and recall.  "
              "[default: LOG.truth.json when it exists]")  # fmt: skip
@click.option("--mask/--no-mask", default=False, show_default=True,
              help="Mask TINs in the listing.")  # fmt: skip
def review_command(
    log: Path, profiles: Path | None, master: Path | None, truth: Path | None, mask: bool
) -> None:
    """List UNAX leads with their evidence: own account, same household or surname, outside
    the assigned inventory, repeated denials, browsing bursts, sensitive accounts."""
    profiles = profiles or _beside(log, ".profiles.toml") or SAMPLE_PROFILES
    master = master or _recorded_master(log) or defaults.demo_master()
    loaded = load_profiles(profiles)
    log_accesses = accesses(read_records(log))
    if master is not None:
        with MasterFile(master) as opened:
            leads = review(log_accesses, loaded, opened)
    else:
        click.echo("note: no master: household and surname leads are not looked for", err=True)
        leads = review(log_accesses, loaded)
    for number, lead in enumerate(leads, start=1):
        click.echo(_lead_line(number, lead, mask))
    click.echo(f"{len(leads)} lead(s) in {len(log_accesses):,} requests of {log}")
    truth = truth or _beside(log, ".truth.json")
    if truth is not None:
        result = score(leads, read_truth(truth))
        click.echo(
            f"against {truth}: precision {result.precision:.2f} ({result.true_leads} of "
            f"{result.leads} leads hold a planted record), recall {result.recall:.2f} "
            f"({result.found} of {result.planted} planted violations flagged)"
        )


def _lead_line(number: int, lead: Lead, mask: bool) -> str:
    tin = ""
    if lead.tin is not None:
        tin = f" TIN {'XXX-XX-' + lead.tin[-4:] if mask else format_tin(lead.tin)}"
    records = ", ".join(str(n) for n in lead.evidence[:12])
    more = f" (+{len(lead.evidence) - 12} more)" if len(lead.evidence) > 12 else ""
    return (
        f"LEAD {number:3d}  {lead.kind:<17} employee {lead.employee}{tin}: {lead.note}; "
        f"records {records}{more}"
    )


def _beside(log: Path, suffix: str) -> Path | None:
    path = log.with_name(log.name + suffix)
    return path if path.exists() else None


def _recorded_master(log: Path) -> Path | None:
    note = _beside(log, ".master")
    if note is None:
        return None
    path = Path(note.read_text(encoding="utf-8").strip())
    return path if path.exists() else None


def generate_audit_log(master: Path, log: Path, seed: int) -> str:
    """``idrs generate --audit-log``: a synthetic log over the run's MASTIN (docs/idrs.md)."""
    made = write_synthetic_log(master, log, seed)
    return (
        f"wrote {made.log}: {made.records:,} audit records with {made.planted} planted UNAX "
        f"violations ({made.truth}); profiles {made.profiles}; verifying key "
        f"{made.verifying_key}"
    )
