"""Backups (#5): consistent copies while the app writes, the rolling automatic backup, and restores
that check the file, update an older one, keep a copy of the data they replace, or change nothing."""

import datetime
import hashlib
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from olddb import build_old

from desktop.cli import main
from desktop.core.document import to_dict
from desktop.core.errors import StoreError
from desktop.core.store.backup import (
    AUTO,
    BEFORE_RESTORE,
    auto_backup,
    backup,
    default_folder,
    list_backups,
    restore,
)
from desktop.core.store.db import applied_steps, known_steps
from desktop.core.store.lock import DatabaseLock
from desktop.core.store.reports import Store

NOW = datetime.datetime(2025, 8, 15, 9, 30, 0)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def integrity(path: Path) -> list[tuple[object, ...]]:
    return rows(path, "PRAGMA integrity_check")


@pytest.fixture
def db_path(tmp_path, report) -> Path:
    """A database with one report and the setting marker = "truoc"."""
    path = tmp_path / "data" / "baocao.sqlite"
    store = Store.open(path)
    store.add_report(report)
    store.set_setting("marker", "truoc")
    store.close()
    return path


def marker(path: Path) -> str:
    store = Store.open(path)
    try:
        return str(store.setting("marker"))
    finally:
        store.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".tmp", "-journal")))


# ---- backup ----

def test_a_backup_is_consistent_while_the_app_writes(tmp_path, db_path):
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN")
    writer.execute("INSERT INTO settings (key, value) VALUES ('pending', '1')")  # not committed yet
    copy = backup(db_path, tmp_path / "ra" / "copy.sqlite")
    writer.execute("COMMIT")
    writer.close()
    assert copy == tmp_path / "ra" / "copy.sqlite"
    assert integrity(copy) == [("ok",)]
    assert rows(copy, "SELECT key FROM settings ORDER BY key") == [("marker",)]
    assert len(rows(copy, "SELECT id FROM reports")) == 1
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # a single self-contained file: no -wal needed
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.sqlite"]


def test_a_backup_of_the_open_store_has_its_last_edit(tmp_path, db_path, report):
    store = Store.open(db_path)
    store.set_setting("marker", "vua sua")
    copy = backup(store, tmp_path / "copy.sqlite")
    store.close()
    assert marker(copy) == "vua sua"
    assert rows(copy, "SELECT document FROM reports") == rows(db_path, "SELECT document FROM reports")


def test_a_backup_never_overwrites_the_database_itself(db_path):
    before = sha256(db_path)
    with pytest.raises(StoreError) as caught:
        backup(db_path, db_path)
    assert caught.value.code == "backup.same_file"
    assert sha256(db_path) == before


