"""Backups and restores as jobs (#15 point 6): they yield their progress step by step, and stopped
between two steps they leave no file, the database and an earlier backup as they were."""

import datetime
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core.errors import StoreError
from desktop.core.exchange.progress import Progress, finish
from desktop.core.store import backup as backups
from desktop.core.store.backup import (
    BEFORE_RESTORE,
    CHECKING,
    COPYING,
    KEEPING,
    auto_backup_job,
    backup_job,
    commit_restore,
    list_backups,
    prepare_restore,
)
from desktop.core.store.reports import Store

NOW = datetime.datetime(2025, 8, 15, 9, 30)


@pytest.fixture
def db_path(tmp_path, report) -> Path:
    """A database with one report and the setting marker = "truoc", copied one page per step."""
    path = tmp_path / "data" / "baocao.sqlite"
    store = Store.open(path)
    store.add_report(report)
    store.set_setting("marker", "truoc")
    store.close()
    return path


@pytest.fixture(autouse=True)
def one_page_a_step(monkeypatch):
    monkeypatch.setattr(backups, "STEP_PAGES", 1)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pages(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])


def marker(path: Path) -> str:
    store = Store.open(path)
    try:
        return str(store.setting("marker"))
    finally:
        store.close()


def set_marker(path: Path, value: str) -> None:
    store = Store.open(path)
    store.set_setting("marker", value)
    store.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".tmp", "-journal", "-wal", "-shm")))


def steps_then_result(job) -> tuple[list[Progress], object]:  # type: ignore[no-untyped-def]
    steps = []
    while True:
        try:
            steps.append(next(job))
        except StopIteration as stop:
            return steps, stop.value


# ---- a backup ----

def test_a_backup_reports_its_progress_from_nothing_to_every_page(tmp_path, db_path):
    out = tmp_path / "usb" / "sao-luu.sqlite"
    steps, result = steps_then_result(backup_job(db_path, out))
    total = pages(db_path)
    assert result == out
    assert steps[0] == Progress(0, 1, COPYING)
    assert [s.done for s in steps[1:]] == list(range(1, total + 1))  # one page a step, none skipped
    assert {s.total for s in steps[1:]} == {total + 1}  # never done == total before the copy is in place
    assert all(s.label == COPYING for s in steps)


def test_the_copy_is_a_sound_database_with_the_same_data(tmp_path, db_path):
    out = finish(backup_job(db_path, tmp_path / "sao-luu.sqlite"))
    with closing(sqlite3.connect(out)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal to carry
    assert marker(out) == "truoc"
    store = Store.open(out)
    assert len(store.list_reports()) == 1
    store.close()


def test_stopping_a_backup_between_two_steps_leaves_no_file(tmp_path, db_path):
    before = sha256(db_path)
    out = tmp_path / "usb" / "sao-luu.sqlite"
    job = backup_job(db_path, out)
    for _ in range(3):
        assert next(job).done < pages(db_path)
    job.close()  # what «Hủy» does between two steps
    assert not out.exists()
    assert leftovers(tmp_path) == []
    assert sha256(db_path) == before


def test_stopping_a_backup_leaves_an_earlier_backup_of_that_name_as_it_was(tmp_path, db_path):
    out = finish(backup_job(db_path, tmp_path / "sao-luu.sqlite"))
    kept = sha256(out)
    set_marker(db_path, "sau")
    job = backup_job(db_path, out)
    next(job), next(job)
    job.close()
    assert sha256(out) == kept and marker(out) == "truoc"
    assert leftovers(tmp_path) == []


def test_ctrl_c_in_the_job_stops_the_copy_and_leaves_no_file(tmp_path, db_path):
    out = tmp_path / "sao-luu.sqlite"
    job = backup_job(db_path, out)
    next(job), next(job)
    with pytest.raises(KeyboardInterrupt):
        job.throw(KeyboardInterrupt)
    assert not out.exists() and leftovers(tmp_path) == []


def test_a_failure_in_the_copy_is_the_jobs_failure(tmp_path, db_path, monkeypatch):
    def broken(*step: int) -> None:
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(backups, "_between_steps", broken)
    with pytest.raises(StoreError) as caught:
        finish(backup_job(db_path, tmp_path / "sao-luu.sqlite"))
    assert caught.value.code == "backup.failed" and "disk I/O error" in caught.value.text()
    assert leftovers(tmp_path) == [] and not (tmp_path / "sao-luu.sqlite").exists()


def test_the_automatic_backup_as_a_job_copies_only_when_due(db_path):
    steps, made = steps_then_result(auto_backup_job(db_path, now=NOW))
    assert made is not None and made.exists() and steps[-1].done == pages(db_path)
    steps, again = steps_then_result(auto_backup_job(db_path, now=NOW + datetime.timedelta(hours=3)))
    assert (steps, again) == ([], None)


def test_a_stopped_automatic_backup_leaves_the_backups_as_they_were(db_path):
    job = auto_backup_job(db_path, now=NOW)
    next(job), next(job)
    job.close()
    assert list_backups(db_path.parent / "backups") == []
    assert leftovers(db_path.parent) == []


# ---- a restore, in two parts ----

def test_a_restore_copies_checks_then_keeps_the_data_it_replaces(tmp_path, db_path):
    saved = finish(backup_job(db_path, tmp_path / "sao-luu.sqlite"))
    set_marker(db_path, "sau")
    steps, prepared = steps_then_result(prepare_restore(db_path, saved))
    assert [s.label for s in steps] == [COPYING] * (len(steps) - 1) + [CHECKING]
    assert steps[-1].done < steps[-1].total
    assert marker(db_path) == "sau"  # nothing replaced yet: the store may stay open
    steps, kept = steps_then_result(commit_restore(prepared, now=NOW))
    assert steps and {s.label for s in steps} == {KEEPING}
    assert marker(db_path) == "truoc" and marker(kept) == "sau"
    assert [b.kind for b in list_backups(db_path.parent / "backups")] == [BEFORE_RESTORE]
    assert not prepared.copy.exists() and leftovers(tmp_path) == []


def test_stopping_a_restore_while_it_copies_changes_nothing(tmp_path, db_path):
    saved = finish(backup_job(db_path, tmp_path / "sao-luu.sqlite"))
    set_marker(db_path, "sau")
    before = sha256(db_path)
    job = prepare_restore(db_path, saved)
    next(job), next(job)
    job.close()
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["baocao.sqlite"]


def test_stopping_a_restore_while_it_keeps_the_current_data_changes_nothing(tmp_path, db_path):
    saved = finish(backup_job(db_path, tmp_path / "sao-luu.sqlite"))
    set_marker(db_path, "sau")
    before = sha256(db_path)
    prepared = finish(prepare_restore(db_path, saved))
    job = commit_restore(prepared, now=NOW)
    assert next(job).label == KEEPING
    next(job)
    job.close()  # before the switch
    assert sha256(db_path) == before and marker(db_path) == "sau"
    assert list_backups(db_path.parent / "backups") == []
    assert not prepared.copy.exists() and leftovers(tmp_path) == []


def test_a_bad_backup_is_refused_before_the_database_is_touched(tmp_path, db_path):
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = sha256(db_path)
    with pytest.raises(StoreError):
        finish(prepare_restore(db_path, bad))
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["baocao.sqlite"]
