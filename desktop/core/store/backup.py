"""Copies of the database: made on demand, made automatically (at start and daily), and restored.

Every copy goes through SQLite's online backup API, so it is consistent even while the app is
writing, and is written to a temporary file that replaces the destination only when complete.
A restore checks the backup, migrates it on a copy, keeps a copy of the data it replaces, and
only then puts it in place; whatever fails before that leaves the current database as it was.
"""

import datetime
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

from desktop.core.errors import StoreError
from desktop.core.store.db import check_ours, peek
from desktop.core.store.files import (
    companions,
    has_sqlite_header,
    is_disk_full,
    is_missing,
    is_regular,
    same_file,
)
from desktop.core.store.restorecheck import check_copy

AUTO = "auto"
BEFORE_RESTORE = "before-restore"
KEEP = 10
DAY = datetime.timedelta(days=1)
STEP_PAGES = 4096  # pages copied between two chances to stop (16 MB with 4 KB pages)
_STAMP = "%Y%m%d-%H%M%S"
_SUFFIXES = {AUTO: "", BEFORE_RESTORE: "-truoc-khoi-phuc"}
_NAME = re.compile(r"^baocao-(\d{8}-\d{6})(-truoc-khoi-phuc)?(?:-\d+)?\.sqlite$")



class _HasDb(Protocol):
    """An open Store (reports.py), without importing it here."""

    db: Database


Source = Path | str | sqlite3.Connection | Database | _HasDb


@dataclass(frozen=True)
class BackupFile:
    """A backup in the backups folder: when it was taken (local time, from its name), its size."""

    path: Path
    taken_at: datetime.datetime
    size: int
    kind: str  # AUTO, or BEFORE_RESTORE: the data a restore replaced


def default_folder(db_path: Path) -> Path:
    """Automatic backups go into `backups/` beside the database."""
    return db_path.parent / "backups"


def backup(source: Source, destination: Path) -> Path:
    """Copy a database (a path, or an open store) to `destination`; consistent while the app writes.

    Refused before anything is written (#13): the database itself or one of its companion files
    (-wal, -shm, -journal, .lock), by whatever path; a destination that is not a regular file (a
    device node, a FIFO, a folder); a source that is not baocao's. The copy is made in a temporary
    file that replaces the destination only when complete, and that goes on any failure or
    interruption (Ctrl-C included): the destination is left as it was.
    """
    destination = Path(destination)
    label = _label(source)
    _refuse_destination(destination, _named_files(source))  # before the source is even opened
    try:
        with _connection(source) as conn:
            _refuse_destination(destination, _opened_files(conn))
            destination.parent.mkdir(parents=True, exist_ok=True)
            _write_copy(conn, destination, stepwise=isinstance(source, str | Path))
    except (sqlite3.Error, OSError) as error:
        if is_disk_full(error, destination.parent):
            raise StoreError("backup.disk_full", file=label, destination=str(destination)) from error
        raise StoreError("backup.failed", file=label, destination=str(destination), detail=str(error)) from error
    return destination


def _label(source: Source) -> str:
    return str(source if isinstance(source, str | Path) else getattr(source, "path", None) or "")


def _named_files(source: Source) -> list[Path]:
    """The database being copied, by the name it was given: the path, or the store's."""
    named = Path(source) if isinstance(source, str | Path) else getattr(source, "path", None)
    return [Path(named)] if named is not None else []


def _opened_files(conn: sqlite3.Connection) -> list[Path]:
    """The database being copied, by the name SQLite opened (a bare connection has no other)."""
    return [Path(row[2]) for row in conn.execute("PRAGMA database_list") if row[1] == "main" and row[2]]


def _refuse_destination(destination: Path, databases: list[Path]) -> None:
    for database in databases:
        if same_file(destination, database):
            raise StoreError("backup.same_file", file=str(destination))
        if any(same_file(destination, companion) for companion in companions(database)):
            raise StoreError("backup.onto_database_file", destination=str(destination), file=str(database))
    if not is_missing(destination) and not is_regular(destination):
        raise StoreError("backup.target_not_a_file", destination=str(destination))


