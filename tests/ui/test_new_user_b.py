"""#15 point 10 (and the keys of point 5), as a new user found them: Ctrl+S, Ctrl+F and F1; finalising
says what it needs and asks once; the next period leaves last period's notes; a new period renames the
title's; deleting what the template gave asks first; the change log and undo."""

from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core import bundle
from desktop.ui.helpdialog import HelpDialog
from desktop.ui.versionsdialog import VersionsDialog

DUC_PHO = 21439
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def open_sample(open_window, name, unit=DUC_PHO, **options):
    window = open_window(unit, **options)
    window.import_file(bundle.samples_dir() / name)
    return window


def answer(monkeypatch, module: str, reply) -> list[str]:
    """QMessageBox.question in `module` answers `reply`; returns the texts asked."""
    asked: list[str] = []
    monkeypatch.setattr(f"desktop.ui.{module}.QMessageBox.question", lambda *a: asked.append(a[2]) or reply)
    return asked


def test_ctrl_s_saves_at_once(qtbot, open_window):
    window = open_window(autosave_ms=60_000)
    window.new_report("so-ket-chien-luoc")
    assert window.save_action.shortcut().toString() == "Ctrl+S"
    type_text(window.form.editors["number"], "17")
    assert window.autosaver.pending
    window.save_action.trigger()
    assert not window.autosaver.pending and window.statusBar().currentMessage() == "Đã lưu"
    assert window.workspace.store.load_report(window.report_id).number == "17"


def test_ctrl_f_finds_without_diacritics_and_goes_there(qtbot, open_window):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.find_action.trigger()
    bar = window.form.find_bar
    assert bar.isVisible()
    type_text(bar.edit, "chien luoc")  # the title first: «Sơ kết thực hiện Chiến lược …»
    title = window.form.editors["title"]
    assert window.form.tabs.currentIndex() == 0 and title.textCursor().selectedText() == "Chiến lược"
    bar.edit.clear()
    type_text(bar.edit, "ket qua dat")
    outline = window.form.editors["outline"]
    assert window.form.tabs.currentIndex() == 1 and outline.current_path() == (1,)  # II. KẾT QUẢ ĐẠT ĐƯỢC
    assert bar.count.text() == "1/1"
    bar.edit.clear()
    type_text(bar.edit, "khong co dau chu nay")
    assert bar.count.text() == "Không thấy"


def test_f1_opens_the_help(qtbot, open_window, monkeypatch):
    window = open_window()
    shown = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(self.browser.toPlainText()))
    assert window.help_action.shortcut().toString() == "F1"
    window.help_action.trigger()
    assert "Ctrl+F" in shown[0] and "Hoàn tất" in shown[0] and "Ctrl+S" in shown[0]


def test_finalising_says_what_it_needs_and_asks_once(qtbot, open_window, monkeypatch):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    asked = answer(monkeypatch, "mainwindow", NO)
    window.form.report.date = None
    window.finalise()
    panel = window.form.panel
    assert asked == [] and panel.notice.isVisible() and panel.notice.text().startswith("Chưa hoàn tất được")
    codes = [i.code for i in panel.issues]
    assert codes[:2] == ["finalise.needs_number", "finalise.needs_date"]
    assert "cần số văn bản" in panel.list.item(0).text()
    window.report.number, window.report.date = "12", window.workspace.today()
    window.finalise()  # answered No: nothing locked
    assert len(asked) == 1 and asked[0].startswith("Hoàn tất sẽ khóa nội dung báo cáo")
    assert asked[0].endswith("Tiếp tục?") and window.report.status == "draft"
    asked = answer(monkeypatch, "mainwindow", YES)
    window.finalise()
    assert len(asked) == 1 and window.report.status == "final"


def test_the_next_period_leaves_last_periods_notes(qtbot, open_window):
    window = open_sample(open_window, "bao-cao-quy-004-hai-phong.json", unit=10729)
    table = window.report.table("thong-ke-nhiem-vu")
    assert table.rows[0].cells["note"]
    table.rows[0].explanations["assigned"] = "số tạm tính"
    window.workspace.store.save_report(window.report_id, window.report)
    window.next_action.trigger()
    following = window.report.table("thong-ke-nhiem-vu")
    assert window.report.period == "2025-Q4"
    assert all("note" not in r.cells and not r.explanations for r in following.rows)
    assert following.rows[0].cells["assigned"] == 25  # the figures stay (the template keeps them)


def test_a_new_period_renames_the_titles(qtbot, open_window):
    window = open_sample(open_window, "bao-cao-ket-qua-003-duc-pho.json")
    assert window.report.title.endswith("9 tháng đầu năm 2025")
    window.form._set_period("2025")
    assert window.report.title.endswith("chuyển đổi số năm 2025")
    assert window.form.editors["title"].toPlainText() == window.report.title
    window.report.title = "Báo cáo riêng"
    window.form._set_period("2025-Q3")  # the title does not name the old period: left as typed
    assert window.report.title == "Báo cáo riêng"


