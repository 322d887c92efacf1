"""The lock libcob 3.1.2 takes on a SEQUENTIAL, LINE SEQUENTIAL or RELATIVE file at OPEN
(fileio.c cob_file_open / cob_fd_file_open): a POSIX record lock (fcntl F_SETLK) on the whole
file, shared for INPUT and exclusive for OUTPUT, I-O and EXTEND, whatever the SELECT's SHARING
says (3.1.2 leaves ``sharing`` unused); a lock another process holds makes the OPEN fail with
status 61 and the file stays closed. Files under /dev/ are not locked. CLOSE releases it (the
descriptor is closed). The locks are per process, as libcob's: two OPENs of one file in one run
never conflict, a program it starts with CALL "SYSTEM" does (testsuite 'SEQUENTIAL file with
SHARING READ ONLY': the second program's OPEN I-O gets 61 while the first has the file open
INPUT).
"""

from __future__ import annotations

import errno
import fcntl
from pathlib import Path

SHARING_CONFLICT = (errno.EACCES, errno.EAGAIN, errno.EDEADLK)


def lock_at_open(fd: int, mode: str, path: Path | str) -> bytes | None:
    """Lock the whole file for an OPEN in ``mode``: None when done (or not locked, /dev/),
    else the OPEN's status: 61 when another process holds a conflicting lock, 30 for any
    other failure."""
    if str(path).startswith("/dev/"):
        return None
    kind = fcntl.LOCK_SH if mode == "INPUT" else fcntl.LOCK_EX
    try:
        fcntl.lockf(fd, kind | fcntl.LOCK_NB)
    except OSError as error:
        return b"61" if error.errno in SHARING_CONFLICT else b"30"
    return None
