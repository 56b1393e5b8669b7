"""Schema migrations (#5): numbered steps, every older database brought up to date with its data,
and a database from a newer baocao refused without a byte changed."""

import hashlib
import os
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from olddb import FILL, STEPS, build_old

from desktop.core.document import Report, to_dict
from desktop.core.errors import StoreError
from desktop.core.store.db import applied_steps, open_database
from desktop.core.store.reports import Store


def schema(conn: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def table_rows(conn: sqlite3.Connection, columns: dict[str, list[str]] | None = None,
               ) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table; with `columns`, those tables and columns only (a later step may add some)."""
    found = columns or {n: ["*"] for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name != '_sqlite_migrations'")}
    return {name: conn.execute(f"SELECT {', '.join(names)} FROM [{name}] ORDER BY rowid").fetchall()
            for name, names in found.items()}


def table_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    return {name: [f"[{c}]" for (_, c, *_) in conn.execute(f"PRAGMA table_info([{name}])")]
            for name in table_rows(conn)}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_steps_are_numbered_in_order():
    assert STEPS, "no migration steps"
    for number, name in enumerate(STEPS, start=1):
        assert re.fullmatch(r"\d{4}_[a-z0-9_]+", name), name
        assert int(name[:4]) == number, name


def test_every_step_has_data_for_the_upgrade_tests():
    assert list(FILL) == STEPS


@pytest.mark.parametrize("steps", range(len(STEPS)))
def test_an_older_database_is_brought_up_to_date_with_its_data(tmp_path, report, steps):
    old, fresh = tmp_path / "cu.sqlite", tmp_path / "moi.sqlite"
    build_old(old, steps, report)
    with closing(sqlite3.connect(old)) as conn:
        before, columns = table_rows(conn), table_columns(conn)
        assert applied_steps(conn) == STEPS[:steps]

    store = Store.open(old)
    if steps >= 1:
        assert to_dict(store.load_report(1)) == to_dict(report)
        assert store.setting("unit_code") == 10729
    store.close()
    Store.open(fresh).close()
    with closing(sqlite3.connect(old)) as conn, closing(sqlite3.connect(fresh)) as new:
        assert applied_steps(conn) == STEPS
        assert schema(conn) == schema(new)
        after = table_rows(conn, columns)
    for table, rows in before.items():
        assert after[table] == rows, table


def test_the_newest_schema_opens_unchanged(tmp_path, report):
    path = tmp_path / "baocao.sqlite"
    build_old(path, len(STEPS), report)
    with closing(sqlite3.connect(path)) as conn:
        before = schema(conn), table_rows(conn)
    Store.open(path).close()
    with closing(sqlite3.connect(path)) as conn:
        assert (schema(conn), table_rows(conn)) == before


def future_database(path: Path, report: Report) -> None:
    """A database that a newer baocao has opened: one step more than this version knows."""
    store = Store.open(path)
    store.add_report(report)
    store.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE attachments (id INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES ('baocao', '0099_attachments', '2030-01-01 00:00:00+00:00')")
        conn.commit()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path, report, read_only):
    path = tmp_path / "baocao.sqlite"
    future_database(path, report)
    before, files = sha256(path), sorted(os.listdir(tmp_path))
    with pytest.raises(StoreError) as caught:
        open_database(path, read_only=read_only)
    assert caught.value.code == "db.too_new"
    text = caught.value.text()
    assert "phiên bản baocao mới hơn" in text and "«0099_attachments»" in text and "cập nhật phần mềm" in text
    assert str(path) in text
    assert sha256(path) == before
    assert sorted(os.listdir(tmp_path)) == files  # no -wal, no -shm


def test_the_refusal_speaks_english_too(tmp_path, report):
    path = tmp_path / "baocao.sqlite"
    future_database(path, report)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.text("en").startswith(f"The database {path} was made by a newer version of baocao")
