"""ORGANIZATION RELATIVE files, stored as GnuCOBOL 3.1.2 stores them.

libcob keeps a relative file as a plain file of slots, one per relative record number: the
record's size as a native ``size_t`` (8 bytes, little-endian here) then ``record_max`` bytes of
record area; a size of 0 is an empty slot (never written, or DELETEd). No library is involved, so
the engine writes the very same bytes (a file written by a cobc-built program reads here, and
the reverse). The functions below follow libcob's ``relative_start``, ``relative_read``,
``relative_read_next``, ``relative_write``, ``relative_rewrite`` and ``relative_delete``
(fileio.c), file position included: READ NEXT continues from where the last operation left the
file, which is what makes a sequence of READ NEXT / READ PREVIOUS / START give cobc's records.

The RELATIVE KEY item is read (``cob_get_int``) for random access and set after a sequential READ
or WRITE; a record number that does not fit it gives status 14 (``cob_add_int`` with
``COB_STORE_KEEP_ON_OVERFLOW``).
"""

from __future__ import annotations

import os
from pathlib import Path

from idrs_sandbox.runtime.filelocks import lock_at_open
from idrs_sandbox.runtime.files import IntGetter, IntSetter, OrganizedFile, unlink_status

SIZE_T = 8


class RelativeFile(OrganizedFile):
    def __init__(
        self,
        *args: object,
        key_get: IntGetter | None = None,
        key_set: IntSetter | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.key_get = key_get
        self.key_set = key_set
        self.fd = -1
        self.relsize = self.record_max + SIZE_T

    # OPEN / CLOSE (cob_file_open, cob_fd_file_open) ----------------------------------------

    def _open(self, path: Path, mode: str) -> int:
        nonexistent = not os.path.lexists(path)
        if nonexistent and mode != "OUTPUT" and not self.optional:
            return 35
        flags = {
            "INPUT": os.O_RDONLY,
            "OUTPUT": os.O_CREAT | os.O_TRUNC | os.O_RDWR,
            "I-O": os.O_CREAT | os.O_RDWR if nonexistent else os.O_RDWR,
            "EXTEND": os.O_CREAT | os.O_RDWR | os.O_APPEND,
        }[mode]
        try:
            self.fd = os.open(path, flags, 0o644)
        except FileNotFoundError:
            if mode in ("EXTEND", "OUTPUT"):
                return 30
            if self.optional:
                self.mode = mode
                self.nonexistent = True
                self.end_of_file = self.begin_of_file = True
                return 5
            return 35
        except (PermissionError, IsADirectoryError):
            return 37
        except OSError:
            return 30
        locked = lock_at_open(self.fd, mode, path)  # runtime/filelocks.py
        if locked is not None:
            os.close(self.fd)
            self.fd = -1
            return int(locked)
        if mode == "EXTEND":
            os.lseek(self.fd, 0, os.SEEK_END)
        self.mode = mode
        return 5 if self.optional and nonexistent and mode != "OUTPUT" else 0

    def _close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
        self.fd = -1

    def _delete_file(self, path: Path) -> int:
        return unlink_status(path)

    # slots -------------------------------------------------------------------------------------

    def _file_size(self) -> int:
        return os.fstat(self.fd).st_size

    def _read_size(self) -> int | None:
        """Read a slot's size at the file position (None: end of file)."""
        raw = os.read(self.fd, SIZE_T)
        if len(raw) != SIZE_T:
            return None if not raw else -1
        return int.from_bytes(raw, "little")

    def _read_data(self) -> bool:
        data = os.read(self.fd, self.record_max)
        if len(data) != self.record_max:
            return False
        self.area[:] = data
        return True

    def _key(self) -> int:
        return self.key_get() if self.key_get is not None else 0

    def _seek_key(self) -> int | None:
        """Move to the slot of the RELATIVE KEY's record and return its offset (None: a key
        below 1, which names no slot)."""
        relnum = self._key() - 1
        if relnum < 0:
            return None
        off = relnum * self.relsize
        os.lseek(self.fd, off, os.SEEK_SET)
        return off

    # START -----------------------------------------------------------------------------------

    def _start(self, cond: str, key: int, length: int) -> int:
        size = self._file_size()
        if size == 0:
            return 23
        relsize = self.relsize
        if cond == "FIRST":
            kcond, kindex = ">=", 0
        elif cond == "LAST":
            kcond, kindex = "<=", size // relsize - 1
        elif cond in ("<", "<="):
            kcond, kindex = cond, self._key() - 1
            last = size // relsize - 1
            if kindex > last:
                kindex = last + 1 if cond == "<" else last
        else:
            kcond, kindex = cond, self._key() - 1
        if kindex < 0:
            if kcond == ">=":
                kindex = 0
            elif kcond == ">":
                kindex = -1
            else:
                return 23
        if kcond == "<":
            kindex -= 1
            if kindex < 0:
                return 23
        elif kcond == ">":
            kindex += 1
        while kindex >= 0:
            off = kindex * relsize
            if off >= size:
                if kcond in ("<", "<="):
                    kindex -= 1
                    continue
                break
            os.lseek(self.fd, off, os.SEEK_SET)
            found = self._read_size()
            if found is not None and found > 0:
                os.lseek(self.fd, off, os.SEEK_SET)
                return 0
            if kcond == "=":
                return 23
            kindex += -1 if kcond in ("<", "<=") else 1
        return 23

    # READ ------------------------------------------------------------------------------------

    def _read(self, key: int, length: int) -> int:
        off = self._seek_key()
        if off is None:
            return 23
        size = self._read_size()
        if size is None or size < 0:
            return 23
        if size == 0:
            os.lseek(self.fd, off, os.SEEK_SET)
            return 23
        self.record_size = size
        return 0 if self._read_data() else 30

    def _read_next(self, previous: bool) -> int:
        relsize = self.relsize
        size = self._file_size()
        if size == 0:
            return 10
        if size < relsize:
            return 30
        curroff = os.lseek(self.fd, 0, os.SEEK_CUR)
        moveback = False
        if previous:
            if self.first_read:
                pass
            elif curroff > relsize:
                curroff -= relsize * 2
                curroff = os.lseek(self.fd, curroff, os.SEEK_SET)
                moveback = True
            else:
                return 10
        while True:
            found = self._read_size()
            if found is None:
                break
            if found < 0:
                return 30
            if found > 0:
                if not self._read_data():
                    return 30
                self.record_size = found
                if self.key_set is not None and not self.key_set(curroff // relsize + 1, True):
                    os.lseek(self.fd, curroff, os.SEEK_SET)
                    return 14
                if moveback:
                    curroff -= relsize
                    curroff = os.lseek(self.fd, curroff, os.SEEK_SET)
                return 0
            if moveback:
                if curroff > relsize:
                    curroff -= relsize * 2
                    curroff = os.lseek(self.fd, curroff, os.SEEK_SET)
                else:
                    break
            else:
                curroff = os.lseek(self.fd, self.record_max, os.SEEK_CUR)
        return 10

    # WRITE / REWRITE / DELETE ----------------------------------------------------------------

    def _write(self) -> int:
        relsize = self.relsize
        if self.access != "SEQUENTIAL":
            found_off = self._seek_key()
            if found_off is None:
                return 24
            off = found_off
            found = self._read_size()
            if found is not None and found > 0:
                return 22
        else:
            off = os.lseek(self.fd, 0, os.SEEK_CUR)
        os.lseek(self.fd, off, os.SEEK_SET)
        status = self._put(self.record_size.to_bytes(SIZE_T, "little") + bytes(self.area))
        if status:
            return status
        if self.access == "SEQUENTIAL" and self.key_set is not None:
            self.key_set((off + relsize) // relsize, False)
        return 0

    def _rewrite(self) -> int:
        if self.access == "SEQUENTIAL":
            os.lseek(self.fd, -self.record_max, os.SEEK_CUR)
        else:
            if self._seek_key() is None:
                return 24
            found = self._read_size()
            if found is None or found < 0:
                return 23
        return self._put(bytes(self.area))

    def _delete(self) -> int:
        off = self._seek_key()
        if off is None:
            return 24
        found = self._read_size()
        if found is None or found < 0:
            return 23
        os.lseek(self.fd, off, os.SEEK_SET)
        status = self._put(bytes(SIZE_T))
        os.lseek(self.fd, self.record_max, os.SEEK_CUR)
        return status

    def _put(self, data: bytes) -> int:
        try:
            written = os.write(self.fd, data)
        except OSError as error:
            return 34 if error.errno == 28 else 30
        return 0 if written == len(data) else 30
