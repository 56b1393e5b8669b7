"""Reports and settings in the database: a few named verbs over the tables of migrations.py."""

import datetime
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop.core.document import Report, from_dict, to_dict
from desktop.core.errors import StoreError
from desktop.core.store.db import open_database


@dataclass(frozen=True)
class ReportSummary:
    """A row of the report list."""

    id: int
    template_id: str
    period: str
    status: str
    title: str
    number: str
    symbol: str
    updated_at: str


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")


class Store:
    """The reports and settings of one database file."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path) -> "Store":
        return cls(open_database(path), path)

    def close(self) -> None:
        self.db.close()

    def _write(self, sql: str, params: list[Any]) -> sqlite3.Cursor:
        try:
            with self.db.atomic():
                return self.db.execute(sql, params)
        except sqlite3.Error as error:
            raise StoreError("db.unreadable", file=str(self.path), detail=str(error)) from error

    # ---- reports ----

    def add_report(self, report: Report) -> int:
        """Store a new report; returns its id."""
        now = _now()
        cursor = self._write(
            "INSERT INTO reports (template_id, unit_code, period, status, title, document,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [report.template_id, report.unit.code if report.unit else None, report.period,
             report.status, report.title, json.dumps(to_dict(report), ensure_ascii=False),
             now, now],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def save_report(self, report_id: int, report: Report) -> None:
        """Replace the stored content of a report, in one transaction."""
        cursor = self._write(
            "UPDATE reports SET template_id = ?, unit_code = ?, period = ?, status = ?, title = ?,"
            " document = ?, updated_at = ? WHERE id = ?",
            [report.template_id, report.unit.code if report.unit else None, report.period,
             report.status, report.title, json.dumps(to_dict(report), ensure_ascii=False),
             _now(), report_id],
        )
        if cursor.rowcount != 1:
            raise StoreError("report.not_found", id=report_id)

    def load_report(self, report_id: int) -> Report:
        row = self.db.execute("SELECT document FROM reports WHERE id = ?", [report_id]).fetchone()
        if row is None:
            raise StoreError("report.not_found", id=report_id)
        return from_dict(json.loads(row[0]))

    def unit_reports(self, unit_code: int, *, exclude: int | None = None) -> list[Report]:
        """Every stored report of one unit (but `exclude`), for the values of earlier periods."""
        rows = self.db.execute("SELECT id, document FROM reports WHERE unit_code = ?", [unit_code]).fetchall()
        return [from_dict(json.loads(document)) for report_id, document in rows if report_id != exclude]

    def list_reports(self) -> list[ReportSummary]:
        """Every report, the most recently changed first."""
        rows = self.db.execute(
            "SELECT id, template_id, period, status, title,"
            " json_extract(document, '$.number'), json_extract(document, '$.symbol'), updated_at"
            " FROM reports"
            " ORDER BY updated_at DESC, id DESC"
        ).fetchall()
        return [ReportSummary(*row) for row in rows]

    def delete_report(self, report_id: int) -> None:
        self._write("DELETE FROM reports WHERE id = ?", [report_id])

    # ---- settings ----

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        self._write(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
