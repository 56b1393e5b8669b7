"""Copies of the database: made on demand, made automatically (at start and daily), and restored.

Every copy goes through SQLite's online backup API, so it is consistent even while the app is
writing, and is written to a temporary file that replaces the destination only when complete.
A restore checks the backup, migrates it on a copy, keeps a copy of the data it replaces, and
only then puts it in place; whatever fails before that leaves the current database as it was.

Each is also a job (a generator yielding Progress, core/exchange/progress.py) that a window runs off
its interface thread and can stop between two steps of the copy: backup_job, auto_backup_job, and a
restore in two parts, prepare_restore (the store still open) and commit_restore (the store closed).
"""

import datetime
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop.core.errors import StoreError
from desktop.core.exchange.progress import Job, Progress, finish
from desktop.core.store.backupfolder import AUTO, BEFORE_RESTORE, KEEP, default_folder, free_name, list_backups, prune
from desktop.core.store.backupfolder import BackupFile as BackupFile
from desktop.core.store.connection import Connection
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
from desktop.core.store.stepcopy import StepCallback, copy_in_steps

DAY = datetime.timedelta(days=1)
STEP_PAGES = 4096  # pages copied between two chances to stop (16 MB with 4 KB pages)
# What a job's step is doing (Progress.label; the window says it in words): copying the database or
# the backup, checking the backup, keeping a copy of the data a restore replaces.
COPYING, CHECKING, KEEPING = "copy", "check", "keep"


class _HasDb(Protocol):
    """An open Store (reports.py), without importing it here."""

    db: Connection


Source = Path | str | sqlite3.Connection | Connection | _HasDb


def backup(source: Source, destination: Path) -> Path:
    """Copy a database (a path, or an open store) to `destination`; consistent while the app writes.

    Refused before anything is written (#13): the database itself or one of its companion files
    (-wal, -shm, -journal, .lock), by whatever path; a destination that is not a regular file (a
    device node, a FIFO, a folder); a source that is not baocao's. The copy is made in a temporary
    file that replaces the destination only when complete, and that goes on any failure or
    interruption (Ctrl-C included): the destination is left as it was.
    """
    return finish(backup_job(source, destination))


def backup_job(source: Source, destination: Path, label: str = COPYING) -> Job[Path]:
    """backup() as a job: Progress(pages copied, pages + 1, label) after each STEP_PAGES pages of a
    database named by its path (an open store's connection is copied in one step, in the caller's
    thread). Closed between two steps, it leaves the destination as it was and no temporary file."""
    destination = Path(destination)
    _refuse_destination(destination, _named_files(source))  # before the source is even opened
    try:
        with _connection(source) as conn:
            _refuse_destination(destination, _opened_files(conn))
            destination.parent.mkdir(parents=True, exist_ok=True)
            if not isinstance(source, str | Path):
                yield from _write_copy(destination, lambda tmp: _at_once(conn, tmp))
                return destination
        path = Path(source)
        yield from _write_copy(destination, lambda tmp: _stepped(lambda step: _copy_file(path, tmp, step), label))
    except (sqlite3.Error, OSError) as error:
        name = _label(source)
        if is_disk_full(error, destination.parent):
            raise StoreError("backup.disk_full", file=name, destination=str(destination)) from error
        raise StoreError("backup.failed", file=name, destination=str(destination), detail=str(error)) from error
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


def _write_copy(destination: Path, fill: Callable[[Path], Iterator[Progress]]) -> Iterator[Progress]:
    """Copy into a temporary file beside the destination, then put it in place in one step."""
    tmp: Path | None = None
    try:
        tmp = _temp_beside(destination)
        yield from fill(tmp)
        os.replace(tmp, destination)
    except BaseException:  # Ctrl-C and a cancelled job too: no temporary file is left behind
        if tmp is not None:
            _remove(tmp)
        raise
    _sync_folder(destination.parent)


def _at_once(conn: sqlite3.Connection, tmp: Path) -> Iterator[Progress]:
    """An open store's connection, which other code may be using: copied in one step, in this thread."""
    _copy(conn, tmp)
    yield from ()


def _stepped(copy: Callable[[StepCallback], None], label: str) -> Job[int]:
    """Progress of a copy run step by step (stepcopy.py); returns the number of pages copied."""
    pages = 0
    yield Progress(0, 1, label)
    for done, pages in copy_in_steps(copy):
        yield Progress(done, pages + 1, label)  # + 1: the copy is not in place yet
    return pages


def _copy_file(path: Path, tmp: Path, step: StepCallback) -> None:
    """A database named by its path, copied step by step through a connection of its own (in the
    copy's thread: an SQLite connection stays in the thread that made it)."""
    with closing(peek(path)) as conn:
        _copy(conn, tmp, step)


def auto_backup(db_path: Path, folder: Path | None = None, *, keep: int = KEEP,
                now: datetime.datetime | None = None) -> Path | None:
    """The rolling automatic backup: made when the newest is a day old (or none exists, or it is
    dated in the future: the clock was wrong), then only the newest `keep` are kept. Returns the
    new backup, or None when none was due (or there is no database yet)."""
    return finish(auto_backup_job(db_path, folder, keep=keep, now=now))


