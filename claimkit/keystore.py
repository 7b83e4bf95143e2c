"""Keys a run must remember about every row, kept on disk rather than in RAM.

A run over a dataset of millions of rows remembers three things per row: the
hash of its text (the duplicate rule), the doc_ids its dataset file has used
(a repeated id gets ``~2``), and, on ``--resume``, the doc_ids already in the
output. In a dict or a set that is a couple of hundred bytes a row, so memory
would grow with the corpus. Here they are rows of a private temporary SQLite
database (stdlib ``sqlite3``): SQLite keeps a page cache of fixed size
(``cache_kib``) and spills the rest to a file in the system's temporary folder
that is unlinked as soon as it is opened, so nothing is left behind even when
the run is killed.

Each check is one ``INSERT OR IGNORE`` (a new key is added in the same
statement that finds it new); writes are committed every ``commit_every``
keys. Nothing is opened until the first key is added, so a store that stays
empty costs nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from claimkit.errors import Errors, ProcessingError

CACHE_KIB = 2048
"""SQLite page cache of a store: the RAM a store may take, whatever its size."""
COMMIT_EVERY = 16_384
"""Keys added between two commits."""


class KeyStore:
    """A map of byte keys to strings on disk, with ``setdefault`` and ``get``.

    It stands in for a ``dict[bytes, str]`` where only those two operations,
    ``in`` and ``len`` are needed (the duplicate rule's table of text hashes).
    Not for use from two threads at once.
    """

    def __init__(
        self, *, cache_kib: int | None = None, commit_every: int | None = None
    ) -> None:
        self.cache_kib = CACHE_KIB if cache_kib is None else cache_kib
        self.commit_every = COMMIT_EVERY if commit_every is None else commit_every
        self._con: sqlite3.Connection | None = None
        self._len = 0
        self._uncommitted = 0

    def _open(self) -> sqlite3.Connection:
        if self._con is None:
            # "" is a private temporary database: its file is deleted on close.
            con = sqlite3.connect("", isolation_level=None, check_same_thread=False)
            try:
                con.execute(f"PRAGMA cache_size=-{int(self.cache_kib)}")
                con.execute("PRAGMA journal_mode=OFF")
                con.execute("PRAGMA synchronous=OFF")
                con.execute(
                    "CREATE TABLE keys (k BLOB PRIMARY KEY, v TEXT NOT NULL) "
                    "WITHOUT ROWID"
                )
                con.execute("BEGIN")
            except sqlite3.Error as err:
                con.close()
                raise ProcessingError(Errors.E067.format(error=err)) from err
            self._con = con
        return self._con

    def add(self, key: bytes, value: str = "") -> bool:
        """Store ``value`` for ``key`` unless it has one; return True if it had none."""
        con = self._open()
        try:
            if not con.execute(_INSERT, (key, value)).rowcount:
                return False
            self._len += 1
            self._uncommitted += 1
            if self._uncommitted >= self.commit_every:
                con.execute("COMMIT")
                con.execute("BEGIN")
                self._uncommitted = 0
        except sqlite3.Error as err:  # a full disk, a temporary folder gone
            raise ProcessingError(Errors.E067.format(error=err)) from err
        return True

    def setdefault(self, key: bytes, value: str) -> str:
        """Return the value stored for ``key``, storing ``value`` if it has none."""
        if self.add(key, value):
            return value
        found = self.get(key)
        return value if found is None else found

    def get(self, key: bytes, default: str | None = None) -> str | None:
        """Return the value stored for ``key``, else ``default``."""
        if self._con is None:
            return default
        row = self._con.execute(_SELECT, (key,)).fetchone()
        return default if row is None else str(row[0])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, bytes) and self.get(key) is not None

    def __len__(self) -> int:
        return self._len

    def close(self) -> None:
        """Close the database; its file is deleted."""
        if self._con is not None:
            con, self._con = self._con, None
            con.close()
            self._len = self._uncommitted = 0

    def __enter__(self) -> KeyStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class DocIdSet:
    """A set of doc_ids on disk: ``add``, ``add_new`` and ``in``.

    Ids are stored as 16-byte BLAKE2b digests (as texts are for the duplicate
    rule), so an id of any length costs the same and none can be listed back.
    """

    def __init__(
        self, *, cache_kib: int | None = None, commit_every: int | None = None
    ) -> None:
        self._keys = KeyStore(cache_kib=cache_kib, commit_every=commit_every)

    def add_new(self, doc_id: str) -> bool:
        """Add ``doc_id``; return False when it was already there."""
        return self._keys.add(_digest(doc_id))

    def add(self, doc_id: str) -> None:
        self._keys.add(_digest(doc_id))

    def __contains__(self, doc_id: object) -> bool:
        if not len(self._keys) or not isinstance(doc_id, str):
            return False
        return _digest(doc_id) in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def close(self) -> None:
        self._keys.close()

    def __enter__(self) -> DocIdSet:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


_INSERT = "INSERT OR IGNORE INTO keys VALUES (?, ?)"
_SELECT = "SELECT v FROM keys WHERE k = ?"


def _digest(text: str) -> bytes:
    return hashlib.blake2b(
        text.encode("utf-8", "surrogatepass"), digest_size=16
    ).digest()
