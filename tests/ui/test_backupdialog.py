"""Sao lưu / Khôi phục (#5): the dialog over core/store/backup.py, and the start-up of app.py
(the automatic backup, the daily timer, the read-only second window)."""

import datetime
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.store import backup as backups
from desktop.core.store.backup import auto_backup, backup, default_folder, list_backups
from desktop.core.store.db import is_read_only
from desktop.core.store.reports import Store
from desktop.ui.app import BACKUP_CHECK_MS, backup_quietly, start, start_backup_timer
from desktop.ui.backupdialog import PATH_ROLE, BackupDialog, size_text

DAY = datetime.datetime(2025, 8, 15, 9, 30)
GATE_S = 10  # how long a held copy waits for the interface before it gives up (a failure, not a pause)


def dump(path: Path) -> list[str]:
    """Every row and table as SQL, read through the -wal while the store is open."""
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def marker(path: Path) -> object:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone()[0]


class Holder:
    """Stands for the main window: owns the store, closes and reopens it for the dialog."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.store: Store | None = Store.open(db_path)
        self.calls: list[str] = []

    def close_store(self) -> None:
        assert self.store is not None
        self.store.close()
        self.store = None
        self.calls.append("close")

    def reopen_store(self) -> None:
        self.store = Store.open(self.db_path)
        self.calls.append("reopen")


@pytest.fixture
def holder(db_path):
    opened = Holder(db_path)
    opened.store.set_setting("marker", "truoc")
    yield opened
    if opened.store is not None:
        opened.store.close()


@pytest.fixture
def dialog(qtbot, holder, db_path):
    def make(read_only: bool = False) -> BackupDialog:
        made = BackupDialog(db_path, holder.close_store, holder.reopen_store, read_only=read_only)
        qtbot.addWidget(made)
        return made
    return make


def rows(dialog: BackupDialog) -> list[list[str]]:
    items = [dialog.backups.topLevelItem(i) for i in range(dialog.backups.topLevelItemCount())]
    return [[item.text(column) for column in range(3)] for item in items]


def test_sizes_in_vietnamese():
    assert size_text(45_056) == "44 KB"
    assert size_text(1_300_000) == "1,2 MB"


def test_an_empty_list_says_when_the_first_backup_comes(dialog):
    shown = dialog()
    assert shown.backups.topLevelItemCount() == 0
    assert shown.status.text().startswith("Chưa có bản sao lưu nào.")


def test_the_automatic_backups_are_listed_newest_first(db_path, holder, dialog):
    first = auto_backup(db_path, now=DAY)
    auto_backup(db_path, now=DAY + datetime.timedelta(days=1, hours=2))
    shown = dialog()
    assert rows(shown) == [["16/08/2025 11:30", "tự động", size_text(first.stat().st_size)],
                           ["15/08/2025 09:30", "tự động", size_text(first.stat().st_size)]]
    assert shown.windowTitle() == "Sao lưu / Khôi phục"
    assert not shown.restore_selected_button.isEnabled()  # nothing selected yet


def test_back_up_now_to_a_chosen_file(qtbot, tmp_path, holder, dialog):
    shown = dialog()
    holder.store.set_setting("marker", "vua sua")  # while the store is open
    out = tmp_path / "usb" / "sao-luu.sqlite"
    with qtbot.waitSignal(shown.job_done):
        assert shown.backup_to(out)
    assert marker(out) == '"vua sua"'
    assert shown.status.text() == f"Đã sao lưu vào {out}"


def test_restore_the_selected_backup(qtbot, db_path, holder, dialog):
    auto_backup(db_path, now=DAY)
    holder.store.set_setting("marker", "sau")
    shown = dialog()
    shown.backups.setCurrentItem(shown.backups.topLevelItem(0))
    assert shown.restore_selected_button.isEnabled()
    with qtbot.waitSignal(shown.restored) as restored:
        assert shown.restore_from(Path(shown.backups.currentItem().data(0, PATH_ROLE)), confirm=False)
    assert holder.calls == ["close", "reopen"]
    assert holder.store.setting("marker") == "truoc"
    kept = Path(restored.args[0])
    assert marker(kept) == '"sau"'
    assert shown.status.text().endswith(f"Dữ liệu trước đó được giữ ở {kept}.")
    assert [row[1] for row in rows(shown)] == ["dữ liệu trước khi khôi phục", "tự động"]


def test_the_question_before_a_restore_says_what_happens_and_cancel_changes_nothing(
        qtbot, tmp_path, db_path, holder, dialog):
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    holder.store.set_setting("marker", "sau")
    shown = dialog()
    text = shown.confirmation(saved).text()
    assert "Toàn bộ dữ liệu hiện tại sẽ được thay" in text and "giữ một bản sao của dữ liệu hiện tại" in text
    before = dump(db_path)
    asked: list[str] = []

    def answer_cancel() -> None:  # runs inside the question's own event loop
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer_cancel)
    assert not shown.restore_from(saved)
    assert asked and str(saved) in asked[0]
    assert holder.calls == [] and dump(db_path) == before
    assert holder.store.setting("marker") == "sau"


def test_a_bad_file_is_refused_in_the_dialog_and_the_store_stays_open(qtbot, tmp_path, db_path, holder, dialog):
    bad = tmp_path / "hong.sqlite"
    bad.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    before = dump(db_path)
    shown = dialog()
    with qtbot.waitSignal(shown.job_done) as ended:
        assert shown.restore_from(bad, confirm=False)
    assert ended.args == ["prepare"]  # refused before the store was closed
    assert "không phải bản sao lưu của baocao" in shown.status.text()
    assert holder.calls == [] and holder.store.setting("marker") == "truoc"
    assert dump(db_path) == before


def test_a_read_only_window_cannot_restore(db_path, dialog):
    auto_backup(db_path, now=DAY)
    shown = dialog(read_only=True)
    shown.backups.setCurrentItem(shown.backups.topLevelItem(0))
    assert not shown.restore_file_button.isEnabled()
    assert not shown.restore_selected_button.isEnabled()
    assert shown.backup_button.isEnabled()


# ---- the copies run off the interface thread, with progress and «Hủy» (#15 point 6) ----

class Ticks:
    """A timer of the interface thread, and a gate that lets each step of a copy go only after a tick:
    a copy run on the interface thread would wait for ticks that never come, and fail."""

    def __init__(self, probe, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        self.probe, self.seen, self.ticked = probe, [], threading.Event()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.tick)
        monkeypatch.setattr(backups, "STEP_PAGES", 1)
        monkeypatch.setattr(backups, "_between_steps", self.step)

    def tick(self) -> None:
        self.seen.append(self.probe())  # what the window shows while the copy runs
        self.ticked.set()

    def step(self, *progress: int) -> None:
        if not self.ticked.wait(GATE_S):
            raise RuntimeError("the interface did not tick while the copy ran")
        self.ticked.clear()


def test_the_window_keeps_working_while_a_backup_copies(qtbot, tmp_path, dialog, monkeypatch):
    shown = dialog()
    ticks = Ticks(lambda: (shown.busy(), shown.progress_label.text()), monkeypatch)
    out = tmp_path / "sao-luu.sqlite"
    ticks.timer.start()
    with qtbot.waitSignal(shown.job_done, timeout=20000):
        assert shown.backup_to(out)
        assert not shown.progress.isHidden() and not shown.backup_button.isEnabled()
    ticks.timer.stop()
    assert shown.status.text() == f"Đã sao lưu vào {out}"
    assert marker(out) == '"truoc"'
    assert (True, "Đang sao lưu…") in ticks.seen
    assert shown.progress.isHidden() and shown.backup_button.isEnabled()


def test_the_window_keeps_working_while_a_restore_copies_and_keeps(qtbot, db_path, holder, dialog, monkeypatch):
    auto_backup(db_path, now=DAY)
    holder.store.set_setting("marker", "sau")
    shown = dialog()
    ticks = Ticks(lambda: (shown.busy(), shown.progress_label.text()), monkeypatch)
    ticks.timer.start()
    with qtbot.waitSignal(shown.restored, timeout=20000):
        assert shown.restore_from(list_backups(default_folder(db_path))[0].path, confirm=False)
    ticks.timer.stop()
    assert holder.calls == ["close", "reopen"] and holder.store.setting("marker") == "truoc"
    labels = [text for busy, text in ticks.seen if busy]
    assert "Đang đọc bản sao lưu…" in labels and "Đang giữ bản sao dữ liệu hiện tại…" in labels


class Hold:
    """Holds a copy at its `at`-th step (of those `when` allows) until released."""

    def __init__(self, monkeypatch, at: int = 3, when=lambda: True) -> None:  # type: ignore[no-untyped-def]
        self.at, self.when, self.count = at, when, 0
        self.held, self.release = threading.Event(), threading.Event()
        monkeypatch.setattr(backups, "STEP_PAGES", 1)
        monkeypatch.setattr(backups, "_between_steps", self.step)

    def step(self, *progress: int) -> None:
        if self.when():
            self.count += 1
            if self.count == self.at:
                self.held.set()
                self.release.wait(GATE_S)


def cancel_when_held(qtbot, shown: BackupDialog, hold: Hold) -> list[str]:
    qtbot.waitUntil(hold.held.is_set)
    with qtbot.waitSignal(shown.job_done, timeout=20000) as ended:
        shown.cancel_button.click()
        hold.release.set()
    return ended.args


def test_cancel_a_backup_and_no_file_is_written(qtbot, tmp_path, dialog, monkeypatch):
    shown = dialog()
    hold = Hold(monkeypatch)
    out = tmp_path / "usb" / "sao-luu.sqlite"
    assert shown.backup_to(out)
    assert cancel_when_held(qtbot, shown, hold) == ["backup"]
    assert shown.status.text() == "Đã hủy sao lưu; không ghi tệp nào."
    assert sorted(p.name for p in out.parent.iterdir()) == []  # no copy, no temporary file


def test_cancel_a_restore_while_the_backup_is_read_and_the_store_stays_open(
        qtbot, tmp_path, db_path, holder, dialog, monkeypatch):
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    holder.store.set_setting("marker", "sau")
    before = dump(db_path)
    shown = dialog()
    hold = Hold(monkeypatch)
    assert shown.restore_from(saved, confirm=False)
    assert cancel_when_held(qtbot, shown, hold) == ["prepare"]
    assert shown.status.text() == "Đã hủy khôi phục; dữ liệu hiện tại không thay đổi."
    assert holder.calls == [] and dump(db_path) == before
    assert not any(p.name.endswith(".tmp") for p in db_path.parent.iterdir())


def test_cancel_a_restore_while_the_current_data_are_kept_changes_nothing(
        qtbot, tmp_path, db_path, holder, dialog, monkeypatch):
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    holder.store.set_setting("marker", "sau")
    shown = dialog()
    hold = Hold(monkeypatch, when=lambda: holder.calls == ["close"])  # the store closed: the second part
    assert shown.restore_from(saved, confirm=False)
    assert cancel_when_held(qtbot, shown, hold) == ["commit"]
    assert holder.calls == ["close", "reopen"] and holder.store.setting("marker") == "sau"
    assert [b.kind for b in list_backups(default_folder(db_path))] == []  # nothing kept: nothing replaced
    assert shown.status.text() == "Đã hủy khôi phục; dữ liệu hiện tại không thay đổi."
    assert not any(p.name.endswith(".tmp") for p in db_path.parent.rglob("*"))


def test_closing_the_dialog_during_a_restore_stops_it_and_opens_the_store_again(
        qtbot, tmp_path, db_path, holder, dialog, monkeypatch):
    saved = backup(db_path, tmp_path / "sao-luu.sqlite")
    holder.store.set_setting("marker", "sau")
    shown = dialog()
    hold = Hold(monkeypatch, when=lambda: holder.calls == ["close"])
    assert shown.restore_from(saved, confirm=False)
    qtbot.waitUntil(hold.held.is_set)
    thread = shown.worker._thread  # the copy goes on once the dialog has asked the job to stop
    interrupt = thread.requestInterruption
    thread.requestInterruption = lambda: (interrupt(), hold.release.set())
    shown.reject()  # waits for the job to stop between two steps
    assert not shown.busy()
    assert holder.calls == ["close", "reopen"] and holder.store.setting("marker") == "sau"


# ---- app.py: start-up ----

def test_start_backs_up_and_a_second_window_only_reads(qtbot, db_path):
    Store.open(db_path).close()
    first, first_lock = start(db_path, "vi")
    second, second_lock = start(db_path, "vi")
    try:
        qtbot.addWidget(first)
        qtbot.addWidget(second)
        assert first_lock.held and not second_lock.held
        assert not is_read_only(first.workspace.store.db)
        assert is_read_only(second.workspace.store.db)
        assert second.windowTitle().endswith("— chỉ xem")
        assert len(list_backups(default_folder(db_path))) == 1  # made by the first window only
    finally:
        for window, lock in ((first, first_lock), (second, second_lock)):
            window.workspace.store.close()
            lock.release()
    third, third_lock = start(db_path, "vi")  # the first closed: the database is free again
    qtbot.addWidget(third)
    assert third_lock.held and not is_read_only(third.workspace.store.db)
    third.workspace.store.close()
    third_lock.release()


def test_a_failed_automatic_backup_does_not_stop_the_app(db_path):
    Store.open(db_path).close()
    default_folder(db_path).write_text("một tệp chắn chỗ thư mục backups", encoding="utf-8")
    message = backup_quietly(db_path, DAY)
    assert message is not None and message.startswith("Chưa tự động sao lưu được: ")


def test_the_daily_backup_runs_while_the_app_is_open(qtbot, db_path, holder):
    auto_backup(db_path, now=DAY)
    clock = [DAY + datetime.timedelta(hours=5)]
    reports: list[str] = []
    parent = BackupDialog(db_path, holder.close_store, holder.reopen_store)
    qtbot.addWidget(parent)
    daily = start_backup_timer(parent, db_path, reports.append, interval_ms=5, now=lambda: clock[0])
    with qtbot.waitSignal(daily.ended) as first:
        pass
    assert first.args == [None] and len(list_backups(default_folder(db_path))) == 1  # not a day yet
    clock[0] = DAY + datetime.timedelta(days=1)
    with qtbot.waitSignal(daily.ended, check_params_cb=lambda made: made is not None) as second:
        pass
    daily.stop()
    assert second.args[0] == list_backups(default_folder(db_path))[0].path
    assert len(list_backups(default_folder(db_path))) == 2
    assert reports == []


def test_the_daily_backup_copies_off_the_interface_thread(qtbot, db_path, holder, monkeypatch):
    auto_backup(db_path, now=DAY)
    parent = BackupDialog(db_path, holder.close_store, holder.reopen_store)
    qtbot.addWidget(parent)
    daily = start_backup_timer(parent, db_path, [].append, interval_ms=BACKUP_CHECK_MS,
                               now=lambda: DAY + datetime.timedelta(days=1))
    ticks = Ticks(daily.busy, monkeypatch)
    ticks.timer.start()
    with qtbot.waitSignal(daily.ended, timeout=20000) as ended:
        daily.check()  # as the hourly timer does
    ticks.timer.stop()
    daily.stop()
    assert ended.args[0] == list_backups(default_folder(db_path))[0].path
    assert True in ticks.seen  # the window ticked while the copy ran
