"""The names of the schema's migration steps, known without importing the migrations (sqlite-utils):
a database that has them all opens without it. tests/core/test_migrations.py checks that this list is
the migrations' own."""

MIGRATION_SET = "baocao"
MIGRATIONS_TABLE = "_sqlite_migrations"  # where sqlite-utils' Migrations records the steps applied
STEPS = ("0001_reports_and_settings", "0002_versions_and_audit", "0003_exchange", "0004_trash")
