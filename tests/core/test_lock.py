"""Where the database lives (#5): one writing window per database (an OS lock beside it), a
read-only mode for the second window, and read-only or locked files said plainly."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from olddb import build_old
from readonly import read_only

from desktop.core.errors import StoreError
from desktop.core.store.db import is_read_only, open_database, store_error
from desktop.core.store.lock import DatabaseLock, lock_path
from desktop.core.store.reports import Store


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path, report) -> Path:
    path = tmp_path / "baocao.sqlite"
    store = Store.open(path)
    store.add_report(report)
    store.close()
    return path


# ---- the lock ----

def test_a_second_window_finds_the_database_taken(db_path):
    first, second = DatabaseLock(db_path), DatabaseLock(db_path)
    assert first.acquire()
    assert first.path == lock_path(db_path) == db_path.with_name("baocao.sqlite.lock")
    assert not second.acquire() and not second.held
    first.release()
    assert second.acquire()
    second.release()


HOLDER = ("import sys\nfrom pathlib import Path\nfrom desktop.core.store.lock import DatabaseLock\n"
          "lock = DatabaseLock(Path(sys.argv[1]))\nprint(lock.acquire(), flush=True)\nsys.stdin.read()\n")


def test_the_lock_of_another_process_goes_with_it_even_when_killed(db_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert not DatabaseLock(db_path).acquire()
    finally:
        holder.kill()  # no clean-up runs: the operating system drops the lock
        holder.wait()
        for stream in (holder.stdin, holder.stdout):
            assert stream is not None
            stream.close()
    with DatabaseLock(db_path) as lock:
        assert lock.held


# ---- the read-only mode of the second window ----

def test_the_second_window_reads_what_the_first_writes(db_path, report):
    writer = Store.open(db_path)
    reader = Store(open_database(db_path, read_only=True), db_path)
    try:
        assert is_read_only(reader.db) and not is_read_only(writer.db)
        report.title = "Sửa ở cửa sổ thứ nhất"
        writer.save_report(1, report)
        assert reader.load_report(1).title == "Sửa ở cửa sổ thứ nhất"
        with pytest.raises(StoreError):
            reader.save_report(1, report)
    finally:
        reader.close()
        writer.close()


def test_a_read_only_window_changes_nothing_and_says_why(db_path, report):
    before = sha256(db_path)
    db = open_database(db_path, read_only=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            db.execute("UPDATE reports SET title = 'x'")
        error = store_error(db_path, raised.value, db)
    finally:
        db.close()
    assert error.code == "db.read_only_mode"
    assert "chỉ để xem" in error.text() and "cửa sổ baocao khác" in error.text()
    assert sha256(db_path) == before


def test_a_read_only_window_does_not_update_an_older_schema(tmp_path, report):
    old = tmp_path / "cu.sqlite"
    build_old(old, 1, report)
    before = sha256(old)
    with pytest.raises(StoreError) as caught:
        open_database(old, read_only=True)
    assert caught.value.code == "db.needs_upgrade"
    assert sha256(old) == before


def test_a_read_only_window_needs_the_file(tmp_path):
    with pytest.raises(StoreError) as caught:
        open_database(tmp_path / "khong-co.sqlite", read_only=True)
    assert caught.value.code == "db.unreadable"
    assert not (tmp_path / "khong-co.sqlite").exists()


# ---- read-only and locked files ----

def test_a_read_only_file_is_said_plainly(db_path):
    before = sha256(db_path)
    with read_only(db_path), pytest.raises(StoreError) as caught:
        Store.open(db_path)
    assert caught.value.code == "db.read_only"
    assert caught.value.text().startswith(f"Tệp cơ sở dữ liệu {db_path} chỉ đọc được, không ghi được.")
    assert sha256(db_path) == before


def test_a_read_only_folder_is_said_plainly(tmp_path, db_path):
    files = sorted(os.listdir(tmp_path))
    with read_only(tmp_path), pytest.raises(StoreError) as caught:
        Store.open(db_path)
    assert caught.value.code == "db.folder_read_only"
    assert f"Thư mục {tmp_path} chỉ đọc được" in caught.value.text()
    assert sorted(os.listdir(tmp_path)) == files


def test_a_new_database_in_a_read_only_folder_is_said_plainly(tmp_path):
    with read_only(tmp_path), pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "moi" / "baocao.sqlite")
    assert caught.value.code == "db.folder_read_only"
    assert not (tmp_path / "moi").exists()


def test_a_database_locked_by_another_program_is_said_plainly(tmp_path):
    path = tmp_path / "khoa.sqlite"
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("CREATE TABLE t (x)")
        other.execute("BEGIN EXCLUSIVE")  # e.g. another program in the middle of writing it
        with pytest.raises(StoreError) as caught:
            open_database(path, busy_timeout_ms=50)
        other.execute("ROLLBACK")
    assert caught.value.code == "db.locked"
    assert "đang bị một chương trình khác khóa" in caught.value.text()
