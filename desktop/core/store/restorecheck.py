"""Whether a backup is one the app can open, checked on a writable copy before it replaces anything (#13).

A read-only connection skips CHECK constraints in `PRAGMA integrity_check` (SQLite 3.40: both
integrity_check and quick_check verify CHECK and NOT NULL constraints and STRICT types, but only
on a connection that may write), so the checks run on the temporary copy restore() made. Then
every stored report document must be JSON, match the report schema and parse, and the copy,
brought up to date, must open as the app opens it. A backup with one malformed or foreign
document used to be restored, and the app then would not start.
"""

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from desktop.core.errors import BaocaoError, StoreError
from desktop.core.reportfile import parse_report
from desktop.core.schemacheck import first_problem
from desktop.core.store import received
from desktop.core.store.db import applied_steps, known_steps, open_database
from desktop.core.store.files import is_disk_full
from desktop.core.store.reports import Store

REPORT_SCHEMA = "report.schema.json"
# Where report documents are stored: (table, column). A new table of documents belongs here.
DOCUMENTS = (("reports", "document"), ("report_versions", "document"), ("received", "document"))
# integrity_check lines about one row breaking a constraint, rather than a damaged file.
_ROW_PROBLEMS = ("CHECK constraint failed", "NULL value in", "non-")


def check_copy(copy: Path, backup_file: Path) -> None:
    """Raise a StoreError naming `backup_file` unless its copy at `copy` (writable, temporary) is a
    sound baocao database of this version or an older one, whose every document the app reads;
    an older one is brought up to date, on the copy."""
    with closing(sqlite3.connect(copy, isolation_level=None)) as conn:
        broken_rows = _check_structure(conn, backup_file)
        _check_steps(conn, backup_file)
        _check_documents(conn, backup_file)
    if broken_rows:
        detail = "; ".join(list(dict.fromkeys(broken_rows))[:3])
        raise StoreError("backup.corrupt", file=str(backup_file), detail=detail)
    _as_copy_of(backup_file, lambda: open_database(copy).close())
    _as_copy_of(backup_file, lambda: open_as_the_app(copy))


def _check_structure(conn: sqlite3.Connection, backup_file: Path) -> list[str]:
    """Refuse a damaged file; return the rows that break a constraint (said after the documents,
    whose problems name the row)."""
    try:
        found = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
        keys = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise StoreError("backup.corrupt", file=str(backup_file), detail=str(error)) from error
    found = [line for line in found if line != "ok"]
    damaged = [line for line in found if not line.startswith(_ROW_PROBLEMS)]
    if damaged:
        raise StoreError("backup.corrupt", file=str(backup_file), detail="; ".join(damaged[:3]))
    return found + [f"FOREIGN KEY constraint failed in {table} (row {rowid} → {parent})"
                    for table, rowid, parent, _ in keys]


def _check_steps(conn: sqlite3.Connection, backup_file: Path) -> None:
    steps = applied_steps(conn)
    unknown = [name for name in steps if name not in known_steps()]
    if unknown:
        raise StoreError("backup.too_new", file=str(backup_file), step=unknown[-1])
    if not steps:
        raise StoreError("backup.not_baocao", file=str(backup_file))


def _check_documents(conn: sqlite3.Connection, backup_file: Path) -> None:
    tables = {str(name) for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, column in DOCUMENTS:
        if table not in tables:
            continue  # an older backup: migrated later
        for row, text in conn.execute(f"SELECT id, [{column}] FROM [{table}] ORDER BY id"):
            problem = document_problem(text, column)
            if problem is not None:
                raise StoreError("backup.bad_document", file=str(backup_file), table=table, row=row,
                                 field=problem[0], detail=problem[1])


def document_problem(text: object, column: str = "document") -> tuple[str, str] | None:
    """(field, Vietnamese detail) of what keeps the app from reading a stored document, or None."""
    if not isinstance(text, str):
        return column, "không phải văn bản JSON"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return column, f"sai cú pháp JSON ở dòng {error.lineno}, cột {error.colno}"
    except (ValueError, RecursionError) as error:
        return column, f"không đọc được JSON ({error})"
    try:
        problem = first_problem(REPORT_SCHEMA, data)
        if problem is not None:
            return problem
        parse_report(data, column)
    except BaocaoError as error:
        context = error.message.context
        return str(context.get("field", column)), str(context.get("detail", error.text()))
    except Exception as error:  # what would stop the app on this document stops the restore
        return column, f"{type(error).__name__}: {error}"
    return None


def open_as_the_app(path: Path) -> None:
    """Open a database as the window does and read every report, document and setting in it."""
    store = Store.open(path)
    try:
        for summary in store.list_reports():
            store.load_report(summary.id)
        for (received_id,) in store.db.execute("SELECT id FROM received").fetchall():
            received.document(store, received_id)
        for (key,) in store.db.execute("SELECT key FROM settings").fetchall():
            store.setting(key)
    finally:
        store.close()


def _as_copy_of(backup_file: Path, step: Callable[[], None]) -> None:
    """Run a step on the copy; what fails in it is the backup's fault, said with the backup's name
    (a full disk stays a full disk: restore() says where)."""
    try:
        step()
    except StoreError as error:
        if error.code == "db.disk_full":
            raise
        detail = error.message.context.get("detail") or error.text()
        raise StoreError("backup.corrupt", file=str(backup_file), detail=str(detail)) from error
    except OSError:
        raise
    except sqlite3.Error as error:
        if is_disk_full(error):
            raise
        raise StoreError("backup.corrupt", file=str(backup_file), detail=str(error)) from error
    except Exception as error:  # the app would meet it on opening the restored data
        raise StoreError("backup.corrupt", file=str(backup_file), detail=f"{type(error).__name__}: {error}") \
            from error
