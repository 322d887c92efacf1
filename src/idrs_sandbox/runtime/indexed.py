"""ORGANIZATION INDEXED files: GnuCOBOL 3.1.2's statuses and records, stored with sqlite3.

The Debian build of cobc 3.1.2 keeps indexed files in Berkeley DB (``cobc --info``: "indexed
file handler: BDB"), one B-tree per key. The engine keeps the same content in one SQLite
database at the ASSIGNed path (the bytes differ from cobc's; only statuses and records must
match): table ``records`` (primary key bytes -> record bytes, as long as the record written)
and table ``alternates`` (key number, alternate key bytes, duplicate number -> primary key).
SQLite compares BLOBs with memcmp, as BDB's default B-tree comparison does, so both walk the
keys in the same order; duplicates of an alternate key come in the order they were written
(libcob numbers them: ``get_dupno``).

What follows libcob's BDB handlers (fileio.c ``indexed_open`` ... ``indexed_delete``):

- the file position is the last key read (and, on an alternate key, its primary key and
  duplicate number): READ NEXT / PREVIOUS takes the entry after / before it in the key of
  reference, so records written or deleted meanwhile are seen as BDB sees them;
- OPEN reads the first record; a READ NEXT right after OPEN returns it, or 10 when the file
  was empty at OPEN time (even if records were written since, as with BDB);
- START and READ with a key change the key of reference; a key item shorter than the key
  (a leading part of it) compares only its length (``partlen``); START ... <= on a key found
  returns its first record (its last duplicate for an alternate key WITH DUPLICATES);
- WRITE: 22 for a primary key or a unique alternate key that exists, 21 for a key not above
  the last one written in ACCESS SEQUENTIAL (22 becomes 21 there when the file is open
  OUTPUT), 02 when an alternate key WITH DUPLICATES already had that value;
- REWRITE and DELETE find the record by the primary key in the record area (random and
  dynamic access) or take the last record read (sequential access); 23 when it is missing.

Without a COB_BDB_HOME (the default) libcob takes no locks, so LOCK MODE, WITH LOCK and
SHARING change nothing here either.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

from idrs_sandbox.runtime.files import KeyLayout, OrganizedFile, unlink_status

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS records (k BLOB PRIMARY KEY, data BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS alternates (idx INTEGER, k BLOB, dupno INTEGER, pk BLOB,"
    " PRIMARY KEY (idx, k, dupno))",
)

Position = tuple[bytes, int, bytes]
"""(key bytes, duplicate number, primary key) of an entry in one key's order."""