def _write_copy(conn: sqlite3.Connection, destination: Path, *, stepwise: bool) -> None:
    """Copy into a temporary file beside the destination, then put it in place in one step."""
    tmp = _temp_beside(destination)
    try:
        _copy(conn, tmp, stepwise=stepwise)
        os.replace(tmp, destination)
    except BaseException:  # Ctrl-C too: no temporary file is left behind
        _remove(tmp)
        raise
    _sync_folder(destination.parent)


def auto_backup(db_path: Path, folder: Path | None = None, *, keep: int = KEEP,
                now: datetime.datetime | None = None) -> Path | None:
    """The rolling automatic backup: made when the newest is a day old (or none exists, or it is
    dated in the future: the clock was wrong), then only the newest `keep` are kept. Returns the
    new backup, or None when none was due (or there is no database yet)."""
    if not db_path.exists():
        return None
    folder = folder or default_folder(db_path)
    now = now or datetime.datetime.now()
    autos = [b for b in list_backups(folder) if b.kind == AUTO]
    if autos and datetime.timedelta(0) <= now - autos[0].taken_at < DAY:
        return None
    made = backup(db_path, _free_name(folder, now, AUTO))
    prune(folder, keep)
    return made


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in a folder, newest first (files named otherwise are not ours and are left out)."""
    found = []
    for path in folder.glob("baocao-*.sqlite") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if match and path.is_file():
            taken_at = datetime.datetime.strptime(match.group(1), _STAMP)
            kind = BEFORE_RESTORE if match.group(2) else AUTO
            found.append(BackupFile(path, taken_at, path.stat().st_size, kind))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest backups of each kind beyond `keep`; returns the deleted files."""
    deleted = []
    for kind in (AUTO, BEFORE_RESTORE):
        for old in [b for b in list_backups(folder) if b.kind == kind][keep:]:
            old.path.unlink(missing_ok=True)
            deleted.append(old.path)
    return deleted


def restore(db_path: Path, backup_file: Path, folder: Path | None = None, *,
            now: datetime.datetime | None = None) -> Path | None:
    """Replace the database by a backup; returns the copy kept of the data replaced (None if there were none).

    The backup must be a sound baocao database of this version or an older one, that the app
    opens (restorecheck.py: checked, and migrated, on a writable copy). The caller closes its
    store first and holds the DatabaseLock (no other window writes). Whatever fails or is
    interrupted before the copy is put in place leaves the database as it was, and no temporary file.
    """
    backup_file = Path(backup_file)
    check_ours(db_path)  # never put our data in place of another program's file
    _check_source(backup_file, db_path)
    folder = folder or default_folder(db_path)
    tmp: Path | None = None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = _temp_beside(db_path)
        _copy_backup(backup_file, tmp)
        check_copy(tmp, backup_file)
        kept = backup(db_path, _free_name(folder, now or datetime.datetime.now(), BEFORE_RESTORE)) \
            if db_path.exists() else None
        _put_in_place(tmp, db_path)
    except (sqlite3.Error, OSError) as error:
        if is_disk_full(error, db_path.parent):
            raise _disk_full(db_path) from error
        raise StoreError("file.write_failed", file=str(db_path), detail=str(error)) from error
    except StoreError as error:
        if error.code in ("db.disk_full", "backup.disk_full"):
            raise _disk_full(db_path) from error
        raise
    finally:
        if tmp is not None:
            _remove(tmp)
    return kept


def _disk_full(db_path: Path) -> StoreError:
    return StoreError("restore.disk_full", file=str(db_path), folder=str(db_path.parent))


