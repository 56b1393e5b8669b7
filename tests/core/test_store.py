"""Reports kept in a real SQLite file: the round trip, the settings, crash-safe settings; whose file a
database is, a full disk and a read-only -wal (#13)."""

import datetime
import errno
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from readonly import read_only

from desktop.core.document import Section, to_dict
from desktop.core.errors import StoreError
from desktop.core.store.db import open_database, store_error
from desktop.core.store.reports import Store


def test_round_trip_through_a_real_file(tmp_path, report):
    path = tmp_path / "db.sqlite"
    store = Store.open(path)
    report.number = "132"
    report.sections[0].children[0].text = "- Dòng một\n- Dòng hai có dấu: ữ ự ỹ"
    report.sections.append(Section("MỤC THÊM", "Nội dung", [Section("Con")]))
    report.signer.name = "Trần Thị Tình"
    report_id = store.add_report(report)
    store.close()

    again = Store.open(path)
    loaded = again.load_report(report_id)
    again.close()
    assert to_dict(loaded) == to_dict(report)
    assert loaded.date == datetime.date(2025, 8, 15)


def test_save_replaces_and_lists(store, report):
    report_id = store.add_report(report)
    report.title = "Tiêu đề mới"
    report.number = "7"
    store.save_report(report_id, report)
    [summary] = store.list_reports()
    assert (summary.id, summary.title, summary.number, summary.symbol) == (
        report_id, "Tiêu đề mới", "7", "BC-UBND")
    row = sqlite3.connect(store.path).execute("SELECT title, unit_code FROM reports").fetchone()
    assert row == ("Tiêu đề mới", 10729)


def test_saving_a_missing_report_fails_clearly(store, report):
    with pytest.raises(StoreError) as caught:
        store.save_report(42, report)
    assert caught.value.code == "report.not_found"


def test_delete_moves_to_the_trash(store, report):
    report_id = store.add_report(report)
    store.trash_report(report_id)
    assert store.list_reports() == [] and [s.id for s in store.trashed_reports()] == [report_id]


def test_settings(store):
    assert store.setting("unit_code") is None
    store.set_setting("unit_code", 10729)
    store.set_setting("unit_code", 10750)
    assert store.setting("unit_code") == 10750


