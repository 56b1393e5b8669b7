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
from desktop.core.store.db import applied_steps, known_steps, open_database, peek

AUTO = "auto"
BEFORE_RESTORE = "before-restore"
KEEP = 10
DAY = datetime.timedelta(days=1)
SQLITE_HEADER = b"SQLite format 3\x00"
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
    """Copy a database (a path, or an open store) to `destination`; consistent while the app writes."""
    destination = Path(destination)
    source_path = Path(source) if isinstance(source, str | Path) else None
    label = str(source_path or getattr(source, "path", None) or "")
    if source_path is not None and source_path.exists() and destination.exists() \
            and destination.samefile(source_path):
        raise StoreError("backup.same_file", file=str(destination))
    tmp: Path | None = None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        tmp = _temp_beside(destination)
        with _connection(source) as conn:
            _copy(conn, tmp)
        os.replace(tmp, destination)
        _sync_folder(destination.parent)
    except (sqlite3.Error, OSError) as error:
        if tmp is not None:
            _remove(tmp)
        raise StoreError("backup.failed", file=label, destination=str(destination), detail=str(error)) from error
    return destination


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

    The backup must be a sound baocao database of this version or an older one (migrated, on a
    copy). The caller closes its store first and holds the DatabaseLock (no other window writes).
    """
    backup_file = Path(backup_file)
    if db_path.exists() and backup_file.exists() and backup_file.samefile(db_path):
        raise StoreError("backup.same_file", file=str(backup_file))
    _check_header(backup_file)
    folder = folder or default_folder(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(db_path)
    try:
        with closing(_checked(backup_file)) as source:
            _copy(source, tmp)
        open_database(tmp).close()  # brings an older schema up to date, on the copy
        kept = backup(db_path, _free_name(folder, now or datetime.datetime.now(), BEFORE_RESTORE)) \
            if db_path.exists() else None
        _put_in_place(tmp, db_path)
    except (sqlite3.Error, OSError) as error:
        raise StoreError("file.write_failed", file=str(db_path), detail=str(error)) from error
    finally:
        _remove(tmp)
    return kept


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError("backup.unreadable", file=str(path), detail=error.strerror or str(error)) from error
    if header != SQLITE_HEADER:
        raise StoreError("backup.not_sqlite", file=str(path))


def _checked(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup found sound, baocao's, and not from a newer version."""
    try:
        conn = peek(path)
    except sqlite3.Error as error:
        raise StoreError("backup.unreadable", file=str(path), detail=str(error)) from error
    try:
        _check(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
        steps = applied_steps(conn)
    except sqlite3.DatabaseError as error:
        raise StoreError("backup.corrupt", file=str(path), detail=str(error)) from error
    if result != ["ok"]:
        raise StoreError("backup.corrupt", file=str(path), detail="; ".join(result[:3]))
    unknown = [name for name in steps if name not in known_steps()]
    if unknown:
        raise StoreError("backup.too_new", file=str(path), step=unknown[-1])
    if not steps:
        raise StoreError("backup.not_baocao", file=str(path))


@contextmanager
def _connection(source: Source) -> Iterator[sqlite3.Connection]:
    """A connection to read a source from: the store's own, or a read-only one that changes nothing."""
    if isinstance(source, str | Path):
        if not Path(source).is_file():
            raise FileNotFoundError(f"không có tệp {source}")
        with closing(peek(Path(source))) as conn:
            yield conn
        return
    db = getattr(source, "db", source)
    conn = db.conn if isinstance(db, Database) else db
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError(f"cannot back up {source!r}")
    yield conn


def _copy(source: sqlite3.Connection, tmp: Path) -> None:
    """The whole database in one step (a consistent snapshot), as one self-contained, synced file."""
    target = sqlite3.connect(tmp, isolation_level=None)
    try:
        source.backup(target)
        # A copy of a WAL database says WAL in its header; DELETE makes it one file that opens
        # anywhere, even read-only media, without -wal and -shm.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    with tmp.open("rb+") as file:
        os.fsync(file.fileno())


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
