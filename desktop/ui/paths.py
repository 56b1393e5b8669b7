"""Where the app keeps its database on this computer (passed into the core, never looked up there)."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def default_database() -> Path:
    """The clerk's database file in the per-user application data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "baocao.sqlite"


def documents_dir() -> Path:
    """Where file dialogs open: the clerk's Documents folder (home when the system names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()