def _check_source(backup_file: Path, db_path: Path) -> None:
    """A regular file, not the database itself, that starts as an SQLite file does."""
    if db_path.exists() and backup_file.exists() and same_file(backup_file, db_path):
        raise StoreError("backup.same_file", file=str(backup_file))
    if is_missing(backup_file):
        raise StoreError("backup.unreadable", file=str(backup_file), detail="không có tệp này")
    if not is_regular(backup_file):
        raise StoreError("backup.not_a_file", file=str(backup_file))  # a FIFO would block, a device never end
    try:
        sqlite = has_sqlite_header(backup_file)
    except OSError as error:
        raise StoreError("backup.unreadable", file=str(backup_file), detail=error.strerror or str(error)) from error
    if not sqlite:
        raise StoreError("backup.not_sqlite", file=str(backup_file))


def _copy_backup(backup_file: Path, tmp: Path) -> None:
    """The backup, as it is, into the temporary file; what cannot be read of it is the backup's fault."""
    try:
        conn = peek(backup_file)
    except sqlite3.Error as error:
        raise StoreError("backup.unreadable", file=str(backup_file), detail=str(error)) from error
    try:
        _copy(conn, tmp, stepwise=True)
    except sqlite3.DatabaseError as error:
        if is_disk_full(error, tmp.parent) or type(error) is sqlite3.OperationalError:
            raise
        raise StoreError("backup.corrupt", file=str(backup_file), detail=str(error)) from error
    finally:
        conn.close()


@contextmanager
def _connection(source: Source) -> Iterator[sqlite3.Connection]:
    """A connection to read a source from: the store's own, or a read-only one that changes nothing."""
    if isinstance(source, str | Path):
        path = Path(source)
        if is_missing(path):
            raise FileNotFoundError(f"không có tệp {source}")
        check_ours(path)  # a folder, a device, a FIFO or another program's database is refused
        with closing(peek(path)) as conn:
            yield conn
        return
    db = getattr(source, "db", source)
    shared = db.conn if isinstance(db, Database) else db
    if not isinstance(shared, sqlite3.Connection):
        raise TypeError(f"cannot back up {source!r}")
    yield shared


def _copy(source: sqlite3.Connection, tmp: Path, *, stepwise: bool = False) -> None:
    """The whole database as one consistent snapshot, in one self-contained, synced file.

    `stepwise` (a connection of our own) copies STEP_PAGES at a time inside one read transaction,
    so the snapshot holds and Ctrl-C stops a big copy between steps; an open store's connection,
    which other code may be using, is copied in one step.
    """
    target = sqlite3.connect(tmp, isolation_level=None)
    try:
        if stepwise:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
            try:
                source.backup(target, pages=STEP_PAGES, progress=_between_steps)
            finally:
                source.execute("ROLLBACK")
        else:
            source.backup(target)
        # A copy of a WAL database says WAL in its header; DELETE makes it one file that opens
        # anywhere, even read-only media, without -wal and -shm.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    with tmp.open("rb+") as file:
        os.fsync(file.fileno())


def _between_steps(status: int, remaining: int, total: int) -> None:
    """Called by SQLite between copy steps: Python code, so a pending Ctrl-C is raised here."""


def _put_in_place(tmp: Path, db_path: Path) -> None:
    """Replace the database file in one step (os.replace), then sync the folder entry.

    The old -wal and -shm go first: SQLite would replay a stale -wal onto the new file and
    corrupt it. What that -wal held is in the copy kept, which SQLite read through it.
    """
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    _sync_folder(db_path.parent)


def _temp_beside(path: Path) -> Path:
    """A new temporary file in the destination's folder, so os.replace never crosses file systems."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    return Path(name)


def _remove(path: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handle to sync."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _free_name(folder: Path, now: datetime.datetime, kind: str) -> Path:
    stem = f"baocao-{now.strftime(_STAMP)}{_SUFFIXES[kind]}"
    path, n = folder / f"{stem}.sqlite", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.sqlite", n + 1
    return path
