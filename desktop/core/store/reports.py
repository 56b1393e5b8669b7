"""Reports and settings in the database: a few named verbs over the tables of migrations.py."""

import datetime
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.changes import Change, changes
from desktop.core.document import Report, from_dict, to_dict
from desktop.core.errors import StoreError
from desktop.core.store.connection import Connection
from desktop.core.store.db import is_read_only, open_database, store_error


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
    versions: int = 0  # issued versions: a draft with some is a bản điều chỉnh
    deleted_at: str | None = None  # when it was moved to the trash (UTC); None: not in the trash
    unit_code: int | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One logged change: when (UTC), which field, its old and new value as text."""

    at: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Version:
    """An issued version of a report: 1 is the first issue, 2 the first bản điều chỉnh."""

    number: int
    status: str  # "final" or "sent"
    pdf_sha256: str
    finalised_at: str
    sent_at: str | None


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")


_SUMMARY = (
    "SELECT id, template_id, period, status, title,"
    " json_extract(document, '$.number'), json_extract(document, '$.symbol'), updated_at,"
    " (SELECT count(*) FROM report_versions v WHERE v.report_id = reports.id), deleted_at, unit_code"
    " FROM reports"
)


class Store:
    """The reports and settings of one database file."""

    def __init__(self, db: Connection, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> "Store":
        """Open a database; `read_only` for a second window while another one writes (see lock.py)."""
        return cls(open_database(path, read_only=read_only), path)

    @property
    def read_only(self) -> bool:
        return is_read_only(self.db)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        """One transaction; a failure of the database becomes the user's message (read-only, disk full …)."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as error:
            raise store_error(self.path, error, self.db) from error

    def _write(self, sql: str, params: list[Any]) -> sqlite3.Cursor:
        with self._atomic():
            return self.db.execute(sql, params)

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
        """Replace the stored content of a report and log each changed field, in one transaction.

        A finalised or sent report may only change its status (a new version is made by
        `Workspace.amend`): anything else is refused, so an issued report never changes silently.
        """
        document = to_dict(report)
        with self._atomic():
            row = self.db.execute("SELECT status, document FROM reports WHERE id = ?", [report_id]).fetchone()
            if row is None:
                raise StoreError("report.not_found", id=report_id)
            found = changes(json.loads(row[1]), document)
            if row[0] != "draft" and any(c.field != "status" for c in found):
                raise StoreError("report.locked", id=report_id)
            now = _now()
            self.db.execute(
                "UPDATE reports SET template_id = ?, unit_code = ?, period = ?, status = ?, title = ?,"
                " document = ?, updated_at = ? WHERE id = ?",
                [report.template_id, report.unit.code if report.unit else None, report.period,
                 report.status, report.title, json.dumps(document, ensure_ascii=False), now, report_id])
            self._log(report_id, now, found)

    def _log(self, report_id: int, at: str, found: list[Change]) -> None:
        self.db.conn.executemany(
            "INSERT INTO audit_log (at, report_id, field, old, new) VALUES (?, ?, ?, ?, ?)",
            [(at, report_id, c.field, c.old, c.new) for c in found])

    def audit(self, report_id: int) -> list[AuditEntry]:
        """Every logged change of a report, oldest first."""
        rows = self.db.execute("SELECT at, field, old, new FROM audit_log WHERE report_id = ? ORDER BY id",
                               [report_id]).fetchall()
        return [AuditEntry(*row) for row in rows]

    def load_report(self, report_id: int) -> Report:
        row = self.db.execute("SELECT document FROM reports WHERE id = ?", [report_id]).fetchone()
        if row is None:
            raise StoreError("report.not_found", id=report_id)
        return from_dict(json.loads(row[0]))

    def unit_reports(self, unit_code: int, *, exclude: int | None = None) -> list[Report]:
        """Every stored report of one unit (but `exclude` and the trash), for the values of earlier periods."""
        rows = self.db.execute("SELECT id, document FROM reports WHERE unit_code = ? AND deleted_at IS NULL",
                               [unit_code]).fetchall()
        return [from_dict(json.loads(document)) for report_id, document in rows if report_id != exclude]

    def list_reports(self) -> list[ReportSummary]:
        """Every report but those in the trash, the most recently changed first."""
        rows = self.db.execute(_SUMMARY + " WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC").fetchall()
        return [ReportSummary(*row) for row in rows]

    # ---- the trash ----

    def trashed_reports(self) -> list[ReportSummary]:
        """The reports in the trash, the most recently deleted first."""
        rows = self.db.execute(_SUMMARY + " WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC").fetchall()
        return [ReportSummary(*row) for row in rows]

    def trash_report(self, report_id: int) -> None:
        """Move a report to the trash: out of every list and count, its content, versions and log kept
        until it is restored (or, never issued, purged). Issued reports too: they can only come back."""
        with self._atomic():
            title, deleted_at = self._trash_state(report_id)
            if deleted_at is None:
                now = _now()
                self.db.execute("UPDATE reports SET deleted_at = ? WHERE id = ?", [now, report_id])
                self._log(report_id, now, [Change("*", title, None)])

    def restore_report(self, report_id: int) -> None:
        """Bring a report back from the trash, as it was."""
        with self._atomic():
            title, deleted_at = self._trash_state(report_id)
            if deleted_at is not None:
                self.db.execute("UPDATE reports SET deleted_at = NULL WHERE id = ?", [report_id])
                self._log(report_id, _now(), [Change("*", None, title)])

    def purge_report(self, report_id: int) -> None:
        """Delete a report of the trash for ever; an issued report (one with versions) is kept for good."""
        with self._atomic():
            _, deleted_at = self._trash_state(report_id)
            if deleted_at is None:
                raise ValueError(f"report {report_id} is not in the trash")
            if self.versions(report_id):
                raise StoreError("report.issued", id=report_id)
            self.db.execute("DELETE FROM reports WHERE id = ?", [report_id])

    def _trash_state(self, report_id: int) -> tuple[str, str | None]:
        """(title, deleted_at) of a stored report."""
        row = self.db.execute("SELECT title, deleted_at FROM reports WHERE id = ?", [report_id]).fetchone()
        if row is None:
            raise StoreError("report.not_found", id=report_id)
        return str(row[0]), row[1]

    # ---- issued versions ----

    def add_version(self, report_id: int, report: Report, pdf: bytes) -> Version:
        """Store the report as issued (final), with its PDF and the PDF's SHA-256, as the next
        version, and save the report itself as final, in one transaction."""
        digest = hashlib.sha256(pdf).hexdigest()
        now = _now()
        with self._atomic():
            number = len(self.versions(report_id)) + 1
            self._write(
                "INSERT INTO report_versions (report_id, version, status, document, pdf, pdf_sha256, finalised_at)"
                " VALUES (?, ?, 'final', ?, ?, ?, ?)",
                [report_id, number, json.dumps(to_dict(report), ensure_ascii=False), pdf, digest, now])
            self.save_report(report_id, report)
        return Version(number, "final", digest, now, None)

    def mark_sent(self, report_id: int, report: Report) -> None:
        """The latest version has been sent (exported): the report and that version say so."""
        with self._atomic():
            self._write("UPDATE report_versions SET status = 'sent', sent_at = ? WHERE report_id = ? AND version ="
                        " (SELECT max(version) FROM report_versions WHERE report_id = ?)",
                        [_now(), report_id, report_id])
            self.save_report(report_id, report)

    def versions(self, report_id: int) -> list[Version]:
        """The issued versions of a report, the first first."""
        rows = self.db.execute(
            "SELECT version, status, pdf_sha256, finalised_at, sent_at FROM report_versions"
            " WHERE report_id = ? ORDER BY version", [report_id]).fetchall()
        return [Version(*row) for row in rows]

    def load_version(self, report_id: int, number: int) -> tuple[Report, bytes]:
        """A version as issued and its PDF; the PDF is checked against its stored SHA-256."""
        row = self.db.execute("SELECT document, pdf, pdf_sha256 FROM report_versions"
                              " WHERE report_id = ? AND version = ?", [report_id, number]).fetchone()
        if row is None:
            raise StoreError("version.not_found", id=report_id, version=number)
        if hashlib.sha256(row[1]).hexdigest() != row[2]:
            raise StoreError("version.tampered", id=report_id, version=number)
        return from_dict(json.loads(row[0])), bytes(row[1])

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
