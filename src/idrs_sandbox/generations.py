"""Generations of a folder's files: what a command would replace is moved aside, never deleted.

A run (``idrs run``) and a generation (``idrs generate``) both write fixed names into a folder a
person chose. Neither deletes nor overwrites a file it did not create: before the new files are
published, the earlier ones move, whole and by rename, into the next free ``PRIOR.GnnnnV00``
folder (the generation data group naming of z/OS, oldest first). Shared by engines/ and datagen/,
which may not import each other (tests/test_architecture.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

PRIOR_PREFIX = "PRIOR.G"
"""An earlier generation is kept in ``PRIOR.G0001V00``, ``PRIOR.G0002V00``, ...: oldest first."""
_GENERATION = re.compile(re.escape(PRIOR_PREFIX) + r"(\d{4})V00")


def keep_prior_generation(folder: Path, names: Iterable[str]) -> Path | None:
    """Move those of ``names`` that exist in ``folder`` (files, folders or symlinks, as they are)
    into the next free ``PRIOR.GnnnnV00`` folder of ``folder`` and return it; None when none of
    them exists. The PRIOR folder is made exclusively, so two commands never share one."""
    earlier = [folder / name for name in names if os.path.lexists(folder / name)]
    if not earlier:
        return None
    numbers = (_GENERATION.fullmatch(found.name) for found in folder.glob(f"{PRIOR_PREFIX}*"))
    number = 1 + max((int(match[1]) for match in numbers if match), default=0)
    while True:
        prior = folder / f"{PRIOR_PREFIX}{number:04d}V00"
        try:
            prior.mkdir()
            break
        except FileExistsError:
            number += 1
    for path in earlier:
        os.rename(path, prior / path.name)  # a rename: a folder or symlink moves as it is
    return prior
