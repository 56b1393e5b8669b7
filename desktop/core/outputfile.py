"""A file a command writes (a PDF, a workbook): never one of its inputs, never a device, written
whole or not at all (atomicfile), and a failure named by its cause: a full disk says so (#13)."""

import errno
import os
import stat
from pathlib import Path

from desktop.core.atomicfile import write_atomically
from desktop.core.errors import BaocaoError

DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file, also through a link or another spelling of the path."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare the paths
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def checked_target(target: Path) -> Path:
    """The file to write for `target`: a link's target (the link stays a link); refused when it
    exists and is not a regular file, for replacing /dev/null or a FIFO would break the system."""
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if not target.parent.is_dir():  # said before the work, not after it
        raise BaocaoError("file.no_folder", file=str(target), folder=str(target.parent))
    try:
        mode = target.stat().st_mode
    except OSError:
        return target  # not there yet
    if not stat.S_ISREG(mode):
        raise BaocaoError("file.not_regular_output", file=str(target))
    return target


def write_output(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically; BaocaoError naming the cause when it cannot be."""
    try:
        write_atomically(target, data)
    except OSError as error:
        raise write_error(target, error) from error


def write_error(target: Path, error: OSError) -> BaocaoError:
    """The message for an OSError met writing `target`."""
    folder = str(target.parent)
    if error.errno in DISK_FULL:
        return BaocaoError("file.disk_full", file=str(target))
    if error.errno == errno.ENOENT:
        return BaocaoError("file.no_folder", file=str(target), folder=folder)
    if error.errno in (errno.EACCES, errno.EPERM):
        return BaocaoError("file.no_permission", file=str(target), folder=folder)
    if error.errno == errno.EROFS:
        return BaocaoError("file.read_only_disk", file=str(target))
    return BaocaoError("file.write_failed", file=str(target), detail=error.strerror or str(error))