def test_a_failed_backup_leaves_no_partial_file(tmp_path, db_path):
    blocker = tmp_path / "la-tep"
    blocker.write_text("không phải thư mục", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        backup(db_path, blocker / "copy.sqlite")
    assert caught.value.code == "backup.failed"
    assert str(blocker / "copy.sqlite") in caught.value.text()
    assert leftovers(tmp_path) == []


def test_a_missing_database_is_said_plainly(tmp_path):
    with pytest.raises(StoreError) as caught:
        backup(tmp_path / "khong-co.sqlite", tmp_path / "copy.sqlite")
    assert caught.value.code == "backup.failed"
    assert not (tmp_path / "copy.sqlite").exists()


# ---- the automatic backup ----

def test_the_first_automatic_backup_goes_beside_the_database(db_path):
    made = auto_backup(db_path, now=NOW)
    assert made == db_path.parent / "backups" / "baocao-20250815-093000.sqlite"
    assert default_folder(db_path) == made.parent
    assert marker(made) == "truoc"
    [listed] = list_backups(made.parent)
    assert (listed.path, listed.taken_at, listed.size, listed.kind) == (made, NOW, made.stat().st_size, AUTO)


def test_an_automatic_backup_is_made_once_a_day(db_path):
    folder = default_folder(db_path)
    assert auto_backup(db_path, now=NOW) is not None
    assert auto_backup(db_path, now=NOW + datetime.timedelta(hours=23, minutes=59)) is None
    assert len(list_backups(folder)) == 1
    later = auto_backup(db_path, now=NOW + datetime.timedelta(days=1))
    assert later is not None and later.name == "baocao-20250816-093000.sqlite"
    assert len(list_backups(folder)) == 2


def test_a_backup_dated_in_the_future_does_not_stop_the_daily_backup(db_path):
    auto_backup(db_path, now=NOW + datetime.timedelta(days=300))  # the clock was wrong then
    assert auto_backup(db_path, now=NOW) is not None


def test_only_the_newest_automatic_backups_are_kept(db_path):
    folder = default_folder(db_path)
    folder.mkdir()
    (folder / "ghi-chu.txt").write_text("của người dùng", encoding="utf-8")
    kept_before_restore = folder / "baocao-20200101-000000-truoc-khoi-phuc.sqlite"
    backup(db_path, kept_before_restore)
    for day in range(12):
        auto_backup(db_path, keep=10, now=NOW + datetime.timedelta(days=day))
    autos = [b for b in list_backups(folder) if b.kind == AUTO]
    assert [b.taken_at.day for b in autos] == list(range(26, 16, -1))  # 15th and 16th deleted
    assert (folder / "ghi-chu.txt").exists()
    assert [b.path for b in list_backups(folder) if b.kind == BEFORE_RESTORE] == [kept_before_restore]


def test_no_database_yet_no_backup(tmp_path):
    assert auto_backup(tmp_path / "baocao.sqlite", now=NOW) is None
    assert not (tmp_path / "backups").exists()


# ---- restore ----

def test_restore_puts_the_backup_in_place_and_keeps_the_data_replaced(tmp_path, db_path, report):
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    store = Store.open(db_path)
    store.set_setting("marker", "sau")
    store.add_report(report)
    store.close()

    kept = restore(db_path, saved, now=NOW)
    assert marker(db_path) == "truoc"
    assert len(rows(db_path, "SELECT id FROM reports")) == 1
    assert kept == default_folder(db_path) / "baocao-20250815-093000-truoc-khoi-phuc.sqlite"
    assert marker(kept) == "sau" and len(rows(kept, "SELECT id FROM reports")) == 2
    assert [b.kind for b in list_backups(kept.parent)] == [BEFORE_RESTORE]
    assert leftovers(tmp_path) == []

    restore(db_path, kept, now=NOW)  # a wrong restore is undone with the copy it kept
    assert marker(db_path) == "sau"


def test_restore_drops_the_stale_journal_of_the_replaced_database(tmp_path, db_path):
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    crash = ("import os, sqlite3, sys\n"
             "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
             "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
             "conn.execute(\"UPDATE settings SET value = '\\\"sau\\\"' WHERE key = 'marker'\")\n"
             "os._exit(0)\n")  # killed with the edit only in the -wal
    subprocess.run([sys.executable, "-c", crash, str(db_path)], check=True)
    assert db_path.with_name("baocao.sqlite-wal").stat().st_size > 0

    kept = restore(db_path, saved, now=NOW)
    assert kept is not None and marker(kept) == "sau"  # the copy kept has the edit from the -wal
    assert integrity(db_path) == [("ok",)]
    assert marker(db_path) == "truoc"  # the old -wal was not replayed onto the restored file


def test_an_older_backup_is_brought_up_to_date(tmp_path, db_path, report):
    old = tmp_path / "ban-cu.sqlite"
    build_old(old, 1, report)
    before = sha256(old)
    restore(db_path, old, now=NOW)
    store = Store.open(db_path)
    try:
        assert applied_steps(store.db.conn) == known_steps()
        assert to_dict(store.load_report(1)) == to_dict(report)
    finally:
        store.close()
    assert sha256(old) == before  # the backup itself is only read


def refuse(tmp_path: Path, db_path: Path, bad: Path, code: str) -> StoreError:
    before = sha256(db_path)
    with pytest.raises(StoreError) as caught:
        restore(db_path, bad, now=NOW)
    assert caught.value.code == code
    assert str(bad) in caught.value.text()
    assert sha256(db_path) == before
    assert not default_folder(db_path).exists()  # not even a copy was made
    assert leftovers(tmp_path) == []
    return caught.value


def test_restore_refuses_a_file_that_is_not_a_database(tmp_path, db_path):
    bad = tmp_path / "bao-cao.docx"
    bad.write_bytes(b"PK\x03\x04 not a database" * 50)
    error = refuse(tmp_path, db_path, bad, "backup.not_sqlite")
    assert "không phải bản sao lưu của baocao" in error.text()
    assert "Dữ liệu hiện tại không bị thay đổi" in error.text()


def test_restore_refuses_another_programs_database(tmp_path, db_path):
    other = tmp_path / "khac.sqlite"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
    refuse(tmp_path, db_path, other, "backup.not_baocao")


def test_restore_refuses_a_damaged_backup(tmp_path, db_path, report):
    damaged = tmp_path / "hong.sqlite"
    store = Store.open(tmp_path / "lon.sqlite")
    for _ in range(20):
        store.add_report(report)
    store.close()
    backup(tmp_path / "lon.sqlite", damaged)
    data = bytearray(damaged.read_bytes())
    data[4096 * 3 + 8:4096 * 3 + 400] = b"\xff" * 392
    damaged.write_bytes(bytes(data))
    refuse(tmp_path, db_path, damaged, "backup.corrupt")


def test_restore_refuses_a_backup_from_a_newer_version(tmp_path, db_path):
    newer = backup(db_path, tmp_path / "moi.sqlite")
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES ('baocao', '0099_attachments', '2030-01-01')")
        conn.commit()
    error = refuse(tmp_path, db_path, newer, "backup.too_new")
    assert "«0099_attachments»" in error.text()


def test_restore_refuses_a_missing_file(tmp_path, db_path):
    refuse(tmp_path, db_path, tmp_path / "khong-co.sqlite", "backup.unreadable")


def test_restore_into_a_new_place_keeps_nothing(tmp_path, db_path):
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    target = tmp_path / "may-moi" / "baocao.sqlite"
    assert restore(target, saved, now=NOW) is None
    assert marker(target) == "truoc"


# ---- the commands ----

def test_the_backup_and_restore_commands(tmp_path, db_path, capsys):
    out = tmp_path / "sao-luu.sqlite"
    assert main(["backup", "--db", str(db_path), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert marker(out) == "truoc"
    store = Store.open(db_path)
    store.set_setting("marker", "sau")
    store.close()
    assert main(["restore", "--db", str(db_path), str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"Đã khôi phục {db_path} từ {out}.")
    assert "Dữ liệu cũ được giữ ở " in printed
    assert marker(db_path) == "truoc"


def test_the_restore_command_refuses_a_bad_file_and_changes_nothing(tmp_path, db_path, capsys):
    bad = tmp_path / "hong.sqlite"
    bad.write_text("xin chào", encoding="utf-8")
    before = sha256(db_path)
    assert main(["restore", "--db", str(db_path), str(bad)]) == 2
    assert "không phải bản sao lưu của baocao" in capsys.readouterr().err
    assert sha256(db_path) == before


def test_the_restore_command_waits_for_the_open_window(tmp_path, db_path, capsys):
    out = backup(db_path, tmp_path / "sao-luu.sqlite")
    before = sha256(db_path)
    with DatabaseLock(db_path) as window:
        assert window.held
        assert main(["restore", "--db", str(db_path), str(out)]) == 2
    assert "đang được mở trong một cửa sổ baocao khác" in capsys.readouterr().err
    assert sha256(db_path) == before
