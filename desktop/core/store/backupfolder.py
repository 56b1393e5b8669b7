"""The backups folder beside the database: the names of the backups the app makes, their list, pruning."""

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

AUTO = "auto"
BEFORE_RESTORE = "before-restore"
KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"
_SUFFIXES = {AUTO: "", BEFORE_RESTORE: "-truoc-khoi-phuc"}
_NAME = re.compile(r"^baocao-(\d{8}-\d{6})(-truoc-khoi-phuc)?(?:-\d+)?\.sqlite$")


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


def free_name(folder: Path, now: datetime.datetime, kind: str) -> Path:
    """baocao-20250815-093000.sqlite (-truoc-khoi-phuc for BEFORE_RESTORE), -2, -3 … if taken."""
    stem = f"baocao-{now.strftime(_STAMP)}{_SUFFIXES[kind]}"
    path, n = folder / f"{stem}.sqlite", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.sqlite", n + 1
    return path
