"""Writing a file so that a failure (full disk, pulled USB stick, Ctrl-C) never leaves a torn one:
the bytes go to a temporary file beside the target, which then replaces it in one step."""

import contextlib
import os
import tempfile
from pathlib import Path


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# mkstemp makes a file only its owner reads; the file written is made as any other would be.
_MODE = 0o666 & ~_umask()


def write_atomically(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        os.chmod(temporary, _MODE)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise
