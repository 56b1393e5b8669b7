"""Backups (#5): consistent copies while the app writes, the rolling automatic backup, and restores
that check the file, update an older one, keep a copy of the data they replace, or change nothing.
#13: a backup never lands on the database's own files or on a device; Ctrl-C and a full disk leave
no temporary file and the target as it was; a restore takes only what the app opens."""

import datetime
import errno
import hashlib
import os
import sqlite3
import stat
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


# ---- where a backup may not go (#13 point 2) ----

def existing_companions(db_path: Path) -> None:
    store = Store.open(db_path)  # open: its -wal and -shm exist
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    lock.release()
    store.close()
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).write_bytes(b"")


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal", ".lock"])
@pytest.mark.parametrize("exists", [True, False], ids=["exists", "not-yet"])
def test_a_backup_never_lands_on_a_file_of_the_database(tmp_path, db_path, suffix, exists):
    if exists:
        existing_companions(db_path)
    target = db_path.with_name(db_path.name + suffix)
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()}
    with pytest.raises(StoreError) as caught:
        backup(db_path, target)
    assert caught.value.code == "backup.onto_database_file"
    assert caught.value.text().startswith(f"Không ghi bản sao lưu vào {target}: đó là tệp đi kèm của cơ sở dữ liệu")
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()} == before


def test_the_lock_file_survives_a_backup_aimed_at_it_and_keeps_locking(tmp_path, db_path):
    window = DatabaseLock(db_path)
    assert window.acquire()
    try:
        with pytest.raises(StoreError):
            backup(db_path, window.path)
        assert not DatabaseLock(db_path).acquire()  # the lock file was not replaced: still locked
    finally:
        window.release()


def test_other_paths_to_the_database_and_its_files_are_seen_through(tmp_path, db_path):
    existing_companions(db_path)
    links = tmp_path / "loi-tat"
    links.mkdir()
    (links / "thu-muc").symlink_to(db_path.parent)
    (links / "db").symlink_to(db_path)
    (links / "wal").symlink_to(db_path.with_name("baocao.sqlite-wal"))
    os.link(db_path.with_name("baocao.sqlite.lock"), links / "cung-lock")
    roundabout = db_path.parent / ".." / db_path.parent.name / "baocao.sqlite-shm"
    for target, code in [(links / "db", "backup.same_file"),
                         (links / "thu-muc" / "baocao.sqlite", "backup.same_file"),
                         (links / "wal", "backup.onto_database_file"),
                         (links / "thu-muc" / "baocao.sqlite.lock", "backup.onto_database_file"),
                         (links / "cung-lock", "backup.onto_database_file"),
                         (roundabout, "backup.onto_database_file")]:
        with pytest.raises(StoreError) as caught:
            backup(db_path, target)
        assert caught.value.code == code, target
    # and the other way round: the database named through a link, the backup aimed at its real -wal
    with pytest.raises(StoreError) as caught:
        backup(links / "db", db_path.with_name("baocao.sqlite-wal"))
    assert caught.value.code == "backup.onto_database_file"


def test_a_backup_of_the_open_store_never_lands_on_its_files(db_path):
    store = Store.open(db_path)
    try:
        for target in (db_path, db_path.with_name("baocao.sqlite-wal"), db_path.with_name("baocao.sqlite.lock")):
            with pytest.raises(StoreError):
                backup(store, target)
            with pytest.raises(StoreError):
                backup(store.db.conn, target)  # a bare connection: its file is asked of SQLite
    finally:
        store.close()


def special_file(path: Path, kind: str) -> Path:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "device":
        try:
            os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # like /dev/full
        except PermissionError:
            pytest.skip("making a device node needs root")
    else:
        path.symlink_to("/dev/full" if Path("/dev/full").exists() else "/dev/null")
    return path


@pytest.mark.parametrize("kind", ["fifo", "folder", "device", "link-to-device"])
def test_a_backup_never_replaces_a_device_fifo_or_folder(tmp_path, db_path, kind):
    target = special_file(tmp_path / "ra", kind)
    before = os.lstat(target)
    with pytest.raises(StoreError) as caught:
        backup(db_path, target)
    assert caught.value.code == "backup.target_not_a_file"
    assert "không phải tệp thường" in caught.value.text()
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode, after.st_rdev) == (before.st_ino, before.st_mode, before.st_rdev)
    assert leftovers(tmp_path) == []


def test_a_backup_of_another_programs_database_is_refused(tmp_path):
    other = tmp_path / "khac.sqlite"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
    before = sha256(other)
    with pytest.raises(StoreError) as caught:
        backup(other, tmp_path / "copy.sqlite")
    assert caught.value.code == "db.foreign"
    assert sha256(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["khac.sqlite"]


# ---- interrupted and failed copies leave the target as it was (#13 points 2 and 7) ----

def test_ctrl_c_during_a_backup_leaves_the_old_backup_and_no_temporary_file(tmp_path, db_path, monkeypatch):
    out = backup(db_path, tmp_path / "sao-luu.sqlite")
    store = Store.open(db_path)
    store.set_setting("marker", "sau")
    store.close()
    before = sha256(out)
    steps = []

    def stop(*progress: int) -> None:
        steps.append(progress)
        raise KeyboardInterrupt

    monkeypatch.setattr("desktop.core.store.backup.STEP_PAGES", 1)
    monkeypatch.setattr("desktop.core.store.backup._between_steps", stop)
    with pytest.raises(KeyboardInterrupt):
        backup(db_path, out)
    assert len(steps) == 1  # stopped after the first page of many
    assert sha256(out) == before and marker(out) == "truoc"
    assert leftovers(tmp_path) == []


def full_disk_on_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)


