"""Opening the local SQLite database: whose file it is, crash-safe settings, then the migrations."""

import os
import sqlite3
from contextlib import closing
from functools import cache
from pathlib import Path

from desktop.core.errors import StoreError
from desktop.core.store.connection import Connection
from desktop.core.store.files import (
    has_sqlite_header,
    is_disk_full,
    is_missing,
    is_regular,
    says_wal,
    unwritable_companion,
)
from desktop.core.store.steps import MIGRATION_SET, MIGRATIONS_TABLE, STEPS


def open_database(path: Path, *, read_only: bool = False, busy_timeout_ms: int = 5000) -> Connection:
    """Open (or create) the database file and bring its schema up to date.

    WAL with synchronous=FULL: every committed edit survives a power cut (FULL syncs the WAL on
    each commit; NORMAL could lose the last commits), and a reader never blocks the autosave
    (tests/crash kills a writer hundreds of times and finds every acknowledged edit).

    Refused, leaving the file as it was (decided before anything is written, #13): what is not a
    baocao database ("db.not_a_file", "db.not_sqlite", "db.foreign"), a database of a newer baocao
    ("db.too_new"), a read-only file, folder or -wal ("db.read_only", "db.folder_read_only",
    "db.wal_read_only"), a file another program keeps locked ("db.locked"). With `read_only`, the
    file is only read (no migrations) and writes fail; this is how a second window on the same
    database opens it (see lock.py).
    """
    if read_only:
        return _open_read_only(path, busy_timeout_ms)
    try:
        _refuse_unknown(check_ours(path, busy_timeout_ms / 1000), path)
        _check_writable(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            steps = applied_steps(conn)
            _refuse_unknown(steps, path)  # again: a crashed newer app may have left its steps in the WAL
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            if steps != known_steps():  # else sqlite-utils is not even imported (connection.py)
                migrate(conn)
            db = Connection(conn)
        except BaseException:
            conn.close()
            raise
    except (sqlite3.Error, OSError) as error:
        raise store_error(path, error) from error
    return db


def _open_read_only(path: Path, busy_timeout_ms: int) -> Connection:
    """The database as it is, for reading only: no migrations, and writes fail (query_only)."""
    try:
        if not path.exists():
            raise StoreError("db.unreadable", file=str(path), detail="không có tệp này")
        steps = check_ours(path, busy_timeout_ms / 1000)
        _refuse_unknown(steps, path)
        if [name for name in known_steps() if name not in steps]:
            # an older schema needs migrating, which only the writing window may do
            raise StoreError("db.needs_upgrade", file=str(path))
        # Not `immutable`: the writing window changes the file while this one reads it.
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            conn.close()
            raise
    except (sqlite3.Error, OSError) as error:
        raise store_error(path, error) from error
    return Connection(conn)


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the migration steps the database lacks (sqlite-utils' Migrations, without its plugin scan)."""
    from sqlite_utils import Database

    from desktop.core.store.migrations import migrations

    migrations.apply(Database(conn, execute_plugins=False))


def peek(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A read-only connection that changes nothing: neither the file nor its folder (no -wal, no -shm).

    SQLite's plain `mode=ro` on a WAL database creates -wal and -shm files and leaves them behind.
    `immutable` reads the main file alone, which is the whole database when it is in WAL mode and
    there is no -wal file (no one has it open). With a -wal (open elsewhere, or left by a crash),
    or in rollback mode (another program may be writing it: its lock must be seen), it is read
    through SQLite's locks; a rollback-mode reader creates no file.
    """
    wal = path.with_name(path.name + "-wal")
    immutable = not wal.exists() and says_wal(path)
    query = "?mode=ro&immutable=1" if immutable else "?mode=ro"
    return sqlite3.connect(path.resolve().as_uri() + query, uri=True, isolation_level=None, timeout=timeout)


def check_ours(path: Path, timeout: float = 5.0) -> list[str]:
    """Refuse, before anything is written (#13), a path that is not baocao's to open; returns the
    baocao steps applied in it ([] for a new path or an empty file, which are ours to create).

    Ours: a new path, an empty file, an SQLite file with baocao's steps recorded, or one holding
    only baocao's tables (a first open cut short). Refused: a folder, device or FIFO
    ("db.not_a_file"), a file that is not SQLite ("db.not_sqlite"), any other SQLite database
    ("db.foreign": Store.open used to add our tables and switch it to WAL before refusing it).
    """
    if is_missing(path):
        return []
    if not is_regular(path):
        raise StoreError("db.not_a_file", file=str(path))
    try:
        if path.stat().st_size == 0:
            return []
        if not has_sqlite_header(path):
            raise StoreError("db.not_sqlite", file=str(path))
        with closing(peek(path, timeout)) as conn:
            steps = applied_steps(conn)
            foreign = [] if steps else foreign_objects(conn)
    except (sqlite3.Error, OSError) as error:
        raise store_error(path, error) from error
    if foreign:
        raise StoreError("db.foreign", file=str(path), table=foreign[0])
    return steps


def foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """The tables, views and triggers of a database that baocao's migrations do not make."""
    names = {str(name) for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger')"
        " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")}
    return sorted(names - baocao_objects())


@cache
def baocao_objects() -> frozenset[str]:
    """The names of the tables (views, triggers) baocao's migrations make, read off a database in memory."""
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        migrate(conn)
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger')")
        return frozenset(str(name) for (name,) in rows)


def applied_steps(conn: sqlite3.Connection) -> list[str]:
    """The names of baocao's migration steps recorded in a database, in the order applied."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                         [MIGRATIONS_TABLE]).fetchone()
    if found is None:
        return []
    rows = conn.execute(f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
                        [MIGRATION_SET]).fetchall()
    return [str(name) for (name,) in rows]


def known_steps() -> list[str]:
    """The names of the migration steps this version of baocao knows, in order."""
    return list(STEPS)


def _refuse_unknown(steps: list[str], path: Path) -> None:
    known = set(known_steps())
    unknown = [name for name in steps if name not in known]
    if unknown:
        raise StoreError("db.too_new", file=str(path), step=unknown[-1])


def _check_writable(path: Path) -> None:
    """Say plainly when the file, its -wal or -shm, or its folder cannot be written (SQLite also
    writes -wal and -shm beside it; with a read-only -wal it opens the database read-only)."""
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError("db.read_only", file=str(path))
    companion = unwritable_companion(path)
    if companion is not None:
        raise StoreError("db.wal_read_only", file=str(path), wal=str(companion))
    folder = next((p for p in (path.parent, *path.parent.parents) if p.exists()), None)
    if folder is not None and not os.access(folder, os.W_OK):
        raise StoreError("db.folder_read_only", file=str(path), folder=str(folder))


def is_read_only(db: Connection) -> bool:
    """Whether a database was opened with `read_only=True`."""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def store_error(path: Path | None, error: BaseException, db: Connection | None = None) -> StoreError:
    """The user's message for a failed open, read or write of the database at `path`."""
    if isinstance(error, StoreError):
        return error
    text = str(error)
    if db is not None and "readonly" in text and is_read_only(db):
        return StoreError("db.read_only_mode", file=str(path))
    if is_disk_full(error, path.parent if path is not None else None):
        return StoreError("db.disk_full", file=str(path))
    if isinstance(error, sqlite3.OperationalError) and "locked" in text:
        return StoreError("db.locked", file=str(path))
    if "readonly" in text or "unable to open" in text or isinstance(error, PermissionError):
        companion = unwritable_companion(path) if path is not None else None
        if companion is not None:
            return StoreError("db.wal_read_only", file=str(path), wal=str(companion))
    if "readonly" in text or isinstance(error, PermissionError):
        return StoreError("db.read_only", file=str(path))
    return StoreError("db.unreadable", file=str(path), detail=text)
