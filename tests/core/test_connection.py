"""The store's own connection: transactions and savepoints as sqlite-utils' atomic() made them, and an
up-to-date database opened without importing sqlite-utils (80-100 ms of a start)."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.store.connection import Connection
from desktop.core.store.migrations import migrations
from desktop.core.store.reports import Store
from desktop.core.store.steps import MIGRATION_SET, MIGRATIONS_TABLE, STEPS


@pytest.fixture
def db() -> Connection:
    connection = Connection(sqlite3.connect(":memory:", isolation_level=None))
    connection.execute("CREATE TABLE t (x INTEGER)")
    yield connection
    connection.close()


def values(db: Connection) -> list[int]:
    return [x for (x,) in db.execute("SELECT x FROM t ORDER BY x")]


def test_the_step_names_are_the_migrations_own() -> None:
    assert [step.name for step in migrations._migrations] == list(STEPS)
    assert (migrations.name, migrations.migrations_table) == (MIGRATION_SET, MIGRATIONS_TABLE)


def test_a_block_commits_or_rolls_back_as_a_whole(db: Connection) -> None:
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(ValueError), db.atomic():
        db.execute("INSERT INTO t VALUES (2)")
        raise ValueError
    assert values(db) == [1] and not db.conn.in_transaction


def test_an_inner_block_rolls_back_only_its_own_part(db: Connection) -> None:
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            raise ValueError
        db.execute("INSERT INTO t VALUES (3)")
    assert values(db) == [1, 3]


def test_a_failed_commit_leaves_no_transaction_open(db: Connection) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    db.execute("CREATE TABLE child (p INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.execute("INSERT INTO child VALUES (7)")  # checked at COMMIT, which fails
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM child").fetchone()[0] == 0


def test_an_up_to_date_database_opens_without_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    Store.open(path).close()  # made, with every step
    code = ("import sys; from pathlib import Path; from desktop.core.store.reports import Store;"
            f"store = Store.open(Path({str(path)!r})); store.set_setting('x', 1); store.close();"
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
