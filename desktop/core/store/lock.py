"""One writing window per database: an OS lock on a file beside it, so a second copy of the app knows.

SQLite's own locks keep each transaction safe, but two windows autosaving the same report would
overwrite each other's edits. The lock is the operating system's (flock on POSIX, a byte-range
lock on Windows): it goes away with the process, even on a crash or a kill, so a stale lock file
never blocks anyone. The file itself stays; only the lock on it matters.
"""

import os
import sys
from pathlib import Path
from types import TracebackType

from desktop.core.errors import StoreError


def lock_path(db_path: Path) -> Path:
    """The lock file of a database: `baocao.sqlite` → `baocao.sqlite.lock`."""
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """Held by the window that may write the database; `acquire()` says False when another has it."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process (or window) holds it."""
        if self._fd is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise StoreError("db.folder_read_only", file=str(self.path.with_suffix("")),
                             folder=str(self.path.parent)) from error
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "DatabaseLock":
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # the first byte; the file may be empty
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            # A file system without locks (some network shares) cannot tell; SQLite's own locks
            # still keep every transaction whole, so carry on rather than make the app read-only.
            return True
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
