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
