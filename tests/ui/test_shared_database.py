"""Issue #5 in the window: a second window on the same database only reads, and Tệp → Sao lưu /
Khôi phục restores a backup into the open window."""

from conftest import type_text
from PySide6.QtWidgets import QMessageBox

from desktop.core.store.backup import backup
from desktop.ui.backupdialog import BackupDialog


def test_a_read_only_window_shows_why_and_edits_nothing(qtbot, open_window):
    writer = open_window()
    writer.new_report("so-ket-chien-luoc")
    with qtbot.waitSignal(writer.autosaver.saved, timeout=2000):
        type_text(writer.form.editors["number"], "12")
    reader = open_window(read_only=True)
    assert reader.read_only_banner.isVisible() and not writer.read_only_banner.isVisible()
    assert "CHỈ XEM" in reader.read_only_banner.text()
    assert not reader.new_button.isEnabled() and not reader.new_action.isEnabled()
    assert reader.reload_action.isVisible() and not writer.reload_action.isVisible()
    reader.open_report(writer.report_id)
    assert reader.form.editors["number"].text() == "12"
    assert reader.form.editors["number"].isReadOnly() and not reader.form.notice.isVisible()  # the banner says why
    for action in (reader.finalise_action, reader.delete_action, reader.send_action, reader.next_action,
                   reader.undo_action):
        assert not action.isEnabled(), action.text()
    assert reader.preview_action.isEnabled() and reader.versions_action.isEnabled()

    with qtbot.waitSignal(writer.autosaver.saved, timeout=2000):
        type_text(writer.form.editors["number"], "3")
    reader.reload_action.trigger()
    assert reader.form.editors["number"].text() == "123"


def test_a_report_deleted_in_the_writing_window_closes_on_reload(qtbot, open_window, monkeypatch):
    writer = open_window()
    writer.new_report("so-ket-chien-luoc")
    reader = open_window(read_only=True)
    reader.open_report(writer.report_id)
    monkeypatch.setattr("desktop.ui.mainwindow.QMessageBox.question", lambda *a: QMessageBox.StandardButton.Yes)
    writer.delete_report()
    reader.reload()
    assert reader.form is None and reader.report_list.count() == 0


def test_restoring_a_backup_replaces_what_the_window_shows(qtbot, open_window, tmp_path, monkeypatch):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    first = window.report_id
    saved = backup(window.workspace.store.path, tmp_path / "sao-luu.sqlite")
    window.new_report("so-ket-chien-luoc")
    assert window.report_list.count() == 2

    def restore_in_dialog(dialog: BackupDialog) -> int:
        with qtbot.waitSignal(dialog.restored, timeout=20000):  # the restore runs off the interface thread
            assert dialog.restore_from(saved, confirm=False)
        return 0

    monkeypatch.setattr(BackupDialog, "exec", restore_in_dialog)
    window.backup_action.trigger()
    assert window.form is None and window.report_list.count() == 1
    assert "Đã khôi phục dữ liệu" in window.statusBar().currentMessage()
    window.open_report(first)  # the reopened store works
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        type_text(window.form.editors["number"], "7")
    assert window.workspace.store.load_report(first).number == "7"


def test_the_read_only_window_takes_over_on_f5_once_the_other_has_closed(qtbot, open_window, db_path):
    from desktop.core.store.lock import DatabaseLock

    writer_lock = DatabaseLock(db_path)
    assert writer_lock.acquire()
    writer = open_window()
    writer.new_report("so-ket-chien-luoc")
    reader = open_window(read_only=True)
    reader.lock = DatabaseLock(db_path)
    reader.open_report(writer.report_id)
    reader.reload_action.trigger()  # the writer is still open: nothing changes
    assert reader.read_only and reader.windowTitle().endswith("— chỉ xem") and not reader.lock.held

    writer.close()
    writer_lock.release()
    with qtbot.waitSignal(reader.became_writable, timeout=2000):
        reader.reload_action.trigger()
    assert not reader.read_only and reader.lock.held and not reader.workspace.store.read_only
    assert not reader.read_only_banner.isVisible() and not reader.windowTitle().endswith("chỉ xem")
    assert reader.new_action.isEnabled() and not reader.reload_action.isVisible()
    with qtbot.waitSignal(reader.autosaver.saved, timeout=2000):
        type_text(reader.form.editors["number"], "8")
    assert reader.workspace.store.load_report(reader.report_id).number == "8"
    reader.lock.release()
