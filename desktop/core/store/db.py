"""Opening the local SQLite database: crash-safe settings, then the migrations."""

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.core.errors import StoreError
from desktop.core.store.migrations import migrations


def open_database(path: Path) -> Database:
    """Open (or create) the database file and bring its schema up to date.

    WAL with synchronous=FULL: every committed edit survives a power cut, and a reader never
    blocks the autosave.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        migrations.apply(db)
    except (sqlite3.Error, OSError) as error:
        raise StoreError("db.unreadable", file=str(path), detail=str(error)) from error
    return db