def test_crash_safe_pragmas(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as caught:
        Store.open(bad)
    assert caught.value.code == "db.not_sqlite"
    assert str(bad) in caught.value.text() and "không phải cơ sở dữ liệu của baocao" in caught.value.text()
    assert bad.read_bytes() == b"this is not a database" * 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-db.sqlite"]


# ---- whose file it is (#13 point 4): decided before anything is written ----

def other_program(path: Path, *, wal: bool = False) -> bytes:
    """Another program's SQLite database (its own tables, no baocao steps); returns its bytes."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('An', '0901')")
    return path.read_bytes()


@pytest.mark.parametrize("wal", [False, True], ids=["rollback", "wal"])
@pytest.mark.parametrize("read_only", [False, True], ids=["writer", "reader"])
def test_another_programs_database_is_refused_and_left_byte_identical(tmp_path, wal, read_only):
    other = tmp_path / "danh-ba.db"
    before = other_program(other, wal=wal)
    with pytest.raises(StoreError) as caught:
        open_database(other, read_only=read_only)
    assert caught.value.code == "db.foreign"
    assert caught.value.text() == (
        f"Tệp {other} là cơ sở dữ liệu của chương trình khác (có bảng «contacts»), baocao không mở để khỏi "
        "làm hỏng nó. Hãy chỉ ra tệp cơ sở dữ liệu của baocao, hoặc một tên tệp mới để tạo cơ sở dữ liệu mới. "
        "Tệp không bị thay đổi.")
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["danh-ba.db"]  # no -wal, -shm or -journal


def test_another_programs_database_with_a_view_only_is_refused(tmp_path):
    other = tmp_path / "khac.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE VIEW hom_nay AS SELECT date('now') AS d")
    before = other.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store.open(other)
    assert (caught.value.code, caught.value.message.context["table"]) == ("db.foreign", "hom_nay")
    assert other.read_bytes() == before


def test_an_empty_file_is_ours_to_make_a_database_in(tmp_path, report):
    empty = tmp_path / "moi.sqlite"
    empty.touch()
    store = Store.open(empty)
    store.add_report(report)
    store.close()
    assert Store.open(empty).list_reports()[0].title == report.title


def test_an_sqlite_file_with_no_table_or_only_our_bookkeeping_is_ours(tmp_path):
    blank, cut_short = tmp_path / "trong.sqlite", tmp_path / "dang-do.sqlite"
    with closing(sqlite3.connect(blank)) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")  # a header and an empty schema
    with closing(sqlite3.connect(cut_short, isolation_level=None)) as conn:  # a first open stopped after one statement
        conn.execute("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT,"
                     " applied_at TEXT)")
    for path in (blank, cut_short):
        store = Store.open(path)
        assert store.list_reports() == []
        store.close()


def test_a_baocao_database_with_a_table_added_by_the_user_is_still_ours(tmp_path, report):
    path = tmp_path / "baocao.sqlite"
    Store.open(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE ghi_chu (text TEXT)")
        conn.commit()
    store = Store.open(path)
    store.add_report(report)
    store.close()


@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_a_path_that_is_not_a_regular_file_is_refused(tmp_path, kind):
    path = tmp_path / "baocao.sqlite"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # SQLite would wait on it for ever
    else:
        path = Path("/dev/null")
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.code == "db.not_a_file"
    assert str(path) in caught.value.text()
    if kind != "device":
        assert sorted(p.name for p in tmp_path.iterdir()) == ["baocao.sqlite"]


# ---- a full disk, a read-only -wal (#13 point 7) ----

def test_a_full_disk_says_disk_full_and_keeps_what_was_saved(store, report):
    first = store.add_report(report)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite now finds the disk full (SQLITE_FULL)
    report.sections[0].children[0].text = "chữ " * 200_000
    with pytest.raises(StoreError) as caught:
        store.save_report(first, report)
    assert caught.value.code == "db.disk_full"
    text = caught.value.text()
    assert text.startswith(f"Đĩa đầy: không ghi được cơ sở dữ liệu {store.path}.")
    assert "giải phóng chỗ trống" in text and "không mở được" not in text.lower()
    assert caught.value.text("en").startswith("The disk is full")
    assert to_dict(store.load_report(first))["sections"] != to_dict(report)["sections"]


@pytest.mark.parametrize("error", [
    OSError(errno.ENOSPC, "No space left on device"),
    sqlite3.OperationalError("database or disk is full"),
], ids=["ENOSPC", "SQLITE_FULL"])
def test_every_kind_of_full_disk_is_named_so(tmp_path, error):
    assert store_error(tmp_path / "baocao.sqlite", error).code == "db.disk_full"


def crashed_with_a_wal(path: Path) -> Path:
    """A database whose last writer was killed: its last edit only in the -wal beside it."""
    script = ("import os, sqlite3, sys\nconn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
              "conn.execute(\"INSERT INTO settings (key, value) VALUES ('marker', '1')\")\nos._exit(0)\n")
    Store.open(path).close()
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    return wal


def test_a_read_only_wal_is_named(tmp_path):
    path = tmp_path / "baocao.sqlite"
    wal = crashed_with_a_wal(path)
    before = path.read_bytes(), wal.read_bytes()
    with read_only(wal), pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.code == "db.wal_read_only"
    assert caught.value.text().startswith(f"Tệp nhật ký {wal} của cơ sở dữ liệu {path} chỉ đọc được")
    assert (path.read_bytes(), wal.read_bytes()) == before
    store = Store.open(path)  # writable again: the edit the -wal held is there
    assert store.setting("marker") == 1
    store.close()


def test_a_write_refused_because_of_the_wal_names_the_wal(tmp_path):
    path = tmp_path / "baocao.sqlite"
    wal = crashed_with_a_wal(path)
    with read_only(wal):
        error = store_error(path, sqlite3.OperationalError("attempt to write a readonly database"))
    assert (error.code, error.message.context["wal"]) == ("db.wal_read_only", str(wal))
