"""Where the terminal looks when given no paths: what ``make demo`` (``idrs demo``) leaves.

The demo writes week 1 to ``demo-out/<engine>/`` and week N to ``demo-out/weekN/<engine>/``
(cli/demo.py); the terminal opens the newest week's MASTOUT, of the first engine that wrote one.
Its own files go beside them: ``demo-out/online/`` (audit log, notes, adjustments, sign-on
locks) and the audit keys in ``demo-out/online-keys/``, apart from the log.
"""

from __future__ import annotations

import re
from pathlib import Path

DEMO_DIR = Path("demo-out")
ENGINE_ORDER = ("gnucobol", "legacy", "modern")


def demo_master(root: Path = DEMO_DIR) -> Path | None:
    """The newest week's MASTOUT under ``root``, or None."""
    weeks: list[tuple[int, Path]] = [(1, root)]
    if root.is_dir():
        for folder in root.iterdir():
            match = re.fullmatch(r"week(\d+)", folder.name)
            if match and folder.is_dir():
                weeks.append((int(match.group(1)), folder))
    for _week, folder in sorted(weeks, reverse=True):
        engines = [folder / name for name in ENGINE_ORDER]
        engines += sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
        for engine in engines:
            if (engine / "MASTOUT").is_file():
                return engine / "MASTOUT"
    return None


def state_dir(root: Path = DEMO_DIR) -> Path:
    return root / "online"


def audit_log(root: Path = DEMO_DIR) -> Path:
    return state_dir(root) / "audit.log"


def keys_dir(root: Path = DEMO_DIR) -> Path:
    return root / "online-keys"


def signing_key(root: Path = DEMO_DIR) -> Path:
    return keys_dir(root) / "audit-signing.pem"


def verifying_key(root: Path = DEMO_DIR) -> Path:
    return keys_dir(root) / "audit-verifying.pem"
