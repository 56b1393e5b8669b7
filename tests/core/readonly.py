"""Making a file or folder unwritable in a test, also when the tests run as root (which ignores
permission bits): then the file system's immutable flag (chattr +i) is used."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """The file or folder cannot be written inside the block; the test is skipped where that cannot be done."""
    mode = path.stat().st_mode
    immutable = False
    path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        if os.access(path, os.W_OK) and shutil.which("chattr"):
            immutable = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
        if os.access(path, os.W_OK):
            pytest.skip("this machine lets the tests write even a read-only file")
        yield path
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(mode)