def test_the_period_box_renames_the_title(qtbot, open_window):
    window = open_sample(open_window, "bao-cao-ket-qua-003-duc-pho.json")
    period = window.form.editors["period"]
    other = next(i for i in range(period.count()) if period.itemData(i) != window.report.period)
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        period.setCurrentIndex(other)
    assert period.itemText(other) in window.workspace.store.load_report(window.report_id).title


def test_deleting_a_template_row_or_a_written_section_asks_first(qtbot, open_window, monkeypatch):
    window = open_sample(open_window, "ke-hoach-002-tran-lieu.json", unit=10729)
    editor = window.form.tables["nhiem-vu"]
    rows = len(editor.model.table.rows)
    editor.grid.setCurrentIndex(editor.model.index(1, 1))
    asked = answer(monkeypatch, "tableeditor", NO)
    editor.remove_row()
    assert len(asked) == 1 and "có sẵn trong mẫu báo cáo" in asked[0] and len(editor.model.table.rows) == rows
    answer(monkeypatch, "tableeditor", YES)
    editor.remove_row()
    assert len(editor.model.table.rows) == rows - 1
    editor.add_row()  # a row the clerk added goes without a question
    asked = answer(monkeypatch, "tableeditor", NO)
    editor.remove_row()
    assert asked == [] and len(editor.model.table.rows) == rows - 1
    outline = window.form.editors["outline"]
    sections = len(window.report.sections)
    outline.select((0,))
    asked = answer(monkeypatch, "outlineeditor", NO)
    outline.remove_section()
    assert len(asked) == 1 and "đã có nội dung" in asked[0] and len(window.report.sections) == sections
    answer(monkeypatch, "outlineeditor", YES)
    outline.remove_section()
    assert len(window.report.sections) == sections - 1


def log_rows(window) -> list[tuple[str, str, str]]:
    dialog = VersionsDialog(window.workspace, window.report_id, window)
    table = dialog.log_table
    rows = [tuple(table.item(r, c).text() for c in (1, 2, 3)) for r in range(table.rowCount())]
    dialog.deleteLater()
    return rows


def test_the_change_log_names_cells_and_a_row_deleted_and_undone_is_one_entry(qtbot, open_window, monkeypatch):
    window = open_sample(open_window, "bao-cao-ket-qua-003-duc-pho.json")
    model = window.form.tables["so-lieu-khcn-cds"].model
    row = next(i for i, r in enumerate(model.table.rows) if r.key == "cccd-cap")
    column = next(i for i, c in enumerate(model.table.columns) if c.key == "value")
    assert model.setData(model.index(row, column), "33.500", Qt.ItemDataRole.EditRole)
    window.autosaver.flush()
    where, old, new = log_rows(window)[0]
    assert where.startswith("Phụ lục") and f"dòng {model.index(row, 0).data()}" in where and "cột «" in where
    assert (old, new) == ("33.099", "33.500")
    answer(monkeypatch, "tableeditor", YES)
    editor = window.form.tables["so-lieu-khcn-cds"]
    editor.grid.setCurrentIndex(model.index(2, column))
    before = len(log_rows(window))
    editor.remove_row()
    window.autosaver.flush()
    assert len(log_rows(window)) == before + 1  # one entry, not one per row that moved up
    window.undo_action.trigger()
    rows = log_rows(window)
    assert len(rows) == before + 1 and rows[0][0].endswith("(xóa rồi hoàn tác)")


def test_undo_keeps_the_place_in_the_form(qtbot, open_window):
    window = open_sample(open_window, "bao-cao-ket-qua-003-duc-pho.json")
    editor = window.form.tables["so-lieu-khcn-cds"]
    window.form.show_tab_of(editor)
    tab = window.form.tabs.currentIndex()
    model = editor.model
    index = model.index(3, next(i for i, c in enumerate(model.table.columns) if c.key == "value"))
    editor.grid.setCurrentIndex(index)
    editor.grid.setFocus()
    assert model.setData(index, "7", Qt.ItemDataRole.EditRole)
    window.autosaver.flush()
    window.undo_action.trigger()
    form = window.form
    assert form.tabs.currentIndex() == tab and form.tables["so-lieu-khcn-cds"].grid.currentIndex().row() == 3
    outline = form.editors["outline"]
    form.tabs.setCurrentIndex(1)
    outline.select((1, 2), text=True)
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        type_text(outline._text, "x")
    window.undo_action.trigger()
    assert window.form.tabs.currentIndex() == 1 and window.form.editors["outline"].current_path() == (1, 2)
