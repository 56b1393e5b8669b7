"""Issue #5 in the window: undo and redo, issuing and amending, the versions and the change log,
the file sent, and the next period's report."""

import datetime
import json
from pathlib import Path

from conftest import type_text
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core import bundle
from desktop.ui.versionsdialog import VersionsDialog


def typed(qtbot, window, editor: str, text: str) -> None:
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        type_text(window.form.editors[editor], text)


def test_undo_and_redo_step_through_the_saved_edits(qtbot, open_window):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    assert not window.undo_action.isEnabled()
    typed(qtbot, window, "number", "13")
    typed(qtbot, window, "number", "2")
    assert window.form.editors["number"].text() == "132" and window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.form.editors["number"].text() == "13"
    assert window.workspace.store.load_report(window.report_id).number == "13"
    window.undo_action.trigger()
    assert window.form.editors["number"].text() == "" and not window.undo_action.isEnabled()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window.form.editors["number"].text() == "132" and not window.redo_action.isEnabled()
    window.undo_action.trigger()
    typed(qtbot, window, "number", "9")  # a new edit drops what was undone
    assert window.form.editors["number"].text() == "139" and not window.redo_action.isEnabled()
    assert [e.new for e in window.workspace.store.audit(window.report_id) if e.field == "number"] == [
        "13", "132", "13", "", "13", "132", "13", "139"]


def issue(window, monkeypatch) -> None:
    window.report.number, window.report.date = "45", datetime.date(2025, 10, 7)
    window.workspace.store.save_report(window.report_id, window.report)
    monkeypatch.setattr("desktop.ui.mainwindow.QMessageBox.question", lambda *a: QMessageBox.StandardButton.Yes)
    window.finalise()


def test_an_amended_report_keeps_its_issued_version_and_shows_what_changed(qtbot, open_window, monkeypatch):
    window = open_window(unit_code=21439)
    window.import_file(bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json")
    issue(window, monkeypatch)
    assert not window.undo_action.isEnabled() and window.amend_action.isEnabled()
    window.amend()
    assert "bản điều chỉnh lần 1, đang sửa" in window.report_list.currentItem().text()
    window.form.editors["title"].selectAll()
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        type_text(window.form.editors["title"], "Báo cáo điều chỉnh")
    dialog = VersionsDialog(window.workspace, window.report_id, window)
    qtbot.addWidget(dialog)
    assert dialog.version_table.rowCount() == 1 and dialog.version_table.item(0, 1).text() == "đã hoàn tất"
    dialog.compare_with_current()
    rows = {dialog.change_table.item(r, 0).text(): dialog.change_table.item(r, 2).text()
            for r in range(dialog.change_table.rowCount())}
    assert rows["Trích yếu"] == "Báo cáo điều chỉnh" and rows["Trạng thái"] == "bản nháp"
    logged = [dialog.log_table.item(r, 1).text() for r in range(dialog.log_table.rowCount())]
    assert logged[0] == "Trích yếu" and "Trạng thái" in logged


def test_the_file_sent_marks_a_final_report_sent(qtbot, open_window, monkeypatch, tmp_path: Path):
    window = open_window(unit_code=21439)
    window.import_file(bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json")
    issue(window, monkeypatch)
    out = tmp_path / "gui-thanh-pho.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_file()
    assert json.loads(out.read_text("utf-8"))["number"] == "45"
    assert window.workspace.store.load_report(window.report_id).status == "sent"
    assert window.workspace.store.versions(window.report_id)[0].sent_at is not None
    assert "đã gửi" in window.report_list.currentItem().text()


def test_the_next_period_opens_prefilled(qtbot, open_window):
    window = open_window()
    window.import_file(bundle.samples_dir() / "bao-cao-quy-004-hai-phong.json")
    first_id, text = window.report_id, window.report.sections[0].children[0].text
    window.next_action.trigger()
    assert window.report_id != first_id and window.report.period == "2025-Q4"
    assert window.report.sections[0].children[0].text == text and window.report.number == ""
    assert window.report_list.count() == 2
