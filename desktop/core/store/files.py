"""A database on disk: its companion files, and what kind of file a path names (#13).

SQLite keeps a database in more than one file: the -wal (edits not yet copied into the main file),
the -shm (the index of the -wal), a -journal in rollback mode; and baocao adds its .lock (lock.py).
Writing over any of them loses data, so a backup must never land on one, by whatever path.
"""

import errno
import os
import shutil
import sqlite3
import stat
from pathlib import Path

from desktop.core.store.lock import lock_path

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_SUFFIXES = ("-wal", "-shm", "-journal")
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NEARLY_FULL = 1024 * 1024  # bytes free under which a failed write is taken for a full disk


def companions(db_path: Path) -> list[Path]:
    """The -wal, -shm, -journal and .lock of a database, beside the path given and beside the file it
    resolves to (SQLite follows a symbolic link and keeps its journals beside the real file)."""
    bases = dict.fromkeys([Path(db_path), Path(os.path.realpath(db_path))])
    found: list[Path] = []
    for base in bases:
        found.extend(base.with_name(base.name + suffix) for suffix in SQLITE_SUFFIXES)
        found.append(lock_path(base))
    return found


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same name once links are resolved, or the same inode
    (a hard link, another mount of the folder); either may not exist yet."""
    if os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def is_missing(path: Path) -> bool:
    """Nothing at the path (a dangling link counts as nothing: writing there makes a file; so does a
    path under a file, where writing fails as it should)."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def is_regular(path: Path) -> bool:
    """A plain file (links followed): not a folder, device node, FIFO or socket, which would block
    or be destroyed (`-o /dev/full` as root replaced the device)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def says_wal(path: Path) -> bool:
    """Whether the file's header says WAL mode (bytes 18 and 19 are 2)."""
    with path.open("rb") as file:
        header = file.read(20)
    return len(header) == 20 and header[18:20] == b"\x02\x02"


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """Whether a failed write means the disk (or the user's quota) is full: ENOSPC/EDQUOT, SQLite's
    SQLITE_FULL, or an I/O error while fewer than 1 MB are free where the file was being written."""
    if isinstance(error, OSError) and error.errno in _FULL_ERRNOS:
        return True
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_FULL") or "database or disk is full" in str(error):
            return True
        if name.startswith("SQLITE_IOERR") and folder is not None:
            return _free_bytes(folder) < _NEARLY_FULL
    return False


def _free_bytes(folder: Path) -> int:
    place = next((p for p in (folder, *folder.parents) if p.exists()), None)
    try:
        return shutil.disk_usage(place).free if place is not None else _NEARLY_FULL
    except OSError:
        return _NEARLY_FULL


def unwritable_companion(db_path: Path) -> Path | None:
    """The database's -wal or -shm when it exists but cannot be written (the database itself can):
    SQLite then opens the database read-only and every save fails."""
    for suffix in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists() and not os.access(companion, os.W_OK):
            return companion
    return None
