"""The database schema, as numbered migrations. Never edit a released step: add the next one."""

from sqlite_utils import Database, Migrations

migrations = Migrations("baocao")


@migrations(name="0001_reports_and_settings")
def _initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            template_id TEXT NOT NULL,
            unit_code INTEGER,
            period TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'sent')),
            title TEXT NOT NULL,
            document TEXT NOT NULL CHECK (json_valid(document)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute("CREATE INDEX reports_by_unit_period ON reports (unit_code, period)")
    db.execute(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (json_valid(value))
        ) STRICT
        """
    )


@migrations(name="0002_versions_and_audit")
def _versions_and_audit(db: Database) -> None:
    """Each issued version of a report with its PDF as signed, and the log of every change."""
    db.execute(
        """
        CREATE TABLE report_versions (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports (id),
            version INTEGER NOT NULL CHECK (version >= 1),
            status TEXT NOT NULL CHECK (status IN ('final', 'sent')),
            document TEXT NOT NULL CHECK (json_valid(document)),
            pdf BLOB NOT NULL,
            pdf_sha256 TEXT NOT NULL CHECK (length(pdf_sha256) = 64),
            finalised_at TEXT NOT NULL,
            sent_at TEXT,
            UNIQUE (report_id, version)
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            report_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            old TEXT,
            new TEXT
        ) STRICT
        """
    )
    db.execute("CREATE INDEX audit_by_report ON audit_log (report_id, id)")


@migrations(name="0003_exchange")
def _exchange(db: Database) -> None:
    """What a city (or the ministry) receives: its units' enrolled keys and every revision imported."""
    db.execute(
        """
        CREATE TABLE enrolled_keys (
            level TEXT NOT NULL CHECK (level IN ('commune', 'province')),
            unit_code INTEGER NOT NULL,
            unit_name TEXT NOT NULL,
            public_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            enrolled_at TEXT NOT NULL,
            PRIMARY KEY (level, unit_code)
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE received (
            id INTEGER PRIMARY KEY,
            level TEXT NOT NULL CHECK (level IN ('commune', 'province')),
            unit_code INTEGER NOT NULL,
            unit_name TEXT NOT NULL,
            template_id TEXT NOT NULL,
            period TEXT NOT NULL,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
            previous_sha256 TEXT,
            fingerprint TEXT NOT NULL,
            manifest TEXT NOT NULL CHECK (json_valid(manifest)),
            document TEXT NOT NULL CHECK (json_valid(document)),
            file_name TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            current INTEGER NOT NULL CHECK (current IN (0, 1)),
            UNIQUE (level, unit_code, template_id, period, revision)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX received_by_kind ON received (template_id, period, current)")


@migrations(name="0004_trash")
def _trash(db: Database) -> None:
    """Deleting a report moves it to the trash: it keeps its row, versions and log until restored or purged."""
    db.execute("ALTER TABLE reports ADD COLUMN deleted_at TEXT")
