"""The database under hostile conditions (#13): Ctrl-C in the middle of a real `baocao backup` or
`restore`, a device given as the backup, another program's database reached by every way in, and a
disk that is really full (a small tmpfs, where the machine lets the tests mount one)."""

import errno
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core.errors import StoreError
from desktop.core.store.backup import auto_backup, backup, restore
from desktop.core.store.db import open_database
from desktop.core.store.reports import Store

ROOT = Path(__file__).resolve().parents[2]


def baocao(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})


def big_database(path: Path, report, megabytes: int = 300) -> Path:  # type: ignore[no-untyped-def]
    store = Store.open(path)
    store.add_report(report)
    store.db.execute("INSERT INTO audit_log (at, report_id, field, old, new) WITH RECURSIVE n(i) AS"
                     f" (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {megabytes})"
                     " SELECT '2025-10-10', 1, 'ghi_chu', NULL, substr(hex(zeroblob(500000)), 1, 1000000) FROM n")
    store.close()
    return path


def temporary_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", "-journal", ".tmp-wal", ".tmp-shm")))


def interrupt_once(process: subprocess.Popen[bytes], folder: Path) -> tuple[int, str]:
    """Ctrl-C as soon as the command has started its temporary copy (its file appears)."""
    deadline = time.monotonic() + 60
    while not temporary_files(folder) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)  # waiting for the copy to start, not for a moment of the clock
    assert temporary_files(folder), "the copy never started"
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    return process.returncode, err.decode("utf-8", "replace")


# ---- Ctrl-C in a real process ----

def test_ctrl_c_in_the_middle_of_a_backup_leaves_no_temporary_file(tmp_path, report):
    source = big_database(tmp_path / "lon.sqlite", report)
    out = tmp_path / "ra"
    out.mkdir()
    (out / "sao-luu.sqlite").write_bytes(b"ban sao luu cu")
    code, err = interrupt_once(baocao("backup", "--db", str(source), "-o", str(out / "sao-luu.sqlite")), out)
    assert code == 130 and "Ctrl-C" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["sao-luu.sqlite"]
    assert (out / "sao-luu.sqlite").read_bytes() == b"ban sao luu cu"


def test_ctrl_c_in_the_middle_of_a_restore_changes_nothing(tmp_path, report):
    saved = big_database(tmp_path / "lon.sqlite", report)
    data = tmp_path / "data"
    data.mkdir()
    db_path = data / "baocao.sqlite"
    Store.open(db_path).close()
    before = db_path.read_bytes()
    code, err = interrupt_once(baocao("restore", "--db", str(db_path), str(saved)), data)
    assert code == 130 and "Traceback" not in err
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == ["baocao.sqlite", "baocao.sqlite.lock"]


# ---- a device is never replaced ----

@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_backup_onto_dev_full_leaves_the_device(tmp_path, store):
    before = os.stat("/dev/full")
    process = baocao("backup", "--db", str(store.path), "-o", "/dev/full")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2 and "không phải tệp thường" in err.decode()
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert not list(Path("/dev").glob(".full.*.tmp"))


# ---- another program's database, by every way in ----

def foreign(path: Path) -> bytes:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")  # the header says WAL: opening it wrongly leaves -wal, -shm
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (125000.5)")
    return path.read_bytes()


WAYS_IN: dict[str, Callable[[Path, Path], object]] = {
    "Store.open": lambda db, tmp: Store.open(db),
    "read-only window": lambda db, tmp: open_database(db, read_only=True),
    "backup": lambda db, tmp: backup(db, tmp / "ra.sqlite"),
    "automatic backup": lambda db, tmp: auto_backup(db),
    "restore into it": lambda db, tmp: restore(db, tmp / "sao-luu.sqlite"),
}


@pytest.mark.parametrize("way", WAYS_IN)
def test_another_programs_database_is_refused_by_every_way_in(tmp_path, store, way):
    backup(store, tmp_path / "sao-luu.sqlite")
    other = tmp_path / "hoa-don.db"
    before = foreign(other)
    with pytest.raises(StoreError) as caught:
        WAYS_IN[way](other, tmp_path)
    assert caught.value.code == "db.foreign"
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baocao.sqlite", "baocao.sqlite-shm", "baocao.sqlite-wal",
                                                         "hoa-don.db", "sao-luu.sqlite"]


# ---- a disk that is really full ----

@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """Mounts a tmpfs of the size asked (KB) in the test's folder; skipped where mounting is not allowed."""
    mounted: list[Path] = []

    def mount(kilobytes: int) -> Path:
        point = tmp_path / f"dia-{len(mounted)}"
        point.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(point)],
                              capture_output=True)
        if done.returncode != 0 or shutil.which("umount") is None:
            pytest.skip("this machine does not let the tests mount a small disk")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=True)


def test_a_backup_onto_a_full_disk_says_so_and_keeps_the_old_backup(small_disk, store, report):
    disk = small_disk(600)
    old = backup(store, disk / "sao-luu.sqlite")
    before = old.read_bytes()
    store.db.execute("INSERT INTO audit_log (at, report_id, field, old, new)"  # now bigger than the room left
                     " VALUES ('2025-10-10', 1, 'ghi_chu', NULL, substr(hex(zeroblob(500000)), 1, 1000000))")
    with pytest.raises(StoreError) as caught:
        backup(store.path, old)
    assert caught.value.code == "backup.disk_full"
    assert caught.value.text().startswith(f"Đĩa đầy: không ghi được bản sao lưu {old}.")
    assert old.read_bytes() == before
    assert sorted(p.name for p in disk.iterdir()) == ["sao-luu.sqlite"]


def fill(disk: Path) -> Path:
    """Take every byte left on the disk; returns the file holding them."""
    filler = disk / "chiem-cho"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def test_the_store_on_a_full_disk_says_so_and_keeps_what_was_saved(small_disk, report):
    disk = small_disk(400)
    store = Store.open(disk / "baocao.sqlite")
    try:
        first = store.add_report(report)
        filler = fill(disk)
        with pytest.raises(StoreError) as caught:
            for _ in range(100):
                store.add_report(report)
        assert caught.value.code == "db.disk_full"
        assert caught.value.text().startswith(f"Đĩa đầy: không ghi được cơ sở dữ liệu {disk / 'baocao.sqlite'}.")
        filler.unlink()
        assert [s.id for s in store.list_reports()] == [first]
        store.add_report(report)  # room again: saving works again
    finally:
        store.close()


def test_a_restore_onto_a_full_disk_changes_nothing(small_disk, tmp_path, report):
    saved = big_database(tmp_path / "lon.sqlite", report, megabytes=2)
    disk = small_disk(1024)
    db_path = disk / "baocao.sqlite"
    store = Store.open(db_path)
    store.add_report(report)
    store.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as caught:
        restore(db_path, saved)
    assert caught.value.code == "restore.disk_full"
    assert f"không đủ chỗ trong thư mục {disk}" in caught.value.text()
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in disk.iterdir()) == ["baocao.sqlite"]