def auto_backup_job(db_path: Path, folder: Path | None = None, *, keep: int = KEEP,
                    now: datetime.datetime | None = None) -> Job[Path | None]:
    """auto_backup() as a job (backup_job's steps); stopped, it leaves the backups as they were."""
    if not db_path.exists():
        return None
    folder = folder or default_folder(db_path)
    now = now or datetime.datetime.now()
    autos = [b for b in list_backups(folder) if b.kind == AUTO]
    if autos and datetime.timedelta(0) <= now - autos[0].taken_at < DAY:
        return None
    made = yield from backup_job(db_path, free_name(folder, now, AUTO))
    prune(folder, keep)
    return made


@dataclass(frozen=True)
class PreparedRestore:
    """A backup checked and copied beside the database (prepare_restore), ready to replace it
    (commit_restore) or to be discarded."""

    db_path: Path
    backup_file: Path
    copy: Path

    def discard(self) -> None:
        _remove(self.copy)


def restore(db_path: Path, backup_file: Path, folder: Path | None = None, *,
            now: datetime.datetime | None = None) -> Path | None:
    """Replace the database by a backup; returns the copy kept of the data replaced (None if there were none).

    The backup must be a sound baocao database of this version or an older one, that the app
    opens (restorecheck.py: checked, and migrated, on a writable copy). The caller closes its
    store first and holds the DatabaseLock (no other window writes). Whatever fails or is
    interrupted before the copy is put in place leaves the database as it was, and no temporary file.
    """
    prepared = finish(prepare_restore(db_path, backup_file))
    return finish(commit_restore(prepared, folder, now=now))


def prepare_restore(db_path: Path, backup_file: Path) -> Job[PreparedRestore]:
    """The first part of restore(), which changes nothing of the database (its store may stay open):
    the backup checked, copied beside the database (COPYING steps), the copy checked and brought
    up to date (one CHECKING step). Stopped or failed, it leaves no temporary file."""
    backup_file = Path(backup_file)
    check_ours(db_path)  # never put our data in place of another program's file
    _check_source(backup_file, db_path)
    tmp: Path | None = None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = _temp_beside(db_path)
        pages = yield from _copy_backup(backup_file, tmp)
        yield Progress(pages, pages + 1, CHECKING)
        check_copy(tmp, backup_file)
    except BaseException as error:
        if tmp is not None:
            _remove(tmp)
        _raise_restore_failure(error, db_path)
        raise
    return PreparedRestore(db_path, backup_file, tmp)


def commit_restore(prepared: PreparedRestore, folder: Path | None = None, *,
                   now: datetime.datetime | None = None) -> Job[Path | None]:
    """The second part of restore(), once the store is closed: a copy of the data replaced kept in
    `folder` (KEEPING steps), then the prepared copy put in place in one step. Returns the copy
    kept; stopped or failed before the end, the database is as it was and `prepared` is discarded."""
    db_path = prepared.db_path
    folder = folder or default_folder(db_path)
    kept: Path | None = None
    try:
        if db_path.exists():
            kept = yield from backup_job(db_path, free_name(folder, now or datetime.datetime.now(), BEFORE_RESTORE),
                                         KEEPING)
        _put_in_place(prepared.copy, db_path)
    except BaseException as error:
        _raise_restore_failure(error, db_path)
        raise
    finally:
        prepared.discard()
    return kept


def _raise_restore_failure(error: BaseException, db_path: Path) -> None:
    """A failure of a restore said as such: a full disk with where to make room; else as it is."""
    if isinstance(error, sqlite3.Error | OSError):
        if is_disk_full(error, db_path.parent):
            raise _disk_full(db_path) from error
        raise StoreError("file.write_failed", file=str(db_path), detail=str(error)) from error
    if isinstance(error, StoreError) and error.code in ("db.disk_full", "backup.disk_full"):
        raise _disk_full(db_path) from error


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


def _copy_backup(backup_file: Path, tmp: Path) -> Job[int]:
    """The backup, as it is, into the temporary file; what cannot be read of it is the backup's fault."""

    def copy(step: StepCallback) -> None:
        try:
            conn = peek(backup_file)
        except sqlite3.Error as error:
            raise StoreError("backup.unreadable", file=str(backup_file), detail=str(error)) from error
        try:
            _copy(conn, tmp, step)
        except sqlite3.DatabaseError as error:
            if is_disk_full(error, tmp.parent) or type(error) is sqlite3.OperationalError:
                raise
            raise StoreError("backup.corrupt", file=str(backup_file), detail=str(error)) from error
        finally:
            conn.close()

    return (yield from _stepped(copy, COPYING))


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
    shared = getattr(db, "conn", db)  # the store's Connection, or sqlite-utils' Database in tests
    if not isinstance(shared, sqlite3.Connection):
        raise TypeError(f"cannot back up {source!r}")
    yield shared


def _copy(source: sqlite3.Connection, tmp: Path, step: StepCallback | None = None) -> None:
    """The whole database as one consistent snapshot, in one self-contained, synced file.

    With `step` (a connection of our own) STEP_PAGES are copied at a time inside one read
    transaction, so the snapshot holds, and `step` is called between two: a job's progress, and
    where it stops a big copy (so does Ctrl-C). An open store's connection, which other code may be
    using, is copied in one step.
    """
    target = sqlite3.connect(tmp, isolation_level=None)
    try:
        if step is not None:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
            try:
                source.backup(target, pages=STEP_PAGES, progress=_also_between_steps(step))
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


def _also_between_steps(step: StepCallback) -> StepCallback:
    def between(status: int, remaining: int, total: int) -> None:
        _between_steps(status, remaining, total)
        step(status, remaining, total)
    return between


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
