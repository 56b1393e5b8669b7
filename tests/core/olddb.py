"""Databases as older versions of baocao left them: the first k migration steps, with data in each table."""

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database

from desktop.core.document import Report, to_dict
from desktop.core.store.db import known_steps
from desktop.core.store.migrations import migrations

STEPS = known_steps()
PDF = b"%PDF-1.4 a signed report"


def _fill_0001(db: Database, report: Report) -> None:
    db.execute("INSERT INTO reports (template_id, unit_code, period, status, title, document, created_at, updated_at)"
               " VALUES (?, ?, ?, 'draft', ?, ?, '2025-08-15T01:00:00.000+00:00', '2025-08-15T01:00:00.000+00:00')",
               [report.template_id, 10729, report.period, report.title, json.dumps(to_dict(report))])
    db.execute("INSERT INTO settings (key, value) VALUES ('unit_code', '10729')")


def _fill_0002(db: Database, report: Report) -> None:
    db.execute("INSERT INTO report_versions (report_id, version, status, document, pdf, pdf_sha256, finalised_at)"
               " VALUES (1, 1, 'final', ?, ?, ?, '2025-08-16T01:00:00.000+00:00')",
               [json.dumps(to_dict(report)), PDF, hashlib.sha256(PDF).hexdigest()])
    db.execute("INSERT INTO audit_log (at, report_id, field, old, new) VALUES"
               " ('2025-08-16T01:00:00.000+00:00', 1, 'status', 'draft', 'final')")


def _fill_0003(db: Database, report: Report) -> None:
    db.execute("INSERT INTO enrolled_keys (level, unit_code, unit_name, public_key, fingerprint, enrolled_at) VALUES"
               " ('commune', 10729, 'Phường Trần Liễu', 'AAAA', '0000-0000', '2025-10-01T01:00:00+00:00')")
    db.execute("INSERT INTO received (level, unit_code, unit_name, template_id, period, revision, data_sha256,"
               " previous_sha256, fingerprint, manifest, document, file_name, exported_at, imported_at, current)"
               " VALUES ('commune', 10729, 'Phường Trần Liễu', ?, ?, 1, ?, NULL, '0000-0000', '{}', ?, 'a.xlsx',"
               " '2025-10-01T08:00:00+07:00', '2025-10-01T01:00:00+00:00', 1)",
               [report.template_id, report.period, "0" * 64, json.dumps(to_dict(report))])


def _fill_0004(db: Database, report: Report) -> None:
    db.execute("INSERT INTO reports (template_id, unit_code, period, status, title, document, created_at, updated_at,"
               " deleted_at) VALUES (?, 10729, ?, 'draft', 'Bản nháp bỏ đi', ?, '2025-10-02T01:00:00.000+00:00',"
               " '2025-10-02T01:00:00.000+00:00', '2025-10-03T01:00:00.000+00:00')",
               [report.template_id, report.period, json.dumps(to_dict(report))])


# Data written as each step left the schema: a new step needs its entry (test_every_step_has_data).
FILL = {"0001_reports_and_settings": _fill_0001, "0002_versions_and_audit": _fill_0002,
        "0003_exchange": _fill_0003, "0004_trash": _fill_0004}


def build_old(path: Path, steps: int, report: Report) -> None:
    """A database as a baocao that knew only the first `steps` steps left it, with data in each table."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        db = Database(conn)
        if steps < len(STEPS):
            migrations.apply(db, stop_before=STEPS[steps])
        else:
            migrations.apply(db)
        for name in STEPS[:steps]:
            FILL[name](db, report)