class IndexedFile(OrganizedFile):
    def __init__(self, *args: object, keys: tuple[KeyLayout, ...] = (), **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.keys = keys
        self.db: sqlite3.Connection | None = None
        self.key_index = 0
        self.position: Position | None = None
        self.current: bytes | None = None
        """p->data: the record BDB's last cursor call left (None: the file was empty)."""
        self.last_key: bytes | None = None

    # OPEN / CLOSE ----------------------------------------------------------------------------

    def _open(self, path: Path, mode: str) -> int:
        nonexistent = not path.exists()
        if nonexistent and mode != "OUTPUT" and not self.optional:
            return 35
        if nonexistent and mode == "INPUT":
            # BDB's open without DB_CREATE fails with ENOENT: an OPTIONAL file reads as empty
            self.mode = mode
            self.nonexistent = True
            self.end_of_file = self.begin_of_file = True
            return 5
        if path.is_dir():
            return 30
        if not path.parent.is_dir():
            return 30
        try:
            if mode == "OUTPUT" and path.exists():
                path.unlink()
            db = sqlite3.connect(path, isolation_level=None)
            db.execute("PRAGMA journal_mode=MEMORY")
            db.execute("PRAGMA synchronous=OFF")
            for statement in _SCHEMA:
                db.execute(statement)
            first = db.execute("SELECT k, data FROM records ORDER BY k LIMIT 1").fetchone()
        except (sqlite3.Error, OSError):
            return 30
        if first is not None and len(first[1]) > self.record_max:
            # cobc 3.1.2 (BDB), measured (probe file_indexed_size): OPEN INPUT / I-O of a file
            # whose first record is longer than the FD's records gives 39; an empty file, a
            # longer FD, or longer records after the first one open with 00
            db.close()
            return 39
        self.db = db
        self.key_index = 0
        self.last_key = None
        if first is None:
            self.current, self.position = None, None
        else:
            self.current, self.position = first[1], (first[0], 0, first[0])
        self.mode = mode
        return 5 if self.optional and nonexistent and mode != "OUTPUT" else 0

    def _close(self) -> None:
        if self.db is not None:
            with suppress(sqlite3.Error):
                self.db.close()
        self.db = None

    def _delete_file(self, path: Path) -> int:
        return unlink_status(path)

    # key order -------------------------------------------------------------------------------

    def _sql(self) -> sqlite3.Connection:
        assert self.db is not None
        return self.db

    def _entries(
        self, idx: int, where: str, args: tuple[object, ...], order: str
    ) -> Position | None:
        """The first entry of key ``idx`` (in ``order``) that satisfies ``where``."""
        if idx == 0:
            sql = f"SELECT k, 0, k FROM records WHERE {where} ORDER BY k {order} LIMIT 1"
        else:
            sql = (
                "SELECT k, dupno, pk FROM alternates WHERE idx = ? AND "
                f"{where} ORDER BY k {order}, dupno {order} LIMIT 1"
            )
            args = (idx, *args)
        row = self._sql().execute(sql, args).fetchone()
        return None if row is None else (row[0], row[1], row[2])

    def _after(self, idx: int, where: Position) -> Position | None:
        key, dupno, _ = where
        if idx == 0:
            return self._entries(0, "k > ?", (key,), "ASC")
        return self._entries(idx, "(k > ? OR (k = ? AND dupno > ?))", (key, key, dupno), "ASC")

    def _before(self, idx: int, where: Position) -> Position | None:
        key, dupno, _ = where
        if idx == 0:
            return self._entries(0, "k < ?", (key,), "DESC")
        return self._entries(idx, "(k < ? OR (k = ? AND dupno < ?))", (key, key, dupno), "DESC")

    def _record(self, pk: bytes) -> bytes | None:
        row = self._sql().execute("SELECT data FROM records WHERE k = ?", (pk,)).fetchone()
        return None if row is None else bytes(row[0])

    def _exists(self, idx: int, where: Position) -> bool:
        key, dupno, pk = where
        if idx == 0:
            return self._record(key) is not None
        row = (
            self._sql()
            .execute(
                "SELECT pk FROM alternates WHERE idx = ? AND k = ? AND dupno = ?",
                (idx, key, dupno),
            )
            .fetchone()
        )
        return row is not None and bytes(row[0]) == pk

    def _load(self, data: bytes) -> int:
        """Copy a record read into the record area (43 when longer than the area)."""
        size = len(data)
        status = 0
        if size > self.record_max:
            size, status = self.record_max, 43
        self.area[:size] = data[:size]
        self.record_size = size
        return status

    # START / READ ----------------------------------------------------------------------------

    def _start(self, cond: str, key: int, length: int) -> int:
        return self._start_internal(cond, key, length)

    def _start_internal(self, cond: str, idx: int, length: int) -> int:
        """indexed_start_internal: position on key ``idx`` compared on ``length`` bytes."""
        self.key_index = idx
        layout = self.keys[idx]
        wanted = layout.of(self.area)[:length]
        found = self._find(cond, idx, wanted, length, layout.duplicates and idx > 0)
        if found is None:
            return 23
        data = self._record(found[2])
        if data is None:
            return 23
        self.position, self.current = found, data
        return 0

    def _find(
        self, cond: str, idx: int, wanted: bytes, length: int, duplicates: bool
    ) -> Position | None:
        prefix = "substr(k, 1, ?)"
        if cond == "FIRST":
            return self._entries(idx, "1", (), "ASC")
        if cond == "LAST":
            return self._entries(idx, "1", (), "DESC")
        if cond == "=":
            return self._entries(idx, f"{prefix} = ?", (length, wanted), "ASC")
        if cond == ">=":
            return self._entries(idx, f"{prefix} >= ?", (length, wanted), "ASC")
        if cond == ">":
            return self._entries(idx, f"{prefix} > ?", (length, wanted), "ASC")
        if cond == "<":
            return self._entries(idx, f"{prefix} < ?", (length, wanted), "DESC")
        # <=: BDB's DB_SET_RANGE lands on the first entry whose leading bytes equal the key
        # and stays there (a unique key), or goes to that key's last duplicate
        equal = self._entries(idx, f"{prefix} = ?", (length, wanted), "ASC")
        if equal is None:
            return self._entries(idx, f"{prefix} < ?", (length, wanted), "DESC")
        if not duplicates:
            return equal
        return self._entries(idx, "k = ?", (equal[0],), "DESC")

    def _read(self, key: int, length: int) -> int:
        status = self._start_internal("=", key, length)
        if status:
            return status
        assert self.current is not None
        return self._load(self.current)

    def _read_next(self, previous: bool) -> int:
        idx = self.key_index
        direction = "NEXT"
        if previous:
            direction = "LAST" if self.end_of_file else "PREV"
        elif self.begin_of_file:
            direction = "FIRST"
        if self.first_read:
            if (
                self.current is None
                or self.position is None
                or (self.first_read == 2 and direction == "PREV")
            ):
                return 10
            if self._exists(idx, self.position):
                data = self._record(self.position[2])
                if data is not None:
                    self.current = data
                    return self._load(data)
        found: Position | None
        if direction == "FIRST" or (direction == "NEXT" and self.position is None):
            found = self._entries(idx, "1", (), "ASC")
        elif direction == "LAST" or self.position is None:
            found = self._entries(idx, "1", (), "DESC")
        elif direction == "NEXT":
            found = self._after(idx, self.position)
        else:
            found = self._before(idx, self.position)
        if found is None:
            return 10
        data = self._record(found[2])
        if data is None:
            return 23
        self.position, self.current = found, data
        return self._load(data)

    # WRITE / REWRITE / DELETE ----------------------------------------------------------------

    def _write(self) -> int:
        if self.nonexistent:
            return 48
        pk = self.keys[0].of(self.area)
        if self.last_key is not None and self.access == "SEQUENTIAL" and self.last_key > pk:
            return 21
        self.last_key = pk
        status = self._write_internal(pk, rewrite=False, changed=())
        if status == 22 and self.access == "SEQUENTIAL" and self.mode == "OUTPUT":
            return 21
        return status

    def _unique_taken(self, pk: bytes, rewrite: bool) -> bool:
        """check_alt_keys: a unique alternate key of the record already names a record (on
        REWRITE: another record)."""
        for idx, layout in enumerate(self.keys[1:], start=1):
            if layout.duplicates:
                continue
            row = (
                self._sql()
                .execute(
                    "SELECT pk FROM alternates WHERE idx = ? AND k = ?",
                    (idx, layout.of(self.area)),
                )
                .fetchone()
            )
            if row is not None and (not rewrite or bytes(row[0]) != pk):
                return True
        return False

    def _write_internal(self, pk: bytes, rewrite: bool, changed: tuple[int, ...]) -> int:
        db = self._sql()
        if not rewrite and len(self.keys) > 1 and self._unique_taken(pk, False):
            return 22
        if self._record(pk) is not None:
            return 22
        record = bytes(self.area[: self.record_size])
        status = 0
        db.execute("BEGIN")
        try:
            db.execute("INSERT INTO records VALUES (?, ?)", (pk, record))
            for idx, layout in enumerate(self.keys[1:], start=1):
                if (rewrite and idx not in changed) or layout.suppressed(self.area):
                    continue
                key = layout.of(self.area)
                dupno = 0
                if layout.duplicates:
                    row = db.execute(
                        "SELECT max(dupno) FROM alternates WHERE idx = ? AND k = ?", (idx, key)
                    ).fetchone()
                    dupno = (row[0] or 0) + 1
                    if dupno > 1:
                        status = 2
                elif db.execute(
                    "SELECT 1 FROM alternates WHERE idx = ? AND k = ?", (idx, key)
                ).fetchone():
                    db.execute("ROLLBACK")
                    return 22
                db.execute("INSERT INTO alternates VALUES (?, ?, ?, ?)", (idx, key, dupno, pk))
            db.execute("COMMIT")
        except sqlite3.Error:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            return 30
        return status

    def _target(self) -> bytes | None:
        """The primary key of the record REWRITE / DELETE act on."""
        if self.access != "SEQUENTIAL":
            return self.keys[0].of(self.area)
        if self.position is None:
            return None
        return self.position[2]

    def _rewrite(self) -> int:
        if self.nonexistent:
            return 49
        pk = self._target()
        if pk is None:
            return 23
        if self._unique_taken(pk, True):
            return 22
        old = self._record(pk)
        if old is None:
            return 23
        changed = tuple(
            idx
            for idx, layout in enumerate(self.keys[1:], start=1)
            if layout.of(old) != layout.of(self.area)
        )
        self._remove(pk, old, changed)
        return self._write_internal(self.keys[0].of(self.area), rewrite=True, changed=changed)

    def _delete(self) -> int:
        if self.nonexistent:
            return 49
        pk = self._target()
        old = None if pk is None else self._record(pk)
        if pk is None or old is None:
            return 23
        self._remove(pk, old, tuple(range(1, len(self.keys))))
        return 0

    def _remove(self, pk: bytes, old: bytes, alternates: tuple[int, ...]) -> None:
        db = self._sql()
        db.execute("BEGIN")
        for idx in alternates:
            db.execute(
                "DELETE FROM alternates WHERE idx = ? AND k = ? AND pk = ?",
                (idx, self.keys[idx].of(old), pk),
            )
        db.execute("DELETE FROM records WHERE k = ?", (pk,))
        db.execute("COMMIT")