def full_disk_for_temporary_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite finds the disk full (SQLITE_FULL) writing any temporary copy: one page is all it may have."""
    connect = sqlite3.connect

    def limited(database, *args, **kwargs):  # type: ignore[no-untyped-def]
        conn = connect(database, *args, **kwargs)
        if str(database).endswith(".tmp"):
            conn.execute("PRAGMA max_page_count = 1")
        return conn
    monkeypatch.setattr(sqlite3, "connect", limited)


@pytest.mark.parametrize("fault", [full_disk_on_fsync, full_disk_for_temporary_files], ids=["ENOSPC", "SQLITE_FULL"])
def test_a_full_disk_says_so_and_leaves_the_old_backup(tmp_path, db_path, monkeypatch, fault):
    out = backup(db_path, tmp_path / "sao-luu.sqlite")
    before = sha256(out)
    fault(monkeypatch)
    with pytest.raises(StoreError) as caught:
        backup(db_path, out)
    monkeypatch.undo()
    assert caught.value.code == "backup.disk_full"
    assert caught.value.text().startswith(f"Đĩa đầy: không ghi được bản sao lưu {out}.")
    assert sha256(out) == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("fault", [full_disk_on_fsync, full_disk_for_temporary_files], ids=["ENOSPC", "SQLITE_FULL"])
def test_a_restore_on_a_full_disk_says_so_and_changes_nothing(tmp_path, db_path, monkeypatch, fault):
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    before = sha256(db_path)
    fault(monkeypatch)
    with pytest.raises(StoreError) as caught:
        restore(db_path, saved, now=NOW)
    monkeypatch.undo()
    assert caught.value.code == "restore.disk_full"
    assert caught.value.text().startswith(f"Đĩa đầy: không đủ chỗ trong thư mục {db_path.parent}")
    assert sha256(db_path) == before
    assert leftovers(tmp_path) == [] and list_backups(default_folder(db_path)) == []


def test_ctrl_c_during_a_restore_changes_nothing_and_leaves_no_temporary_file(tmp_path, db_path, monkeypatch):
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    before = sha256(db_path)

    def stop(copy: Path, backup_file: Path) -> None:
        assert copy.exists()
        raise KeyboardInterrupt
    monkeypatch.setattr("desktop.core.store.backup.check_copy", stop)
    with pytest.raises(KeyboardInterrupt):
        restore(db_path, saved, now=NOW)
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["baocao.sqlite"]


# ---- restore takes only what the app opens (#13 point 3) ----

def spoiled(tmp_path: Path, db_path: Path, *statements: str) -> Path:
    """A backup of the database, then changed behind SQLite's checks (as another tool or a damaged
    disk could leave it)."""
    copy = backup(db_path, tmp_path / "sao-luu-hong.sqlite")
    with closing(sqlite3.connect(copy, isolation_level=None)) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            conn.execute(statement)
    return copy


def issued(db_path: Path, report) -> None:  # type: ignore[no-untyped-def]
    """Give the database an issued version and a received report, so every table of documents has one."""
    whole = db_path.with_name("day-du.sqlite")
    build_old(whole, len(known_steps()), report)
    with closing(sqlite3.connect(db_path)) as conn, closing(sqlite3.connect(whole)) as full:
        for table in ("report_versions", "received"):
            rows = full.execute(f"SELECT * FROM {table}").fetchall()
            conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
        conn.commit()
    whole.unlink()


@pytest.mark.parametrize("table", ["reports", "report_versions", "received"])
def test_restore_refuses_a_backup_with_a_malformed_document(tmp_path, db_path, report, table):
    issued(db_path, report)
    bad = spoiled(tmp_path, db_path, f"UPDATE {table} SET document = '{{\"template\": ' WHERE id = 1")
    error = refuse(tmp_path, db_path, bad, "backup.bad_document")
    assert f"bảng {table}, dòng 1, trường «document»: sai cú pháp JSON" in error.text()
    assert "phần mềm sẽ không mở được" in error.text()


def test_restore_refuses_a_backup_whose_document_breaks_the_schema(tmp_path, db_path):
    bad = spoiled(tmp_path, db_path, "UPDATE reports SET document = json_set(document, '$.title', 42)")
    error = refuse(tmp_path, db_path, bad, "backup.bad_document")
    assert "bảng reports, dòng 1, trường «title»" in error.text()


def test_restore_refuses_a_backup_holding_another_programs_document(tmp_path, db_path):
    bad = spoiled(tmp_path, db_path, "UPDATE reports SET document = '{\"contacts\": [\"An\"]}'")
    refuse(tmp_path, db_path, bad, "backup.bad_document")


def test_restore_refuses_a_backup_whose_document_is_nested_too_deep(tmp_path, db_path):
    bad = spoiled(tmp_path, db_path, "UPDATE reports SET document = '" + "[" * 5000 + "]" * 5000 + "'")
    refuse(tmp_path, db_path, bad, "backup.bad_document")


def test_restore_refuses_a_row_breaking_a_check_constraint(tmp_path, db_path):
    bad = spoiled(tmp_path, db_path, "UPDATE reports SET status = 'xoa'")
    with closing(sqlite3.connect(bad.resolve().as_uri() + "?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]  # read-only: CHECK skipped
    assert integrity(bad) == [("CHECK constraint failed in reports",)]  # writable: seen
    error = refuse(tmp_path, db_path, bad, "backup.corrupt")
    assert "CHECK constraint failed in reports" in error.text()


def test_restore_refuses_a_version_of_a_report_that_is_not_there(tmp_path, db_path, report):
    issued(db_path, report)
    bad = spoiled(tmp_path, db_path, "PRAGMA foreign_keys = OFF", "UPDATE report_versions SET report_id = 99")
    error = refuse(tmp_path, db_path, bad, "backup.corrupt")
    assert "FOREIGN KEY constraint failed in report_versions" in error.text()


def test_restore_refuses_an_older_backup_with_a_bad_document(tmp_path, db_path, report):
    old = tmp_path / "ban-cu.sqlite"
    build_old(old, 1, report)
    with closing(sqlite3.connect(old)) as conn:
        conn.execute("UPDATE reports SET document = '{}'")
        conn.commit()
    refuse(tmp_path, db_path, old, "backup.bad_document")


def test_restore_refuses_a_fifo_or_folder_without_waiting(tmp_path, db_path):
    for kind in ("fifo", "folder"):
        refuse(tmp_path, db_path, special_file(tmp_path / f"sao-luu-{kind}", kind), "backup.not_a_file")


def test_restore_never_replaces_another_programs_database(tmp_path, db_path):
    other = tmp_path / "khac.sqlite"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
    before = sha256(other)
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    with pytest.raises(StoreError) as caught:
        restore(other, saved, now=NOW)
    assert caught.value.code == "db.foreign"
    assert sha256(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "khac.sqlite", "sao-luu.sqlite"]


def test_a_restored_backup_opens_as_the_app_opens_it(tmp_path, db_path, report):
    issued(db_path, report)
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    restore(db_path, saved, now=NOW)
    store = Store.open(db_path)
    try:
        assert [s.id for s in store.list_reports()] == [1]
        assert to_dict(store.load_report(1)) == to_dict(report)
    finally:
        store.close()
